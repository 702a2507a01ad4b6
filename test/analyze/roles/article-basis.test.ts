/**
 * src/analyze/roles/article-basis.ts: a clause of an article that opens with "Căn cứ X" in a document
 * whose preamble holds its basis is no basis of the document. Shapes from fresh29c-019 (Nghị quyết of
 * HĐND TP Hồ Chí Minh, 2007) and full32c-001 (3210/QĐ-UBND, UBND TP Hồ Chí Minh, 2014); the preamble,
 * a letter's and a plan's own "Căn cứ" stay based_on.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { roles } from "../../helpers/roles.js";


describe("an article's 'Căn cứ' is no basis of the document", () => {
  it("a council's article 'Điều 1. … ⏎ Căn cứ Nghị quyết số X …, Hội đồng nhân dân thành phố ghi nhận:' does not rest the resolution on X", () => {
    const a = analyze(
      "NGHỊ QUYẾT\nVỀ DỰ TOÁN VÀ PHÂN BỔ NGÂN SÁCH THÀNH PHỐ NĂM 2008\nHỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n" +
        "Căn cứ Quyết định số 3658/QĐ-BTC ngày 20 tháng 11 năm 2007 của Bộ Tài chính về việc giao dự toán thu, chi ngân sách nhà nước năm 2008;\n" +
        "Sau khi xem xét báo cáo của Ủy ban nhân dân thành phố,\nQUYẾT NGHỊ:\n\nĐiều 1. Về thực hiện ngân sách thành phố năm 2007\n\n" +
        "Căn cứ Nghị quyết số 60/2006/NQ-HĐND ngày 07 tháng 12 năm 2006 của Hội đồng nhân dân thành phố về dự toán và phân bổ ngân sách năm 2007, Hội đồng nhân dân thành phố ghi nhận:\n",
    );
    expect(roles(a)).toEqual(["3658 based_on", "60 references"]);
  });

  it("a task under the articles ('1.1. Ủy ban nhân dân Thành phố: ⏎ - Căn cứ Quyết định số X và Thông tư số Y tổ chức lập …') is no basis", () => {
    const a = analyze(
      "QUYẾT ĐỊNH\nVỀ BAN HÀNH KẾ HOẠCH\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n" +
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ người có công với cách mạng về nhà ở.\n" +
        "III. TỔ CHỨC THỰC HIỆN\n1.1. Ủy ban nhân dân Thành phố:\n\n" +
        "- Căn cứ Quyết định số 22/2013/QĐ-TTg và Thông tư số 09/2013/TT-BXD tổ chức lập và phê duyệt Đề án hỗ trợ người có công với cách mạng về nhà ở.\n",
    );
    expect(roles(a)).toEqual(["22 references", "09 references"]);
  });

  it("the preamble's list, and a letter's own 'Căn cứ' (no preamble), stay based_on", () => {
    const decision = analyze(
      "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ;\n" +
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n",
    );
    expect(roles(decision)).toEqual(["63 based_on"]);
    const letter = analyze(
      "BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 118/BKHĐT-QLĐT\nHà Nội, ngày 04 tháng 01 năm 2024\nKính gửi: Thủ tướng Chính phủ.\n" +
        "I. VỀ TÌNH HÌNH THU HÚT ĐẦU TƯ\nCăn cứ chỉ đạo của Phó Thủ tướng Chính phủ tại công văn số 477/TB-VPCP, Bộ Kế hoạch và Đầu tư xin báo cáo bổ sung một số nội dung sau:\n",
    );
    expect(roles(letter)).toEqual(["118 self", "477 based_on"]);
  });
});
