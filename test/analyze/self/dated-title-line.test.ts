import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

// A site prints its date line, then its own title line (the letter's kind, number, date and subject), then the
// letter with no heading of its own: danvan.vn's pages (fixtures/fresh/fresh62c-011, pairs62-001, -002). The title
// line's citation is the letter (CONVENTIONS §14) when the page goes on as the letter does (an addressee line, a
// signature). src/analyze/self/unheaded-page.ts datedTitleLineCitation.
describe("a site's title line under its date line, over the letter it prints", () => {
  const title = "Công văn số 490-CV/BDVTW ngày 14/10/2016 về việc hướng dẫn thực hiện Chương trình phối hợp";

  it("names the letter when an addressee line or a signature follows", () => {
    const signed = analyze(`Thứ Tư, 24/4/2024\n${title}\n\nNgày 11/10/2016, Ban Dân vận Trung ương đã ký Chương trình phối hợp, đề nghị các tỉnh triển khai.\n\n \n\nK/T TRƯỞNG BAN\n\n \n\nPHÓ TRƯỞNG BAN\n\nTrần Thị Bích Thủy\n\n(Đã ký)\n`);
    expect([signed.self.kind, signed.self.number, signed.self.symbol, signed.self.date]).toEqual(["official-letter", "490", "CV/BDVTW", "2016-10-14"]);
    const addressed = analyze(`Chủ Nhật, 14/4/2024\nCông văn số 293-CV/TW, ngày 14/10/1999 của Bộ Chính trị về việc lấy ngày 15 tháng 10 hàng năm làm ngày "Dân vận"\n\n \n\nKính gửi:\n\n- Ban Dân vận Trung ương\n\nBộ Chính trị quyết định lấy ngày 15 tháng 10 hàng năm làm ngày Dân vận.\n`);
    expect([addressed.self.number, addressed.self.symbol]).toEqual(["293", "CV/TW"]);
  });

  it("not a news page's headline over a report, nor a title line with no date line above it", () => {
    const news = analyze(`Thứ Tư, 24/4/2024\n${title}\n\nNgày 14/10/2016, Ban Dân vận Trung ương đã ban hành công văn hướng dẫn các tỉnh thực hiện chương trình phối hợp. Theo đó, các tỉnh cần rà soát nội dung.\n`);
    expect(news.self.number).toBeNull();
    const undated = analyze(`Tin tức\n${title}\n\nKính gửi: Ban Dân vận các tỉnh ủy\n\nBan Dân vận Trung ương đề nghị triển khai.\n`);
    expect(undated.self.number).toBeNull();
  });
});
