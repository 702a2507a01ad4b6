import { describe, it, expect } from "vitest";
import { extract } from "../../src/index.js";
import { readDocument, pageAt } from "../../src/read/index.js";
import { fixtureText, formatFile } from "./helpers.js";

/** Each test document and the fixture text it was made from. */
const DOCUMENTS: [file: string, source: string][] = [
  ["002_4540b16e731d674a.pdf", "002_4540b16e731d674a.txt"],
  ["004_2d26f027d69bfb37.pdf", "004_2d26f027d69bfb37.txt"],
  ["002_4540b16e731d674a.mixed.pdf", "002_4540b16e731d674a.txt"],
  ["002_4540b16e731d674a.docx", "002_4540b16e731d674a.txt"],
  ["002_4540b16e731d674a.doc", "002_4540b16e731d674a.txt"],
  ["003_b25d2e1b7847da88.html", "003_b25d2e1b7847da88.txt"],
  ["001_69a87f8fa69e4c9a.tcvn3.txt", "001_69a87f8fa69e4c9a.txt"],
  ["001_69a87f8fa69e4c9a.vni.txt", "001_69a87f8fa69e4c9a.txt"],
  ["001_69a87f8fa69e4c9a.tcvn3.docx", "001_69a87f8fa69e4c9a.txt"],
  ["001_69a87f8fa69e4c9a.vni.doc", "001_69a87f8fa69e4c9a.txt"],
];

const identity = (text: string) =>
  extract(text)
    .map((c) => [c.kind, c.number, c.symbol, c.date].join(" | "))
    .sort();

describe("extract on read documents", () => {
  it.each(DOCUMENTS)("%s gives the citations of %s (kind, number, symbol, date)", async (file, source) => {
    const expected = identity(fixtureText(source));
    expect(expected.length).toBeGreaterThan(0);
    const { text } = await readDocument(formatFile(file));
    expect(identity(text)).toEqual(expected);
  });

  it("citations of a PDF carry offsets into the read text and a page", async () => {
    const { text, pages } = await readDocument(formatFile("004_2d26f027d69bfb37.pdf"));
    const citations = extract(text);
    for (const c of citations) {
      expect(text.slice(c.start, c.end)).toBe(c.raw);
      expect(pageAt(pages, c.start)).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(citations.map((c) => pageAt(pages, c.start))).size).toBeGreaterThan(1);
  });

  it("a scanned PDF gives its error instead of citations", async () => {
    await expect(readDocument(formatFile("002_4540b16e731d674a.scan.pdf"))).rejects.toMatchObject({ code: "needs-ocr" });
  });
});
