/**
 * A reprint's heading (kind line, title, the own number in brackets) below what the header's reading took for its
 * opening: a lead paragraph ("Căn cứ Thông báo số 380-TB/TW …; Thực hiện Thông tri số 31TT/TWĐTN … ⏎⏎ KẾ HOẠCH ⏎
 * Tổ chức Năm Thanh niên 2011 ⏎ (Số 98 ngày 22/12/2010)", Tỉnh đoàn Hưng Yên, fixtures/fresh/fresh39a-007) or a
 * site's title line read as the kind line ("Quy định về sự phối hợp … ⏎⏎ Quyết định ⏎⏎ ban hành Quy định … ⏎⏎
 * (Quyết định số 283-QĐ/TW ngày 26-1-2010", fresh54h-010).
 */
import type { Kind } from "../../types.js";
import { KIND_BY_WORD, KIND_WORDS_ANY_CASE } from "./kind-line.js";
import type { Header } from "./read-header.js";

/**
 * The own number in brackets on the line under a heading's kind line and title, as a reprint without the
 * heading's issuer and number lines prints it: "KẾ HOẠCH ⏎ Hành động Tháng thanh niên năm 2010 ⏎ (Số 61-KH/TĐ ngày
 * 26/01/2010)", "KẾ HOẠCH ⏎ Tổ chức các hoạt động khởi động Năm Thanh niên - 2011 ⏎ (Số 97 ngày 16/12/2010)" (Tỉnh
 * đoàn Hưng Yên's plans, fixtures/fresh/fresh39a-006, -005), "Quyết định ⏎ ban hành Quy định về sự phối hợp … ⏎
 * (Quyết định số 283-QĐ/TW ngày 26-1-2010 ⏎ của Ban Bí thư Trung ương Đảng" (a Party decision's reprint,
 * fresh54h-010, whose first line a site's title takes for the kind line). The number, a Party ký hiệu or none, then
 * the date ("ngày"), as the heading's number line and date line would give them; a kind word before "số" is the
 * heading's own. Groups: the kind word, the number, the type code, the issuer's code.
 */
export const BRACKETED_NUMBER_LINE = new RegExp(
  String.raw`^[ \t]*\n?[ \t]*\([ \t]*(?:(${KIND_WORDS_ANY_CASE})[ \t]+)?(?:Số|số|SỐ)[ \t]*:?[ \t]*([0-9]{1,5})(?:[ \t]*-[ \t]*([A-Za-zĐđ]{1,6})[ \t]*\/[ \t]*([A-Za-zĐđƯư][A-Za-zĐđƯư0-9.]{0,12}))?[ \t]*,?[ \t]+ngày[ \t]+[0-9]`,
  "u",
);
/** What BRACKETED_NUMBER_LINE reads before its bracket: blanks, a line break, blanks. */
const BEFORE_BRACKET = String.raw`^[ \t]*\n?[ \t]*\(`;
/** BRACKETED_NUMBER_LINE from after its bracket on, tried at one place. */
const AFTER_BRACKET = new RegExp(BRACKETED_NUMBER_LINE.source.replace(BEFORE_BRACKET, ""), "uy");
/**
 * Whether a line of `head` opens with BRACKETED_NUMBER_LINE's bracket (blanks before it) and the rest of it follows:
 * BRACKETED_NUMBER_LINE at any line's start, as the "m" flag's `^` reads a line's start (after "\n", "\r", U+2028,
 * U+2029), so every line bracketUnder reads that matches passes (no part of the pattern crosses a line). Asked of
 * every head with no number line. The pattern with the "m" flag, one search, tried its `^` at each of the head's
 * 3,000 characters (~11 M instructions a pass over devx5's 300 heads, ~7 of analyze()'s); each "(" found by indexOf
 * and its line's start checked, ~1.5 M.
 */
export function holdsBracketedNumberLine(head: string): boolean {
  for (let p = head.indexOf("("); p >= 0; p = head.indexOf("(", p + 1)) {
    let k = p - 1;
    while (k >= 0 && (head.charCodeAt(k) === SPACE || head.charCodeAt(k) === TAB)) k--;
    if (k >= 0 && !LINE_TERMINATORS.includes(head.charCodeAt(k))) continue;
    AFTER_BRACKET.lastIndex = p + 1;
    if (AFTER_BRACKET.test(head)) return true;
  }
  return false;
}
const SPACE = 0x20;
const TAB = 0x09;
/** What ends a line for the "m" flag's `^`: "\n", "\r", U+2028, U+2029. */
const LINE_TERMINATORS = [0x0a, 0x0d, 0x2028, 0x2029];
/** The longest a line holding a kind word alone may be, the word centred by blanks: longer lines are not read. */
const KIND_LINE_LENGTH = 120;
/** How many title lines may stand between the kind line and the bracketed number, blank lines aside. */
const TITLE_LINES = 3;

/**
 * The kind and own number of a heading whose kind line stands alone on a line after `after` (the kind line read
 * already, or -1), a title of one to three lines under it and the own number in brackets under that
 * (BRACKETED_NUMBER_LINE), its kind word, where it has one, the kind line's; null where there is none.
 */
export function lowerBracketedHeading(head: string, after: number): { kind: Kind; numberLine: NonNullable<Header["numberLine"]> } | null {
  // Most heads hold no bracketed number line at all: one search says so before any line is lowered and looked up.
  if (!holdsBracketedNumberLine(head)) return null;
  let at = 0;
  while (at < head.length) {
    let end = head.indexOf("\n", at);
    if (end < 0) end = head.length;
    const kind = at > after && end - at <= KIND_LINE_LENGTH ? KIND_BY_WORD.get(head.slice(at, end).trim().replace(/\s+/g, " ").toLowerCase()) : undefined;
    if (kind !== undefined) {
      const found = bracketUnder(head, end, kind);
      if (found !== null) return { kind, numberLine: found };
    }
    at = end + 1;
  }
  return null;
}

/** The bracketed number under the title that follows the kind line ending at `from`. */
function bracketUnder(head: string, from: number, kind: Kind): NonNullable<Header["numberLine"]> | null {
  let titles = 0;
  let at = from + 1;
  while (at < head.length) {
    let end = head.indexOf("\n", at);
    if (end < 0) end = head.length;
    const line = head.slice(at, end);
    if (line.trim() !== "") {
      if (line.trimStart().startsWith("(")) {
        if (titles === 0) return null;
        const b = BRACKETED_NUMBER_LINE.exec(line);
        if (b === null || (b[1] !== undefined && KIND_BY_WORD.get(b[1].toLowerCase().replace(/\s+/g, " ")) !== kind)) return null;
        const start = at + line.indexOf("(") + 1;
        return { number: b[2], year: null, symbolParts: b[3] === undefined ? [] : [b[3], b[4]], written: "dash-first", start, end: at + b[0].length, unreadable: false };
      }
      if (++titles > TITLE_LINES) return null;
    }
    at = end + 1;
  }
  return null;
}
