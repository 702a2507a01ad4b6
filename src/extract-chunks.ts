/**
 * extract() over a text given as overlapping chunks (src/read/text-chunks.ts), in bounded memory:
 * each chunk is extracted, what it answers for is kept, shifted to offsets of the whole text, and
 * what a neighbour already gave is dropped. A short form ("Nghị định 64") names the one full
 * citation of its kind and number anywhere in the text, so a first pass collects the full
 * citations and the second resolves short forms against all of them: the result is extract()'s
 * on the whole text, citation for citation, field for field.
 */
import type { Citation } from "./types.js";
import { extract } from "./extract.js";
import { CitedBefore, citedRecord, type CitedRecord } from "./identify/short.js";
import type { TextChunk } from "./read/text-chunks.js";
import { joinPages, readPage, type PageKinds } from "./find/this-kind.js";

export type { TextChunk } from "./read/text-chunks.js";

/**
 * Keeps the items a chunk answers for (those starting in [from, to)) that do not overlap the
 * last kept one (`after`: its end, whole-text offsets), shifted by `shift` to the whole text.
 */
export function owned<T extends { start: number; end: number }>(
  items: readonly T[],
  chunk: TextChunk,
  after: number,
  shift: (item: T, by: number) => T,
): { kept: T[]; after: number } {
  const kept: T[] = [];
  for (const item of items) {
    const start = item.start + chunk.start;
    if (start < chunk.from || start >= chunk.to || start < after) continue;
    kept.push(chunk.start === 0 ? item : shift(item, chunk.start));
    after = item.end + chunk.start;
  }
  return { kept, after };
}

/** A citation's offsets moved by `by`. */
export function shiftCitation<C extends Citation>(c: C, by: number): C {
  const out: C = { ...c, start: c.start + by, end: c.end + by, numberStart: c.numberStart + by, numberEnd: c.numberEnd + by };
  if (c.pinpoint) {
    out.pinpoint = { ...c.pinpoint, start: c.pinpoint.start + by, end: c.pinpoint.end + by };
    if (c.pinpoint.amendedAt !== undefined) out.pinpoint.amendedAt = c.pinpoint.amendedAt + by;
  }
  if (c.warnings.length > 0) out.warnings = c.warnings.map((w) => (w.start === undefined ? w : { ...w, start: w.start + by, end: w.end! + by }));
  return out;
}

/** Every citation of the whole text, in order, chunk by chunk. `chunks` is called twice (two passes). */
export async function* extractChunks(chunks: () => AsyncIterable<TextChunk> | Iterable<TextChunk>): AsyncGenerator<Citation[]> {
  const { full, numbered, page } = await fullCitations(chunks());
  const shortFormCandidates = (kind: string, number: string) => [...(full.get(`${kind}|${number}`)?.values() ?? [])];
  // "Thông tư nêu trên" names the one circular cited before it anywhere in the text.
  const cited = new CitedBefore(numbered, shortFormCandidates);
  let after = -1;
  for await (const chunk of chunks()) {
    // Asked only for what the chunk answers for: the mentions outside [from, to) are dropped (owned),
    // and each chunk then asks past the last one, so CitedBefore reads the text forward once.
    const citedBefore = (kind: string, before: number) => {
      const at = chunk.start + before;
      return { cited, ids: at < chunk.from || at >= chunk.to ? NONE : cited.before(kind, at) };
    };
    const part = owned(extract(chunk.text, { shortFormCandidates, citedBefore, page }), chunk, after, shiftCitation);
    after = part.after;
    yield part.kept;
  }
}

const NONE: ReadonlyMap<string, CitedRecord | null> = new Map();

/** Full citations by kind and number, the last of each id (as identifyShort keeps them), without the pinpoint it never sees. */
type FullCitations = Map<string, Map<string, Citation>>;

/**
 * The full citations by kind and number; and the records of the citations with a number (full and
 * short forms), in order, offsets into the whole text, as CitedBefore reads them; and what the whole page is
 * (readPage), as a pointing "Nghị định này" asks.
 */
async function fullCitations(chunks: AsyncIterable<TextChunk> | Iterable<TextChunk>): Promise<{ full: FullCitations; numbered: CitedRecord[]; page: PageKinds }> {
  const table: FullCitations = new Map();
  const numbered: CitedRecord[] = [];
  let after = -1;
  let page: PageKinds | null = null;
  for await (const chunk of chunks) {
    // What the whole page is ("Nghị định này" asks it): its heading read in the chunk that opens it, the rest in every chunk.
    const read = readPage(chunk.text, chunk.start === 0);
    page = page === null ? read : joinPages(page, read);
    const part = owned(extract(chunk.text), chunk, after, (c) => c);
    after = part.after;
    for (const c of part.kept) {
      const record = citedRecord(c, chunk.start);
      if (record) numbered.push(record);
      if (c.form !== "full") continue;
      const key = `${c.kind}|${c.number}`;
      let ids = table.get(key);
      if (!ids) table.set(key, (ids = new Map()));
      const { pinpoint: _, ...bare } = c;
      ids.set(c.id, bare);
    }
  }
  return { full: table, numbered, page: page ?? readPage("") };
}
