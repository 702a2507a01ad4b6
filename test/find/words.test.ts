import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasCapital, lineBreakIn, nextNonSpace, nextNonSpaceAt, Words } from "../../src/find/words.js";
import { extract } from "../../src/extract.js";
import { cpuRatio } from "../helpers/linear.js";
import { GLUED_DATE_WORD } from "../../src/vocab/numbers.js";

/** The regex the reader stands for, read where the last word ended (sticky). */
const RUN = `[\\p{L}\\p{N}](?:(?!${GLUED_DATE_WORD})[\\p{L}\\p{N}])*`;
// A joiner, or a slash a word segmenter spaced with a digit beside it ("31 / 2024 / QH15").
const NEXT_WORD = new RegExp(`([ \\t\\r\\n]*(?:[-–][ \\t\\r\\n]+)?)(${RUN}(?:(?:[&'’/.\\-]|(?<=[0-9]) / | / (?=[0-9]))${RUN})*|,)`, "uy");

/** A page's number alone on its line, between spaced dashes: no word, its line part of the next gap. */
const PAGE_NUMBER_BEFORE = /[\r\n][ \t]*[-–][ \t]+$/;
const PAGE_NUMBER_AFTER = /^[ \t]*[-–][ \t]*(?=[\r\n]|$)/;

function byRegex(text: string, max: number): { text: string; start: number; gap: string }[] {
  const out: { text: string; start: number; gap: string }[] = [];
  let at = 0;
  let gapStart = 0;
  while (out.length < max) {
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(text);
    if (!m) break;
    at = NEXT_WORD.lastIndex;
    const start = at - m[2].length;
    const after = PAGE_NUMBER_AFTER.exec(text.slice(at));
    if (/^[0-9]{1,4}$/.test(m[2]) && PAGE_NUMBER_BEFORE.test(text.slice(gapStart, start)) && after) {
      at += after[0].length;
      continue;
    }
    out.push({ text: m[2].replaceAll(" / ", "/"), start, gap: text.slice(gapStart, start) });
    gapStart = at;
  }
  return out;
}

function byReader(text: string, max: number): { text: string; start: number; gap: string }[] {
  const words = new Words(text, 0);
  return words.slice(max).map((w) => ({ text: w.text, start: w.start, gap: w.gap }));
}

describe("the name reader's words", () => {
  it("are the words the Unicode regex reads, joiners, dashes, commas and blank lines included", () => {
    const t = "Luật Tổ chức HĐND&UBND, sửa-đổi – \n\nBảo vệ 2019 ’s a.b -x ,y 𝐀b";
    expect(byReader(t, 40)).toEqual(byRegex(t, 40));
  });

  it("end where a date's 'ngày' run into them begins ('Chính phủngày 25'), only before a number", () => {
    const t = "Chính phủngày 25 tháng 12, Đất đaiNGÀY\t29/11/2013, hằngngày năm lần, a.ngày 5, x.yngày 6";
    expect(byReader(t, 40).map((w) => w.text)).toEqual(["Chính", "phủ", "ngày", "25", "tháng", "12", ",", "Đất", "đai", "NGÀY", "29/11/2013", ",", "hằngngày", "năm", "lần", ",", "a.ngày", "5", ",", "x.y", "ngày", "6"]);
    expect(byReader(t, 40)).toEqual(byRegex(t, 40));
  });

  // A wrapped line after the glued "ngày" (LAYOUT-s68-wrapped group 9): "Ủy ban nhân dânngày ⏎ 26 tháng 11 năm 2003".
  // Not over a blank line.
  it("end where a glued 'ngày' begins before a line break and a number", () => {
    const t = "dânngày\n26 tháng, phủngày \n  25, hằngngày\n\n5";
    expect(byReader(t, 40).map((w) => w.text)).toEqual(["dân", "ngày", "26", "tháng", ",", "phủ", "ngày", "25", ",", "hằngngày", "5"]);
    expect(byReader(t, 40)).toEqual(byRegex(t, 40));
  });

  it("read the law's name and year alike with the glued 'ngày' before a space, a line break or a CRLF", () => {
    const t = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 12/2011/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dânngày\n26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\n";
    const ids = (text: string) => extract(text).map((c) => c.id);
    expect(ids(t)).toContain("law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003");
    expect(ids(t.replaceAll("\n", "\r\n"))).toEqual(ids(t));
    expect(ids(t.replace("dânngày\n", "dânngày "))).toEqual(ids(t));
  });

  it("read past a PDF page's number alone on its line, the line break kept in the next gap", () => {
    const t = "Luật Tổ chức chính\n- 3 -\nquyền địa phương ngày 19/6/2015\n– 12 –  \nx - 5 - y\n- 12345 -\nz";
    expect(byReader(t, 40).map((w) => w.text)).toEqual(["Luật", "Tổ", "chức", "chính", "quyền", "địa", "phương", "ngày", "19/6/2015", "x", "5", "y", "12345", "z"]);
    expect(byReader(t, 40)).toEqual(byRegex(t, 40));
  });

  it("read past the page number pdftotext opens a page with (a form feed, blanks, three digits at most, alone on its line)", () => {
    // fresh57b-006: "Luật Bảo vệ ⏎\f      2⏎môi trường"; indented ("  \f 12  "), the same. Not a number after a form
    // feed with words before it on the line, nor one of four digits.
    const t = "Luật Bảo vệ\n\f                    2\nmôi trường ngày 17/11/2020\n  \f 12  \nx \f 5\ny\n\f1234\nz\n\f7 a";
    expect(byReader(t, 40).map((w) => w.text)).toEqual(["Luật", "Bảo", "vệ", "môi", "trường", "ngày", "17/11/2020", "x", "5", "y", "1234", "z", "7", "a"]);
    expect(byReader(t, 40)[3].gap).toBe("\n\f                    2\n");
  });

  it("go on over a slash a word segmenter spaced inside a number, a digit beside it, read as written unspaced", () => {
    // The development corpus's source: "Nghị định số 197 / 2004 / NĐ-CP ngày 03/12 / 2004" (dev-003), "Quyết định số
    // 114/2004 / QĐ-UB" (dev-031). Not a slash between words ("HIV / AIDS", "V / v"), nor one spaced twice or on one side.
    const t = "số 197 / 2004 / NĐ-CP ngày 03/12 / 2004, số 114/2004 / QĐ-UB của Bộ";
    expect(byReader(t, 40).map((w) => w.text)).toEqual(["số", "197/2004/NĐ-CP", "ngày", "03/12/2004", ",", "số", "114/2004/QĐ-UB", "của", "Bộ"]);
    expect(byReader(t, 40)[1]).toEqual({ text: "197/2004/NĐ-CP", start: 3, gap: " " });
    expect(byReader(t, 40)).toEqual(byRegex(t, 40));
    // A slash no word goes on over ends the words read, as it always did.
    for (const [near, word] of [["HIV / AIDS", "HIV"], ["V / v", "V"], ["12  / 2004", "12"], ["12 /2004", "12"], ["12/ 2004", "12"]]) {
      expect(byReader(near, 40).map((w) => w.text)).toEqual([word]);
      expect(byReader(near, 40)).toEqual(byRegex(near, 40));
    }
  });

  it("agree with the regex on any text of name-like pieces, outside the BMP too", () => {
    const piece = fc.constantFrom("Luật", "đất", "đai", "Ð", "2013", "3", "ngày", "NgÀy", " ", "  ", "\n", "\n\n", "\t", ",", "-", "–", "&", "'", "’", "/", " / ", ".", "(", "𝐀", "😀", "\u0301", "a", "Z");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const t = pieces.join("");
        expect(byReader(t, 60)).toEqual(byRegex(t, 60));
      }),
      { numRuns: 400 },
    );
  });
});

describe("hasCapital", () => {
  /** What it stands for: a capital with something other than spaces and tabs before it on its line. */
  const CAPITAL_INSIDE = /(?<!(?:^|\n)[ \t]*)\p{Lu}/u;

  it("finds a capital inside a line, not one opening a line", () => {
    expect(hasCapital("V/v thực hiện luật bhyt")).toBe(false);
    expect(hasCapital("V/v thực hiện Luật BHYT")).toBe(true);
    expect(hasCapital("v/v thực hiện luật bhyt\n  Quyết định")).toBe(false);
    expect(hasCapital("quyết định số 5 của Ủy ban")).toBe(true);
    expect(hasCapital("\t𝐀 b")).toBe(false);
    expect(hasCapital("a 𝐀")).toBe(true);
  });

  it("agrees with the look-behind regex on any text of spaces, breaks and letters", () => {
    // Astral letters of both cases and lone halves of a pair: the table leaves surrogates to the code point.
    const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\r", "a", "A", "Đ", "đ", "𝐀", "𝐚", "\ud835", "\udc00", "1", ".");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const t = pieces.join("");
        expect(hasCapital(t)).toBe(CAPITAL_INSIDE.test(t));
      }),
      { numRuns: 500 },
    );
  });

  it("stays linear on a long run of spaces (the regex walked back over the run from every space)", () => {
    const text = (n: number) => " ".repeat(n) + "luật đất đai";
    const ratio = cpuRatio(hasCapital, text(80_000), text(20_000), 5, 10);
    expect(ratio).toBeLessThan(10);
  });
});

describe("lineBreakIn", () => {
  it("finds a line break (\\n, \\r, vertical tab, form feed, U+2028, U+2029) anywhere in a gap, and nothing else", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(" ", "\t", "\u00a0", "\n", "\r", "\u2028", "\u2029", "-", "\u2027", "\u000b", "\f", "\u0085"), { maxLength: 12 }), (units) => {
        const gap = units.join("");
        expect(lineBreakIn(gap)).toBe(/[\n\r\v\f\u2028\u2029]/.test(gap));
      }),
    );
  });
});

describe("nextNonSpaceAt", () => {
  it("is where nextNonSpace's character stands, the text's length at its end", () => {
    for (const text of ["", " ", "a", " \t\r\n(x", "\u00a0đ", "  ", "x (", "\n\n"]) {
      for (let at = 0; at <= text.length; at++) {
        const i = nextNonSpaceAt(text, at);
        expect(i < text.length ? text[i] : "").toBe(nextNonSpace(text, at));
        expect(i >= at && i <= text.length).toBe(true);
      }
    }
  });

  it("lets the word reader read past a revision mark or initials in brackets after a name's word", () => {
    const words = new Words("Luật Tổ chức HĐND và UBND \n (sửa đổi) năm 2003", 4);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => words.get(i)?.text)).toEqual(["Tổ", "chức", "HĐND", "và", "UBND", "năm", "2003"]);
  });
});

describe("a name's words over any line break (audit55)", () => {
  it("reads a vertical tab or a form feed between a law's words as '\\n' is read, and as a line break", () => {
    expect(lineBreakIn(" \v")).toBe(true);
    expect(lineBreakIn("\f")).toBe(true);
    for (const br of ["\v", "\f"]) {
      expect(extract(`Căn cứ Luật Đất${br}đai ngày 29 tháng 11 năm 2013;`).map((c) => [c.id, c.name])).toEqual([["law:dat-dai@2013", "Đất đai"]]);
      expect(extract(`Căn cứ Bộ luật Dân${br}sự năm 2015;`).map((c) => c.id)).toEqual(["code:dan-su@2015"]);
    }
  });

  it("gives the citations of the one-space text wherever a break of any kind stands for one of its spaces, offsets into its own", () => {
    const text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Đất đai số 45/2013/QH13; Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ;";
    const spaces = [...text.matchAll(/ /g)].map((m) => m.index!);
    const view = (t: string) => extract(t).map((c) => [c.id, c.name ?? null, c.date]);
    const want = view(text);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: spaces.length - 1 }), fc.constantFrom("\n", "\r\n", "\v", "\f", "\u2028", "\u2029", "\u0085", "\r"), (k, br) => {
        const t = text.slice(0, spaces[k]) + br + text.slice(spaces[k] + 1);
        expect(view(t)).toEqual(want);
        for (const c of extract(t)) expect(t.slice(c.start, c.end)).toBe(c.raw);
      }),
      { numRuns: 300 },
    );
  });
});
