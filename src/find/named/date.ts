/**
 * The date or year after a name ("ngày 26 tháng 11 năm 2003", "ngày 26/11/2003", "năm 2003"), as the
 * name's marker reads it; and a year that opens a range of years ("2026 - 2031"), which no law has.
 */
import { ENACTMENT_BODY_WORDS, MAX_ENACTMENT_WORDS } from "../../vocab/laws.js";
import { isDigitCode } from "../../shared/chars.js";
import { Words } from "../words.js";
import { MISREAD_DAY_OR_MONTH, misreadDayMonth } from "../misread-date.js";
import type { Marker } from "./mention.js";
export const SLASH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)$/;
/**
 * "ngày 27 / 12 / 2002", "ngày 16/12 / 2002", "ngày 26 - 11 - 2003": a date whose separators a
 * word-segmented source spaced (the dev texts have some), read from the day on in the text itself,
 * since the words split there; or a line wrapped at one ("ngày 26/ ⏎11/2003", as PDF text wraps
 * it, a blank line after each line too), as a numbered citation's date is read across it.
 * Sticky, each part bounded: linear on any run of digits and spaces.
 */
const SPACED_DATE = /(\d{1,2})[ \t\r\n]{0,4}([/.-])[ \t\r\n]{0,4}(\d{1,2})[ \t\r\n]{0,4}\2[ \t\r\n]{0,4}((?:19|20)\d\d)(?!\d)/y;

/**
 * "ngày 26tháng 11 năm 2003" (fresh30n 031, fresh29j 021): the day run into "tháng", as some pages
 * print a law's date in a "Căn cứ". Sticky, each part bounded.
 */
const DAY_GLUED_TO_MONTH = /(\d{1,2})[tT]háng[ \t\r\n]{1,4}(\d{1,2})[ \t\r\n]{1,4}năm[ \t\r\n]{1,4}((?:19|20)\d\d)(?!\d)/y;

/** "ngày 26/1 l/2003", "ngày 02/0l/1991": a date an OCR misread (find/misread-date.ts). Sticky, each part bounded. */
const MISREAD_SLASH_DATE = new RegExp(`(${MISREAD_DAY_OR_MONTH})[ \\t]{0,2}/[ \\t]{0,2}(${MISREAD_DAY_OR_MONTH})[ \\t]{0,2}/[ \\t]{0,2}((?:19|20)\\d\\d)(?!\\d)`, "y");

/** The date after "ngày" (words[i]) with spaced separators, or with its day run into "tháng", or misread by an OCR, or null. */
export function spacedDateAfter(words: Words, i: number): { day: string; month: string; year: string; start: number; end: number } | null {
  const day = words.get(i + 1);
  if (day === undefined || !isDigitCode(day.text.charCodeAt(0))) return null;
  SPACED_DATE.lastIndex = day.start;
  const m = SPACED_DATE.exec(words.text);
  if (m) return { day: m[1], month: m[3], year: m[4], start: words.get(i)!.start, end: day.start + m[0].length };
  DAY_GLUED_TO_MONTH.lastIndex = day.start;
  const g = DAY_GLUED_TO_MONTH.exec(words.text);
  if (g) return { day: g[1], month: g[2], year: g[3], start: words.get(i)!.start, end: day.start + g[0].length };
  MISREAD_SLASH_DATE.lastIndex = day.start;
  const o = MISREAD_SLASH_DATE.exec(words.text);
  const read = o ? misreadDayMonth(o[1], o[2]) : null;
  return read ? { day: read.day, month: read.month, year: o![3], start: words.get(i)!.start, end: day.start + o![0].length } : null;
}
export const YEAR = /^(?:19|20)\d\d$/;
export const DIGITS = /^\d{1,2}$/;
export const FOUR_DIGITS = /^\d{4}$/;
/**
 * "… nhiệm kỳ 2026 - 2031", "… năm 2021 -2025": the year of word `i` begins a range of years (a term,
 * a period), not a law's year of enactment. (Written without spaces, "2026-2031" is one word, no year.)
 */
export const rangeAfter = (words: Words, i: number): boolean => {
  const end = words.get(i)!.end;
  return YEAR_RANGE_TAIL.test(words.text.slice(end, end + 16));
};
const YEAR_RANGE_TAIL = /^[ \t]{0,4}[-\u2010-\u2014][ \t]{0,4}(?:19|20)\d\d(?!\d)/;
/** The name ends before word `i` ("ngày", "năm"), whose date or year no law has: the mention is the name alone. */
export const undated = (words: Words, i: number): Marker => ({ index: i, end: words.get(i - 1)!.end, year: null, date: null, numberAt: null });
/**
 * "Căn cứ Luật Khiếu nại, tố cáonăm 1998" (fresh31a 007), "… Luật thi đua, khen thưởngnăm 2005"
 * (fresh29h 019): a page that joined its lines or cells ran "năm" into the name's last word. Word `i`
 * ends in "năm" run into a letter and a year follows: the name ends before "năm" (its id the law's,
 * "khieu-nai-to-cao@1998", not "khieu-nai-to-cao-nam"), the year is the law's. "Nam" of "Việt Nam" has
 * no breve and stands apart; a word "năm" alone is findMarker's branch before.
 */
export const GLUED_YEAR_WORD = "năm";
export function gluedYearAt(words: Words, i: number): Marker | null {
  const word = words.get(i)!;
  const next = words.get(i + 1);
  const cut = word.end - GLUED_YEAR_WORD.length;
  if (next === undefined || !YEAR.test(next.text) || rangeAfter(words, i + 1) || !LETTER.test(words.text[cut - 1])) return null;
  return { index: i + 1, end: next.end, year: Number(next.text), date: null, numberAt: null, nameEnd: cut };
}
/** A letter; a module constant, not a literal in gluedYearAt, which the bundler builds anew at every call (lower-case-name.ts MARK). */
const LETTER = /\p{L}/u;
const ENACTMENT_BODY = new Set(ENACTMENT_BODY_WORDS);
/** A word of the enacting body's name or session: "Quốc hội … khóa XI, kỳ họp thứ 4". */
const oneBodyWord = (w: string): boolean => ENACTMENT_BODY.has(w) || /^(?:\d{1,2}|[ivxl]{1,5})$/.test(w);
/**
 * Or two of them run together where a copy lost the space between them: "LuậtTổ chức HĐND và UBND được
 * Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Namthông qua ngày 26/11/2003" (fresh30w 015), "Nghị quyết
 * này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XVthông qua ngày 16
 * tháng 6 năm 2025" (fresh36b 002). Asked only of the words past a name's end, before its date.
 */
function isEnactmentBodyWord(w: string): boolean {
  if (oneBodyWord(w)) return true;
  for (let k = 1; k < w.length; k++) if (oneBodyWord(w.slice(0, k)) && oneBodyWord(w.slice(k))) return true;
  return false;
}

/**
 * The first date or year among the words from `from` to `to` (excluded), as the marker of a name
 * that ended before `from`; past `to` only while the words name the enacting body and its session
 * (ENACTMENT_BODY_WORDS), up to MAX_ENACTMENT_WORDS.
 */
export function dateWithin(words: Words, from: number, to: number): Omit<Marker, "index"> | null {
  for (let i = from; words.get(i); i++) {
    if (i >= to && (i >= from + MAX_ENACTMENT_WORDS || !isEnactmentBodyWord(words.get(i - 1)!.lower))) return null;
    const w = words.get(i)!.lower;
    const next = words.get(i + 1)?.text ?? "";
    const slashed = w === "ngày" ? SLASH_DATE.exec(next) : null;
    if (slashed) {
      return { end: words.get(i + 1)!.end, year: Number(slashed[3]), date: { day: slashed[1], month: slashed[2], year: slashed[3], start: words.get(i)!.start, end: words.get(i + 1)!.end }, numberAt: null };
    }
    const d = w === "ngày" && DIGITS.test(next) ? readDate(words, i + 1) : null;
    if (d) return { end: d.end, year: Number(d.year), date: { day: d.day, month: d.month, year: d.year, start: words.get(i)!.start, end: d.end }, numberAt: null };
    const spaced = w === "ngày" ? spacedDateAfter(words, i) : null;
    if (spaced) return { end: spaced.end, year: Number(spaced.year), date: spaced, numberAt: null };
    if (w === "năm" && YEAR.test(next)) return { end: words.get(i + 1)!.end, year: Number(next), date: null, numberAt: null };
  }
  return null;
}

/**
 * "ngày 26 tháng 11 năm 2003" from words[i] (the day); or the same date with "ngày" typed again for "tháng"
 * (DOUBLED_DAY_WORD): "Luật tổ chức chính quyn địa phương ngày 19 ngày 6 tháng 2015" (fresh55a-006, the law of 19 June
 * 2015), "Nghị định số 80/2021/NĐ-CP ngày 26 ngày 8 tháng 2021" (fresh37b-018, of 26 August 2021), "Nghị định số
 * 82/2023/NĐ-CP ngày 28 ngày 11 năm 2023" (fresh55e-006, of 28 November 2023): the day, then the month after the second
 * "ngày", then "tháng" or "năm" and the year.
 */
export function readDate(words: Words, i: number): { day: string; month: string; year: string; end: number } | null {
  const t = (k: number) => words.get(k)?.lower ?? "";
  // "… ngày 26 tháng tháng 11 năm 2003" (fresh63a-005), as "ngày ngày 26tháng 11 năm 2003" (fresh60k-002, marker.ts)
  // and "… năm năm 2016" (fresh40b-003): a copy types a date's word twice; the second is skipped.
  const month = t(i + 1) === "tháng" ? (t(i + 2) === "tháng" ? i + 3 : i + 2) : -1;
  const year = month > 0 && t(month + 1) === "năm" ? (t(month + 2) === "năm" ? month + 3 : month + 2) : -1;
  if (year > 0 && DIGITS.test(t(month)) && YEAR.test(t(year))) {
    return { day: t(i), month: t(month), year: t(year), end: words.get(year)!.end };
  }
  if (t(i + 1) === DOUBLED_DAY_WORD && DIGITS.test(t(i + 2)) && DOUBLED_DAY_YEAR_WORDS.includes(t(i + 3)) && YEAR.test(t(i + 4))) {
    return { day: t(i), month: t(i + 2), year: t(i + 4), end: words.get(i + 4)!.end };
  }
  return null;
}
const DOUBLED_DAY_WORD = "ngày";
const DOUBLED_DAY_YEAR_WORDS: readonly string[] = ["tháng", "năm"];
