import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

// A page that opens with the letter's own line (its number, bare or after its kind word) and the letter's addressee
// line right under it: fixtures/fresh/fresh30j-007 (a district office's post), pairs60b-005 (tieptheo.com),
// fresh62i-007. src/analyze/self/unheaded-page.ts addressedTitleLineCitation.
describe("a page's first line over the letter's addressee line", () => {
  it("names the letter, with its ký hiệu or its kind word", () => {
    const office = analyze(
      "Công văn số 357/PGD&ĐT V/v rà soát, lập danh sách HS được mượn SGK năm học 2016-2017 theo Nghị quyết số 08/2016/NQ-HĐND ngày 03/8/2016 của HĐND tỉnh\n\nKính gửi: Các đơn vị trường tiểu học và THCS trong toàn huyện\n\nCăn cứ Nghị quyết số 08/2016/NQ-HĐND ngày 03/8/2016 của HĐND tỉnh về việc trang bị sách giáo khoa,\n",
    );
    expect([office.self.number, office.self.symbol]).toEqual(["357", "PGD&ĐT"]);
    const bare = analyze("3107/TCHQ-GSQL ngày 21/06/2021\n\nKính gửi: Cục Hải quan các tỉnh, thành phố.\n\nTiếp theo công văn số 1120/TCHQ-GSQL ngày 10/3/2021 của Tổng cục Hải quan, Tổng cục Hải quan hướng dẫn như sau:\n");
    expect([bare.self.number, bare.self.symbol, bare.self.date]).toEqual(["3107", "TCHQ-GSQL", "2021-06-21"]);
    // The kind word with a bare number (fresh62i-007): CONVENTIONS §30 (b) reads that title line as no citation
    // (extract/short-mentions.ts namesOwnPage, merged beside this rule), so nothing is left here to be the page's self.
    // The two rules disagree on it; left for a later session (the closing note of session 63).
    const unsigned = analyze("Công văn 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc đánh giá chất lượng đảng viên năm 2012\n\nKính gửi: Ban tổ chức các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương\n\nBan Tổ chức Trung ương có ý kiến như sau:\n");
    expect(unsigned.self.number).toBeNull();
    expect(unsigned.citations.some((c) => c.number === "3676")).toBe(false);
  });

  it("not a line under a site's line, nor one whose next line is not the addressee's", () => {
    const under = analyze("Tin tức\nCông văn số 357/PGD&ĐT V/v rà soát danh sách học sinh\n\nKính gửi: Các đơn vị trường\n");
    expect(under.self.number).toBeNull();
    const news = analyze("Công văn số 357/PGD&ĐT V/v rà soát danh sách học sinh\n\nPhòng GD&ĐT vừa gửi các trường công văn này.\n\nKính gửi: Các đơn vị trường\n");
    expect(news.self.number).toBeNull();
  });
});
