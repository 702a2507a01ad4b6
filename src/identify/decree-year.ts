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
 *
 * So is a ministry's Thông tư and a joint Thông tư liên tịch (the same laws: n/yyyy/TT-BTC,
 * n/yyyy/TTLT-BTC-BTNMT), when the kind word Thông tư is written before it: "Thông tư Liên tịch số
 * 14/TTLT / BTC-BTNMT ngày 31/01/2008" (seg33-027) is 14/2008/TTLT-BTC-BTNMT (dev-035, seg33-010),
 * "Thông tư sô 08/TT-BGDDT ngày 06/6/2022" (fresh41c-003) is 08/2022/TT-BGDĐT (fresh41c-001), as
 * "Thông tư số 03/TT-BKH ngày 01 tháng 7 năm 2008" is 03/2008/TT-BKH. The kind word, not the code:
 * offices typed TT for a Tờ trình ("Tờ trình số 15/TT-BQL ngày 31/3/2008"), a yearly series.
 */
const FIRST_YEAR = 2000;

/** Type codes of a circular's series, read as yeared only after the kind word "Thông tư" (kinds circular, joint-circular). */
const CIRCULAR_CODES: ReadonlySet<string> = new Set(["TT", "TTLT"]);
const CIRCULAR_KINDS: ReadonlySet<string> = new Set(["circular", "joint-circular"]);

/** `kindWritten`: the kind of the word written before the number ("Thông tư" → circular; "" for a word of no one kind), null when none is. */
export function decreeYear(sym: Pick<SymbolReading, "style" | "symbol" | "typeCode">, year: number | null, dateYear: number | null, kindWritten: string | null): number | null {
  if (year !== null || dateYear === null || dateYear < FIRST_YEAR || kindWritten === null || sym.style !== "state") return null;
  if (sym.symbol === "NĐ-CP") return dateYear;
  return sym.typeCode !== null && CIRCULAR_CODES.has(sym.typeCode) && CIRCULAR_KINDS.has(kindWritten) ? dateYear : null;
}

export function decreeYearWarning(number: string, symbol: string, year: number, start: number, end: number): Warning {
  const what = symbol === "NĐ-CP" ? "a decree's" : "a circular's";
  return {
    code: "year-missing",
    message: `"${number}/${symbol}" read as ${number}/${year}/${symbol}: ${what} number carries its year, here its date's`,
    start,
    end,
  };
}
