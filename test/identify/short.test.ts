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

  it("its full date written after it leaves out the full citations of its number dated otherwise", () => {
    const t = "Căn cứ Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND tỉnh; bãi bỏ Quyết định số 12 ngày 1/2/2019 của UBND tỉnh; theo Quyết định số 12 ngày 5/3/2020.";
    expect(shorts(t).map((s) => s.id)).toEqual(["bare:decision/12@2019-02-01/UBND", "12/QĐ-UBND@2020"]);
    // Two of its number, one of its date: that one.
    const two = "Quyết định số 12/QĐ-UBND ngày 5/3/2020, Quyết định số 12/QĐ-SYT ngày 6/3/2020; Quyết định số 12 ngày 6/3/2020.";
    expect(shorts(two).map((s) => [s.id, s.warnings])).toEqual([["12/QĐ-SYT@2020", []]]);
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
