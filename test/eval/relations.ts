/**
 * Document-level relations (the graph's typed edges) against the development corpus's gold
 * (fixtures/dev, read by people): the same matching as its reference scorer, score.py. An edge is
 * (citing document, cited document, type); a cited document matches on its number as an integer
 * and the set of its ký hiệu's tokens.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Analysis, AnalyzeOptions } from "../../src/index.js";
import { isListingError, readListing } from "../../src/read/listing.js";
import { nameSlug } from "../../src/identify/named.js";

export const DEV = fileURLToPath(new URL("../../fixtures/dev/", import.meta.url));

interface GoldRelation {
  type: string;
  number?: string | null;
  symbol?: string | null;
}
export interface GoldDocument {
  file: string;
  relations: GoldRelation[];
  /** Relations to documents cited by name only ("Căn cứ Luật Đất đai năm 2003"). */
  named?: { type: string; name: string; year: number | null }[];
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

// "&" for "và" inside a body's code is no part of it: BLĐTB&XH is BLĐTBXH (identify/symbol.ts).
const tokens = (symbol: string | null | undefined) =>
  [...new Set((symbol ?? "").toUpperCase().replace(/\u00d0/g, "Đ").replace(/TƯ/g, "TW").replace(/&/g, "").split(/[-/.\s–]+/).filter(Boolean))].sort().join("-");
const integer = (n: string | null | undefined) => (n != null && /^\d+$/.test(String(n).trim()) ? String(Number(n)) : null);
const edge = (number: string | null, symbol: string | null | undefined, type: string) => `${number}/${tokens(symbol)} ${type}`;

/** The gold writes names with their kind word ("Luật Đất đai"); vncite's `name` is what follows it. */
const namedEdge = (name: string, year: number | null, type: string) =>
  `named:${nameSlug(name.replace(/^\s*(?:bộ\s+luật|luật|pháp\s+lệnh)\s+/iu, ""))}@${year ?? "?"} ${type}`;

/**
 * The year a named mention's id took from the text around it where the mention writes none: the title
 * "KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT TIẾP CẬN THÔNG TIN" under "Căn cứ Luật Tiếp cận thông tin ngày 06
 * tháng 4 năm 2016" is law:tiep-can-thong-tin@2016, and "Luật Đất đai" in a text that writes "Luật Đất
 * đai số 31/2024/QH15" is 31/2024/QH15 (coreference): the graph's edge goes there, and the edge is
 * scored so. A year the mention writes stands.
 */
const yearOfNamedId = (id: string): number | null => {
  const m = /@((?:19|20)\d\d)$/.exec(id) ?? /^\d+\/((?:19|20)\d\d)\/QH/.exec(id);
  return m ? Number(m[1]) : null;
};

/**
 * The edges of one analysed document, as score.py reads them from NDJSON citation records (each
 * citation's role), and the relations analyze() gives from the document itself beyond them: one
 * mention read with two joined acts ("sửa đổi, bổ sung, bãi bỏ … Nghị quyết số X") is one record
 * with its first act as role, and two edges in the graph.
 */
export function edgesOf(analysis: Analysis): Set<string> {
  const out = new Set<string>();
  for (const c of analysis.citations) {
    if (c.role === "references" || c.role === "self") continue;
    if (c.form === "named" && c.name) out.add(namedEdge(c.name, c.year ?? yearOfNamedId(c.id), c.role));
    const n = integer(c.number);
    if (n !== null) out.add(edge(n, c.symbol, c.role));
  }
  // A relation some mention of its document already has as role is counted above (under the mention's
  // own name or number: a law named and numbered is one id); the rest are second acts of a mention.
  const roles = new Set(analysis.citations.map((c) => `${c.id} ${c.role}`));
  const numbered = new Map(analysis.citations.filter((c) => integer(c.number) !== null).map((c) => [c.id, c]));
  const named = new Map(analysis.citations.filter((c) => c.form === "named" && c.name).map((c) => [c.id, c]));
  for (const r of analysis.relations) {
    if (r.from !== analysis.self.id || r.type === "references" || roles.has(`${r.to} ${r.type}`)) continue;
    const c = numbered.get(r.to);
    if (c) out.add(edge(integer(c.number), c.symbol, r.type));
    // A law named without a number has second acts too ("Luật X … và bãi bỏ Luật Y"): counted under its name.
    const n = c ? undefined : named.get(r.to);
    if (n) out.add(namedEdge(n.name!, n.year ?? yearOfNamedId(n.id), r.type));
  }
  return out;
}

/** Scores documents (keyed as the gold's `file`) against one half of the gold. */
export function scoreRelations(
  gold: readonly GoldDocument[],
  found: ReadonlyMap<string, Set<string>>,
  which: "numbered" | "named" = "numbered",
): RelationScore {
  const perType = new Map<string, TypeCounts>();
  const misses: string[] = [];
  const extras: string[] = [];
  const count = (type: string) => perType.get(type) ?? (perType.set(type, { tp: 0, fp: 0, fn: 0 }), perType.get(type)!);
  for (const d of gold) {
    const want =
      which === "numbered"
        ? new Set(d.relations.filter((r) => integer(r.number) !== null).map((r) => edge(integer(r.number), r.symbol, r.type)))
        : new Set((d.named ?? []).map((r) => namedEdge(r.name, r.year, r.type)));
    const got = new Set([...(found.get(d.file) ?? [])].filter((e) => e.startsWith("named:") === (which === "named")));
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

/** The development corpus analysed as vncite reads it: each text a document, each listing row one too. */
export function analyzeDev(analyzeText: (text: string, options: AnalyzeOptions) => Analysis, only?: "texts"): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const f of readdirSync(join(DEV, "texts")).sort()) {
    found.set(`texts/${f}`, edgesOf(analyzeText(readFileSync(join(DEV, "texts", f), "utf8"), { path: `texts/${f}` })));
  }
  if (only === "texts") return found;
  for (const [row, edges] of analyzeListing(readFileSync(join(DEV, "listing.csv"), "utf8"), analyzeText)) found.set(row, edges);
  return found;
}

/** Which column of a listing CSV is what: the dev listing's headers, which every listing scored here uses. */
export const LISTING_FIELDS = { text: "trich_yeu", number: "so_ky_hieu", date: "ngay_ban_hanh" };

/**
 * A listing CSV analysed as `vncite --fields text=trich_yeu,number=so_ky_hieu,date=ngay_ban_hanh`
 * reads it: each row one document (its subject line the text, its number and date known), keyed
 * "listing.csv#<row>" (0-based, header not counted) as the gold's `file` is.
 */
export function analyzeListing(csv: string, analyzeText: (text: string, options: AnalyzeOptions) => Analysis): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const r of readListing(csv, "csv", LISTING_FIELDS)) {
    if (isListingError(r)) throw new Error(`listing.csv record ${r.index}: ${r.message}`);
    const { index, text, ...known } = r;
    found.set(`listing.csv#${index}`, edgesOf(analyzeText(text, { path: `listing.csv#${index}`, known })));
  }
  return found;
}

/** A fixture's gold as document-level relations: its citations' roles, one per (document, type). */
export function fixtureRelations(file: string, citations: readonly { number: string; symbol: string; role: string }[]): GoldDocument {
  return {
    file,
    relations: citations.filter((c) => c.role !== "references" && c.role !== "self").map((c) => ({ type: c.role, number: c.number, symbol: c.symbol })),
  };
}

/** Rows of a per-type table: type, tp, fp, fn, P, R, F1; the total last. */
export function relationRows(score: RelationScore): string[][] {
  const row = (name: string, c: TypeCounts) => [name, String(c.tp), String(c.fp), String(c.fn), precisionOf(c).toFixed(3), recallOf(c).toFixed(3), f1Of(c).toFixed(3)];
  return [...[...score.perType].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, c]) => row(t, c)), row("TOTAL", score.total)];
}
