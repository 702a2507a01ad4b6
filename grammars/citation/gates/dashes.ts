/**
 * Whether a dash goes on with the ký hiệu: spaced ("NĐ - CP"), after a type code across a line break,
 * or typed twice ("QĐ--BVHTT").
 */
import type { IToken } from "chevrotain";
import { Dash, IssuerName, Word } from "../tokens.js";
import { canonicalCode, isStateTypeCode } from "../../../src/vocab/codes.js";
import { adjacent, endOf, is, isCapitalized, isCode, isCodeLike, isKnownCode, isUpperCode } from "./codes.js";

/**
 * The code after a dash set off by spaces: in capitals ("NĐ - CP"), or a code vncite knows that is
 * written with small letters after its capitals ("QĐ - TTg", "12/TTr - SYT"): "Tuyên" stays prose.
 */
export const isSpacedDashCode = (t: IToken): boolean => isUpperCode(t) || (/^[A-Z\u0110]{2,}[a-z]+$/.test(t.image) && isKnownCode(t.image));

/**
 * Whether a dash that is not written tight goes on with the ký hiệu: "NĐ - CP", "TT - BTC" as a
 * word-segmented source spaces them (capitals on both sides), a unit's code after the issuer's
 * ("584/UBND - NC", not the next body's name: "12/KH-UBND - UBND tỉnh"), and after a type code
 * alone across a line break too ("28/TTr ⏎⏎- BCVT").
 */
export function dashGoesOn(last: IToken, dash: IToken, next: IToken, partCount: number): boolean {
  if (!isSpacedDashCode(next) && !lowerCaseCodes(last, next) && !unitCode(next)) return false;
  if (partCount === 1 && dashAfterTypeCode(last, dash, next)) return true;
  return spacedDash(last, dash, next) && (isCapitalized(last) || (is(last, IssuerName) && is(next, Word)));
}

/**
 * A unit's code as ministries write it after the issuer's, which a word segmenter sets off by spaces like any
 * dash ("NĐ - CP" in the development corpus's source): capitals with a small letter inside or last, two capitals
 * first ("4099/BGDĐT - GDTrH", "1581/CT - TTrT", "259/TTr - SNgV", "4305/BTP - KTrVB", "2435/CT - HTr": "Tr" for
 * "Trung", "Ng" for "Ngoại"), or a letter or three and digits ("4060/QĐ - BCA - C41", "71/KH - C07 - P5", "3010/VKSTC -
 * V14": Bộ Công an's and the procuracy's units). Not a capitalised word ("Tuyên", "ThS": one capital first), nor
 * a letter alone or digits alone ("12/TTr - A", "QĐ - 2").
 */
const unitCode = (next: IToken): boolean => is(next, Word) && next.image.length <= 10 && (MIXED_CASE_UNIT.test(next.image) || NUMBERED_UNIT.test(next.image));
const MIXED_CASE_UNIT = /^[A-Z\u0110]{2,}[a-z](?:[A-Z\u0110]{1,4}[a-z]?){0,2}$/;
const NUMBERED_UNIT = /^[A-Z\u0110]{1,3}[0-9]{1,3}$/;

/**
 * "21/2016/tt - bgtvt", "57/2002/nđ - cp": a subject line lower-cased whole, as the dev corpus prints
 * a document's first line, writes the spaced ký hiệu in small letters: both codes in small letters,
 * the one after the dash a code vncite knows. (A code in capitals before it wants one in capitals after.)
 */
const lowerCaseCodes = (last: IToken, next: IToken): boolean =>
  (is(next, Word) || is(next, IssuerName)) && isLowerWord(next.image) && isLowerWord(last.image) && isCodeLike(next.image) && isKnownCode(next.image);
const isLowerWord = (s: string): boolean => s === s.toLowerCase();

/** "NĐ - CP": one space or tab each side of the dash, on one line. */
function spacedDash(before: IToken, dash: IToken, after: IToken): boolean {
  const gap1 = dash.startOffset - endOf(before);
  const gap2 = after.startOffset - endOf(dash);
  return gap1 >= 1 && gap1 <= 2 && gap2 >= 1 && gap2 <= 2 && dash.image === "-";
}

/**
 * "28/TTr ⏎⏎- BCVT", "45/2006/TT - ⏎⏎BTC": a type code alone is half a state ký hiệu, so a dash
 * after it goes on with the issuer's code even across a line break (a PDF's short lines put the
 * break on either side of the dash). Once the ký hiệu has its issuer ("KH-UBND"), a dash after a
 * line break opens a list item instead: only spacedDash continues it.
 */
function dashAfterTypeCode(type: IToken, dash: IToken, after: IToken): boolean {
  const gap1 = dash.startOffset - endOf(type);
  const gap2 = after.startOffset - endOf(dash);
  return dash.image === "-" && gap1 <= MAX_DASH_GAP && gap2 <= MAX_DASH_GAP && isStateTypeCode(canonicalCode(type.image));
}

/** Whitespace on one side of a dash inside a ký hiệu: a space and a blank line ("TT - ⏎⏎BTC"), with a tab to spare. */
const MAX_DASH_GAP = 4;

/**
 * "05/2000/QĐ--BVHTT": the dash between a ký hiệu's parts typed twice, as a national database's
 * record of a ministry's decision prints it. Written tight (a spaced "--" is prose's dash), the code
 * after it in capitals or one vncite knows; read as one dash. Without this the number ended at "QĐ",
 * a ký hiệu without its issuer.
 */
export function doubledDashAt(last: IToken, first: IToken, second: IToken | undefined, code: IToken | undefined): boolean {
  if (!is(first, Dash) || !is(second, Dash) || !isCode(code)) return false;
  if (!adjacent(last, first) || !adjacent(first, second!) || !adjacent(second!, code!)) return false;
  return isUpperCode(code!) || isKnownCode(code!.image);
}
