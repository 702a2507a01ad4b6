/**
 * misreadLabelLine (src/analyze/header/number-line.ts) finds the line breaks by indexOf and tries the misread
 * label after each: held to the global regex it replaced, `(?:^|\n)(?=[ \t*]*<label>)`, whose matches it must
 * give one after the other, over random texts of the label's pieces and over the fixtures' texts.
 */
import { describe, expect, it } from "vitest";
import { seededRandom, textsUnder as texts } from "../../helpers/search-equivalence.js";
import { misreadLabelLine } from "../../../src/analyze/header/number-line.js";
import { NUMBER_LABEL_MISREAD } from "../../../src/vocab/fields.js";

/** The regex as it was (a `g` scan from the text's start; an empty match at 0 stepped past). */
const OLD = new RegExp(String.raw`(?:^|\n)(?=[ \t*]*${NUMBER_LABEL_MISREAD})`, "g");
function oldPlaces(text: string): number[] {
  const out: number[] = [];
  OLD.lastIndex = 0;
  for (let at = OLD.exec(text); at !== null; at = OLD.exec(text)) {
    if (at[0].length === 0) OLD.lastIndex = at.index + 1;
    out.push(at.index);
  }
  return out;
}
function newPlaces(text: string): number[] {
  const out: number[] = [];
  for (let at = misreadLabelLine(text, 0); at >= 0; at = misreadLabelLine(text, at + 1)) out.push(at);
  return out;
}

const PIECES = ["\n", "\n", " ", "\t", "*", "S", "s", "o", "ó", "é", "ệ", "Số", ":", ";", " :", "1", "4660", " /BTC", "x", "\r", "\u2028", "So: 12", "sé; 5452", "\n So:3"];

describe("misreadLabelLine", () => {
  it("gives the places the global regex gave, in random texts of the label's pieces", () => {
    const random = seededRandom(53);
    let found = 0;
    for (let r = 0; r < 30000; r++) {
      let s = "";
      const length = Math.floor(random() * 16);
      for (let i = 0; i < length; i++) s += PIECES[Math.floor(random() * PIECES.length)];
      const expected = oldPlaces(s);
      found += expected.length;
      expect(newPlaces(s), JSON.stringify(s)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(3000);
  });

  it("finds the label at the text's start, after a break that opens the text, and after blanks and stars", () => {
    for (const s of ["So: 4660 /BTC-CST", "\nSo: 4660", "\n\n sé; 5452 /TCHQ", " *So:1", "x\nSo: 1\nsé;2", "", "\n", "So:", "So: x\nSo: 2"])
      expect(newPlaces(s), JSON.stringify(s)).toEqual(oldPlaces(s));
    expect(newPlaces("So: 4660")).toEqual([0]);
    expect(newPlaces("a\nSo: 4660")).toEqual([1]);
  });

  it("gives the same places over the fixtures' texts", () => {
    for (const t of texts("fixtures")) expect(newPlaces(t)).toEqual(oldPlaces(t));
  });
});
