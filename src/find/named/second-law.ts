/**
 * "Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo năm 2004 và 2005" (fresh31a 007),
 * "các Luật Sửa đổi, bổ sung một số điều Luật Khiếu nại, tố cáo ngày 15 tháng 6 năm 2004 và ngày 29
 * tháng 11 năm 2005" (fresh31e 002): one amending name, two laws, each passed on its own day. A law
 * is amended more than once under the same name; a text basing itself on the law as amended names
 * both amending laws so, their years or dates joined by "và". The second year or date
 * (secondLawAfter) is a mention of the second law, the name the first's.
 *
 * Only an amending name: a law is passed once, and "Luật Đất đai năm 2003 và 2013" says nothing the
 * texts show of how it is meant. A range ("năm 2021 - 2025") is none (rangeAfter ends the name before it).
 */
import type { SecondLaw } from "./mention.js";

// Sticky at the end of the first law's year or date, each part bounded: linear on any run of "năm 2004 và ".
// "2004và 2005": a page that joined its lines ran "và" into the year (fresh31a 007), so no blank is needed before it.
const S = "[ \\t\\r\\n]";
const YEAR = "((?:19|20)\\d\\d)(?!\\d)(?![ \\t]{0,4}[-\\u2010-\\u2014][ \\t]{0,4}\\d)";
const AND = `${S}{0,4}và${S}{1,4}`;
/** "và 2005", "và năm 2005". */
const AND_YEAR = new RegExp(`${AND}((?:năm${S}{1,4})?)${YEAR}`, "y");
/** "và ngày 29 tháng 11 năm 2005", "và ngày 29/11/2005". */
const AND_DATE = new RegExp(`${AND}(ngày${S}{1,4}(\\d{1,2})(?:${S}{1,4}tháng${S}{1,4}(\\d{1,2})${S}{1,4}năm${S}{1,4}|/(\\d{1,2})/)${YEAR})`, "y");

/** The second law's year or date right after `end` (the first law's, in an NFC text), or null. */
export function secondLawAfter(text: string, end: number): SecondLaw | null {
  AND_DATE.lastIndex = end;
  const d = AND_DATE.exec(text);
  if (d) {
    const start = d.index + d[0].length - d[1].length;
    const date = { day: d[2], month: d[3] ?? d[4], year: d[5], start, end: d.index + d[0].length };
    return { start, end: date.end, year: Number(d[5]), date };
  }
  AND_YEAR.lastIndex = end;
  const y = AND_YEAR.exec(text);
  if (!y) return null;
  const to = y.index + y[0].length;
  return { start: to - y[1].length - y[2].length, end: to, year: Number(y[2]), date: null };
}
