import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze, type Analysis } from "../../src/index.js";

/** What a reader of the analysis sees of a document, without offsets (other line breaks move them). */
function reading(a: Analysis) {
  return {
    self: [a.self.id, a.self.kind, a.self.title?.replace(/\s+/g, " ") ?? null],
    citations: a.citations.map((c) => [c.id, c.role, c.kind]),
    relations: a.relations.map((r) => [r.type, r.from, r.to, r.evidence.sentence.replace(/\s+/g, " ")]),
  };
}

const texts = (dir: string) => {
  const path = new URL(dir, import.meta.url).pathname;
  return readdirSync(path).filter((f) => f.endsWith(".txt")).sort().map((f) => [f, readFileSync(join(path, f), "utf8")] as const);
};

describe("analyze with the line breaks other editors write", () => {
  // Every real text the project has: a rule that reads lines must read them whatever ends them.
  const documents = [...texts("../../fixtures/"), ...texts("../../fixtures/dev/texts/")];

  it.each([
    ["\\r\\n (Windows)", "\r\n"],
    ["\\r (old Mac)", "\r"],
    ["U+2028", "\u2028"],
  ])("reads %s as it reads \\n, on every fixture and development text", (_, lineEnd) => {
    const differ: string[] = [];
    for (const [name, text] of documents) {
      const want = reading(analyze(text, { path: name }));
      const got = reading(analyze(text.replaceAll("\n", lineEnd), { path: name }));
      if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(name);
    }
    expect(documents.length).toBeGreaterThan(60);
    expect(differ).toEqual([]);
  });
});
