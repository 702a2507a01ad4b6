/**
 * A page that sums up in its first lines what the document or event its lead told of says ("Theo đó, …"): a news
 * item, whose headline's "Hướng dẫn X", caption's "Thực hiện X" and lead's "…; thực hiện X" are not its own acts
 * (session 63, helper misses63: thuvienphapluat.vn's fixtures/fresh/fresh62i-009, thukyluat.vn's pairs59-005, Báo
 * Mới's fresh60c-009); the acts a page so retells, amends, repeals, replaces and corrects (session 65, misses65:
 * fresh64b-010), and under a line heading the points of a named document (fresh63c-001, fresh62h-005). roles/told-summary.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { cpuRatio } from "../../helpers/linear.js";

const FRESH = new URL("../../../fixtures/fresh/", import.meta.url);
const fresh = (path: string) => readFileSync(new URL(path, FRESH), "utf8");
/** The citing text's own relations other than references, "type to", numbers and codes only. */
const own = (text: string) => {
  const a = analyze(text);
  return a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${r.to.replace(/@.*/u, "")}`);
};

describe("a page summing up what it told of", () => {
  it("'Hướng dẫn Chỉ thị 05 … ⏎ … ban hành Hướng dẫn 152-HD/BTGTW …; thực hiện Chỉ thị 05-CT/TW … ⏎ Theo đó, …' acts on nothing (fresh62i-009)", () => {
    expect(own(fresh("fresh62i/texts/fresh62i-009.txt"))).toEqual([]);
  });

  it("'Hướng dẫn áp dụng Bộ luật hình sự 2015 và Nghị quyết 41 ⏎ … ⏎ Theo đó, kể từ ngày …' guides neither (pairs59-005)", () => {
    expect(own(fresh("pairs59/texts/pairs59-005.txt"))).toEqual([]);
  });

  it("a caption 'Thực hiện Nghị định 41 đã …' over 'Theo đó, đến 30-6-2015, …' carries nothing out (fresh60c-009)", () => {
    expect(own(fresh("fresh60c/texts/fresh60c-009.txt"))).toEqual([]);
  });

  it("'… ban hành Chương trình hành động … ; đồng thời triển khai Nghị quyết số 02/NQ-CP … ⏎ Theo Chương trình hành động, …' (fresh44c-001)", () => {
    expect(own(fresh("fresh44c/texts/fresh44c-001.txt"))).toEqual([]);
  });

  const lead = "Hướng dẫn Chỉ thị 05 về học tập, làm theo tư tưởng Hồ Chí Minh năm 2021\n\nBan Tuyên giáo Trung ương ban hành Hướng dẫn 152-HD/BTGTW ngày 16/9/2020 về công tác giáo dục lý luận chính trị năm 2021.\n\n";
  it("without the summary's words the headline is read as before", () => {
    expect(own(`${lead}Các cấp ủy tăng cường thực hiện có hiệu quả Chỉ thị 05-CT/TW ngày 15/5/2016.\n`)).toContain("guides 05-CT/TW");
    expect(own(`${lead}Theo đó, các cấp ủy tăng cường thực hiện có hiệu quả Chỉ thị 05-CT/TW ngày 15/5/2016.\n`)).toEqual([]);
  });

  it("a line a PDF wrapped mid-sentence ('… ⏎ theo đó …') or 'Theo' before a numbered document opens no summary", () => {
    expect(own(`${lead}Các cấp ủy tăng cường thực hiện có hiệu quả Chỉ thị 05-CT/TW ngày 15/5/2016 và làm\ntheo đó các nội dung.\n`)).toContain("guides 05-CT/TW");
    expect(own(`${lead}Theo Quyết định số 12/QĐ-UBND, các cấp ủy tăng cường thực hiện có hiệu quả Chỉ thị 05-CT/TW.\n`)).toContain("guides 05-CT/TW");
  });

  it("a document with its own number keeps its acts, 'Theo đó' or not", () => {
    const letter = "UBND TỈNH QUẢNG NAM\nSố: 123/UBND-KTN\nV/v triển khai Nghị định số 41/2010/NĐ-CP\n\nThực hiện Nghị định số 41/2010/NĐ-CP ngày 12/4/2010 của Chính phủ.\nTheo đó, UBND tỉnh đề nghị các sở, ngành triển khai.\n";
    expect(own(letter)).toContain("implements 41/2010/NĐ-CP");
  });

  it("the told document's acts retold under 'Theo đó, Thông tư sửa đổi … ; Bãi bỏ …; Thay thế …' are not the page's (fresh64b-010; pairs65-002)", () => {
    // Fails without the acts in TOLD_ROLES: amends, repeals and replaces 16/2013/TT-BGTVT.
    expect(own(fresh("fresh64b/texts/fresh64b-010.txt"))).toEqual([]);
    expect(own(fresh("pairs65/texts/pairs65-002.txt"))).toEqual([]);
    const page = "Bộ Giao thông vận tải ban hành Thông tư sửa đổi quy định về tuyến vận tải thủy.\n\nTheo đó, Thông tư bãi bỏ Điều 6 của Thông tư số 16/2013/TT-BGTVT và thay thế Phụ lục I của Thông tư số 16/2013/TT-BGTVT.\n";
    expect(own(page)).toEqual([]);
    // Without the summary's words, or under a heading with its own number, the acts stay the text's own.
    expect(own(page.replace("Theo đó, Thông tư", "Thông tư này"))).toEqual(expect.arrayContaining(["repeals 16/2013/TT-BGTVT", "replaces 16/2013/TT-BGTVT"]));
    const circular = `BỘ GIAO THÔNG VẬN TẢI\nSố: 25/2022/TT-BGTVT\nHà Nội, ngày 20 tháng 10 năm 2022\nTHÔNG TƯ\nSửa đổi Thông tư số 16/2013/TT-BGTVT\nTheo đó, Thông tư này bãi bỏ Điều 6 của Thông tư số 16/2013/TT-BGTVT.\n`;
    expect(own(circular)).toContain("amends 16/2013/TT-BGTVT");
  });

  it("a line heading the points of a named document ('Những điểm đáng lưu ý trong Nghị định …', 'Một số nội dung có thể lưu ý:'): the acts listed are that document's (fresh63c-001, fresh62h-005)", () => {
    // Fail without POINTS_OPENS: guides 123/2020 and repeals 119/2018; corrects 52/2018.
    expect(own(fresh("fresh63c/texts/fresh63c-001.txt"))).toEqual([]);
    expect(own(fresh("fresh62h/texts/fresh62h-005.txt"))).toEqual([]);
    const told = "Chính phủ đã ban hành Nghị định 123/2020/NĐ-CP quy định về hóa đơn, chứng từ.\n\n";
    const points = "### 1. Những điểm đáng lưu ý trong Nghị định 123/2020/NĐ-CP\n* Bãi bỏ Khoản 2 và 4 Nghị định 119/2018/NĐ-CP về hóa đơn điện tử.\n";
    expect(own(told + points)).toEqual([]);
    expect(own(`${told}Một số nội dung có thể lưu ý:\n• Bãi bỏ Khoản 2 và 4 Nghị định 119/2018/NĐ-CP về hóa đơn điện tử.\n`)).toEqual([]);
    // Without the heading the bullet is read as before; a subject "… cần lưu ý khi …" heads no points.
    expect(own(`${told}* Bãi bỏ Khoản 2 và 4 Nghị định 119/2018/NĐ-CP về hóa đơn điện tử.\n`)).toContain("repeals 119/2018/NĐ-CP");
    const letter = "Kính gửi: Cục Thuế các tỉnh.\n\nTriển khai Thông tư số 78/2021/TT-BTC, Tổng cục Thuế đề nghị các Cục Thuế thực hiện như sau:\n";
    expect(own(`Một số nội dung cần lưu ý khi triển khai Thông tư số 78/2021/TT-BTC\n\n${letter}`)).toContain("implements 78/2021/TT-BTC");
    // A guidance's own subject that opens with its verb heads no points either.
    expect(own("Hướng dẫn một số nội dung cần lưu ý tại Thông tư số 78/2021/TT-BTC\n\nKính gửi: Cục Thuế các tỉnh.\n")).toContain("guides 78/2021/TT-BTC");
    // Under a heading of its own number the document keeps its acts.
    const decision = `BỘ TÀI CHÍNH\nSố: 15/2021/TT-BTC\nHà Nội, ngày 01 tháng 3 năm 2021\nTHÔNG TƯ\nHướng dẫn về hóa đơn\nNhững điểm đáng lưu ý trong Nghị định 123/2020/NĐ-CP:\nĐiều 5. Thông tư này bãi bỏ Khoản 2 Điều 4 Thông tư số 68/2019/TT-BTC.\n`;
    expect(own(decision)).toContain("repeals 68/2019/TT-BTC");
  });

  it("reads many points' headings in linear time", () => {
    const make = (n: number) => `${"Một số nội dung \t có thể".repeat(n)} lưu ý x\nTheo đó\n`;
    expect(cpuRatio((t) => analyze(t), make(16000), make(4000), 3, 6)).toBeLessThan(6);
  });

  it("'Theo đó' past the page's first lines is no summary of its lead", () => {
    const far = `${lead}${Array.from({ length: 8 }, (_, i) => `Đoạn ${i + 1} của bài viết.`).join("\n")}\nTheo đó, các cấp ủy tăng cường thực hiện Chỉ thị 05-CT/TW.\n`;
    expect(own(far)).toContain("guides 05-CT/TW");
  });

  it("reads a long run of blank lines before its summary in linear time", () => {
    const make = (n: number) => `Hướng dẫn Chỉ thị 05-CT/TW năm 2021\n${"\n \t".repeat(n)}Theo${" ".repeat(n)}đó, x.\n`;
    expect(cpuRatio((t) => analyze(t), make(8000), make(4000), 3, 3)).toBeLessThan(3);
  });
});
