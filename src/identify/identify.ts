import type { Citation, Issuer, Kind, Style, Warning } from "../types.js";
import { KINDS, kindByAbbreviation, kindByStateCode, kindByWord, legislatureCodesOf, MODIFIER_KIND_WORDS, PARTY_TYPE_CODES, type KindEntry } from "../vocab/kinds.js";
import { phraseSource } from "../vocab/phrases.js";
import { BoundedCache } from "../shared/memo.js";
import { issuerAfterTitle, issuerByCode, issuerByPhrase } from "../vocab/issuers.js";
import type { ParsedCitation } from "../parse/types.js";
import { isoDate } from "./dates.js";
import { designation, documentId, officialNumber } from "./id.js";
import { readIssuer } from "./issuer.js";
import { readSymbol, type SymbolReading } from "./symbol.js";
import { decreeYear, decreeYearWarning } from "./decree-year.js";
import { olderStateOrder } from "./older-order.js";
import { dateAfter } from "./date-after.js";
import { asPrepared } from "../prepare/as-read.js";
import { dropIgnorables } from "../prepare/ignorables.js";
import { ANY_BREAK_CLASS } from "../prepare/line-breaks.js";

/** Turns what the grammar found into a typed Citation over the caller's text. */
export function identify(p: ParsedCitation, text: string): Citation {
  const warnings: Warning[] = [];
  const older = olderStateOrder(p, text);
  let sym = older ?? readSymbol(p.parts, p.written);
  let iss = readIssuer(p.issuer, sym.issuerCode);
  if (sym.issuerCode === "TW" && iss.local && iss.issuer?.code != null && issuerByCode(iss.issuer.code)?.party === true) {
    // "Nghị quyết 13-NQ/TƯ của Tỉnh ủy": "TƯ" is read as TW (Trung ương) only as a guess at a
    // typist's W; the body named is a local Party committee, whose code TU it then is.
    const at = p.parts.findIndex((part) => part.toUpperCase() === "TƯ" || part.toUpperCase() === "T.Ư");
    if (at >= 0) {
      const parts = p.parts.slice();
      parts[at] = "TU";
      sym = readSymbol(parts, p.written);
      iss = readIssuer(p.issuer, sym.issuerCode);
      warnings.push({ code: "issuer-mismatch", message: `"${p.parts[at]}" read as TU, not TW: the body named is ${iss.issuer?.name ?? "a local Party committee"}`, start: p.number.start, end: p.numberEnd });
    }
  }
  // "368/TT-XD(KTXD)": the codes are read without the drafting unit in brackets; the symbol keeps it as written.
  if (p.unit !== null) sym = { ...sym, symbol: sym.symbol + p.unit };
  const byCode = sym.issuerCode ? issuerByCode(sym.issuerCode) : null;
  // A national body's branch ("của BHXH tỉnh Hà Nam", 45/BHXH-TST) numbers with the national code: no mismatch.
  const branch = byCode?.branches === true && iss.local;
  // A body that numbers with another's code (IssuerEntry.sharesCode: "21-BC/ĐU của Đảng ủy Chính phủ") is named by it.
  const sharedCode = iss.issuer?.code === sym.issuerCode;
  if (byCode !== null && p.issuer !== null && iss.issuer !== null && byCode.local !== iss.local && !branch && !sharedCode && warnings.length === 0) {
    // "12/QĐ-UBND của Bộ trưởng Bộ Tài chính": the ký hiệu and the words name bodies of different levels.
    warnings.push({ code: "issuer-mismatch", message: `the ký hiệu's issuer ${sym.issuerCode} (${byCode.name}) is not the body named, ${iss.issuer.name}`, start: p.start, end: p.end });
  }
  let year = p.year ? Number(p.year.text) : null;
  let date: string | null = null;
  // A date the grammar does not read, right after the ký hiệu (nothing read after it): "90/QĐ-TTg gày
  // 18/1/2022", "3276/QĐ-BYT năm 2025 có hiệu lực", "72-NQ/TW (09/9/2025) về" (date-after.ts). The mention then
  // ends with it.
  const after = p.date === null && p.end === p.numberEnd ? dateAfter(text, p.numberEnd, Boolean(p.year)) : null;
  const written = p.date ?? (after !== null && after.day !== null ? { day: after.day, month: after.month!, year: after.year, yearSplit: false, start: after.start, end: after.end } : null);
  if (written) {
    const d = isoDate(written.day, written.month, written.year);
    date = d.date;
    if (d.warning) warnings.push({ ...d.warning, start: written.start, end: written.end });
    else if (written.yearSplit) {
      // "ngày 16/7/20 21": the year read whole; the warning keeps what the text says.
      const y = written.year;
      warnings.push({ code: "split-year", message: `"${y.slice(0, 2)} ${y.slice(2)}" read as the year ${y}: a space inside the date's year`, start: written.start, end: written.end });
    }
  }
  // "năm 2025" alone dates a number without a year; a number with its own year is not contradicted by it (not read).
  const yearAlone = after !== null && after.day === null && year === null ? Number(after.year) : null;
  const dateYear = date ? Number(date.slice(0, 4)) : yearAlone;
  if (year !== null && dateYear !== null && year !== dateYear) {
    warnings.push({
      code: "year-mismatch",
      message: `the number's year ${year} disagrees with the date ${date}`,
      start: p.number.start,
      end: p.numberEnd,
    });
  }
  // The kind of the word written before the number ("" for a word the table does not name one kind by): a decree needs a word, a circular "Thông tư".
  // Looked up only where a year can be missing (no year in the number, a date of 2000 on): most citations have one.
  const kindWritten = year === null && dateYear !== null && p.kindWord !== null && !p.inherited ? (kindByWord(text.slice(p.kindWord.start, p.kindWord.end))?.slug ?? "") : null;
  const missingYear = decreeYear(sym, year, dateYear, kindWritten);
  if (missingYear !== null) warnings.push(decreeYearWarning(officialNumber(p.number.text), sym.symbol, (year = missingYear), p.number.start, p.numberEnd));
  // "Nghị định số 13/2023/NĐ-CP của UBND tỉnh" (fresh37a-011: the committee holds the conference): a central body's
  // document numbered with its year is unique nationwide, so the local body the words name gives its id no place.
  // The warning stays; a yearly number ("57-NQ/TW của Đảng ủy xã") keeps the words' body, a doubt kept apart.
  if (year !== null && byCode !== null && !byCode.local && iss.local && !branch && !sharedCode && p.issuer !== null && iss.issuer !== null) {
    iss = readIssuer(null, sym.issuerCode);
  }
  const kind = kindOf(p, sym, warnings, text);
  if (p.repairs.length > 0 || sym.dotted || sym.glued || sym.reshaped || older !== null) warnings.push(separatorWarning(p, sym, year, text, older !== null));
  const number = officialNumber(p.number.text);
  const joint = sym.jointIssuerCodes.length > 1 ? jointIssuers(sym.jointIssuerCodes, iss.issuer) : null;
  const end = after !== null && (written !== null || yearAlone !== null) ? after.end : p.end;
  const citation: Citation = {
    start: p.start,
    end,
    raw: text.slice(p.start, end),
    kind,
    kindText: p.kindWord && !p.inherited ? text.slice(p.kindWord.start, p.kindWord.end) : null,
    form: "full",
    number,
    year,
    symbol: sym.symbol,
    typeCode: sym.typeCode,
    style: sym.style,
    date,
    issuer: iss.issuer,
    id: documentId({
      number,
      year,
      symbol: sym.symbol,
      party: sym.style === "party",
      dateYear,
      local: iss.local,
      provinceSlug: iss.provinceSlug,
      districtSlug: iss.districtSlug,
    }),
    numberStart: p.number.start,
    numberEnd: p.numberEnd,
    warnings,
  };
  // Set afterwards, not spread into the literal: on Node 20 a spread in an object literal makes
  // every property after it a slow one-by-one addition (microseconds per citation).
  if (joint) citation.issuers = joint;
  return citation;
}

/**
 * The bodies of a joint ký hiệu (TTLT-BTC-BGDĐT), the first as the citation names it, those
 * vncite knows. A loop, not map() and filter(): the array map() gave met identify's compiled code
 * with a map it had not seen, a deopt and a recompile of all of identify in every process.
 */
function jointIssuers(codes: readonly string[], first: Issuer | null): Issuer[] {
  const out: Issuer[] = [];
  for (let i = 0; i < codes.length; i++) {
    const issuer = i === 0 ? first : readIssuer(null, codes[i]).issuer;
    if (issuer !== null) out.push(issuer);
  }
  return out;
}

/** Why each repair was made, in the warning's words. */
const REPAIRED = {
  "dash-year": "a dash between number and year",
  "slash-in-symbol": "a slash between the ký hiệu's parts",
  "repeated-type": "the type code written before the year too",
  "dash-issuer": "the dash of older numbering before the issuer's code",
  "dot-in-symbol": "a dot between type code and issuer",
  "space-for-dash": "a space for the dash between number and type code",
  "dash-missing": "no dash between number and type code",
  "space-for-slash": "a space for the slash between number and issuer's code, a slash between the ký hiệu's parts",
  "split-term": "a space between the legislature's code and its term",
  "l-for-1": "a small letter l typed for the digit 1 in the year",
  "doubled-slash": "the slash before the type code typed twice",
  "doubled-year-slash": "the slash before the year typed twice",
  "doubled-dash": "a dash typed twice between the ký hiệu's parts",
  "spaces-for-slashes": "spaces for the slashes of the number (a web address's words)",
  "spaced-ampersand": "a space before the \"&\" inside a code of the ký hiệu",
  "space-before-type": "a space for the slash before the type code",
  "slash-missing": "no slash between number and type code",
  "year-slash-missing": "no slash between year and type code",
  "split-number": "a space a scan put after the number's first digit",
  "dots-for-slashes": "dots written for the number's slashes",
  "bracketed-unit": "the drafting unit's code in brackets after the ký hiệu's last code",
  "space-for-issuer-dash": "a space for the dash between the type code and the issuer's code",
  "line-in-number": "a line break inside the number's digits, where a converted page wrapped the line",
  "spaced-code": "a space inside an issuer's code of the ký hiệu",
} as const;

const OLDER_ORDER = "the state's older order, the issuer's code before the slash and the type code after";

/**
 * "12-2019/NQ-CP read as 12/2019/NQ-CP: a dash between number and year". The id is the regular
 * form's, so the mention joins its document; the warning keeps what the text actually says.
 */
function separatorWarning(p: ParsedCitation, sym: SymbolReading, year: number | null, text: string, older: boolean): Warning {
  // The older state order (identify/older-order.ts) is one reason, whichever separators the grammar read through to find it.
  const reasons: string[] = older ? [OLDER_ORDER] : p.repairs.map((r) => REPAIRED[r]);
  if (sym.dotted) reasons.push("a dot between type code and issuer");
  if (sym.glued) reasons.push("type code and issuer written as one word");
  if (sym.reshaped) reasons.push("a state body's number in the Party's shape");
  // What prints nothing (a CRLF file's CR between digits, read so by textAsRead) is no part of the number as written.
  const written = dropIgnorables(text.slice(p.number.start, p.numberEnd)).replace(/\s+/g, " ");
  const regular = designation({ number: officialNumber(p.number.text), year, symbol: sym.symbol, style: sym.style });
  return { code: "irregular-separator", message: `"${written}" read as ${regular}: ${reasons.join(", ")}`, start: p.number.start, end: p.numberEnd };
}

/** Kind words as written ("Quyết định", "QUYẾT ĐỊNH", "Quyết\nđịnh") repeat across a corpus. */
const kindWords = new BoundedCache<KindEntry | null>();

/** MODIFIER_KIND_WORDS as written in small letters ("hướng dẫn", not a title's "Hướng dẫn"). */
const MODIFIER_KIND_WORD = new RegExp(String.raw`^(?:${phraseSource(MODIFIER_KIND_WORDS, { keepCase: true })})$`, "u");
/** Every kind's words, in any case, as a regex source (the two look-backs below). */
const ANY_KIND_WORD = phraseSource(KINDS.flatMap((k) => k.words), { anyCase: true });
/** A kind word right before the modifier, one space between: "Thông tư ", "Công văn ", "Văn bản " (the kind "document"). */
const MODIFIED_KIND_WORD = new RegExp(
  String.raw`(?:^|[^\p{L}])(${ANY_KIND_WORD})[ \t]+$`,
  "iu",
);
const MODIFIED_REACH = 40;

/**
 * The kind word before its issuer, the number after: "Nghị định của Chính phủ số 15/CP", "Quyết định
 * của Thủ tướng Chính phủ : số 118/TTg", "nghị quyết của Hội đồng Chính phủ số 33-CP" (older texts).
 * Built on first use: only a number without a kind word or a type code asks it.
 */
let kindOverIssuer: RegExp | null = null;

/**
 * The `reach` characters before `at` as prepared text reads them, composed and with look-alikes
 * repaired ("Quyết ðịnh", a decomposed "Quyết định"): the look-backs below read the caller's text,
 * and must read it as they read composed text. Taken from three times the reach, as a decomposed
 * letter takes up to three units.
 */
function preparedBefore(text: string, at: number, reach: number): string {
  // What prints nothing dropped too: "Căn cứ các Q\u2060uyết định của Thủ tướng Chính phủ : số 118/TTg".
  return asPrepared(text.slice(Math.max(0, at - 3 * reach), at)).slice(-reach);
}
const KIND_OVER_ISSUER_REACH = 90;

/** Every line break a text may hold (prepare/line-breaks.ts): "\n", CR, vertical tab, form feed, NEL, U+2028, U+2029. */
const BREAK_CLASS = ANY_BREAK_CLASS;
function kindWordOverIssuer(text: string, start: number): string | undefined {
  kindOverIssuer ??= new RegExp(
    // Any line break between the words, not "\n" alone: a CRLF file's heading ("NGHỊ ĐỊNH\r\nCỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ
    // 6-HĐBT", fresh29o saved on Windows read as an official letter), a vertical tab, a form feed, U+2028/U+2029 (audit55).
    // The body stays on one line, whatever ends it.
    String.raw`(?:^|[^\p{L}])(${ANY_KIND_WORD})[ \t${BREAK_CLASS}]+của[ \t${BREAK_CLASS}]+([^${BREAK_CLASS};:,.()\d]{2,60}?)[ \t]*:?[ \t]*(?:[Ss]ố[ \t]*)?$`,
    "iu",
  );
  const m = kindOverIssuer.exec(preparedBefore(text, start, KIND_OVER_ISSUER_REACH));
  if (m === null) return undefined;
  const body = m[2].replace(/\s+/g, " ").trim();
  // A title before the body ("Bộ trưởng Bộ Tài chính"): the body is what names the issuer.
  return (issuerByPhrase(body) ?? issuerAfterTitle(body)) !== null ? m[1] : undefined;
}

/** The kind word wins ("Công văn", "Luật"); without one the type code tells (KH → plan). */
function kindOf(p: ParsedCitation, sym: SymbolReading, warnings: Warning[], text: string): Kind {
  let written = p.kindWord?.text;
  if (written === undefined && sym.typeCode === null && sym.issuerCode !== null) {
    written = kindWordOverIssuer(text, p.start);
    if (written !== undefined && kindByWord(written)?.slug === "document") written = undefined;
  }
  // "Thông tư hướng dẫn số …": the kind word before the modifier is the document's; a generic one
  // ("Văn bản hướng dẫn số …") leaves the kind to the type code.
  if (written !== undefined && p.kindWord !== null && MODIFIER_KIND_WORD.test(written)) {
    const before = MODIFIED_KIND_WORD.exec(preparedBefore(text, p.kindWord!.start, MODIFIED_REACH));
    if (before !== null) written = kindByWord(before[1])?.slug === "document" ? undefined : before[1];
  }
  const byWord = written ? kindWords.get(written, () => kindByWord(written!)) : null;
  // The Front and the mass organisations type their documents as the Party does, numbered either way
  // ("Thông tri số 06/TT-MTTQ-BTT"); a joint plan's code ("KHPH") is the state table's.
  const partyTypes = sym.style !== "party" && sym.typeCode !== null && sym.issuerCode !== null && issuerByCode(sym.issuerCode)?.partyTypes === true;
  const byCode = sym.typeCode
    ? sym.style === "party"
      ? (PARTY_TYPE_CODES[sym.typeCode] ?? null)
      : ((partyTypes ? PARTY_TYPE_CODES[sym.typeCode] : undefined) ?? kindByStateCode(sym.typeCode)?.slug ?? null)
    : null;
  if (sym.typeCode && !byCode) {
    warnings.push({ code: "unknown-type-code", message: `unknown type code "${sym.typeCode}"` });
  }
  if (!sym.typeCode && sym.issuerCode && !issuerByCode(sym.issuerCode) && !/^(UBTV)?QH\d*$/.test(sym.issuerCode)) {
    warnings.push({ code: "unknown-code", message: `unknown issuer or type code "${sym.issuerCode}"` });
  }
  if (byWord && byWord.slug !== "document") {
    // "Thông tư số 23/2015/TTLT-BGDĐT-BNV": the wider kind's word, the code of the form it takes.
    if (byCode && sym.style !== "party" && kindByStateCode(sym.typeCode!)?.formOf === byWord.slug) return byCode;
    if (byCode && byCode !== byWord.slug && !compatible(byWord.slug, byCode, sym.style) && !codeSharedByWord(byWord, sym, p)) {
      warnings.push({
        code: "kind-mismatch",
        message: `"${p.kindWord?.text ?? written}" is a ${byWord.slug} but the type code ${sym.typeCode} means ${byCode}`,
      });
    }
    return byWord.slug;
  }
  if (byCode) return byCode;
  // A kind's initials for its word ("CV số 123/UBND-VX"): the type code, where there is one, says more.
  const abbreviated = written && !byWord ? kindByAbbreviation(written) : null;
  if (abbreviated) return abbreviated;
  if (sym.typeCode) return "document";
  if (sym.issuerCode && LAW_CODE.test(sym.issuerCode)) return "law";
  if (sym.issuerCode && ORDINANCE_CODE.test(sym.issuerCode)) return "ordinance";
  if (sym.issuerCode) return "official-letter";
  return "document";
}
/**
 * "Tờ trình số 669/TT-STNMT", "Công văn số 6573/TC-HCSN": a state number without a year whose type
 * code the word's kind shares with the kind the type table gives it (KindEntry.sharedCodes).
 */
function codeSharedByWord(word: KindEntry, sym: SymbolReading, p: ParsedCitation): boolean {
  return sym.style === "state" && p.year === null && word.sharedCodes !== undefined && word.sharedCodes.includes(sym.typeCode!);
}

/** A legislature's code with its term, no type code before it: KIND_BY_LEGISLATURE_CODE. */
const LAW_CODE = new RegExp(`^(?:${legislatureCodesOf("law")})\\d*$`);
const ORDINANCE_CODE = new RegExp(`^(?:${legislatureCodesOf("ordinance")})\\d*$`);

/**
 * Kinds that legitimately share a type code: a Bộ luật is numbered like a Luật, and the Party numbers
 * some of its regulations with QĐ as well as QĐi ("Quy định số 205-QĐ/TW" of the Politburo, 2019).
 */
function compatible(word: Kind, code: Kind, style: Style): boolean {
  if ((word === "code" && code === "law") || (word === "law" && code === "code")) return true;
  return style === "party" && word === "regulation" && code === "decision";
}
