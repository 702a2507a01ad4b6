import unorm from "unorm";

/**
 * NFC with a fallback: some embedded JavaScript runtimes ship without ICU, where
 * String.prototype.normalize is missing or returns its input unchanged. unorm is pure JS.
 */
const nativeWorks = (() => {
  try {
    return typeof "".normalize === "function" && "e\u0301".normalize("NFC") === "\u00e9";
  } catch {
    return false;
  }
})();

export function toNFC(s: string): string {
  return nativeWorks ? s.normalize("NFC") : unorm.nfc(s);
}

/** The fallback itself, exported so that tests hold it to the native result. */
export const fallbackNFC = (s: string): string => unorm.nfc(s);
