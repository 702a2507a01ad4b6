/**
 * A page that prints only a document's record — its fields, its line, a status note or the site's
 * summary — tells of the document and is not it (src/analyze/header/record-page.ts; fixtures/fresh
 * CONVENTIONS §20 (a)); the same fields above the document's own text leave the page the document (§14).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { recordPage } from "../../../src/analyze/header/record-page.js";
import { CASELAW_RECORD } from "../../helpers/record-pages.js";

const acts = (text: string) => analyze(text).citations.filter((c) => c.role !== "references").map((c) => `${c.number} ${c.role}`);

// The shapes of fresh59b-009 (a one-stop portal's attribute page) and fresh53c-005 (caselaw.vn's).
const portalRecord = [
  "Hiệu lực: Có hiệu lực Ngày có hiệu lực: 02/03/2012",
  "Sửa đổi, bổ sung một số điều của Nghị định số 109/2006/NĐ-CP ngày 22 tháng 9 năm 2006 của Chính phủ quy định chi tiết một số điều của Luật Đường sắt",
  "Số ký hiệu 03/2012/NĐ-CP Ngày ban hành 19/01/2012",
  "Loại văn bản Nghị định Tình trạng Có hiệu lực",
  "Cơ quan ban hành / Chức danh / Người ký Chính phủThủ tướngNguyễn Tấn Dũng",
  "",
].join("\n");

describe("a page of a document's record fields and nothing of the document", () => {
  it.each([
    ["a portal's attribute page (the subject line among the fields)", portalRecord],
    ["a database's attribute page under the document's line", CASELAW_RECORD],
  ])("%s: no act and no number of its own", (_, text) => {
    expect(recordPage(text)).toBe(true);
    const a = analyze(text);
    expect(acts(text)).toEqual([]);
    expect(a.self.number).toBeNull();
  });

  it("is the document where its own text follows the fields (a preamble, an article)", () => {
    const text = CASELAW_RECORD + "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\nQUYẾT NGHỊ:\nĐiều 1. Sửa đổi khoản 3 Điều 3 Nghị quyết 93/2013/NQ-HĐND như sau:\n";
    expect(recordPage(text)).toBe(false);
    expect(acts(text)).toContain("93 amends");
    expect(analyze(text).self.number).toBe("150");
  });

  it("is the document where its title and articles are printed as a list above the fields (caselaw.vn, fresh60b-005)", () => {
    const text = readFileSync(new URL("../../../fixtures/fresh/fresh60b/texts/fresh60b-005.txt", import.meta.url), "utf8");
    expect(recordPage(text)).toBe(false);
    expect(acts(text)).toContain("15 amends");
    expect(analyze(text).self.number).toBe("20");
    // The same list item before a record made up of CASELAW_RECORD's fields: a bulleted article is the document's text.
    expect(recordPage("- Điều 1. Sửa đổi khoản 3 Điều 3 Nghị quyết 93/2013/NQ-HĐND.\n" + CASELAW_RECORD)).toBe(false);
  });

  it("needs three of the record's labels: one field over a document's text is no record", () => {
    expect(recordPage("Người ký: Nguyễn Văn A\nSửa đổi, bổ sung một số điều của Nghị định số 109/2006/NĐ-CP\n")).toBe(false);
  });
});
