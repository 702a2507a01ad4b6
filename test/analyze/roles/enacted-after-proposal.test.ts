/**
 * A proposal carried past its ";" stops at the enacting formula (src/analyze/roles/enacted-after-proposal.ts):
 * the document the issuer's own sentence names is acted on, not proposed.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { roles } from "../../helpers/roles.js";

describe("the enacting formula after 'Theo đề nghị của …;'", () => {
  it("'Chính phủ ban hành Nghị quyết về việc kéo dài thời hạn áp dụng của Nghị định số X': X is no paper of the proposal", () => {
    // Nghị quyết 25/2026/NQ-CP (fixtures/fresh/fresh48a-001), shortened.
    const a = analyze(
      "CHÍNH PHỦ \nSố: 25/2026/NQ-CP \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nHà Nội, ngày 30 tháng 4 năm 2026 \nNGHỊ QUYẾT \n" +
        "Về việc kéo dài thời hạn áp dụng của Nghị định số 72/2026/NĐ-CP ngày 09 tháng 3 năm 2026 của Chính phủ \n" +
        "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; \nTheo đề nghị của Bộ trưởng Bộ Tài chính; \n" +
        "Chính phủ ban hành Nghị quyết về việc kéo dài thời hạn áp dụng của Nghị \nđịnh số 72/2026/NĐ-CP ngày 09 tháng 3 năm 2026 của Chính phủ. \n" +
        "Điều 1. Kéo dài thời hạn áp dụng của Nghị định số 72/2026/NĐ-CP đến hết ngày 30 tháng 6 năm 2026. \n",
    );
    expect(roles(a)).toContain("63 based_on");
    expect(roles(a)).not.toContain("72 proposed_by");
  });

  it("'Bộ trưởng … ban hành Thông tư ngưng hiệu lực của Thông tư số X …', a signature stamp after the ';': no proposed_by", () => {
    // Thông tư 16/2022/TT-BKHĐT (fixtures/fresh/fresh46h-009), shortened.
    const a = analyze(
      "BỘ KẾ HOẠCH VÀ ĐẦU TƯ \nSố: 16/2022/TT-BKHĐT \nHà Nội, ngày 29 tháng 7 năm 2022 \nTHÔNG TƯ \nNgưng hiệu lực thi hành của một số thông tư \n" +
        "Căn cứ Nghị định số 86/2017/NĐ-CP ngày 25 tháng 7 năm 2017 của Chính phủ; \nTheo đề nghị của Cục trưởng Cục Quản lý đấu thầu; \n" +
        "Người ký: Cổng Thông tin điện tử Chính phủ\nEmail: thongtinchinhphu@chinhphu.vn\nCơ quan: Văn phòng Chính phủ\nThời gian ký: 05.08.2022 16:03:32 +07:00\n\n \n" +
        "Bộ trưởng Bộ Kế hoạch và Đầu tư ban hành Thông tư ngưng hiệu lực của \nThông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 và Thông tư số 10/2022/TT-BKHĐT ngày 15 tháng 6 năm 2022. \n" +
        "Điều 1. Ngưng hiệu lực thi hành. \n",
    );
    expect(roles(a)).toContain("86 based_on");
    expect(roles(a).filter((r) => r.endsWith("proposed_by"))).toEqual([]);
  });

  it("a proposal's next paper after the ';' is still proposed: 'Xét Tờ trình số A …; Báo cáo thẩm tra số B …'", () => {
    const a = analyze(
      "HỘI ĐỒNG NHÂN DÂN \nTỈNH BÌNH DƯƠNG \nSố: 12/2020/NQ-HĐND \nBình Dương, ngày 10 tháng 7 năm 2020 \nNGHỊ QUYẾT \nQuy định mức chi \n" +
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; \nXét Tờ trình số 2871/TTr-UBND ngày 22 tháng 6 năm 2020 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số 45/BC-HĐND ngày 01 tháng 7 năm 2020 của Ban Kinh tế - Ngân sách; \n" +
        "Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định mức chi. \nQUYẾT NGHỊ: \nĐiều 1. Quy định mức chi. \n",
    );
    expect(roles(a)).toEqual(expect.arrayContaining(["2871 proposed_by", "45 proposed_by"]));
  });
});
