/**
 * The province a text names most often after "tỉnh"/"thành phố" (PROVINCE_WORD), counted twice over:
 * in the text with its citations blanked out (the document's own naming: "Kế hoạch số 30/KH-UBND của UBND
 * tỉnh Quảng Nam" names the cited plan's province) and in the whole text. One scan of the text gives
 * both: the text with its citations blanked differs from the text only inside the citations, so a match
 * that neither reaches a citation nor reads into one is the same match, with the same province, in
 * both. A match whose province reader may read into a citation reads the blanked stretch it reads (or,
 * rarely, the whole blanked copy, built then and only then); the words right before a citation, which
 * the blanked copy alone matches, send the text to the old two scans.
 */
import { matchProvinceAt, stopsProvinceRead, type Province } from "../../vocab/provinces.js";
import { WHITESPACE } from "../../shared/chars.js";
import { lastAtOrBefore } from "../../shared/search.js";

/**
 * Case-insensitive without the "u" flag, which made it the dearest regex of the analysis on real
 * plans: for these letters both flags fold the same characters (a test holds it to that over every
 * UTF-16 unit).
 */
export const PROVINCE_WORD = /(?:tỉnh|thành[ \t]+phố)\s+/gi;
/** PROVINCE_WORD's words alone, asked at one place: the words right before a citation. */
const PROVINCE_WORD_AT = /(?:tỉnh|thành[ \t]+phố)/iy;
/** How far after a match a character that stops matchProvinceAt's read (stopsProvinceRead) is looked for. */
const STOP_REACH = 200;

interface Span {
  start: number;
  end: number;
}

/** The spans withoutCitations blanks: each citation that does not start inside the last one blanked. */
function blankedSpans(cited: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const c of cited) {
    if (c.start < at) continue;
    out.push(c);
    at = c.end;
  }
  return out;
}

/**
 * text.slice(from, to) with each citation (in text order) blanked out (a citation overlapping the one
 * before is left as it is). `first`: where the walk over `cited` may start, when none overlaps the one before
 * it (blankedSpans' list) and those before `first` end at or before `from` (the first ending after `from`): they give the
 * slice nothing.
 */
export function withoutCitations(text: string, cited: readonly Span[], from: number, to: number, first = 0): string {
  const pieces: string[] = [];
  const keep = (a: number, b: number, blank: boolean) => {
    const x = Math.max(a, from);
    const y = Math.min(b, to);
    if (x < y) pieces.push(blank ? " ".repeat(y - x) : text.slice(x, y));
  };
  let at = first > 0 ? cited[first - 1].end : 0;
  for (let i = first; i < cited.length; i++) {
    const c = cited[i];
    // The citations from here on start past the slice: the last piece is the text up to its end
    // (a head of 6,000 characters no longer walks a long text's every citation).
    if (c.start >= to) break;
    if (c.start < at) continue;
    keep(at, c.start, false);
    keep(c.start, c.end, true);
    at = c.end;
  }
  keep(at, text.length, false);
  // Joined once: a chain of concatenations is copied again by the first regex that reads it.
  return pieces.join("");
}

/** Where a span ends: the key of `kept`'s search (its spans do not overlap, so their ends are in order). */
const spanEnd = (s: Span): number => s.end;

/** The province with the most hits; ties go to the first named. */
function most(hits: readonly Province[]): Province | null {
  const counts = new Map<Province, number>();
  for (const p of hits) counts.set(p, (counts.get(p) ?? 0) + 1);
  let best: Province | null = null;
  let bestCount = 0;
  for (const [p, c] of counts) if (c > bestCount) [best, bestCount] = [p, c];
  return best;
}

/** The province named most often after PROVINCE_WORD in `text`; ties go to the first named. */
export function mostNamedProvince(text: string): Province | null {
  const hits: Province[] = [];
  PROVINCE_WORD.lastIndex = 0;
  for (let m = PROVINCE_WORD.exec(text); m; m = PROVINCE_WORD.exec(text)) {
    const hit = matchProvinceAt(text, m.index + m[0].length);
    if (hit) hits.push(hit.province);
  }
  return most(hits);
}

/**
 * `own`: mostNamedProvince of the text with the citations `cited` (in text order) blanked out
 * (withoutCitations); `all`: mostNamedProvince of the text itself.
 */
export function mostNamedProvinces(text: string, cited: readonly Span[] | null): { own: Province | null; all: Province | null } {
  const kept = cited ? blankedSpans(cited) : [];
  let copy: string | null = null;
  const blankedText = () => (copy ??= withoutCitations(text, kept, 0, text.length));
  // The spans that blank something.
  const blanked = kept.filter((c) => c.end > c.start);
  // PROVINCE_WORD's words right before a blanked span (its blanks their whitespace), or run across one
  // ("thành ⟨blanks⟩ phố"): the copy matches there and the text does not. Read in the copy, as before.
  if (blanked.some((c, i) => wordsBefore(text, c, i > 0 ? blanked[i - 1].end : 0, i + 1 < blanked.length ? blanked[i + 1].start : text.length))) return { own: mostNamedProvince(blankedText()), all: mostNamedProvince(text) };
  // Otherwise no match of the copy reaches a blanked span: each is a match of the text, at the same
  // place and as long, and each match of the text that starts outside the blanked spans is one of the copy.
  const own: Province[] = [];
  const all: Province[] = [];
  let k = 0;
  PROVINCE_WORD.lastIndex = 0;
  for (let m = PROVINCE_WORD.exec(text); m; m = PROVINCE_WORD.exec(text)) {
    const end = m.index + m[0].length;
    const hit = matchProvinceAt(text, end)?.province ?? null;
    if (hit) all.push(hit);
    while (k < blanked.length && blanked[k].end <= m.index) k++;
    const next = k < blanked.length ? blanked[k] : null;
    // Inside a blanked span: no match of the copy.
    if (next !== null && next.start < end) continue;
    // The province after it: read in the text where the read stops before the next blanked span; else in
    // the copy's stretch from the match's last two characters (the reader looks back at them) to where
    // the read stops; else, no such stop near, in the copy.
    const stop = next === null ? -1 : readStop(text, end, blanked, k);
    // The stretch's walk over the citations starts at the first one that reaches it: from the text's first, once per
    // match, it was quadratic on a text of many citations and provinces ("Thực hiện Quyết định số 1, UBND tỉnh đã ban
    // hành Kế hoạch số 2. " repeated: session 58's audit).
    const ownHit = next === null || (stop >= 0 && stop < next.start) ? hit : stop >= 0 ? (matchProvinceAt(withoutCitations(text, kept, end - 2, stop + 1, lastAtOrBefore(kept, end - 2, spanEnd) + 1), 2)?.province ?? null) : (matchProvinceAt(blankedText(), end)?.province ?? null);
    if (ownHit) own.push(ownHit);
  }
  return { own: most(own), all: most(all) };
}

/**
 * Where the first character that stops matchProvinceAt's read (stopsProvinceRead) stands at or after
 * `from` in the blanked copy (the blanked spans from the k-th on hold none: they are spaces there),
 * looked for STOP_REACH characters at most; -1 if none is.
 */
function readStop(text: string, from: number, blanked: readonly Span[], k: number): number {
  const limit = Math.min(text.length, from + STOP_REACH);
  let i = from;
  while (i < limit) {
    while (k < blanked.length && blanked[k].end <= i) k++;
    // The text up to the next blanked span (or the limit) read in one run; then past the span.
    const to = k < blanked.length ? Math.min(blanked[k].start, limit) : limit;
    for (; i < to; i++) if (stopsProvinceRead(text.charCodeAt(i))) return i;
    if (k < blanked.length && blanked[k].start <= i) i = blanked[k].end;
  }
  return -1;
}

/**
 * Whether a match of PROVINCE_WORD in the blanked copy may reach the blanked span `c`, the span before it
 * ending at `after` and the next starting at `next`: its words ("tỉnh", "thành phố") end right before the
 * span, whitespace between; or "thành" does, spaces or tabs between, and "phố" follows the span. Whitespace
 * that reaches back to the span before, or on to the next, is taken to hold such words (the copy's
 * whitespace runs on across them).
 */
function wordsBefore(text: string, c: Span, after: number, next: number): boolean {
  let x = c.start;
  let spacesOnly = true;
  for (let u = text.charCodeAt(x - 1); x > after && WHITESPACE[u] === 1; u = text.charCodeAt(--x - 1)) {
    if (u !== 0x20 && u !== 0x09) spacesOnly = false;
  }
  if (x === 0) return false;
  if (x === after || wordsEndingAt(text, x, after)) return true;
  if (!spacesOnly || x - after < 5 || !THANH.test(text.slice(x - 5, x))) return false;
  let y = c.end;
  while (y < next && (text[y] === " " || text[y] === "\t")) y++;
  return y === next || PHO.test(text.slice(y, y + 3));
}
const THANH = /^thành$/i;
const PHO = /^phố$/i;

/** Whether PROVINCE_WORD's words end exactly at `end`, starting at `from` or after. */
function wordsEndingAt(text: string, end: number, from: number): boolean {
  // The words' last letter, "h" or "ố" in either case (the units PROVINCE_WORD_AT's "i" takes for them): at most
  // places before a citation it is none, and no regex is asked.
  const last = text.charCodeAt(end - 1);
  if (last !== 0x68 && last !== 0x48 && last !== 0x1ed1 && last !== 0x1ed0) return false;
  // "tỉnh" is four code units; "thành phố" is "thành", spaces or tabs, "phố".
  let q = end - 3;
  while (q > from && (text[q - 1] === " " || text[q - 1] === "\t")) q--;
  for (const at of [end - 4, q - 5]) {
    if (at < from) continue;
    PROVINCE_WORD_AT.lastIndex = at;
    const m = PROVINCE_WORD_AT.exec(text);
    if (m && at + m[0].length === end) return true;
  }
  return false;
}
