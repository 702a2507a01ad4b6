import fc from "fast-check";
import type { IToken } from "chevrotain";
import { describe, expect, it } from "vitest";
import { isKnownCode, isProseWord, isYearImage } from "../../grammars/citation/gates/codes.js";
import { Word } from "../../grammars/citation/tokens.js";

// The gates' tests of one token's image, read by code units (grammars/citation/gates/codes.ts), against the regexes
// they were written as: equal on every string, the characters at each class's edges among them.
const YEAR = /^(19|20)\d\d$/;
const YEAR_OR_L = /^(19|20)\d[\dl]$/;
const proseWordAsRegexes = (s: string): boolean => (/^[A-Z\u0110][a-z]+$/.test(s) || /^[A-Za-z\u0110\u0111][0-9]*$/.test(s)) && !isKnownCode(s);

const EDGES = ["1", "2", "9", "0", "8", "3", "l", "L", "@", "A", "Z", "[", "`", "a", "z", "{", "/", ":", "\u0110", "\u0111", "\u0130", "\u0131", "\u010f", "\u0112", "\u00c0", "Đ", "ư", "\n", " ", "\u0660"];
const images = fc.oneof(
  fc.array(fc.constantFrom(...EDGES), { maxLength: 7 }).map((parts) => parts.join("")),
  fc.string({ maxLength: 6 }),
  fc.constantFrom("1990", "2024", "200l", "199l", "2100", "1899", "19", "20245", "Nha", "Quyen", "Kh", "Ttg", "A", "A3", "đ12", "Đ", "TTg", "a", ""),
);
const word = (image: string): IToken => ({ image, startOffset: 0, tokenType: Word, tokenTypeIdx: Word.tokenTypeIdx! }) as IToken;

describe("the gates' image tests by code unit", () => {
  it("read years as /^(19|20)\\d\\d$/ and /^(19|20)\\d[\\dl]$/ do", () => {
    fc.assert(
      fc.property(images, (s) => isYearImage(s) === YEAR.test(s) && isYearImage(s, true) === YEAR_OR_L.test(s)),
      { numRuns: 1000 },
    );
    let differ = 0;
    for (let n = 0; n < 10000; n++) {
      const s = String(n).padStart(4, "0");
      if (isYearImage(s) !== YEAR.test(s) || isYearImage(`${s.slice(0, 3)}l`, true) !== YEAR_OR_L.test(`${s.slice(0, 3)}l`)) differ++;
    }
    expect(differ).toBe(0);
  });

  it("read a prose word as the two regexes did", () => {
    fc.assert(
      fc.property(images, (s) => isProseWord(word(s)) === proseWordAsRegexes(s)),
      { numRuns: 1000 },
    );
  });
});
