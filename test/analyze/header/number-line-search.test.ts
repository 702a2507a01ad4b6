/**
 * numberLineIn (src/analyze/header/number-line.ts) tries NUMBER_LINE only where a match may start:
 * held to NUMBER_LINE's own first match over texts built from the pieces a number line is made of,
 * and over windows of the fixtures' texts.
 */
import { describe, expect, it } from "vitest";
import { noteIfDiffer, matchShape as shape, seededRandom, textsUnder as texts } from "../../helpers/search-equivalence.js";
import { NUMBER_LINE, numberLineIn } from "../../../src/analyze/header/number-line.js";

const PIECES = ["Số", "số", "|", "\n", " ", "\t", "*", "---", "Hạnh phúc ", "Số hiệu:", "Số hiệu văn bản:", "Số / Ký hiệu", ": ", "12", "/", "2020", "QĐ", "-", "UBND", "ABC ", "Số:", " | ", "\r\n", "Độc lập - Tự do - Hạnh phúc", "x", "- ", "——— "];
/** Where a number line's match starts: a line's break, the text's start, a cell's "|", the motto's "Số". */
const OPENINGS = ["\n", "", "x | ", "A | | ", "Hạnh phúc ", "x\n- ", "\n——— ", "\n**"];
const LABELS = ["Số: ", "số: ", "Số hiệu: ", "Số / Ký hiệu: ", "Số ", "Số hiệu văn bản:"];
const NUMBERS = ["12/QĐ-UBND", "5/2020/NQ-HĐND", "12 / KH", "x/y"];

describe("numberLineIn", () => {
  it("finds NUMBER_LINE's first match in texts made of a number line's pieces", () => {
    const random = seededRandom(7);
    let matched = 0;
    const differ: string[] = [];
    for (let r = 0; r < 30000; r++) {
      let s = "";
      const length = 1 + Math.floor(random() * 25);
      for (let i = 0; i < length; i++) s += PIECES[Math.floor(random() * PIECES.length)];
      const expected = shape(NUMBER_LINE.exec(s));
      if (expected) matched++;
      noteIfDiffer(differ, shape(numberLineIn(s)), expected, () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
    expect(matched).toBeGreaterThan(300);
  });

  it("finds it at each place a match may start, after lines and cells that hold none", () => {
    for (const before of ["", "Số trang 3\n", "x số y | z\n", "Hạnh phúc | Số\n"])
      for (const opening of OPENINGS)
        for (const label of LABELS)
          for (const number of NUMBERS) {
            const s = `${before}${opening}${label}${number}\nsau`;
            expect(shape(numberLineIn(s)), JSON.stringify(s)).toEqual(shape(NUMBER_LINE.exec(s)));
          }
  });

  it("finds NUMBER_LINE's first match in the heads and windows of the fixtures' texts", () => {
    for (const t of texts("fixtures")) {
      for (const window of [t.slice(0, 3000), t.slice(1000, 4000), t.slice(t.length - 3000)]) {
        expect(shape(numberLineIn(window))).toEqual(shape(NUMBER_LINE.exec(window)));
      }
    }
  });
});
