/**
 * src/extract/named-laws.ts: the laws named without a number merged into the citations. Here cutByTextEnd: a
 * preamble's item the text's end cuts inside its name (a page stored to its first characters) names no law.
 */
import { describe, expect, it } from "vitest";
import { analyze, extract } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";

const ids = (text: string) => extract(text).map((c) => c.id);

describe("a preamble's item cut by the text's end inside a law's name", () => {
  it("reads no law from the cut name (fresh30q-009, fresh30p-014, fresh31g-003, fresh30i-002)", () => {
    expect(ids("ỦY BAN NHÂN DÂN TỈNH SƠN LA\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\nCăn cứ Luật Ban hành văn bản quy \n")).toEqual([
      "law:to-chuc-chinh-quyen-dia-phuong@2015",
    ]);
    expect(ids("ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Tổ chức ")).toEqual([]);
    expect(ids("Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010; Luật sửa đổi, bổ sung một số ")).toEqual(["law:vien-chuc@2010"]);
  });

  it("reads no law from the cut name in a decomposed copy either (NFD)", () => {
    expect(ids("ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Tổ chức ".normalize("NFD"))).toEqual([]);
    expect(ids("Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010; Luật sửa đổi, bổ sung một số ".normalize("NFD"))).toEqual(["law:vien-chuc@2010"]);
  });

  it("reads a name the text's end closes elsewhere: dated, ended by its stop, or a subject line's", () => {
    expect(ids("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015")).toEqual(["law:to-chuc-chinh-quyen-dia-phuong@2015"]);
    expect(ids("Căn cứ Luật Đất đai;")).toEqual(["law:dat-dai@?"]);
    expect(ids("V/v triển khai thực hiện các quy định của Luật Thuế XK, thuế NK")).toEqual(["law:thue-xuat-khau-thue-nhap-khau@?"]);
  });
});

describe("a document named at a Căn cứ item's head in a copy decomposed or with look-alikes (basisNamedIn)", () => {
  // dev-049's item: the eval's rewrites (test/eval/rewrites.ts) read its scheme as written, but not under NFD or with
  // "Ð" (U+00D0) for "Đ" and "–" for "-", where the numbered submission in its bracket was still read.
  const item = "QUYẾT ĐỊNH\nCăn cứ Đề án thành lập các Tổng công ty điện lực hoạt động theo mô hình công ty mẹ - công ty con ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 của Tập đoàn Điện lực Việt Nam ) ;\nQuyết định :\n";
  const scheme = (text: string) => extract(text).filter((c) => c.form === "named").map((c) => [c.id, text.slice(c.start, c.end).normalize("NFC")]);
  const want = [["scheme:de-an-thanh-lap-cac-tong-cong-ty-dien-luc-hoat-dong-theo-mo-hinh-cong-ty-me-cong-ty-con@?", "Đề án thành lập các Tổng công ty điện lực hoạt động theo mô hình công ty mẹ - công ty con"]];
  it("reads the scheme as written", () => {
    expect(scheme(item)).toEqual(want);
  });
  it("reads it decomposed (NFD), its span the decomposed words", () => {
    expect(scheme(item.normalize("NFD"))).toEqual(want);
  });
  it("reads it with look-alikes, the name repaired, its span the words as printed", () => {
    const text = item.replaceAll("Đ", "\u00d0").replaceAll("-", "\u2013");
    const found = extract(text).filter((c) => c.form === "named");
    expect(found.map((c) => [c.id, c.name])).toEqual([[want[0][0], "Đề án thành lập các Tổng công ty điện lực hoạt động theo mô hình công ty mẹ - công ty con"]]);
    expect(text.slice(found[0].start, found[0].end)).toBe("\u00d0ề án thành lập các Tổng công ty điện lực hoạt động theo mô hình công ty mẹ \u2013 công ty con");
  });
  it("names the document as the laws by name are named where the copy needs preparing: look-alikes repaired (fresh51c-001's drafting)", () => {
    const text = "Căn cứ điều lệ \u00d0ảng cộng sản Việt Nam;\nCăn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 \u2013 2025;\nCăn cứ Luật Phòng, chống tác hại của rượu \u2013 bia năm 2019;\n";
    expect(extract(text).map((c) => [c.id, c.name])).toEqual([
      ["charter:dieu-le-dang-cong-san-viet-nam@?", "điều lệ Đảng cộng sản Việt Nam"],
      ["resolution:nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xvii-nhiem-ky-2020-2025@?", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025"],
      ["law:phong-chong-tac-hai-ruou-bia@2019", "Phòng, chống tác hại của rượu - bia"],
    ]);
  });
  it("reads a decomposed copy of many items in time linear in their number (the text prepared once)", () => {
    const items = "Căn cứ Đề án thành lập các Tổng công ty điện lực ( Tờ trình số 565/TTr-EVN ngày 10 tháng 11 năm 2009 ) ;\n".normalize("NFD");
    expect(cpuRatio((t) => extract(t), items.repeat(2_000), items.repeat(500), 3, 9)).toBeLessThan(9);
  }, 60_000);
});

// named65: numberOfLastListedLaw, a listing's row that is an amending law's title closed by a number. The row's own
// number field says whose number it is: the row's own (listing54 row 16, 141/2025/QH15), or the law the title lists
// last (dut.udn.vn's row of 123/2025/QH15, "… của Luật Giáo dục số 43/2019/QH14", fixtures/fresh/listing65 row 21),
// whose named citation and number are then one mention.
const row = (text: string, number: string, date?: string) => analyze(text, { known: { number, ...(date ? { date } : {}) } });
const cited = (text: string, number: string, date?: string) => row(text, number, date).citations.map((c) => [text.slice(c.start, c.end), c.form, c.role, c.id, c.name ?? null]);

describe("a listing row's amending title closed by a number not the row's own", () => {
  it("gives the number to the law the title lists, name and number one mention amended (listing65 row 21)", () => {
    const text = "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/QH14";
    expect(cited(text, "123/2025/QH15", "10/12/2025")).toEqual([
      ["Luật sửa đổi, bổ sung một số điều của", "named", "self", "123/2025/QH15", "sửa đổi, bổ sung một số điều của Luật Giáo dục"],
      ["Luật Giáo dục số 43/2019/QH14", "full", "amends", "43/2019/QH14", "Giáo dục"],
    ]);
    const a = row(text, "123/2025/QH15", "10/12/2025");
    expect(a.relations.filter((r) => r.type !== "references").map((r) => [r.type, r.to])).toEqual([["amends", "43/2019/QH14"]]);
    // An ordinance's title so, the number the ordinance's.
    expect(cited("Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Dân số số 06/2003/PL-UBTVQH11", "08/2008/PL-UBTVQH12").slice(1)).toEqual([
      ["Pháp lệnh Dân số số 06/2003/PL-UBTVQH11", "full", "amends", "06/2003/PL-UBTVQH11", "Dân số"],
    ]);
    // A code's title so (its number reads as a law's).
    expect(cited("Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13", "12/2017/QH14", "20/06/2017").slice(1)).toEqual([
      ["Bộ luật Hình sự số 100/2015/QH13", "full", "amends", "100/2015/QH13", "Hình sự"],
    ]);
    // Two laws listed: the number the last one's, the first named alone.
    expect(cited("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương số 77/2015/QH13", "47/2019/QH14").slice(1).map((c) => [c[0], c[2], c[3]])).toEqual([
      ["Luật Tổ chức Chính phủ", "amends", "law:to-chuc-chinh-phu@?"],
      ["Luật Tổ chức chính quyền địa phương số 77/2015/QH13", "amends", "77/2015/QH13"],
    ]);
  });

  it("keeps the number the row's own where it is (listing54 row 16, listing56 row 156), or where the row gives none", () => {
    const own = "Luật Sửa đổi, bổ sung một số điều của Luật Quản lý nợ công số 141/2025/QH15";
    expect(cited(own, "141/2025/QH15", "2025-12-10")).toEqual([
      ["Luật Sửa đổi, bổ sung một số điều của", "named", "self", "141/2025/QH15", "Sửa đổi, bổ sung một số điều của Luật Quản lý nợ công"],
      ["Luật Quản lý nợ công", "named", "amends", "law:quan-ly-no-cong@?", "Quản lý nợ công"],
      ["số 141/2025/QH15", "full", "self", "141/2025/QH15", null],
    ]);
    expect(cited("Luật sửa đổi, bổ sung một số điều của Luật tổ chức Quốc hội số 83/2007/QH11 của Quốc hội XI", "83/2007/QH11").map((c) => c[2])).toEqual(["self", "amends", "self"]);
    // No known number (a text, not a row): the words alone do not say, and nothing is joined.
    expect(analyze("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/QH14").citations.map((c) => c.form)).toEqual(["named", "named", "full"]);
    // extract() alone is unchanged.
    expect(extract("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/QH14").map((c) => c.raw)).toEqual([
      "Luật sửa đổi, bổ sung một số điều của",
      "Luật Giáo dục",
      "số 43/2019/QH14",
    ]);
  });

  it("not where another word stands between the law and the number, nor a number of another kind", () => {
    // "của Quốc hội" between: the number is read as before (the title's close), nothing joined.
    const between = cited("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục của Quốc hội, số 43/2019/QH14", "123/2025/QH15");
    expect(between.filter((c) => c[1] === "full").map((c) => c[4])).toEqual([null]);
    // A decree's number after a law's name is no number of that law.
    const decree = cited("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/NĐ-CP", "123/2025/QH15");
    expect(decree.find((c) => c[3] === "43/2019/NĐ-CP")?.[4] ?? null).toBe(null);
  });
});
