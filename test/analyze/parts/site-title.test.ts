import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

// CONVENTIONS §14: a site's title line above the document is the document's subject where the page prints no
// title of its own (the heading runs straight into "Căn cứ" or "QUYẾT NGHỊ:"), and chrome where it prints one.
const read = (...p: string[]) => readFileSync(join(import.meta.dirname, "..", "..", "..", "fixtures", ...p), "utf8");
const own = (text: string) => {
  const a = analyze(text);
  return a.relations.filter((r) => r.from === a.self?.id).map((r) => `${r.type} ${r.to}`).sort();
};
/** The text with its first line blanked (offsets kept): the page without the site's line. */
const withoutSiteLine = (text: string) => {
  const end = text.indexOf("\n");
  return " ".repeat(end) + text.slice(end);
};

describe("a site's title line above the document (CONVENTIONS §14)", () => {
  it("no title of its own: the line is the subject, its cue the document's (fresh57c-007, fresh55i-001)", () => {
    // nhansu.vn: the title line, an attribute table, then issuer, motto, "Số:", date, the council's session line
    // and "Căn cứ …": the resolution's own title is not printed, so the line's "thực hiện" is its implements.
    const danang = own(read("fresh", "fresh57c", "texts", "fresh57c-007.txt"));
    expect(danang).toContain("implements 136/2024/QH15");
    expect(danang).toContain("based_on 136/2024/QH15");
    // The Standing Committee's resolution: "QUYẾT NGHỊ: 1. Sửa đổi, bổ sung … Điều 7" names no document; the
    // line's "sửa đổi Quy chế … kèm theo Nghị quyết 29/2022/UBTVQH15" says which.
    const standing = own(read("fresh", "fresh55i", "texts", "fresh55i-001.txt"));
    expect(standing).toContain("amends 29/2022/UBTVQH15");
  });

  it("a title of its own below the heading: the line adds no relation (fresh55b-006, fresh55c-013)", () => {
    for (const file of [["fresh55b", "fresh55b-006.txt"], ["fresh55c", "fresh55c-013.txt"]]) {
      const text = read("fresh", file[0], "texts", file[1]);
      expect(own(text)).toEqual(own(withoutSiteLine(text)));
    }
  });
});
