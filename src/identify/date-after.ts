import { BRACKET_DATE_SUBJECT, BRACKET_DATE_VERBS, DAMAGED_NGAY, DATED_PHRASES, LOST_MARKS_DATE_WORDS, YEAR_SUBJECT_OPENERS } from "../vocab/dates.js";
import { MISREAD_DAY_OR_MONTH, misreadDayMonth } from "../find/misread-date.js";

/**
 * A date the grammar does not read, given right after a ký hiệu: where the citation has none, the text's
 * own date is what tells its document's year (an undated mention is never joined to a dated one by a
 * guess, src/graph/merge-undated.ts), so a date the text writes is read rather than left.
 * - "ngy 09/6/2014", "gày 18/1/2022": a full date after "ngày" damaged (vocab DAMAGED_NGAY), a comma
 *   before it or not, as the grammar reads "ngày" there;
 * - "1025/SGDT-CTHSSV ngay 17 thang 4 nm 2014", "510/TTr-BGDT ngy 25 thng 8 nm 2010": a date written out in a copy
 *   that lost its marks (vocab LOST_MARKS_DATE_WORDS), its three words together, the year on the next line or not;
 * - "công văn số 162/LĐBTXH đề ngày 24/02/2003", "Phiếu chuyển số 724/PC-TCT đề ngày ⏎ 19/9/2018": "đề ngày" ("dated",
 *   vocab DATED_PHRASES) and a full date, the date running onto the next line or not;
 * - "lệnh số 49 - LTC / HĐNN ngày 02/0l/1991", "công văn số 23112020/CV ngày 23/1 1/2020": a date after "ngày"
 *   whose day or month an OCR misread, a one as a letter or a space inside two digits (find/misread-date.ts);
 * - "Quyết định 3276/QĐ-BYT năm 2025 có hiệu lực …": "năm" and a year, then the document's subject
 *   (vocab YEAR_SUBJECT_OPENERS), the way the legal sites name a document: its year only (DOMAIN.md §1's
 *   date, "năm 2018", without its day and month);
 * - "Nghị quyết số 72-NQ/TW (09/9/2025) về …", "Nghị quyết 60-NQ/TW (Bộ Chính trị thông qua ngày 12/4/2025)": the
 *   document's date in brackets right after its number, alone and then the subject (vocab BRACKET_DATE_SUBJECT),
 *   or after the body that adopted it and "thông qua ngày" (vocab BRACKET_DATE_VERBS). Only for a number without
 *   its year (`numberHasYear` false): a bracket after a number that has one is a page's date as often as not
 *   ("97/2007/NĐ-CP   (29/07/2010 )", fresh59b-006), and the number's year is already the proof.
 * Read on the caller's text, composed or decomposed (each word both ways, `alternatives`), so the offsets
 * are the caller's. `from` is where the ký hiệu ends.
 */
export interface DateAfter {
  /** The day and month as written, null for a year alone. */
  day: string | null;
  month: string | null;
  year: string;
  /** The damaged "ngày", "đề ngày" or "năm" to the year's last digit; a bracketed date from its "(" to its ")". */
  start: number;
  end: number;
}

const SPACE = "[ \\t\\u00A0]";
/** Each word composed and decomposed (a PDF's text, NFD): the offsets stay the caller's, the date reads the same. */
const alternatives = (words: readonly string[], blank = `${SPACE}{1,2}`): string =>
  [...new Set(words.flatMap((w) => [w, w.normalize("NFD")]))].map((w) => w.replace(/ /g, blank)).join("|");
/**
 * A date's slash, or the slash a word segmenter spaced ("ngày 03/12 / 2004", "ngày 02 / 02/2010": the development
 * corpus's source, dev-003, dev-057), as the grammar reads a date's separators spaced: one blank either side at most.
 */
const SLASH = `${SPACE}?/${SPACE}?`;
/** Nothing but a letter or a mark may follow a word for it to end there. */
const WORD_END = "(?![\\p{L}\\p{M}])";
/** Bounded throughout: each quantifier over its own characters, no backtracking beyond a constant. */
const DAMAGED_DATE = new RegExp(
  `,?${SPACE}{1,2}(?<word>${alternatives(DAMAGED_NGAY)})${SPACE}{1,2}(?<day>[0-9]{1,2})${SLASH}(?<month>[0-9]{1,2})${SLASH}(?<year>(?:19|20)[0-9]{2})(?![0-9])`,
  "duy",
);
/**
 * One line break of any kind the caller writes ("\r\n", "\r", U+2028, U+2029, a vertical tab): the extractor reads
 * the caller's text as written, and the grammar reads a date across any of them (audit61: a date on the next line
 * after U+2028 was lost), and a CRLF's CR right after a word, which the extractor reads as what prints nothing (U+2060,
 * extract.ts textAsRead: "ngay 17 thang 4 nm\r\n2014" of a CRLF copy of fixtures/fresh/fresh39b-007 was left undated). Up to four blanks either side of it: a copy's blanks at a line's end, or a line indented.
 */
const LINE_BREAK = "(?:[\\r\\u2060]?\\n|[\\r\\v\\u2028\\u2029])";
/**
 * A blank where the sentence goes on: one or two spaces, or one line break with its blanks, as a hard-wrapped copy
 * (a PDF's or an e-mail's text, broken near a column wherever a word falls) puts one between any two words:
 * "Phiếu chuyển số 22/PC-TCT đề ⏎ngày 08/01/2021", "Quyết định 2356/QĐ-BTC năm ⏎2025 quy định …". Bounded.
 */
const BLANK = `(?:${SPACE}{1,2}|${SPACE}{0,4}${LINE_BREAK}${SPACE}{0,4})`;
/** "ngay 17 thang 4 nm 2014": the three words damaged or not, one line break at most before the year. */
const either = (words: readonly string[], marked: string): string => alternatives([marked, ...words]);
const LOST_MARKS_DATE = new RegExp(
  `,?${SPACE}{1,2}(?<word>${either(LOST_MARKS_DATE_WORDS.day, "ngày")})${SPACE}{1,2}(?<day>[0-9]{1,2})${SPACE}{1,2}(?:${either(LOST_MARKS_DATE_WORDS.month, "tháng")})${SPACE}{1,2}(?<month>[0-9]{1,2})${SPACE}{1,2}(?:${either(LOST_MARKS_DATE_WORDS.year, "năm")})${SPACE}{0,4}${LINE_BREAK}?${SPACE}{0,4}(?<year>(?:19|20)[0-9]{2})(?![0-9])`,
  "duy",
);
/** "đề ngày" and a full d/m/yyyy date; the date may open the next line (a line break and its blanks, bounded). */
const DATED_DATE = new RegExp(
  `,?${BLANK}(?<word>${alternatives(DATED_PHRASES, BLANK)})${SPACE}{0,4}${LINE_BREAK}?${SPACE}{0,4}(?<day>[0-9]{1,2})${SLASH}(?<month>[0-9]{1,2})${SLASH}(?<year>(?:19|20)[0-9]{2})(?![0-9])`,
  "duy",
);
const MISREAD_DATE = new RegExp(
  `,?${SPACE}{1,2}(?<word>${alternatives(["ngày", ...DAMAGED_NGAY])})${SPACE}{1,2}(?<day>${MISREAD_DAY_OR_MONTH})${SPACE}{0,2}/${SPACE}{0,2}(?<month>${MISREAD_DAY_OR_MONTH})${SPACE}{0,2}/${SPACE}{0,2}(?<year>(?:19|20)[0-9]{2})(?![0-9])`,
  "duy",
);
const YEAR_THEN_SUBJECT = new RegExp(`${BLANK}(?<word>${alternatives(["năm"])})${BLANK}(?<year>(?:19|20)[0-9]{2})${BLANK}(?:${alternatives(YEAR_SUBJECT_OPENERS, BLANK)})${WORD_END}`, "duy");

/**
 * "(09/9/2025) về", "(16/6/2025) –", "(Bộ Chính trị thông qua ngày 12/4/2025)". The adopting body is a capital
 * and at most five more words, each bounded; nothing else (no digit, no bracket) may stand before the date.
 * A word segmenter's blank inside the brackets ("( 09/9/2025 ) về", as the development corpus prints "( ODA )") is
 * one blank at most.
 */
const BRACKET_DATE = new RegExp(
  `${SPACE}{0,2}(?<word>\\()${SPACE}?(?:(?<by>\\p{Lu}[\\p{L}\\p{M}]{0,12}(?:${SPACE}[\\p{L}\\p{M}]{1,12}){0,5})${SPACE}{1,2}(?:${alternatives(BRACKET_DATE_VERBS)})${SPACE}{1,2}(?:${alternatives(["ngày"])})${SPACE}{1,2})?` +
    `(?<day>[0-9]{1,2})${SLASH}(?<month>[0-9]{1,2})${SLASH}(?<year>(?:19|20)[0-9]{2})${SPACE}?(?<close>\\))(?<then>${SPACE}{1,2}(?:${alternatives(BRACKET_DATE_SUBJECT)})${WORD_END})?`,
  "duy",
);

export function dateAfter(text: string, from: number, numberHasYear = false): DateAfter | null {
  const c = text.charCodeAt(from);
  // Most citations are followed by neither form: a space or a comma is where both begin, or a line break where "đề ngày"
  // or "năm" opens the next line of a hard-wrapped copy (BLANK).
  if (c !== 0x20 && c !== 0x2c && c !== 0x09 && c !== 0xa0 && c !== 0x0a && c !== 0x0d && c !== 0x0b && c !== 0x2028 && c !== 0x2029 && c !== 0x2060) return null;
  DAMAGED_DATE.lastIndex = from;
  let m = DAMAGED_DATE.exec(text);
  if (m !== null) {
    const g = m.groups!;
    return { day: g.day, month: g.month, year: g.year, start: m.indices!.groups!.word[0], end: m.indices!.groups!.year[1] };
  }
  LOST_MARKS_DATE.lastIndex = from;
  m = LOST_MARKS_DATE.exec(text);
  if (m !== null) {
    const g = m.groups!;
    return { day: g.day, month: g.month, year: g.year, start: m.indices!.groups!.word[0], end: m.indices!.groups!.year[1] };
  }
  DATED_DATE.lastIndex = from;
  m = DATED_DATE.exec(text);
  if (m !== null) {
    const g = m.groups!;
    return { day: g.day, month: g.month, year: g.year, start: m.indices!.groups!.word[0], end: m.indices!.groups!.year[1] };
  }
  MISREAD_DATE.lastIndex = from;
  m = MISREAD_DATE.exec(text);
  const read = m !== null ? misreadDayMonth(m.groups!.day, m.groups!.month) : null;
  if (read !== null) return { day: read.day, month: read.month, year: m!.groups!.year, start: m!.indices!.groups!.word[0], end: m!.indices!.groups!.year[1] };
  if (!numberHasYear) {
    BRACKET_DATE.lastIndex = from;
    m = BRACKET_DATE.exec(text);
    // A bare date is the document's only where its subject follows; with the adopting body it is said outright.
    if (m !== null && (m.groups!.by !== undefined || m.groups!.then !== undefined)) {
      const g = m.groups!;
      return { day: g.day, month: g.month, year: g.year, start: m.indices!.groups!.word[0], end: m.indices!.groups!.close[1] };
    }
  }
  YEAR_THEN_SUBJECT.lastIndex = from;
  m = YEAR_THEN_SUBJECT.exec(text);
  if (m !== null) return { day: null, month: null, year: m.groups!.year, start: m.indices!.groups!.word[0], end: m.indices!.groups!.year[1] };
  return null;
}
