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
