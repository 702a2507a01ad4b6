import { describe, expect, it } from "vitest";
import { fullwidthDigitsRead, marksOnDigitsIgnored } from "../../src/prepare/digit-marks.js";
import { extract } from "../../src/extract.js";
import { analyze } from "../../src/analyze/index.js";

describe("marks on digits", () => {
  it("are read as what prints nothing, one unit for one; marks on letters are left", () => {
    expect(marksOnDigitsIgnored("số 6\u03011/20\u0323\u030118 Quyết")).toBe("số 6\u20601/20\u2060\u206018 Quyết");
    expect(marksOnDigitsIgnored("1\u20e3 2\ufe0f\u20e3")).toBe("1\u2060 2\u2060\u2060");
    const letters = "Quye\u0302\u0301t đi\u0323nh";
    expect(marksOnDigitsIgnored(letters)).toBe(letters);
  });

  it("cut no number: a digit carrying a stray accent, a keycap or a variation selector is the digit, the span the text as written", () => {
    // No mark names a digit. Read as written, "6́1/2018" was a short form "Nghị định số 6" (06), "61/2⃣018" the
    // decree "18/NĐ-CP", and a mark on any other digit lost the citation or its date.
    const clean = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018;";
    const digits = [...clean].flatMap((c, i) => (/[0-9]/.test(c) ? [i] : []));
    for (const mark of ["\u0301", "\u0323", "\u0300\u0301", "\u20e3", "\ufe0f"]) {
      for (const i of digits) {
        const written = clean.slice(0, i + 1) + mark + clean.slice(i + 1);
        const found = extract(written);
        expect(found.map((c) => [c.id, c.date]), JSON.stringify(written)).toEqual([["61/2018/NĐ-CP", "2018-04-23"]]);
        expect([found[0].start, found[0].end, found[0].raw]).toEqual([7, written.length - 1, written.slice(7, -1)]);
        expect(analyze(written).relations.map((r) => [r.type, r.to])).toEqual([["based_on", "61/2018/NĐ-CP"]]);
      }
    }
  });
});

describe("fullwidth digits", () => {
  it("are read as the digits, one unit for one, the span and raw text the caller's", () => {
    // An East Asian input method's full width ("６１／２０１８／NĐ－CP"): read as written, no digit, no citation.
    expect(fullwidthDigitsRead("số ６１/２０１８ x")).toBe("số 61/2018 x");
    for (const written of ["Căn cứ Nghị định số ６１／２０１８／NĐ－CP ngày ２３ tháng ４ năm ２０１８;", "Căn cứ Nghị định số ６１/2018/NĐ-CP ngày 23/4/２０１８;"]) {
      const found = extract(written);
      expect(found.map((c) => [c.id, c.date]), written).toEqual([["61/2018/NĐ-CP", "2018-04-23"]]);
      expect([found[0].start, found[0].end, found[0].raw]).toEqual([7, written.length - 1, written.slice(7, -1)]);
    }
  });
});
