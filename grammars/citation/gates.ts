import type { IToken, TokenType } from "chevrotain";
import { Colon, Comma, Cua, Dash, Dot, IssuerName, KindWord, Ngay, NumberTok, PlaceType, Slash, So, Thang, Word } from "./tokens.js";
import { markClass } from "../../src/shared/chars.js";
import { canonicalCode, isStateTypeCode, isTypeCode } from "../../src/vocab/codes.js";
import { kindByAbbreviation, kindByStateCode, kindByWord, PARTY_TYPE_CODES, YEAR_BEARING_CODES } from "../../src/vocab/kinds.js";
import { issuerByCode, TERM_CODES } from "../../src/vocab/issuers.js";
import { expandedPlaceType, HEADER_LINE_OPENINGS, INSIDE_PLACE_NAMES, markedPlaceType, NOT_IN_PLACE_NAMES, NUMBERED_PLACE_TYPES, PLACE_NAME_ENDERS, PLACE_NAME_OPENERS, placeTypeLevel } from "../../src/vocab/places.js";
import { PROVINCES_BEFORE_2025 } from "../../src/vocab/provinces.js";
import { DOCUMENT_CUES } from "../../src/vocab/cues.js";
import { MEASURE_UNITS } from "../../src/vocab/numbers.js";
import { withoutMarks } from "../../src/vocab/unmarked.js";

/*
 * Tests on tokens that the grammar's gates share with the check made before a parse is entered
 * (refLengthAt): what a ký hiệu part may be, where a reference starts.
 */

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
const isUpperCode = (t: IToken): boolean => /^[A-Z\u0110\u01af](?:[A-Z\u0110\u01af]|[&.](?=[A-Z\u0110\u01af]))+[0-9]*$/.test(t.image);

/**
 * The code after a dash set off by spaces: in capitals ("NĐ - CP"), or a code vncite knows that is
 * written with small letters after its capitals ("QĐ - TTg", "12/TTr - SYT"): "Tuyên" stays prose.
 */
const isSpacedDashCode = (t: IToken): boolean => isUpperCode(t) || (/^[A-Z\u0110]{2,}[a-z]+$/.test(t.image) && isKnownCode(t.image));

/**
 * Whether a dash that is not written tight goes on with the ký hiệu: "NĐ - CP", "TT - BTC" as a
 * word-segmented source spaces them (capitals on both sides), a unit's code after the issuer's
 * ("584/UBND - NC", not the next body's name: "12/KH-UBND - UBND tỉnh"), and after a type code
 * alone across a line break too ("28/TTr ⏎⏎- BCVT").
 */
export function dashGoesOn(last: IToken, dash: IToken, next: IToken, partCount: number): boolean {
  if (!isSpacedDashCode(next) && !lowerCaseCodes(last, next)) return false;
  if (partCount === 1 && dashAfterTypeCode(last, dash, next)) return true;
  return spacedDash(last, dash, next) && (isCapitalized(last) || (is(last, IssuerName) && is(next, Word)));
}

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

const isCapitalized = (t: IToken | undefined): boolean =>
  is(t, Word) && t!.image[0] !== t!.image[0].toLowerCase();

/**
 * "tỉnh Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": a dash inside a province's own name, which the
 * place's words go on across. Only after the words before a dash in a name of the province table
 * (so "tỉnh Nghệ An - Tuyên truyền" ends at "An"); the table is the one identify reads.
 */
export function dashInPlaceName(placeWords: readonly IToken[], dash: IToken, next: IToken | undefined): boolean {
  if (placeWords.length === 0 || !is(dash, Dash) || dash.image !== "-" || !isPlaceWord(next)) return false;
  let head = placeWords[0].image;
  for (let i = 1; i < placeWords.length; i++) head += " " + placeWords[i].image;
  return DASHED_NAME_HEADS.has(head.toLowerCase());
}

/** The words before the dash of each province name or alias that has one ("bà rịa", "thừa thiên"), lower case, also without marks ("ba ria"). */
const DASHED_NAME_HEADS: ReadonlySet<string> = new Set(
  PROVINCES_BEFORE_2025.flatMap((p) => [p.name, ...(p.aliases ?? [])])
    .filter((n) => n.includes(" - "))
    .map((n) => n.slice(0, n.indexOf(" - ")).toLowerCase())
    .flatMap((head) => [head, withoutMarks(head)]),
);

/**
 * A district-level place ("huyện", "quận", "thị xã", "thành phố" Vinh) with its words read, then a
 * comma and a province's type word ("tỉnh", "thành phố"): the province the district is in follows.
 * The city's type may be abbreviated among its words ("TP. Vinh, tỉnh Nghệ An", "TP Vinh, …").
 */
export function districtThenProvince(placeType: IToken | null, placeWords: readonly IToken[], comma: IToken, type: IToken | undefined): boolean {
  if (placeWords.length === 0 || !is(comma, Comma) || !is(type, PlaceType)) return false;
  const written = placeType?.image ?? (placeWords.length > 1 ? expandedPlaceType(placeWords[0].image) : null);
  if (written === null) return false;
  const own = markedPlaceType(written.replace(/\s+/g, " "));
  return (placeTypeLevel(own) === "district" || own === "thành phố") && placeTypeLevel(type!.image) === "province";
}

/** "quận", "phường": the unit types a city may number ("quận 1", "phường 5") rather than name. */
export const isNumberedPlaceType = (t: IToken | undefined): boolean =>
  is(t, PlaceType) && NUMBERED_PLACE_TYPES.has(t!.image.toLowerCase());

/** "TP." written tight before a place's name, capitalised: a place type abbreviated ("TP. Hồ Chí Minh", "Tp. Cần Thơ"). */
export function isCityAbbreviation(word: IToken, dot: IToken | undefined): boolean {
  return isCapitalized(word) && expandedPlaceType(word.image + ".") !== null && is(dot, Dot) && adjacent(word, dot!);
}

/**
 * A word that may belong to a place's name: capitalised, and none of the words no place name holds
 * (NOT_IN_PLACE_NAMES), but for those some names hold, where they hold them: `after` says what the
 * word follows, the place type ("huyện Giao Thủy") or a word of the name ("huyện Nghĩa Hành").
 */
export function isPlaceWord(t: IToken | undefined, after: "type" | "word" | null = null): boolean {
  if (!isCapitalized(t)) return false;
  const lower = t!.image.toLowerCase();
  if (!NOT_IN_PLACE_NAMES.has(lower)) return true;
  return after === "type" ? PLACE_NAME_OPENERS.has(lower) : after === "word" && INSIDE_PLACE_NAMES.has(lower);
}

/**
 * The first two words of the phrases a line of the document's own opens with ("căn cứ", "xét đề",
 * "xét tờ"): a place's name ends before them, as where a line ends without its ";" ("… của UBND
 * tỉnh Quảng Nam ⏎Xét đề nghị …"). Two words, since one may be a place's ("Năm Căn", "Bãi Cháy").
 */
const CUE_OPENINGS: ReadonlySet<string> = new Set(
  DOCUMENT_CUES.flatMap((c) => c.phrases).map((p) => p.toLowerCase().split(/\s+/).slice(0, 2).join(" ")),
);
/** Their first words as a line writes them (lower case, capitalised, in capitals): most place words are none, and cost one look-up. */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...CUE_OPENINGS].map((o) => o.split(" ")[0]).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]),
);

/** Whether the words at `a` and `b` open such a phrase (`b` may be a phrase token: its first word counts). */
const opensCue = (a: IToken | undefined, b: IToken | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  CUE_FIRST_WORDS.has(a.image) &&
  CUE_OPENINGS.has(`${a.image.toLowerCase()} ${b.image.toLowerCase().split(/\s/, 1)[0]}`);

/**
 * "II. MỤC ĐÍCH", "A. NỘI DUNG": a section's number (a Roman numeral or one capital letter) and its
 * stop, on the line after a citation that ends without its full stop ("… của UBND tỉnh ⏎II. MỤC
 * ĐÍCH"). No place's name is written so.
 */
const SECTION_NUMBER = /^(?:[IVXLC]{1,6}|[A-ZĐ])$/u;
const opensSection = (a: IToken, b: IToken | undefined): boolean => is(b, Dot) && SECTION_NUMBER.test(a.image);

/** "Chương I", "CHƯƠNG 2": a part's heading, its numeral after it; "Văn Chương" goes on a name (INSIDE_PLACE_NAMES). */
const PART_NUMERAL = /^(?:[IVXLC]{1,6}|\d{1,3})$/u;
const opensPart = (a: IToken, b: IToken | undefined): boolean => b !== undefined && a.image.toLowerCase() === "chương" && PART_NUMERAL.test(b.image);

/** PLACE_NAME_ENDERS, by their first word as a sentence capitalises it: "Đại hội", "Hội nghị". */
const ENDER_FIRST_WORDS: ReadonlySet<string> = new Set(PLACE_NAME_ENDERS.map((e) => e.split(" ")[0]));
const ENDERS: ReadonlySet<string> = new Set(PLACE_NAME_ENDERS);
/** A common noun in sentence case after a place's name, its second word in lower case (PLACE_NAME_ENDERS). */
const opensCommonNoun = (a: IToken, b: IToken | undefined): boolean =>
  b !== undefined &&
  ENDER_FIRST_WORDS.has(a.image.toLowerCase()) &&
  b.image.length > 0 &&
  b.image[0] !== b.image[0].toUpperCase() &&
  ENDERS.has(`${a.image.toLowerCase()} ${b.image}`);

const HEADER_OPENINGS: readonly string[][] = HEADER_LINE_OPENINGS.map((o) => o.split(" "));
const HEADER_FIRST_WORDS: ReadonlySet<string> = new Set(HEADER_OPENINGS.map((o) => o[0]));

/**
 * Whether a place's name ends before `a`: a cue opens there (opensCue), a section's heading does
 * (opensSection), or a header's line that follows a subject line does (HEADER_LINE_OPENINGS:
 * "CỘNG HÒA XÃ HỘI …", "Kính gửi").
 */
export function endsPlace(a: IToken | undefined, b: IToken | undefined, c: IToken | undefined, d: IToken | undefined): boolean {
  if (a === undefined) return false;
  if (opensCue(a, b) || opensSection(a, b) || opensSubject(a, b, c) || opensPart(a, b) || opensCommonNoun(a, b)) return true;
  if (!HEADER_FIRST_WORDS.has(a.image.toLowerCase())) return false;
  const ahead = [a, b, c, d];
  return HEADER_OPENINGS.some((words) => words.every((w, i) => ahead[i] !== undefined && ahead[i]!.image.toLowerCase() === w));
}

/**
 * "V/v" (về việc), the subject's marker: "Quyết định số 12/2005/QĐ-UB của UBND tỉnh Quảng Trị V/v ban
 * hành …" names the decision's subject after the place, whose name ends before it.
 */
const opensSubject = (a: IToken, b: IToken | undefined, c: IToken | undefined): boolean =>
  (a.image === "V" || a.image === "v") && is(b, Slash) && (c?.image === "v" || c?.image === "V");

/** The most tokens refLengthAt reads: "11 / 2004 / / NQ" (doubledSlashAt). */
export const REF_TOKENS = 6;

/**
 * Length in tokens of the mandatory part of a reference starting at tokens[i], or 0.
 * Shared by the grammar's gates and the anchor check, so that the parser is only entered where
 * it cannot fail half-way (recovery is off: a half-parsed citation would be a lost one).
 */
export function refLengthAt(tokens: readonly IToken[], i: number): number {
  // "200l" is a year's token ("23/200l/QĐ-UB"), never a document's number.
  if (!is(tokens[i], NumberTok) || tokens[i].image.length > 6 || isYearTypedL(tokens[i])) return 0;
  const a = tokens[i + 1];
  if (is(a, Dash)) {
    if (isCode(tokens[i + 2]) && is(tokens[i + 3], Slash) && isCode(tokens[i + 4])) return 5;
    if (dashYearAt(tokens, i)) return 5;
    return dashIssuerAt(tokens, i) ? 3 : 0;
  }
  if (!is(a, Slash)) return spacedTypeAt(tokens, i) || spacedSlugAt(tokens, i) ? 4 : 0;
  if (isCode(tokens[i + 2])) return isProseWord(tokens[i + 2]) || MEASURE_UNITS.has(tokens[i + 2].image) ? 0 : 3;
  if (is(tokens[i + 2], NumberTok) && /^(19|20)\d[\dl]$/.test(tokens[i + 2].image) && is(tokens[i + 3], Slash) && isCode(tokens[i + 4]))
    return isProseWord(tokens[i + 4]) ? 0 : 5;
  if (isYear(tokens[i + 2]) && doubledSlashAt(tokens[i + 3], tokens[i + 4], tokens[i + 5])) return 6;
  if (bareDoubledSlashAt(tokens, i)) return 4;
  return 0;
}

/**
 * "Báo cáo thẩm định số 263//KQTĐ-SXD", "Tờ trình số 12//TTr-SNV": a number without a year, the slash
 * before its ký hiệu typed twice (as after a year: doubledSlashAt), read as with one. Not before a
 * code whose numbers may carry a year (YEAR_BEARING_CODES: "12//QĐ-UBND" may have lost its year
 * between the slashes, and read without it would be another document). The slashes and the code
 * tight (at most two characters apart), the code a state type code or the first of a ký hiệu's two
 * parts written tight ("KQTĐ-SXD", a department's own code for its appraisal report): a comment's or a
 * path's "//" after a figure ("12// TODO") is followed by neither.
 */
function bareDoubledSlashAt(tokens: readonly IToken[], i: number): boolean {
  const [first, second, code, dash, issuer] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4], tokens[i + 5]];
  if (!is(first, Slash) || !is(second, Slash) || !isCode(code) || isProseWord(code)) return false;
  if (second.startOffset - endOf(first) > 2 || code.startOffset - endOf(second) > 2) return false;
  const type = canonicalCode(code.image);
  if (YEAR_BEARING_CODES.has(type)) return false;
  if (isStateTypeCode(type)) return true;
  return is(dash, Dash) && isCode(issuer) && dash.startOffset === endOf(code) && issuer.startOffset === endOf(dash);
}

/**
 * "113/2016//TT-BTC", "11 / 2004 / / NQ-HĐND" (a word-segmented print): the slash before the type
 * code typed twice, after the year. Nothing is missing between the two slashes (number, year and ký
 * hiệu are all there), so the number reads as with one. Only after a year (refLengthAt), the second
 * slash at most two characters after the first and the code at most two after it, and the code a
 * state type code (what follows a year's slash): a path's or a comment's "//" after a date ("12/2004//
 * TODO") is followed by none.
 */
function doubledSlashAt(first: IToken | undefined, second: IToken | undefined, code: IToken | undefined): boolean {
  if (!is(first, Slash) || !is(second, Slash) || !isCode(code)) return false;
  if (second!.startOffset - endOf(first!) > 2 || code!.startOffset - endOf(second!) > 2) return false;
  return isStateTypeCode(canonicalCode(code!.image));
}

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

/**
 * A word written as prose capitalises it ("Nha", "Quyen"), where a ký hiệu writes its first code
 * in capitals, in lower case (a lower-cased listing) or in its official mixed case ("TTg"). With
 * marks such a word is no code at all ("Nhà"); typed without them it looks like one, and a
 * numbered clause written "1 / Nha nuoc …" would read as a citation. One capital and lower-case
 * letters after it, no code vncite knows in any case ("Ttg", "Kh" are): prose.
 */
function isProseWord(t: IToken): boolean {
  return (/^[A-Z\u0110][a-z]+$/.test(t.image) || isLoneLetter(t.image)) && !isKnownCode(t.image);
}

/**
 * One letter after the slash, maybe with digits, is an address's or a class's, not a ký hiệu's
 * ("số 12/A đường …", "phòng 204/B", "lớp 12/A3"): type and issuer codes have two letters at
 * least, but for the ones vncite knows ("L", Lệnh).
 */
const isLoneLetter = (image: string): boolean => /^[A-Za-z\u0110\u0111][0-9]*$/.test(image);

export const isYear = (t: IToken | undefined): boolean => is(t, NumberTok) && /^(19|20)\d\d$/.test(t!.image);

/** "200l" in "23/200l/QĐ-UB": a year with a small l typed for its last 1 (vocab/numbers.ts YEAR_TYPED_L). */
export const isYearTypedL = (t: IToken | undefined): boolean => is(t, NumberTok) && t!.image.length === 4 && t!.image.charCodeAt(3) === 0x6c;

/**
 * A date's year typed or extracted with a space inside it, "ngày 16/7/20 21", "năm 19 98": the
 * century's two digits, then, one or two spaces on, two more that end the date (no separator after
 * them: "20 15/QĐ-UBND" would be a number's start). A two-digit year is no year vncite reads, so
 * without this the date was lost (an impossible date); with it, the year is whole and a warning says
 * what was read (identify's "split-year").
 */
export function splitYearTail(year: IToken, tail: IToken | undefined, after: IToken | undefined): boolean {
  if (!is(tail, NumberTok) || tail!.image.length !== 2 || (year.image !== "20" && year.image !== "19")) return false;
  const gap = tail!.startOffset - endOf(year);
  return gap >= 1 && gap <= 2 && !is(after, Slash) && !is(after, Dash) && !is(after, Dot);
}

/**
 * "103/BKH-KTĐP &LT", "46/2005/TTLT-BQP-BKH&ĐT-BTC-BLĐTB &XH", "96/LĐTBXH-BH &BĐG": a code joined by
 * "&" (as "KH&ĐT", "NN&PTNT" are written) printed with a space before its "&" and none after (a
 * ministry's department "Vụ Kinh tế địa phương và lãnh thổ", KTĐP&LT; Bộ Lao động - Thương binh và Xã
 * hội, BLĐTB&XH). Read as one code ("KTĐP&LT"): without it the ký hiệu ended before the "&", another
 * document's. Only one space before the "&", the code after it glued to it, and both in capitals: prose
 * puts a space after an "&" too ("Sở KH & ĐT") and writes its words in small letters.
 */
export function spacedAmpersandAt(code: IToken | undefined, amp: IToken | undefined, after: IToken | undefined): boolean {
  if (code === undefined || amp === undefined || amp.image !== "&" || !isCode(after)) return false;
  if (amp.startOffset - endOf(code) !== 1 || after!.startOffset !== endOf(amp)) return false;
  return isUpperCode(code) && isUpperCode(after!);
}

/**
 * "Luật Ngân sách nhà nước số 06/QH 10", "Nghị quyết số 51/2001/QH 10": the National Assembly's or
 * its Standing Committee's code with the term's digits typed a space apart (QH10: khóa X). Only
 * after those codes (the only ones whose term is part of the ký hiệu, vocab/issuers.ts issuerByCode),
 * written without a term of their own; one or two digits, not 0 first, one whitespace character
 * before them; and nothing after them that makes the digits another thing's start: a slash, a dash
 * or a dot ("QH 10/…", "QH 1.5"), or "tháng" ("… số 51/QH 12 tháng 3", a day without "ngày").
 */
export function splitTermAt(code: IToken, digits: IToken | undefined, after: IToken | undefined): boolean {
  if (!is(digits, NumberTok) || !/^[1-9][0-9]?$/.test(digits!.image) || digits!.startOffset - endOf(code) !== 1) return false;
  if (!TERM_CODES.has(canonicalCode(code.image))) return false;
  return !is(after, Slash) && !is(after, Dash) && !is(after, Dot) && !is(after, Thang);
}

/**
 * "Nghị định số 64-CP", "Chỉ thị số 200-TTg", "Quyết định 217-HĐBT": until the late 1990s a central
 * body numbered its documents with a dash and its own code alone. Only a central state body's code,
 * right after the dash (tight, or a space each side), and no slash after it (that is Party
 * numbering): "2021 - UBND" or "5 - Tuyên truyền" is none. And only where a kind word or "số"
 * stands before the number: "mục 3 - BTC chủ trì" numbers a list.
 */
function dashIssuerAt(tokens: readonly IToken[], i: number): boolean {
  const number = tokens[i];
  const dash = tokens[i + 1];
  const code = tokens[i + 2];
  if (!isCode(code) || is(tokens[i + 3], Slash) || isYear(number) || dash.image !== "-") return false;
  const before = is(tokens[i - 1], Colon) ? tokens[i - 2] : tokens[i - 1];
  if (!is(before, So) && !is(before, KindWord)) return false;
  if (dash.startOffset - endOf(number) > 1 || code.startOffset - endOf(dash) > 1) return false;
  const issuer = issuerByCode(canonicalCode(code!.image));
  return issuer !== null && issuer.level === "central" && !issuer.party && isSpacedDashCode(code!);
}

/**
 * "Nghị quyết số 227 NQ/UBTVQH9", "Quyết định số 1836 QĐ/TWĐTN", "Số: 15 QĐ/UB": older numbering
 * (number, type code, slash, issuer) typed with a space where the dash after the number belongs,
 * as "227-NQ/UBTVQH9" is written regularly; or with nothing there, a text taken from a file losing
 * its dashes ("Nghị quyết số 20NQ/TW", as "75/2017/NĐCP" beside it). Only where a kind word or "số"
 * stands before the number; two spaces after it at most; a type code in capitals, written tight against the slash and an
 * issuer's code in capitals. With a kind word the type code must be that kind's ("Nghị quyết số
 * 227 QĐ/UB" is left alone); with "số" alone the type code must be one vncite knows and the issuer's
 * code too. "227 NQ" in prose, without "số" or a kind word before it, is no citation.
 */
function spacedTypeAt(tokens: readonly IToken[], i: number): boolean {
  const number = tokens[i];
  const type = tokens[i + 1];
  const slash = tokens[i + 2];
  const issuer = tokens[i + 3];
  if (!isCode(type) || !isUpperCode(type) || !is(slash, Slash) || !isCode(issuer) || !isUpperCode(issuer)) return false;
  if (!adjacent(type, slash) || !adjacent(slash, issuer) || isYear(number)) return false;
  const gap = type.startOffset - endOf(number);
  if (gap > 2) return false;
  const code = canonicalCode(type.image);
  if (!isTypeCode(code)) return false;
  const colon = is(tokens[i - 1], Colon);
  const before = tokens[colon ? i - 2 : i - 1];
  let kindWord: IToken | undefined;
  if (is(before, So)) kindWord = is(tokens[colon ? i - 3 : i - 2], KindWord) ? tokens[colon ? i - 3 : i - 2] : undefined;
  else if (is(before, KindWord) && !colon) kindWord = before;
  else return false;
  if (kindWord === undefined) return issuerByCode(canonicalCode(issuer.image)) !== null;
  const kind = kindByWord(kindWord.image)?.slug ?? kindByAbbreviation(kindWord.image);
  return kind !== null && (kindByStateCode(code)?.slug === kind || PARTY_TYPE_CODES[code] === kind);
}

/**
 * "nghi dinh so 40 2020 nd cp", "quyet dinh 03 2013 qd ubnd cua ubnd tinh quang binh", "Nghị định số 63
 * 2010 NĐ-CP": a web address's words copied as text (a tag page's or a download page's title, a slug
 * turned back into words) write the number's slashes and dash as single spaces. Read as 40/2020/NĐ-CP
 * only after a kind word (and "số") whose kind the type code names, the year a year, the issuer a
 * body's code: "Nghị định 40 2020" alone, or a figure, a year and two words, is no such number.
 */
function spacedSlugAt(tokens: readonly IToken[], i: number): boolean {
  const [number, year, type, dash, issuer] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!is(year, NumberTok) || !isYear(year) || isYear(number) || !isCode(type)) return false;
  if (year.startOffset - endOf(number) !== 1 || type.startOffset - endOf(year) !== 1) return false;
  const spaced = isCode(dash) && dash.startOffset - endOf(type) === 1;
  const tight = is(dash, Dash) && isCode(issuer) && dash.startOffset === endOf(type) && issuer.startOffset === endOf(dash);
  if (!spaced && !tight) return false;
  const code = canonicalCode(type.image);
  if (!isTypeCode(code) || issuerByCode(canonicalCode((spaced ? dash : issuer).image)) === null) return false;
  const before = tokens[i - 1];
  const kindWord = is(before, So) ? tokens[i - 2] : before;
  if (!is(kindWord, KindWord)) return false;
  const kind = kindByWord(kindWord.image)?.slug ?? kindByAbbreviation(kindWord.image);
  return kind !== null && kindByStateCode(code)?.slug === kind;
}

/**
 * "12-2019/NQ-CP": a dash where the slash before the year belongs. Written tight on both sides,
 * as a typo is: "3 - 2019/QĐ-UBND" is a list item's number before a citation numbered 2019, and
 * "2015-2020/…" a range of years, so neither is read this way.
 */
function dashYearAt(tokens: readonly IToken[], i: number): boolean {
  const number = tokens[i];
  const dash = tokens[i + 1];
  const year = tokens[i + 2];
  return (
    isYear(year) &&
    !isYear(number) &&
    adjacent(number, dash) &&
    adjacent(dash, year) &&
    is(tokens[i + 3], Slash) &&
    isCode(tokens[i + 4])
  );
}

/**
 * "TTr / STC-QLCS", "NĐ / CP": a slash, spaced as a word-segmented source spaces it or written
 * tight, where a dash joins the ký hiệu's parts. The part after it is a code in capitals, or one
 * vncite knows in any case ("ttr / stc" is not read, "qđ / btc" is, as a lower-cased listing
 * writes it: prose without tone marks, "cho", "theo", looks like a code too), and it is followed
 * by no further slash ("12/QĐ/2010/…" is read by the repeated-type rule, "1/2/3" is no ký hiệu).
 */
export function slashInSymbol(before: IToken, slash: IToken, after: IToken, next: IToken): boolean {
  if (!is(slash, Slash) || !isCode(after) || !(isUpperCode(after) || isKnownCode(after.image)) || is(next, Slash)) return false;
  const gap1 = slash.startOffset - endOf(before);
  const gap2 = after.startOffset - endOf(slash);
  // "2325/ BKH/ VPTĐ" (older letters, a space typed after each slash): a code in capitals after one space.
  return (gap1 === 0 && gap2 === 0) || (gap1 >= 1 && gap1 <= 2 && gap2 >= 1 && gap2 <= 2) || (gap1 === 0 && gap2 === 1 && isUpperCode(after));
}

/**
 * "2093/2005/QĐ .UBND", "06/TT .HĐND", "45/2008/QĐ . UBND": a dot set off by a space where the dash
 * between a type code and its issuer belongs (written tight, "QĐ.UBND" is one word, which identify
 * reads). Only where the dot cannot be a sentence's full stop after the number: the code before it
 * is a state type code standing alone (a ký hiệu still without its issuer; "12/QĐ-UBND . UBND tỉnh
 * giao …" has one), the code after it an issuer's code vncite knows, and the citation goes on after
 * that code with its date or its issuer ("ngày …", ", ngày …", "của …") or ends there with a ";" or
 * a ")", as a new sentence opened by a body's initials does not ("… số 12/QĐ . UBND tỉnh giao …"). One or two spaces before the dot
 * (a dot written tight after the code, "12/QĐ. UBND", is a full stop's place), at most two after.
 */
export function dotInSymbol(type: IToken, dot: IToken, code: IToken, after: IToken | undefined, afterNext: IToken | undefined): boolean {
  const before = dot.startOffset - endOf(type);
  if (!is(dot, Dot) || !isCode(code) || before < 1 || before > 2 || code.startOffset - endOf(dot) > 2) return false;
  if (!isStateTypeCode(canonicalCode(type.image)) || issuerByCode(canonicalCode(code.image)) === null) return false;
  if (is(after, Ngay) || is(after, Cua) || (is(after, Comma) && (is(afterNext, Ngay) || is(afterNext, Cua)))) return true;
  // Or the citation ends there as no sentence's first word does: a list's ";", a bracket's ")".
  return after !== undefined && (after.image === ";" || after.image === ")");
}

/** A type or issuer code vncite knows, whatever its case: "btc", "ubnd", "qđ". */
function isKnownCode(image: string): boolean {
  const code = canonicalCode(image);
  return isStateTypeCode(code) || issuerByCode(code) !== null;
}
