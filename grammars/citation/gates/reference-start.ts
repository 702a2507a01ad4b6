/**
 * Where a reference starts (refLengthAt): the number and the ký hiệu's first parts in each shape a
 * document's number is written, old and new, tight and spaced.
 */
import type { IToken } from "chevrotain";
import { Colon, Dash, Dot, KindWord, NumberTok, Slash, So } from "../tokens.js";
import { canonicalCode, isStateTypeCode, isTypeCode } from "../../../src/vocab/codes.js";
import { kindByAbbreviation, kindByStateCode, kindByWord, PARTY_TYPE_CODES, YEAR_BEARING_CODES } from "../../../src/vocab/kinds.js";
import { DASH_ONLY_CENTRAL_CODES, issuerByCode } from "../../../src/vocab/issuers.js";
import { MEASURE_UNITS } from "../../../src/vocab/numbers.js";
import { adjacent, endOf, is, isCode, isProseWord, isUpperCode, isYear, isYearImage, isYearTypedL } from "./codes.js";
import { isSpacedDashCode } from "./dashes.js";

/** The most tokens refLengthAt reads: "11 / 2004 / / NQ" (doubledSlashAt), "38 / / 2009 / NĐ" (yearDoubledSlashAt). */
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
  if (is(a, Dot)) return dotsForSlashesAt(tokens, i) ? (is(tokens[i + 2], NumberTok) ? 5 : 3) : 0;
  if (!is(a, Slash)) return spacedTypeAt(tokens, i) || spacedIssuerAt(tokens, i) || spacedSlugAt(tokens, i) || spacedKindCodeAt(tokens, i, 1) ? 4 : splitNumberAt(tokens, i) ? 6 : 0;
  if (is(tokens[i + 2], NumberTok) && isYear(tokens[i + 2]) && spacedKindCodeAt(tokens, i, 3)) return 5;
  if (isCode(tokens[i + 2])) return isProseWord(tokens[i + 2]) || MEASURE_UNITS.has(tokens[i + 2].image) ? 0 : 3;
  if (is(tokens[i + 2], NumberTok) && isYearImage(tokens[i + 2].image, true) && is(tokens[i + 3], Slash) && isCode(tokens[i + 4]))
    return isProseWord(tokens[i + 4]) ? 0 : 5;
  if (isYear(tokens[i + 2]) && doubledSlashAt(tokens[i + 3], tokens[i + 4], tokens[i + 5])) return 6;
  if (yearDoubledSlashAt(tokens, i)) return 6;
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
 * "Nghị định số 38//2009/NĐ-CP", "35//2010/NĐ-CP" (an OCR'd department's decisions, fresh49e-001, -003): the
 * slash between number and year typed twice. Number, year and ký hiệu are all there, so the number reads as
 * with one. The two slashes and the year tight (at most two characters apart), the year's slash and a state
 * type code after it (as doubledSlashAt asks): a date's or a path's "//" is followed by none.
 */
function yearDoubledSlashAt(tokens: readonly IToken[], i: number): boolean {
  const [first, second, year, slash, code] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4], tokens[i + 5]];
  if (!is(first, Slash) || !is(second, Slash) || !isYear(year) || !is(slash, Slash) || !isCode(code)) return false;
  if (second.startOffset - endOf(first) > 2 || year.startOffset - endOf(second) > 2) return false;
  return isStateTypeCode(canonicalCode(code.image));
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
  const canonical = canonicalCode(code!.image);
  // "Chỉ thị số 297-CT": the Chairman of the Council of Ministers' code, known after such a dash only.
  if (DASH_ONLY_CENTRAL_CODES.has(canonical)) return isUpperCode(code!);
  const issuer = issuerByCode(canonical);
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
 * "công văn số 2272 BKH/KTĐN ngày 17 tháng 4 năm 2003", "công văn số 1926 BKH/VPTĐ": an official
 * letter's number as letters of the early 2000s wrote it, a space after the number where the slash
 * belongs and a slash between the issuer's code and the drafting unit's where the dash does (the
 * regular 2272/BKH-KTĐN, read so). A công văn's ký hiệu has no type code (KindEntry.issuerFirst), so
 * spacedTypeAt never reads it. Only right after such a kind word (and "số"), one or two spaces
 * after the number, the first code in capitals and a body's code vncite knows (not a type code:
 * those are spacedTypeAt's), the slash tight between it and a second code in capitals: "số 5 QĐ",
 * "công văn số 12 Bộ", or a number alone before "BKH" are none.
 */
export function spacedIssuerAt(tokens: readonly IToken[], i: number): boolean {
  const [number, first, slash, unit] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!isCode(first) || !isUpperCode(first) || !is(slash, Slash) || !isCode(unit) || !isUpperCode(unit)) return false;
  if (!adjacent(first, slash) || !adjacent(slash, unit)) return false;
  const gap = first.startOffset - endOf(number);
  if (gap < 1 || gap > 2) return false;
  const code = canonicalCode(first.image);
  if (isTypeCode(code) || issuerByCode(code) === null) return false;
  // After "số" a number that looks like a year is a number all the same ("công văn số 1926 BKH/VPTĐ").
  const so = is(tokens[i - 1], So);
  if (!so && isYear(number)) return false;
  const kindWord = so ? tokens[i - 2] : tokens[i - 1];
  return is(kindWord, KindWord) && kindByWord(kindWord.image)?.issuerFirst === true;
}

/**
 * "Nghị quyết số 03 NQ-CP ngày 15 tháng 01 năm 2010 của Chính phủ", "Nghị định số 95/2024 NĐ-CP ngày 24
 * tháng 7 năm 2024": a space typed for the slash before the type code (after the number, or after the
 * year), the rest of the ký hiệu regular. Read as 03/NQ-CP, 95/2024/NĐ-CP. `at` is the token the space
 * is before (1 after the number, 3 after "number/year"). Only where a kind word stands before the number
 * (and "số"), one or two spaces, a type code in capitals that names that kind, a dash and a body's code
 * vncite knows in capitals (or as it writes the code, "TTg"), all tight: "Nghị quyết 15 của …", "Nghị định 95 Chính phủ", "số 03 NQ của"
 * are none, so no following word is ever taken into a number.
 * Or nothing for the slash, the type code glued to the number ("Tờ trình số 667TTr-STP ngày 27/7/2015",
 * fresh30t-007; "Nghị quyết số 89NQ-HĐND ngày 14 tháng 7 năm 2017", fresh45a-014: copies that lost the
 * slash, as "20NQ/TW" lost its dash), the code in capitals or as the kind's own code is written ("TTr", "CTr"),
 * under the same conditions; after the year as well ("Nghị định sỐ 96/2026NĐ-CP ngày 31 tháng 3 năm 2026 của Chính
 * phủ", invest58-005, an OCR'd decision of Lào Cai; "Quyết định số 33/2015QĐ-TTg ngày 10/8/2015 của Thủ tướng", full33-017,
 * a Lào Cai plan's source of funds), the year's slash lost the same way.
 */
function spacedKindCodeAt(tokens: readonly IToken[], i: number, at: number): boolean {
  const [before, type, dash, issuer] = [tokens[i + at - 1], tokens[i + at], tokens[i + at + 1], tokens[i + at + 2]];
  // The body's code in capitals, or as the vocabulary writes it ("QĐ-TTg": the Prime Minister's).
  if (!isCode(type) || !is(dash, Dash) || !isCode(issuer) || (!isUpperCode(issuer) && canonicalCode(issuer.image) !== issuer.image)) return false;
  if (!adjacent(type, dash) || !adjacent(dash, issuer) || (at === 1 && isYear(tokens[i]))) return false;
  const gap = type.startOffset - endOf(before);
  const glued = gap === 0;
  if ((gap < 1 && !glued) || gap > 2) return false;
  const code = canonicalCode(type.image);
  if (!isStateTypeCode(code) || issuerByCode(canonicalCode(issuer.image)) === null) return false;
  const kindWord = is(tokens[i - 1], So) ? tokens[i - 2] : tokens[i - 1];
  if (!is(kindWord, KindWord)) return false;
  const kind = kindByWord(kindWord.image)?.slug ?? kindByAbbreviation(kindWord.image);
  const entry = kindByStateCode(code);
  if (kind === null || entry?.slug !== kind) return false;
  return isUpperCode(type) || (glued && type.image === entry.code);
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
 * "Căn cứ Khoản 2 Điều 2 Thông tư số 1 11/2013/TT-BTC ngày 15/8/2013" (Cục Thuế Hải Phòng's letter of 2018, a
 * scan: the circular on personal income tax is 111/2013/TT-BTC), "Nghị định số 1 17/2018/NĐ-CP ngày 11/9/2018"
 * and "V/v triển khai thực hiện Nghị định số 1 18/2021/NĐ-CP" (Tổng cục Thuế's letters of 2022, scans of 117/2018
 * and 118/2021): a scan's space between a number's first digit and the rest. Read as one number, the digits
 * joined, with a warning (src/identify, "split-number"): the first digit alone names no document (a short form's
 * "Thông tư số 1"), and the rest alone another one. Only where nothing else reads it: one digit, after "số"
 * (a kind word before it), one space, then the rest of at most three digits, a slash, a year, a slash and a
 * code (six tokens, REF_TOKENS), tight: "số 1, 11/2013/TT-BTC" or "số 12 11/2013/…" stay as they are.
 * A number without a year is split so too: "Quyết định số 1 10/QĐ-BTC ngày 20/01/2025" (a tax store's OCR'd letter
 * of Bộ Tài chính, 2025: decision 110/QĐ-BTC) and "Quyết định số 0 1/QĐ-VKSTC-V9 , ngày 10 tháng 12 năm 2010" (a
 * procuracy's guidance on a school's site: 01/QĐ-VKSTC-V9; a lone "0" numbers no document), the ký hiệu then a
 * state type code right after the slash (bareSplitCodeAt): "Chỉ thị số 3 12/3" (a date) stays as it is.
 */
export function splitNumberAt(tokens: readonly IToken[], i: number): boolean {
  const [digit, rest, slash, year, second, code] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4], tokens[i + 5]];
  if (!is(digit, NumberTok) || digit.image.length !== 1 || !is(rest, NumberTok) || rest.image.length > 3) return false;
  if (rest.startOffset - endOf(digit) !== 1 || !is(slash, Slash) || slash.startOffset !== endOf(rest)) return false;
  const withYear = is(year, NumberTok) && isYear(year) && is(second, Slash) && isCode(code) && !isProseWord(code);
  if (!withYear && !bareSplitCodeAt(slash, year)) return false;
  return afterKindAndSo(tokens, i);
}

/** "Thông tư số 1 11/…", "Nghị định số: 138.2004.…": "số" (a colon after it or none) and a kind word before the number at i. */
function afterKindAndSo(tokens: readonly IToken[], i: number): boolean {
  const colon = is(tokens[i - 1], Colon) ? 1 : 0;
  return is(tokens[i - 1 - colon], So) && is(tokens[i - 2 - colon], KindWord);
}

/** After a split number's slash, no year: a state type code written tight ("1 10/QĐ-BTC", "0 1/QĐ-VKSTC-V9"). */
function bareSplitCodeAt(slash: IToken, code: IToken | undefined): boolean {
  if (code === undefined || !isCode(code) || isProseWord(code) || code.startOffset !== endOf(slash)) return false;
  return isStateTypeCode(canonicalCode(code.image));
}

/**
 * "Nghị định số 138.2004.NĐ-CP ngày 17.6.2004", "Thông tư số 10.2004.TT-BTM", "quyết định số 0971.QĐ-BTM", "Thông tư
 * liên bộ số 04.TTLB" (fixtures/fresh/listing51 rows 22, 25, 28, 30: four documents' records, the customs portal's
 * Đồng Nai office of 2005, which writes its own numbers so too, "TT14.2005.TT-BTC"): a dot for each slash of the
 * number. Read as the slashes, with a warning (src/identify, "dots-for-slashes"). Only where nothing else reads it:
 * after "số" (a kind word before it), the dots, the year and the code tight, the code a state type code (what a
 * number's slash is followed by); the number not a year: "Điều 3.2", "ngày 17.6.2004", "số 1.5 triệu" and a
 * year's "2004.QĐ" are none.
 */
export function dotsForSlashesAt(tokens: readonly IToken[], i: number): boolean {
  const [number, dot, year, second] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!is(number, NumberTok) || isYear(number) || !is(dot, Dot) || dot.startOffset !== endOf(number)) return false;
  const withYear = is(year, NumberTok) && isYear(year) && year.startOffset === endOf(dot);
  if (withYear && (!is(second, Dot) || second.startOffset !== endOf(year))) return false;
  const [sep, code] = withYear ? [second, tokens[i + 4]] : [dot, year];
  if (!isCode(code) || isProseWord(code) || code.startOffset !== endOf(sep) || !isStateTypeCode(canonicalCode(code.image))) return false;
  return afterKindAndSo(tokens, i);
}
