/**
 * The walk over a document's lines that finds where each part begins: the title's first line, the
 * preamble's ("Căn cứ …"), the enacting line or first article, the recipients' and the signature's.
 */
import { KINDS, KIND_WORDS_SOURCE } from "../../vocab/kinds.js";
import { phraseSource } from "../../vocab/phrases.js";
import { ARTICLE_WORD, ENACTING_WORDS, PREAMBLE_OPENERS, RECIPIENTS_WORDS, SIGNATURE_OPENING_SOURCE, SIGNATURE_PREFIXES } from "../../vocab/parts.js";
import type { Header } from "../header/index.js";
import { markClass } from "../../shared/chars.js";
import { isBlank } from "../sentences.js";
import { type Part, partsFrom } from "./assemble.js";
import { isHeadingLine } from "./heading.js";
import { LINE_PREFIX, type Line, lineAfter, wrappedEnd } from "./lines.js";
import { LOST_CUE_SOURCE } from "../../find/lost-cue.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";


/**
 * "NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH X ⏎ KHÓA XV - KỲ HỌP THỨ 8 ⏎ Về việc bãi bỏ …", "CHỈ THỊ ⏎
 * CỦA CHỦ TỊCH UBND TỈNH ⏎ V/v …": older headings name the issuer (and a council its session) between
 * the kind word and the subject. Those words are the header's; the title is the subject, so a cue
 * opening it ("Về việc bãi bỏ …") opens its clause.
 */
function namesIssuerUnderKind(text: string, header: Header): boolean {
  const from = header.kindLineStart!;
  if (header.title === null || header.titleStart <= from || header.titleStart >= header.bodyStart) return false;
  const between = text.slice(from, header.titleStart);
  // "Quyết định " về việc bãi bỏ … "": the subject printed in quotation marks opens after its quote.
  return ISSUER_AFTER_KIND.test(between) || between.trim().includes("\n") || QUOTE_BEFORE_SUBJECT.test(between);
}
const ISSUER_AFTER_KIND = /[ \t]CỦA[ \t]/u;
const QUOTE_BEFORE_SUBJECT = /[ \t]["“”][ \t]*$/u;
/** A title without a capitalised kind line: "Quyết định về việc ...", "V/v ...", as word-segmented sources and listings write it. */
const TITLE_OPENING = lazyRegExp(() => new RegExp(String.raw`^[ \t#*_]*(?:${KIND_WORDS_SOURCE}|v\s*/\s*v|về\s+việc)(?![\p{L}\p{N}])`, "iu"));
// Or "Căn cHiến pháp …" (fresh31g-001): the opener whose "ứ " the copy lost, run into the capital of what it names
// (vocab/cues.ts LOST_LETTER_BASIS_CUE, find/lost-cue.ts LOST_CUE_SOURCE: tabs, NFD; lost-cue.ts reads the name).
const PREAMBLE_LINE = lazyRegExp(() => new RegExp(
  String.raw`^[ \t*_(-]*(?:(?:${phraseSource(PREAMBLE_OPENERS, { keepCase: true })})(?![\p{L}\p{N}])|${LOST_CUE_SOURCE}(?=\p{Lu}))`,
  "u",
));
/** "QUYẾT ĐỊNH:", "Quyết nghị :", "ĐIỀU 1." or "Điều 1." at a line's start: the articles begin. */
const ENACTING_LINE = new RegExp(String.raw`^[ \t*_#]*(?:${phraseSource(ENACTING_WORDS)})[ \t*_]*:[ \t*_]*$`, "iu");
const ARTICLE_LINE = new RegExp(String.raw`^[ \t*_#]*${ARTICLE_WORD}[ \t]+\d+[ \t]*[.:]`, "iu");
const RECIPIENTS_LINE = new RegExp(String.raw`^[ \t*_#-]*(?:${phraseSource(RECIPIENTS_WORDS)})[ \t*_]*:?`, "iu");
const SIGNATURE_LINE = lazyRegExp(() => new RegExp(String.raw`^[ \t*_#]*${SIGNATURE_OPENING_SOURCE}`, "u"));
/** What may stand before a part marker's first word on its line ("## ", "**", "- ", "("). */
const MARKUP = markClass(new Uint8Array(0x10000), /[ \t*_#(-]/);
/**
 * The letters each part marker's first word opens with, a bit for each marker's regex (in its own case
 * rule: the preamble's and the signature's are read as written): a line whose first letter after its
 * markup (MARKUP, a superset of each regex's own) has no marker's bit is read by none of them, and one
 * whose letter has a marker's bit is read only by that marker's regex. One table for all of them asked
 * a line opening with "c", "t", "q", "n" (most of a text's lines) each regex; a table of each marker's
 * own letters skips most of those tests (bench/README.md, Session 56, helper speed56).
 */
const RECIPIENTS_FIRST = 1;
const SIGNATURE_FIRST = 2;
const PREAMBLE_FIRST = 4;
const ENACTING_FIRST = 8;
const ARTICLE_FIRST = 16;
/** The first code unit of each word, composed and decomposed, as a class with the marker's regex's flags. */
const firstLetters = (words: readonly string[], flags: string): RegExp =>
  new RegExp(`[${[...new Set(words.flatMap((w) => [w.normalize("NFC")[0], w.normalize("NFD")[0]]))].join("")}]`, flags);
export const OPENS_MARKER = (() => {
  const table = new Uint8Array(0x10000);
  const markers: [RegExp, number][] = [
    [firstLetters(RECIPIENTS_WORDS, "iu"), RECIPIENTS_FIRST],
    [firstLetters(SIGNATURE_PREFIXES, "u"), SIGNATURE_FIRST],
    [firstLetters(PREAMBLE_OPENERS, "u"), PREAMBLE_FIRST],
    [firstLetters(ENACTING_WORDS, "iu"), ENACTING_FIRST],
    [firstLetters([ARTICLE_WORD], "iu"), ARTICLE_FIRST],
  ];
  // Each marker's letters found by the native indexOf: a loop over every code unit for each marker cost
  // ~10 M instructions once a process (interpreted).
  for (const [set, bit] of markers) {
    const one = markClass(new Uint8Array(0x10000), set, bit);
    for (let c = one.indexOf(bit); c >= 0; c = one.indexOf(bit, c + 1)) table[c] |= bit;
  }
  return table;
})();
/**
 * The markers' regexes with the bit of their first letters in OPENS_MARKER: for the test that holds the table to them.
 * Each behind a call, as the lazy ones are read (shared/lazy-regexp.ts): listing them makes none at load.
 */
export const MARKER_LINES: readonly { re: () => RegExp; bit: number }[] = [
  { re: () => RECIPIENTS_LINE, bit: RECIPIENTS_FIRST },
  { re: SIGNATURE_LINE, bit: SIGNATURE_FIRST },
  { re: PREAMBLE_LINE, bit: PREAMBLE_FIRST },
  { re: () => ENACTING_LINE, bit: ENACTING_FIRST },
  { re: () => ARTICLE_LINE, bit: ARTICLE_FIRST },
];
/** A line this short may be the issuer's name between a title and its preamble. */
const SHORT_LINE = 120;

/**
 * Reads a document as the sequence of its parts: header (issuer, "Số:", place and date), title
 * (kind and subject line), preamble ("Căn cứ ...", "Xét đề nghị ..."), body (the articles or the
 * plan's sections), closing (the article that sets the date of effect), signature and "Nơi nhận".
 * A text of one line is a subject line, as listings publish it: all title.
 * Each part found is returned once, in text order; parts a document lacks are left out.
 */
export function findParts(text: string, header: Header): Part[] {
  // Lines are walked with indexOf, not gathered: a document has hundreds, and most are read once.
  let firstLine: Line | null = null;
  for (let next = 0; next >= 0 && firstLine === null; ) {
    const start = next;
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    next = nl < 0 ? -1 : nl + 1;
    if (!isBlank(text, start, end)) firstLine = { start, end };
  }
  if (!firstLine) return [];
  // Every other line blank: the rest of the text is whitespace, line breaks included.
  if (isBlank(text, firstLine.end, text.length)) return oneLine(text, firstLine, header);

  let titleStart = -1;
  let titleEnd = -1;
  if (header.kind !== null && header.kindLineStart !== undefined) {
    titleStart = namesIssuerUnderKind(text, header) ? header.titleStart : header.kindLineStart;
    titleEnd = header.bodyStart;
  } else if (TITLE_OPENING().test(text.slice(firstLine.start, firstLine.start + LINE_PREFIX))) {
    titleStart = firstLine.start;
    titleEnd = wrappedEnd(text, firstLine);
  }
  const from = Math.max(titleEnd, 0);

  let preamble = -1;
  let body = -1;
  let recipients = -1;
  let signature = -1;
  const articles: number[] = [];
  let lookForPreamble = true;
  let linesBeforePreamble = 0;
  // The first line that starts at or after `from`.
  for (let next = from === 0 ? 0 : lineAfter(text, from - 1); next >= 0; ) {
    const l = { start: next, end: text.indexOf("\n", next) };
    next = l.end < 0 ? -1 : l.end + 1;
    if (l.end < 0) l.end = text.length;
    const limit = Math.min(l.end, l.start + LINE_PREFIX);
    // Most lines open with a letter no part marker opens with: their regexes are not tried; the
    // others, only the regexes of the markers that open with that letter (OPENS_MARKER's bits).
    let k = l.start;
    while (k < limit && MARKUP[text.charCodeAt(k)] === 1) k++;
    const opens = k < limit ? OPENS_MARKER[text.charCodeAt(k)] : 0;
    const head = opens !== 0 ? text.slice(l.start, limit) : null;
    if (head !== null) {
      if (recipients < 0 && (opens & RECIPIENTS_FIRST) !== 0 && RECIPIENTS_LINE.test(head)) recipients = l.start;
      if (signature < 0 && (opens & SIGNATURE_FIRST) !== 0 && SIGNATURE_LINE().test(head)) signature = l.start;
    }
    // Both found: no line after them is read for anything (the walk went on to the text's end).
    if (recipients >= 0 && signature >= 0) break;
    if (recipients >= 0 || signature >= 0) continue;
    if (body < 0 && preamble < 0 && lookForPreamble) {
      if (head !== null && (opens & PREAMBLE_FIRST) !== 0 && PREAMBLE_LINE().test(head)) preamble = l.start;
      // Only a short line or two (the issuer's name) may stand between the title and the preamble;
      // with no title (a page that dropped the kind line), the heading's own lines stand there too.
      else if (!isBlank(text, l.start, limit) && !(titleStart < 0 && isHeadingLine(text.slice(l.start, limit))) && (l.end - l.start > SHORT_LINE || ++linesBeforePreamble > 2)) lookForPreamble = false;
    }
    if (head === null) continue;
    if (body < 0 && (opens & ENACTING_FIRST) !== 0 && ENACTING_LINE.test(head)) body = l.start;
    if ((opens & ARTICLE_FIRST) !== 0 && ARTICLE_LINE.test(head)) {
      if (body < 0) body = l.start;
      articles.push(l.start);
    }
  }
  return partsFrom(text, from, titleStart, titleEnd, { preamble, body, recipients, signature, articles });
}

/**
 * A text of one line: a listing's subject line, all title; or a whole document a page printed on
 * one line, its heading's "Số:" read, whose title ends where its preamble opens ("… KẾ HOẠCH TRIỂN
 * KHAI … Căn cứ Nghị định số A; Thông tư số B; …"): the bases after the first are then read as a
 * preamble's list, not as words of the title.
 */
function oneLine(text: string, line: Line, header: Header): Part[] {
  const at = header.numberLine === null ? -1 : preambleInLine(text, header.numberLine.end, line.end);
  if (at < 0) return [{ type: "title", start: line.start, end: line.end }];
  const titleStart = header.kindLineStart !== undefined && header.kindLineStart < at ? header.kindLineStart : line.start;
  // The preamble ends as preambleEnd reads it on lines: after its last item's ":" or full stop.
  PREAMBLE_ENDS().lastIndex = at;
  const end = PREAMBLE_ENDS().exec(text);
  const body = end !== null && end.index < line.end ? end.index + 1 : -1;
  return partsFrom(text, titleStart, titleStart, at, { preamble: at, body, recipients: -1, signature: -1, articles: [] });
}
/** A ":" before whitespace, or a full stop before whitespace and a capital or a digit ("… như sau: I. MỤC ĐÍCH", "… số 12. QUYẾT ĐỊNH:"). */
const PREAMBLE_ENDS = lazyRegExp(() => /:(?=\s)|\.(?=\s+[\p{Lu}\d])/gu);

/** "Căn cứ" opening a word in [from, to), written with its capital as a preamble's item is (-1: none). */
// The whitespace before it matched, not looked behind for: a look-behind opening a regex is tried at every character.
const PREAMBLE_IN_LINE = /\sCăn cứ(?=\s)/gu;
function preambleInLine(text: string, from: number, to: number): number {
  PREAMBLE_IN_LINE.lastIndex = from;
  const m = PREAMBLE_IN_LINE.exec(text);
  return m !== null && m.index + 1 < to ? m.index + 1 : -1;
}
