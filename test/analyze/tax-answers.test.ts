/**
 * Answer letters of the tax and customs offices (Tổng cục Thuế, Cục Thuế, Cục Hải quan): they tell a
 * taxpayer how an invoice or a declaration is replaced, corrected or kept, and cite the letter or the
 * rule that allows it. "thay thế" there replaces an invoice, not the document cited after it.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import type { Analysis } from "../../src/types.js";

const roles = (a: Analysis) => a.citations.filter((c) => c.form === "full" && c.role !== "self").map((c) => `${c.number} ${c.role}`);
/** A tax office's answer: its heading, its number line, its subject, the addressee, then the body given. */
const answer = (body: string) =>
  `BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 2728/TCT-DNL\nV/v: Thực hiện quy định về hóa đơn.\nHà Nội, ngày 18 tháng 07 năm 2014\n\nKính gửi: Cục thuế tỉnh Đắk Nông.\n\n${body}\n`;

describe("'thay thế A bằng B': what is replaced is named before the document", () => {
  it("a topic line ending with a colon carries no act to the letter cited on the next line (2728/TCT-DNL)", () => {
    const a = analyze(answer("- Về việc thay thế liên 1 hóa đơn bằng bảng kê chi tiết số hóa đơn thực tế đã lập:\nTổng cục thuế có công văn số 3909/TCT-DNL ngày 31/10/2011 hướng dẫn Tập đoàn VNPT thực hiện hóa đơn đối với dịch vụ viễn thông."));
    expect(roles(a)).toEqual(["3909 references"]);
  });

  it("in one sentence, the document after 'bằng …' is where the practice is allowed", () => {
    const a = analyze("Do đó, VNPT Đắk Nông chỉ lập Liên 2, thay thế Liên 1 bằng Bảng kê chi tiết hóa đơn đã lập là thực hiện theo hướng dẫn của Tổng cục Thuế tại công văn số 3909/TCT-DNL nêu trên.");
    expect(roles(a)).not.toContain("3909 replaces");
  });

  it("a document named before 'bằng' is the one acted on", () => {
    const a = analyze(answer("Điều 2. Thay thế Phụ lục I ban hành kèm theo Thông tư số 39/2014/TT-BTC bằng Phụ lục I ban hành kèm theo Thông tư này."));
    expect(roles(a)).toEqual(["39 replaces"]);
  });
});

describe("'thay thế theo X': replaced as X says", () => {
  it("an invoice replaced under the decree (MISA's guide to invoices under Nghị định 123/2020/NĐ-CP)", () => {
    const a = analyze("Cho phép khách hàng lập hóa đơn thay thế theo Nghị định 123/2020/NĐ- CP (được sửa đổi, bổ sung bởi Nghị định 70/2025/NĐ-CP) cho hóa đơn sai sót đã gửi khách hàng.");
    expect(roles(a)).not.toContain("123 replaces");
  });

  it("the closing article's 'thay thế' still replaces the document it names", () => {
    const a = analyze(answer("Quyết định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 11/2007/QĐ-KTNN ngày 10/12/2007 của Tổng Kiểm toán Nhà nước."));
    expect(roles(a)).toEqual(["11 replaces"]);
  });
});
