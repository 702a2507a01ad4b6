/**
 * lowerBracketedHeading's quick check (src/analyze/header/bracketed-heading.ts holdsBracketedNumberLine, session 65):
 * each "(" found by indexOf, its line's start checked, the rest of BRACKETED_NUMBER_LINE tried there, in place of one
 * search for the pattern at any line's start (the "m" flag, its `^` tried at every character). It must answer as that
 * search does, or a reprint's heading (fresh39a-007, fresh54h-010) is no longer read.
 */
import { describe, expect, it } from "vitest";
import { BRACKETED_NUMBER_LINE, holdsBracketedNumberLine } from "../../../src/analyze/header/bracketed-heading.js";
import { readHeader } from "../../../src/analyze/header/index.js";
import { randomPieces, seededRandom, textsUnder } from "../../helpers/search-equivalence.js";

/** The search the check stands for: BRACKETED_NUMBER_LINE at any line's start. */
const ANY_LINE = new RegExp(BRACKETED_NUMBER_LINE.source.replace(String.raw`^[ \t]*\n?[ \t]*`, String.raw`^[ \t]*`), "mu");
const LINE = "(Số 98 ngày 22/12/2010)";

describe("holdsBracketedNumberLine", () => {
  it("stands for BRACKETED_NUMBER_LINE at any line's start", () => {
    expect(ANY_LINE.source).not.toBe(BRACKETED_NUMBER_LINE.source);
    expect(ANY_LINE.test(`x\n${LINE}`)).toBe(true);
  });

  it("finds the number's line after each line end the 'm' flag reads, with blanks before its bracket; not after a word", () => {
    for (const end of ["\n", "\r", "\r\n", "\u2028", "\u2029"]) {
      for (const blanks of ["", " ", "\t", " \t  "]) {
        const head = `KẾ HOẠCH${end}Tổ chức Năm Thanh niên 2011${end}${blanks}${LINE}`;
        expect(holdsBracketedNumberLine(head)).toBe(true);
        expect(ANY_LINE.test(head)).toBe(true);
      }
    }
    expect(holdsBracketedNumberLine(LINE)).toBe(true);
    expect(holdsBracketedNumberLine(`  (Quyết định số 283-QĐ/TW ngày 26-1-2010`)).toBe(true);
    for (const head of [`KẾ HOẠCH ${LINE}`, `KẾ HOẠCH\n\u00a0${LINE}`, `KẾ HOẠCH\n((Số 98 ngày 22/12/2010)`, `(\n${LINE.slice(1)}`, "(Số 98 ngày x", ""]) {
      expect(holdsBracketedNumberLine(head)).toBe(false);
      expect(ANY_LINE.test(head)).toBe(false);
    }
  });

  it("answers as the search does on every fixture's head, and on heads with a number line put in at random", () => {
    const next = seededRandom(6511);
    const texts = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];
    let found = 0;
    for (const text of texts) {
      const head = text.slice(0, 3000);
      const at = Math.floor(next() * (head.length + 1));
      const line = ["\n", "\r", "\n  ", "\n\t"][Math.floor(next() * 4)] + LINE;
      for (const h of [head, head.slice(0, at) + line + head.slice(at)]) {
        const want = ANY_LINE.test(h);
        expect(holdsBracketedNumberLine(h)).toBe(want);
        if (want) found++;
      }
    }
    expect(found).toBeGreaterThan(texts.length / 2);
  });

  it("answers as the search does on random strings of its pieces", () => {
    const next = seededRandom(6512);
    const pieces = ["(", "((", " ", "\t", "\n", "\r", "\u2028", "x", "Số 9", "số 12-KH/TĐ", " ngày 2", "Kế hoạch ", "ngày ", "\u00a0", ")"];
    for (let i = 0; i < 4000; i++) {
      const s = randomPieces(next, pieces, 1 + Math.floor(next() * 14));
      expect(holdsBracketedNumberLine(s)).toBe(ANY_LINE.test(s));
    }
  });

  it("still reads the reprint's heading through it", () => {
    const text = "Căn cứ Thông báo số 380-TB/TW ngày 23 tháng 9 năm 2010 của Ban Bí thư.\n\nKẾ HOẠCH\nTổ chức Năm Thanh niên 2011\n  (Số 98 ngày 22/12/2010)\n\nCăn cứ Thông báo số 380-TB/TW;\n";
    expect(readHeader(text)).toMatchObject({ kind: "plan", numberLine: { number: "98" } });
  });
});
