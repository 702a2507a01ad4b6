import { OCR_ONES } from "../vocab/look-alikes.js";

/**
 * "ngày 01/ll/1999", "1/l/2000": a date whose ones an OCR read as letters (OCR_ONES), which the
 * grammar takes for a number and a ký hiệu. Whether the citation written without a kind word whose
 * number is `number` and which ends at `end` is one: a day's number (1 to 31), a "ký hiệu" of one or
 * two such letters only, and a year right after its slash (a document's number puts its year before
 * the code, never after a one-letter code).
 */
export function misreadDate(text: string, number: { text: string; end: number }, end: number): boolean {
  if (number.text.length > 2 || Number(number.text) < 1 || Number(number.text) > 31) return false;
  return MISREAD_MONTH.test(text.slice(number.end, end)) && YEAR_AFTER.test(text.slice(end, end + YEAR_REACH));
}

const ONES = `[${OCR_ONES.join("")}]`;
/** The slash and the month as read: "/ll", "/ l". */
const MISREAD_MONTH = new RegExp(`^[ \\t]*/[ \\t]*${ONES}{1,2}$`);
/** "/1999", "/ 2000": the year, four digits and no more. */
const YEAR_AFTER = /^[ \t]*\/[ \t]*(?:19|20)\d\d(?!\d)/;
const YEAR_REACH = 12;

/**
 * A date's day or month as an OCR read it off a scan: a one read as a letter (OCR_ONES: "0l" for 01, "1 l" for
 * 11) or a space read inside its two digits ("1 1" for 11). "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/1 l/2003"
 * (Nghệ An's decision as scanned, fixtures/fresh/fresh56f-005), "… công bố theo lệnh số 49 - LTC / HĐNN ngày
 * 02/0l/1991" (seg33c-006), "công văn số 23112020/CV ngày 23/1 1/2020" (Tổng cục Thuế's letter, fresh54e-013),
 * "Thông tư số 03/2021/TT- ‘BTC ngày 1 1/01/2021" (fresh45c-010): no date was read, and a law's mention lost
 * its year (its id "…@?", another law's than the year's). At most two characters and two blanks between them
 * (a tab, two spaces or a hard-wrapped line's break read as the one space, test/analyze/whitespace.test.ts), so linear.
 */
export const MISREAD_DAY_OR_MONTH = `[0-9${OCR_ONES.join("")}](?:[ \\t\\u00a0\\r\\n]{0,2}[0-9${OCR_ONES.join("")}])?`;

/**
 * The day and month, as digits, that MISREAD_DAY_OR_MONTH matched: null where nothing was misread (a date
 * written in digits is the date readers' own; one they did not take is not taken here either) or where
 * either is no day (1 to 31) or month (1 to 12).
 */
export function misreadDayMonth(day: string, month: string): { day: string; month: string } | null {
  if (!MISREAD.test(day) && !MISREAD.test(month)) return null;
  const d = asDigits(day);
  const m = asDigits(month);
  return Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12 ? { day: d, month: m } : null;
}
const MISREAD = new RegExp(`[ \\t\\u00a0\\r\\n${OCR_ONES.join("")}]`);
const ONES_AND_SPACES = new RegExp(`[ \\t\\u00a0\\r\\n${OCR_ONES.join("")}]`, "g");
const asDigits = (part: string): string => part.replace(ONES_AND_SPACES, (c) => (/\s/.test(c) ? "" : "1"));
