import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze, type Analysis } from "../../src/index.js";

/** What a reader of the analysis sees of a document, without offsets (other line breaks move them). */
function reading(a: Analysis, evidence = true) {
  return {
    self: [a.self.id, a.self.kind, a.self.title?.replace(/\s+/g, " ") ?? null],
    citations: a.citations.map((c) => [c.id, c.role, c.kind]),
    relations: a.relations.map((r) => [r.type, r.from, r.to, evidence ? r.evidence.sentence.replace(/\s+/g, " ") : null]),
  };
}

/** One line broken at spaces into lines of at most 60 characters (a longer word stands alone). */
function wrap(line: string): string {
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current && current.length + 1 + word.length > 60) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out.join("\n");
}

const texts = (dir: string) => {
  const path = new URL(dir, import.meta.url).pathname;
  return readdirSync(path).filter((f) => f.endsWith(".txt")).sort().map((f) => [f, readFileSync(join(path, f), "utf8")] as const);
};

describe("analyze with the whitespace other editors write", () => {
  // Every real text the project has: a rule that reads lines or words must read them whatever
  // ends a line or parts two words.
  const documents = [...texts("../../fixtures/"), ...texts("../../fixtures/dev/texts/")];
  const sameReading = (change: (text: string) => string, evidence = true) => {
    const differ: string[] = [];
    for (const [name, text] of documents) {
      const want = reading(analyze(text, { path: name }), evidence);
      const got = reading(analyze(change(text), { path: name }), evidence);
      if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(name);
    }
    expect(documents.length).toBeGreaterThan(60);
    expect(differ).toEqual([]);
  };

  it.each([
    ["\\r\\n (Windows)", "\r\n"],
    ["\\r (old Mac)", "\r"],
    ["U+2028", "\u2028"],
  ])("reads %s as it reads \\n, on every fixture and development text", (_, lineEnd) => {
    sameReading((text) => text.replaceAll("\n", lineEnd));
  });

  it.each([
    ["two spaces (justified text)", "  "],
    ["a tab", "\t"],
  ])("reads %s between words as one space, on every fixture and development text", (_, space) => {
    sameReading((text) => text.replaceAll(" ", space));
  });

  // The same documents, roles and relations; the evidence may be shorter: a wrapped line that
  // opens with a dash ("- Bộ Tài chính", "– 2023") reads as a list item, as a bullet would.
  it("reads a text hard-wrapped at 60 columns (a plain-text export, a PDF's lines) as it reads it unwrapped", () => {
    sameReading((text) => text.split("\n").map(wrap).join("\n"), false);
  });
});
