import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

// A legal database prints its own title line and the record's fields above the document it carries, then the
// document from its kind line with no "Số:" line: vinabase.com's "Văn bản pháp luật: …" pages (fixtures/fresh/
// fresh60h-003, fresh62c-003). The line's citation is the document (CONVENTIONS §14). src/analyze/self/unheaded-page.ts
// recordTitleCitation.
describe("a database's title line above a document printed without its number line", () => {
  const page = (title: string, kindLine: string) =>
    `Văn bản pháp luật: ${title}\n\nToàn quốc\nCông báo số 67 & 68/2003;\n${title}\n\nTóm tắt nội dung\n\nHướng dẫn thực hiện chính sách đối với thanh niên xung phong.\n\nToàn văn\n\n${kindLine}\n\nHướng dẫn thực hiện chính sách đối với thanh niên xung phong\n\nThi hành Quyết định số 104/1999/QĐ-TTg ngày 14 tháng 4 năm 1999 của Thủ tướng Chính phủ về một số chính sách đối với thanh niên xung phong;\n`;

  it("names the document the page prints, of the kind its kind line names", () => {
    const a = analyze(page("Thông tư liên tịch 17/2003/TTLT/BLĐTBXH-TƯĐTNCSHCM", "THÔNG TƯ LIÊN TỊCH"));
    expect([a.self.kind, a.self.number, a.self.symbol]).toEqual(["joint-circular", "17", "TTLT-BLĐTBXH-TƯĐTNCSHCM"]);
    const b = analyze(page("Thông tư 12/1999/TT-BTP", "THÔNG TƯ"));
    expect([b.self.kind, b.self.number, b.self.symbol]).toEqual(["circular", "12", "TT-BTP"]);
  });

  it("not a citation of another kind than the kind line's, nor one that does not open the page's title line", () => {
    expect(analyze(page("Quyết định 104/1999/QĐ-TTg", "THÔNG TƯ LIÊN TỊCH")).self.number).toBeNull();
    const told = analyze(
      "Tin tức\nBộ Lao động đã ban hành nhiều văn bản, trong đó có Thông tư liên tịch 17/2003/TTLT/BLĐTBXH-TƯĐTNCSHCM\n\nTHÔNG TƯ LIÊN TỊCH\n\nHướng dẫn thực hiện chính sách\n",
    );
    expect(told.self.number).toBeNull();
  });

  // audit62: a tab between the site's label's words ("Văn bản\tpháp luật:", a page whose blanks were tabs) is a
  // space as the rest of the reading has it; the label's class held spaces only, so the self was lost under tabs.
  it("reads the site's label with tabs between its words as with spaces", () => {
    const tabs = analyze(page("Thông tư 12/1999/TT-BTP", "THÔNG TƯ").replace("Văn bản pháp luật:", "Văn\tbản\tpháp\tluật:"));
    expect([tabs.self.kind, tabs.self.number, tabs.self.symbol]).toEqual(["circular", "12", "TT-BTP"]);
  });
});
