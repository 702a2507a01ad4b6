/**
 * A news page that tells of submissions or drafts and lists what they are about (session 43, helper
 * pairs43): "… thảo luận các Tờ trình của UBND thành phố về nghị quyết điều chỉnh Nghị quyết số 13 …;
 * điều chỉnh Nghị quyết số 14 …" (pairs43-003), "… xem xét các Tờ trình của UBND tỉnh về: …; sửa đổi, bổ
 * sung Nghị quyết số 47 …" (pairs43-005), "Các dự thảo văn bản …, gồm 8 Nghị quyết …, 5 Quyết định … về
 * các nội dung: …; triển khai thực hiện Nghị quyết số 07/2025/NQ-CP …" (fresh42b-007). The list's verbs
 * are the drafts': the page acts on nothing. A document's own acts and a page's own "Thực hiện X, …" stay.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";

/** The text's own relations to the documents it acts on or by (references left out), as "type target". */
const edges = (a: Analysis) =>
  a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${r.to.replace(/[@~].*/u, "")}`);

describe("a news page's list of what submissions and drafts are about", () => {
  it.each([
    [
      "'thảo luận các Tờ trình của UBND thành phố về nghị quyết điều chỉnh …; điều chỉnh Nghị quyết số 14/NQ-HĐND …' amends nothing (pairs43-003)",
      "Chiều ngày 04/11, HĐND thành phố Thủ Dầu Một đã tổ chức kỳ họp thứ 14 khóa XII nhiệm kỳ 2021-2026 (kỳ họp chuyên đề).\nHình ảnh tại Kỳ họp\nTại kỳ họp, đại biểu HĐND thành phố đã xem xét, thảo luận các Tờ trình của UBND thành phố về nghị quyết điều chỉnh Nghị quyết số 13/NQ-HĐND ngày 16/7/2024 về việc điều chỉnh Nghị quyết số 31/NQ-HĐND ngày 13/12/2023 của Hội đồng nhân dân về dự toán thu ngân sách nhà nước trên địa bàn; điều chỉnh Nghị quyết số 14/NQ-HĐND ngày 16/7/2024 về việc điều chỉnh Kế hoạch đầu tư công trung hạn 2021-2025 (Lần 7); điều chỉnh Nghị quyết số 15/NQ-HĐND ngày 16/7/2024 về việc điều chỉnh Kế hoạch đầu tư công năm 2024 (Lần 3); báo cáo thẩm tra Nghị quyết thuộc lĩnh vực Kinh tế - Xã hội trình tại kỳ họp. Đồng thời, tại kỳ họp đại biểu đã biểu quyết thông qua 03 Nghị quyết.\n",
    ],
    [
      "'xem xét các Tờ trình của UBND tỉnh về: …; sửa đổi, bổ sung Nghị quyết số 47 ngày 13/12/2019 …' amends nothing (pairs43-005)",
      "Kỳ họp thứ 22 (kỳ họp chuyên đề), HĐND tỉnh khóa XIII\nThứ 6, 21/03/2025 | 15:45\nKỳ họp chuyên đề lần này xem xét các Tờ trình của UBND tỉnh về: Điều chỉnh dự toán ngân sách nhà nước năm 2025; điều chỉnh, bổ sung kế hoạch đầu tư công năm 2025; sửa đổi, bổ sung Nghị quyết số 47 ngày 13/12/2019 của HĐND tỉnh về ban hành Bảng giá các loại đất; thông qua danh mục công trình, dự án Nhà nước thu hồi đất và quyết định một số nội dung quan trọng khác theo thẩm quyền.\n",
    ],
    [
      "'Các dự thảo văn bản …, gồm 8 Nghị quyết …, 5 Quyết định … về các nội dung: …; triển khai thực hiện Nghị quyết số 07/2025/NQ-CP …' carries nothing out (fresh42b-007)",
      "Thảo luận, cho ý kiến vào các dự thảo Nghị quyết của HĐND, Quyết định của UBND tỉnh\n\nNgày 16/10, UBND tỉnh họp nghe Sở Nội vụ báo cáo nội dung dự thảo các Nghị quyết của HĐND, Quyết định của UBND tỉnh.\n\nCác dự thảo văn bản được Sở Nội vụ báo cáo tại cuộc họp, gồm 8 Nghị quyết của HĐND tỉnh, 5 Quyết định của UBND tỉnh về các nội dung: Chính sách hỗ trợ đối với Bí thư chi bộ trên địa bàn tỉnh; triển khai thực hiện Nghị quyết số 07/2025/NQ-CP ngày 17/9/2025 của Chính phủ về chính sách, chế độ đối với đối tượng chịu sự tác động do thực hiện sắp xếp tổ chức bộ máy; quy định mức hỗ trợ đối với người làm công tác quản lý nghĩa trang liệt sĩ trên địa bàn tỉnh.\n",
    ],
  ])("%s", (_title, text) => {
    expect(edges(analyze(text))).toEqual([]);
  });

  it("a page's own 'Thực hiện Kế hoạch số 48/UBND-TP …, UBND xã … hướng dẫn' still carries the plan out (fresh42b-011)", () => {
    const a = analyze(
      "NGHỊ QUYẾT Sửa đổi, bổ sung một số điều của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013\n\nNgày 19/05/2025 00:00:00\n\nThực hiện Kế hoạch số 48/UBND-TP ngày 15/5/2025 của UBND xã Tế Lợi về việc triển khai kế hoạch số 05/KH-UBDTSĐHP ngày 05/5/2025 về tổ chức lấy ý kiến nhân dân về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp 2013.\n\nUBND xã Tế Lợi hướng dẫn người dân thực hiện việc đóng góp ý kiến trên ứng dụng VneID như sau:\n",
    );
    expect(edges(a)).toContain("implements 48/UBND-TP");
  });

  it("a council's resolution still amends what its article names after 'Xét Tờ trình số … về …'", () => {
    const a = analyze(
      "HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 12/2025/NQ-HĐND\nBình Định, ngày 21 tháng 3 năm 2025\nNGHỊ QUYẾT\nSửa đổi, bổ sung Nghị quyết số 47/2019/NQ-HĐND ngày 13 tháng 12 năm 2019 của Hội đồng nhân dân tỉnh ban hành Bảng giá các loại đất\nHỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH\nXét Tờ trình số 30/TTr-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh về dự thảo Nghị quyết sửa đổi, bổ sung Nghị quyết số 47/2019/NQ-HĐND; Báo cáo thẩm tra số 10/BC-KTNS ngày 18 tháng 3 năm 2025 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.\nQUYẾT NGHỊ:\nĐiều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 47/2019/NQ-HĐND như sau:\n",
    );
    expect(edges(a)).toContain("amends 47/2019/NQ-HĐND");
  });
});
