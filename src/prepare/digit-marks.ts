import { StringBuilder } from "../shared/chunked.js";

/**
 * Combining marks on a digit, read as what prints nothing (U+2060, the word joiner of vocab IGNORABLES), one unit
 * for one, so offsets stay put. No mark names a digit: a stray accent an OCR or a misplaced PDF mark leaves on
 * one ("Nghị định số 6\u03011/2018/NĐ-CP"), an enclosing keycap or an emoji's variation selector after it (a web
 * post's "1\ufe0f\u20e3"). Left as they were, they cut the number: "6\u03011/2018/NĐ-CP" read as a short form "Nghị định số
 * 6", "61/2\u20e3018/NĐ-CP" as the decree 18/NĐ-CP, a mark on the year or the date's digits lost the citation or its
 * date (audit54). What prints nothing between two digits is read past by every stage (the scan, prepare(), the
 * grammar), as a page's zero-width space where a long number may wrap.
 *
 * The marks: the combining blocks (U+0300-U+036F and its extended and supplement blocks, the half marks), the
 * marks for symbols (the keycap U+20E3 among them) and the variation selectors; every one a single code unit.
 */
export function marksOnDigitsIgnored(text: string): string {
  // One scan of a text without any: almost every text.
  if (!DIGIT_MARK.test(text)) return text;
  const out = new StringBuilder();
  let last = 0;
  DIGIT_MARK_ALL.lastIndex = 0;
  for (let m = DIGIT_MARK_ALL.exec(text); m !== null; m = DIGIT_MARK_ALL.exec(text)) {
    const from = m.index + 1;
    // The whole run of marks after the digit, by a loop: a look-behind over the run would read it again at each mark.
    let end = from + 1;
    while (end < text.length && isDigitMark(text.charCodeAt(end))) end++;
    out.add(text.slice(last, from));
    out.add(IGNORED.repeat(end - from));
    last = end;
    DIGIT_MARK_ALL.lastIndex = end;
  }
  out.add(text.slice(last));
  return out.finish();
}

const MARK_RANGES = "\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe00-\\ufe0f\\ufe20-\\ufe2f";
const DIGIT_MARK = new RegExp(`[0-9][${MARK_RANGES}]`);
const DIGIT_MARK_ALL = new RegExp(DIGIT_MARK.source, "g");
const IS_DIGIT_MARK = new RegExp(`[${MARK_RANGES}]`);
const isDigitMark = (c: number): boolean => IS_DIGIT_MARK.test(String.fromCharCode(c));
/** The word joiner: prints nothing, one unit (vocab IGNORABLES). */
const IGNORED = "\u2060";

/**
 * Fullwidth digits (U+FF10-U+FF19), an East Asian input method's full width ("Nghị định số ６１／２０１８／NĐ－CP"), read
 * as the digits, one unit for one. Every stage looks for ASCII digits: read as written, such a citation was no
 * citation at all (audit54). Its fullwidth slash and hyphen-minus are look-alikes prepare() repairs (vocab LOOK_ALIKES).
 */
export function fullwidthDigitsRead(text: string): string {
  // One scan of a text without any: almost every text.
  if (!FULLWIDTH_DIGIT.test(text)) return text;
  return text.replace(FULLWIDTH_DIGIT_ALL, (d) => String.fromCharCode(d.charCodeAt(0) - FULLWIDTH_OFFSET));
}
const FULLWIDTH_DIGIT = /[\uff10-\uff19]/;
const FULLWIDTH_DIGIT_ALL = /[\uff10-\uff19]/g;
const FULLWIDTH_OFFSET = 0xff10 - 0x30;
