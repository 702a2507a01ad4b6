import { canonicalCode } from "../vocab/codes.js";
import { HEADER_LINE_OPENINGS, NUMBERED_PLACE_TYPES, PLACE_TYPES } from "../vocab/places.js";
import { phraseSource } from "../vocab/phrases.js";
import { composedWord } from "../shared/chars.js";
import { itself, lastAtOrBefore } from "../shared/search.js";

/*
 * A document's place and date line ("Hà Nội, ngày 01 tháng 4 năm 2020"): a line of its own in the
 * header (and over the signature), never part of a citation. A công văn's header flattened from
 * its two-column table puts its subject line ("V/v thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của
 * Thủ tướng Chính phủ") just before that line, and the issuer's place read on into it: "… Chính phủ
 * ⏎⏎Thành phố Hồ Chí Minh", or "Công văn số 12/UBND-VX của UBND ⏎Hà Nội, ngày …" (a wrong identity,
 * 12/UBND-VX of Hà Nội). The grammar reads tokens and knows no lines, and on one line a place may
 * well go on into a date ("của UBND tỉnh Quảng Nam, ngày 5/1/2020 …"); so the lines are found here,
 * in the text, and the parse stage ends a citation's tokens before the next such line (parse/island.ts,
 * parse/whole-text.ts), as it ends them at a hard stop.
 *
 * The line: a place's capitalised words at the line's start (the place type's second word in small
 * letters: "Thành phố Hồ Chí Minh", "Thị xã …"), a comma, "ngày" and a whole date, words or figures,
 * its fields maybe left blank for the signer ("ngày    tháng 4 năm 2020") or wrapped by a table's
 * cell ("Tuyên Quang, ⏎ngày 01 …", "ngày 30 ⏎tháng 9 năm 2019"), and nothing after the year on its
 * line. A PDF's short lines may wrap a citation's issuer ("của UBND tỉnh ⏎Quảng Nam"), and "⏎Quảng
 * Nam, ngày 5/1/2020 về việc …" goes on past its date: neither is such a line; nor is a line after a
 * dash ("93/QĐ- ⏎BNV, ngày 08/08/2016").
 */

/** The place's words before the comma: "Thành phố Hồ Chí Minh" is five; more is a sentence's opening. */
const MAX_PLACE_WORDS = 6;
/** Characters to the comma at most (the longest names with their type, "Thành phố Buôn Ma Thuột"). */
const MAX_PLACE_CHARS = 40;
/** Characters after the comma that a date line's date may take, blanks and a wrapped day included. */
const MAX_DATE_CHARS = 80;

/** A date field's blank or figure, as a signer's form leaves it: "01", "   ", "…", "....". */
const FIELD = "(?:[\\s.…_]{1,12}\\d{1,2})?[\\s.…_]{0,12}";
/**
 * What follows the place's comma: "ngày D tháng M năm YYYY" or "ngày D/M/YYYY", and the line's end,
 * or the next header line's opening run on after the year by a copy that joined the header's lines
 * (HEADER_LINE_OPENINGS): "Hà Nội, ngày 27 tháng 01 năm 2014 Kính gửi: Đ/c Chủ tịch …" after a
 * subject line ending with a law's name, "V/v … theo quy định của Luật KBCB" (full32-011; full32-003's
 * "… Điều 22 Luật BHYT"), which must not read on into "Hà Nội" and take the letter's date as the law's.
 */
const DATE_TO_LINE_END = new RegExp(
  `^\\s{0,4}ngày(?:${FIELD}tháng${FIELD}năm[\\s.…_]{0,12}|[ \\t\\u00a0]{0,3}\\d{1,2}[/.-]\\d{1,2}[/.-])(?:19|20)\\d\\d[ \\t\\r\\u00a0.|]*(?:\\n|$|(?=${phraseSource(HEADER_LINE_OPENINGS)}))`,
  "iu",
);

/**
 * What DATE_TO_LINE_END's match opens with, read in the text as it is: whitespace, then the "n" of "ngày"
 * in either case. Composing the text first (composedWord) changes neither (no whitespace composes with a
 * mark, and no character composes to "n" or "N"), so where this fails there, DATE_TO_LINE_END fails too.
 */
const NGAY_AFTER_COMMA = /\s{0,4}[nN]/y;

const PLACE_TYPE_SET: ReadonlySet<string> = new Set(PLACE_TYPES);

/**
 * The place and date lines of a text, found as a parse asks for them. Anchors come in text order, so
 * each stretch of text is looked at once: the lines starting in (lo, hi] have been looked at, and
 * `starts` holds those that are place and date lines.
 */
export class PlaceDateLines {
  private lo = 0;
  private hi = 0;
  /** The line starts found in (lo, hi], and where each line's place begins, in text order. */
  private starts: number[] = [];
  private places: number[] = [];
  /** The first "\n" at or after nlFrom (-1: none to the text's end). */
  private nl = -1;
  private nlFrom = Infinity;

  constructor(private readonly text: string) {}

  /**
   * Where the place of the first place and date line that starts after `from` begins, if that line
   * starts at or before `to`; -1 when none does.
   */
  firstAfter(from: number, to: number): number {
    const end = Math.min(to, this.text.length);
    if (from < this.lo || from > this.hi) {
      this.lo = this.hi = from;
      this.starts = [];
      this.places = [];
    }
    if (end > this.hi) this.look(end);
    const k = lastAtOrBefore(this.starts, from, itself) + 1;
    return k < this.starts.length && this.starts[k] <= end ? this.places[k] : -1;
  }

  /** Looks at the lines starting in (hi, end]. */
  private look(end: number): void {
    for (let nl = this.newlineAt(this.hi); nl >= 0 && nl < end; nl = this.newlineAt(nl + 1)) {
      const place = placeDateLineAt(this.text, nl + 1);
      if (place >= 0) {
        this.starts.push(nl + 1);
        this.places.push(place);
      }
    }
    this.hi = end;
  }

  /**
   * The first "\n" at or after `i`, or -1; remembered, as HardStops remembers its stops: a long
   * line (a text that never breaks one) is searched once, not once for each anchor's window on it.
   */
  private newlineAt(i: number): number {
    if (i < this.nlFrom || (this.nl >= 0 && i > this.nl)) {
      this.nl = this.text.indexOf("\n", i);
      this.nlFrom = i;
    }
    return this.nl;
  }
}

/** Whether the line starting at `start` is a place and date line: where its place begins, or -1. */
export function placeDateLineAt(text: string, start: number): number {
  let p = start;
  while (p < text.length && isSpaceOnLine(text.charCodeAt(p))) p++;
  // No line opens at the text's end. Asked before charAt, which gives "" there: a read past the end
  // in TurboFan's code for this function (and the island loop it is inlined in) threw it away, and
  // both were compiled again in every process (bench/README.md, session 38).
  if (p >= text.length) return -1;
  const first = text.charAt(p);
  // Most lines end here: a small letter, a figure, a dash or a bullet opens them.
  if (first.toLowerCase() === first) return -1;
  const limit = Math.min(text.length, p + MAX_PLACE_CHARS);
  let comma = -1;
  for (let i = p + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      comma = i;
      break;
    }
    if (c === 0x0a || c === 0x3a || c === 0x3b || c === 0x28 || c === 0x29 || c === 0x2f) return -1;
  }
  // The date's "ngày" opens what follows the comma (DATE_TO_LINE_END): asked first, by one sticky test of
  // the text, as most capitalised lines with a comma are a sentence's ("Trên cơ sở đó, …", "Đồng thời, …":
  // two in three of a pass over 300 plans), and isPlaceName (a composition, a split, a word's cases) is dearer.
  NGAY_AFTER_COMMA.lastIndex = comma + 1;
  if (comma < 0 || !NGAY_AFTER_COMMA.test(text) || endsWithDash(text, start) || !isPlaceName(text.slice(p, comma))) return -1;
  const date = composedWord(text.slice(comma + 1, comma + 1 + MAX_DATE_CHARS));
  const m = DATE_TO_LINE_END.exec(date);
  if (m === null) return -1;
  // A header line's opening after the year is a line's: capitalised ("Kính gửi", "KÍNH GỬI"), not a sentence's "kính gửi".
  const next = m[0].length < date.length ? date.charAt(m[0].length) : "";
  return m[0].endsWith("\n") || next === "" || next !== next.toLowerCase() ? p : -1;
}

/**
 * A place's name as a date line writes it: capitalised words ("Hà Nội", "TP. Hồ Chí Minh", "Bà Rịa -
 * Vũng Tàu"), but the second word of a place type ("Thành phố", "Thị xã") and a city's numbered
 * district ("Quận 1"). Not a code in capitals alone: "Quyết định 93/QĐ- ⏎BNV, ngày 08/08/2016" is a
 * ký hiệu's issuer wrapped onto the line with the citation's date; nor a code spelled with a small
 * letter as codes are (vocab/codes.ts: TTg, CTr, QĐi), which a PDF's page break may leave after blank
 * lines: "Quyết định 4210/2024/QĐ- ⏎⏎TTg, ngày 27/5/2024" (a line-break trap of bench/corpus.mjs; no
 * place is spelled so, while a name after a ký hiệu's stray dash is a place: "Số: 255 / BC-BCĐPCGD- ⏎⏎Nga
 * Sơn, ngày 13 tháng 11 năm 2020", fresh30j-011).
 */
function isPlaceName(written: string): boolean {
  const composed = composedWord(written);
  if (composed === composed.toUpperCase()) return false;
  const words = composed.trim().split(/\s+/);
  if (words.length > MAX_PLACE_WORDS) return false;
  if (words.length === 1 && canonicalCode(words[0]) === words[0]) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === "-" || w.charAt(0).toLowerCase() !== w.charAt(0)) continue;
    const before = k > 0 ? words[k - 1].toLowerCase() : "";
    if (k > 0 && PLACE_TYPE_SET.has(`${before} ${w.toLowerCase()}`)) continue;
    if (k > 0 && /^\d{1,2}$/.test(w) && NUMBERED_PLACE_TYPES.has(before)) continue;
    return false;
  }
  return true;
}

/**
 * Whether the line before the one at `start` ends with a dash, which the line goes on after: a ký
 * hiệu's ("93/QĐ- ⏎BNV, ngày …") or a province's name's ("Bà Rịa - ⏎Vũng Tàu, ngày …").
 */
function endsWithDash(text: string, start: number): boolean {
  let i = start - 2;
  while (i >= 0 && isSpaceOnLine(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

/** Spaces and tabs that may indent a line (a "\r" left by a lone-CR file's line too). */
const isSpaceOnLine = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d;
