/**
 * Document-level relations (the graph's typed edges) against the development corpus's gold
 * (fixtures/dev, read by people): the same matching as its reference scorer, score.py. An edge is
 * (citing document, cited document, type); a cited document matches on its number as an integer
 * and the set of its ký hiệu's tokens.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Analysis } from "../../src/index.js";

export const DEV = fileURLToPath(new URL("../../fixtures/dev/", import.meta.url));

interface GoldRelation {
  type: string;
  number?: string | null;
  symbol?: string | null;
}
interface GoldDocument {
  file: string;
  relations: GoldRelation[];
}
export interface DevGold {
  texts: GoldDocument[];
  listing: GoldDocument[];
}

export const loadDevGold = (): DevGold => JSON.parse(readFileSync(join(DEV, "gold.json"), "utf8"));

export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}
export interface RelationScore {
  perType: Map<string, TypeCounts>;
  total: TypeCounts;
  misses: string[];
  extras: string[];
}

const tokens = (symbol: string | null | undefined) =>
  [...new Set((symbol ?? "").toUpperCase().replace(/\u00d0/g, "Đ").replace(/TƯ/g, "TW").split(/[-/.\s–]+/).filter(Boolean))].sort().join("-");
const integer = (n: string | null | undefined) => (n != null && /^\d+$/.test(String(n).trim()) ? String(Number(n)) : null);
const edge = (number: string | null, symbol: string | null | undefined, type: string) => `${number}/${tokens(symbol)} ${type}`;

/** The edges of one analysed document, as score.py reads them from NDJSON citation records. */
export function edgesOf(analysis: Analysis): Set<string> {
  const out = new Set<string>();
  for (const c of analysis.citations) {
    if (c.role === "references" || c.role === "self") continue;
    const n = integer(c.number);
    if (n !== null) out.add(edge(n, c.symbol, c.role));
  }
  return out;
}

/** Scores documents (keyed as the gold's `file`) against one half of the gold. */
export function scoreRelations(gold: readonly GoldDocument[], found: ReadonlyMap<string, Set<string>>): RelationScore {
  const perType = new Map<string, TypeCounts>();
  const misses: string[] = [];
  const extras: string[] = [];
  const count = (type: string) => perType.get(type) ?? (perType.set(type, { tp: 0, fp: 0, fn: 0 }), perType.get(type)!);
  for (const d of gold) {
    const want = new Set(d.relations.filter((r) => integer(r.number) !== null).map((r) => edge(integer(r.number), r.symbol, r.type)));
    const got = found.get(d.file) ?? new Set<string>();
    for (const e of want) {
      const type = e.slice(e.lastIndexOf(" ") + 1);
      if (got.has(e)) count(type).tp++;
      else {
        count(type).fn++;
        misses.push(`${d.file}: ${e}`);
      }
    }
    for (const e of got) {
      if (want.has(e)) continue;
      count(e.slice(e.lastIndexOf(" ") + 1)).fp++;
      extras.push(`${d.file}: ${e}`);
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of perType.values()) for (const k of ["tp", "fp", "fn"] as const) total[k] += c[k];
  return { perType, total, misses, extras };
}

export const precisionOf = (c: TypeCounts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recallOf = (c: TypeCounts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
export const f1Of = (c: TypeCounts) => {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
};
