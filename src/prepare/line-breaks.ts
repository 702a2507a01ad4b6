import { PAGE_LINES } from "../vocab/page-lines.js";
import { readLinkTitleLeaks } from "./link-title-leaks.js";
import { replaceInPieces, StringBuilder } from "../shared/chunked.js";
import type { OffsetMap } from "./offset-map.js";
/**
 * Line breaks as the analysis reads them: "\n" alone. Files saved on Windows end their lines with
 * "\r\n", old Mac files with a lone "\r", Word's manual line break pastes as a vertical tab, and
 * some converters write U+2028/U+2029 or NEL. The analysis finds list items, headings and clause
 * ends by their line ("1 . \n", "\nĐiều 3."), and a line that ends in "\r\n" would read as one
 * that goes on.
 *
 * Each unit is replaced by exactly one, so offsets stay put and no map is needed: "\r" before
 * "\n" becomes a space (trailing whitespace, which every line rule already allows), any other
 * break "\n". The extractor needs none of this: its lexer skips every kind of whitespace JavaScript's \s knows, and
 * NEL, which \s does not, is read as "\n" before it (nelAsLineBreak, in textAsRead).
 */
export function unifyLineBreaks(text: string, crlfKept = false): string {
  if (!OTHER_BREAK.test(text)) return text;
  // With `crlfKept`, a "\r\n" is left for joinCrlf, which reads it as one break.
  return text.replace(OTHER_BREAK_ALL, (c, at: number) => (c === "\r" && text.charCodeAt(at + 1) === LF ? (crlfKept ? c : " ") : "\n"));
}

const LF = 0x0a;

/**
 * A CRLF file's "\r\n" read as one "\n", the map taking both units back (OffsetMap.joinedAt): the analysis then reads
 * the text the same file saved with "\n" would give, and every offset it hands out maps to the caller's text. Read as
 * unifyLineBreaks reads it, " \n", the CR was a trailing space before every line end, and a line's end, found at its
 * "\n", was one unit later: a title or a preamble ended after the CR (78 of 2,796 texts saved with CRLF read
 * otherwise, crlf56). Not where the break is in a run of the map (a mark after its "\n", what prints nothing beside
 * it): that one is read as before, its CR a space (unifyLineBreaks). `map` maps `text` to the caller's; every other
 * line break of `text` is "\n" already (unifyLineBreaks with `crlfKept`), or a lone CR before the "\r\n" would read
 * as part of it.
 */
export function joinCrlf(text: string, map: OffsetMap): { text: string; map: OffsetMap } {
  let q = text.indexOf("\r\n");
  if (q < 0) return { text, map };
  const at: number[] = [];
  const out = new StringBuilder();
  let last = 0;
  for (; q >= 0; q = text.indexOf("\r\n", q + 2)) {
    out.add(text.slice(last, q));
    last = q + 1;
    // Its CR read as unifyLineBreaks reads it, a space, one unit for one.
    if (!outsideRuns(text, map, q)) out.add(" ");
    else at.push(q);
  }
  out.add(text.slice(last));
  return { text: out.finish(), map: map.joinedAt(at) };
}

/** Whether the "\r\n" at `q` stands for its two units of the caller's text and the next unit for its own, no mark after it. */
function outsideRuns(text: string, map: OffsetMap, q: number): boolean {
  if (MARK.test(text[q + 2] ?? "")) return false;
  if (map.isIdentity) return true;
  const o = map.toOriginal(q, "start");
  return map.toOriginal(q, "end") === o && map.toOriginal(q + 1, "start") === o + 1 && map.toOriginal(q + 2, "start") === o + 2 && map.toOriginal(q + 2, "end") === o + 2;
}
const MARK = /^\p{M}/u;

/** CR, vertical tab, NEL, line and paragraph separators; the form feed is a page break and stays. */
export const LINE_BREAKS: readonly string[] = ["\r", "\v", "\u0085", "\u2028", "\u2029"];
const ENDS_LINE = new Set([LF, ...LINE_BREAKS.map((c) => c.charCodeAt(0))]);

/** Whether the code unit ends a line, whatever wrote it ("\n" or one of LINE_BREAKS). */
export function isLineBreak(c: number): boolean {
  return ENDS_LINE.has(c);
}
const BREAKS = LINE_BREAKS.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
/** Every character that ends a line ("\n" and LINE_BREAKS) and the form feed, as a regex class's inside. */
export const ANY_BREAK_CLASS = `\\n\\f${BREAKS}`;
const OTHER_BREAK = new RegExp(`[${BREAKS}]`);
const OTHER_BREAK_ALL = new RegExp(`[${BREAKS}]`, "g");

/**
 * The text as the extractor and the analysis both read it, each unit replaced by one so offsets stay put: U+00A0 as a
 * space (nbspAsSpace), NEL and a
 * CR alone as "\n" (nelAsLineBreak, loneCrAsLineBreak), a "\r\n" between two digits, or a code and its next part, as "\n" (crBetweenDigitsIgnored), and line breaks a page shows as
 * their escapes (unescapeLineBreaks), and a link's title a copy kept before the link's number as spaces (readLinkTitleLeaks,
 * link-title-leaks.ts). Each step costs one indexOf over a text that needs none of it. (Fullwidth digits
 * and combining marks on a digit were read here too for a while, each found by a regex over the whole text: 17 M
 * instructions each a warm extract() pass over the dev texts, 5.8 % each, for characters no real text of the sets
 * holds; taken out, bench/README.md "Session 54, the lead".)
 */
export function textAsRead(text: string): string {
  return readLinkTitleLeaks(unescapeLineBreaks(crBetweenDigitsIgnored(nelAsLineBreak(nbspAsSpace(text)))));
}

/**
 * U+00A0 (a web page's &nbsp;, between words and at a line's end) as a space, one unit for one. prepare() reads it so
 * (vocab LOOK_ALIKES), but the finders read the caller's text: "Căn cứ", a name's "Điều lệ", "Hiến pháp", an amending
 * law's title "Luật sửa đổi … của Luật X" were looked for with a space between their words, and a page that gave
 * U+00A0 for every space lost them (whitespace.test.ts: the named documents of fresh29a-006, fresh29j-003,
 * seg33b-009, fresh56a-001, the amended law of fresh31b-021 and fresh56e-002). One indexOf over a text without it;
 * in pieces, as repairLookAlikes: a text of millions of them has more matches than one replace can collect.
 */
function nbspAsSpace(text: string): string {
  return text.indexOf("\u00a0") < 0 ? text : replaceInPieces(text, NBSP_ALL, " ");
}
const NBSP_ALL = /\u00a0/g;

/**
 * Line breaks a page shows as their escapes: a site that prints a document's JSON string puts
 * "\r\n" (backslash, r, backslash, n) where the lines ended, and a user copies it so ("\r\n Số:
 * 54/KH-UBND \r\n | \r\n Lạng Sơn, ngày …"). Read as the break it stands for, one unit for one so
 * offsets stay put: the escape's last unit becomes "\n", the others spaces. No document writes a
 * backslash before "r" or "n" otherwise.
 */
export function unescapeLineBreaks(text: string): string {
  // Most texts hold no backslash at all: indexOf says so several times faster than the regex.
  if (text.indexOf("\\") < 0 || !ESCAPED_BREAK.test(text)) return text;
  return text.replace(ESCAPED_BREAK_ALL, (e) => `${" ".repeat(e.length - 1)}\n`);
}

/**
 * NEL (U+0085), a line break some converters write (LINE_BREAKS), as "\n", one unit for one. JavaScript's \s and the
 * citation lexer's whitespace do not hold it: the extractor read "Nghị định số 61/2018/NĐ-CP<NEL>ngày 23 tháng 4 năm
 * 2018" as a word run into the number, its kind word and date lost, where the analysis read the same text's line
 * break (unifyLineBreaks). Every text the extractor and the analysis read passes here first (extract.ts, analyze).
 */
function nelAsLineBreak(text: string): string {
  // One indexOf over a text without it, as for the backslash.
  return text.indexOf("\u0085") < 0 ? text : text.replace(NEL_ALL, "\n");
}
const NEL_ALL = /\u0085/g;

/**
 * A "\r\n" between two digits, its CR as what prints nothing (U+2060, vocab IGNORABLES), one unit for one: the same
 * text saved on Windows then reads as with "\n". The grammar's repairs count the space between two tokens ("Nghị
 * định số 6⏎1/2018/NĐ-CP", a scan's number split after its first digit, splitNumberAt: one unit), and "\r\n" is
 * two: read as written, it gave a short form "Nghị định số 6" and a decree 01/2018/NĐ-CP no text names (audit54).
 * So too between a letter or digit and a digit, a capital or "&" (audit55): the legislature's code and its term
 * ("Luật số 45/2013/QH⏎13", splitTermAt), a type code and its issuer's ("Tờ trình số 55/TTr⏎UBND", fresh51d-009 saved
 * with CRLF read 55/TTr alone, no date), a code and its "&" part, each gated on one unit. Not elsewhere: a CRLF
 * file's other breaks stay as they are (each what prints nothing sends its window through prepare()).
 */
function crBetweenDigitsIgnored(text: string): string {
  // A text without a CR (almost every one read from a file) is not searched.
  if (text.indexOf("\r") < 0) return text;
  const lf = loneCrAsLineBreak(text);
  return CR_BETWEEN_DIGITS.test(lf) ? lf.replace(CR_BETWEEN_DIGITS_ALL, "\u2060") : lf;
}

/**
 * A CR with no "\n" after it (an old Mac file's line end, LINE_BREAKS) as "\n", one unit for one, as the analysis reads
 * it (unifyLineBreaks): the finders read lines by "\n" ("\nĐiều 3.", a "Căn cứ" item's ";" at its line's end, a
 * name that stops at its line), and a text saved with CR alone read as one line: a law's name ran on into the place
 * and date under it ("Bộ luật lao động\r\rHà Nội, ngày …"), a citation's issuer into the next line's words (crlf56).
 */
function loneCrAsLineBreak(text: string): string {
  return LONE_CR.test(text) ? text.replace(LONE_CR_ALL, "\n") : text;
}
const LONE_CR = /\r(?!\n)/;

/**
 * Where the first line end at or after `from` is, -1 where none is: a "\n", or a CR with no "\n" after it (as
 * loneCrAsLineBreak and unifyLineBreaks read it), so a "\r\n" ends one line. For the CLI's line numbers, which counted
 * "\n" alone: every citation of a file saved with CR alone was on line 1 (crlf56).
 */
export function nextLineEnd(text: string, from: number): number {
  LINE_END.lastIndex = from;
  return LINE_END.exec(text)?.index ?? -1;
}
const LINE_END = /\n|\r(?!\n)/g;
const LONE_CR_ALL = /\r(?!\n)/g;
const CR_BETWEEN_DIGITS = /(?<=[0-9A-Za-zĐđ])\r(?=\n[0-9A-ZĐ&])/;
const CR_BETWEEN_DIGITS_ALL = new RegExp(CR_BETWEEN_DIGITS.source, "g");
const ESCAPED_BREAK = /\\[rn]/;
const ESCAPED_BREAK_ALL = /\\r\\n|\\[rn]/g;

/**
 * A PDF page's number and running head (vocab/page-lines.ts) read as blank lines, one unit for one:
 * they stand between two lines of a sentence ("… quy định chi tiết một số điều ⏎ - 2 - ⏎ và biện
 * pháp thi hành Luật …") and are no words of it, nor a list item ("- 2 -" opens with a dash).
 * With `lastLine` false, a page line that ends the text is left as it is.
 */
export function blankPageLines(text: string, lastLine = true): string {
  let out: string | null = null;
  let last = 0;
  // Only a line that opens as one of them may be one: each line's first mark is looked at, found by
  // indexOf from line to line (a regex for the line starts cost twice as much over the whole text).
  for (let start = 0; start <= text.length; ) {
    let i = start;
    // Never read past the text's end (a text ending in a line break or blanks): NaN there made
    // TurboFan throw this loop's code away and compile it again.
    let c = i < text.length ? text.charCodeAt(i) : -1;
    while (c === 0x20 || c === 0x09) c = ++i < text.length ? text.charCodeAt(i) : -1;
    if (MAY_OPEN_PAGE_LINE(c)) {
      PAGE_LINE_AT.lastIndex = start;
      // A page line at the very end only when the caller's text is whole (a chunk's last line may go on).
      if (PAGE_LINE_AT.test(text) && (lastLine || PAGE_LINE_AT.lastIndex < text.length)) {
        const end = PAGE_LINE_AT.lastIndex;
        out = (out ?? "") + text.slice(last, start) + " ".repeat(end - start);
        last = end;
        i = end;
      }
    }
    const nl = text.indexOf("\n", i);
    if (nl < 0) break;
    start = nl + 1;
  }
  return out === null ? text : out + text.slice(last);
}
/** A page line's first mark: a dash, "Trang"/"TRANG" (T), a number, "CÔNG" (C). */
const MAY_OPEN_PAGE_LINE = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014 || (c >= 0x30 && c <= 0x39) || c === 0x54 || c === 0x43;
/** The whole line from its start, up to its end (not taking the line break). */
const PAGE_LINE_AT = new RegExp(String.raw`[ \t]*(?:${PAGE_LINES.join("|")})[ \t]*(?=\n|$)`, "y");
