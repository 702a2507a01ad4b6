import { readFileSync } from "node:fs";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Analysis } from "../../src/types.js";
import { annotatePage, partsOf } from "../../src/view/annotate.js";

const PATH = "fixtures/000_d68bdff47092aead.txt";
const TEXT = readFileSync(PATH, "utf8");
const ANALYSIS = analyze(TEXT, { path: PATH });

/** The marked pieces of a page, grouped by citation (a citation split by a part's edge has two). */
function marks(html: string): Map<string, { text: string; id: string; role: string }> {
  const found = new Map<string, { text: string; id: string; role: string }>();
  for (const el of parse(html).querySelectorAll(".cite")) {
    const i = el.getAttribute("data-i")!;
    const had = found.get(i);
    found.set(i, { text: (had?.text ?? "") + el.text, id: el.getAttribute("data-id")!, role: el.getAttribute("data-role")! });
  }
  return found;
}

/** The page's text as a reader sees it: the document's, without the part labels. */
function shownText(html: string): string {
  const main = parse(html).querySelector("#text")!;
  for (const label of main.querySelectorAll(".part-label")) label.remove();
  return main.text;
}

describe("annotatePage", () => {
  it("marks every citation once, over exactly its text, with its id and role", () => {
    const html = annotatePage(TEXT, ANALYSIS);
    const found = marks(html);
    expect(found.size).toBe(ANALYSIS.citations.length);
    ANALYSIS.citations.forEach((c, i) => {
      expect(found.get(String(i))).toEqual({ text: TEXT.slice(c.start, c.end), id: c.id, role: c.role });
    });
    expect(shownText(html)).toBe(TEXT);
  });

  it("shows no parts when the analysis has none, and outlines them when it has", () => {
    const { parts: analysed, ...withoutParts } = ANALYSIS;
    expect(annotatePage(TEXT, withoutParts)).not.toContain('class="part"');
    // analyze() gives them: every one is outlined, in text order.
    expect(analysed?.length).toBeGreaterThan(0);
    expect(parse(annotatePage(TEXT, ANALYSIS)).querySelectorAll("nav.parts a").map((a) => a.text)).toEqual(analysed!.map((p) => p.type));
    const first = ANALYSIS.citations[3];
    // A part that ends inside a citation: the citation is split, not lost or duplicated.
    const parts = [
      { type: "heading", start: 0, end: 200 },
      { type: "body", start: 200, end: first.start + 3 },
      { type: "closing", start: first.start + 3, end: TEXT.length },
    ];
    const html = annotatePage(TEXT, { ...withoutParts, parts } as Analysis);
    const root = parse(html);
    expect(root.querySelectorAll("span.part").map((p) => p.getAttribute("data-part"))).toEqual(expect.arrayContaining(["heading", "body", "closing"]));
    expect(root.querySelectorAll("nav.parts a").map((a) => a.text)).toEqual(["heading", "body", "closing"]);
    expect(root.querySelectorAll('.cite[data-i="3"]')).toHaveLength(2);
    expect(marks(html).get("3")!.text).toBe(TEXT.slice(first.start, first.end));
    expect(marks(html).size).toBe(ANALYSIS.citations.length);
    expect(shownText(html)).toBe(TEXT);
  });

  it("leaves out malformed parts instead of failing", () => {
    const bad = [null, 3, { type: 1, start: 0, end: 5 }, { type: "x", start: 5, end: 2 }, { type: "y", start: -10, end: 1e9 }, { type: "z", start: 1.5, end: 4 }];
    expect(partsOf({ ...ANALYSIS, parts: bad } as unknown as Analysis, 100)).toEqual([{ type: "y", start: 0, end: 100 }]);
    expect(partsOf({ ...ANALYSIS, parts: "no" } as unknown as Analysis, 100)).toEqual([]);
  });

  it("links each citation to its document in a view page when given one", () => {
    const html = annotatePage(TEXT, ANALYSIS, { graphHref: "graph.html" });
    const links = parse(html).querySelectorAll("a.cite");
    expect(links).toHaveLength(ANALYSIS.citations.length);
    expect(links[0].getAttribute("href")).toBe(`graph.html#ref=${encodeURIComponent(ANALYSIS.citations[0].id)}`);
  });

  it("escapes markup in the text and keeps the page free of outside references", () => {
    const text = 'Căn cứ <script>alert("x")</script> Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 & "Luật"';
    const html = annotatePage(text, analyze(text));
    expect(html).not.toContain("<script>alert");
    expect(shownText(html)).toBe(text);
    expect(marks(html).get("0")!.id).toBe("61/2018/NĐ-CP");
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain("Content-Security-Policy");
  });

  it("writes a page for an empty text", () => {
    const html = annotatePage("", analyze(""));
    expect(parse(html).querySelector("#count")!.text).toBe("0");
  });
});
