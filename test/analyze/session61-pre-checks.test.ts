import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mayOpenPageMarker } from "../../src/analyze/header/read-header.js";

// Session 61 (speed61c, issue 15): a cheap look before a regex that most calls fail. The pre-check may only say
// "no" where the regex it stands before finds nothing: asked here of every code unit before and after the bracket,
// and of the heading tops of the fixtures', dev and fresh texts and of windows opening at their lines.

// The regex as header/read-header.ts writes it (PAGE_MARKER), and the top it is run over (PAGE_MARKER_REACH).
const PAGE_MARKER = /(?:^|\n)(\([0-9]{1,3}\))(?=\p{Lu})/gu;
const REACH = 400;
const matches = (top: string): boolean => [...top.matchAll(PAGE_MARKER)].length > 0;

function corpusTexts(): string[] {
  const dirs = ["fixtures/dev/texts", ...readdirSync("fixtures/fresh").map((d) => join("fixtures/fresh", d, "texts"))];
  const out: string[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    } catch {
      continue;
    }
    for (const f of files) out.push(readFileSync(join(dir, f), "utf8"));
  }
  return out;
}

describe("mayOpenPageMarker (header/read-header.ts withoutPageMarker): a '(' opening the text or a line", () => {
  it("says no only where PAGE_MARKER finds nothing, whatever code unit stands before and after the bracket", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const top of [`${u}(1)BỘ`, `BỘ Y TẾ${u}(12)NGÂN HÀNG`, `(${u}1)A`, `x\n${u}(3)Ủ`, `${u}\n(1)${u}`]) {
        if (!mayOpenPageMarker(top) && matches(top)) wrong.push(top);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("says no only where PAGE_MARKER finds nothing, over the corpus's heading tops and windows at its lines", () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(3000);
    let asked = 0;
    let markers = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      const starts = [0];
      for (let i = text.indexOf("\n"); i >= 0 && starts.length < 200; i = text.indexOf("\n", i + 1)) starts.push(i, i + 1);
      for (const s of starts) {
        const top = text.slice(s, s + REACH);
        asked++;
        const m = matches(top);
        if (m) markers++;
        if (m && !mayOpenPageMarker(top)) wrong.push(top.slice(0, 80));
      }
    }
    expect(wrong).toEqual([]);
    expect(asked).toBeGreaterThan(200_000);
    // The corpus holds such markers (fresh60j-003, fresh30g-009 and list items "(1)" at a line's start).
    expect(markers).toBeGreaterThan(0);
  });

  it("says yes where the marker opens the text or a line", () => {
    for (const top of ["(1)BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Tóm tắt …\n(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "(\n"]) expect(mayOpenPageMarker(top)).toBe(true);
    for (const top of ["BỘ Y TẾ (1)", "Số: 12/QĐ-UBND\n (1)BỘ", ""]) expect(mayOpenPageMarker(top)).toBe(false);
  });
});
