import { describe, expect, it } from "vitest";
import { natives } from "../helpers/v8-natives.js";
import { noteIfDiffer } from "../helpers/search-equivalence.js";
import { blankRuns, flatSlice, hasPart, ownCopy, phraseAt, phraseEndingAt, phraseIndex } from "../../src/shared/strings.js";

describe("ownCopy", () => {
  it("gives an equal string, the same one when too short to be a view into another", () => {
    const text = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ";
    const cut = text.slice(7, 40);
    expect(ownCopy(cut)).toBe(cut);
    expect(ownCopy("Chính phủ")).toBe("Chính phủ");
    expect(ownCopy("")).toBe("");
    // Lone surrogates and NUL survive the copy.
    expect(ownCopy("\ud800 \u0000 \udfff ".repeat(5))).toBe("\ud800 \u0000 \udfff ".repeat(5));
  });
});

describe("flatSlice", () => {
  // The test runs with natives syntax on, to tell a flat string from a view by its map (V8 internals, Node 20).
  const { sameMap } = natives();
  const text = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ quy định chi tiết ".repeat(4);

  it("is text.slice(from, to) for every range, lone surrogates and NUL too", () => {
    const odd = "\ud800a\u0000\udfffư\ud83d\ude00 ".repeat(6);
    for (const s of [text, odd, "", "ab"]) {
      for (let from = 0; from <= s.length; from += 3) {
        for (let to = from; to <= s.length; to += 5) expect(flatSlice(s, from, to)).toBe(s.slice(from, to));
        expect(flatSlice(s, from, s.length)).toBe(s.slice(from));
      }
    }
    // Past the end, from the end (negative), backwards, not numbers: what slice gives.
    for (const [from, to] of [[10, 1000], [-30, 50], [-40, -2], [50, 20], [5, NaN], [NaN, 40]]) expect(flatSlice(text, from, to)).toBe(text.slice(from, to));
  });

  it("gives a flat string where slice gives a view into the text", () => {
    const flat = JSON.parse(JSON.stringify(text.slice(5, 120))) as string;
    expect(sameMap(text.slice(5, 120), flat)).toBe(false);
    expect(sameMap(flatSlice(text, 5, 120), flat)).toBe(true);
    expect(sameMap(flatSlice(text, 5, 18), flat)).toBe(true);
  });
});

describe("a phrase with a run of blanks for each space", () => {
  it("matches one to eight spaces or tabs where the phrase writes one space, forwards and backwards", () => {
    for (const run of [" ", "  ", "\t", " \t ", " ".repeat(8)]) {
      const text = `x Thực${run}hiện y`;
      expect(phraseAt(text, "Thực hiện", 2)).toBe(text.length - 2);
      expect(phraseEndingAt(text, "Thực hiện", text.length - 2)).toBe(2);
    }
  });
  it("matches no phrase whose words are glued, parted by a line break or by more than eight blanks", () => {
    for (const text of ["Thựchiện", "Thực\nhiện", `Thực${" ".repeat(9)}hiện`, "Thực hiệm"]) {
      expect(phraseAt(text, "Thực hiện", 0)).toBe(-1);
      expect(phraseEndingAt(text, "Thực hiện", text.length)).toBe(-1);
    }
  });
});

describe("phraseIndex: includes, each space a run of blanks", () => {
  it("finds the phrase written with one space, a doubled one or a tab, and not run into a word", () => {
    expect(phraseIndex("để thực hiện được thống nhất trong", "thống nhất")).toBe(18);
    expect(phraseIndex("để  thực  hiện  được  thống  nhất", "thống nhất")).toBe(22);
    expect(phraseIndex("hệ thống\tnhất", "thống nhất")).toBe(3);
    expect(phraseIndex("hệ thống thông tin; thốngnhất", "thống nhất")).toBe(-1);
    expect(phraseIndex("a thống nhất b thống nhất", "thống nhất", 3)).toBe(15);
    expect(phraseIndex("thống", "thống")).toBe(0);
  });

  it("across a line's end only when asked (a wrapped sentence's \"thống ⏎ nhất\")", () => {
    expect(phraseIndex("trong toàn hệ thống\nnhất là", "thống nhất")).toBe(-1);
    expect(phraseIndex("trong toàn hệ thống\nnhất là", "thống nhất", 0, true)).toBe(14);
    expect(phraseIndex("được thống\r\n\r\nnhất trong", "thống nhất", 0, true)).toBe(5);
    expect(phraseAt("thống nhất", "thống nhất", 0, true)).toBe(10);
  });
});

describe("blankRuns: a regex source's spaces between words as runs of blanks", () => {
  const motto = new RegExp(`^${blankRuns(String.raw`Độc lập[ \t]*[-–][ \t]*Tự do`)}$`);
  it("reads one blank, a doubled one, a tab, up to eight", () => {
    for (const gap of [" ", "  ", "\t", " \t ", " ".repeat(8)]) expect(motto.test(`Độc${gap}lập - Tự${gap}do`)).toBe(true);
  });
  it("not nine blanks, a line break, or none", () => {
    for (const gap of [" ".repeat(9), "\n", ""]) expect(motto.test(`Độc${gap}lập - Tự do`)).toBe(false);
  });
  it("leaves a character class's own space as written", () => {
    expect(blankRuns(String.raw`[ \t]*a b`)).toBe(String.raw`[ \t]*a[ \t]{1,8}b`);
  });
  it("is linear on a hostile run of blanks", () => {
    const re = new RegExp(blankRuns("Độc lập|Hạnh phúc"));
    const t0 = performance.now();
    expect(re.test(`Độc${" ".repeat(200_000)}x`)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});

describe("hasPart", () => {
  // coreference.ts's committeeKey splits a ký hiệu only where an older or a newer body code is a part (UB, UBND).
  it("answers split(\"-\").includes(part) for ký hiệu and codes, random and written", () => {
    const pieces = ["UB", "UBND", "ND", "QĐ", "-", "-", "CP", "U", "B", "TVQH", "", "--"];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const symbol = () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join("");
    const differ: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const s = symbol();
      for (const part of ["UB", "UBND", "ND", "", "B-U"]) noteIfDiffer(differ, hasPart(s, part), s.split("-").includes(part), () => `${s} ${part}`);
    }
    expect(differ).toEqual([]);
    expect(hasPart("QĐ-UB", "UB")).toBe(true);
    expect(hasPart("NQ-UBTVQH", "UB")).toBe(false);
    expect(hasPart("UBND-VX", "UBND")).toBe(true);
  });
});
