import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { singleSpaced } from "../../src/prepare/double-spaced.js";
import { analyze, extract } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures", import.meta.url));
/** A real decision's text (fixtures/dev), single-spaced as written: its "Căn cứ" items, articles and recipients. */
const DEV = readFileSync(join(FIXTURES, "dev", "texts", "dev-005.txt"), "utf8");
/** The same text as a PDF's copy gives it: a blank line after every line (test/eval/rewrites.ts). */
const doubled = (t: string) => t.replaceAll("\n", "\n\n");
/** The text with its blank lines emptied: the copy's blank lines hold no spaces, its dropped ones are read so. */
const emptied = (t: string) => t.replace(/^[ \t]+$/gm, "");
/** Every relation and citation of an analysis of `t`, its offsets left out (they are the text's own), the self as SELF (a hash of the text read), and each relation's evidence as words. */
const read = (t: string) => {
  const a = analyze(t);
  return {
    relations: a.relations.map((r) => `${r.type} ${r.from === a.self.id ? "SELF" : r.from} ${r.to}`),
    citations: a.citations.map((c) => `${c.id} ${c.role} ${c.form}`),
    evidence: a.relations.map((r) => emptied(t.slice(r.evidence.start, r.evidence.end)).replaceAll("\n\n", "\n")),
    found: a.citations,
  };
};

describe("singleSpaced: a text with a blank line after every line", () => {
  it("reads the PDF's copy as the text it was copied from, each dropped blank line mapped to the caller's text", () => {
    const copy = doubled(DEV);
    const out = singleSpaced(copy)!;
    expect(emptied(out.text)).toBe(emptied(DEV));
    // Each line of words starts, in the copy, where the map says.
    let at = 0;
    for (const line of out.text.split("\n")) {
      const start = out.map.toOriginal(at, "start");
      expect(copy.slice(start, start + line.length)).toBe(line);
      at += line.length + 1;
    }
  });

  it("keeps a paragraph's blank line (four breaks read as two, three as two), and reads the blank lines around the text so", () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Dòng thứ ${i + 1}`);
    const text = `\n\n\n\n${lines.slice(0, 6).join("\n\n")}\n\n\n\n${lines.slice(6, 9).join("\n \n")}\n\n\n${lines.slice(9).join("\r\n\r\n")}\n\n`;
    expect(singleSpaced(text)!.text).toBe(`\n\n${lines.slice(0, 6).join("\n")}\n\n${lines.slice(6, 9).join("\n")}\n\n${lines.slice(9).join("\r\n")}\n`);
  });

  it("reads a copy with two blank lines after every line as triple-spaced, and an old Mac file's lines by their CR", () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Dòng thứ ${i + 1}`);
    expect(singleSpaced(lines.join("\n\n\n"))!.text).toBe(lines.join("\n"));
    expect(singleSpaced(lines.join("\r\r"))!.text).toBe(lines.join("\r"));
  });

  it("leaves ordinary text as written: single-spaced, a few blank lines between paragraphs, or too short to tell", () => {
    expect(singleSpaced(DEV)).toBeNull();
    // Paragraphs of several lines, a blank line between them: most breaks are single.
    const paragraphs = Array.from({ length: 6 }, (_, p) => `Đoạn ${p}, dòng một\nđoạn ${p}, dòng hai\nđoạn ${p}, dòng ba`);
    expect(singleSpaced(paragraphs.join("\n\n"))).toBeNull();
    // One single break in ten gaps is a copy's joined lines; two are not.
    const lines = Array.from({ length: 11 }, (_, i) => `Dòng thứ ${i + 1}`);
    expect(singleSpaced(`${lines.slice(0, 2).join("\n")}\n\n${lines.slice(2).join("\n\n")}`)).not.toBeNull();
    expect(singleSpaced(`${lines.slice(0, 3).join("\n")}\n\n${lines.slice(3).join("\n\n")}`)).toBeNull();
    // A header's few joined lines (its cells, a table's rows) before the copy's lines: read single-spaced still; a
    // single-spaced text is told in its first lines, read no further.
    expect(singleSpaced(`${lines.slice(0, 5).join("\n")}\n\n${lines.join("\n\n")}\n\n${lines.join("\n\n")}\n\n${lines.join("\n\n")}\n\n${lines.join("\n\n")}`)).not.toBeNull();
    // Seven gaps: a snippet's paragraphs, read as written.
    expect(singleSpaced(lines.slice(0, 8).join("\n\n"))).toBeNull();
    expect(singleSpaced("")).toBeNull();
    expect(singleSpaced("\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n")).toBeNull();
  });

  it("gives analyze() and extract() of the copy the relations and citations of the text, at the copy's offsets", () => {
    const copy = doubled(DEV);
    const [written, read2] = [read(DEV), read(copy)];
    expect(read2.relations).toEqual(written.relations);
    expect(read2.citations).toEqual(written.citations);
    // Each relation's evidence is the same stretch of words in the copy as in the text.
    expect(read2.evidence).toEqual(written.evidence.map((e) => emptied(e)));
    const found = extract(copy);
    expect(found.map((c) => c.id)).toEqual(extract(DEV).map((c) => c.id));
    for (const c of [...found, ...read2.found]) {
      expect(c.raw).toBe(copy.slice(c.start, c.end));
      expect(DEV).toContain(c.raw.replaceAll("\n\n", "\n"));
    }
  });

  it("reads a name a PDF's line broke as a name (LAYOUT-s68-blanks: 'Ban Bí ⏎⏎thư', fresh29a-006)", () => {
    const head = "Căn cứ Điều lệ Đảng;\nCăn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí\nthư khoá XIII;\nXét đề nghị của Ban Tổ chức Trung ương,\nBỘ CHÍNH TRỊ QUY ĐỊNH\nĐiều 1. Phạm vi điều chỉnh\nQuy định này quy định về công tác kiểm tra.\nĐiều 2. Đối tượng áp dụng\nCác tổ chức đảng.\nĐiều 3. Hiệu lực thi hành\nQuy định này có hiệu lực từ ngày ký.\n";
    const names = (t: string) => extract(t).filter((c) => c.form === "named").map((c) => c.raw.replace(/\s+/g, " "));
    expect(names(head)).toContain("Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khoá XIII");
    expect(names(doubled(head))).toEqual(names(head));
  });

  it("reads 200,000 lines in time linear in their number", () => {
    const large = "Căn cứ Luật\n\n".repeat(200_000);
    const small = "Căn cứ Luật\n\n".repeat(100_000);
    expect(cpuRatio((t) => singleSpaced(t), large, small, 3, 3)).toBeLessThan(3);
    expect(singleSpaced(large)!.text.length).toBe(large.length - 200_000);
  });
});
