import { composedHead, composedWindowStart, isDigitCode, isWhitespaceAt } from "../shared/chars.js";
import { capitalUnit, smallUnit } from "../shared/lower-case.js";
import type { KindEntry } from "../vocab/kinds.js";
import { prepare } from "../prepare/prepare.js";
import { isLineBreak } from "../prepare/line-breaks.js";
import { KINDS, kindByAbbreviation, kindByWord, KIND_ABBREVIATIONS, KIND_WORDS_SOURCE } from "../vocab/kinds.js";
import { phraseSource } from "../vocab/phrases.js";
import { NUMBER_SUFFIX_CODES, SO_SPELLINGS_SOURCE } from "../vocab/numbers.js";
import { dropIgnorables } from "../prepare/ignorables.js";
import { itself, lastAtOrBefore } from "../shared/search.js";
import type { TakenSpans } from "./taken-spans.js";
import { formNamedBefore } from "./forms.js";
// Imported last, so the bundle places its code after the modules above (code order alone moves a
// cachegrind pass by several %: bench/README.md, session 31). Callers import it from here.
export { findAboveMentions, type AboveMention } from "./above.js";
// What follows a number and the kind word before it were this module's code, after above.ts's in the
// bundle: imported after it, they keep that place.
import { WORDISH, digitPastIgnorables, pastIgnorables, periodAfter, quantityAfter, symbolAfterSpace, titleAfter, yearAfterSlash, yearInWordsAfter } from "./short/after-number.js";
import { kindWordEndsBefore, mayEndKindWordBefore } from "./short/kind-word-before.js";

/**
 * A document named again by kind and number alone, after (or before) its full citation: "Nghị
 * định 64", "Quyết định số 2210 nêu trên". Offsets are into the text searched.
 */
export interface ShortMention {
  start: number;
  end: number;
  kind: KindEntry;
  kindEnd: number;
  numberStart: number;
  number: string;
  /** "Quyết định số 2210": "số" stands before the number. */
  withSo: boolean;
  /** "Nghị định 100/2019": the year written after the number, with no type code; null when none. */
  year: number | null;
  /**
   * "Nghị định 43 năm 2014": the year written as a word after the number. Periods are written so
   * too ("kế hoạch 5 năm 2021"), so without "số" it is a citation only where it resolves.
   */
  yearInWords: boolean;
  /**
   * "Báo cáo 1: Báo cáo công tác …": a colon after the number, as a list names its items before their
   * titles (titleAfter); without "số" it is a citation only where it resolves.
   */
  titled: boolean;
  /**
   * "KH số 1234", "QĐ số 04/2000": the kind written as its initials (INITIALS_THEN_SO). Initials and a bare number are as
   * often a works', a firm's or a list's ("CT số 5 đường Lê Lợi"): without a year it is a citation only where it resolves.
   */
  initials: boolean;
}

/** Longer numbers are amounts, codes or years run together, not documents named short. */
const MAX_DIGITS = 5;
/** The kind word, then "số" or "số:" ("sô", "só", "sé": SO_MISREAD), right before the number: read backwards over at most this many characters. */
const LOOK_BACK = 32;
const KIND_THEN_NUMBER = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${KIND_WORDS_SOURCE})\s+((?:${SO_SPELLINGS_SOURCE})\s*:?\s*)?$`, "iu");
/**
 * The kind word glued to the word before it, as a copy that lost the space writes: "hướng dẫn thực
 * hiện Nghị định 09 vàThông tư 99" (fresh52c-005); full citations are read so already ("Thực
 * hiệnQuyết định số 1489/QĐ-TTg", fresh29h-005; "Căn cứThông tư số 07/2010/TT-BKH", fresh30w-015;
 * "tạiCông văn số 663/SCT", fresh37b-009). Only a capital after a small letter (shared/lower-case.ts): the seam of two words.
 */
const GLUED_KIND_THEN_NUMBER = new RegExp(String.raw`\p{L}(${KIND_WORDS_SOURCE})\s+((?:${SO_SPELLINGS_SOURCE})\s*:?\s*)?$`, "iu");
/** "số" and its misspellings in small letters, capitals and with a capital first ("QĐ số", "QĐ SỐ", "QĐ Số"). */
const SO_ANY_CASE = SO_SPELLINGS_SOURCE.split("|").flatMap((w) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]).join("|");
/**
 * A kind's initials for its word, always with "số" after them ("ban hành theo QĐ số 04/2000 của Bộ GD&ĐT", fixtures/fresh
 * fresh52c-011): the short form of what the grammar reads in full as "Căn cứ NĐ số 21/2007/NĐ-CP" (vocab/kinds.ts
 * KIND_ABBREVIATIONS; "NĐ số 97/2007/NĐ-CP", "TT số 45/2005/TT-BTC", "(TT số 08/2010/TT-BTP)" in five fresh texts). Without
 * "số" ("QĐ130", "NQ 26", "CT 135") initials and a number are a name or a code the text gives, never a short form (fresh57g's
 * README, revised by the lead in session 57). The initials as the type codes write them, in capitals: with no ký hiệu to
 * confirm them, small letters ("ct số 5", "tt số 2", "tb số 3") are as often another word's (công ty, thứ tự, trạm bơm).
 */
const INITIALS_THEN_SO = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${KIND_ABBREVIATIONS.join("|")})\s+((?:${SO_ANY_CASE})\s*:?\s*)$`, "u");
/** The kind a short mention's words name: a kind word, or a kind's initials before "số". */
function kindNamed(written: string): KindEntry | null {
  const byWord = kindByWord(written);
  if (byWord !== null) return byWord;
  const slug = kindByAbbreviation(written);
  return slug === null ? null : (KINDS.find((k) => k.slug === slug) ?? null);
}
function gluedKindThenNumber(before: string): RegExpExecArray | null {
  const k = GLUED_KIND_THEN_NUMBER.exec(before);
  if (!k) return null;
  const seam = k.index + k[0].indexOf(k[1]);
  return smallUnit(before.charCodeAt(seam - 1)) && capitalUnit(before.charCodeAt(seam)) ? k : null;
}
/**
 * After the number: a ký hiệu or a date ("64/2018/NĐ-CP", "12/3", "2021-2025") makes it
 * something else; the full citations are the grammar's.
 */
const NOT_SHORT_AFTER = /^\s*(?:[/\-–]|\.[ \t]*\d)/u;
/**
 * A ruled line is no ký hiệu: three dashes or more under a line, as a document's heading rules its issuer's and its
 * motto's lines ("ỦY BAN NHÂN DÂN ⏎QUẬN 5 ⏎-------", fixtures/fresh/fresh30d-019, fresh54d-013) and a page stored as
 * markdown underlines its headings ("1. Doanh nghiệp áp dụng chế độ kế toán theo Thông tư 200 hay Thông tư 133 ⏎-----…",
 * an accounting firm's answers, fresh64c-001; "4. Quy định về mức lương tối thiểu vùng 2019 ⏎-----…", fresh64c-005;
 * fresh39a-003, fresh47e-015). Asked only where NOT_SHORT_AFTER found a dash.
 */
const RULED_LINE = /^\s*[\-–]{3}/u;
/** Whether what follows a number (from `at`) makes it no short form: NOT_SHORT_AFTER, unless its dash opens a ruled line. */
const notShortAfter = (text: string, at: number): boolean => NOT_SHORT_AFTER.test(text.slice(at, at + 3)) && !RULED_LINE.test(text.slice(at, at + 6));
/**
 * A register numbers its documents from 01 each year (Nghị định 30/2020/NĐ-CP on văn thư): "số 0" or "số 00" is no
 * document's number; it is a number broken by a stray space ("Quyết định số 0 1/QĐ-VKSTC-V9", fresh48b-001).
 */
const ZEROS_ONLY = /^0+$/;

/**
 * A page's number printed on a line of its own, under a page that ends in a kind word, with a blank line between: "Lời
 * báo cáo ⏎⏎ 2 ⏎⏎ UBND TỈNH LONG AN" (a clerk's note over an OCR'd decision, fresh49a-019), "… đối với hành vi vi phạm
 * quy định ⏎⏎ ⏎ 22 ⏎ CÔNG BÁO/Số 751 + 752/…" (a gazette page's end, fresh47a-005). A kind word without "số" then a
 * number alone on its line after a blank line is no short form; with "số", or words after the number on its line ("Nghị
 * định số ⏎⏎ 64 nêu trên"), a PDF's blank lines broke a citation and it is read.
 */
const BLANK_LINE = /\n[ \t\r\u00a0]*\n/;
const REST_OF_LINE_BLANK = /^[ \t\r\u00a0]*(?:\n|$)/;

/**
 * Every short mention outside `taken` (the spans of full citations). `numbers`: where the numbers
 * of the text start (the find stage's scan, findLandmarks).
 */
export function findShortMentions(text: string, taken: TakenSpans, numbers: readonly number[]): ShortMention[] {
  const out: ShortMention[] = [];
  const { starts, ends } = taken;
  let t = 0;
  for (const numberStart of numbers) {
    // Most numbers follow no word a kind word ends with ("ngày 23", "năm 2018"): one look at the
    // letter before them, before anything else (kindWordEndsBefore asks it again).
    if (!mayEndKindWordBefore(text, numberStart)) continue;
    // The numbers of full citations first: a pointer that only moves forward.
    while (t < starts.length && ends[t] <= numberStart) t++;
    if (t < starts.length && starts[t] <= numberStart) continue;
    // Most other numbers are dates and amounts: the word before them says so, cheaply.
    if (!kindWordEndsBefore(text, numberStart)) continue;
    // A number read already as listed after the mention before ("Chỉ thị 15 và 16").
    if (out.length > 0 && out[out.length - 1].end > numberStart) continue;
    // What prints nothing between two digits (a page breaking a long number) is read past, as the find stage reads it.
    let end = numberStart;
    let digits = 0;
    while (end < text.length && digits <= MAX_DIGITS) {
      if (isDigitCode(text.charCodeAt(end))) {
        end++;
        digits++;
      } else if (digitPastIgnorables(text, end) > end) end = digitPastIgnorables(text, end);
      else break;
    }
    if (digits > MAX_DIGITS) continue;
    // "Nghị quyết 30a": the letter some numbers carry (NUMBER_SUFFIX), where no word goes on after it.
    if (NUMBER_SUFFIX_CODES[text.charCodeAt(end)] === 1 && !WORDISH.test(text.charAt(end + 1))) end++;
    // "Nghị quyết 66.7": a number in two parts (NUMBER_PART), not a date's ("12.3.2020") nor an amount's ("1.500").
    else if (text.charCodeAt(end) === 0x2e && secondPartEnd(text, end) > end) end = secondPartEnd(text, end);
    // "Quyết định 30ab", "Kế hoạch 5G": letters run on, no number.
    else if (WORDISH.test(text.charAt(end))) continue;
    // "Thông tư 5%", "Thông tư liên tịch 0.5%": a share (quantityAfter), not a document's number.
    if (quantityAfter(text, end)) continue;
    const number = digits === end - numberStart ? text.slice(numberStart, end) : dropIgnorables(text.slice(numberStart, end));
    if (ZEROS_ONLY.test(number)) continue;
    // "Nghị định 100/2019", "Thông tư 91/2024 của Bộ Tài chính": the number and its year, the ký hiệu left out.
    const slash = pastIgnorables(text, end);
    const written = text.charCodeAt(slash) === 0x2f ? yearAfterSlash(text, slash) : spacedSlashThenDigit(text, slash) ? yearAfterSlash(text, slash + 2) : null;
    const year = written === null ? null : written.year;
    // "Kế hoạch 2021/2022": a school or crop year, not a number.
    if (year !== null && Number(number) + 1 === year) continue;
    if (written !== null) end = written.end;
    if (t < starts.length && starts[t] <= end) continue;
    // Past what prints nothing: "Nghị định số 57\u200c/2…" goes on with its ký hiệu all the same.
    const next = pastIgnorables(text, end);
    if (notShortAfter(text, next)) continue;
    // "… tại Tờ trình số 31" as the last characters of a text of several lines: the page's end cut the number before
    // its ký hiệu, as the search corpus stores a page's opening (fresh30m-030, fresh30x-017; "… và thay thế Quyết định
    // số 73", fresh30w-002). A phrase on one line ("Chương trình số 135") is the caller's mention, read as it is.
    if (cutByTextEnd(text, next)) continue;
    // "Thông tư số 43 TC / QLCS": its ký hiệu after a space, a full citation's number.
    if (year === null && symbolAfterSpace(text, next)) continue;
    if (listItemAt(text, numberStart, end)) continue;
    // "Nghị định 43 năm 2014 của Chính phủ", as answers to readers and news write a decree: the year, not a period.
    const worded = year === null ? yearInWordsAfter(text, end) : null;
    if (worded === null && periodAfter(text, end)) continue;
    // Read composed and repaired (NFD, look-alikes), as the grammar reads; offsets mapped back.
    // LOOK_BACK letters, a decomposed copy's marks not counted: "Chương trình hành động số " is 26 composed, 33 decomposed.
    const from = composedWindowStart(text, numberStart, LOOK_BACK);
    const { text: before, map } = prepare(text.slice(from, numberStart));
    const byWord = KIND_THEN_NUMBER.exec(before) ?? gluedKindThenNumber(before);
    const k = byWord ?? INITIALS_THEN_SO.exec(before);
    if (!k) continue;
    const kind = kindNamed(k[1]);
    if (!kind || kind.slug === "document") continue;
    const at = k.index + k[0].indexOf(k[1]);
    const start = from + map.toOriginal(at, "start");
    // Its kind word inside a citation found already ("Pháp lệnh Phí và lệ phí Nghị định số 61"): that one's words.
    if (t > 0 && ends[t - 1] > start) continue;
    // "… tại điểm 6.c Điều | mẫu quyết định số 02: đề nghị tham khảo …" (Tổng cục Thuế on Nghị định
    // 118/2021/NĐ-CP's forms, pairs44-007), "mẫu biên bản số 01, mẫu quyết định số 02" (a note on the same
    // decree's forms): a form of that kind, numbered among the forms a decree issues, not a document.
    if (formNamedBefore(text, start)) continue;
    if (k[2] === undefined && BLANK_LINE.test(text.slice(start, numberStart)) && REST_OF_LINE_BLANK.test(text.slice(end, end + 8))) continue;
    out.push({
      start,
      end: worded === null ? end : worded.end,
      kind,
      kindEnd: from + map.toOriginal(at + k[1].length, "end"),
      numberStart,
      number,
      withSo: k[2] !== undefined,
      year: worded === null ? year : worded.year,
      yearInWords: worded !== null,
      titled: year === null && worded === null && titleAfter(text, end),
      initials: byWord === null,
    });
    if (year === null && worded === null) listedAfter(text, out, taken);
  }
  return out;
}

/**
 * Where the part after the dot of a number in two parts ends ("66.7", "66.25": one or two digits,
 * then no letter, digit or dot and digit); `dot` when there is none.
 */
function secondPartEnd(text: string, dot: number): number {
  let k = dot + 1;
  while (k < text.length && k - dot <= 2 && isDigitCode(text.charCodeAt(k))) k++;
  if (k === dot + 1 || isDigitCode(text.charCodeAt(k)) || WORDISH.test(text.charAt(k))) return dot;
  return text.charCodeAt(k) === 0x2e && isDigitCode(text.charCodeAt(k + 1)) ? dot : k;
}

/** At most this many characters between a listed number and the one before it: ", ", " và ", ", hoặc ". */
const MEMBER_GAP = 9;
/** "và", "hoặc", composed or decomposed (NFD: the offsets are the caller's, so the words are matched as written). */
const AND_OR = ["và", "hoặc"].flatMap((w) => [w, w.normalize("NFD")]).join("|");
const MEMBER_JOIN = new RegExp(`^(?:[ \\t]*,[ \\t]*(?:(?:${AND_OR})[ \\t]+)?|[ \\t]+(?:${AND_OR})[ \\t]+)(?=\\d)`, "u");
/** After a listed number: the list goes on or ends ("15, 16 và 19 của Thủ tướng"); "15, 3 đơn vị" is no list. */
const MEMBER_END = /^[ \t]*(?:$|[\r\n,;.):]|(?:và|hoặc|của|về|nêu|đã|ngày)(?![\p{L}\p{N}]))/u;

/**
 * "Chỉ thị 15, 16 và 19", "Các Chỉ thị 15,16,19": numbers listed right after a short mention, the
 * kind word written once, are short mentions of that kind (their span the number, as a full
 * citation's in a list). Read from the mention just pushed onto `out`, each pushed after it.
 */
function listedAfter(text: string, out: ShortMention[], taken: TakenSpans): void {
  const head = out[out.length - 1];
  for (let prev = head; ; ) {
    const gap = MEMBER_JOIN.exec(text.slice(prev.end, prev.end + MEMBER_GAP + 1));
    if (gap === null) return;
    const numberStart = prev.end + gap[0].length;
    let end = numberStart;
    while (end < text.length && end - numberStart <= MAX_DIGITS && isDigitCode(text.charCodeAt(end))) end++;
    if (end === numberStart || end - numberStart > MAX_DIGITS || WORDISH.test(text.charAt(end))) return;
    // "Quyết định 15, 2021": a year, not a number listed.
    if (end - numberStart === 4 && /^(?:19|20)/.test(text.slice(numberStart, numberStart + 2))) return;
    const k = lastAtOrBefore(taken.starts, end - 1, itself);
    if (k >= 0 && taken.ends[k] > numberStart) return;
    // Eight letters, composed: "của", "ngày" as the words below are written.
    const after = composedHead(text.slice(end, end + 24), 8);
    if (!MEMBER_END.test(after) || (NOT_SHORT_AFTER.test(after) && !RULED_LINE.test(after)) || periodAfter(text, end) || quantityAfter(text, end)) return;
    prev = { start: numberStart, end, kind: head.kind, kindEnd: numberStart, numberStart, number: text.slice(numberStart, end), withSo: head.withSo, year: null, yearInWords: false, titled: false, initials: head.initials };
    out.push(prev);
  }
}

/**
 * "Nghị định 43 / 2006 của Chính phủ": the slash before the year spaced, one space each side, as a word segmenter writes
 * every number's slash (the development corpus: "Nghị định số 197 / 2004 / NĐ-CP", dev-003; "Quyết định số 114/2004 /
 * QĐ-UB", dev-031; fixtures/fresh/LAYOUT-s65.md). The full citations are read over it already (find/words.ts
 * spacedSlashAt); a short form's number and year ("Nghị định 43/2006", fresh52c-011; "Nghị định số 46/2016",
 * fresh58c-002; "Thông tư 17/2024", fresh41b-013) are read the same, and where the ký hiệu goes on after the year (" /
 * NĐ-CP") yearAfterSlash finds none. `at`: right after the number's last digit; a digit must follow the spaces.
 */
function spacedSlashThenDigit(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x20 && text.charCodeAt(at + 1) === 0x2f && text.charCodeAt(at + 2) === 0x20 && isDigitCode(text.charCodeAt(at + 3));
}

/** Whether nothing but whitespace follows `at` to the end of a text that holds a line break before it. */
function cutByTextEnd(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) if (!isWhitespaceAt(text, i)) return false;
  return text.lastIndexOf("\n", at - 1) >= 0;
}

/**
 * "… theo Quyết định ⏎1. Phạm vi": a number that opens its line with a stop after it numbers a
 * list item; a short form broken across lines ("Quyết định số ⏎1605 của …") has none.
 */
function listItemAt(text: string, numberStart: number, end: number): boolean {
  let i = numberStart;
  while (i > 0 && isWhitespaceAt(text, i - 1) && !isLineBreak(text.charCodeAt(i - 1))) i--;
  if (i === 0 || !isLineBreak(text.charCodeAt(i - 1))) return false;
  return LIST_STOP_AFTER.test(text.slice(end, end + 4));
}

const LIST_STOP_AFTER = /^[ \t\u00a0]*[.)]/;
