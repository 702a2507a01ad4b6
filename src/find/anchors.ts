import { ANCHOR } from "./patterns.js";

/**
 * Offsets (in the caller's text) where a document number may start. This pre-scan is the only
 * pass over the whole text; the grammar then runs on a small window around each anchor.
 */
export function findAnchors(text: string): number[] {
  const out: number[] = [];
  const re = new RegExp(ANCHOR.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    // Resume right after the number: the year of "61/2018/NĐ" is not a number of its own.
    re.lastIndex = m.index + 1;
  }
  return out;
}
