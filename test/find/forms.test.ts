import { describe, expect, it } from "vitest";
import { formNamedBefore } from "../../src/find/forms.js";
import { analyze, extract } from "../../src/index.js";

describe("templates, tables and annexes numbered as documents", () => {
  it.each([
    "báo cáo theo Mẫu số 01/BC đính kèm",
    "theo Biểu số 02/TK kèm theo",
    "Phụ lục số 01/PL-KH",
    "theo biểu mẫu số 03/KH",
    "theo mẫu 05/BC",
  ])("are no citations: %s", (text) => {
    expect(extract(text)).toEqual([]);
    expect(extract(text, { strategy: "whole-text" })).toEqual([]);
  });

  it("leave the documents beside them, and a kind word before 'số' is a document's", () => {
    expect(extract("theo mẫu số 03/KH ban hành kèm theo Thông tư số 12/2020/TT-BTC").map((c) => c.id)).toEqual(["12/2020/TT-BTC"]);
    expect(extract("Căn cứ các Nghị định của Chính phủ: số 92/2006/NĐ-CP").map((c) => c.id)).toEqual(["92/2006/NĐ-CP"]);
    expect(formNamedBefore("Phụ lục ban hành kèm theo Quyết định ", 35)).toBe(false);
    expect(formNamedBefore("theo Mẫu số ", 12)).toBe(false);
    expect(formNamedBefore("theo Mẫu ", 9)).toBe(true);
  });
});

describe("an office's copy number in the copy's stamp block ('Số: 41/SY-VP ⏎ SAO Y BẢN CHÍNH')", () => {
  // A decision of a province, then the stamp a district office puts under its copy (sao y, sao lục, trích sao).
  const decision = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH PHÚ YÊN",
    "Số: 215/QĐ-UBND",
    "Phú Yên, ngày 3 tháng 2 năm 2020",
    "QUYẾT ĐỊNH",
    "Về việc công nhận xã đạt chuẩn nông thôn mới",
    "Căn cứ Quyết định số 11/QĐ-TTg ngày 5/1/2019 của Thủ tướng Chính phủ;",
    "Điều 1. Công nhận xã An Ninh đạt chuẩn.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Trần Văn Bình",
    "",
  ].join("\n");
  const stamp = (number: string, title: string) => `VĂN PHÒNG UBND HUYỆN SƠN HÒA\n${number}\n${title}\nSơn Hòa, ngày 10 tháng 2 năm 2020\nCHÁNH VĂN PHÒNG\n`;

  it.each([
    ["Số: 41/SY-VP", "SAO Y BẢN CHÍNH"],
    ["Số: 41/SY-UBND", "SAO Y"],
    ["Số: 7 /SL", "**SAO LỤC**"],
    ["Số: 3/SL-VP", "Sao lục"],
    ["Số: 2/TS-VP", "TRÍCH SAO"],
  ])("is no citation, no edge and not the document's own number: %s under %s", (number, title) => {
    const text = decision + stamp(number, title);
    expect(extract(text).map((c) => c.raw)).toEqual(["Số: 215/QĐ-UBND", "Quyết định số 11/QĐ-TTg ngày 5/1/2019 của Thủ tướng Chính phủ"]);
    expect(extract(text, { strategy: "whole-text" }).map((c) => c.raw)).toEqual(extract(text).map((c) => c.raw));
    const a = analyze(text);
    expect(a.self.id).toBe("215/QĐ-UBND@2020~phu-yen");
    expect(a.relations.map((r) => r.to)).toEqual(["11/QĐ-TTg@2019"]);
    // A text of the copy's block alone (the copied text lost) has no number of its own.
    const alone = analyze("QUYẾT ĐỊNH\nVề việc công nhận xã đạt chuẩn\nĐiều 1. Công nhận.\n" + stamp(number, title));
    expect([alone.self.number, alone.citations.length]).toEqual([null, 0]);
  });

  it("needs both a copy's type code and a stamp in the block: a decree of the 1940s numbered 'SL', another number beside a stamp", () => {
    expect(extract("Căn cứ Sắc lệnh số 63/SL ngày 22/11/1945 về tổ chức chính quyền;").map((c) => c.id)).toEqual(["63/SL@1945"]);
    expect(extract(decision + stamp("Số: 41/SY-VP", "")).map((c) => c.raw)).toContain("Số: 41/SY-VP");
    expect(extract(decision + stamp("Số: 41/UBND-VP", "SAO Y BẢN CHÍNH")).map((c) => c.raw)).toContain("Số: 41/UBND-VP");
    // Beyond the block: a stamp's words far from the number.
    expect(extract("Số: 41/SY-VP\n" + "Nội dung sao chép.\n".repeat(20) + "SAO Y BẢN CHÍNH").length).toBe(1);
  });
});
