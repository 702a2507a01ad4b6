import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { effectClauseKind } from "../../../src/analyze/self/own-kind.js";

/**
 * A page that prints a document's articles without its heading (a chapter's page on vietjack.me, a
 * page that starts at the preamble on trolyluat.vn): the closing article's "<kind> này có hiệu lực"
 * tells the kind. The phrasings are the pages' own, shortened.
 */
describe("the kind told by the document's own effect clause", () => {
  it("'Điều 14. Hiệu lực thi hành ⏎ Thông tư này có hiệu lực thi hành …' on a chapter's page: a circular", () => {
    const text =
      "Tình trạng hiệu lực: Còn hiệu lực\nChương 4\nĐiều khoản thi hành\nĐiều 14. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành từ ngày 22 tháng 9 năm 2013.\nBãi bỏ Thông tư số 08/BYT-TT ngày 4 tháng 7 năm 1997 của Bộ Y tế hướng dẫn việc tổ chức, chức năng, nhiệm vụ của Hội đồng thuốc và điều trị ở bệnh viện kể từ ngày Thông tư này có hiệu lực\nĐiều 15. Trách nhiệm thi hành\n";
    const a = analyze(text);
    expect(a.self.kind).toBe("circular");
    expect(a.citations.map((c) => `${c.role} ${c.number}`)).toEqual(["repeals 08"]);
  });

  it("'Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày …' after a preamble with no heading", () => {
    const text =
      "Theo đề nghị của Tổng Cục trưởng Tổng cục Địa chất và Khoáng sản Việt Nam;\nBộ trưởng Bộ Tài nguyên và Môi trường ban hành Thông tư ban hành Định mức kinh tế - kỹ thuật công tác phân tích XRF.\nĐiều 1. Ban hành kèm theo Thông tư này Định mức kinh tế - kỹ thuật công tác phân tích XRF.\nĐiều 2. Thông tư này có hiệu lực thi hành kể từ ngày 10 tháng 12 năm 2018.\n";
    expect(analyze(text).self.kind).toBe("circular");
  });

  it("said outside an article (a news item's summary) it tells nothing", () => {
    expect(effectClauseKind("Bộ Tài nguyên và Môi trường vừa ban hành Thông tư số 05/2024/TT-BTNMT.\n\nThông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.")).toBeNull();
    expect(effectClauseKind("Theo Điều 5, các cơ quan thực hiện.\nThông tư này có hiệu lực từ ngày 01/7/2024.")).toBeNull();
  });

  it("a heading's kind line or an enacting formula still decides first", () => {
    const a = analyze("QUYẾT ĐỊNH\nVề việc ban hành Quy định về thi đua\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về thi đua.\nĐiều 2. Quy định này có hiệu lực kể từ ngày ký.\n");
    expect(a.self.kind).toBe("decision");
  });
});

describe("a legal database's title line above a text with no heading", () => {
  const page = (title: string) =>
    `${title}\nTheo đề nghị của Tổng Cục trưởng Tổng cục Địa chất và Khoáng sản Việt Nam, Vụ trưởng Vụ Pháp chế;\nBộ trưởng Bộ Tài nguyên và Môi trường ban hành Thông tư ban hành Định mức kinh tế - kỹ thuật công tác phân tích XRF.\nĐiều 1. Ban hành kèm theo Thông tư này Định mức kinh tế - kỹ thuật công tác phân tích XRF.\nĐiều 2. Thông tư này có hiệu lực thi hành kể từ ngày 10 tháng 12 năm 2018.\n`;

  it("'Thông tư 15/2018/TT-BTNMT Ban hành định mức …' (trolyluat.vn) is the circular the page prints", () => {
    const a = analyze(page("Thông tư 15/2018/TT-BTNMT Ban hành định mức kinh tế - kỹ thuật công tác phân tích XRF bằng thiết bị cầm tay"));
    expect([a.self.id, a.self.kind]).toEqual(["15/2018/TT-BTNMT", "circular"]);
    expect(a.citations.map((c) => c.role)).toEqual(["self"]);
  });

  it("a title line of another kind than the text says it is, or a text that says nothing of its kind, names another document", () => {
    expect(analyze(page("Nghị định 136/2018/NĐ-CP sửa đổi một số điều")).self.number).toBeNull();
    expect(analyze("Thông tư 15/2018/TT-BTNMT Ban hành định mức kinh tế - kỹ thuật\nBộ Tài nguyên và Môi trường vừa ban hành Thông tư này, có hiệu lực từ ngày 10/12/2018.").self.number).toBeNull();
  });

  it("words before the kind word: not the page's title line", () => {
    expect(analyze(page("Căn cứ Thông tư 15/2018/TT-BTNMT về định mức")).self.number).toBeNull();
  });
});

/**
 * A legal database's crawl (a thuvienphapluat crawl kept on GitHub) glues its title line before each article, and the
 * article's first clause states the effect: "Nghị định 233/2025/NĐ-CP. Điều 29. Hiệu lực … ⏎ 1. Nghị định này có hiệu
 * lực …" (fixtures/fresh/fresh62g-006/-007; the glued title in fresh54c-007, fresh55e-002, fresh45b-005; the numbered
 * clause in fresh41a-013, fresh42c-001). Shortened from the pages.
 */
describe("an effect clause under a database's title glued before the article, or in the article's first clause", () => {
  it("'Nghị định 233/2025/NĐ-CP. Điều 29. … ⏎ 1. Nghị định này có hiệu lực …': the decree the title names", () => {
    const a = analyze("Nghị định 233/2025/NĐ-CP. Điều 29. Hiệu lực thi hành và tổ chức thực hiện\n1. Nghị định này có hiệu lực thi hành kể từ ngày ký.\n4. Quyết định số 60/2015/QĐ-TTg hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành.\n");
    expect([a.self.id, a.self.kind]).toEqual(["233/2025/NĐ-CP", "decree"]);
  });

  it("'Điều 16. Hiệu lực thi hành ⏎ 1. Thông tư này có hiệu lực …': a circular", () => {
    expect(effectClauseKind("Điều 16. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n")).toBe("circular");
  });

  it("words before the title on the article's line are no database title: nothing from that article", () => {
    expect(effectClauseKind("Căn cứ Nghị định 233/2025/NĐ-CP. Điều 29. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày ký.\n")).toBeNull();
    expect(analyze("Căn cứ Nghị định 233/2025/NĐ-CP. Điều 29. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày ký.\n").self.number).toBeNull();
  });
});
