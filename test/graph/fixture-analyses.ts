/**
 * Hand-made Analysis objects for the five fixtures, built from the hand-checked gold files the
 * way analyze() is specified to (src/types.ts): the cited documents' ids localised with the
 * citing document's province, a relation from the file's own document to each cited one with
 * the citation's role, and the gold relations between cited documents. Citation details come
 * from extract() where it finds the gold citation, else from the gold itself.
 * They keep the graph tests independent of analyze() (analyze-fixtures.test.ts runs the real one).
 */
import { readFileSync, readdirSync } from "node:fs";
import { extract } from "../../src/extract.js";
import { documentId } from "../../src/identify/id.js";
import { slugify } from "../../src/identify/slug.js";
import type { Analysis, AnalyzedCitation, Citation, Jurisdiction, Relation, RelationType, Role } from "../../src/types.js";
import { issuerByCode } from "../../src/vocab/issuers.js";
import { isTypeCode } from "../../src/vocab/codes.js";
import { findProvince } from "../../src/vocab/provinces.js";

interface GoldCitation {
  at: number;
  text: string;
  kind: AnalyzedCitation["kind"];
  number: string;
  year: number | null;
  symbol: string;
  style: "state" | "party";
  date: string | null;
  role: Role;
}

interface Gold {
  file: string;
  self: {
    kind: AnalyzedCitation["kind"];
    title: string;
    number: string | null;
    symbol: string | null;
    date: string | null;
    jurisdiction: Jurisdiction;
    promulgatedBy: number | null;
  };
  citations: GoldCitation[];
  relations: { type: RelationType; from: number; to: number }[];
}

export const FIXTURE_DIR = new URL("../../fixtures/", import.meta.url);

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

/**
 * The issuer entry named by the ký hiệu: the first of its parts that is a known issuer code, the
 * type code that opens it aside ("CT" of "CT-TTg" is a directive's, though a tax department's code too).
 */
function issuerOf(symbol: string) {
  const parts = symbol.split(/[-/]/);
  for (const [i, part] of parts.entries()) {
    if (i === 0 && parts.length > 1 && isTypeCode(part)) continue;
    const e = issuerByCode(part);
    if (e) return e;
  }
  return null;
}

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[.;\n]/.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !/[.;\n]/.test(text[e])) e++;
  return text.slice(s, e).trim();
}

function fixtureAnalysis(name: string): Analysis {
  const path = `fixtures/${name}`;
  const text = readFileSync(new URL(name, FIXTURE_DIR), "utf8");
  const gold = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, ".gold.json"), FIXTURE_DIR), "utf8")) as Gold;
  const found = new Map(extract(text).map((c) => [c.numberStart, c]));
  const province = gold.self.jurisdiction.province ? findProvince(gold.self.jurisdiction.province) : null;
  const provinceSlug = province?.slug ?? null;

  const citations: AnalyzedCitation[] = gold.citations.map((g) => {
    const x: Citation | undefined = found.get(g.at);
    const entry = issuerOf(g.symbol);
    const local = entry ? entry.local : true;
    const dateYear = g.date ? Number(g.date.slice(0, 4)) : null;
    const id = documentId({
      number: g.number,
      year: g.year,
      symbol: g.symbol,
      party: g.style === "party",
      dateYear,
      local,
      provinceSlug: local ? provinceSlug : null,
      districtSlug: null,
    });
    const start = x?.start ?? g.at;
    const end = x?.end ?? g.at + g.text.length;
    return {
      start,
      end,
      raw: text.slice(start, end),
      kind: g.kind,
      kindText: x?.kindText ?? null,
      form: "full",
      number: g.number,
      year: g.year,
      symbol: g.symbol,
      typeCode: x?.typeCode ?? null,
      style: g.style,
      date: g.date,
      issuer: x?.issuer ?? (entry ? { code: entry.code, name: entry.name, level: entry.level, place: null } : null),
      id,
      numberStart: g.at,
      numberEnd: g.at + g.text.length,
      warnings: [],
      role: g.role,
      jurisdiction: local
        ? { ...gold.self.jurisdiction }
        : { level: "central", province: null, district: null },
    };
  });

  const selfCitation = citations.find((c) => c.role === "self");
  const selfId =
    gold.self.number && gold.self.symbol
      ? documentId({
          number: gold.self.number,
          year: null,
          symbol: gold.self.symbol,
          party: false,
          dateYear: gold.self.date ? Number(gold.self.date.slice(0, 4)) : null,
          local: true,
          provinceSlug,
          districtSlug: null,
        })
      : `file:${path}`;
  if (selfCitation) selfCitation.id = selfId;

  const byAt = new Map(citations.map((c) => [c.numberStart, c]));
  const evidence = (c: AnalyzedCitation) => ({ start: c.start, end: c.end, sentence: sentenceAround(text, c.start, c.end) });
  const relations: Relation[] = [];
  for (const c of citations) {
    if (c.role === "self") continue;
    relations.push({ type: c.role, from: selfId, to: c.id, evidence: evidence(c) });
  }
  for (const r of gold.relations) {
    const from = byAt.get(r.from);
    const to = byAt.get(r.to);
    // Only numbered citations are built here: a relation to a law named without a number (the gold's
    // `named`) has no citation of this analysis to point to.
    if (!from || !to) continue;
    relations.push({ type: r.type, from: from.id, to: to.id, evidence: evidence(to) });
  }

  const promulgatedBy = gold.self.promulgatedBy !== null ? (byAt.get(gold.self.promulgatedBy) ?? null) : null;
  return {
    path,
    self: {
      id: selfId,
      kind: gold.self.kind,
      title: gold.self.title,
      number: gold.self.number,
      year: null,
      symbol: gold.self.symbol,
      style: gold.self.symbol ? "state" : null,
      date: gold.self.date,
      issuer: {
        code: "UBND",
        name: `Ủy ban nhân dân ${gold.self.jurisdiction.district ?? (province ? `tỉnh ${province.name}` : "")}`.trim(),
        level: gold.self.jurisdiction.level,
        place: gold.self.jurisdiction.district ?? gold.self.jurisdiction.province,
      },
      jurisdiction: gold.self.jurisdiction,
      promulgatedBy,
      path,
    },
    citations,
    relations,
    warnings: [],
  };
}

export function fixtureAnalyses(): Analysis[] {
  return fixtureNames().map(fixtureAnalysis);
}

