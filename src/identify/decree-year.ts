import type { Warning } from "../types.js";
import type { SymbolReading } from "./symbol.js";

/**
 * Since 2000 every Nghị định of the Government is a legal normative document, numbered with its year
 * (n/yyyy/NĐ-CP: Luật Ban hành VBQPPL 1996, 2008, 2015): there is no yearless series beside it. A
 * decree cited with its date and no year in its number ("Nghị định số 107/NĐ-CP ngày 06 tháng 12
 * năm 2021", "Nghị định số 44/NĐ-CP ngày 06 tháng 5 năm 2015") is the decree numbered with the
 * date's year, 107/2021/NĐ-CP: one document, not a second node. Other type codes keep their yearless
 * reading: a Quyết định or a Nghị quyết has both series (23/QĐ-TTg and 23/2021/QĐ-TTg of 2021 are two).
 * Only where the text writes the kind word before the number itself: "Nghị định số 163/201 6/NĐ-CP
 * ngày 21 tháng 12 năm 2016" (fresh29b-004, a space typed inside the year) reads a bare "6/NĐ-CP",
 * which is no decree 06 of 2016.
 */
const FIRST_YEAR = 2000;

export function decreeYear(sym: SymbolReading, year: number | null, dateYear: number | null, kindWritten: boolean): number | null {
  if (year !== null || dateYear === null || dateYear < FIRST_YEAR || !kindWritten) return null;
  return sym.style === "state" && sym.symbol === "NĐ-CP" ? dateYear : null;
}

export function decreeYearWarning(number: string, year: number, start: number, end: number): Warning {
  return {
    code: "year-missing",
    message: `"${number}/NĐ-CP" read as ${number}/${year}/NĐ-CP: a decree's number carries its year, here its date's`,
    start,
    end,
  };
}
