import { LINE_OPENING_PHRASES } from "../vocab/cues.js";
import { phraseSource } from "../vocab/phrases.js";
import { lastAtOrBefore } from "../shared/search.js";
import { WHITESPACE } from "../shared/chars.js";
import { BULLET_CLASS, HEADING_HASHES, LINE_MARKUP, TABLE_ROW } from "../vocab/bullets.js";

/**
 * Sentence starts in prepared text. PDF extraction leaves a line break (often a blank line) after
 * every printed line, so line breaks alone say nothing: a sentence starts after a full stop or
 * colon, at a list marker at the start of a line ("a)", "-", "1.", "II.", a table row's number), at a line opening
 * with a parenthesis ("(Ban hành kèm theo ..."), or at a line that opens with a capitalised cue ("Thực hiện", "Căn cứ") right after a heading.
 */
// A word segmenter's text writes its marks as tokens of their own ("1 .", "II .", "a )").
const LIST_MARKER = String.raw`(?:[a-zđ][ \t]?\)|[IVXLC]+[ \t]?\.|\d+(?:\.\d+)*[ \t]?\.|[${BULLET_CLASS}]|${HEADING_HASHES}|\*\*)`;
// Case kept: a line opening with a capitalised cue or purpose word starts a sentence; "thực hiện" does not.
const CUE_WORDS = phraseSource(LINE_OPENING_PHRASES, { keepCase: true });
const BOUNDARY = new RegExp(
  String.raw`[.:!?](?=\s+\S)|\n${LINE_MARKUP}(?=${LIST_MARKER}\s|${TABLE_ROW})|\n(?<!\n[ \t]*\|[ \t]*\n)[ \t*#(]*(?=(?:${CUE_WORDS})\s)|\n[ \t*_]*(?=\()`,
  "g",
);

export interface Sentence {
  start: number;
  end: number;
}

/**
 * The prepared text of a document with its citations laid out: each one's span in that text and
 * the sentence it stands in. Roles and relations are read from it.
 */
export interface Layout {
  text: string;
  spans: readonly { start: number; end: number }[];
  sentenceOf: readonly Sentence[];
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The sentence holding each offset, as splitSentences would give it, without splitting the whole
 * text: only the sentences that hold a citation are ever asked for. A boundary match starts at a
 * stop or a line break and consumes only the break and the spaces, "*", "#", "(" or "_" after it,
 * none of which can start a match: so whether a match starts at a position does not depend on
 * where a scan began, and the text around the offset decides alone.
 */
export function sentencesAt(text: string, offsets: readonly number[]): Sentence[] {
  // Filled by push, not map: map's array is packed or holey depending on whether V8 has compiled
  // the caller, and every reader of the array is compiled again for the second shape.
  const out: Sentence[] = [];
  let last: Sentence | null = null;
  for (const x of offsets) {
    if (!last || x < last.start || x >= last.end) last = sentenceAround(text, x);
    out.push(last);
  }
  return out;
}

/**
 * Where the stretch holding `at` begins: after the last line break, or the last of `stops` with a space
 * after it, and no further back than `lookback` characters. A quick look for the roles' readers that
 * weigh one sentence's words: unlike sentenceAround it reads no colon as an end, so a list's head and
 * its items ("… các Tờ trình … về: …; sửa đổi …") stay one stretch.
 */
export function startAfterStop(text: string, at: number, stops: string, lookback: number): number {
  const floor = Math.max(0, at - lookback);
  for (let k = at - 1; k >= floor; k--) {
    const ch = text[k];
    if (ch === "\n" || (stops.includes(ch) && /\s/u.test(text[k + 1] ?? ""))) return k + 1;
  }
  return floor;
}

/** The sentence holding offset x (see sentencesAt). */
function sentenceAround(text: string, x: number): Sentence {
  if (text.length === 0) return { start: 0, end: 0 };
  let start = 0;
  for (let p = x - 1; p >= 0; p--) {
    if (!STARTS_BOUNDARY[text.charCodeAt(p)]) continue;
    const end = boundaryEndAt(text, p);
    if (end !== -1 && end <= x) {
      start = end;
      break;
    }
  }
  // The first boundary from the start on: the global regex finds the same one as trying each position.
  // Between the start and x none ends at or before x (the scan back found the last that does), so
  // one that starts there runs on past x over stops, breaks and the characters a boundary takes
  // after a break: the scan need not begin before that run.
  let from = x;
  while (from > start && IN_BOUNDARY[text.charCodeAt(from - 1)] === 1) from--;
  BOUNDARY.lastIndex = from;
  const end = BOUNDARY.test(text) ? BOUNDARY.lastIndex : text.length;
  return { start, end };
}

const BOUNDARY_AT = new RegExp(BOUNDARY.source, "y");
/** The characters a boundary match can start at: the stops and the line break. */
const STARTS_BOUNDARY = (() => {
  const table = new Uint8Array(65536);
  for (const c of ".:!?\n") table[c.charCodeAt(0)] = 1;
  return table;
})();

/** What a boundary match is made of: a stop or a line break, then spaces, tabs, "*", "#", "(" or "_". */
const IN_BOUNDARY = (() => {
  const table = new Uint8Array(65536);
  for (const c of ".:!?\n \t*#(_") table[c.charCodeAt(0)] = 1;
  return table;
})();

function boundaryEndAt(text: string, p: number): number {
  BOUNDARY_AT.lastIndex = p;
  return BOUNDARY_AT.test(text) ? BOUNDARY_AT.lastIndex : -1;
}

/** The sentence holding `offset` (binary search). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence {
  return sentences[Math.max(0, lastAtOrBefore(sentences, offset, (s) => s.start))] ?? { start: 0, end: 0 };
}

/** Whitespace folded, as evidence is shown to people. */
export function tidy(s: string): string {
  // Most evidence has nothing to fold: a test allocates nothing, a replace builds a new string.
  // Trimmed first: most clauses hold foldable whitespace only at their ends (a clause opens after its
  // break's "\n"), which made the test match at once and the replace then walk and copy the whole
  // clause. foldSpaces(s).trim() is foldSpaces(s.trim()): no fold reaches across a trimmed end, and a
  // fold of an inner run leaves no blank at either end (test/analyze/tidy.test.ts).
  const t = s.trim();
  return FOLDABLE.test(t) ? foldSpaces(t) : t;
}

/**
 * Whitespace that folding would change: a run of two, or one that is not a plain space. Asked as "a
 * space before more whitespace, or whitespace other than a space": the same strings (a run of two that
 * opens with another blank holds one that is no plain space), and irregexp walks a clause with no such
 * run ~20 % cheaper with the literal space's branch first than with `[^\S ]|\s\s` (bench/README.md,
 * session 54).
 */
export const FOLDABLE = / \s|[^\S ]/;
/**
 * The whitespace runs that are not one plain space. A run of two or more is taken whole by the
 * first branch; a run of one is taken only when it is no plain space: so the matches are exactly
 * the runs `/\s+/g` would replace with something new, without a match at every space.
 */
const FOLDABLE_RUN = /\s{2,}|[^\S ]/g;

/** `s.replace(/\s+/g, " ")`, a few times cheaper: the single spaces between words are left alone. */
export function foldSpaces(s: string): string {
  return s.replace(FOLDABLE_RUN, " ");
}

/** Whether text[from, to) is all whitespace (`\s`, the characters `trim()` removes). */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (WHITESPACE[text.charCodeAt(i)] !== 1) return false;
  return true;
}
