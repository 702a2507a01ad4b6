import { describe, expect, it } from "vitest";
import { misreadDate } from "../../src/find/misread-date.js";
import { analyze, extract } from "../../src/index.js";

describe("dates whose ones an OCR read as letters", () => {
  it.each([
    "Hà Nội, ngày 01/ll/1999",
    "đã ký ngày 12/ll/2005 về việc",
    "ngày 1/l/2000, Sở",
    "ngày 30 / I / 2019",
    "từ ngày 07/ll/2021 đến nay",
  ])("are no citations: %s", (text) => {
    expect(extract(text)).toEqual([]);
  });

  it.each([
    // A kind word says a document is cited; what its OCR'd ký hiệu is stays the grammar's.
    ["theo Công văn số 123/ll/1999 của Bộ", "123/LL@?"],
    ["Quyết định số 15/ll/1999/QĐ-UB", "15/LL@?"],
    // Not a day, or more than a month's two ones, or no year right after.
    ["ngày 32/ll/1999", "32/LL@?"],
    ["ngày 01/lll/1999", "01/LLL@?"],
    ["ngày 01/ll/19990", "01/LL@?"],
    ["số 01/l của Sở", "01/L@?"],
  ])("leave a citation: %s", (text, id) => {
    expect(extract(text).map((c) => c.id)).toEqual([id]);
  });

  it("keeps an order's own code L", () => {
    expect(extract("Lệnh số 01/L-CTN ngày 12/7/2018").map((c) => c.id)).toEqual(["01/L-CTN@2018"]);
  });

  it("reads the number, the letters and the year from the caller's text", () => {
    const text = "ngày 01/ll/1999";
    expect(misreadDate(text, { text: "01", end: 7 }, 10)).toBe(true);
    expect(misreadDate(text, { text: "01", end: 7 }, 9)).toBe(false);
    expect(misreadDate("ngày 01/LL/1999", { text: "01", end: 7 }, 10)).toBe(false);
  });

  it("leaves no reference in a document's relations", () => {
    const text = "KẾ HOẠCH\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;\nTheo báo cáo ngày 01/ll/1999 của Sở.";
    expect(analyze(text).citations.map((c) => c.id)).toEqual(["61/2018/NĐ-CP"]);
  });
});

describe("a day or month an OCR misread, after a cited document's 'ngày' (MISREAD_DAY_OR_MONTH)", () => {
  it("dates a law named without a number, and the law has its year", () => {
    // fixtures/fresh/fresh56f-005 (Nghệ An, scanned): "… ngày 26/1 l/2003".
    expect(extract("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/1 l/2003;").map((c) => [c.id, c.date])).toEqual([["law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003", "2003-11-26"]]);
    expect(extract("Căn cứ Luật Đất đai ngày 02/0l/1991;").map((c) => c.date)).toEqual(["1991-01-02"]);
  });

  it("dates a numbered citation whose date the grammar left", () => {
    // seg33c-006 "lệnh số 49 - LTC / HĐNN ngày 02/0l/1991"; fresh45c-010 "ngày 1 1/01/2021".
    expect(extract("theo lệnh số 49 - LTC / HĐNN ngày 02/0l/1991").map((c) => c.date)).toEqual(["1991-01-02"]);
    expect(extract("Căn cứ Quyết định số 12/QĐ-UBND ngày 02/0l/1991;").map((c) => [c.id, c.date])).toEqual([["12/QĐ-UBND@1991", "1991-01-02"]]);
    expect(extract("Thông tư số 03/2021/TT-BTC ngày 1 1/01/2021 của Bộ").map((c) => c.date)).toEqual(["2021-01-11"]);
  });

  it("reads a tab, two spaces or a line break inside the day as the one space (whitespace parity)", () => {
    for (const blank of ["\t", "  ", "\n", "\r\n"]) {
      expect(extract(`Căn cứ Luật Tổ chức HĐND và UBND ngày 26/1${blank}l/2003;`).map((c) => c.date), JSON.stringify(blank)).toEqual(["2003-11-26"]);
    }
    expect(extract("Thông tư số 03/2021/TT-BTC ngày 1\t1/01/2021 của Bộ").map((c) => c.date)).toEqual(["2021-01-11"]);
  });

  it("reads nothing where nothing was misread, or the day or month is none", () => {
    expect(extract("Căn cứ Luật Đất đai ngày 5 10/12/2003;").map((c) => c.id)).toEqual(["law:dat-dai@?"]);
    expect(extract("Căn cứ Quyết định số 12/QĐ-UBND ngày 15 1/2/2003;").map((c) => c.id)).toEqual(["12/QĐ-UBND@?"]);
    expect(extract("Căn cứ Luật Đất đai ngày 26/1 5/2003;")[0].id).toBe("law:dat-dai@?");
    expect(extract("Căn cứ Quyết định số 12/QĐ-UBND ngày 4l/01/2003;").map((c) => c.id)).toEqual(["12/QĐ-UBND@?"]);
  });
});
