import { describe, it, expect } from "vitest";
import { readFile } from "node:fs/promises";
import { readDocument, pageAt, ReadError } from "../../src/read/index.js";
import { citationSet, fixtureText, formatFile } from "./helpers.js";

const F001 = "001_69a87f8fa69e4c9a.txt";
const F002 = "002_4540b16e731d674a.txt";
const F003 = "003_b25d2e1b7847da88.txt";
const F004 = "004_2d26f027d69bfb37.txt";

/** Each test document, the fixture it was made from, and what the reader must say about it. */
const DOCUMENTS = [
  { file: "002_4540b16e731d674a.pdf", source: F002, format: "pdf", pages: 4, warnings: [] },
  { file: "004_2d26f027d69bfb37.pdf", source: F004, format: "pdf", pages: 7, warnings: [] },
  { file: "002_4540b16e731d674a.docx", source: F002, format: "docx", warnings: [] },
  { file: "002_4540b16e731d674a.doc", source: F002, format: "doc", warnings: [] },
  { file: "003_b25d2e1b7847da88.html", source: F003, format: "html", warnings: [] },
  { file: "001_69a87f8fa69e4c9a.tcvn3.txt", source: F001, format: "text", warnings: ["single-byte", "legacy-encoding"] },
  { file: "001_69a87f8fa69e4c9a.vni.txt", source: F001, format: "text", warnings: ["single-byte", "legacy-encoding"] },
  { file: "001_69a87f8fa69e4c9a.tcvn3.docx", source: F001, format: "docx", warnings: ["legacy-encoding"] },
  { file: "001_69a87f8fa69e4c9a.vni.doc", source: F001, format: "doc", warnings: ["legacy-encoding"] },
] as const;

describe("readDocument on the test documents", () => {
  for (const doc of DOCUMENTS) {
    it(`${doc.file}: same citation strings as ${doc.source}`, async () => {
      const result = await readDocument(formatFile(doc.file));
      expect(result.format).toBe(doc.format);
      expect(result.warnings.map((w) => w.code)).toEqual(doc.warnings);
      const expected = citationSet(fixtureText(doc.source));
      expect(expected.length).toBeGreaterThan(0);
      expect(citationSet(result.text)).toEqual(expected);
      if ("pages" in doc) expect(result.pages).toHaveLength(doc.pages);
      else expect(result.pages).toBeUndefined();
    });
  }

  it("reads bytes as well as paths, telling the format from the signature", async () => {
    const bytes = await readFile(formatFile("002_4540b16e731d674a.docx"));
    const fromBytes = await readDocument(new Uint8Array(bytes));
    const fromPath = await readDocument(formatFile("002_4540b16e731d674a.docx"));
    expect(fromBytes.format).toBe("docx");
    expect(fromBytes.text).toBe(fromPath.text);
  });

  it(".docx and .doc give the fixture's text line for line", async () => {
    const source = fixtureText(F002).replace(/\n+$/, "");
    expect((await readDocument(formatFile("002_4540b16e731d674a.docx"))).text).toBe(source);
    expect((await readDocument(formatFile("002_4540b16e731d674a.doc"))).text).toBe(source);
  });

  it("legacy documents convert to the fixture's text (TCVN3 loses the case of a lone toned capital)", async () => {
    const source = fixtureText(F001);
    expect((await readDocument(formatFile("001_69a87f8fa69e4c9a.vni.txt"))).text).toBe(source);
    expect((await readDocument(formatFile("001_69a87f8fa69e4c9a.vni.doc"))).text).toBe(source.replace(/\n+$/, ""));
    const tcvn3 = (await readDocument(formatFile("001_69a87f8fa69e4c9a.tcvn3.txt"))).text;
    expect(tcvn3.toLowerCase()).toBe(source.toLowerCase());
    expect(tcvn3).toContain("I. MỤC ĐÍCH, YÊU CẦU"); // all-caps words keep their case
  });
});

describe("HTML page", () => {
  it("keeps the document and drops navigation, scripts, styles, header, footer", async () => {
    const { text } = await readDocument(formatFile("003_b25d2e1b7847da88.html"));
    expect(text.startsWith("KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2022 của huyện Long Hồ")).toBe(true);
    for (const noise of ["111/QĐ", "222/2099", "333/KH", "444/QĐ", "555/CT", "666/2099", "777/GP", "888/UBND", "999/QĐ", "dataLayer", "Trang chủ"]) {
      expect(text).not.toContain(noise);
    }
  });
});

describe("PDF pages", () => {
  it("reports page spans in order, separated by a blank line, and pageAt finds them", async () => {
    const { text, pages } = await readDocument(formatFile("002_4540b16e731d674a.pdf"));
    expect(pages).toBeDefined();
    const spans = pages!;
    expect(spans[0].start).toBe(0);
    expect(spans[spans.length - 1].end).toBe(text.length);
    spans.forEach((page, i) => {
      expect(page.end).toBeGreaterThan(page.start);
      if (i > 0) expect(text.slice(spans[i - 1].end, page.start)).toBe("\n\n");
      expect(pageAt(spans, page.start)).toBe(i + 1);
      expect(pageAt(spans, page.end - 1)).toBe(i + 1);
    });
    // Where pdftotext puts them: the first citation opens page 1, the signature closes page 4.
    expect(pageAt(spans, text.indexOf("551/SNV-TCBCTCPCP"))).toBe(1);
    expect(pageAt(spans, text.indexOf("Hồng Ngọc Hưng"))).toBe(4);
  });

  it("every citation of the 004 PDF lies on the page whose text holds it", async () => {
    const { text, pages } = await readDocument(formatFile("004_2d26f027d69bfb37.pdf"));
    const re = /\d+\s*\/\s*(?:\d{4}\s*\/\s*)?[A-ZĐ][\p{L}.&]*(?:-[\p{L}.&]+)*/gu;
    let seen = 0;
    for (const m of text.matchAll(re)) {
      const page = pageAt(pages, m.index)!;
      const span = pages![page - 1];
      expect(m.index).toBeGreaterThanOrEqual(span.start);
      expect(m.index).toBeLessThan(span.end);
      seen++;
    }
    expect(seen).toBeGreaterThan(5);
  });
});

describe("scanned PDFs", () => {
  it("a PDF without a text layer is a ReadError naming the file and asking for OCR", async () => {
    const file = formatFile("002_4540b16e731d674a.scan.pdf");
    const error = await readDocument(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: "needs-ocr", path: file });
    expect((error as ReadError).message).toContain(file);
    expect((error as ReadError).message).toMatch(/OCR/);
  });

  it("a PDF with one scanned page reads the rest and warns about that page", async () => {
    const { text, pages, warnings } = await readDocument(formatFile("002_4540b16e731d674a.mixed.pdf"));
    expect(pages).toHaveLength(5);
    expect(pages![0]).toEqual({ start: 0, end: 0 });
    expect(warnings).toEqual([expect.objectContaining({ code: "empty-page", message: expect.stringMatching(/^page 1 of 5 holds no text \(scanned\?\): OCR it to read its citations$/) })]);
    expect(pageAt(pages, text.indexOf("551/SNV-TCBCTCPCP"))).toBe(2);
    expect(citationSet(text)).toEqual(citationSet(fixtureText(F002)));
  });
});

describe("damaged and mislabelled files", () => {
  it("a truncated PDF, .docx or .doc is a ReadError 'corrupt'", async () => {
    for (const name of ["002_4540b16e731d674a.pdf", "002_4540b16e731d674a.docx", "002_4540b16e731d674a.doc"]) {
      const bytes = await readFile(formatFile(name));
      const broken = new Uint8Array(bytes.subarray(0, 600));
      const error = await readDocument(broken, { path: `broken-${name}` }).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(ReadError);
      expect(error, name).toMatchObject({ code: "corrupt", path: `broken-${name}` });
    }
  });

  it("a missing file is a ReadError 'unreadable'", async () => {
    await expect(readDocument("/nonexistent/plan.pdf")).rejects.toMatchObject({ code: "unreadable", path: "/nonexistent/plan.pdf" });
  });

  it("content wins over a wrong extension, with a warning", async () => {
    const bytes = await readFile(formatFile("002_4540b16e731d674a.docx"));
    const result = await readDocument(new Uint8Array(bytes), { path: "plan.doc" });
    expect(result.format).toBe("docx");
    expect(result.warnings.map((w) => w.code)).toEqual(["format-mismatch"]);
  });

  it("RTF is refused clearly", async () => {
    const rtf = new TextEncoder().encode("{\\rtf1\\ansi Quyết định}");
    await expect(readDocument(rtf, { path: "plan.doc" })).rejects.toMatchObject({ code: "unsupported-format" });
  });
});
