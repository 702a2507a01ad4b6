import { describe, expect, it } from "vitest";
import { wordsByRegex, wordsOf } from "../../src/analyze/schemes.js";
import { noteIfDiffer, randomPieces, seededRandom, textsUnder } from "../helpers/search-equivalence.js";

// wordsOf reads WORD's classes by a table (Session 50), not by the "u" regex's exec a word: the same
// words at the same places for every string, start, end and count; a surrogate sends it to the regex.
const PIECES = ["a", "Đ", "ệ", "9", "٣", "Ⅻ", "½", "\u0301", "\u0323", "\u00a0", " ", "\t", "\n", ",", "-", "“", "”", '"', "(", ")", ";", ":", ".", "𝐀", "😀", "\ud835", "\udc00", "ǅ", "ª", "々", "İ", "K"];

/** Notes in `differ` a window wordsOf reads otherwise than the regex (the test expects none once: an expect() each cost ~7 µs). */
const same = (differ: string[], s: string, from: number, to: number, most?: number) =>
  noteIfDiffer(differ, wordsOf(s, from, to, most), wordsByRegex(s, from, to, most), () => JSON.stringify([s, from, to, most]));

describe("wordsOf reads what WORD's exec loop reads", () => {
  it("over random strings, starts, ends and counts", () => {
    const next = seededRandom(50);
    const differ: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const n = Math.floor(next() * 24);
      const s = randomPieces(next, PIECES, n);
      const from = Math.floor(next() * (n + 4)) - 2;
      const to = from + Math.floor(next() * (n + 4));
      same(differ, s, from, to);
      same(differ, s, from, to, Math.floor(next() * 5));
    }
    expect(differ).toEqual([]);
  });

  it("over every code unit between two letters and alone", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `x${String.fromCharCode(c)}y ${String.fromCharCode(c)}`;
      const a = wordsOf(s, 0, s.length);
      const b = wordsByRegex(s, 0, s.length);
      if (JSON.stringify(a) !== JSON.stringify(b)) expect([c, a]).toEqual([c, b]);
    }
  });

  it("over windows of the dev texts", () => {
    const differ: string[] = [];
    for (const text of textsUnder("fixtures/dev/texts")) {
      for (let i = 0; i < text.length; i += 211) {
        same(differ, text, i, i + 300);
        same(differ, text, i, i + 300, 12);
      }
    }
    expect(differ).toEqual([]);
  });

  it("reads words and the marks that end a name, lower-cased", () => {
    expect(wordsOf("Đề án “Phát triển”, giai-đoạn (2021);", 0, 100).map((w) => w.w)).toEqual(["đề", "án", "“", "phát", "triển", "”", "giai", "đoạn", "(", "2021", ")", ";"]);
    expect(wordsOf("a𝐀b c", 0, 10).map((w) => w.w)).toEqual(["a𝐀b", "c"]);
  });
});
