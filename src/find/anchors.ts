import { ANCHOR, SCAN } from "./patterns.js";

/**
 * Offsets (in the caller's text) where a document number may start. The grammar then runs on a
 * small window around each anchor.
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

/** What the find stage's one pass over a text marks, as offsets into the caller's text, in order. */
export interface Landmarks {
  /** Where a document number may start (exactly findAnchors). */
  anchors: number[];
  /** Where every number starts that is not inside a word, a longer number or a ký hiệu: anchors included. */
  numbers: number[];
  /** Where "luật" or "lệnh" may end: the rhyme of a law's, code's or ordinance's kind word. */
  lawRhymes: number[];
}

/** The one pass over the whole text: anchors for the grammar, numbers for short forms, rhymes for laws by name. */
export function findLandmarks(text: string): Landmarks {
  const anchors: number[] = [];
  const numbers: number[] = [];
  const lawRhymes: number[] = [];
  const re = new RegExp(SCAN.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2] !== undefined) {
      lawRhymes.push(m.index);
      continue;
    }
    numbers.push(m.index);
    if (m[1] !== undefined) {
      anchors.push(m.index);
      re.lastIndex = m.index + 1;
    }
  }
  return { anchors, numbers, lawRhymes };
}
