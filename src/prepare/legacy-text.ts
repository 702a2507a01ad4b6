/**
 * A string handed to analyze() or extract() that holds legacy Vietnamese font mojibake (TCVN3/ABC,
 * VNI), converted to Unicode with the way back to the caller's offsets.
 *
 * read() converts a file's text as it reads it (src/read/index.ts); a string given to the library
 * directly was read as Latin-1 garble ("C¨n cø NghÞ ®Þnh sè 15/CP", a page copied from an old .doc
 * drawn with a .VnTime font: fresh61g-003, fresh30h-011) and every relation in it was missed. The
 * detector and the conversion are read()'s own (src/shared/legacy-encoding.ts), run on the whole
 * string: the whole text when its legacy words pass the bar (at least three, a fair share of its words,
 * twice its words with a Unicode-only letter), else each line of 30 words or more that passes on its
 * own (a TCVN3 body flattened into one paragraph under a Unicode page header). A short legacy run
 * inside a Unicode text (a quoted phrase, a title) is left as it is: too little to prove anything.
 */
import { legacyConverted, legacyMessage, mayBeLegacy } from "../shared/legacy-encoding.js";
import type { Warning } from "../types.js";
import { OffsetMap } from "./offset-map.js";

export interface LegacyText {
  /** The text converted to Unicode. */
  text: string;
  /** Maps offsets in `text` back to the string given (a VNI letter of two units is one in `text`; TCVN3 keeps one for one). */
  map: OffsetMap;
  /** What was converted, with the offsets of the converted stretch in the string given. */
  warning: Warning;
}

/**
 * The string given, converted from a legacy font encoding, or null for ordinary text (most: one scan
 * for a legacy sign, a Latin-1 symbol or VNI's đ/ư, finds none and answers).
 */
export function legacyText(original: string): LegacyText | null {
  // Before the map and the callback are made: nothing allocated for the texts most callers give.
  if (!mayBeLegacy(original)) return null;
  const map = new OffsetMap();
  const converted = legacyConverted(original, (outStart, outLen, inStart, inLen) => map.addRun(outStart, outLen, inStart, inLen));
  if (converted === null) return null;
  const { text, encoding, whole, from, to } = converted;
  return { text, map, warning: { code: "legacy-encoding", message: `${legacyMessage(encoding, whole)} before reading`, start: from, end: to } };
}
