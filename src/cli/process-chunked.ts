/**
 * A text file larger than --chunk-size, analysed in overlapping chunks (src/read/text-chunks.ts)
 * so that memory holds one chunk, never the whole text: each chunk is analysed, and what it
 * answers for kept, offsets moved to the whole text (src/extract-chunks.ts). A citation is read
 * as in the whole text; what analyze() adds (roles, short forms, ids localised to a province)
 * is read within the chunk around it, and the document's own identity in the first chunk: a
 * file this large is a collection of documents more often than one.
 *
 * Two passes over the file: the first counts the citations (the document record, which comes
 * first, says how many, and holds their warnings); the second analyses and writes.
 */
import { analyze } from "../analyze/index.js";
import { owned, shiftCitation } from "../extract-chunks.js";
import { extract } from "../extract.js";
import { resolveLimits } from "../read/limits.js";
import { readTextChunks, type ChunkSizes, type TextChunk } from "../read/text-chunks.js";
import { nextLineEnd } from "../prepare/line-breaks.js";
import type { Analysis, AnalyzedCitation, Relation, Warning } from "../types.js";
import { formatParts, type CitationRecord, type DocumentRecord } from "./output.js";
import { packGraphInput } from "./graph-input.js";
import type { TaskResult, WorkerConfig } from "./protocol.js";

/** The chunk geometry for --chunk-size: chunks of that many characters, sharing 64 K (a quarter of smaller chunks). */
function chunkSizes(size: number): ChunkSizes {
  const overlap = Math.max(2, Math.min(64 * 1024, Math.floor(size / 4)));
  return { size: Math.max(size, 2 * overlap), overlap };
}

export async function processChunked(
  task: { index: number; path: string },
  config: WorkerConfig,
  chunkSize: number,
  emit: (part: string) => void,
  step: () => void,
): Promise<TaskResult> {
  const { path } = task;
  const chunks = () => readTextChunks(path, resolveLimits(config.limits).maxFileSize, chunkSizes(chunkSize));
  const counted = await countPass(chunks(), step);
  const note: Warning = {
    code: "read-in-chunks",
    message: `larger than --chunk-size: read in chunks of ${chunkSize} characters; roles, the document's identity and local ids are read within the chunk around each citation`,
  };
  let first: Analysis | null = null;
  let after = -1;
  let chars = 0;
  // A line ends at "\n" or at a CR alone (nextLineEnd), as the analysis reads it.
  const lines = new Counter("\n", nextLineEnd);
  const pages = counted.formFeeds ? new Counter("\f") : null;
  const citations: AnalyzedCitation[] = [];
  const relations: Relation[] = [];
  for await (const chunk of chunks()) {
    step();
    const analysis = analyze(chunk.text, { path });
    first ??= analysis;
    const part = owned(analysis.citations, chunk, after, shiftCitation);
    after = part.after;
    chars = chunk.start + chunk.text.length;
    if (first === analysis) {
      const document: DocumentRecord = {
        record: "document",
        file: path,
        format: "text",
        self: analysis.self,
        citations: counted.citations,
        warnings: [note, ...ownWarnings(analysis), ...counted.warnings],
      };
      if (config.mode === "extract") for (const text of formatParts([document], config.format)) emit(text);
    }
    if (config.mode === "graph") {
      citations.push(...part.kept);
      relations.push(...ownedRelations(analysis, chunk, first.self.id));
      continue;
    }
    const records = part.kept.map((c): CitationRecord => {
      const page = pages ? pages.before(c.start, chunk) + 1 : null;
      return { record: "citation", file: path, ...c, ...(page !== null ? { page } : {}), line: lines.before(c.start, chunk) + 1 };
    });
    for (const text of formatParts(records, config.format)) emit(text);
    lines.before(chunk.to, chunk);
    pages?.before(chunk.to, chunk);
  }
  const base = { index: task.index, ok: true as const, chars, citations: counted.citations };
  if (config.mode !== "graph") return base;
  const warnings = [note, ...ownWarnings(first!), ...counted.warnings];
  return { ...base, analyses: [packGraphInput({ path, self: first!.self, parts: first!.parts, citations, relations, warnings })] };
}

/** The citations the document holds (analyze() reads extract()'s, one for one), their warnings, and whether pages are marked. */
async function countPass(chunks: AsyncIterable<TextChunk>, step: () => void) {
  let citations = 0;
  let after = -1;
  let formFeeds = false;
  const warnings: Warning[] = [];
  for await (const chunk of chunks) {
    step();
    const part = owned(extract(chunk.text), chunk, after, shiftCitation);
    after = part.after;
    citations += part.kept.length;
    for (const c of part.kept) warnings.push(...c.warnings);
    formFeeds ||= chunk.text.includes("\f");
  }
  return { citations, warnings, formFeeds };
}

/** analyze()'s warnings but the citations' own (those come from the first pass, for every chunk). */
function ownWarnings(analysis: Analysis): Warning[] {
  const own = analysis.citations.reduce((n, c) => n + c.warnings.length, 0);
  return analysis.warnings.slice(0, analysis.warnings.length - own);
}

/** Relations whose evidence starts in what the chunk answers for; the chunk's own reading of "this document" is the file's. */
function ownedRelations(analysis: Analysis, chunk: TextChunk, self: string): Relation[] {
  return analysis.relations.flatMap((r) => {
    const start = r.evidence.start + chunk.start;
    if (start < chunk.from || start >= chunk.to) return [];
    const from = r.from === analysis.self.id ? self : r.from;
    return [{ ...r, from, evidence: { ...r.evidence, start, end: r.evidence.end + chunk.start } }];
  });
}

/** Occurrences of one character before a whole-text offset, counted once across chunks as offsets grow. */
class Counter {
  private at = 0;
  private count = 0;
  /** `find` finds the next occurrence where a chunk holds a CR (the line ends' counter: nextLineEnd), indexOf `char` elsewhere. */
  constructor(
    private readonly char: string,
    private readonly find: ((text: string, from: number) => number) | null = null,
  ) {}

  /** The chunk last asked about, and whether it holds a CR: looked for once a chunk, not once a citation. */
  private chunk: TextChunk | null = null;
  private withCr = false;

  before(offset: number, chunk: TextChunk): number {
    const text = chunk.text;
    if (this.find !== null && chunk !== this.chunk) {
      this.chunk = chunk;
      this.withCr = text.indexOf("\r") >= 0;
    }
    const find = this.withCr && this.find !== null ? this.find : (t: string, from: number) => t.indexOf(this.char, from);
    for (let i = find(text, Math.max(0, this.at - chunk.start)); i !== -1 && i + chunk.start < offset; i = find(text, i + 1)) this.count++;
    this.at = Math.max(this.at, offset);
    return this.count;
  }
}
