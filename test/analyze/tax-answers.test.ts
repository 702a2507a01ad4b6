/**
 * Answer letters of the tax and customs offices (Tổng cục Thuế, Cục Thuế, Cục Hải quan): they tell a
 * taxpayer how an invoice or a declaration is replaced, corrected or kept, and cite the letter or the
 * rule that allows it. "thay thế" there replaces an invoice, not the document cited after it.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { citedRoles } from "../helpers/roles.js";

/** A tax office's answer: its heading, its number line, its subject, the addressee, then the body given. */
const answer = (body: string) =>
  `BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 2728/TCT-DNL\nV/v: Thực hiện quy định về hóa đơn.\nHà Nội, ngày 18 tháng 07 năm 2014\n\nKính gửi: Cục thuế tỉnh Đắk Nông.\n\n${body}\n`;

describe("'thay thế A bằng B': what is replaced is named before the document", () => {
  it("a topic line ending with a colon carries no act to the letter cited on the next line (2728/TCT-DNL)", () => {
    const a = analyze(answer("- Về việc thay thế liên 1 hóa đơn bằng bảng kê chi tiết số hóa đơn thực tế đã lập:\nTổng cục thuế có công văn số 3909/TCT-DNL ngày 31/10/2011 hướng dẫn Tập đoàn VNPT thực hiện hóa đơn đối với dịch vụ viễn thông."));
    expect(citedRoles(a)).toEqual(["3909 references"]);
  });

  it("in one sentence, the document after 'bằng …' is where the practice is allowed", () => {
    const a = analyze("Do đó, VNPT Đắk Nông chỉ lập Liên 2, thay thế Liên 1 bằng Bảng kê chi tiết hóa đơn đã lập là thực hiện theo hướng dẫn của Tổng cục Thuế tại công văn số 3909/TCT-DNL nêu trên.");
    expect(citedRoles(a)).not.toContain("3909 replaces");
  });

  it("a document named before 'bằng' is the one acted on", () => {
    const a = analyze(answer("Điều 2. Thay thế Phụ lục I ban hành kèm theo Thông tư số 39/2014/TT-BTC bằng Phụ lục I ban hành kèm theo Thông tư này."));
    expect(citedRoles(a)).toEqual(["39 replaces"]);
  });
});

describe("'thay thế theo X': replaced as X says", () => {
  it("an invoice replaced under the decree (MISA's guide to invoices under Nghị định 123/2020/NĐ-CP)", () => {
    const a = analyze("Cho phép khách hàng lập hóa đơn thay thế theo Nghị định 123/2020/NĐ- CP (được sửa đổi, bổ sung bởi Nghị định 70/2025/NĐ-CP) cho hóa đơn sai sót đã gửi khách hàng.");
    expect(citedRoles(a)).not.toContain("123 replaces");
  });

  it("the closing article's 'thay thế' still replaces the document it names", () => {
    const a = analyze(answer("Quyết định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 11/2007/QĐ-KTNN ngày 10/12/2007 của Tổng Kiểm toán Nhà nước."));
    expect(citedRoles(a)).toEqual(["11 replaces"]);
  });
});

describe("a letter's 'hướng dẫn <việc> theo X' guides the work done under X, not X (fixtures/fresh/fresh30b)", () => {
  /** A tax department's letter to its own units, as published (10171/CT-TTHT, Cục Thuế TP. Hồ Chí Minh, 2009). */
  const hcm = (subject: string, body: string) =>
    `TỔNG\nCỤC THUẾ\nCỤC THUẾ TP. HỒ CHÍ MINH\n-------\n|\nSố: 10171/CT-TTHT\nV/v ${subject}\n|\nTP.\nHồ Chí Minh , ngày 30 tháng 12 năm 2009\n|\nKính\ngởi :\n|\n- Các Chi Cục Thuế quận, huyện\n|\n${body}\n`;

  it("the subject line and the body name the circular the filing follows: based_on from its Căn cứ, never guides (10171/CT-TTHT)", () => {
    const a = analyze(
      hcm(
        "Hướng dẫn kê khai và nhập dữ liệu hồ sơ\nkê khai bổ sung điều chỉnh mẫu số 01/KHBS theo Thông tư số 60/2007/TT-BTC",
        "- Căn cứ điểm 5, mục I, phần\nB Thông tư số 60/2007/TT-BTC ngày 14/06/2007 của Bộ Tài Chính hưỡng dẫn thi\nhành một số Điều của Luật Quản lý thuế;\n" +
          "Cục Thuế TP hướng dẫn kê khai và\nnhập dữ liệu hồ sơ kê khai bổ sung, điều chỉnh theo mẫu số 01/KHBS theo Thông\ntư số 60/2007/TT-BTC trên phần mềm quản lý thuế của Tổng Cục Thuế như sau :",
      ),
    );
    expect(new Set(citedRoles(a))).toEqual(new Set(["60 based_on", "60 references"]));
  });

  it("a section heading's guidance carried to the item below it that quotes the circular's annex (10169/BTC-TCHQ)", () => {
    const a = analyze(
      "Kính\ngửi: Cục Hải quan các tỉnh, thành phố\nVề vấn đề này, Bộ Tài chính hướng dẫn như sau:\nI. Hướng dẫn khai\nbáo tờ khai vận chuyển độc lập:\n1. Hồ sơ hải quan:\n" +
        "a) Tờ khai vận chuyển độc lập theo\ncác chỉ tiêu thông tin quy định, tại mục 6 Phụ lục II ban hành kèm theo Thông\ntư 38/2015/TT-BTC .\n",
    );
    expect(citedRoles(a)).toEqual(["38 references"]);
  });

  it("a letter still guides the document its cue names, with no 'theo' between", () => {
    const a = analyze(hcm("hướng dẫn thi hành Nghị định số 85/2007/NĐ-CP", "Cục Thuế TP hướng dẫn như sau:"));
    expect(citedRoles(a)).toEqual(["85 guides"]);
  });

  it("'kèm theo' names no rule the work follows: the forms attached to a circular are the circular's own", () => {
    const a = analyze(hcm("hướng dẫn sử dụng các mẫu biểu kèm theo Thông tư số 156/2013/TT-BTC", "Cục Thuế TP hướng dẫn như sau:"));
    expect(citedRoles(a)).toEqual(["156 guides"]);
  });

  it("a circular guides what it names after 'theo'", () => {
    const a = analyze(
      "BỘ TÀI CHÍNH\nSố: 16/2009/TT-BTC\nHà Nội, ngày 20 tháng 01 năm 2009\nTHÔNG TƯ\nHướng dẫn thực hiện hỗ trợ kinh phí theo Quyết định số 158/2008/QĐ-TTg ngày 02/12/2008 của Thủ tướng Chính phủ\n",
    );
    expect(citedRoles(a)).toContain("158 guides");
  });
});
