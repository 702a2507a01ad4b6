import type { Warning } from "../types.js";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO date from the day, month and year as written, or null with a warning when impossible. */
export function isoDate(day: string, month: string, year: string): { date: string | null; warning?: Warning } {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const ok =
    year.length === 4 && m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && !leap ? 28 : DAYS_IN_MONTH[m - 1]);
  if (!ok) {
    return {
      date: null,
      warning: { code: "invalid-date", message: `impossible date: day ${day}, month ${month}, year ${year}` },
    };
  }
  return { date: `${y}-${twoDigits(m)}-${twoDigits(d)}` };
}

/** "01" … "31": a day or month padded by table, not by String() and padStart for each date (thousands a pass). */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));
/** As String(n).padStart(2, "0") for any n the checks above let through (a number written "5.5" is no table key). */
const twoDigits = (n: number): string => TWO_DIGITS[n] ?? String(n).padStart(2, "0");
