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

describe("a circular cited without the year in its number (decree-year.ts)", () => {
  // seg33-027 ("Thông tư Liên tịch số 14/TTLT / BTC-BTNMT ngày 31/01/2008", 14/2008/TTLT-BTC-BTNMT in dev-035 and
  // seg33-010) and fresh41c-003 ("Thông tư sô 08/TT-BGDDT ngày 06/6/2022", 08/2022/TT-BGDĐT in fresh41c-001).
  it("is the circular numbered with its date's year, joint or not, with a warning", () => {
    const [c] = extract("Căn cứ Thông tư số 08/TT-BGDĐT ngày 06/6/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo;");
    expect([c.id, c.year, c.kind]).toEqual(["08/2022/TT-BGDĐT", 2022, "circular"]);
    expect(c.warnings.map((w) => w.code)).toEqual(["year-missing"]);
    expect(c.warnings[0].message).toContain("08/2022/TT-BGDĐT");
    expect(idOf("Căn cứ Thông tư Liên tịch số 14/TTLT-BTC-BTNMT ngày 31/01/2008 của Bộ Tài chính và Bộ Tài nguyên và Môi trường")).toEqual(["14/2008/TTLT-BTC-BTNMT"]);
  });

  it("leaves a submission typed TT, an undated circular and one before 2000 as written", () => {
    expect(idOf("Xét Tờ trình số 15/TT-BQL ngày 31/3/2008 của Ban Quản lý")).toEqual(["15/TT-BQL@2008"]);
    expect(idOf("Thông tư số 08/TT-BGDĐT của Bộ Giáo dục và Đào tạo")).toEqual(["08/TT-BGDĐT@?"]);
    expect(idOf("Thông tư số 06/TT-LB ngày 16/7/1996")).toEqual(["06/TT-LB@1996"]);
  });
});

// nfd64: the kind word is read off the caller's text; decomposed (NFD, fresh41c-003, fresh38b-017) "Thông tư" named no kind.
describe("a circular without its year, decomposed (decree-year.ts, vocab/unmarked.ts)", () => {
  it.each([
    ["Căn cứ Thông tư sô 08/TT-BGDDT ngày 06/6/2022 của Bộ trưởng Bộ GD&amp;DT về ban hành Quy chế tuyén sinh", "08/2022/TT-BGDĐT"],
    ["Căn cứ Thông tư liên tịch 42/TTLT-BNNPTNT-BTC-BKHĐT, ngày 16/10/2013 của liên bộ: Nông nghiệp &PTNT, Tài chính", "42/2013/TTLT-BNNPTNT-BTC-BKHĐT"],
  ])("reads %s as the composed text", (text, id) => {
    expect(idOf(text)).toEqual([id]);
    expect(idOf(text.normalize("NFD"))).toEqual([id]);
  });
});
