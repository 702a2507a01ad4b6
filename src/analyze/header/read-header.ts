/**
 * The reading of a document's heading as a whole: the kind line and title, else a first line in
 * sentence case or a công văn's subject line; the own number in whichever shape it is written; the
 * place and date; the issuer's lines. Each part is read by the module named for it (header/index.ts).
 */
import { execWhereHeld } from "../../shared/search.js";
import type { Kind, Warning } from "../../types.js";
import { kindByStateCode } from "../../vocab/kinds.js";
import { isoDate } from "../../identify/dates.js";
import { isTaxLetterSymbol } from "../../identify/symbol.js";
import { canonicalCode, isTypeCode } from "../../vocab/codes.js";
import { ISSUED_FIELD_LABEL } from "../../vocab/fields.js";
import { PLACE_AND_DATE, ISSUED_FIELD, dateLineIn } from "./date-line.js";
import { titleOnDateLine } from "./date-line-title.js";
import { enactingLine } from "./enacting.js";
import { HEADING_NUMBER, KIND_WORD_IN, gazetteHeadingLength } from "./gazette.js";
import { opensHeadingIssuer, opensWithIssuerPhrase, pushIssuerLines, withLocalBodySplit } from "./issuer-lines.js";
import { KIND_BY_WORD, findUppercaseKindLine, opensTitle } from "./kind-line.js";
import { BRACKETED_NUMBER_LINE, lowerBracketedHeading } from "./bracketed-heading.js";
import { HEADER_MOTTO, ISSUER_REACH, PREAMBLE_LINE_AT, clean, isCapitals } from "./line-text.js";
import { HeadLines, execAtBreaks } from "../head-lines.js";
import { olderJointNumberLine } from "./older-number-line.js";
import { AFTER_MOTTO, ISSUER_NUMBER_LINE, PARTY_NUMBER_LINE, isCopyNumber, oldNumberLine, ownNumberLine, symbolPartsOf, withSpacedLetters, withWrappedCodes, withoutSetOffWord } from "./number-line.js";
import { CAPITAL_KIND_SUBJECT_LINE, citedTitleLine, sentenceKindLine, firstLineTitle, readSentenceTitle, undatedTitleLength } from "./sentence-title.js";
import { pastIssuerLine, readTitle } from "./title.js";
import { readSubjectLine, subjectUnderMotto, titleUnderDateLine } from "./untitled.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * What the first lines of a Vietnamese document say about itself (Nghị định 30/2020/NĐ-CP
 * layout): the issuing body, "Số: 103/KH-UBND", "Trà Vinh, ngày ... tháng 4 năm 2022", then the
 * kind in capitals ("KẾ HOẠCH") and the title (trích yếu).
 */
export interface Header {
  kind: Kind | null;
  title: string | null;
  /** Offset of the kind line ("KẾ HOẠCH") that opens the title, when there is one. */
  kindLineStart?: number;
  /** Offset of the title's first line (the body start when there is no title). */
  titleStart: number;
  /** Offset just past the title: where the body starts. */
  bodyStart: number;
  /**
   * "Số: 103/KH-UBND" or "Số: 15/2022/QĐ-UBND": the number (null when blank), the year inside
   * the number of a legal normative document (else null), and the ký hiệu as written.
   */
  /**
   * `unreadable`: the "Số:" line's number is a scan's glyph and digits ("Số: #205 /TCT-DNNCN", number-line.ts
   * UNREADABLE_NUMBER): `number` is null, and the citation the finder reads in it is no document's (analyze/index.ts).
   */
  numberLine: { number: string | null; year: number | null; symbolParts: string[]; written: "dash-first" | "slash-first"; start: number; end: number; unreadable: boolean } | null;
  date: string | null;
  /**
   * The place the date line names ("Tây Ninh" of "Tây Ninh, ngày 15 tháng 5 năm 2019"), as written;
   * a header laid out as a table and flattened row by row puts the number before it in the same
   * line ("Số: 983/KH-UBND | Tây Ninh, ngày …"): the place is what follows the last "|".
   */
  place: string | null;
  /** Lines above the kind heading ("UBND TỈNH TRÀ VINH", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"). */
  issuerLines: string[];
  warnings: Warning[];
}

const HEADER_WINDOW = 3000;
/**
 * A PDF's text layer as a document site's preview gives it numbers the pages "(1)", "(2)" …, the first glued to
 * the issuer's name at the heading's top: "(1)BỘ GIÁO DỤC VÀ ĐÀO TẠO Số: 2699/CT-BGDĐT" (123docz's copy of a
 * minister's directive, fixtures/fresh/fresh60j-003), "(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" (a circular's copy,
 * fresh30g-009). The marker is no part of the heading: where an issuer's name follows it, it is blanked (spaces of
 * its length, so that every offset and line break stays the text's: readHeader asks the text's HeadLines of this
 * copy), and the line opens with the name as a heading's line does.
 * Only in the heading's first lines (PAGE_MARKER_REACH): further down "(1)" opens a list's item or a table's cell.
 */
function withoutPageMarker(head: string): string {
  const top = head.slice(0, PAGE_MARKER_REACH);
  if (!top.includes("(")) return head;
  let out = head;
  for (const m of top.matchAll(PAGE_MARKER())) {
    const at = m.index + m[0].length - m[1].length;
    const lineEnd = head.indexOf("\n", at);
    if (!opensWithIssuerPhrase(head.slice(at + m[1].length, lineEnd < 0 ? head.length : lineEnd))) continue;
    out = out.slice(0, at) + " ".repeat(m[1].length) + out.slice(at + m[1].length);
  }
  return out;
}
/** A page's number in brackets opening a line, a capital right after it (bounded: no backtracking). */
const PAGE_MARKER = lazyRegExp(() => /(?:^|\n)(\([0-9]{1,3}\))(?=\p{Lu})/gu);
/** How far the heading's top runs: a site's summary line above the heading (fresh60j-003's is 190 characters). */
const PAGE_MARKER_REACH = 400;
/**
 * `citedTitle`: whether a first line that cites the document with its number (citedTitleLine) may
 * be the document's own heading; not for a listing's record, whose own number is given beside it
 * (its summary may open with the document it acts on: "Quyết định số 346/QĐ-UBND … về …").
 */
export function readHeader(text: string, citedTitle = true, lines = new HeadLines(text)): Header {
  const head = withoutPageMarker(text.slice(0, HEADER_WINDOW));
  const warnings: Warning[] = [];
  let kind: Kind | null = null;
  let title: string | null = null;
  let bodyStart = 0;
  let kindLineStart: number | undefined;
  let titleStart = 0;
  const issuerLines: string[] = [];

  // The heading is above the preamble: past its first line, capitals and dates are the body's.
  const preamble = execAtBreaks(lines, PREAMBLE_LINE_AT, head);
  const headingEnd = preamble ? preamble.index : head.length;
  const kindLine = findUppercaseKindLine(head, headingEnd, lines);
  if (kindLine) {
    const written = kindLine[1];
    kindLineStart = kindLine.index + (kindLine[0].startsWith("\n") ? 1 : 0);
    kind = KIND_BY_WORD.get(written.toLowerCase().replace(/\s+/g, " ")) ?? null;
    const before = head.slice(0, kindLine.index);
    pushIssuerLines(before, issuerLines);
    const after = pastIssuerLine(head, kindLine.index + kindLine[0].length);
    const read = readTitle(head, after, false) ?? readTitle(head, after, true);
    const lines = read?.lines ?? [];
    if (read) {
      titleStart = read.start;
      bodyStart = Math.min(read.end, text.length);
    }
    title = lines.length ? lines.join(" ") : null;
    if (!title) bodyStart = titleStart = after;
  }

  // "Quyết định về chế độ thu, nộp …": a database or a web page prints the kind and the title as one
  // line in sentence case, with no heading above it.
  const sentence = kindLine ? null : (sentenceKindLine(head) ?? CAPITAL_KIND_SUBJECT_LINE().exec(head));
  const cited = kindLine || sentence || !citedTitle ? null : citedTitleLine(head);
  const found = sentence ?? cited;
  // The subject opens in lower case ("Quyết định về …"); a capital there opens a name or a sentence,
  // but for "Về việc" under a kind word in capitals (CAPITAL_KIND_SUBJECT_LINE).
  const subjectFirst = found ? head.charAt(found.index + found[0].length) : "";
  const opening = found && (subjectFirst !== subjectFirst.toUpperCase() || isCapitals(found[1])) ? found : null;
  // Printed from the Official Gazette's heading, the line names the issuer, the number and the date
  // before the subject ("Thông tư của bộ tài chính số 121/2004/tt-btc ngày 16 tháng 12 năm 2004
  // hướng dẫn …"): the subject is the title, the number is read below as under a kind line.
  const subjectAt = opening ? opening.index + opening[0].length : 0;
  const gazette = opening ? gazetteHeadingLength(head, subjectAt) || (cited ? undatedTitleLength(head, subjectAt) : 0) : 0;
  // The line that names the document holds its whole subject: the next line is the page's text.
  const read = cited ? firstLineTitle(head, subjectAt + gazette) : opening ? readSentenceTitle(head, subjectAt + gazette) : null;
  const gazetteLine = opening !== null && read !== null && gazette > 0;
  if (opening && read) {
    kind = KIND_BY_WORD.get(opening[1].toLowerCase().replace(/\s+/g, " ")) ?? null;
    kindLineStart = opening.index + opening[0].indexOf(opening[1]);
    titleStart = read.start;
    bodyStart = Math.min(read.end, text.length);
    title = read.lines.join(" ");
  }

  let numberLine: Header["numberLine"] = null;
  const n = ownNumberLine(head, kindLine);
  // A công văn has no kind line: its issuer stands above its number, its subject line ("V/v …") below.
  // Without a number line read (a scan's OCR garbled it), the subject line under the national motto (subjectUnderMotto).
  const subject = kindLine ? null : n ? readSubjectLine(head, n.index + n[0].length) : opening && read ? null : subjectUnderMotto(head, headingEnd);
  // Without a kind line, the lines in capitals above the number name the issuer, subject line or not
  // (a letter may leave its "V/v" out); the header's first lines only, not a body's headings.
  if (!kindLine && n && n.index <= ISSUER_REACH) {
    pushIssuerLines(head.slice(0, n.index), issuerLines);
  } else if (!kindLine && n) {
    // A web page prints its own lines above the document ("Quý vị chưa đăng nhập …", a breadcrumb, the
    // document's name as a link): the heading is then the lines above the number that the national
    // motto stands among, read from the first whole line within the reach.
    const from = head.indexOf("\n", n.index - ISSUER_REACH) + 1;
    if (from > 0 && from < n.index && HEADER_MOTTO.test(head.slice(from, n.index))) pushIssuerLines(head.slice(from, n.index), issuerLines);
  }
  if (subject) {
    const parts = n ? symbolPartsOf(n[3]) : null;
    // "Số: 8836/CT-TTHT": a tax department's letter, whose "CT" is its own code, no directive's.
    kind = (parts === null || isTaxLetterSymbol(parts) ? null : kindByStateCode(parts[0])?.slug) ?? "official-letter";
    kindLineStart = titleStart = subject.start;
    bodyStart = Math.min(subject.end, text.length);
    title = subject.lines.join(" ");
  }
  // "Căn cứ Pháp lệnh Du lịch, ngày 08 tháng 02 năm 1999;" is a basis's date.
  const headingText = headingEnd < head.length ? head.slice(0, headingEnd) : head;
  // A number's cell after the motto on a header's single line (AFTER_MOTTO): the place and date follow
  // it on that line ("… Hạnh phúc Số: 12/BC-UBND Bắc Hà, ngày …"), read from the number's end on.
  const cellEnd = n && n.index > 0 && n[0].startsWith("Số") && AFTER_MOTTO.test(head.slice(Math.max(0, n.index - 120), n.index)) ? n.index + n[0].length : 0;
  // A page's text layer may number its pages as a list ("  1. BỘ LAO ĐỘNG … Hạnh phúc Số: 23/2007/QĐ-BLĐTBXH Hà
  // Nội, ngày …"), which reads as the body's first item (PREAMBLE_LINE) before the cell: its place and date
  // are then taken only where they follow the number at once.
  const cellDate = cellEnd > 0 ? PLACE_AND_DATE.exec(cellEnd < headingText.length ? headingText.slice(cellEnd) : head.slice(cellEnd, cellEnd + 80)) : null;
  const afterCell = cellDate && (cellEnd < headingText.length || cellDate.index === 0) ? cellDate : null;
  const dateFrom = afterCell ? cellEnd : 0;
  const d = afterCell ?? dateLineIn(headingText);
  // "Hà Nội, ngày 29 tháng 10 năm 2024 QUYẾT ĐỊNH SỬA ĐỔI, BỔ SUNG … BỘ TRƯỞNG BỘ Y TẾ": a crawler's page
  // joins the date line, the kind line, the title and the enacting body (date-line-title.ts). A kind
  // word that the own number's code contradicts opens the title, as under a dropped kind line below.
  const onDateLine = kindLine || (opening && read) || subject ? null : (d ? titleOnDateLine(head, dateFrom + d.index + d[0].length) : null);
  if (onDateLine) {
    const coded = n ? kindByStateCode(symbolPartsOf(n[3])[0] ?? "") : null;
    const opensWithVerb = coded !== null && coded.slug !== onDateLine.kind && coded.formOf !== onDateLine.kind;
    kind = opensWithVerb ? coded.slug : onDateLine.kind;
    kindLineStart = onDateLine.kindStart;
    titleStart = opensWithVerb ? onDateLine.kindStart : onDateLine.start;
    bodyStart = Math.min(onDateLine.end, text.length);
    title = opensWithVerb ? `${onDateLine.word} ${onDateLine.title}` : onDateLine.title;
  }
  // "Số: 13/2020/NQ-HĐND ⏎ Sóc Trăng, ngày 22 tháng 12 năm 2020 ⏎ BÃI BỎ KHOẢN 1 ĐIỀU 1 NGHỊ QUYẾT SỐ
  // … ⏎ HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG": a page that dropped the kind line ("NGHỊ QUYẾT") keeps the
  // title in capitals under the place and date, above the enacting body; the number's code tells the kind.
  const untitled = kindLine || (opening && read) || subject || onDateLine || !n ? null : titleUnderDateLine(head, n, headingEnd);
  if (untitled && n) {
    kind = untitled.kind;
    kindLineStart = titleStart = untitled.start;
    bodyStart = Math.min(untitled.end, text.length);
    title = untitled.lines.join(" ");
  }
  // "Số: 23/2025/NQ-HĐND ⏎ QUY ĐỊNH MỨC CHI CỤ THỂ CHO …": a page that dropped the kind line ("NGHỊ
  // QUYẾT") leaves the title, whose verb is a kind word. A kind word that opens a line going on with
  // the title, where the own number's type code names another kind, is the title's first word: the
  // code tells the kind. (A kind word alone on its line stands, whatever the number says.)
  if (kindLine && n && kind !== null && title !== null && opensTitle(head, kindLine)) {
    const coded = kindByStateCode(symbolPartsOf(n[3])[0])?.slug;
    if (coded && coded !== kind) {
      kind = coded;
      title = `${kindLine[1]} ${title}`;
      titleStart = kindLineStart ?? titleStart;
    }
  }
  // Beside a "Số:" line, a Party number counts only above it (see below): it is looked for there
  // alone, not in the whole head (most documents have none, and the search read 3,000 characters
  // for nothing). The same match is found: a Party number that starts above the "Số:" line ends
  // before that line's break, since its own blanks run only into ":", a digit or more blanks, and
  // the line after the break opens with "[ \t*]*" and "Số" or a kind word.
  // Its line holds "Số" as written, as ISSUER_NUMBER_LINE's does.
  let party = execWhereHeld(PARTY_NUMBER_LINE(), n ? head.slice(0, n.index) : head, "Số");
  // "Số: 227 NQ/UBTVQH9", a space for the dash: only before a type code vncite knows.
  if (party && party[3] !== undefined && !isTypeCode(canonicalCode(party[3]))) party = null;
  // No kind line and no "Số:" line (a kind line an OCR broke, "K ÉT LUẬN"): the lines above the
  // Party number name the issuer ("TỈNH ỦY THỪA THIÊN HUẾ ⏎ ĐẢNG CỘNG SẢN VIỆT NAM ⏎ Số 445-KL/TƯ").
  if (!kindLine && !n && party && party.index <= ISSUER_REACH) pushIssuerLines(head.slice(0, party.index), issuerLines);
  if (!n && !party) {
    // Neither a "Số:" line of its own nor a Party number: the number on the issuer's line, or in the heading.
    let flat = execWhereHeld(ISSUER_NUMBER_LINE(), head.slice(0, kindLine ? kindLine.index : ISSUER_REACH), "Số");
    if (flat && isCopyNumber(head, flat, flat[3])) flat = null;
    const kindWordEnd = kindLine ? kindLine.index + kindLine[0].indexOf(kindLine[1]) + kindLine[1].length : gazetteLine ? subjectAt : -1;
    let heading = flat || kindWordEnd < 0 ? null : HEADING_NUMBER.exec(head.slice(kindWordEnd, kindWordEnd + 160));
    const issuer = heading?.[1]?.trimStart();
    if (heading && issuer !== undefined && (KIND_WORD_IN().test(issuer) || !opensHeadingIssuer(issuer))) heading = null;
    // The heading's pattern has the issuer's words first: its number, year and ký hiệu come one group later.
    // In the Party's shape, a space for the dash only before a type code vncite knows (as for a Party number's line).
    if (heading && heading[7] !== undefined && !isTypeCode(canonicalCode(heading[7]))) heading = null;
    const read = flat
      ? { number: flat[1], year: flat[2], symbol: flat[3], start: flat.index + flat[0].lastIndexOf("Số"), end: flat.index + flat[0].length }
      : heading
        ? { number: heading[2], year: heading[3], symbol: heading[4] === undefined ? heading[4] : withoutSetOffWord(heading[4], head.charAt(kindWordEnd + heading[0].length)), start: kindLineStart ?? kindWordEnd, end: kindWordEnd + heading[0].length }
        : null;
    const old = read || heading ? null : oldNumberLine(head, kindLine);
    const older = read || heading || old ? null : olderJointNumberLine(head, kindLine);
    if (old) {
      const start = old.index + old[0].indexOf("Số");
      numberLine = { number: old[1], year: null, symbolParts: [old[2]], written: "slash-first", start, end: old.index + old[0].length, unreadable: false };
    } else if (older) {
      // Its parts in written order, as the grammar reads the citation on the line (identify/older-order.ts).
      numberLine = { number: older.number, year: null, symbolParts: older.symbolParts, written: "slash-first", start: older.start, end: older.end, unreadable: false };
    } else if (heading && heading[5] !== undefined) {
      numberLine = { number: heading[5], year: null, symbolParts: [heading[6] ?? heading[7], heading[8]], written: "dash-first", start: kindLineStart ?? kindWordEnd, end: kindWordEnd + heading[0].length, unreadable: false };
    } else if (read && read.number) {
      numberLine = { number: read.number, year: read.year ? Number(read.year) : null, symbolParts: symbolPartsOf(read.symbol), written: "slash-first", start: read.start, end: read.end, unreadable: false };
    }
  }
  if (party && (!n || party.index < n.index)) {
    numberLine = { number: party[1], year: null, symbolParts: [party[2] ?? party[3], party[4]], written: "dash-first", start: party.index + party[0].indexOf("Số"), end: party.index + party[0].length, unreadable: false };
  } else if (n) {
    const start = n.index + n[0].search(/[^\s*\-–—_=|]/);
    numberLine = {
      number: n[1] || null,
      year: n[2] ? Number(n[2]) : null,
      symbolParts: withSpacedLetters(withWrappedCodes(symbolPartsOf(n[3]), head, n.index + n[0].length), head, n.index + n[0].length),
      written: "slash-first",
      start,
      end: n.index + n[0].length,
      unreadable: n[1] === undefined,
    };
    // Group 1 takes no part where a scan printed a glyph for a digit ("Số: #205 /TCT-DNNCN": UNREADABLE_NUMBER).
    if (n[1] === undefined) warnings.push({ code: "unreadable-number", message: "the document's own number is unreadable (a scan printed a glyph for a digit)", start, end: numberLine.end });
    else if (!n[1]) warnings.push({ code: "blank-number", message: "the document's own number is blank (a draft?)", start, end: numberLine.end });
  }

  // A reprint without its heading prints the own number in brackets under the kind line and title
  // (BRACKETED_NUMBER_LINE): read there where no number line is.
  if (numberLine === null && kindLine && kind !== null && title !== null && !subject) {
    const b = BRACKETED_NUMBER_LINE.exec(head.slice(bodyStart, bodyStart + BRACKETED_NUMBER_REACH));
    if (b !== null && (b[1] === undefined || KIND_BY_WORD.get(b[1].toLowerCase().replace(/\s+/g, " ")) === kind)) {
      const start = bodyStart + b[0].indexOf("(") + 1;
      numberLine = { number: b[2], year: null, symbolParts: b[3] === undefined ? [] : [b[3], b[4]], written: "dash-first", start, end: bodyStart + b[0].length, unreadable: false };
    }
  }
  // The same heading below a site's title line or a lead paragraph that the kind line was not looked for past.
  if (numberLine === null && !subject) {
    const lower = lowerBracketedHeading(head, kindLineStart ?? -1);
    if (lower !== null) ({ kind, numberLine } = lower);
  }

  // "THÔNG TƯ" over "Số: 02/2006/TTLT-BVHTT-BYT": a joint circular headed by the wider kind's word
  // (KindEntry.formOf), as texts cite it ("Thông tư số … /TTLT-…"); the number's code tells its form.
  if (kind !== null && numberLine !== null && numberLine.written === "slash-first") {
    const coded = kindByStateCode(numberLine.symbolParts[0]?.split("/")[0] ?? "");
    if (coded?.formOf === kind) kind = coded.slug;
  }

  let date: string | null = null;
  let place: string | null = null;
  // The field's label is a literal: found by a string search (most heads hold none) before the regex reads it.
  const field = d || !head.includes(ISSUED_FIELD_LABEL) ? null : ISSUED_FIELD.exec(head);
  if (field) {
    const iso = isoDate(field[1], field[2], field[3]);
    date = iso.date;
    if (iso.warning) warnings.push(iso.warning);
  }
  if (d) {
    place = clean(d[0].slice(0, d[0].lastIndexOf(",")).split("|").pop()!) || null;
    if (!d[1]) {
      warnings.push({ code: "blank-date", message: "the day of the document's own date is blank (a draft?)", start: dateFrom + d.index, end: dateFrom + d.index + d[0].length });
    } else {
      const iso = isoDate(d[1], d[2], d[3]);
      date = iso.date;
      if (iso.warning) warnings.push(iso.warning);
    }
  }
  // No heading above the kind line: the body that enacts is named on the line above the preamble
  // (or above a council's session line), under the title, in capitals or in sentence case.
  if (issuerLines.length === 0 && title !== null && kindLineStart !== undefined && !subject) {
    const enacting = enactingLine(head, kindLineStart);
    if (enacting) {
      issuerLines.push(...enacting.issuerLines);
      // A title read on over the body's line ("… ⏎ Sở văn hóa … hà nội ⏎ Căn cứ …") ends above it.
      if (enacting.start > titleStart && enacting.start < bodyStart) {
        // One loop, not map(clean).filter(): TurboFan's inlined map() gives a holey array where the builtin's
        // is packed, and the filter() compiled for the packed one threw readHeader's compiled code away
        // ("wrong map") in every process (bench/README, session 39).
        const rows = head.slice(titleStart, enacting.start).split("\n");
        const lines: string[] = [];
        for (let i = 0; i < rows.length; i++) {
          const t = clean(rows[i]);
          if (t !== "") lines.push(t);
        }
        if (lines.length > 0) {
          title = lines.join(" ");
          bodyStart = enacting.start;
        }
      }
    }
  }
  // A letter copied from its salutation on ("Kính gửi: - Các bộ, cơ quan ngang bộ …"), its heading
  // left behind on the page: a letter still, its number lost with the heading.
  if (kind === null && numberLine === null && !kindLine && LETTER_OPENING().test(head)) kind = "official-letter";
  return { kind, title, kindLineStart, titleStart, bodyStart, numberLine, date, place, issuerLines: withLocalBodySplit(issuerLines), warnings };
}
/** How far after the title the bracketed number line may start: its line break and blanks. */
const BRACKETED_NUMBER_REACH = 160;
/** A text that opens with a letter's salutation. */
const LETTER_OPENING = lazyRegExp(() => /^[\s*_#]*Kính[ \t]+gửi(?![\p{L}\p{M}])/u);
