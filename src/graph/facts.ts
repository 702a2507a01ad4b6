import type { AnalyzedCitation, Citation, Issuer, Jurisdiction, Kind, Level, SelfDocument, Style } from "../types.js";

import { PARTY_TYPE_CODES, kindByStateCode, kindLabel } from "../vocab/kinds.js";
import { findProvince, provinceBySlug, successorOf } from "../vocab/provinces.js";
import { designation, parseId } from "../identify/id.js";
import { compareStrings, insertSorted, type DocumentAttributes, type IssuerRecord, type JurisdictionRecord } from "./attributes.js";
import { int, kind, level, str, style } from "./coerce.js";

/**
 * What each observation says about a document (an analysed file, a citation, its id), and how
 * observations merge into one node's attributes whatever their order.
 */
/** The fields one observation of a document gives; merged into DocumentAttributes. */
export type DocumentFacts = Pick<
  DocumentAttributes,
  "kind" | "number" | "year" | "symbol" | "style" | "date" | "title" | "issuer" | "jurisdiction"
>;

const MERGED_FIELDS = ["kind", "number", "year", "symbol", "style", "date", "title", "issuer", "jurisdiction"] as const;

/** What a node's attributes say about its document, as one more observation of it. */
function factsOf(a: DocumentAttributes): DocumentFacts {
  const out = {} as Record<string, unknown>;
  for (const k of MERGED_FIELDS) out[k] = a[k];
  return out as DocumentFacts;
}


export function issuerRecord(i: Partial<Issuer> | null | undefined): IssuerRecord | null {
  if (!i || typeof i !== "object") return null;
  const r: IssuerRecord = { code: str(i.code), name: str(i.name), level: level(i.level), place: str(i.place) };
  return r.code === null && r.name === null && r.level === null && r.place === null ? null : r;
}

export function jurisdictionRecord(j: Partial<Jurisdiction> | null | undefined): JurisdictionRecord | null {
  if (!j || typeof j !== "object") return null;
  const r: JurisdictionRecord = {
    level: level(j.level),
    province: str(j.province),
    provinceSuccessor: str(j.provinceSuccessor),
    district: str(j.district),
  };
  return r.level === null && r.province === null && r.provinceSuccessor === null && r.district === null ? null : r;
}

/** What the graph reads of an analysed file's own document (SelfDocument has more). */
export type SelfFacts = Pick<SelfDocument, "id" | "kind" | "title" | "number" | "year" | "symbol" | "style" | "date" | "issuer" | "jurisdiction" | "path">;

/** What the graph reads of a citation (Citation and AnalyzedCitation have more). */
export type CitationFacts = Pick<Citation, "kind" | "number" | "year" | "symbol" | "style" | "date" | "name" | "issuer"> & {
  jurisdiction?: AnalyzedCitation["jurisdiction"];
};

/** What an analysed file says about itself. */
export function factsFromSelf(self: SelfFacts): DocumentFacts {
  return {
    kind: kind(self.kind),
    number: str(self.number),
    year: int(self.year),
    symbol: str(self.symbol),
    style: style(self.style),
    date: str(self.date),
    title: str(self.title),
    issuer: issuerRecord(self.issuer),
    jurisdiction: jurisdictionRecord(self.jurisdiction),
  };
}

/** What a citation says about the document it cites. */
export function factsFromCitation(c: CitationFacts): DocumentFacts {
  return {
    kind: kind(c.kind),
    number: str(c.number),
    year: int(c.year),
    symbol: str(c.symbol),
    style: style(c.style),
    date: str(c.date),
    // A law's name is its title: "Đất đai" for "Luật Đất đai số 13/2003/QH11" and "Luật Đất đai năm 2003".
    title: str(c.name ?? null),
    issuer: issuerRecord(c.issuer),
    jurisdiction: "jurisdiction" in c ? jurisdictionRecord(c.jurisdiction) : null,
  };
}

/**
 * What the id alone says: number, year, symbol, style, and the province of a local document.
 * Every node starts from these, so a node's attributes do not depend on whether a citation or
 * a relation named it first. The kind is left to citations (a kind word outranks the type code);
 * the label falls back to the type code.
 */
export function factsFromId(id: string): DocumentFacts {
  const p = parseId(id);
  const facts: DocumentFacts = {
    kind: null,
    number: p?.number ?? null,
    year: p?.year ?? null,
    symbol: p?.symbol ?? null,
    style: p?.style ?? null,
    date: null,
    title: null,
    issuer: null,
    jurisdiction: null,
  };
  const province = p?.province ? provinceBySlug(p.province) : null;
  if (p && province) {
    facts.jurisdiction = {
      level: p.district ? "district" : "province",
      province: province.name,
      provinceSuccessor: successorOf(province)?.name ?? null,
      district: null,
    };
  }
  return facts;
}

/** The kind a ký hiệu's type code implies ("KH-UBND" → plan, party "CT/TU" → directive), or null. */
function kindFromSymbol(symbol: string | null, st: Style | null): Kind | null {
  if (!symbol) return null;
  if (st === "party") return PARTY_TYPE_CODES[symbol.split("/")[0]] ?? null;
  return kindByStateCode(symbol.split("-")[0])?.slug ?? null;
}

// ---------------------------------------------------------------------------------------------
// Merging
// ---------------------------------------------------------------------------------------------

/** How much a value says: 0 for null, 1 per known leaf; the catch-all kind "document" says little. */
function richness(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (v === "document") return 0.5;
  if (typeof v === "object") {
    let n = 0;
    for (const x of Object.values(v as object)) n += richness(x);
    return n;
  }
  return 1;
}

/** Equality of field values: primitives, or flat records of primitives (issuer, jurisdiction). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  if (ka.length !== Object.keys(rb).length) return false;
  for (const k of ka) if (ra[k] !== rb[k] || !(k in rb)) return false;
  return true;
}

/**
 * The preferred of two values for one field: the richer one; between equally rich ones the one
 * whose JSON is smaller in code-unit order. A total order, so the result of merging any number of
 * observations does not depend on the order they arrive in.
 */
function preferred<T>(a: T, b: T): T {
  if (sameValue(a, b)) return a;
  const ra = richness(a);
  const rb = richness(b);
  if (ra !== rb) return rb > ra ? b : a;
  return JSON.stringify(b) < JSON.stringify(a) ? b : a;
}

/** The label a user reads: "Nghị định 61/2018/NĐ-CP", "Kế hoạch Tuyên truyền … (file a.txt)". */
function documentLabel(id: string, f: DocumentFacts): string {
  const k = f.kind ?? kindFromSymbol(f.symbol, f.style);
  const word = k ? kindLabel(k) : "Văn bản";
  const d = designation(f);
  // Joined into one flat string: one made with `+` is a tree of pieces, three times the size.
  if (d !== null) return [word, d].join(" ");
  const parts = [word];
  if (f.symbol) parts.push(`…/${f.symbol}`);
  // The Constitution's name is its kind's word: "Hiến pháp năm 2013", not "Hiến pháp Hiến pháp".
  if (f.title === word) {
    if (f.year !== null) parts.push(`năm ${f.year}`);
  } else if (f.title) parts.push(f.title);
  else if (id.startsWith("file:")) parts.push(`(${id.slice(5)})`);
  else parts.push(id);
  return parts.join(" ");
}

function levelOf(f: DocumentFacts): Level | null {
  return f.jurisdiction?.level ?? f.issuer?.level ?? null;
}

/** Node attributes from merged facts plus bookkeeping, in the canonical key order. */
function documentAttributes(id: string, f: DocumentFacts, files: string[], citedBy: number): DocumentAttributes {
  return {
    kind: f.kind,
    number: f.number,
    year: f.year,
    symbol: f.symbol,
    style: f.style,
    date: f.date,
    title: f.title,
    issuer: f.issuer,
    jurisdiction: f.jurisdiction,
    level: levelOf(f),
    label: documentLabel(id, f),
    files,
    citedBy,
  };
}

/**
 * Field by field, the preferred of two sets of facts about the document `id`. A jurisdiction
 * whose province contradicts the province in the id loses to one that does not.
 */
function mergeFacts(id: string, a: DocumentFacts, b: DocumentFacts): DocumentFacts {
  const out = { ...b };
  for (const k of MERGED_FIELDS) (out as Record<string, unknown>)[k] = preferred(a[k], b[k]);
  if (a.jurisdiction && b.jurisdiction && !sameValue(a.jurisdiction, b.jurisdiction)) {
    const slug = parseId(id)?.province ?? null;
    if (slug !== null) {
      const fits = (j: JurisdictionRecord) => j.province === null || findProvince(j.province)?.slug === slug;
      const fa = fits(a.jurisdiction);
      if (fa !== fits(b.jurisdiction)) out.jurisdiction = fa ? a.jurisdiction : b.jurisdiction;
    }
  }
  return out;
}

/**
 * Merges one more observation into existing attributes (or none). Returns `current` itself,
 * updated in place, when the observation changes no merged field (the common case of one more
 * citation of a known document); otherwise a new object.
 */
export function mergeDocument(
  id: string,
  current: DocumentAttributes | undefined,
  facts: DocumentFacts,
  file: string | null,
  citations: number,
): DocumentAttributes {
  const merged = current ? mergeFacts(id, current, facts) : { ...facts };
  const files = current ? current.files : [];
  if (file !== null) insertSorted(files, file, compareStrings);
  if (current && MERGED_FIELDS.every((k) => merged[k] === current[k])) {
    current.citedBy += citations;
    return current;
  }
  return documentAttributes(id, merged, files, (current?.citedBy ?? 0) + citations);
}

/**
 * A new node's attributes: what the id says (factsFromId) with one observation merged in, as
 * mergeDocument(id, mergeDocument(id, undefined, factsFromId(id), null, 0), facts, file, citations)
 * gives them, without making the first node's attributes and label only to merge into them: most
 * of a graph's nodes are cited documents seen once, and that first label was a fifth of their cost.
 */
export function newDocument(id: string, facts: DocumentFacts, file: string | null, citations: number): DocumentAttributes {
  return documentAttributes(id, mergeFacts(id, factsFromId(id), facts), file !== null ? [file] : [], citations);
}

/**
 * `current` (or, for a new node, what the id alone says) with everything another node of the same
 * id says merged in: its facts, its files, its citation count. How two graphs' nodes merge, and
 * how an undated mention merges into its dated document.
 */
export function absorbDocument(id: string, current: DocumentAttributes | undefined, other: DocumentAttributes): DocumentAttributes {
  const facts = factsOf(other);
  const start = current ?? mergeDocument(id, undefined, factsFromId(id), null, 0);
  let next = mergeDocument(id, start, facts, null, other.citedBy);
  for (const file of other.files) next = mergeDocument(id, next, facts, file, 0);
  return next;
}

/** Re-reads node attributes from untrusted input (JSON, GEXF, GraphML) into canonical form. */
export function normalizeDocumentAttributes(id: string, a: Record<string, unknown> | undefined): DocumentAttributes {
  const x = a ?? {};
  const facts: DocumentFacts = {
    kind: kind(x.kind),
    number: str(x.number),
    year: int(x.year),
    symbol: str(x.symbol),
    style: style(x.style),
    date: str(x.date),
    title: str(x.title),
    issuer: issuerRecord(x.issuer as Partial<Issuer> | null),
    jurisdiction: jurisdictionRecord(x.jurisdiction as Partial<Jurisdiction> | null),
  };
  const files = Array.isArray(x.files) ? x.files.filter((f): f is string => typeof f === "string") : [];
  const sorted = [...new Set(files)].sort(compareStrings);
  const citedBy = typeof x.citedBy === "number" && Number.isInteger(x.citedBy) && x.citedBy >= 0 ? x.citedBy : 0;
  // Merged with what the id says, as every node built here is; the label is recomputed.
  const merged = mergeFacts(id, factsFromId(id), facts);
  return documentAttributes(id, merged, sorted, citedBy);
}

// ---------------------------------------------------------------------------------------------
// Evidence
// ---------------------------------------------------------------------------------------------

