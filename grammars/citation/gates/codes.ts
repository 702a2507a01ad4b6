/**
 * What a token of a ký hiệu may be: a code (letters, digits, "." or "&" between), a year, a code vncite
 * knows, or a word of prose that only looks like a code.
 */
import type { IToken, TokenType } from "chevrotain";
import { IssuerName, NumberTok, Word } from "../tokens.js";
import { isDigitCode, markClass } from "../../../src/shared/chars.js";
import { canonicalCode, isStateTypeCode } from "../../../src/vocab/codes.js";
import { issuerByCode } from "../../../src/vocab/issuers.js";

/** Letters a code is written in: Latin, Đ and Ư (no tone marks). */
const CODE_LETTER = "A-Za-z\\u0110\\u0111\\u01af\\u01b0";
/** Only "codes" may form a ký hiệu: code letters and digits, joined by "." or "&", starting with a letter. */
export const CODE_LIKE = new RegExp(`^[${CODE_LETTER}][${CODE_LETTER}0-9]*(?:[.&][${CODE_LETTER}0-9]+)*$`);
/** 1 for a code letter, 2 for a digit: the same classes as CODE_LIKE, for isCodeLike. */
const CODE_CHAR = markClass(markClass(new Uint8Array(0x10000), new RegExp(`[${CODE_LETTER}]`), 1), /[0-9]/, 2);

export const is = (t: IToken | undefined, type: TokenType): boolean => t !== undefined && t.tokenType === type;
/** End offset (exclusive); the lexer tracks start offsets only, for speed. */
export const endOf = (t: IToken): number => t.startOffset + t.image.length;
export const adjacent = (a: IToken, b: IToken): boolean => endOf(a) === b.startOffset;
export const isCode = (t: IToken | undefined): boolean =>
  (is(t, Word) || is(t, IssuerName)) && t!.image.length <= 24 && isCodeLike(t!.image);

/** CODE_LIKE, read character by character: gates ask it of the same few tokens many times over. */
export function isCodeLike(s: string): boolean {
  if (s.length === 0 || CODE_CHAR[s.charCodeAt(0)] !== 1) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CODE_CHAR[c] !== 0) continue;
    // "." or "&" must join two code characters: "VP.UBND", "QLXLVPHC&TDTHPL".
    if ((c !== 0x2e && c !== 0x26) || i + 1 >= s.length || CODE_CHAR[s.charCodeAt(i + 1)] === 0) return false;
  }
  return true;
}

/** A code in capitals, two letters at least ("CP", "BTC", "UBTVQH10", "NN&PTNT", "UB.NN"): "Tuyên" or "a" is prose. */
export const isUpperCode = (t: IToken): boolean => /^[A-Z\u0110\u01af](?:[A-Z\u0110\u01af]|[&.](?=[A-Z\u0110\u01af]))+[0-9]*$/.test(t.image);

/** A word whose first letter is a capital ("Nội", "Tuyên"): a name's, or a sentence's first. */
export const isCapitalized = (t: IToken | undefined): boolean =>
  is(t, Word) && t!.image[0] !== t!.image[0].toLowerCase();

/**
 * A word written as prose capitalises it ("Nha", "Quyen"), where a ký hiệu writes its first code
 * in capitals, in lower case (a lower-cased listing) or in its official mixed case ("TTg"). With
 * marks such a word is no code at all ("Nhà"); typed without them it looks like one, and a
 * numbered clause written "1 / Nha nuoc …" would read as a citation. One capital and lower-case
 * letters after it, no code vncite knows in any case ("Ttg", "Kh" are): prose.
 */
export function isProseWord(t: IToken): boolean {
  return (isCapitalThenSmall(t.image) || isLoneLetter(t.image)) && !isKnownCode(t.image);
}

/**
 * /^[A-Z\u0110][a-z]+$/ read by code units. This and the gates' other tests of one token's image (isLoneLetter,
 * isYearImage) were regexes, ~1,400–2,000 calls each a devx5 pass on images of a few units, each call costing more
 * than reading the units (bench/README.md, Session 70, speed70b).
 */
function isCapitalThenSmall(s: string): boolean {
  const c = s.charCodeAt(0);
  if (s.length < 2 || !((c >= 0x41 && c <= 0x5a) || c === 0x110)) return false;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i);
    if (d < 0x61 || d > 0x7a) return false;
  }
  return true;
}

/**
 * One letter after the slash, maybe with digits, is an address's or a class's, not a ký hiệu's
 * ("số 12/A đường …", "phòng 204/B", "lớp 12/A3"): type and issuer codes have two letters at
 * least, but for the ones vncite knows ("L", Lệnh).
 */
function isLoneLetter(image: string): boolean {
  const c = image.charCodeAt(0);
  if (image.length === 0 || !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x110 || c === 0x111)) return false;
  for (let i = 1; i < image.length; i++) if (!isDigitCode(image.charCodeAt(i))) return false;
  return true;
}

export const isYear = (t: IToken | undefined): boolean => is(t, NumberTok) && isYearImage(t!.image);

/** /^(19|20)\d\d$/ read by code units (see isCapitalThenSmall); `orL`: /^(19|20)\d[\dl]$/, the last digit maybe a small l ("200l"). */
export function isYearImage(s: string, orL = false): boolean {
  if (s.length !== 4) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  const d = s.charCodeAt(3);
  return ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) && isDigitCode(s.charCodeAt(2)) && (isDigitCode(d) || (orL && d === 0x6c));
}

/** "200l" in "23/200l/QĐ-UB": a year with a small l typed for its last 1 (vocab/numbers.ts YEAR_TYPED_L). */
export const isYearTypedL = (t: IToken | undefined): boolean => is(t, NumberTok) && t!.image.length === 4 && t!.image.charCodeAt(3) === 0x6c;

/** A type or issuer code vncite knows, whatever its case: "btc", "ubnd", "qđ". */
export function isKnownCode(image: string): boolean {
  const code = canonicalCode(image);
  return isStateTypeCode(code) || issuerByCode(code) !== null;
}
