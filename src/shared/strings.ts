/**
 * The string as a flat string of its own. A substring of 13 characters or more is a view into
 * the text it was cut from (V8's sliced strings) and keeps all of that text alive; a string made
 * by `+` is a tree of its pieces. For what is kept long (a cache's keys, a graph's values), so the
 * copy is paid once per value.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * text.slice(from, to) as a flat string: a copy, not a view. A slice of 13 characters or more is a
 * view into `text` (V8's sliced string), and each charCodeAt of it goes through the view to its
 * parent: the citation lexer and the name reader walk their windows character by character, and a
 * copy made once a window cost less than the views' reads (bench/README.md, Session 49, helper
 * speed49b). Two non-empty pieces joined: V8's join copies them into one new string (a slice,
 * `+`, concat or a one-piece join give a view or a tree again).
 */
export function flatSlice(text: string, from: number, to: number): string {
  // A short slice is a copy already; a negative offset (slice's "from the end") is left to slice itself.
  if (!(to - from >= FLAT_BELOW && from >= 0)) return text.slice(from, to);
  const mid = from + ((to - from) >> 1);
  return [text.slice(from, mid), text.slice(mid, to)].join("");
}
/** V8 copies a substring shorter than this (SlicedString::kMinLength): it is flat already. */
const FLAT_BELOW = 13;

/** Each word with its first letter a capital, the rest small: "huyện long hồ" → "Huyện Long Hồ", "thông tư" → "Thông Tư". */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** Every "\r\n" and lone "\r" as "\n" (XML 1.0's line-end rule; a CRLF or old-Mac copy read as its "\n" copy); a text without a CR as it is. */
export function lfLineEnds(text: string): string {
  return text.includes("\r") ? text.replace(CR_LINE_END, "\n") : text;
}
const CR_LINE_END = /\r\n?/g;

/**
 * Where `phrase` written at `at` ends, each space of it standing for a run of one to PHRASE_BLANKS spaces or tabs, or -1:
 * a justified or tab-separated copy and a PDF's layout text part a name's words so ("Nghị quyết  Đại  hội"), and a
 * startsWith of the phrase as the vocabulary writes it lost them. Linear in the phrase and its runs of blanks. With
 * `lineBreaks`, a run may hold line ends too: a sentence's words that a narrow column or an export wrapped ("thống ⏎ nhất").
 */
export function phraseAt(text: string, phrase: string, at: number, lineBreaks = false): number {
  let p = at;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (c !== 0x20) {
      if (text.charCodeAt(p) !== c) return -1;
      p++;
      continue;
    }
    const run = p;
    while (p - run < PHRASE_BLANKS && (isBlankCode(text.charCodeAt(p)) || (lineBreaks && isLineEndCode(text.charCodeAt(p))))) p++;
    if (p === run) return -1;
  }
  return p;
}

/**
 * Where `phrase` first stands in `text` at or after `from`, each space of it a run of blanks as in phraseAt, or -1:
 * `text.includes(phrase)` for a justified copy's "thống  nhất" too. Found by its first word, then read in place.
 */
export function phraseIndex(text: string, phrase: string, from = 0, lineBreaks = false): number {
  const space = phrase.indexOf(" ");
  const first = space < 0 ? phrase : phrase.slice(0, space);
  for (let at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + 1)) if (phraseAt(text, phrase, at, lineBreaks) >= 0) return at;
  return -1;
}

/** Where `phrase` ending at `end` starts, each space of it standing for a run of blanks as in phraseAt, or -1. */
export function phraseEndingAt(text: string, phrase: string, end: number): number {
  let p = end;
  for (let i = phrase.length - 1; i >= 0; i--) {
    const c = phrase.charCodeAt(i);
    if (c !== 0x20) {
      if (p <= 0 || text.charCodeAt(p - 1) !== c) return -1;
      p--;
      continue;
    }
    const run = p;
    while (run - p < PHRASE_BLANKS && p > 0 && isBlankCode(text.charCodeAt(p - 1))) p--;
    if (p === run) return -1;
  }
  return p;
}
/** Blanks between two words of a phrase at most: a doubled space, a tab, a justified line's widening. */
export const PHRASE_BLANKS = 8;
/**
 * A regex source whose spaces between words each stand for a run of one to PHRASE_BLANKS spaces or tabs, as phraseAt
 * reads a phrase: a justified page or a PDF's text doubles the blanks between the words ("Độc  lập  -  Tự  do"), and
 * a literal space read none of them. A character class's own space ("[ \t]") is left as written.
 */
export function blankRuns(source: string): string {
  return source.replace(SPACE_OUTSIDE_CLASS, BLANK_RUN);
}
/**
 * A regex source for the gap between two words of one sentence: blanks, or one line break among a few blanks, as a
 * hard-wrapped copy (a narrow column, a plain-text export) puts one between any two words; a CRLF's CR read as U+2060
 * (prepare's textAsRead). A blank line is no such gap: it ends the sentence. No-break spaces count as blanks.
 */
export const WRAPPED_GAP = String.raw`(?:[ \t\u00a0]+|[ \t\u00a0]{0,4}(?:[\r\u2060]?\n|[\r\u2028\u2029])[ \t\u00a0]{0,4})`;
const SPACE_OUTSIDE_CLASS = / (?![^[]*\])/g;
const BLANK_RUN = String.raw`[ \t]{1,${PHRASE_BLANKS}}`;
const isBlankCode = (c: number): boolean => c === 0x20 || c === 0x09;
const isLineEndCode = (c: number): boolean => c === 0x0a || c === 0x0d;

/** `s` as a regex source matching itself: its syntax characters escaped. */
export function escapedForRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `symbol.split("-").includes(part)`, without the array (read for every citation with a ký hiệu: split costs a call into the runtime). */
export function hasPart(symbol: string, part: string): boolean {
  if (part.length === 0) return symbol.split("-").includes(part);
  // No part of the split holds a hyphen.
  if (part.includes("-")) return false;
  for (let at = symbol.indexOf(part); at >= 0; at = symbol.indexOf(part, at + 1)) {
    const end = at + part.length;
    if ((at === 0 || symbol.charCodeAt(at - 1) === HYPHEN) && (end === symbol.length || symbol.charCodeAt(end) === HYPHEN)) return true;
  }
  return false;
}
const HYPHEN = 0x2d;
