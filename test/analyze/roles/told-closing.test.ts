/**
 * A news page that tells of a document just issued and then retells its closing article in a paragraph
 * of its own ("Quyết định được đăng Công báo …; thay thế Quyết định số Y", "… . Bãi bỏ Quy chế … ban hành kèm
 * theo Quyết định số Y"): the told document acts on Y (nested), the page acts on nothing (session 58,
 * helper fresh58b: business.gov.vn's items fixtures/fresh/fresh58b-006 and -009). roles/told-closing.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { cpuRatio } from "../../helpers/linear.js";

const FRESH = new URL("../../../fixtures/fresh/fresh58b/texts/", import.meta.url);
/** Each relation not a reference, "from type to" with the citing text as SELF, numbers and codes only. */
const rels = (text: string) => {
  const a = analyze(text);
  const short = (id: string) => id.replace(/@.*/u, "");
  return a.relations.filter((r) => r.type !== "references").map((r) => `${r.from === a.self.id ? "SELF" : short(r.from)} ${r.type} ${short(r.to)}`);
};

describe("a news page's retold closing article", () => {
  it("'Bộ … vừa ban hành Quyết định số X … ⏎⏎ Quyết định được đăng Công báo …; thay thế Quyết định số Y': X replaces Y (fresh58b-006)", () => {
    const got = rels(readFileSync(new URL("fresh58b-006.txt", FRESH), "utf8"));
    expect(got).toContain("25/2008/QĐ-BGTVT replaces 29/2007/QĐ-BGTVT");
    expect(got.filter((e) => e.startsWith("SELF"))).toEqual([]);
  });

  it("'… đã ban hành Quyết định số X … ⏎⏎ Quyết định được đăng Công báo … . Bãi bỏ Quy chế … kèm theo Quyết định số Y …': X repeals Y (fresh58b-009)", () => {
    const got = rels(readFileSync(new URL("fresh58b-009.txt", FRESH), "utf8"));
    expect(got).toEqual(["49/2008/QĐ-BVHTTDL repeals 2455/QĐ-ĐA", "49/2008/QĐ-BVHTTDL repeals 2332/QĐ-ĐA"]);
  });

  it("'… đã ban hành Danh mục thuốc … tại Quyết định số X … ⏎⏎ Quyết định được đăng Công báo … . Bãi bỏ Quyết định số Y, Quyết định số Z': X repeals Y and Z (fresh60b-001)", () => {
    const got = rels(readFileSync(new URL("../../../fixtures/fresh/fresh60b/texts/fresh60b-001.txt", import.meta.url), "utf8"));
    expect(got).toContain("05/2008/QĐ-BYT repeals 03/2005/QĐ-BYT");
    expect(got).toContain("05/2008/QĐ-BYT repeals 33/2006/QĐ-BYT");
    expect(got.filter((e) => e.startsWith("SELF"))).toEqual([]);
  });

  it("what was issued named between the verb and 'tại' holds no number: a document there is the one issued", () => {
    const told = (lead: string) =>
      rels(`${lead}\n\nQuyết định có hiệu lực thi hành kể từ ngày ký; thay thế Quyết định số 40/2010/QĐ-UBND ngày 02/7/2010.\n`);
    expect(told("Ngày 10/3/2015, UBND tỉnh đã ban hành Phương án quản lý, bảo vệ khoáng sản chưa khai thác tại Quyết định số 12/2015/QĐ-UBND.")).toEqual([
      "12/2015/QĐ-UBND replaces 40/2010/QĐ-UBND",
    ]);
    expect(told("Ngày 10/3/2015, UBND tỉnh đã ban hành Quyết định số 12/2015/QĐ-UBND về việc phân bổ gạo do Thủ tướng cấp tại Quyết định số 1349/QĐ-TTg.")).not.toContain(
      "1349/QĐ-TTg replaces 40/2010/QĐ-UBND",
    );
  });

  it("a made-up item of the same shape for a circular", () => {
    const got = rels(
      "Ngày 10/3/2015, Bộ Nông nghiệp và Phát triển nông thôn đã ban hành Thông tư số 12/2015/TT-BNNPTNT về quản lý giống cây trồng.\n\nThông tư có hiệu lực thi hành sau 45 ngày, kể từ ngày ký; thay thế Thông tư số 40/2010/TT-BNNPTNT ngày 02/7/2010.\n",
    );
    expect(got).toEqual(["12/2015/TT-BNNPTNT replaces 40/2010/TT-BNNPTNT"]);
  });

  it("the paragraph's kind word names another kind than the told document's: the page's reading stays", () => {
    const got = rels(
      "Ngày 10/3/2015, Bộ Nông nghiệp và Phát triển nông thôn đã ban hành Thông tư số 12/2015/TT-BNNPTNT về quản lý giống cây trồng.\n\nQuyết định có hiệu lực thi hành kể từ ngày ký; thay thế Quyết định số 40/2010/QĐ-BNN ngày 02/7/2010.\n",
    );
    expect(got).not.toContain("12/2015/TT-BNNPTNT replaces 40/2010/QĐ-BNN");
  });

  it("a decision's own closing article under its heading stays its own", () => {
    const got = rels(
      "BỘ GIAO THÔNG VẬN TẢI\nSố: 25/2008/QĐ-BGTVT\nHà Nội, ngày 27 tháng 11 năm 2008\nQUYẾT ĐỊNH\nVề việc xếp loại đường để xác định cước vận tải đường bộ năm 2008\nBỘ TRƯỞNG BỘ GIAO THÔNG VẬN TẢI\nCăn cứ Nghị định số 51/2008/NĐ-CP ngày 22 tháng 4 năm 2008 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Giao thông vận tải;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố xếp loại đường bộ các tuyến đường do Trung ương quản lý.\n\nĐiều 2. Quyết định này có hiệu lực sau 15 ngày kể từ ngày đăng Công báo và thay thế Quyết định số 29/2007/QĐ-BGTVT ngày 26/6/2007.\n",
    );
    expect(got).toContain("SELF replaces 29/2007/QĐ-BGTVT");
  });
});

describe("linear time on a retold closing article's reading", () => {
  // Each act of a headless page asks where its paragraph starts, and the paragraph's told document: once a
  // blank-line regex run on from the act (to the text's end on one line), and a walk back over every earlier
  // citation, per act (session 58: 10,000 acts on one line before 2,000,000 characters took 15 s of analyze()).
  it("acts on one line before a long run of text: the paragraph's start looked for in its window", () => {
    const make = (n: number) => `${"Thay thế Quyết định số 72. ".repeat(n)}${"a".repeat(100 * n)}`;
    expect(cpuRatio((t) => analyze(t), make(8000), make(4000), 3, 3)).toBeLessThan(3);
  }, 60_000);

  it("many documents after 'đã ban hành <what> tại': each looked for in a window of its own before it", () => {
    const make = (n: number) =>
      `${Array.from({ length: n }, (_, i) => `Bộ Y tế đã ban hành Danh mục thuốc chữa bệnh chủ yếu tại Quyết định số ${i + 1}/2008/QĐ-BYT. `).join("")}\n\nQuyết định được đăng Công báo. Bãi bỏ Quyết định số 3/2005/QĐ-BYT.\n`;
    expect(cpuRatio((t) => analyze(t), make(8000), make(4000), 3, 3)).toBeLessThan(3);
  }, 60_000);

  it("many retold paragraphs after one document just issued: the told documents found once a text", () => {
    const make = (n: number) =>
      `Bộ đã ban hành Quyết định số 1/2015/QĐ-BNN.\n\n${Array.from({ length: n }, (_, i) => `Quyết định số ${i + 2}/2015/QĐ-BNN quy định về giống.\n\nQuyết định có hiệu lực kể từ ngày ký; thay thế Quyết định số ${i + 2}/2010/QĐ-BNN.\n\n`).join("")}`;
    expect(cpuRatio((t) => analyze(t), make(8000), make(4000), 3, 3)).toBeLessThan(3);
  }, 60_000);
});
