/**
 * The role reading (src/analyze/roles/): the document's own name and the decision an annex is attached to
 * (src/analyze/roles/with-self.ts).
 * Each way real drafting states a relation (issue 12; DOMAIN.md §4), one sentence shape per test,
 * taken from published documents (the development corpus and the seeds).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";

const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.from} ${r.type} ${r.to}`);
/** A decision laid out as published: title, preamble, enacting line, articles, signature, recipients. */
const decision = (preamble: string, articles: string, tail = "") =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 150/QĐ-UBND\nBình Dương, ngày 10 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành quy định\nỦY BAN NHÂN DÂN TỈNH\n${preamble}\nQUYẾT ĐỊNH:\n${articles}\n${tail}`;

describe("laws named without a number", () => {
  it("take roles like any citation, and a name before a number joins them", () => {
    const a = analyze(
      decision(
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003 ;\nCăn cứ Luật Đất đai số 13/2003/QH11 ngày 26/11/2003;\n" +
          "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân được Quốc hội thông qua ngày 26 tháng 11 năm 2003;",
        "Điều 1. Hướng dẫn thi hành Luật Phòng, chống tham nhũng năm 2005.",
      ),
    );
    expect(a.citations.filter((c) => c.role !== "self").map((c) => [c.form, c.id, c.role, c.name])).toEqual([
      ["named", "law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003", "based_on", "Tổ chức HĐND và UBND"],
      ["full", "13/2003/QH11", "based_on", "Đất đai"],
      ["named", "law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003", "based_on", "Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân"],
      ["named", "law:phong-chong-tham-nhung@2005", "guides", "Phòng, chống tham nhũng"],
    ]);
  });

  it("an amending law named by the laws it amends, each with its number, amends each of them ('Luật sửa đổi, bổ sung một số điều của Luật A số X, Luật B số Y … ngày …')", () => {
    // Invented, in the pattern of the official names of 2024; the same as the amending law cited by its own number says with its cue.
    const law = "law:sua-doi-bo-sung-mot-so-dieu-luat-thuy-loi-luat-de-dieu-luat-lam-nghiep@2024";
    const a = analyze(
      decision(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14, Luật Đê điều số 79/2006/QH11 và Luật Lâm nghiệp số 16/2017/QH14 ngày 20 tháng 6 năm 2024;\nCăn cứ Nghị định số 67/2018/NĐ-CP ngày 14/5/2018 của Chính phủ quy định chi tiết một số điều của Luật Thủy lợi;",
        "Điều 1. Ban hành quy định.",
      ),
    );
    // The law named later by its name alone is the first law listed, whose number the list gives.
    expect(a.citations.filter((c) => c.role !== "self").map((c) => [c.id, c.role, c.date])).toEqual([
      [law, "based_on", "2024-06-20"],
      ["08/2017/QH14", "references", null],
      ["79/2006/QH11", "references", null],
      ["16/2017/QH14", "references", null],
      ["67/2018/NĐ-CP", "based_on", "2018-05-14"],
      ["08/2017/QH14", "references", null],
    ]);
    expect(nested(a)).toEqual([`${law} amends 08/2017/QH14`, `${law} amends 79/2006/QH11`, `${law} amends 16/2017/QH14`, "67/2018/NĐ-CP guides 08/2017/QH14"]);
    // Undated, the same relations from the law named without a year.
    const b = analyze(decision("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14 và Luật Đê điều số 79/2006/QH11;", "Điều 1. Ban hành quy định."));
    const undated = "law:sua-doi-bo-sung-mot-so-dieu-luat-thuy-loi-luat-de-dieu@?";
    expect(nested(b)).toEqual([`${undated} amends 08/2017/QH14`, `${undated} amends 79/2006/QH11`]);
    // Laws listed by their numbers in a basis that amends nothing: no relation between them.
    expect(nested(analyze(decision("Căn cứ Luật Thủy lợi số 08/2017/QH14, Luật Đê điều số 79/2006/QH11 ngày 29 tháng 11 năm 2006;", "Điều 1. Ban hành quy định.")))).toEqual([]);
  });
});

describe("'(Ban hành kèm theo …)' under the title", () => {
  const circular = (heading: string) =>
    `BỘ TÀI CHÍNH\n${heading}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 01 tháng 11 năm 2000\nTHÔNG TƯ\nHướng dẫn thực hiện Quy chế quản lý vốn viện trợ\n(Ban hành kèm theo Quyết định số 28/1999/QĐ-TTg ngày 23/2/1999 của Thủ tướng Chính phủ)\n\nThực hiện Quyết định số 28/1999/QĐ-TTg, Bộ Tài chính hướng dẫn như sau:\n`;

  it("names what issued a document printed without a number of its own (attached rules)", () => {
    const a = analyze(circular("").replace("THÔNG TƯ", "QUY CHẾ").replace("Hướng dẫn thực hiện Quy chế", "Quản lý"));
    expect(a.citations[0].role).toBe("promulgated_by");
  });

  it("is not what issued a document numbered on its own: its title names the rules the parenthesis speaks of, and says what it does to them", () => {
    const a = analyze(circular("Số: 04/2000/TT-BTC\n"));
    expect(a.self.id).toBe("04/2000/TT-BTC");
    // Before: promulgated_by, as if the circular were attached to the decision.
    expect(a.citations.map((c) => c.role)).toEqual(["self", "guides", "implements"]);
    const amending = analyze(
      circular("Số: 05/2001/TT-BTC\n")
        .replace("Hướng dẫn thực hiện Quy chế", "Sửa đổi, bổ sung một số điều của Quy chế")
        .replace("Thực hiện Quyết định", "Theo Quyết định"),
    );
    expect(amending.citations.map((c) => c.role)).toEqual(["self", "amends", "references"]);
  });

  it("is read so only right under the title: further down, the clause's own reading stands", () => {
    const a = analyze(circular("Số: 04/2000/TT-BTC\n").replace("(Ban hành kèm theo", "Nội dung sau.\n(Ban hành kèm theo"));
    expect(a.citations[1].role).not.toBe("guides");
  });
});

describe("a listing's row naming its own kind and number, without a ký hiệu", () => {
  // Two education offices' pages print a circular's and a decree's subject line so (fixtures/fresh/listing32 rows 8, 9).
  it.each([
    ["THÔNG TƯ 19", { number: "19/2018/TT-BGDĐT", date: "10/10/2018" }],
    ["NGHỊ ĐỊNH 20", { number: "20/2014/NĐ-CP", date: "15/05/2014" }],
  ])("'%s' is the row's own document, not a reference to another", (line, known) => {
    const a = analyze(line, { known });
    expect(a.citations.map((c) => [c.id, c.role])).toEqual([[a.self.id, "self"]]);
    expect(a.relations).toEqual([]);
  });

  it("another number, or the same number of another year, stays a reference", () => {
    expect(analyze("THÔNG TƯ 19", { known: { number: "20/2018/TT-BGDĐT", date: "10/10/2018" } }).citations.map((c) => c.role)).toEqual(["references"]);
    expect(analyze("THÔNG TƯ 19/2016", { known: { number: "19/2018/TT-BGDĐT", date: "10/10/2018" } }).citations.map((c) => c.role)).toEqual(["references"]);
  });
});

describe("an annex's decision", () => {
  it("after \"(kèm theo\", a list is what a notice sends, not the decision an annex is attached to", () => {
    const t = "THÔNG BÁO\nVề việc công bố kết luận thanh tra\nThanh tra tỉnh đã công bố các kết luận.\n(kèm theo Kết luận thanh tra số: 09, 10, 11, 12/KL-TTr ngày 20/6/2024 của Chánh Thanh tra tỉnh)";
    expect(analyze(t).citations.map((c) => [c.id, c.role])).toEqual(["09", "10", "11", "12"].map((n) => [`${n}/KL-TTr@2024`, "references"]));
  });

  it("two decisions each written in full after \"(Ban hành kèm theo\" are no list of numbers: the first is the annex's decision as before", () => {
    const t = "QUY ĐỊNH\nVề bảng giá đất trên địa bàn tỉnh\n(Ban hành kèm theo Quyết định số 20/2019/QĐ-UBND và Quyết định số 21/2019/QĐ-UBND ngày 20/6/2019 của Ủy ban nhân dân tỉnh)";
    expect(analyze(t).citations.map((c) => c.role)[0]).toBe("promulgated_by");
  });
});
