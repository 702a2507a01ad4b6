/**
 * Document listings (a portal's table of documents: number, date, subject line) read one document
 * per record, from CSV or JSON Lines. The user names which column holds what
 * (`text=trich_yeu,number=so_ky_hieu,date=ngay_ban_hanh`): listings have no standard headers.
 */
import { csvRows } from "./csv.js";

/** What each field of a record is, by the column (CSV header) or key (JSONL) that holds it. */
export interface ListingFields {
  /** The text to read citations from: usually the subject line (trích yếu). Required. */
  text: string;
  /** The document's own number and ký hiệu ("3637/UBND-VX"). */
  number?: string;
  /** Its date ("24/05/2019" or "2019-05-24"). */
  date?: string;
  /** Its title, when the listing keeps it apart from the text. */
  title?: string;
  /** Its kind ("Quyết định", "Công văn"). */
  kind?: string;
}

/** One record's values, by role. */
export interface ListingRecord {
  /** 0-based, header not counted; a malformed row keeps its place in the count. */
  index: number;
  text: string;
  number?: string;
  date?: string;
  title?: string;
  kind?: string;
}

export interface ListingError {
  index: number;
  /** 1-based line of the file where the bad record starts, when known. */
  line?: number;
  message: string;
}

export type ListingFormat = "csv" | "jsonl";

const ROLES = ["text", "number", "date", "title", "kind"] as const;

/**
 * Reads `text=col,number=col,...` as given on the command line. Throws a plain Error naming
 * what is wrong, for the CLI to report as a usage error.
 */
export function parseListingFields(spec: string): ListingFields {
  const out: Partial<Record<(typeof ROLES)[number], string>> = {};
  for (const item of spec.split(",")) {
    const eq = item.indexOf("=");
    const role = item.slice(0, eq).trim() as (typeof ROLES)[number];
    const column = item.slice(eq + 1).trim();
    if (eq < 1 || !column) throw new Error(`"${item}" is not role=column`);
    if (!ROLES.includes(role)) throw new Error(`unknown field "${role}" (expected ${ROLES.join(", ")})`);
    if (out[role] !== undefined) throw new Error(`field "${role}" given twice`);
    out[role] = column;
  }
  if (out.text === undefined) throw new Error(`text=<column> is required`);
  return out as ListingFields;
}

/** The listing format of a path by its extension, or null when it is not a listing. */
export function listingFormat(path: string): ListingFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  return null;
}

/**
 * A CSV listing whose header lacks a column `--fields` names: the whole file's fault, not each
 * row's, so it is said once for the file (the columns it lacks and those it has) and nothing is
 * read from it. `code` is the error record's.
 */
export class ListingHeaderError extends Error {
  readonly code = "bad-header";
  readonly missing: readonly string[];
  readonly columns: readonly string[];
  constructor(missing: readonly string[], columns: readonly string[]) {
    const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");
    super(`no column named ${quoted(missing)} in the header (its columns: ${columns.length > 0 ? quoted(columns) : "none"}); nothing read from the file`);
    this.name = "ListingHeaderError";
    this.missing = missing;
    this.columns = columns;
  }
}

/**
 * The records of a listing, in file order, each either a record or the reason it could not be
 * read; one bad row never stops the others. A CSV header that lacks a column the fields name
 * throws ListingHeaderError (a JSON Lines record lacking a key is that record's error).
 */
export function readListing(text: string, format: ListingFormat, fields: ListingFields): Array<ListingRecord | ListingError> {
  return format === "csv" ? readCsv(text, fields) : readJsonLines(text, fields);
}

function readCsv(text: string, fields: ListingFields): Array<ListingRecord | ListingError> {
  const out: Array<ListingRecord | ListingError> = [];
  let header: string[] | null = null;
  let index = 0;
  for (const row of csvRows(text)) {
    if ("error" in row) {
      out.push({ index: index++, line: row.line, message: `malformed CSV record: ${row.error}` });
      continue;
    }
    if (header === null) {
      header = row.fields.map((h) => h.trim());
      const columns = header;
      const missing = ROLES.map((r) => fields[r]).filter((c): c is string => c !== undefined && !columns.includes(c));
      if (missing.length > 0) throw new ListingHeaderError(missing, columns);
      continue;
    }
    const i = index++;
    if (row.fields.length !== header.length) {
      out.push({ index: i, line: row.line, message: `row has ${row.fields.length} fields, the header ${header.length}` });
    } else {
      const record = row.fields;
      out.push(recordOf(i, (column) => record[header!.indexOf(column)], fields));
    }
  }
  return out;
}

function readJsonLines(text: string, fields: ListingFields): Array<ListingRecord | ListingError> {
  const out: Array<ListingRecord | ListingError> = [];
  let index = 0;
  let line = 0;
  for (const raw of text.split("\n")) {
    line++;
    if (raw.trim() === "") continue;
    const i = index++;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      out.push({ index: i, line, message: `not JSON: ${(error as Error).message}` });
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      out.push({ index: i, line, message: "not a JSON object" });
      continue;
    }
    const object = value as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(object, fields.text)) {
      out.push({ index: i, line, message: `no key "${fields.text}"` });
      continue;
    }
    out.push(recordOf(i, (key) => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined), fields));
  }
  return out;
}

function recordOf(index: number, get: (column: string) => unknown, fields: ListingFields): ListingRecord {
  const record: ListingRecord = { index, text: asText(get(fields.text)) ?? "" };
  for (const role of ["number", "date", "title", "kind"] as const) {
    const column = fields[role];
    const value = column !== undefined ? asText(get(column)) : undefined;
    if (value) record[role] = value;
  }
  return record;
}

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : JSON.stringify(value);
}

export const isListingError = (r: ListingRecord | ListingError): r is ListingError => !("text" in r);
