/**
 * Checks shared by the reliability properties. Each returns a list of human-readable problems
 * (empty when all is well), so that a failing property prints what went wrong, not just "false".
 */
import type { Citation } from "../../src/types.js";
import { parseIslands } from "../../src/parse/island.js";
import { parseWholeText } from "../../src/parse/whole-text.js";
import { identify } from "../../src/identify/identify.js";

/** Spans in bounds, raw is the slice, parts inside the whole, citations in order and disjoint. */
export function spanProblems(text: string, cits: readonly Citation[]): string[] {
  const out: string[] = [];
  const inBounds = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s < e && e <= text.length;
  cits.forEach((c, i) => {
    const at = `#${i} ${JSON.stringify(c.raw)} [${c.start},${c.end})`;
    if (!inBounds(c.start, c.end)) out.push(`${at}: span out of bounds (text length ${text.length})`);
    if (text.slice(c.start, c.end) !== c.raw) out.push(`${at}: raw is not text.slice(start, end) = ${JSON.stringify(text.slice(c.start, c.end))}`);
    if (!inBounds(c.numberStart, c.numberEnd) || c.numberStart < c.start || c.numberEnd > c.end) {
      out.push(`${at}: number span [${c.numberStart},${c.numberEnd}) not inside the mention`);
    }
    for (const w of c.warnings) {
      if (w.start !== undefined && (w.end === undefined || !inBounds(w.start, w.end))) {
        out.push(`${at}: warning ${w.code} span [${w.start},${w.end}) out of bounds`);
      }
    }
    const next = cits[i + 1];
    if (next && next.start < c.end) out.push(`${at}: overlaps or precedes the next one [${next.start},${next.end})`);
  });
  return out;
}

/**
 * The pipeline under extract() without its catch-all: extract() turns any exception into [],
 * which would silently lose every citation of a document, so a throw here is a bug even though
 * extract() itself "never throws".
 */
export function extractUnguarded(text: string, strategy: "islands" | "whole-text" = "islands"): Citation[] {
  const parsed = strategy === "whole-text" ? parseWholeText(text) : parseIslands(text);
  return parsed.map((p) => identify(p, text));
}

/** What identifies a citation, independent of how it is written. */
export const identityOf = (c: Citation) => ({
  kind: c.kind,
  number: c.number,
  year: c.year,
  symbol: c.symbol,
  style: c.style,
  date: c.date,
});

/**
 * `to[i]` is the offset in nfd(text) of offset i of `text`, for every code point boundary
 * (and text.length). Decomposition happens per code point; canonical reordering only moves marks
 * within a run of marks, so boundaries before a starter map exactly.
 */
export function nfdOffsets(text: string): { nfd: string; to: Int32Array } {
  const to = new Int32Array(text.length + 1).fill(-1);
  let j = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    to[i] = j;
    j += ch.normalize("NFD").length;
    i += ch.length;
  }
  to[text.length] = j;
  return { nfd: text.normalize("NFD"), to };
}
