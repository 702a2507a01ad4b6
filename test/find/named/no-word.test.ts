import { describe, expect, it } from "vitest";
import { NO_WORD_AFTER, NO_WORD_BEFORE, noWordAfter, noWordBefore } from "../../../src/find/named/repeated.js";
import { randomPieces, seededRandom, textsUnder } from "../../helpers/search-equivalence.js";

// repeatedNames asks the character beside a kind word's start and a name's end by table (Session 53,
// speed53b): the same answers as the sticky regexes NO_WORD_BEFORE and NO_WORD_AFTER at every place.
const before = (s: string, at: number): boolean => {
  NO_WORD_BEFORE.lastIndex = at;
  return NO_WORD_BEFORE.test(s);
};
const after = (s: string, at: number): boolean => {
  NO_WORD_AFTER.lastIndex = at;
  return NO_WORD_AFTER.test(s);
};
const PIECES = ["a", "Đ", "ệ", "K", "ſ", "İ", "ǅ", "\u0345", "\u0301", "\u0323", " ", "\t", "\n", "\u00a0", ",", ".", "(", "-", "1", "٣", "Ⅻ", "Ⓐ", "ⓐ", "𝐀", "😀", "\ud835", "\udc00", "luật", "Luật"];

describe("noWordBefore and noWordAfter answer what NO_WORD_BEFORE and NO_WORD_AFTER answer", () => {
  it("for every code unit beside the place", () => {
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const [s, at] of [[`${u}x`, 1], [`x${u}`, 1], [u, 0], [u, 1]] as const) {
        if (noWordBefore(s, at) !== before(s, at)) expect([c, s, at, "before", noWordBefore(s, at)]).toEqual([c, s, at, "before", before(s, at)]);
        if (noWordAfter(s, at) !== after(s, at)) expect([c, s, at, "after", noWordAfter(s, at)]).toEqual([c, s, at, "after", after(s, at)]);
      }
    }
  });

  it("at every place of random strings, past their ends too", () => {
    const next = seededRandom(53);
    for (let k = 0; k < 20000; k++) {
      const s = randomPieces(next, PIECES, Math.floor(next() * 6));
      for (let at = -1; at <= s.length + 1; at++) {
        expect(noWordBefore(s, at), JSON.stringify([s, at])).toBe(before(s, at));
        expect(noWordAfter(s, at), JSON.stringify([s, at])).toBe(after(s, at));
      }
    }
  });

  it("at every place of the dev texts", () => {
    for (const text of textsUnder("fixtures/dev/texts")) {
      for (let at = 0; at <= text.length; at += 3) {
        if (noWordBefore(text, at) !== before(text, at)) expect([at, "before"]).toEqual([at, before(text, at)]);
        if (noWordAfter(text, at) !== after(text, at)) expect([at, "after"]).toEqual([at, after(text, at)]);
      }
    }
  });

  it("reads a word's edge", () => {
    expect(noWordBefore("theo Luật", 5)).toBe(true);
    expect(noWordBefore("phápLuật", 4)).toBe(false);
    expect(noWordBefore("e\u0301Luật", 2)).toBe(false);
    expect(noWordAfter("Luật Đất đai,", 12)).toBe(true);
    expect(noWordAfter("Luật Đất đaix", 12)).toBe(false);
  });
});
