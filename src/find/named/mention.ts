/**
 * What a named mention is (NamedMention), what a caller may tell of its text (KnownClean), and the
 * marker that ends a name (Marker: its date, year or number), the second law an amending name names (SecondLaw), shared by the modules that read them.
 */
import type { Kind } from "../../types.js";
/**
 * A law, code or ordinance cited by its name: "Luật Đất đai năm 2003", "Bộ luật Lao động 2019",
 * "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Pháp lệnh Phí và lệ phí".
 * Offsets are into the text searched.
 */
export interface NamedMention {
  start: number;
  end: number;
  kind: Kind;
  kindEnd: number;
  nameStart: number;
  nameEnd: number;
  /** The year the text gives ("năm 2003", "2019", or the year of its date). */
  year: number | null;
  date: { day: string; month: string; year: string; start: number; end: number } | null;
  /** "Luật Đất đai số 13/2003/QH11": the name stands before a number; the number's citation is the mention. */
  numberAt: number | null;
  /** The name as read, prepared (NFC, look-alikes repaired), when the offsets are into unprepared text. */
  name?: string;
  /**
   * "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và
   * Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024": an amending law named by the
   * laws it amends, each written with its own number. The mention's span is the name up to the first
   * number (the numbers are citations of their own, and spans never overlap); `name` is the whole name
   * without the numbers, and `date` and `year` those after the list. Where each law's number starts
   * ("31/…", "27/…", "32/…"): the laws the amending law amends.
   */
  amendedNumbers?: number[];
  /** The name of the first law listed so, before its number ("Đất đai"): the mention's words, given to that number's citation. */
  firstAmendedName?: string;
  /**
   * "Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, … và Luật Các
   * tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024": the amending law written with its own
   * number, then its name listing the laws it amends, each with its number. Where its own number starts
   * ("43/…"): that number's citation is the amending law, which the mention names and dates; the
   * mention's span runs from the kind word over the number to the name's end before the first law's
   * number, as the unnumbered form's does.
   */
  ownNumberAt?: number;
  /**
   * "Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo năm 2004 và 2005": the second law the
   * amending name names, by its year or date after "và" (second-law.ts). Its span is that year or date
   * alone, after the mention's: spans never overlap.
   */
  second?: SecondLaw;
}

/**
 * The second law's year or date, where the text writes it (second-law.ts secondLawAfter): the
 * citation's span, without the "và" before it. Declared here with NamedMention, which holds it, so
 * that the reader imports the mention's types and not the other way round.
 */
export interface SecondLaw {
  start: number;
  end: number;
  year: number;
  date: NamedMention["date"];
}

/** Stretches of a text known to need no preparing: whether text[from, to) does, needsPreparing asked of the rest only. */
export interface KnownClean {
  cleanWithin(from: number, to: number): boolean;
}

export interface Marker {
  index: number;
  end: number;
  year: number | null;
  date: NamedMention["date"];
  numberAt: number | null;
  /** The numbers of the laws an amending name lists (amendedList): "số" and the number, and where the number starts. */
  numbers?: { start: number; end: number; number: number }[];
  /** Where the first law's name stands, between its kind word and its "số". */
  firstName?: { start: number; end: number };
  /** Where the name ends inside its last word: before "năm" run into it ("… tố cáonăm 1998", gluedYearAt). */
  nameEnd?: number;
}
