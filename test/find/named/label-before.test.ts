import { describe, expect, it } from "vitest";
import { LABEL_BEFORE, labelBefore } from "../../../src/find/named/repeated.js";
import { noteIfDiffer, randomPieces, seededRandom, textsUnder } from "../../helpers/search-equivalence.js";

// labelBefore asks LABEL_BEFORE's sticky form only where a match may open (Session 50): the same answer
// as LABEL_BEFORE.test for every string, surrogates, the Kelvin sign and marks included.
const PIECES = ["1", "20", "9999", "a", "đ", "Đ", "b", "I", "v", "x", "K", "ſ", "İ", "ǅ", "\u0345", "\u0301", " ", "  ", "\t", "\n", "\u00a0", ",", ".", "(", "-", "của", "CỦA", "Điều", "khoản", "ệ", "٣", "Ⅻ", "𝐀", "\ud835", "\udc00", "😀"];

describe("labelBefore answers what LABEL_BEFORE answers", () => {
  it("over random strings", () => {
    const next = seededRandom(50);
    const differ: string[] = [];
    for (let k = 0; k < 30000; k++) {
      const n = Math.floor(next() * 10);
      const s = randomPieces(next, PIECES, n);
      noteIfDiffer(differ, labelBefore(s), LABEL_BEFORE.test(s), () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
  });

  it("over every code unit before a label", () => {
    for (let c = 0; c < 0x10000; c++) {
      for (const s of [`${String.fromCharCode(c)}20 `, `x${String.fromCharCode(c)}IV, của `, `${String.fromCharCode(c)}`]) {
        if (labelBefore(s) !== LABEL_BEFORE.test(s)) expect([c, s, labelBefore(s)]).toEqual([c, s, LABEL_BEFORE.test(s)]);
      }
    }
  });

  it("over the 16 characters before every place of the dev texts", () => {
    for (const text of textsUnder("fixtures/dev/texts")) {
      for (let i = 1; i < text.length; i += 7) {
        const s = text.slice(Math.max(0, i - 16), i);
        expect(labelBefore(s), JSON.stringify(s)).toBe(LABEL_BEFORE.test(s));
      }
    }
  });

  it("reads a label ending the words", () => {
    expect(labelBefore("theo Điều 20 ")).toBe(true);
    expect(labelBefore("Điều 83 của ")).toBe(true);
    expect(labelBefore("điểm a, ")).toBe(true);
    expect(labelBefore("20 ")).toBe(true);
    expect(labelBefore("pháp ")).toBe(false);
    expect(labelBefore("Điều20 ")).toBe(false);
  });
});
