import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const roleOf = (text: string, match: (c: { number: string | null; raw: string }) => boolean) => analyze(text).citations.find((c) => match(c as never))?.role;
const numbered = (n: string) => (c: { number: string | null }) => c.number === n;

// A scope article names the matter the document governs by the provisions of another that leave it to
// the document: the document details, guides, that other (DOMAIN.md §4 "quy định chi tiết …" → guides).
describe("a scope article naming its matter by another document's provisions", () => {
  const decree =
    "CHÍNH PHỦ\nSố: 135/2026/NĐ-CP\nNGHỊ ĐỊNH\nQuy định cơ chế, chính sách ưu đãi\nCăn cứ Luật Điện lực số 61/2024/QH15;\n\nChương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh \n";

  it("\"Nghị định này quy định về … theo quy định tại điểm g … Điều 64, … Điều 65 của Luật Điện lực số 61/2024/QH15\" (fresh49b-006)", () => {
    const text =
      decree +
      "Nghị định này quy định về các cơ chế, chính sách theo quy định tại điểm \ng và điểm h khoản 1 Điều 64, điểm e và điểm g khoản 1 Điều 65 của Luật Điện \nlực số 61/2024/QH15, bao gồm: \n1. Cơ chế, chính sách ưu đãi.\nĐiều 2. Đối tượng áp dụng\n";
    expect(analyze(text).citations.filter((c) => c.number === "61").map((c) => c.role)).toEqual(["based_on", "guides"]);
  });

  it("an item of the article naming a law by name: \"… quy định tại khoản 5 Điều 24, khoản 6 Điều 41 Luật Thủ đô\" (fresh49b-007)", () => {
    const text =
      "BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 25/2024/TT-BKHĐT\nTHÔNG TƯ\nQuy định chi tiết trình tự, thủ tục\n\nĐiều 1. Phạm vi điều chỉnh  \n1. Nguyên tắc, điều kiện, trình tự, thủ tục lập đề án sử dụng tài sản công vào mục đích kinh doanh quy \nđịnh tại khoản 5 Điều 24, khoản 6 Điều 41 Luật Thủ đô đối với Trung tâm Đổi mới \nsáng tạo Quốc gia. \nĐiều 2. Đối tượng áp dụng \n";
    expect(roleOf(text, (c) => c.raw.startsWith("Luật Thủ đô"))).toBe("guides");
  });

  it("not the bodies the units name, who do the work (fresh55c-014); the matter still guides (fresh46f-013)", () => {
    const circular =
      "THANH TRA CHÍNH PHỦ\nSố: 04/2025/TT-TTCP\nTHÔNG TƯ\nHướng dẫn xây dựng kế hoạch thanh tra\nCăn cứ Luật Thanh tra số 84/2025/QH15;\n\nĐiều 1. Phạm vi điều chỉnh, đối tượng áp dụng\n";
    const bodies =
      circular +
      "1. Thông tư này hướng dẫn việc xây dựng Định hướng chương trình thanh tra, kế hoạch thanh tra hằng năm của các cơ quan thanh tra quy định tại Điều 7 Luật Thanh tra; xử lý chồng chéo, trùng lặp.\n2. Thông tư này áp dụng đối với Thủ trưởng cơ quan thanh tra.\n";
    expect(analyze(bodies).citations.filter((c) => c.raw.startsWith("Luật Thanh tra")).map((c) => c.role)).toEqual(["based_on", "references"]);
    const withTheo = circular + "1. Thông tư này hướng dẫn việc lập kế hoạch của cơ quan có thẩm quyền theo quy định tại khoản 2 Điều 7 Luật Thanh tra số 84/2025/QH15.\n";
    expect(analyze(withTheo).citations.filter((c) => c.number === "84").map((c) => c.role)).toEqual(["based_on", "references"]);
    // The matter named by the units, a body's name in capitals before them: guides as before.
    const matter =
      "CHÍNH PHỦ\nSố: 79/2025/NĐ-CP\nNGHỊ ĐỊNH\nQuy định định mức khoán chi\n\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về danh mục nhiệm vụ trong xây dựng văn bản quy phạm pháp luật thuộc thẩm quyền của Chính phủ quy định tại khoản 3 Điều 4 của Nghị quyết số 197/2025/QH15 ngày 17 tháng 5 năm 2025 của Quốc hội.\nĐiều 2. Đối tượng áp dụng\n";
    expect(roleOf(matter, numbered("197"))).toBe("guides");
  });

  it("not the subjects it applies to (fresh41d-005, full32-001), nor outside the scope article", () => {
    const applies =
      "ỦY BAN NHÂN DÂN\nSố: 12/2025/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành khung giá\n\nĐiều 1. Phạm vi điều chỉnh\n1. Khung giá dịch vụ quy định tại Quyết định này áp dụng cho các trường hợp quy định tại khoản 7, Điều 151 của Luật Nhà ở số 27/2023/QH15.\n\nĐiều 2. Đối tượng áp dụng\n";
    expect(roleOf(applies, numbered("27"))).toBe("references");
    const subjects =
      "BỘ TÀI CHÍNH\nSố: 68/2025/TT-BTC\nTHÔNG TƯ\nBan hành biểu mẫu\n\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n\n1. Thông tư này ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp.\n\n2. Thông tư này áp dụng cho các đối tượng quy định tại Điều 2 Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ.\n\nĐiều 2. Biểu mẫu\n";
    expect(roleOf(subjects, numbered("168"))).toBe("references");
    const later =
      decree + "Nghị định này quy định về các cơ chế, chính sách ưu đãi.\nĐiều 2. Đối tượng áp dụng\nĐiều 3. Giải thích\nViệc thực hiện theo quy định tại khoản 1 Điều 64 của Luật Điện lực số 61/2024/QH15.\n";
    expect(analyze(later).citations.filter((c) => c.number === "61").map((c) => c.role)).toEqual(["based_on", "references"]);
  });
});
