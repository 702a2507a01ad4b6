import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";

const idOf = (t: string) => extract(t).map((c) => c.id);

describe("a decree cited without the year in its number (decree-year.ts)", () => {
  // As fresh30a-002 and fresh30x-013 cite them (fresh30c-007 alike: "Nghị định số 27/NĐ-CP ngày 19/4/2022").
  it("is the decree numbered with its date's year, with a warning that says what was read", () => {
    const [c] = extract("Căn cứ Nghị định số 107/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;");
    expect([c.id, c.number, c.year, c.symbol]).toEqual(["107/2021/NĐ-CP", "107", 2021, "NĐ-CP"]);
    expect(c.warnings.map((w) => w.code)).toEqual(["year-missing"]);
    expect(idOf("Nghị định số 44/NĐ-CP ngày 06 tháng 5 năm 2015 của Chính phủ")).toEqual(idOf("Nghị định số 44/2015/NĐ-CP ngày 06/5/2015"));
  });

  it("leaves the codes with a yearless series, an undated mention and older decrees as written", () => {
    // 23/QĐ-TTg of 7 January 2021 and 23/2021/QĐ-TTg of 7 July 2021 are two decisions.
    expect(idOf("Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ")).toEqual(["23/QĐ-TTg@2021"]);
    expect(idOf("Nghị quyết số 76/NQ-CP ngày 15/7/2021")).toEqual(["76/NQ-CP@2021"]);
    expect(idOf("Nghị định số 107/NĐ-CP của Chính phủ")).toEqual(["107/NĐ-CP@?"]);
    expect(idOf("Nghị định số 12/NĐ-CP ngày 01/02/1996")).toEqual(["12/NĐ-CP@1996"]);
    expect(extract("Nghị định số 107/2021/NĐ-CP ngày 06/12/2021")[0].warnings).toEqual([]);
    // fresh29b-004: a space typed inside the year leaves a bare "6/NĐ-CP", no kind word of its own: not decree 06 of 2016.
    expect(idOf("Căn cứ Nghị định số 163/201 6/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ")).not.toContain("06/2016/NĐ-CP");
  });
});
