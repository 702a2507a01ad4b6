import { DOCUMENT_CUES, LINE_OPENING_PHRASES, LOST_OPENING_BASIS_CUE, NOT_LINE_OPENING, RUN_ON_BASIS_CUE, RUN_ON_YEAR_WORD, TITLE_DESCRIPTION_WORDS, TITLE_OPENING_CUES, TITLE_SECOND_PART_CUES } from "../vocab/cues.js";
import { phraseSource } from "../vocab/phrases.js";
import type { PartType } from "../types.js";
import type { Part } from "./parts/index.js";
import { isBlank } from "./sentences.js";
import { brokenOnPurpose } from "./lines.js";
import { lastAtOrBefore } from "../shared/search.js";
import { BULLET_CLASS, HEADING_HASHES, LINE_MARKUP, TABLE_ROW } from "../vocab/bullets.js";
import { PREAMBLE_ITEM_OPENERS, TITLE_OPEN_ENDINGS } from "../vocab/parts.js";
import { DASH_WRAPPED_NAME_HALVES } from "../vocab/issuers.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";
import { PHRASE_BLANKS, phraseAt, phraseEndingAt } from "../shared/strings.js";

/**
 * A clause: the stretch of a part in which one cue can govern the documents after it. Clauses end
 * at ";" and ":" (a list's items and its introduction), at a full stop, at a line that opens a
 * list item or an article ("a)", "1.", "-", "Điều 2."), and at a line opening with a capitalised
 * cue ("Căn cứ", "Thực hiện"), in parentheses too ("(Ban hành kèm theo …"). A line break alone ends
 * nothing: PDF text breaks lines mid-sentence, before "( dưới đây gọi chung là …" as well.
 * Marks inside a citation ("Tờ trình số : 8249/TTr-UBND") end nothing either.
 */
export interface Clause {
  start: number;
  end: number;
  part: PartType;
  /** What ended it: ";" or ":" let the next clause continue its list ("; số 198/2004/NĐ-CP ..."). */
  opensList: boolean;
}

/**
 * An article opens with its number and a stop ("Điều 2.", "Điều 2 :", as parts/read-parts.ts reads it): a line
 * that wraps before "Điều 2 Nghị quyết số …" is a pinpoint in mid-sentence, not an article.
 */
const LIST_MARKER = String.raw`(?:[a-zđ][ \t]*\)|[IVXLC]+[ \t]*\.|\d+(?:\.\d+)*[ \t]*[.)]|[${BULLET_CLASS}]|${HEADING_HASHES}|\*\*|Điều[ \t]+\d+[ \t]*[.:])`;
const CUE_WORDS = phraseSource(DOCUMENT_CUES.flatMap((c) => c.phrases), { keepCase: true });
/** A line opening with a capitalised cue or purpose word ("Để", "Nhằm") starts a clause. */
const OPENING_WORDS = phraseSource(LINE_OPENING_PHRASES, { keepCase: true });
/**
 * Or with "Căn cứ" whose first letters a copy lost (vocab/cues.ts LOST_OPENING_BASIS_CUE, "n cứ Luật …"): only at a
 * line's start, where no word of a sentence is "n"; not among OPENING_FIRSTS, whose branch would stop at every "n".
 */
const LOST_OPENING = phraseSource([LOST_OPENING_BASIS_CUE], { keepCase: true });
/** The letters LINE_OPENING_PHRASES open with: a space before any other letter is passed over at once. */
const OPENING_FIRSTS = [...new Set(LINE_OPENING_PHRASES.flatMap((p) => [p.normalize("NFC")[0], p.normalize("NFD")[0]]))].join("").replace(/[\]\\^-]/g, "\\$&");
/** A line that opens with a name holding a cue's words (NOT_LINE_OPENING) opens no clause. */
const NOT_OPENING = String.raw`(?![ \t*#(]*(?:${phraseSource(NOT_LINE_OPENING, { keepCase: true })})\s)`;
/**
 * The number or letter of a list item at a line's start: its stop ("1. Nghị quyết số …", "II. CĂN CỨ")
 * is no full stop when the item goes on after it on the same line; a number alone on its line ("1.")
 * still ends a clause.
 */
const ITEM_NUMBER = String.raw`(?:^|\n)[ \t*#]*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])[ \t]*`;
// The stop and what follows it are matched before the look-behind is tried: a look-behind opening
// the branch was tried at every character of the text (it made analyze() twice as slow).
const FULL_STOP = String.raw`[.!?](?:(?=\s)(?<!${ITEM_NUMBER}[.!?])|(?=[ \t]*(?:\n|$))(?<=${ITEM_NUMBER}[.!?]))`;
/**
 * A line after a line that holds only a bar opens a table's cell, not a sentence: a page that puts
 * each cell on a line of its own ("30/2016/QĐ-UBND⏎|⏎Sửa đổi, bổ sung … Quyết định số 12/2015/QĐ-UBND")
 * describes the row's document in the cell after its number, as one line of the row would.
 */
const NOT_A_CELL = String.raw`(?<!\n[ \t]*\|[ \t]*\n)`;
/**
 * A text printed on one line (a page that lost its line breaks) puts a heading in capitals and the
 * sentence under it on one line: "I. MỤC ĐÍCH Thực hiện tốt Chỉ thị số …", "… TÒA ÁN NHÂN DÂN Căn cứ
 * Luật …". A capitalised cue or purpose word right after a word in capitals opens a clause, as it
 * does at a line's start (the word before is checked in clausesAtBreaks: capitalsBefore). That
 * branch matches the word's first letter and looks behind it for the blank (the break): opening at
 * the blank, the regex stopped at every space of the text, which cost it as much again as all the
 * other branches together; a capital it opens with is several times rarer.
 */
const BREAK = new RegExp(
  String.raw`[;:]|${FULL_STOP}|\n(?=${LINE_MARKUP}(?:${LIST_MARKER}\s|${TABLE_ROW}))|\n${NOT_A_CELL}${NOT_OPENING}(?=[ \t*#(]*(?:${OPENING_WORDS}|${LOST_OPENING})\s)|[${OPENING_FIRSTS}](?<=[ \t]${NOT_OPENING}(?=(?:${OPENING_WORDS})\s).)`,
  "g",
);
/** The break marks are below it (";:.!?" and the line break); the letter the blank's branch matches is above. */
const LAST_MARK = 0x3f;

const ITEM_OPENER = lazyRegExp(() => new RegExp(String.raw`([ \t*_(-]*)(?:${phraseSource(PREAMBLE_ITEM_OPENERS)})(?![\p{L}\p{N}])`, "iuy"));

/** A line break before a line that opens with a capitalised cue, where BREAK ends a clause. */
const CUE_LINE = new RegExp(String.raw`\n${NOT_OPENING}(?=[ \t*#(]*(?:${CUE_WORDS})\s)`, "y");

/**
 * Where in [from, to) a line opens with a capitalised cue (the break before it), or -1: a cue phrase
 * read across it would join two clauses ("HƯỚNG DẪN ⏎ Thực hiện Quyết định số …", a kind line and a
 * subject line that opens with a cue, read as "hướng dẫn thực hiện").
 */
export function cueLineWithin(text: string, from: number, to: number): number {
  for (let nl = text.indexOf("\n", from); nl >= 0 && nl < to; nl = text.indexOf("\n", nl + 1)) {
    CUE_LINE.lastIndex = nl;
    if (CUE_LINE.test(text)) return nl;
  }
  return -1;
}

/** A clause that opens with its own cue ("Căn cứ …", after the ";" that ended the one before). */
const CUE_AT = new RegExp(String.raw`[\s*#(]*(?:${CUE_WORDS})\s`, "y");

/** Whether the clause starting at `start` opens with a cue: it says itself what it does. */
export function opensWithCue(text: string, start: number): boolean {
  CUE_AT.lastIndex = start;
  return CUE_AT.test(text);
}

const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;
const SEMICOLON = 59;
const COLON = 58;

/**
 * The clauses of every part that can state a relation, in text order.
 *
 * The breaks are found first and a preamble's items split after, by two functions this one (run
 * once per document, never optimized itself) calls: the break loop is compiled by TurboFan early,
 * in the first long document, and a preamble's item split compiled into it made it compile the
 * whole loop again each time a document first took one of its paths (4 compiles over a cold pass
 * of 2,000 texts).
 */
export function splitClauses(text: string, parts: readonly Part[], spans: readonly { start: number; end: number }[]): Clause[] {
  giveBreakFeedback();
  const out = clausesAtBreaks(text, parts, spans);
  return parts.some(isPreamble) ? withPreambleItems(out, text, spans) : out;
}

const isPreamble = (part: Part) => part.type === "preamble";

/**
 * clausesAtBreaks' two paths few texts take, taken before V8 compiles its loop (session 70, bench/README.md): a ";"
 * before a title's second part (titleGoesOn: "… số 45/2013/QH13 về đất đai; quy định chi tiết thi hành …"), and a line
 * break right after a citation before a line that opens as a title does (describesCitationBefore: "… 43/2014/NĐ-CP ⏎
 * Quy định chi tiết …"). TurboFan compiles the loop in the first long document; the first text that took either path
 * after that threw the compiled loop away ("Insufficient type feedback"), twice a process over the dev texts, and
 * describesCitationBefore's own compile with it. A word in capitals before a cue, one of its letters past Latin-1
 * ("MỤC ĐÍCH Thực hiện": capitalsBefore compares the letter's lower case, a string of its own there, where an ASCII or
 * Latin-1 letter's is one V8 keeps), is read once too. The answers over BREAK_PATHS are dropped: nothing is kept but
 * V8's feedback.
 */
const BREAK_PATHS = [
  "Căn cứ Luật Đất đai số 45/2013/QH13 về đất đai; quy định chi tiết thi hành Luật;\n",
  "Căn cứ Nghị định số 43/2014/NĐ-CP\nQuy định chi tiết thi hành một số điều của Luật Đất đai;\n",
  "I. MỤC ĐÍCH Thực hiện tốt Luật.",
];
/**
 * Rounds of BREAK_PATHS: V8 gives a function the vector its feedback is kept in only after it has run a while (8 times
 * its bytecode's length), and titleGoesOn, once a round, must have one before the rounds that count. Three rounds left
 * the loop to be thrown away, four sufficed (test/analyze/clauses-feedback.test.ts): twice that.
 */
const BREAK_ROUNDS = 12;

/**
 * clausesAtBreaks' clauses of BREAK_PATHS (a part of the body, its two citations' spans), BREAK_ROUNDS times.
 * @public for test/analyze/clauses-feedback.test.ts, which asks it of a copy of this module.
 */
export function takeEveryBreakPath(): Clause[][] {
  // Joined at run time, as a document's text is a string built at run time, not a literal.
  const text = BREAK_PATHS.join("");
  const parts: Part[] = [{ type: "body", start: 0, end: text.length }];
  const law = text.indexOf("Luật");
  const decree = text.indexOf("Nghị định");
  const spans = [{ start: law, end: text.indexOf(" về") }, { start: decree, end: text.indexOf("\nQuy") }];
  const out: Clause[][] = [];
  for (let k = 0; k < BREAK_ROUNDS; k++) out.push(clausesAtBreaks(text, parts, spans));
  return out;
}

let given = false;

/** Takes clausesAtBreaks' rare paths over BREAK_PATHS, the first time it is called in a process. */
function giveBreakFeedback(): void {
  if (given) return;
  given = true;
  takeEveryBreakPath();
}

/**
 * The clauses between the breaks of each part, a preamble's items not yet split.
 * @public for test/analyze/clauses-feedback.test.ts (splitClauses takes BREAK_PATHS first).
 */
export function clausesAtBreaks(text: string, parts: readonly Part[], spans: readonly { start: number; end: number }[]): Clause[] {
  const out: Clause[] = [];
  let s = 0;
  for (const part of parts) {
    let start = part.start;
    BREAK.lastIndex = part.start;
    // Every break is one character (the rest of each branch is lookaround): `test` finds it without
    // building a match array, and it sits just before lastIndex, or before the letter the blank's
    // branch matched.
    while (BREAK.test(text)) {
      let end = BREAK.lastIndex;
      if (text.charCodeAt(end - 1) > LAST_MARK) end--;
      const at = end - 1;
      if (at >= part.end) break;
      while (s < spans.length && spans[s].end <= at) s++;
      if (s < spans.length && spans[s].start <= at) continue;
      const mark = text.charCodeAt(at);
      if (mark === NEWLINE && describesCitationBefore(text, at, spans, s)) continue;
      if (mark === NEWLINE && mayWrapNameAtDash(text, at) && nameWrappedAtDash(text, at)) continue;
      // Only a ";" that a title's second part may follow (its first letter after a run of blanks at most, a justified
      // copy's ";  quy định chi tiết") is looked at further: most are not. (charCodeAt past the text's end, for a ";"
      // that ends it, would deoptimize this loop: "out of bounds"; blanksAfter stops at the text's last character.)
      if (mark === SEMICOLON && SECOND_PART_FIRST.has(text.charCodeAt(blanksAfter(text, at + 1))) && titleGoesOn(text, start, at, spans, s)) continue;
      if ((mark === SPACE || mark === TAB) && !capitalsBefore(text, at) && !yearBeforeBasis(text, at)) continue;
      // A blank stretch between "; " and the next line's "- " is no clause: the list goes on.
      if (mark !== NEWLINE || !isBlank(text, start, at)) {
        if (end > start) out.push({ start, end, part: part.type, opensList: mark === SEMICOLON || mark === COLON });
        start = end;
      }
    }
    if (part.end > start) out.push({ start, end: part.end, part: part.type, opensList: false });
  }
  return out;
}

/**
 * Whether the word that ends at `at` (a space or tab after it) is written in capitals: a letter in
 * capitals and none in small letters ("MỤC ĐÍCH", "DÂN"; "2024)" has none and is no heading's word),
 * or is the rule printed under a title ("________", "-----", three marks at least); not a list
 * item's number ("II.", "A)").
 */
function capitalsBefore(text: string, at: number): boolean {
  // The word before the run of blanks that ends at `at`: a justified line widens "THU HỒI  Căn cứ" (fresh55e-001).
  const word = blanksBefore(text, at);
  // "II. Căn cứ …", "A) Thực hiện …": a list item's number, which LIST_MARKER keeps in its clause.
  // charAt, not text[i]: an element load keeps the string shapes it met, and the first text of another (a one-byte
  // text after two-byte ones) threw the compiled clausesAtBreaks away ("wrong instance type", session 70).
  const last = text.charAt(word - 1);
  if (last === "." || last === ")") return false;
  let capital = false;
  let rule = 0;
  for (let i = word - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === " " || c === "\t" || c === "\n") break;
    if (RULE_MARKS.includes(c)) rule++;
    const lower = c.toLowerCase();
    if (lower === c.toUpperCase()) continue;
    if (c === lower) return false;
    capital = true;
  }
  return capital || rule >= 3;
}
const RULE_MARKS = "_-–—*=";
/** Where the blanks (spaces, tabs; BLANK_RUN of them at most) that end at `at`, the blank at `at` one of them, start. */
function blanksBefore(text: string, at: number): number {
  let p = at;
  while (at - p < BLANK_RUN && p > 0 && (text.charCodeAt(p - 1) === SPACE || text.charCodeAt(p - 1) === TAB)) p--;
  return p;
}
/** The first character from `from` past a run of blanks (BLANK_RUN at most), never past the text's last character. */
function blanksAfter(text: string, from: number): number {
  const last = text.length - 1;
  let p = Math.min(from, last);
  while (p - from < BLANK_RUN && p < last && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p++;
  return p;
}
/** Blanks a justified line puts between two words at most, as phraseAt reads them. */
const BLANK_RUN = PHRASE_BLANKS;

/**
 * Whether the blank at `at` runs a year ("năm 2019") into a "Căn cứ": a PDF's transcript flattened to one line
 * joins a title or a Căn cứ item that ends with its year to the next item, "… tôn giáo năm 2019 Căn cứ Luật Tín
 * ngưỡng, tôn giáo số 02/2016/QH14 …" (Vĩnh Phúc's 02/KH-UBND, fresh63b-007), "… Luật Tổ chức Chính phủ ngày 25
 * tháng 12 năm 2001 Căn cứ Nghị quyết số 03 NQ-CP …" (Thủ tướng's 09/2011/QĐ-TTg, fresh30e-018). A year is no
 * word in capitals (capitalsBefore), and in a sentence "Căn cứ" after it is written small.
 */
function yearBeforeBasis(text: string, at: number): boolean {
  if (!BASIS_WORD().test(text.slice(at + 1, at + 1 + BASIS_WORD_CHARS))) return false;
  // The year before the run of blanks, its words parted by a run too: a justified line's "năm  2019  Căn cứ".
  const word = blanksBefore(text, at);
  return YEAR_BEFORE().test(text.slice(Math.max(0, word - YEAR_CHARS), word));
}
const BASIS_WORD = lazyRegExp(() => new RegExp(`^${phraseSource([RUN_ON_BASIS_CUE], { keepCase: true })}[ \\t]`, "u"));
const BASIS_WORD_CHARS = 12;
const YEAR_BEFORE = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])${RUN_ON_YEAR_WORD}[ \t]{1,${BLANK_RUN}}(?:19|20)\d\d$`, "u"));
const YEAR_CHARS = 8 + BLANK_RUN;

/** A line opening with a cited document's title's cue (TITLE_OPENING_CUES), then whitespace. */
const TITLE_CUE_LINE = new RegExp(String.raw`[ \t]*(?:${phraseSource(TITLE_OPENING_CUES, { keepCase: true })})\s`, "y");

/**
 * Whether the line after the break at `at` goes on with the description of the citation that ends
 * the line before: that citation (its date included) ends the line, and the line opens as a title
 * does (TITLE_OPENING_CUES). spans[s] is the first citation ending after `at`.
 */
function describesCitationBefore(text: string, at: number, spans: readonly { start: number; end: number }[], s: number): boolean {
  if (s === 0) return false;
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  if (spans[s - 1].end !== i) return false;
  TITLE_CUE_LINE.lastIndex = at + 1;
  return TITLE_CUE_LINE.test(text);
}

/**
 * Whether the line break at `at` falls inside a body's name joined by a dash (DASH_WRAPPED_NAME_HALVES): the line
 * before ends with the name's first half, the next opens with "- " and its second half, "Sở Lao động ⏎- Thương binh
 * và Xã hội tại Tờ trình số …". The dash is the name's, not a list item's bullet, and the clause goes on.
 */
export function nameWrappedAtDash(text: string, at: number): boolean {
  DASH_LINE.lastIndex = at + 1;
  if (!DASH_LINE.test(text)) return false;
  const next = text.slice(DASH_LINE.lastIndex, DASH_LINE.lastIndex + WRAPPED_SECOND_MAX).toLowerCase();
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
  const before = text.slice(Math.max(0, end - WRAPPED_FIRST_MAX), end).toLowerCase();
  // Each half's words parted by any short run of blanks, as a justified copy prints them (phraseAt, phraseEndingAt).
  return DASH_WRAPPED_NAME_HALVES.some(([first, second]) => {
    const secondEnd = phraseAt(next, second, 0);
    if (secondEnd < 0 || WORD_CHAR().test(next.charAt(secondEnd))) return false;
    const firstStart = phraseEndingAt(before, first, before.length);
    return firstStart >= 0 && !WORD_CHAR().test(before.charAt(firstStart - 1));
  });
}
/**
 * What nameWrappedAtDash asks first, by the characters beside the break alone (WRAP_AT): the next line opens with a
 * dash, and the characters nearest the dash's word and the break are, where ASCII, letters a name's halves may open
 * and end with (a code unit past ASCII is left to nameWrappedAtDash). Most breaks fail it ("- " bullets after a
 * line's ":" or ";"): about 30 of the 11,000 line breaks of the dev texts pass, so the test of the pairs runs that
 * seldom and stays out of clausesAtBreaks' compiled loop. Inlined there (with its slices, lower-casing and the pairs'
 * walk), it made each of the loop's four TurboFan compiles half as large again: a one-time cost every process paid
 * (bench/README.md, session 55). One regex, not a loop of charCodeAt: each charCodeAt compiled into the loop is code
 * of its own. A superset of nameWrappedAtDash's answers.
 */
export function mayWrapNameAtDash(text: string, at: number): boolean {
  WRAP_AT.lastIndex = at;
  return WRAP_AT.test(text);
}
const HALF_PAST_ASCII = String.raw`\u0080-\uffff`;
/** The ASCII characters that lower-case to one of `letters`, as a class's escapes. */
const asciiFolding = (letters: readonly string[]): string =>
  Array.from({ length: 0x80 }, (_, c) => c)
    .filter((c) => letters.includes(String.fromCharCode(c).toLowerCase()))
    .map((c) => `\\x${c.toString(16).padStart(2, "0")}`)
    .join("");
/** The break, its blanks and dash (DASH_LINE), the first character after them and the last before the break that may be a half's. */
const WRAP_AT = new RegExp(
  `(?<=[${asciiFolding(DASH_WRAPPED_NAME_HALVES.map(([first]) => first.charAt(first.length - 1)))}${HALF_PAST_ASCII}][ \\t]*)\\n[ \\t]*[-–][ \\t]*[${asciiFolding(DASH_WRAPPED_NAME_HALVES.map(([, second]) => second.charAt(0)))}${HALF_PAST_ASCII}]`,
  "y",
);
/** A line's opening dash (a hyphen or an en dash) and the blanks around it, at the line's start. */
const DASH_LINE = /[ \t]*[-–][ \t]*/y;
/** A letter or a digit: a name's half must not run on into a word. */
const WORD_CHAR = lazyRegExp(() => /[\p{L}\p{N}]/u);
// Twice a half's length and one: room for its blanks doubled (a justified copy) and the character before or after it.
const WRAPPED_FIRST_MAX = 2 * Math.max(...DASH_WRAPPED_NAME_HALVES.map(([first]) => first.length)) + 1;
const WRAPPED_SECOND_MAX = 2 * Math.max(...DASH_WRAPPED_NAME_HALVES.map(([, second]) => second.length)) + 1;

/** The words a title's second part opens with after its ";" (TITLE_SECOND_PART_CUES), small, then whitespace. */
const TITLE_SECOND_PART = new RegExp(String.raw`[ \t]*(?:${phraseSource(TITLE_SECOND_PART_CUES, { keepCase: true })})\s`, "y");
/** The first letters of TITLE_SECOND_PART_CUES: a cheap test before TITLE_SECOND_PART is asked. */
const SECOND_PART_FIRST: ReadonlySet<number> = new Set(TITLE_SECOND_PART_CUES.map((p) => p.charCodeAt(0)));
/** A title's word in a citation's description (TITLE_DESCRIPTION_WORDS), whitespace on both sides. */
const TITLE_WORD = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(TITLE_DESCRIPTION_WORDS, { keepCase: true })})(?=\s)`);
/** A citation's description runs this far at most before its title's own ";". */
const TITLE_CHARS = 300;

/**
 * Whether the ";" at `at` lies inside the title of the citation before it, in the clause that opens at
 * `start`: that citation's description (a title word in it, no longer than a title) runs up to the ";",
 * and the words after it are a title's second part (TITLE_SECOND_PART_CUES). spans[s] is the first
 * citation ending after `at`.
 */
function titleGoesOn(text: string, start: number, at: number, spans: readonly { start: number; end: number }[], s: number): boolean {
  if (s === 0 || spans[s - 1].start < start || at - spans[s - 1].end > TITLE_CHARS) return false;
  TITLE_SECOND_PART.lastIndex = at + 1;
  return TITLE_SECOND_PART.test(text) && TITLE_WORD.test(text.slice(spans[s - 1].end, at));
}

/**
 * The clauses with each clause of a preamble split into its items: an item whose ";" the drafter
 * left out ends where a line opens as an item does, after the line holding its document was ended
 * on purpose ("… của Bộ Tài chính ⏎ Bộ Tài chính hướng dẫn …", "… viên chức ⏎ Theo báo cáo cuộc
 * họp …"), not where the layout wrapped it. It ends as ";" would end it: the items after it may go
 * on with its list.
 */
function withPreambleItems(clauses: readonly Clause[], text: string, spans: readonly { start: number; end: number }[]): Clause[] {
  const out: Clause[] = [];
  // The first line break at or after `searched`, or -1 (none left): the clauses come in text order, so the
  // search goes on from where it stopped. Asked anew from each clause's start, a preamble's clauses on one
  // long line (";" after ";", "Căn cứ …; được sửa đổi …; …" in a page flattened to a line) each read on to
  // the text's next break, however far past their end: time in clauses × line length.
  let searched = 0;
  let next = text.indexOf("\n");
  const breakFrom = (from: number): number => {
    if (from < searched || (next !== -1 && next < from)) next = text.indexOf("\n", from);
    searched = from;
    return next;
  };
  for (const clause of clauses) {
    if (clause.part !== "preamble") {
      out.push(clause);
      continue;
    }
    let start = clause.start;
    const end = clause.end;
    for (let at = breakFrom(start); at !== -1 && at + 1 < end; at = breakFrom(at + 1)) {
      const line = at + 1;
      if (!opensItem(text, line, end)) continue;
      // The item must hold its document, and the line must not open inside one, nor with one
      // ("… khoản 2 Điều 8 ⏎ Bộ luật Dân sự …" goes on with the item).
      const before = lastAtOrBefore(spans, line - 1, (x) => x.start);
      if (before < 0 || spans[before].start < start || spans[before].end > line) continue;
      if (before + 1 < spans.length && isBlank(text, line, spans[before + 1].start)) continue;
      if (!brokenOnPurpose(text, line)) continue;
      // "… Nghị định số 85/2007/NĐ-CP ngày 25/5/2007 của ⏎ Chính phủ quy định chi tiết …": a line that
      // ends with a word no phrase ends with goes on, however short it is (a page's last line).
      if (OPEN_LINE_END.test(text.slice(Math.max(start, line - OPEN_END_CHARS), line).trimEnd())) continue;
      out.push({ start, end: line, part: clause.part, opensList: true });
      start = line;
    }
    out.push(start === clause.start ? clause : { start, end, part: clause.part, opensList: clause.opensList });
  }
  return out;
}

/** A line ending with a word no phrase ends with ("của", "và", "số", …: TITLE_OPEN_ENDINGS). */
const OPEN_LINE_END = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(TITLE_OPEN_ENDINGS)})$`, "iu");
const OPEN_END_CHARS = 24;

/**
 * Whether the line at `at` opens, before `end`, with what a preamble's item opens with, capitalised
 * as a sentence's first word is (in any case after it: a text in capitals writes "THEO"). In the
 * middle of a sentence "theo" is written small, and a name ("Ngân hàng Nhà nước", "Quy chế") opens no item.
 */
function opensItem(text: string, at: number, end: number): boolean {
  ITEM_OPENER().lastIndex = at;
  const m = ITEM_OPENER().exec(text);
  if (m === null || m.index + m[0].length > end) return false;
  const c = text[at + m[1].length];
  return c !== c.toLowerCase();
}
