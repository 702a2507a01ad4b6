/**
 * One input, read and analysed: the work a worker thread does. The text lives only inside this
 * function, so memory does not grow with the total text of a run.
 */
import { analyze, analyzeWithoutRelations } from "../analyze/index.js";
import { formatFromPath } from "../read/format.js";
import { ReadError, pageAt, readDocument, type ReadResult } from "../read/index.js";
import { resolveLimits } from "../read/limits.js";
import { loadFileSync } from "../read/load.js";
import { isListingError, ListingHeaderError, listingFormat, readListing, type ListingFormat } from "../read/listing.js";
import { isLargeText } from "../read/text-chunks.js";
import { nextLineEnd } from "../prepare/line-breaks.js";
import type { Analysis } from "../types.js";
import { packGraphInput } from "./graph-input.js";
import type { PackedGraphInput } from "./graph-packed.js";
import { batches } from "./batches.js";
import { citationHead, citationLine, formatChunk, formatParts, type CitationRecord, type DocumentRecord, type OutRecord } from "./output.js";
import { processChunked } from "./process-chunked.js";
import type { Failed, Task, TaskResult, WorkerConfig } from "./protocol.js";

/**
 * --chunk-size's default: text files past 16 MiB are analysed in chunks of 16 M characters, which
 * take analyze() some 300 MB (a 64 M-character chunk took 1.4 GB).
 */
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;

/** `step` is called as a task that works in steps (a text in chunks) makes progress: the time limit is per step. */
export async function processFile(task: Task, config: WorkerConfig, emit: (part: string) => void, step: () => void = () => {}): Promise<TaskResult> {
  const chunkSize = config.chunkSize ?? DEFAULT_CHUNK_SIZE;
  let read: ReadResult;
  try {
    // Read here, synchronously: this thread does nothing else meanwhile, and the asynchronous
    // read's calls cost more CPU than the read itself (see loadFileSync). A text file of more
    // than chunkSize bytes is not read but looked at (isLargeText): it may be analysed in chunks.
    const maxFileSize = resolveLimits(config.limits).maxFileSize;
    const chunkable = !task.bytes && !(config.fields && listingFormat(task.path)) && formatFromPath(task.path) === "text";
    let bytes = task.bytes ?? loadFileSync(task.path, maxFileSize, chunkable ? chunkSize : Infinity);
    if (bytes === null) {
      if (isLargeText(task.path, chunkSize)) return processChunked(task, config, chunkSize, emit, step).catch((error: unknown) => failure(task, error));
      bytes = loadFileSync(task.path, maxFileSize);
    }
    read = await readDocument(bytes, { ...config.limits, path: task.path });
  } catch (error) {
    return failure(task, error);
  }
  const listing = config.fields ? listingFormat(task.path) : null;
  if (listing) return processListing(task, config, read, listing, emit);
  try {
    // extract's records hold no relations: they are left unread.
    const analysis = (config.mode === "graph" ? analyze : analyzeWithoutRelations)(read.text, { path: task.path });
    const base = { index: task.index, ok: true as const, chars: read.text.length, citations: analysis.citations.length };
    if (config.mode === "graph") return { ...base, analyses: [packGraphInput(withPages(analysis, read))] };
    const records = config.format === "ndjson" ? batches(ndjsonLines(task.path, read, analysis)) : formatParts(fileRecords(task.path, read, analysis), config.format);
    for (const part of records) emit(part);
    return base;
  } catch (error) {
    return failure(task, error);
  }
}

/**
 * A listing: each record is a document of its own, named `<path>#<n>` (n counts records from 0,
 * the header not counted). A record that cannot be read is an error record, and the others go on.
 */
function processListing(task: Task, config: WorkerConfig, read: ReadResult, format: ListingFormat, emit: (part: string) => void): TaskResult {
  try {
    const analyses: PackedGraphInput[] = [];
    const badRecords: { file: string; message: string }[] = [];
    let citations = 0;
    for (const record of readListing(read.text, format, config.fields!)) {
      const file = `${task.path}#${record.index}`;
      if (isListingError(record)) {
        const message = record.line !== undefined ? `line ${record.line}: ${record.message}` : record.message;
        badRecords.push({ file, message });
        if (config.mode === "extract") emit(formatChunk([{ record: "error", file, code: "bad-record", message }], config.format));
        continue;
      }
      const { index: _, text, ...known } = record;
      const analysis = (config.mode === "graph" ? analyze : analyzeWithoutRelations)(text, { path: file, known });
      citations += analysis.citations.length;
      if (config.mode === "graph") analyses.push(packGraphInput(analysis));
      else for (const part of formatParts(fileRecords(file, { text, format: read.format, warnings: [] }, analysis), config.format)) emit(part);
    }
    const base = { index: task.index, ok: true as const, chars: read.text.length, citations, ...(badRecords.length ? { badRecords } : {}) };
    return config.mode === "graph" ? { ...base, analyses } : base;
  } catch (error) {
    return failure(task, error);
  }
}

/** The document record, then one record per citation in text order, made as they are formatted. */
function* fileRecords(file: string, read: ReadResult, analysis: Analysis): Generator<OutRecord> {
  yield documentRecord(file, read, analysis);
  const lines = lineCounter(read.text);
  for (const c of analysis.citations) {
    const page = pageAt(read.pages, c.start);
    const record: CitationRecord = { record: "citation", file, ...c, ...(page !== null ? { page } : {}), line: lines(c.start) };
    yield record;
  }
}

/** fileRecords' records as ndjson lines, each citation's line spliced from its own JSON (citationLine). */
function* ndjsonLines(file: string, read: ReadResult, analysis: Analysis): Generator<string> {
  yield JSON.stringify(documentRecord(file, read, analysis)) + "\n";
  const head = citationHead(file);
  const lines = lineCounter(read.text);
  for (const c of analysis.citations) yield citationLine(head, c, pageAt(read.pages, c.start), lines(c.start));
}

function documentRecord(file: string, read: ReadResult, analysis: Analysis): DocumentRecord {
  return {
    record: "document",
    file,
    format: read.format,
    self: analysis.self,
    citations: analysis.citations.length,
    warnings: [...read.warnings, ...analysis.warnings],
  };
}

/** Evidence of a paged source (PDF) says on which page it stands. */
function withPages(analysis: Analysis, read: ReadResult): Analysis {
  if (!read.pages) return analysis;
  for (const r of analysis.relations) {
    const page = pageAt(read.pages, r.evidence.start);
    if (page !== null) r.evidence.page = page;
  }
  return analysis;
}

/**
 * 1-based line of an offset. Offsets come in increasing order, so the text is scanned once in
 * total; the next newline is remembered, so a long single-line file is not rescanned per citation.
 */
function lineCounter(text: string): (offset: number) => number {
  // A CR alone ends a line too (an old Mac file's), as the analysis reads it; a text without a CR is searched for "\n".
  const lineEnd = text.indexOf("\r") < 0 ? (from: number) => text.indexOf("\n", from) : (from: number) => nextLineEnd(text, from);
  let line = 1;
  let next = lineEnd(0);
  let last = 0;
  return (offset) => {
    if (offset < last) {
      line = 1;
      next = lineEnd(0);
    }
    last = offset;
    while (next !== -1 && next < offset) {
      line++;
      next = lineEnd(next + 1);
    }
    return line;
  };
}

function failure(task: Task, error: unknown): Failed {
  if (error instanceof ReadError || error instanceof ListingHeaderError) {
    return { index: task.index, ok: false, code: error.code, message: withoutFileLabel(error.message, task.path) };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { index: task.index, ok: false, code: "internal", message: `internal error: ${message}` };
}

/** ReadError messages start with "<path>: "; the CLI adds the file itself, once. */
function withoutFileLabel(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
