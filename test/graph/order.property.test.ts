import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/index.js";
import type { Analysis, AnalyzedCitation, RelationType } from "../../src/types.js";
import { CENTRAL, HAU_GIANG, TRA_VINH, cite, self } from "./make.js";

// Documents seen with conflicting details (kinds, dates, issuers, jurisdictions) from several
// files: the graph must not depend on the order the files, citations or relations arrive in.
const IDS = ["61/2018/NĐ-CP", "76/NQ-CP@2021", "103/KH-UBND@2021~tra-vinh", "103/KH-UBND@2021~tien-giang", "05-CT/TU@2021~hau-giang", "file:a.txt"];
const TYPES: RelationType[] = ["based_on", "implements", "amends", "references"];

const citation = fc.record({
  id: fc.constantFrom(...IDS.slice(0, 5)),
  role: fc.constantFrom<RelationType>(...TYPES),
  kind: fc.constantFrom<AnalyzedCitation["kind"]>("plan", "decision", "document", "decree"),
  date: fc.constantFrom(null, "2021-04-12", "2021-12-24"),
  place: fc.constantFrom(null, "Trà Vinh", "Hậu Giang"),
  jurisdiction: fc.constantFrom(CENTRAL, HAU_GIANG, TRA_VINH, null),
  start: fc.nat(50),
});

const file = fc.record({
  self: fc.constantFrom(...IDS),
  title: fc.constantFrom(null, "Kế hoạch A", "Kế hoạch B"),
  citations: fc.array(citation, { maxLength: 6 }),
  links: fc.array(fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...TYPES), fc.constantFrom(...IDS), fc.nat(20)), { maxLength: 4 }),
});

type FileSpec = typeof file extends fc.Arbitrary<infer T> ? T : never;

function toAnalyses(files: FileSpec[]): Analysis[] {
  return files.map((f, i) => {
    const path = `f${i}.txt`;
    const selfId = f.self === "file:a.txt" ? `file:${path}` : f.self;
    const citations = f.citations.map((c) =>
      cite(c.id, c.role, {
        kind: c.kind,
        date: c.date,
        start: c.start,
        end: c.start + 9,
        issuer: { code: "UBND", name: c.place ? `Ủy ban nhân dân tỉnh ${c.place}` : "Ủy ban nhân dân", level: c.place ? "province" : null, place: c.place },
        jurisdiction: c.jurisdiction,
      }),
    );
    return {
      path,
      self: self(selfId, { path, title: f.title }),
      citations,
      relations: [
        ...citations.map((c) => ({ type: c.role as RelationType, from: selfId, to: c.id, evidence: { start: c.start, end: c.end, sentence: `s${c.start}` } })),
        ...f.links.map(([from, type, to, s]) => ({ type, from, to, evidence: { start: s, end: s + 1, sentence: `l${s}` } })),
      ],
      warnings: [],
    };
  });
}

const shuffle = <T,>(xs: T[], seed: number): T[] => {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

describe("order independence (property)", () => {
  it("any order of files, citations and relations gives byte-identical JSON; loading then adding too", () => {
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 6 }), fc.integer(), (files, seed) => {
        const analyses = toAnalyses(files);
        const expected = JSON.stringify(CitationGraph.from(analyses).toJSON());
        const mixed = shuffle(analyses, seed).map((a, i) => ({
          ...a,
          citations: shuffle(a.citations, seed + i),
          relations: shuffle(a.relations, seed - i),
        }));
        expect(JSON.stringify(CitationGraph.from(mixed).toJSON())).toBe(expected);
        const half = Math.floor(mixed.length / 2);
        const loaded = CitationGraph.fromJSON(JSON.stringify(CitationGraph.from(mixed.slice(0, half)).toJSON()));
        for (const a of mixed.slice(half)) loaded.add(a);
        expect(JSON.stringify(loaded.toJSON())).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
