/**
 * A ký hiệu typed with a space, a dot or a slash out of place, read as the document's number:
 * "200 5" (a year split), "KTĐP &LT", "QH 10", "TTr / STC", "QĐ .UBND".
 */
import type { IToken } from "chevrotain";
import { Comma, Cua, Dash, Dot, Ngay, NumberTok, Punct, Slash, Thang } from "../tokens.js";
import { canonicalCode, isStateTypeCode, isTypeCode } from "../../../src/vocab/codes.js";
import { issuerByCode, TERM_CODES } from "../../../src/vocab/issuers.js";
import { endOf, is, isCode, isKnownCode, isUpperCode } from "./codes.js";

/**
 * The gap of a typed space between two tokens: one whitespace character, or two, as a justified page
 * (its spaces widened to fill the line) or a typist's double space writes the same one space: "19/2004/PL-UBTVQH  11"
 * (fresh30i-014), "83/2015/QH  13" (fresh31a-025), "103/BKH-KTĐP  &LT" (fresh31c-019), "96/LĐTBXH-BH  &BĐG"
 * (fresh30b-023), "103/QĐ  /BVHTTDL" (fresh29e-002) read as their one-space forms do; as splitYearTail and dotInSymbol count one.
 */
function spaceApart(gap: number): boolean {
  return gap >= 1 && gap <= 2;
}

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
 * document's. Only a space (spaceApart) before the "&", the code after it glued to it, and both in capitals: prose
 * puts a space after an "&" too ("Sở KH & ĐT") and writes its words in small letters.
 */
export function spacedAmpersandAt(code: IToken | undefined, amp: IToken | undefined, after: IToken | undefined): boolean {
  if (code === undefined || amp === undefined || amp.image !== "&" || !isCode(after)) return false;
  if (!spaceApart(amp.startOffset - endOf(code)) || after!.startOffset !== endOf(amp)) return false;
  return isUpperCode(code) && isUpperCode(after!);
}

/**
 * "Luật Ngân sách nhà nước số 06/QH 10", "Nghị quyết số 51/2001/QH 10": the National Assembly's or
 * its Standing Committee's code with the term's digits typed a space apart (QH10: khóa X). Only
 * after those codes (the only ones whose term is part of the ký hiệu, vocab/issuers.ts issuerByCode),
 * written without a term of their own; one or two digits, not 0 first, a space (spaceApart)
 * before them; and nothing after them that makes the digits another thing's start: a slash, a dash
 * or a dot ("QH 10/…", "QH 1.5"), or "tháng" ("… số 51/QH 12 tháng 3", a day without "ngày").
 */
export function splitTermAt(code: IToken, digits: IToken | undefined, after: IToken | undefined): boolean {
  if (!is(digits, NumberTok) || !/^[1-9][0-9]?$/.test(digits!.image) || !spaceApart(digits!.startOffset - endOf(code))) return false;
  if (!TERM_CODES.has(canonicalCode(code.image))) return false;
  return !is(after, Slash) && !is(after, Dash) && !is(after, Dot) && !is(after, Thang);
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
  // "Quyết định số 103/QĐ /BVHTTDL ngày 12 tháng 01 năm 2016" (fixtures/fresh/fresh29e-002): the space typed before the
  // slash instead, as DOMAIN.md §5's "Kế hoạch số 103 /KH-UBND" types it before the first, and as "47/2007/NQ -HĐND"
  // (fresh29g-003), "91/KH -BATGT" (fresh39b-014), "3236/TTr -SNN" (fresh47c-003) type it before the dash, which the
  // grammar reads: a code in capitals right after the slash.
  return (gap1 === 0 && gap2 === 0) || (gap1 >= 1 && gap1 <= 2 && gap2 >= 1 && gap2 <= 2) || (gap1 === 0 && gap2 === 1 && isUpperCode(after)) || (spaceApart(gap1) && gap2 === 0 && isUpperCode(after));
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

/**
 * "Tờ trình số 368/TT-XD(KTXD) ngày 26/12/2024" (a Sở Xây dựng's room, Hà Nội), "Công văn số
 * 823/PV11(CS)⏎ngày 18/7/2017" (a provincial police unit): the drafting unit's code in brackets,
 * glued to the ký hiệu's last code, is the ký hiệu's own last part. Without it the ký hiệu ended
 * before the "(" and the date after the ")" was lost. Only written tight (no space before, inside or
 * after the brackets: "12/QĐ-UBND (UBND tỉnh)" is a note), codes in capitals on both sides ("(đã hết
 * hiệu lực)", "(sau đây gọi là …)" are prose), and nothing glued after the ")".
 */
export function bracketedUnitAt(code: IToken | undefined, open: IToken | undefined, unit: IToken | undefined, close: IToken | undefined, after: IToken | undefined): boolean {
  if (code === undefined || !is(open, Punct) || open!.image !== "(" || !isCode(unit) || !is(close, Punct) || close!.image !== ")") return false;
  if (open!.startOffset !== endOf(code) || unit!.startOffset !== endOf(open!) || close!.startOffset !== endOf(unit!)) return false;
  if (!isUpperCode(code) || !isUpperCode(unit!)) return false;
  return after === undefined || after.startOffset !== endOf(close!) || !(isCode(after) || is(after, NumberTok));
}

/**
 * "Quyết định số 282/QĐ TTg ngày 24/2/2011" (a dataset's copy, fresh51e-001: "86/QĐ UBND", "165/2008/QĐ TTg"),
 * "Quyết định số 4041/2005/QĐ UBND về việc chuyển Công ty …", "Nghị định 13/2023/NĐ CP về bảo vệ dữ liệu cá
 * nhân" (public web pages): a copy that turned the dash between the type code and the issuer's code into a
 * space. Read as one ký hiệu (QĐ-TTg): without it the ký hiệu ended at its type code, no issuer, another
 * document's. Only in state numbering with the type code alone so far (a state type code, "QĐ", "NĐ"), one
 * whitespace character before the code, and the code one vncite knows as an issuer's ("TTg", "UBND", "CP",
 * "BCA") that is no type code itself; nothing after it that makes it another thing's start (a slash or dash).
 */
export function spacedIssuerCodeAt(type: IToken, code: IToken | undefined, after: IToken | undefined, partCount: number): boolean {
  if (partCount !== 1 || !isCode(code) || code!.startOffset - endOf(type) !== 1) return false;
  if (!isStateTypeCode(canonicalCode(type.image))) return false;
  const issuer = canonicalCode(code!.image);
  if (isTypeCode(issuer) || issuerByCode(issuer) === null) return false;
  return !is(after, Slash) && !is(after, Dash);
}

/**
 * "Thông tư số 23/2015/TTLT-BGD ĐT-BNV" (a school portal's item, fixtures/fresh/fresh62c-005), "Thông tư 01/2016/TT-BGD ĐT
 * ngày 15/01/2016" (Phú Thọ's plan 335/KH-UBND, fresh30l-013): an issuer's code typed with a space inside it, the
 * ministry's BGDĐT as "BGD ĐT" (its name's two halves, "Giáo dục" and "Đào tạo", set apart). Read as one code: without
 * it the ký hiệu ended at "BGD", no issuer vncite knows, another document's. Only an issuer's part (after the type code),
 * one whitespace character before the second piece, both pieces in capitals, and only where they join into an issuer's
 * code vncite knows while the first alone is no code it knows ("QĐ-UBND TỈNH" never joins: UBND is known alone).
 */
export function spacedCodeAt(code: IToken, piece: IToken | undefined, partCount: number): boolean {
  if (partCount < 2 || !isCode(piece) || piece!.startOffset - endOf(code) !== 1) return false;
  if (!isUpperCode(code) || !isUpperCode(piece!) || isKnownCode(code.image)) return false;
  return issuerByCode(canonicalCode(code.image + piece!.image)) !== null;
}
