import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const shorts = (text: string) =>
  extract(text)
    .filter((c) => c.form === "short")
    .map((c) => ({ raw: c.raw, id: c.id, date: c.date, issuer: c.issuer?.name ?? null, warnings: c.warnings.map((w) => w.code) }));

describe("identifyShort: a numbered mention without a ký hiệu", () => {
  it("takes the full citation of its kind and number in the text, dated or not, as before", () => {
    const t = "Căn cứ Thông tư số 06/1986/TT-BTC ngày 16/7/1986 của Bộ Tài chính; theo Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Tài chính.";
    expect(shorts(t)).toEqual([{ raw: "Thông tư số 06", id: "06/1986/TT-BTC", date: "1986-07-16", issuer: "Bộ Tài chính", warnings: [] }]);
  });

  it("with two full citations of its number stays ambiguous, its date notwithstanding", () => {
    const t = "Quyết định số 12/QĐ-UBND ngày 5/3/2020, Quyết định số 12/QĐ-SYT ngày 5/3/2020; Quyết định số 12 ngày 5/3/2020 của Sở Y tế.";
    expect(shorts(t).map((s) => s.warnings)).toEqual([["short-form-ambiguous"]]);
  });

  it("with none, and its full date written after it, is a document of its own: a bare id, its date and issuer, a warning", () => {
    expect(shorts("Căn cứ Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Nội thương ;")).toEqual([
      {
        raw: "Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Nội thương",
        id: "bare:circular/06@1986-07-16/bo-noi-thuong",
        date: "1986-07-16",
        issuer: "Bộ Nội thương",
        warnings: ["symbol-missing"],
      },
    ]);
    expect(shorts("Xét đề nghị của Giám đốc Sở Công nghiệp tại Tờ trình số 78 ngày 10 tháng 5 năm 1999,")).toEqual([
      { raw: "Tờ trình số 78 ngày 10 tháng 5 năm 1999", id: "bare:submission/78@1999-05-10", date: "1999-05-10", issuer: null, warnings: ["symbol-missing"] },
    ]);
  });

  it("without a full date, or with a year after its number, stays unresolved", () => {
    expect(shorts("Thực hiện Quyết định số 15 năm 2020 của tỉnh.").map((s) => s.id)).toEqual(["short:decision/15@?"]);
    expect(shorts("Thực hiện Nghị định 100/2019 ngày 30/12/2019 của Chính phủ.").map((s) => s.id)).toEqual(["short:decree/100@?"]);
    expect(shorts("Thực hiện Quyết định số 15 ngày 12 tháng 3.").map((s) => s.id)).toEqual(["short:decision/15@?"]);
  });
});
