import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withoutCitations } from "../../../src/analyze/jurisdiction/most-named.js";

// Session 59 (speed59c, issue 15): withoutCitations' blanks are sliced from one string of spaces where a citation is
// short enough, made by repeat where longer. The copy must be the text with each citation blanked, as before.

interface Span {
  start: number;
  end: number;
}

/** The text with each citation that does not start inside the last one blanked, made spaces by repeat, then sliced. */
function reference(text: string, cited: readonly Span[], from: number, to: number): string {
  let out = "";
  let at = 0;
  for (const c of cited) {
    if (c.start < at) continue;
    out += text.slice(at, c.start) + " ".repeat(c.end - c.start);
    at = c.end;
  }
  return (out + text.slice(at)).slice(from, to);
}

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spans in text order, some overlapping the one before (left as they are), of lengths up to `long`. */
function randomSpans(length: number, seed: number, gap: number, long: number): Span[] {
  const r = random(seed);
  const out: Span[] = [];
  let at = Math.floor(r() * gap);
  while (at < length) {
    const start = r() < 0.1 && out.length > 0 ? Math.max(out[out.length - 1].start, out[out.length - 1].end - 5) : at;
    const end = Math.min(length, start + Math.floor(r() * long));
    out.push({ start, end });
    at = Math.max(at, end) + Math.floor(r() * gap);
  }
  return out;
}

describe("withoutCitations' blanks (jurisdiction/most-named.ts)", () => {
  it("blanks each citation, shorter or longer than the string of spaces it slices, over dev texts", () => {
    const dir = "fixtures/dev/texts";
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .slice(0, 40)
      .map((f) => readFileSync(join(dir, f), "utf8"));
    let blanks = 0;
    for (const [t, text] of texts.entries())
      for (const [seed, long] of [
        [t * 3 + 1, 60],
        [t * 3 + 2, 400],
        [t * 3 + 3, 3000],
      ]) {
        const cited = randomSpans(text.length, seed, 200, long);
        blanks += cited.length;
        for (const [from, to] of [
          [0, 6000],
          [0, text.length],
          [Math.floor(text.length / 3), Math.floor((2 * text.length) / 3)],
        ])
          expect(withoutCitations(text, cited, from, to)).toBe(reference(text, cited, from, to));
      }
    expect(blanks).toBeGreaterThan(500);
  });
});
