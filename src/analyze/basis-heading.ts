import { defineCue, LEGAL_BASIS_HEADING_TAIL_LINKS, LEGAL_BASIS_HEADING_WORDS, type Cue } from "../vocab/cues.js";
import { phraseSource } from "../vocab/phrases.js";
import { HAS_COMBINING_MARK, isWhitespaceAt } from "../shared/chars.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";
import type { FoundCue } from "./cue-finder.js";

/**
 * "CƠ SỞ PHÁP LÝ, MỤC ĐÍCH, YÊU CẦU ⏎ - Luật Phòng, chống thiên tai số 33/2013/QH13 …; ⏎ - Nghị định số
 * 66/2014/NĐ-CP …" (Phú Yên 136/KH-UBND, fresh65a-003), "I. CĂN CỨ XÂY DỰNG ⏎ 1. Cơ sở pháp lý ⏎ - Nghị quyết số
 * 21-NQ/TW …" (fresh30c-013): a heading of the text's own that names its legal basis is the "Căn cứ" cue written once
 * for the items under it (fixtures/fresh/CONVENTIONS.md §10, which names "Cơ sở pháp lý" beside "Căn cứ pháp lý";
 * DOMAIN.md §4: "căn cứ pháp lý" is the noun of the cue). "I. CĂN CỨ PHÁP LÝ" is read by the cue "Căn cứ" it holds;
 * this heading holds no cue word, so it is given one: a based_on cue at its words, read as "Căn cứ" at a heading is.
 * Only a heading: a line of its own, a section's number or an article's before it at most, no document on it, and
 * after the words only the section's other subjects or the text's own making (LEGAL_BASIS_HEADING_TAIL_LINKS). Prose
 * ("… tạo cơ sở pháp lý cho …", "Đây là cơ sở pháp lý …") and the basis of another document ("1. Cơ sở pháp lý khi
 * xây dựng Thông tư số 03/2022/TT-BYT", fresh41b-001) are no heading.
 */
const LEGAL_BASIS_HEADING: Cue = defineCue({ type: "based_on", phrases: ["Cơ sở pháp lý"], reach: "far" });

/** A heading is never longer. */
const HEADING_CHARS = 120;
/** How far into a clause, past its blanks, the heading's first letter is looked for: a section's or article's number ("Điều 12. "). */
const LEAD_CHARS = 12;
/**
 * The line of a heading: a bullet's or markdown's marks, a section's number ("I.", "1.", "1.1.", "a)") or an article's
 * ("Điều 2."), the words, then at most a few of the section's other words with no digit and no stop, an optional colon.
 */
const HEADING = lazyRegExp(() => new RegExp(
  String.raw`^[ \t*#_>]*(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[ \t]*[.)][ \t]*|(?:điều|mục|phần)[ \t]+(?:\d{1,3}|[IVXLC]{1,6})[ \t]*[.:][ \t]*)?[*_]{0,3}(${phraseSource(LEGAL_BASIS_HEADING_WORDS)})(?:[ \t]*(?:${phraseSource(LEGAL_BASIS_HEADING_TAIL_LINKS)})[^\d\n.;:()“”"]{0,64}?)?[ \t*_]*:?[ \t*_]*\r?$`,
  "iu",
));

/**
 * The cues of the basis headings in `text` (clauses in text order), each at the heading's words (the line's, when the copy
 * is decomposed), none on a line that holds a citation (`spans`, in text order). Asked only of a text that may hold the
 * words (mayHoldBasisHeading): a clause-by-clause look in every text cost +9 to +15 M instructions a warm analyze() pass
 * over devx5 (cachegrind, session 66), where no text holds the heading.
 */
export function basisHeadingCues(text: string, spans: readonly { start: number; end: number }[], clauses: readonly { start: number; end: number }[]): FoundCue[] {
  return mayHoldBasisHeading(text) ? scanBasisHeadings(text, spans, clauses) : NONE;
}

/**
 * Whether `text` may hold "pháp lý" as the heading's words are matched (any case, composed; any blanks between): a
 * "ý"/"Ý" after "l", blanks and "pháp", or any decomposed acute (U+0301: the copy is read line by line, normalized).
 * "ý" stands in most texts ("quản lý", "xử lý") but rarely after "pháp": one search for the letter in each case, each
 * place checked backwards. @public for test/analyze/basis-heading.test.ts.
 */
export function mayHoldBasisHeading(text: string): boolean {
  return text.indexOf("\u0301") >= 0 || followsPhapL(text, "\u00fd") || followsPhapL(text, "\u00dd");
}
function followsPhapL(text: string, y: string): boolean {
  for (let i = text.indexOf(y); i >= 0; i = text.indexOf(y, i + 1)) if (endsPhapL(text, i)) return true;
  return false;
}
/** Whether "pháp" (any case), blanks and "l"/"L" stand just before `at`. */
function endsPhapL(text: string, at: number): boolean {
  if ((text.charCodeAt(at - 1) | 0x20) !== 0x6c) return false;
  let j = at - 2;
  while (j >= 0 && isWhitespaceAt(text, j)) j--;
  if (j === at - 2 || j < 3 || (text.charCodeAt(j) | 0x20) !== 0x70) return false;
  const a = text.charCodeAt(j - 1);
  return (a === 0xe1 || a === 0xc1) && (text.charCodeAt(j - 2) | 0x20) === 0x68 && (text.charCodeAt(j - 3) | 0x20) === 0x70;
}

/**
 * A heading opens a line, and a line break opens a clause (analyze/clauses.ts): only a clause whose first words, past
 * its blanks and a number at most, are "Cơ sở" / "CƠ SỞ" (composed or decomposed) has its line read (headingAt, a
 * function of its own so that the loop holds no path the common text never takes). Five whole-text searches for the
 * words, tried first, cost ~25 M instructions a warm analyze() pass over devx5 (session 65), and a regex at every
 * clause opening with "Cơ" ("Cơ quan …", most of them) about as much.
 */
function scanBasisHeadings(text: string, spans: readonly { start: number; end: number }[], clauses: readonly { start: number; end: number }[]): FoundCue[] {
  let out: FoundCue[] | null = null;
  for (const clause of clauses) {
    let p = clause.start;
    while (p < clause.end && isBlankCode(text.charCodeAt(p))) p++;
    if (!opensWithCo(text, p, Math.min(clause.end, p + LEAD_CHARS))) continue;
    const cue = headingAt(text, spans, p);
    if (cue !== null) (out ??= []).push(cue);
  }
  return out ?? NONE;
}
/** The heading's cue on the line of `p`, if the line is one. */
function headingAt(text: string, spans: readonly { start: number; end: number }[], p: number): FoundCue | null {
  const lineStart = text.lastIndexOf("\n", p) + 1;
  if (p - lineStart > HEADING_CHARS) return null;
  let lineEnd = text.indexOf("\n", p);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > HEADING_CHARS) return null;
  const line = text.slice(lineStart, lineEnd);
  const decomposed = HAS_COMBINING_MARK.test(line);
  const m = HEADING().exec(decomposed ? line.normalize("NFC") : line);
  if (m === null || citedWithin(spans, lineStart, lineEnd)) return null;
  const start = decomposed ? lineStart : lineStart + m.index + m[0].indexOf(m[1]);
  const end = decomposed ? lineEnd : start + m[1].length;
  return { start, end, cue: LEGAL_BASIS_HEADING };
}
const isBlankCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Whether "Cơ sở"/"CƠ SỞ" (its "ơ" and "ở" composed or not) starts in [from, to). */
function opensWithCo(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x43 && c !== 0x63) continue;
    let j = i + 1;
    const o = text.charCodeAt(j);
    if (o === 0x1a1 || o === 0x1a0) j++;
    else if ((o === 0x6f || o === 0x4f) && text.charCodeAt(j + 1) === 0x31b) j += 2;
    else continue;
    // "Cơ sở", not "Cơ quan", "Cơ chế" (most clauses that open with "Cơ"): a blank, then "s" and "ở" (or a decomposed "o").
    const k = j;
    while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
    if (j === k || (text.charCodeAt(j) | 0x20) !== 0x73) continue;
    const v = text.charCodeAt(j + 1);
    if (v === 0x1edf || v === 0x1ede || v === 0x6f || v === 0x4f) return true;
  }
  return false;
}
const NONE: FoundCue[] = [];

/**
 * basisHeadingCues' paths past mayHoldBasisHeading, taken before V8 compiles readRoles (session 70, bench/README.md).
 * Few texts hold "pháp lý", so readRoles, into which TurboFan inlines basisHeadingCues, was compiled before any took
 * scanBasisHeadings' call: the first that did threw the compiled readRoles away ("Insufficient type feedback for
 * call"), and followsPhapL's own compile with it (its check before "pháp" first run). FEEDBACK_TEXTS hold "pháp lý"
 * (a clause opening with "Cơ sở" on a line too long to be a heading: no regex is compiled for it) and "PHÁP LÝ", with
 * "ý" after no "l" and after "l" and no "pháp". Their answers are dropped: nothing is kept but V8's feedback.
 */
const FEEDBACK_TEXTS = [
  "Căn cứ Luật số 1/2020/QH14, là cơ sở pháp lý để cơ quan, tổ chức, cá nhân thực hiện việc quản lý, sử dụng tài sản công theo quy định của pháp luật; Cơ sở vật chất, ý kiến",
  "Ý KIẾN VỀ QUẢN LÝ; CĂN CỨ PHÁP LÝ",
];
/**
 * Rounds of FEEDBACK_TEXTS: V8 gives a small function the vector its feedback is kept in only after some eight calls
 * (8 times its bytecode's length run), and basisHeadingCues is a few bytes long. Up to five rounds it was thrown away at
 * the first "pháp lý", from six on it stayed (test/analyze/basis-heading-feedback.test.ts, 1–16 rounds): twice that.
 */
const FEEDBACK_ROUNDS = 12;

/**
 * The cues `cues` finds over FEEDBACK_TEXTS, FEEDBACK_ROUNDS times (none: no clause there is a heading).
 * @public for test/analyze/basis-heading-feedback.test.ts, which hands it a copy of basisHeadingCues of its own.
 */
export function takeEveryBasisPath(cues: typeof basisHeadingCues): number {
  let found = 0;
  // Objects of the shapes readRoles hands over: spans { start, end }, clauses as splitClauses makes them.
  const spans = [{ start: 7, end: 26 }];
  for (let k = 0; k < FEEDBACK_ROUNDS; k++) {
    for (const text of FEEDBACK_TEXTS) {
      const cut = text.indexOf(";") + 1;
      const clauses = [{ start: 0, end: cut, part: "body", opensList: true }, { start: cut, end: text.length, part: "body", opensList: false }];
      found += cues(text, spans, clauses).length;
    }
  }
  return found;
}

let fed = false;

/** Takes basisHeadingCues' paths over FEEDBACK_TEXTS, the first time it is called in a process (readRoles' first document). */
export function giveBasisHeadingFeedback(): void {
  if (fed) return;
  fed = true;
  takeEveryBasisPath(basisHeadingCues);
}

/** Whether a citation starts in [from, to): spans are in text order, so a binary search finds the first at or after `from`. */
function citedWithin(spans: readonly { start: number }[], from: number, to: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < to;
}

/** `cues` (in text order) with `added` (in text order) merged in; `cues` itself where nothing is added. */
export function withBasisHeadings(cues: FoundCue[], added: readonly FoundCue[]): FoundCue[] {
  if (added.length === 0) return cues;
  const out: FoundCue[] = [];
  let i = 0;
  for (const a of [...added].sort((x, y) => x.start - y.start)) {
    // A cue the finder found on the heading's words already (none does today) is kept, not doubled.
    while (i < cues.length && cues[i].start < a.start) out.push(cues[i++]);
    if (i < cues.length && cues[i].start < a.end) continue;
    // Two of the prefilter's spellings on one line find its heading twice.
    if (out.length > 0 && out[out.length - 1].start === a.start) continue;
    out.push(a);
  }
  while (i < cues.length) out.push(cues[i++]);
  return out;
}
