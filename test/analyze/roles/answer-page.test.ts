import { describe, expect, it } from "vitest";
import { roleOfNumber as roleOf } from "../../helpers/roles.js";

// A page answering a reader's question (a newspaper's Q&A, a portal's "Trả lời công dân", a law site's "hỏi đáp")
// is no document: the answer's "Căn cứ <units> <document> …" names the rule it answers from (fixtures/fresh/CONVENTIONS.md
// §3 as the sets read Q&A pages; fresh60c-002, -006, fresh60g-001, -002, -005, -007).
describe("an answer to a reader's question rests on nothing it cites", () => {
  it("\"… hỏi: … BHXH TP HCM trả lời: … Căn cứ điểm 1.2 khoản 1 điều 38 Quyết định 595/QĐ-BHXH thì …\" (fresh60c-006)", () => {
    const text =
      "Nguyễn Hữu Nam (quận Bình Thạnh, TP HCM) hỏi: “Người lao động đi làm việc ở nước ngoài có phải đóng BHXH bắt buộc không?”.\n\n" +
      "BHXH TP HCM trả lời: Mức đóng được quy định tại khoản 2 điều 85 Luật BHXH năm 2014. Căn cứ điểm 1.2 khoản 1 điều 38 Quyết định 595/QĐ-BHXH thì NLĐ sau khi chấm dứt hợp đồng lao động về nước phải truy đóng BHXH.\n";
    expect(roleOf(text, "595")).toBe("references");
  });

  it("\"… trả lời như sau: … Căn cứ Tiết a, Điểm 2 Công văn số 4996/BHXH-CSYT …\" (fresh60g-002)", () => {
    const text =
      "(Chinhphu.vn) – Bà Trịnh Thị Hồng Minh (tỉnh Nghệ An) hỏi: Bà tôi có thể sử dụng thẻ mã CK2 thay CT4 có được không?\n\n" +
      "Về vấn đề này, BHXH tỉnh Nghệ An trả lời như sau:\n\n" +
      "Căn cứ Tiết a, Điểm 2 Công văn số 4996/BHXH-CSYT ngày 17/12/2017 của BHXH Việt Nam có nêu, người có thẻ BHYT mang mã quyền lợi 3 hoặc 4 được chuyển lên mã quyền lợi số 2.\n";
    expect(roleOf(text, "4996")).toBe("references");
  });

  it("a question's line above \"Căn cứ …\", and the basis's amender in brackets (fresh60g-007)", () => {
    const text =
      "Điều khiển xe máy vượt đèn đỏ bị xử phạt vi phạm hành chính như thế nào?\n" +
      "Căn cứ khoản 4 Điều 6 Nghị định 100/2019/NĐ-CP (được sửa đổi bởi điểm g Khoản 34 Điều 2 Nghị định 123/2021/NĐ-CP) quy định như sau:\n" +
      "- Phạt tiền từ 800.000 đồng đến 1.000.000 đồng đối với người điều khiển xe thực hiện một trong các hành vi vi phạm sau đây:\n";
    expect(roleOf(text, "100")).toBe("references");
    expect(roleOf(text, "123")).toBe("references");
  });

  it("a question standing only as the page's title, a byline between (fresh63c-002)", () => {
    const text =
      "# Nguyên tắc xử lý hóa đơn sai sót theo Nghị định 70/2025/NĐ-CP? Mẫu 04/SS-HĐĐT thông báo hóa đơn sai sót tải ở đâu?\n\n" +
      "**Nguyên tắc xử lý hóa đơn sai sót theo Nghị định 70/2025/NĐ-CP**\n\n" +
      "**Về vấn đề này, Luật sư Nguyễn Thụy Hân, Phụ trách mạng Cộng Đồng Ngành Luật của LawSoft giải đáp như sau:**\n\n" +
      "Căn cứ theo Điều 19 Nghị định 123/2020/NĐ-CP được sửa đổi, bổ sung bởi khoản 13 Điều 1 Nghị định 70/2025/NĐ-CP có hiệu lực từ ngày 01/06/2025 quy định về nguyên tắc xử lý hóa đơn sai sót như sau:\n";
    expect(roleOf(text, "123")).toBe("references");
    expect(roleOf(text, "70")).toBe("references");
  });

  it("a question title, then bold link lines, then \"Căn cứ theo Mục 5 Kết luận 83-KL/TW …\" (fresh63c-006)", () => {
    const text =
      "# Bỏ hệ số lương, lương cơ sở sau 2026 xây dựng lương cơ bản trong bảng lương mới CBCCVC khi cải cách tiền lương đúng không?\n\n" +
      "**Mới: Bảng lương mới giáo viên các cấp sau 2026**\n\n" +
      "**>> Bỏ lương cơ sở, hệ số lương sau 2026 thì có bỏ bậc lương khi thực hiện cải cách tiền lương**\n\n" +
      "Căn cứ theo Mục 5 Kết luận 83-KL/TW năm 2024, Bộ Chính trị có kết luận nội dung một số nội dung về thời điểm cải cách tiền lương như sau:\n";
    expect(roleOf(text, "83")).toBe("references");
  });
});

describe("a letter that answers rests on what it cites", () => {
  const answer =
    "Trả lời công văn số 1015/AIC-KTTC ngày 09/07/2015 của Công ty Cổ phần Tiến Bộ Quốc Tế hỏi về chính sách thuế, Cục thuế Thành phố Hà Nội có ý kiến như sau:\n\n" +
    "Căn cứ Khoản 1, Điều 6 Thông tư số 78/2014/TT-BTC ngày 18/06/2014 của Bộ Tài chính quy định các khoản chi được trừ khi xác định thu nhập chịu thuế:\n";

  it("under its header (\"Số: 47024/CT-HTr\", fresh30b-020)", () => {
    const text = `Số: 47024/CT-HTr\nV/v chính sách thuế.\n\nKính gửi: Công ty Cổ phần Tiến Bộ Quốc Tế\n\n${answer}`;
    expect(roleOf(text, "78")).toBe("based_on");
  });

  it("printed without its header: \"Trả lời công văn số …\" takes an object, no answer's colon", () => {
    expect(roleOf(answer, "78")).toBe("based_on");
  });

  it("a decision under a site's question title stays a decision (its kind read)", () => {
    const text =
      "Bãi bỏ 9 văn bản quy phạm pháp luật do Bộ trưởng Bộ Công an ban hành từ 2025 theo Thông tư 06/2025/TT-BCA?\n" +
      "ỦY BAN NHÂN DÂN TỈNH AN GIANG\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\n\n" +
      "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;\n";
    expect(roleOf(text, "77")).toBe("based_on");
  });

  it("a page's \"Trả lời:\" under a header's number line stays a letter's (a question read in it asks nothing of a reader)", () => {
    const text = `Số: 120/BHXH-CSXH\nV/v trả lời đơn của công dân\n\nBà Nguyễn Thị A hỏi về chế độ thai sản.\nTrả lời:\nCăn cứ khoản 1 Điều 31 Luật Bảo hiểm xã hội số 58/2014/QH13, BHXH tỉnh hướng dẫn như sau:\n`;
    expect(roleOf(text, "58")).toBe("based_on");
  });
});
