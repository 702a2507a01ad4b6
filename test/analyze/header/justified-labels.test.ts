import { describe, expect, it } from "vitest";
import { freshText as fresh, justified, relationsKeptWhenJustified } from "../../helpers/layout.js";
import { sentenceKindLine } from "../../../src/analyze/header/sentence-title.js";

// A site's label above a sentence-case title ("Tư liệu", "Trích yếu": sentence-title.ts LABEL_LINE) took one blank
// between its words: a justified copy's "Tư  liệu" was no label, the title under it no title, and the page's
// programme no longer carried out what its title names.
describe("sentence-title: a site's label line with blanks doubled", () => {
  relationsKeptWhenJustified([
    // Nhân Dân's congress site: "Tư liệu ⏎⏎ Chương trình hành động thực hiện Nghị quyết Đại hội … tỉnh Cao Bằng …".
    ["'Tư liệu' above a programme", fresh("fresh59g", "fresh59g-001"), "implements SELF -> resolution:nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-cao-bang-lan-thu-xx-nhiem-ky-2025-2030@?"],
    // A province's portal: "Trích yếu" above a programme's subject line.
    ["'Trích yếu' above a subject", fresh("party32", "party32-010"), "implements SELF -> 45-NQ/TW@2023"],
  ]);

  it("reads the title under a label of three words, their blanks doubled or a tab, and no label of four", () => {
    const title = "Chương trình hành động thực hiện Nghị quyết Đại hội\n";
    for (const label of ["Tư liệu", "Tư  liệu", "Trang\tchủ  mới"]) expect(sentenceKindLine(`${label}\n${title}`)?.index).toBe(label.length + 1);
    expect(sentenceKindLine(`Tin  tức  sự  kiện\n${title}`)).toBeNull();
    expect(sentenceKindLine(justified(`TƯ LIỆU\n${title}`))).toBeNull();
  });
});
