/**
 * Properties over generated Vietnamese text (bench/corpus.mjs: fixture prose with citations
 * inserted in every form of DOMAIN.md, and the traps of §5 switched on at random): each inserted
 * citation is found with the right identity and span, nothing else is found, and the invariants
 * of the arbitrary-string properties hold here too, where citations are dense.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { Citation } from "../../src/types.js";
import { generateText, type InsertedCitation } from "../../bench/corpus.mjs";
import { generatedSample, ratesFor } from "./arbitraries.js";
import { extractUnguarded, spanProblems } from "./invariants.js";

const RUNS = { numRuns: 300 };

const sampleText = (s: { seed: number; bytes: number; on: string[] }) =>
  generateText({ seed: s.seed, bytes: s.bytes, mutations: ratesFor(s.on) });

/** What was inserted, as vncite should report it, next to what it reported at that number. */
function mismatches(text: string, inserted: readonly InsertedCitation[], all: readonly Citation[]): string[] {
  // The generator inserts numbered citations; the fixture prose around them also names laws
  // ("Luật Đầu tư"), which vncite reports as named mentions: those are not checked here.
  const found = all.filter((c) => c.form === "full");
  const byNumber = new Map(found.map((c) => [c.numberStart, c]));
  const out: string[] = [];
  for (const want of inserted) {
    const got = byNumber.get(want.numberStart);
    const written = JSON.stringify(text.slice(want.start, want.end));
    if (!got) {
      out.push(`missed ${written}`);
      continue;
    }
    const expected = {
      start: want.start,
      end: want.end,
      numberEnd: want.numberEnd,
      kind: want.kind,
      kindText: want.kindText,
      number: want.number,
      year: want.year,
      symbol: want.symbol,
      style: want.style,
      date: want.date,
    };
    const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, got[k as keyof Citation]]));
    // Prose that happens to end with a law's name ("... Luật Doanh nghiệp") right before an inserted
    // "số 20/2022/QH15" makes one mention, "Luật Doanh nghiệp số 20/2022/QH15", as real text does.
    const named = got.name !== undefined && got.start < want.start && /^(?:Bộ luật|Luật|Pháp lệnh)/iu.test(got.raw.normalize("NFC"));
    for (const k of Object.keys(expected) as (keyof typeof expected)[]) {
      if (named && (k === "start" || k === "kindText" || k === "kind")) continue;
      if (actual[k] !== expected[k]) {
        out.push(`${written}: ${k} is ${JSON.stringify(actual[k])}, expected ${JSON.stringify(expected[k])}`);
      }
    }
  }
  const insertedAt = new Set(inserted.map((c) => c.numberStart));
  for (const c of found) if (!insertedAt.has(c.numberStart)) out.push(`found ${JSON.stringify(c.raw)}, which was not inserted`);
  return out;
}

describe("extract over generated text with mutated citations", () => {
  it("finds every inserted citation, with its identity and span, and nothing else", () => {
    fc.assert(
      fc.property(generatedSample, (s) => {
        const g = sampleText(s);
        expect(mismatches(g.text, g.citations, extract(g.text))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("finds them in realistic text of every trap at its own rate, fixtures' density", () => {
    const g = generateText({ seed: 2024, bytes: 300_000 });
    expect(g.citations.length).toBeGreaterThan(200);
    expect(mismatches(g.text, g.citations, extract(g.text))).toEqual([]);
  });

  it("never throws underneath, and gives well-formed spans", () => {
    fc.assert(
      fc.property(generatedSample, (s) => {
        const g = sampleText(s);
        expect(spanProblems(g.text, extractUnguarded(g.text))).toEqual([]);
        expect(spanProblems(g.text, extractUnguarded(g.text, "whole-text"))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(generatedSample, (s) => {
        const g = sampleText(s);
        expect(extract(g.text)).toEqual(extract(g.text));
      }),
      RUNS,
    );
  });

  it("gives the same citations on the island and the whole-text paths", () => {
    fc.assert(
      fc.property(generatedSample, (s) => {
        const g = sampleText(s);
        expect(extract(g.text)).toEqual(extract(g.text, { strategy: "whole-text" }));
      }),
      RUNS,
    );
  });

  it("finds a citation cut from its context: alone, at the very start or end of the text", () => {
    fc.assert(
      fc.property(generatedSample, (s) => {
        const g = sampleText(s);
        for (const c of g.citations.slice(0, 3)) {
          const alone = g.text.slice(c.start, c.end);
          const [got] = extract(alone);
          expect(got, JSON.stringify(alone)).toBeDefined();
          expect({ number: got.number, symbol: got.symbol }).toEqual({ number: c.number, symbol: c.symbol });
        }
      }),
      { numRuns: 60 },
    );
  });
});
