import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composedBefore, composedHead, composedWord, composedWindowStart, isWhitespaceAt, lastNonBlank, LETTER_DIGIT_OR_MARK, LETTER_OR_DIGIT, markClass, WHITESPACE, windowStart } from "../../src/shared/chars.js";

describe("whitespace table", () => {
  it("agrees with /\\s/ on every UTF-16 code unit", () => {
    let disagreements = 0;
    for (let c = 0; c < 0x10000; c++) if ((WHITESPACE[c] === 1) !== /\s/.test(String.fromCharCode(c))) disagreements++;
    expect(disagreements).toBe(0);
  });

  it("reads a character of a string, line breaks and odd spaces included", () => {
    expect(["a b", "a\u00a0b", "a\u3000b", "a\ufeffb", "a\u200bb", "a-b"].map((s) => isWhitespaceAt(s, 1))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("marks exactly the members of a class, a run of one, or an escaped character", () => {
    for (const set of [/[0-9]+/, /\+/, /[\u00c0-\u024f\]-]/, /[^\s]/, /\//, /[a-z]/i]) {
      const table = markClass(new Uint8Array(0x10000), set, 7);
      const first = new RegExp(`^(?:${set.source})`, set.flags);
      let wrong = 0;
      for (let c = 0; c < 0x10000; c++) if ((table[c] === 7) !== first.test(String.fromCharCode(c))) wrong++;
      expect(wrong, set.source).toBe(0);
    }
  });
});

describe("letter-or-digit table", () => {
  it("agrees with /[\\p{L}\\p{N}]/u on every UTF-16 code unit alone, a surrogate half included", () => {
    let disagreements = 0;
    for (let c = 0; c < 0x10000; c++) if ((LETTER_OR_DIGIT[c] === 1) !== /[\p{L}\p{N}]/u.test(String.fromCharCode(c))) disagreements++;
    expect(disagreements).toBe(0);
    expect([LETTER_OR_DIGIT[0xd835], LETTER_OR_DIGIT[0xdc00], LETTER_OR_DIGIT["ệ".charCodeAt(0)], LETTER_OR_DIGIT["5".charCodeAt(0)], LETTER_OR_DIGIT[",".charCodeAt(0)]]).toEqual([0, 0, 1, 1, 0]);
  });
});

// Session 65 (speed65): one table for find/above.ts, find/this-kind.ts and the repeated names' look-behind
// (`(?<![\p{L}\p{N}\p{M}])` with "iu", find/named/repeated.ts noWordBefore), which asks it in place of the regex.
describe("letter, digit or mark table", () => {
  it("agrees with /[\p{L}\p{N}\p{M}]/u and with /iu on every UTF-16 code unit alone, a surrogate half included", () => {
    let disagreements = 0;
    for (let c = 0; c < 0x10000; c++) {
      const one = String.fromCharCode(c);
      const expected = /[\p{L}\p{N}\p{M}]/u.test(one);
      if ((LETTER_DIGIT_OR_MARK[c] === 1) !== expected || /[\p{L}\p{N}\p{M}]/iu.test(one) !== expected) disagreements++;
    }
    expect(disagreements).toBe(0);
    expect([LETTER_DIGIT_OR_MARK[0xd835], LETTER_DIGIT_OR_MARK[0xdc00], LETTER_DIGIT_OR_MARK[0x301], LETTER_DIGIT_OR_MARK["ệ".charCodeAt(0)], LETTER_DIGIT_OR_MARK[",".charCodeAt(0)]]).toEqual([0, 0, 1, 1, 0]);
  });
});

describe("lastNonBlank", () => {
  it("finds the last character other than whitespace in [from, to), or from - 1", () => {
    expect(lastNonBlank("Căn cứ: \n\t ", 0, 11)).toBe(6);
    expect(lastNonBlank("ab  cd", 0, 4)).toBe(1);
    expect(lastNonBlank("ab \u00a0\u2003", 2, 5)).toBe(1);
    expect(lastNonBlank("x", 1, 1)).toBe(0);
  });
});

describe("windowStart", () => {
  it("counts a run of blanks as one character, and no further back than twice the window", () => {
    expect(windowStart("abc def", 7, 4)).toBe(3);
    expect(windowStart("abc    def", 10, 4)).toBe(3);
    expect(windowStart("abc \t\n  def", 11, 4)).toBe(3);
    expect(windowStart("abcdef", 6, 10)).toBe(0);
    expect(windowStart("abcdef", 6, 10, 2)).toBe(2);
    // A run longer than the window: at most `chars` blanks passed for free.
    expect(windowStart(`a${" ".repeat(50)}b`, 52, 4)).toBe(52 - 8);
  });
});

describe("composedBefore", () => {
  it("holds as many characters of a decomposed copy as of the composed one", () => {
    const text = "Quốc hội ban hành Luật sửa đổi";
    const at = text.indexOf("Luật");
    const nfd = text.normalize("NFD");
    const nfdAt = nfd.indexOf("Luật".normalize("NFD"));
    for (const n of [5, 12, 18, 40]) expect(composedBefore(nfd, nfdAt, n)).toBe(composedBefore(text, at, n));
    expect(composedBefore(text, at, 18)).toBe("Quốc hội ban hành ");
  });
});

describe("composedWindowStart", () => {
  it("reaches as many letters back in a decomposed copy as in the composed one, a text without marks end - chars", () => {
    const text = "ban hành Chương trình hành động số ";
    const nfd = text.normalize("NFD");
    expect(composedWindowStart(text, text.length, 26)).toBe(text.length - 26);
    expect(nfd.slice(composedWindowStart(nfd, nfd.length, 26)).normalize("NFC")).toBe(text.slice(text.length - 26));
    expect(composedWindowStart("số 5", 4, 32)).toBe(0);
  });
});

describe("composedHead", () => {
  it("holds the first n letters of a decomposed copy as of the composed one", () => {
    const s = " Hội nghị lần thứ chín Ban chấp hành Trung ương Đảng khóa XI";
    for (const n of [3, 20, 72]) expect(composedHead(s.normalize("NFD"), n)).toBe(s.slice(0, n));
    expect(composedHead("khoa\u0301", 4)).toBe("khoá");
  });
});

describe("composedWord", () => {
  it("composes exactly the strings /[\\u0300-\\u036f]/ finds a mark in, and returns the rest as they are", () => {
    const asRegex = (s: string): string => (/[\u0300-\u036f]/.test(s) ? s.normalize("NFC") : s);
    let differ = 0;
    for (let c = 0; c < 0x10000; c++) {
      const s = `o${String.fromCharCode(c)}`;
      if (composedWord(s) !== asRegex(s)) differ++;
    }
    expect(differ).toBe(0);
    const units = fc.constantFrom("a", "o", "\u02ff", "\u0300", "\u0301", "\u0323", "\u036f", "\u0370", "ô", "Đ", " ", "\ud835", "\udc1a");
    fc.assert(
      fc.property(fc.array(units, { maxLength: 8 }).map((u) => u.join("")), (s) => composedWord(s) === asRegex(s)),
      { numRuns: 500 },
    );
    expect(composedWord("To\u0302\u0301")).toBe("Tố");
  });
});
