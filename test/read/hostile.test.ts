/**
 * Hostile files cost time in proportion to their size. Each case times two sizes 4x or 8x apart
 * (the best of a few runs each, see test/hostile/timing.ts): linear code grows about 4x or 8x,
 * the quadratic paths these replace 16x or 64x. The sizes that took minutes are in
 * bench/hostile-files.bench.mjs.
 */
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import { joinItems } from "../../src/read/pdf.js";
import { trimTrailingNewlines } from "../../src/read/trim.js";
import { makeDocx } from "../hostile/make-files.js";
import { growth } from "../hostile/timing.js";

const enc = (s: string) => new TextEncoder().encode(s);
const html = (source: string) => readDocument(enc(source), { format: "html", path: "p.html" });

describe("hostile files take linear time", () => {
  it("line breaks before the last word (/\\n+$/ was quadratic: 400,000 empty .docx paragraphs took minutes)", async () => {
    const text = (n: number) => "\n".repeat(n) + "x" + "\n".repeat(3);
    const [small, large] = [text(500_000), text(2_000_000)];
    expect(trimTrailingNewlines(large)).toBe(large.slice(0, -3));
    expect(await growth(() => trimTrailingNewlines(small), () => trimTrailingNewlines(large), 5)).toBeLessThan(10);
  });

  it("a 4.4 KB .docx of 400,000 empty paragraphs is read in one linear pass, not as mammoth's tree (4 s of CPU, 700 MB)", async () => {
    const docx = (n: number) => makeDocx([...Array(n).fill(""), "Nghị định 61/2018/NĐ-CP", "", ""]);
    const issue = docx(400_000);
    expect(issue.length).toBeLessThan(5000);
    expect((await readDocument(issue, { path: "x.docx" })).text).toBe("\n".repeat(400_000) + "Nghị định 61/2018/NĐ-CP");
    const [small, large] = [docx(25_000), docx(100_000)];
    const read = (bytes: Buffer) => () => readDocument(bytes, { path: "x.docx" });
    expect(await growth(read(small), read(large), 3, "cpu")).toBeLessThan(8);
  });

  it("HTML: unclosed elements, nested or side by side, cost what closed ones do (the parser's clean-up was quadratic)", async () => {
    // Compared with a page of as many closed elements, in turns: old code took 3 s on 10,000
    // unclosed <div>s against 0.05 s closed; now they are within a small factor.
    const n = 10_000;
    const closed = "<html><body>" + "<div>x</div>".repeat(n) + "Căn cứ Nghị định 61/2018/NĐ-CP";
    for (const unit of ["<div>", "<font>x", "<span>"]) {
      const page = "<html><body>" + unit.repeat(n) + "Căn cứ Nghị định 61/2018/NĐ-CP";
      expect(await growth(() => html(closed), () => html(page))).toBeLessThan(8);
    }
  });

  it("PDF: one line of many items costs what as many one-item lines do (the line's end was read per item)", async () => {
    const item = (x: number, y: number) => ({ str: " ".repeat(200) + "a", dir: "ltr", width: 10, height: 10, transform: [10, 0, 0, 10, x, y], fontName: "F1", hasEOL: false });
    const n = 16_000;
    const oneLine = Array.from({ length: n }, (_, i) => item(i * 30, 700));
    const manyLines = Array.from({ length: n }, (_, i) => item(72, 700 - i * 20));
    expect(joinItems(oneLine.slice(0, 3))).toBe(" ".repeat(200) + "a" + " ".repeat(200) + "a" + " ".repeat(200) + "a");
    // Old code: every item joined the whole line so far, 16,000 times over 3 MB.
    expect(await growth(() => joinItems(manyLines), () => joinItems(oneLine), 3)).toBeLessThan(8);
  });

  it("HTML: 100,000 nested elements do not overflow the stack", async () => {
    const deep = "<html><body>" + "<div><span>".repeat(50_000) + "Căn cứ Nghị định 61/2018/NĐ-CP" + "</span></div>".repeat(50_000);
    expect((await html(deep)).text).toBe("Căn cứ Nghị định 61/2018/NĐ-CP");
  });
});

describe("HTML scripts and styles are never text", () => {
  it("an unterminated <script> or <style> ends at the end of the file", async () => {
    for (const tag of ["script", "style", "SCRIPT", "Style"]) {
      const result = await html(`<html><body><p>Căn cứ 1/QĐ-TTg</p><${tag}>var s = "2/QĐ-TTg"; if (a < b) { x = '<div>3/QĐ-TTg</div>'; }`);
      expect(result.text).toBe("Căn cứ 1/QĐ-TTg");
    }
  });

  it("a <script> closed in another case or with a space before '>' ends there", async () => {
    const result = await html(`<body><p>a 1/QĐ-TTg</p><Script>var s = "2/QĐ-TTg";</script ><p>b 3/QĐ-TTg</p><STYLE>p{}</style><p>c</p></body>`);
    expect(result.text).toBe("a 1/QĐ-TTg\nb 3/QĐ-TTg\nc");
  });
});
