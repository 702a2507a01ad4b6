import type Unorm from "unorm";

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

/**
 * unorm, loaded when first asked for: evaluating it builds its Unicode tables, ~40-70 ms of CPU
 * that every process importing vncite paid at start although Node's own normalize does the work.
 * A require, not an import, so that the bundler (which bundles unorm) evaluates it here and only here.
 */
let unorm: typeof Unorm | undefined;
const loadUnorm = (): typeof Unorm => (unorm ??= require("unorm") as typeof Unorm);

export function toNFC(s: string): string {
  return nativeWorks ? s.normalize("NFC") : loadUnorm().nfc(s);
}

/** The fallback itself, exported so that tests hold it to the native result. */
export const fallbackNFC = (s: string): string => loadUnorm().nfc(s);
