import type { DocumentAttributes, EvidenceRecord } from "../graph/attributes.js";
import { issuerRecord, jurisdictionRecord } from "../graph/facts.js";
import { kind, level, style } from "../graph/coerce.js";
import { lookupKey, nameKeyOf } from "../graph/resolve.js";
import { namedMergeKeyOf, undatedKeyOfNode } from "../graph/merge-undated.js";
import type { Issuer, Jurisdiction } from "../types.js";

/** A vncite_documents row as the driver returns it (jsonb parsed, text[] as an array). */
export interface DocumentRow {
  id: string;
  kind: string | null;
  number: string | null;
  year: number | null;
  symbol: string | null;
  style: string | null;
  date: string | null;
  title: string | null;
  issuer: Record<string, unknown> | null;
  jurisdiction: Record<string, unknown> | null;
  level: string | null;
  label: string;
  files: string[];
  cited_by?: number;
}

/**
 * Node attributes from a row, in the graph's key order (jsonb keeps its own key order, so issuer
 * and jurisdiction are rebuilt); citedBy from the row's summed counts, else 0.
 */
export function attributesOf(row: DocumentRow): DocumentAttributes {
  return {
    kind: kind(row.kind),
    number: row.number,
    year: row.year,
    symbol: row.symbol,
    style: style(row.style),
    date: row.date,
    title: row.title,
    issuer: issuerRecord(row.issuer as Partial<Issuer> | null),
    jurisdiction: jurisdictionRecord(row.jurisdiction as Partial<Jurisdiction> | null),
    level: level(row.level),
    label: row.label,
    files: row.files.slice(),
    citedBy: row.cited_by ?? 0,
  };
}

/** The columns of vncite_documents, in table order (COPY writes them in this order). */
export const DOCUMENT_COLUMNS = [
  "id", "kind", "number", "year", "symbol", "style", "date", "title", "issuer", "jurisdiction",
  "level", "label", "files", "lookup_number", "lookup_symbol", "undated_key", "named_key", "name_key",
] as const;

/** One CSV line of a document row for COPY. */
export function documentLine(id: string, a: DocumentAttributes): string {
  const key = lookupKey(id, a.number, a.symbol);
  return csvLine([
    id, a.kind, a.number, a.year, a.symbol, a.style, a.date, a.title,
    a.issuer === null ? null : JSON.stringify(a.issuer),
    a.jurisdiction === null ? null : JSON.stringify(a.jurisdiction),
    a.level, a.label, arrayLiteral(a.files), key?.number ?? null, key?.symbol ?? null, undatedKeyOfNode(id, a),
    namedMergeKeyOf(a), a.title !== null ? nameKeyOf(a.kind, a.title) : null,
  ]);
}

export const EVIDENCE_COLUMNS = ["from_id", "type", "to_id", "file", "start_offset", "end_offset", "page", "sentence", "pinpoint"] as const;

export function evidenceLine(from: string, type: string, to: string, e: EvidenceRecord): string {
  return csvLine([from, type, to, e.file, e.start, e.end, e.page, e.sentence, e.pinpoint]);
}

/** PostgreSQL's text form of a text[]: every element quoted, so no element needs judging. */
function arrayLiteral(items: readonly string[]): string {
  return "{" + items.map((s) => '"' + s.replace(/[\\"]/g, "\\$&") + '"').join(",") + "}";
}

/**
 * A line of COPY's CSV format: null is an empty unquoted field, every string is quoted (so the
 * empty string stays a string and commas, quotes and line breaks inside are safe).
 */
export function csvLine(fields: readonly (string | number | null)[]): string {
  let line = "";
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (i > 0) line += ",";
    if (f === null) continue;
    line += typeof f === "number" ? String(f) : '"' + f.replace(/"/g, '""') + '"';
  }
  return line + "\n";
}
