import { describe, expect, it } from "vitest";
import { wordRuns, words } from "../../src/analyze/reach.js";
import { noteIfDiffer, randomPieces, seededRandom, textsUnder } from "../helpers/search-equivalence.js";

// words() counts by the LETTER_OR_DIGIT table, not by WORD_RUN's test() a word (Session 49): the
// same count for every string, a letter outside the BMP (a surrogate pair) included.
const PIECES = ["a", "Đ", "ệ", "9", "٣", "Ⅻ", "½", "\u0301", "\u00a0", " ", "\t", "\n", ",", ".", "/", "-", "_", "(", "𝐀", "😀", "\ud835", "\udc00", "ǅ", "ª", "々"];

describe("words() counts what WORD_RUN counts", () => {
  it("over random strings of letters, digits, marks, blanks, punctuation and surrogates", () => {
    const next = seededRandom(49);
    const differ: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const n = Math.floor(next() * 24);
      const s = randomPieces(next, PIECES, n);
      noteIfDiffer(differ, words(s), wordRuns(s), () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
  });

  it("over every code unit alone", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `x${String.fromCharCode(c)}y`;
      if (words(s) !== wordRuns(s)) expect([c, words(s)]).toEqual([c, wordRuns(s)]);
    }
  });

  it("over windows of the dev texts", () => {
    for (const text of textsUnder("fixtures/dev/texts")) {
      for (let i = 0; i < text.length; i += 97) {
        const s = text.slice(i, i + 150);
        expect(words(s)).toBe(wordRuns(s));
      }
    }
  });

  it("counts runs, not characters", () => {
    expect(words("Căn cứ Luật số 80/2015/QH13")).toBe(7);
    expect(words("  ,, ")).toBe(0);
    expect(words("a𝐀b c")).toBe(2);
  });
});
