import type {
  AnalyzedCitation,
  Citation,
  Evidence,
  Issuer,
  Jurisdiction,
  Kind,
  Level,
  RelationType,
  SelfDocument,
  Style,
} from "../types.js";
import { KINDS, PARTY_TYPE_CODES, kindByStateCode, kindLabel } from "../vocab/kinds.js";
import { findProvince, provinceBySlug, successorOf } from "../vocab/provinces.js";
import { designation, parseId } from "../identify/id.js";

/**
 * Attributes of a document node. The node's key is the document id. Every field is always
 * present (null when unknown), in this order, so that serialisations are byte-stable.
 */
export interface DocumentAttributes {
  kind: Kind | null;
  number: string | null;
  year: number | null;
  symbol: string | null;
  style: Style | null;
  /** ISO yyyy-mm-dd. */
  date: string | null;
  /** The document's own title (known only for analysed files). */
  title: string | null;
  issuer: IssuerRecord | null;
  jurisdiction: JurisdictionRecord | null;
  /** jurisdiction.level, else issuer.level. */
  level: Level | null;
  /** "Nghị định 61/2018/NĐ-CP"; for a file whose number is unknown, its kind and title (or path). */
  label: string;
  /** Sorted paths of the analysed files that are this document. */
  files: string[];
  /** How many citations (over all analysed files) point at this document. */
  citedBy: number;
}

/** Issuer with every key present, in a fixed order. */
export interface IssuerRecord {
  code: string | null;
  name: string | null;
  level: Level | null;
  place: string | null;
}

/** Jurisdiction with every key present, in a fixed order. */
export interface JurisdictionRecord {
  level: Level | null;
  province: string | null;
  provinceSuccessor: string | null;
  district: string | null;
}

/** One piece of evidence for a relation; `file` is the analysed file (null when the analysis had no path). */
export interface EvidenceRecord {
  file: string | null;
  start: number;
  end: number;
  /** 1-based page of `start` when the file has pages (PDF), else null. */
  page: number | null;
  sentence: string;
}

/** Attributes of a relation edge; the edge key is `${type}:${from}->${to}` (see edgeKey). */
export interface RelationAttributes {
  type: RelationType;
  /** Sorted by file, start, end, sentence; no duplicates. */
  evidence: EvidenceRecord[];
  /** evidence.length (Gephi reads it as the edge weight). */
  weight: number;
}

export type GraphAttributes = Record<string, never>;

/** Every relation type, in the order vncite lists them. */
export const RELATION_TYPES: readonly RelationType[] = Object.freeze([
  "based_on",
  "implements",
  "promulgated_by",
  "proposed_by",
  "guides",
  "amends",
  "replaces",
  "repeals",
  "corrects",
  "references",
]);

const RELATION_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
export function isRelationType(x: unknown): x is RelationType {
  return typeof x === "string" && RELATION_SET.has(x);
}

const KIND_SET: ReadonlySet<string> = new Set(KINDS.map((k) => k.slug));
const LEVELS: ReadonlySet<string> = new Set(["central", "province", "district", "commune"]);

/** The fields one observation of a document gives; merged into DocumentAttributes. */
export type DocumentFacts = Pick<
  DocumentAttributes,
  "kind" | "number" | "year" | "symbol" | "style" | "date" | "title" | "issuer" | "jurisdiction"
>;

const MERGED_FIELDS = ["kind", "number", "year", "symbol", "style", "date", "title", "issuer", "jurisdiction"] as const;

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

function str(x: unknown): string | null {
  return typeof x === "string" && x !== "" ? x : null;
}

function int(x: unknown): number | null {
  return typeof x === "number" && Number.isInteger(x) ? x : null;
}

function level(x: unknown): Level | null {
  return typeof x === "string" && LEVELS.has(x) ? (x as Level) : null;
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

function kind(x: unknown): Kind | null {
  return typeof x === "string" && KIND_SET.has(x) ? (x as Kind) : null;
}

function style(x: unknown): Style | null {
  return x === "state" || x === "party" ? x : null;
}

// ---------------------------------------------------------------------------------------------
// Observations
// ---------------------------------------------------------------------------------------------

/** What an analysed file says about itself. */
export function factsFromSelf(self: SelfDocument): DocumentFacts {
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
export function factsFromCitation(c: Citation | AnalyzedCitation): DocumentFacts {
  return {
    kind: kind(c.kind),
    number: str(c.number),
    year: int(c.year),
    symbol: str(c.symbol),
    style: style(c.style),
    date: str(c.date),
    title: null,
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
export function kindFromSymbol(symbol: string | null, st: Style | null): Kind | null {
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
export function preferred<T>(a: T, b: T): T {
  if (sameValue(a, b)) return a;
  const ra = richness(a);
  const rb = richness(b);
  if (ra !== rb) return rb > ra ? b : a;
  return JSON.stringify(b) < JSON.stringify(a) ? b : a;
}

/** The label a user reads: "Nghị định 61/2018/NĐ-CP", "Kế hoạch Tuyên truyền … (file a.txt)". */
export function documentLabel(id: string, f: DocumentFacts): string {
  const k = f.kind ?? kindFromSymbol(f.symbol, f.style);
  const word = k ? kindLabel(k) : "Văn bản";
  const d = designation(f);
  if (d !== null) return `${word} ${d}`;
  const parts = [word];
  if (f.symbol) parts.push(`…/${f.symbol}`);
  if (f.title) parts.push(f.title);
  else if (id.startsWith("file:")) parts.push(`(${id.slice(5)})`);
  else parts.push(id);
  return parts.join(" ");
}

function levelOf(f: DocumentFacts): Level | null {
  return f.jurisdiction?.level ?? f.issuer?.level ?? null;
}

/** Node attributes from merged facts plus bookkeeping, in the canonical key order. */
export function documentAttributes(id: string, f: DocumentFacts, files: string[], citedBy: number): DocumentAttributes {
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
export function mergeFacts(id: string, a: DocumentFacts, b: DocumentFacts): DocumentFacts {
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

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareEvidence(a: EvidenceRecord, b: EvidenceRecord): number {
  if (a.file !== b.file) {
    if (a.file === null) return -1;
    if (b.file === null) return 1;
    return compareStrings(a.file, b.file);
  }
  return a.start - b.start || a.end - b.end || compareStrings(a.sentence, b.sentence);
}

export function evidenceRecord(e: Partial<Evidence> | null | undefined, file: string | null): EvidenceRecord {
  return {
    file: str(e?.file) ?? file,
    start: int(e?.start) ?? 0,
    end: int(e?.end) ?? 0,
    page: int(e?.page) ?? null,
    sentence: typeof e?.sentence === "string" ? e.sentence : "",
  };
}

/** Inserts x into sorted list unless an equal element is there; true when inserted. */
export function insertSorted<T>(list: T[], x: T, cmp: (a: T, b: T) => number): boolean {
  let lo = 0;
  let hi = list.length;
  // Appending in order is the common case.
  if (hi > 0) {
    const c = cmp(list[hi - 1], x);
    if (c < 0) {
      list.push(x);
      return true;
    }
    if (c === 0) return false;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = cmp(list[mid], x);
    if (c === 0) return false;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, x);
  return true;
}

/** Edge attributes from untrusted input, evidence sorted and de-duplicated. */
export function normalizeRelationAttributes(type: RelationType, a: Record<string, unknown> | undefined): RelationAttributes {
  const raw = Array.isArray(a?.evidence) ? (a!.evidence as unknown[]) : [];
  const evidence: EvidenceRecord[] = [];
  for (const e of raw) {
    if (e && typeof e === "object") insertSorted(evidence, evidenceRecord(e as Partial<Evidence>, null), compareEvidence);
  }
  return { type, evidence, weight: evidence.length };
}
