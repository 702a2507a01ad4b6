/**
 * Output records of `vncite extract` and how each format writes them.
 *
 * Records are built and formatted per file in the worker, so the main thread only concatenates
 * text: a file's chunk is the same string whichever worker made it, which is what makes output
 * byte-identical for every --jobs.
 */
import { batches } from "./batches.js";
import type { AnalyzedCitation, SelfDocument, Warning } from "../types.js";
import { designation } from "../identify/id.js";

export type Format = "ndjson" | "json" | "table";
export const FORMATS: readonly Format[] = ["ndjson", "json", "table"];

export interface DocumentRecord {
  record: "document";
  file: string;
  /** The reader used: "text", "pdf", "docx", "doc", "html". */
  format: string;
  self: SelfDocument;
  citations: number;
  /** Reader warnings (legacy encoding converted...) then analysis warnings. */
  warnings: Warning[];
}

export type CitationRecord = { record: "citation"; file: string } & AnalyzedCitation & {
  /** 1-based page, for formats that have pages (PDF, text with form feeds). */
  page?: number;
  /** 1-based line of `start` in the text read. */
  line: number;
};

interface ErrorRecord {
  record: "error";
  file: string;
  /** Stable code: "unreadable", "invalid-utf8", "binary", "corrupt", "needs-ocr", "internal"... */
  code: string;
  message: string;
}

export type OutRecord = DocumentRecord | CitationRecord | ErrorRecord;

/**
 * The text of records in `format`, cut into parts at record boundaries. For "json" a part is
 * array members joined by ",\n" (the Sink adds "[", the commas between parts, and "]"); the bytes
 * written are the same wherever the cuts fall.
 */
export function formatParts(records: Iterable<OutRecord>, format: Format): Iterable<string> {
  // The batches themselves, not a generator delegating to them (yield*) over a generator made per
  // call: that way `vncite extract --jobs 1` on 2,000 plans took ~8 % more CPU and 14 MB more
  // peak RSS, its worker's heap growing through ten full collections instead of one (--trace-gc).
  if (format === "table") return batches(tableLines([...records]));
  return batches(recordTexts(records, format), format === "json" ? ",\n" : "");
}

function* recordTexts(records: Iterable<OutRecord>, format: "ndjson" | "json"): Generator<string> {
  for (const r of records) yield format === "ndjson" ? JSON.stringify(r) + "\n" : "  " + JSON.stringify(r, null, 2).replace(/\n/g, "\n  ");
}

/**
 * The ndjson line of a citation's record, `JSON.stringify({ record: "citation", file, ...c, page?, line }) + "\n"`
 * byte for byte, spliced around the citation's own JSON (`head` is citationHead(file)): copying
 * some twenty fields into a record object per citation only to stringify it cost `vncite extract`
 * ~2 % of its CPU (bench/README.md, Session 37). Exact because a citation has no key of the
 * record's own (record, file, page, line) and always some key (start): test/cli/output.test.ts.
 */
export function citationLine(head: string, c: AnalyzedCitation, page: number | null, line: number): string {
  const json = JSON.stringify(c);
  return head + json.slice(1, -1) + (page !== null ? `,"page":${page},"line":${line}}\n` : `,"line":${line}}\n`);
}

/** What every citation line of `file` starts with (see citationLine). */
export function citationHead(file: string): string {
  return `{"record":"citation","file":${JSON.stringify(file)},`;
}

/** The whole text of a few records (error records, tests). */
export function formatChunk(records: readonly OutRecord[], format: Format): string {
  return [...formatParts(records, format)].join(format === "json" ? ",\n" : "");
}

/** One file as a small aligned table under a heading line; errors as one line. */
function* tableLines(records: readonly OutRecord[]): Generator<string> {
  const rows: string[][] = [];
  let documents = 0;
  for (const r of records) {
    if (r.record === "error") yield `${r.file}  error: ${r.message}\n`;
    else if (r.record === "document") {
      documents++;
      yield `${r.file}  ${describeSelf(r.self)}\n`;
    } else {
      rows.push([
        String(r.line),
        r.role,
        r.kind,
        designationOf(r),
        r.date ?? "",
        r.issuer?.name ?? r.issuer?.code ?? "",
      ]);
    }
  }
  if (rows.length === 0) {
    if (documents > 0) yield "  (no citations)\n\n";
    return;
  }
  const head = ["LINE", "ROLE", "KIND", "NUMBER", "DATE", "ISSUER"];
  const widths = head.map((h, i) => rows.reduce((w, row) => Math.max(w, row[i].length), h.length));
  const line = (cells: string[]) =>
    "  " + cells.map((c, i) => (i === cells.length - 1 ? c : i === 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd() + "\n";
  yield line(head);
  for (const row of rows) yield line(row);
  yield "\n";
}

/** "61/2018/NĐ-CP", "05-CT/TU"; a law named without a number by its name: "Đất đai (2003)". */
function designationOf(r: CitationRecord): string {
  if (r.number === null) return `${r.name ?? "?"}${r.year !== null ? ` (${r.year})` : ""}`;
  return `${r.number}${r.style === "party" ? "-" : "/"}${r.year !== null && r.style === "state" ? `${r.year}/` : ""}${r.symbol}`;
}

function describeSelf(self: SelfDocument): string {
  const parts = [self.kind ?? "document", designation(self), self.date, self.title]
    .filter((p): p is string => Boolean(p));
  return `${parts.join("  ")}  [${self.id}]`;
}

/** Where a run's formatted text goes: framing for the json array and the table's trailing blank lines. */
export interface Writable {
  write(text: string): Promise<void>;
}

/** Frames chunks for `format`: a JSON array needs "[", commas between members and "]". */
export class Sink {
  private members = 0;

  constructor(
    private readonly out: Writable,
    private readonly format: Format,
  ) {}

  async begin(): Promise<void> {
    if (this.format === "json") await this.out.write("[");
  }

  async chunk(text: string): Promise<void> {
    if (text === "") return;
    if (this.format === "json") text = (this.members++ === 0 ? "\n" : ",\n") + text;
    await this.out.write(text);
  }

  async end(): Promise<void> {
    if (this.format === "json") await this.out.write(this.members === 0 ? "]\n" : "\n]\n");
  }
}

/** A Writable over stdout that waits for 'drain', so a slow reader slows the run instead of filling memory. */
export function stdoutWritable(): Writable {
  return {
    write: (text) =>
      new Promise<void>((resolve) => {
        if (process.stdout.write(text)) resolve();
        else process.stdout.once("drain", resolve);
      }),
  };
}

/**
 * `vncite extract dir | head -1`: once the reader is gone, stop at once and quietly. Writes to a
 * closed pipe fail with EPIPE (Node ignores SIGPIPE); stderr may be the same pipe (2>&1).
 */
export function exitQuietlyOnBrokenPipe(): void {
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") process.exit(0);
    // Anything else (a full disk behind a redirect) is fatal, but deserves a line, not a stack trace.
    process.stderr.write(`vncite: cannot write standard output (${error.code ?? error.message})\n`);
    process.exit(1);
  };
  process.stdout.on("error", onError);
  process.stderr.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

/** A one-line message on stderr: "vncite: <file>: <reason>". */
export function errorLine(file: string, message: string): string {
  return `vncite: ${file}: ${message}`;
}
