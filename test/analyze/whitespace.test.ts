import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
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

/** Text and its .txt files, sorted by name. */
const texts = (dir: string) => {
  const path = new URL(dir, import.meta.url).pathname;
  return readdirSync(path).filter((f) => f.endsWith(".txt")).sort().map((f) => [f, readFileSync(join(path, f), "utf8")] as const);
};

/** The probe texts of the fresh sets (their gold's held texts left out: no rule is shaped on them), read once for both uses below. */
let freshProbeTexts: (readonly [string, string])[] | undefined;
const allFreshProbe = () => (freshProbeTexts ??= readFreshProbe());
const readFreshProbe = () => {
  const root = new URL("../../fixtures/fresh/", import.meta.url).pathname;
  const probe: (readonly [string, string])[] = [];
  for (const set of readdirSync(root).sort()) {
    if (!existsSync(join(root, set, "gold.json")) || !existsSync(join(root, set, "texts"))) continue; // a listing set has rows, no texts
    const gold = JSON.parse(readFileSync(join(root, set, "gold.json"), "utf8")) as { texts?: { file: string; held?: boolean }[] };
    const held = new Set((gold.texts ?? []).filter((t) => t.held).map((t) => t.file.replace(/^.*\//, "")));
    for (const [name, text] of texts(`../../fixtures/fresh/${set}/texts/`)) if (!held.has(name)) probe.push([name, text]);
  }
  return probe;
};
/** Every 5th probe text of the fresh sets. */
const freshProbe = () => allFreshProbe().filter((_, i) => i % 5 === 0);
/**
 * The probe texts pdftotext's layout mode wrote (a form feed opens each page): indented lines, a centred page number,
 * a header's columns set apart by runs of spaces (fresh55g-002/003, fresh56b-002/003, fresh56d-003/011,
 * fresh57b-003/006, fresh57f-007/011).
 */
const layoutProbe = () => allFreshProbe().filter(([, text]) => text.includes("\f"));

describe("analyze with the whitespace other editors write", () => {
  // Every real text the project has: a rule that reads lines or words must read them whatever
  // ends a line or parts two words.
  const documents = [...texts("../../fixtures/"), ...texts("../../fixtures/dev/texts/")];
  // Each text's own reading, once for all the changes below that compare with it.
  const readings = new Map<string, ReturnType<typeof reading>>();
  const readingOf = (name: string, text: string, evidence: boolean) => {
    const key = `${evidence}:${name}`;
    let want = readings.get(key);
    if (!want) readings.set(key, (want = reading(analyze(text, { path: name }), evidence)));
    return want;
  };
  const sameReading = (change: (text: string) => string, evidence = true, among = documents, least = 60) => {
    const differ: string[] = [];
    for (const [name, text] of among) {
      const want = readingOf(name, text, evidence);
      const got = reading(analyze(change(text), { path: name }), evidence);
      if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(name);
    }
    expect(among.length).toBeGreaterThan(least);
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

  // Word and PDF exports leave blanks at a line's end, HTML pages give U+00A0 for spaces, copies
  // indent every line: a rule that reads a line's start or end must read past them.
  const lineEnds = (text: string) => {
    let i = 0;
    return text.replace(/\n/g, () => [" \n", "  \n", "\t\n"][i++ % 3]);
  };
  const changes: [string, (text: string) => string][] = [
    ["one or two spaces or a tab at every line's end", lineEnds],
    ["U+00A0 for every space", (text) => text.replaceAll(" ", "\u00a0")],
    ["every line indented by two spaces", (text) => text.replace(/^/gm, "  ")],
  ];
  it.each(changes)("reads a text with %s as it reads it without, on every fixture and development text", (_, change) => {
    sameReading(change);
  });

  const fresh = freshProbe();
  it.each(changes)("reads a text with %s as it reads it without, on every 5th probe text of the fresh sets", (_, change) => {
    sameReading(change, true, fresh);
  });

  // A justified copy doubles their spaces, a tab-separated one makes each a tab: every rule that reads a run of
  // blanks (a bounded window, an indentation, a column's break) must read it there as where one space is written.
  const layout = layoutProbe();
  it.each([
    ["two spaces (justified text)", "  "],
    ["a tab", "\t"],
  ])("reads %s between words as one space, on every probe text pdftotext's layout mode wrote", (_, space) => {
    sameReading((text) => text.replaceAll(" ", space), true, layout, 5);
  });
});
