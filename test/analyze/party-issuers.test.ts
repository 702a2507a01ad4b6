import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { namesNationalCommittee } from "../../src/analyze/localize.js";

const plan = (lines: string[]) =>
  ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 594/KH-UBND", "Nghệ An, ngày 21 tháng 10 năm 2021", "KẾ HOẠCH", "Thực hiện phong trào thi đua", ...lines].join("\n");
const cited = (text: string) => analyze(text).citations.filter((c) => c.role !== "self").map((c) => [c.id, c.issuer?.name ?? null, c.jurisdiction?.level ?? null]);

// Real phrasing: Nghệ An's Kế hoạch 594/KH-UBND (2021); Kon Tum's decision citing its People's
// Committee's Party group (2013); the Ban Dân vận Trung ương's letter 1350-CV/BDVTW (2023).
describe("emulation councils, a province's Party group and the Party's central boards as issuers", () => {
  it("the central emulation council's plan is the nation's; a province's council's is the province's", () => {
    const text = plan([
      "Thực hiện Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch tổ chức thực hiện như sau:",
      "Căn cứ Kế hoạch số 05/KH-HĐTĐKT ngày 10/2/2022 của Hội đồng Thi đua - Khen thưởng tỉnh;",
    ]);
    expect(cited(text)).toEqual([
      ["16/KH-HĐTĐKT@2021", "Hội đồng Thi đua - Khen thưởng", "central"],
      ["05/KH-HĐTĐKT@2022~nghe-an", "Hội đồng Thi đua - Khen thưởng", "province"],
    ]);
  });

  it("the nation's word closes the council's name at a comma, as at a space", () => {
    const text = "của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch:";
    expect(namesNationalCommittee(text, text.indexOf("Khen thưởng") + "Khen thưởng".length)).toBe(true);
    expect(namesNationalCommittee("của Ban Chỉ đạo Trung ương, Ủy ban nhân dân tỉnh ban hành:", "của Ban Chỉ đạo".length)).toBe(true);
    expect(namesNationalCommittee("của Ban Chỉ đạo tỉnh, Trung ương Đoàn:", "của Ban Chỉ đạo".length)).toBe(false);
  });

  it("the central emulation board, its dash unspaced", () => {
    expect(cited(plan(["Căn cứ Quyết định số 34/QĐ-BTĐKT ngày 20/2/2020 của Ban Thi đua-Khen thưởng Trung ương phê duyệt Đề án;"]))).toEqual([
      ["34/QĐ-BTĐKT@2020", "Ban Thi đua - Khen thưởng", "central"],
    ]);
  });

  it("a province's Party group is that province's, named after it", () => {
    const text = [
      "ỦY BAN NHÂN DÂN",
      "TỈNH KON TUM",
      "Số: 868/QĐ-UBND",
      "Kon Tum, ngày 20 tháng 8 năm 2013",
      "QUYẾT ĐỊNH",
      "Căn cứ Kết luận số 202-KL/BCS ngày 23 tháng 9 năm 2013 của Ban cán sự Đảng Ủy ban nhân dân tỉnh Kon Tum về công tác tổ chức – cán bộ;",
      "QUYẾT ĐỊNH:",
    ].join("\n");
    expect(cited(text)).toEqual([["202-KL/BCS@2013~kon-tum", "Ban cán sự đảng UBND tỉnh Kon Tum", "province"]]);
  });

  it("the Party's central mass-mobilisation board", () => {
    expect(cited(plan(["Căn cứ Công văn số 1350-CV/BDVTW ngày 10/5/2023 của Ban Dân vận Trung ương về việc triển khai sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW;"]))[0]).toEqual([
      "1350-CV/BDVTW@2023",
      "Ban Dân vận Trung ương",
      "central",
    ]);
  });

  it("a Party body spelled with the tone on the y ('Thành uỷ', 'Uỷ ban Kiểm tra Tỉnh uỷ') is that body, its place read", () => {
    // kinhtedothi's page on Hà Nội's Chương trình 01-CTr/TU (2021); dev-032 writes "Bí thư Thành uỷ".
    const news = analyze("Kinhtedothi - Ngày 17/3/2021, Thành uỷ Hà Nội đã ban hành Chương trình số 01-CTr/TU về “Tăng cường công tác xây dựng, chỉnh đốn Đảng”.");
    expect(news.citations.map((c) => c.id)).toEqual(["01-CTr/TU@2021~ha-noi"]);
    expect(cited(plan(["Thực hiện Chương trình số 01-CTr/TU ngày 17/3/2021 của Ban Thường vụ Thành uỷ Hà Nội;"]))[0]).toEqual(["01-CTr/TU@2021~ha-noi", "Tỉnh ủy Hà Nội", "province"]);
    expect(cited(plan(["Căn cứ Quyết định số 15-QĐ/UBKTTU ngày 3/3/2020 của Uỷ ban Kiểm tra Tỉnh uỷ;"]))[0]).toEqual(["15-QĐ/UBKTTU@2020~nghe-an", "Ủy ban Kiểm tra Tỉnh ủy", "province"]);
  });
});
