import type { Evidence, Kind, Level, Pinpoint, RelationType, Style } from "../types.js";
import { pinpointLabel } from "../find/pinpoint.js";
import { int, str } from "./coerce.js";
import type { MultiDirectedGraph } from "graphology";

/** The graph vncite builds: one node per document id, one edge per (type, from, to). */
export type CitationMultiGraph = MultiDirectedGraph<DocumentAttributes, RelationAttributes, GraphAttributes>;

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
  /** The parts of the target the relation acts on, as the text writes them ("điểm a khoản 2 Điều 5"), else null. */
  pinpoint: string | null;
}

/** Attributes of a relation edge; the edge key is `${type}:${from}->${to}` (see edgeKey). */
export interface RelationAttributes {
  type: RelationType;
  /** Sorted by file, start, end, sentence; no duplicates. */
  evidence: EvidenceRecord[];
  /** evidence.length (Gephi reads it as the edge weight). */
  weight: number;
}

/**
 * A warning about the graph: one an analysed file raised (`file` set, offsets into it when the
 * warning has them), or one the graph raised itself (`file` null), such as two mentions of one id
 * with different dates.
 */
export interface GraphWarning {
  file: string | null;
  code: string;
  message: string;
  start: number | null;
  end: number | null;
}

/** Attributes of the graph itself. */
export interface GraphAttributes {
  /** Sorted by file (null first), start, end, code, message; no duplicates. */
  warnings: GraphWarning[];
  /**
   * The analyses added without a path, each as a 64-bit hash (16 hex digits) of what the graph read
   * of it (build.ts fingerprint), sorted: the same analysis added again is refused, as the same file
   * is, after the graph was saved and loaded too. Left out when there is none (a graph of files).
   */
  pathless?: string[];
}

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

const RELATION_MAP: ReadonlyMap<string, RelationType> = new Map(RELATION_TYPES.map((t) => [t, t]));
export function isRelationType(x: unknown): x is RelationType {
  return typeof x === "string" && RELATION_MAP.has(x);
}

/** The vocabulary's own copy of a relation type, so that edges share one string per type. */
export function relationType(x: RelationType): RelationType {
  return RELATION_MAP.get(x) ?? x;
}


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

/** Evidence as an analysis gives it, or with its pinpoint already a label (as the CLI's workers send it, and graph files hold it). */
export type EvidenceInput = Omit<Evidence, "pinpoint"> & { pinpoint?: Evidence["pinpoint"] | string | null };

export function evidenceRecord(e: Partial<EvidenceInput> | null | undefined, file: string | null): EvidenceRecord {
  return {
    file: str(e?.file) ?? file,
    start: int(e?.start) ?? 0,
    end: int(e?.end) ?? 0,
    page: int(e?.page) ?? null,
    sentence: typeof e?.sentence === "string" ? e.sentence : "",
    pinpoint: pinpointOf(e?.pinpoint),
  };
}

/** An analysis gives the pinpoint's fields, a graph file its label: either way the label. */
function pinpointOf(p: unknown): string | null {
  if (typeof p === "string") return p === "" ? null : p;
  if (p === null || typeof p !== "object") return null;
  const label = pinpointLabel(p as Partial<Pinpoint>);
  return label === "" ? null : label;
}

export function compareWarnings(a: GraphWarning, b: GraphWarning): number {
  if (a.file !== b.file) {
    if (a.file === null) return -1;
    if (b.file === null) return 1;
    return compareStrings(a.file, b.file);
  }
  return (
    (a.start ?? -1) - (b.start ?? -1) ||
    (a.end ?? -1) - (b.end ?? -1) ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

export function warningRecord(w: Partial<GraphWarning> | null | undefined, file: string | null): GraphWarning {
  return {
    file: str(w?.file) ?? file,
    code: str(w?.code) ?? "warning",
    message: typeof w?.message === "string" ? w.message : "",
    start: int(w?.start) ?? null,
    end: int(w?.end) ?? null,
  };
}

/** Graph attributes from untrusted input: the warnings that are records, sorted and de-duplicated. */
export function normalizeGraphAttributes(a: unknown): GraphAttributes {
  const raw = a && typeof a === "object" ? (a as { warnings?: unknown }).warnings : undefined;
  const warnings: GraphWarning[] = [];
  for (const w of Array.isArray(raw) ? raw : []) {
    if (w && typeof w === "object") insertSorted(warnings, warningRecord(w as Partial<GraphWarning>, null), compareWarnings);
  }
  const saved = a && typeof a === "object" ? (a as { pathless?: unknown }).pathless : undefined;
  const pathless = Array.isArray(saved) ? [...new Set(saved.filter((p): p is string => typeof p === "string" && PATHLESS_PRINT.test(p)))].sort(compareStrings) : [];
  return pathless.length ? { warnings, pathless } : { warnings };
}
/** A pathless analysis's hash as GraphAttributes.pathless keeps it. */
const PATHLESS_PRINT = /^[0-9a-f]{16}$/;

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

