/**
 * What follows a short form's number: its year after a slash ("Nghị định 100/2019"), its year as a word
 * ("Nghị định 43 năm 2014"), or a period or amount ("kế hoạch 5 năm", "3 tháng"), which makes it no citation.
 */
import { composedWord, isDigitCode } from "../../shared/chars.js";
import { IGNORABLES } from "../../vocab/look-alikes.js";

export const WORDISH = /[\p{L}\p{N}]/u;
/**
 * "Báo cáo 6 tháng", "kế hoạch 5 năm": a period, not a number; "dự án 5 triệu ha rừng": an
 * amount. But "Nghị định 244 ngày 30/6/1990": the document's date.
 * A count of kinds after the verb "quy định" (a kind word's spelling): "Luật PPP quy định 07 loại hợp đồng gồm: …"
 * (Bộ KH&ĐT's report 118/BKHĐT-QLĐT, fresh31c-007), "Quy định 3 loại HĐLĐ: Không xác định thời hạn, …" (a public
 * repository's summary of Bộ luật Lao động 2019's changes): "loại", not "loại bỏ", "loại trừ" (a decision's number
 * and its verb, "Quyết định 12 loại bỏ …").
 */
const PERIOD_AFTER = /^\s+(?:tháng|năm|ngày|quý|tuần|giờ|kỳ|triệu|nghìn|ngàn|tỷ|tỉ|ha|km|người|hộ|%|loại(?![\p{L}\p{N}])(?!\s+(?:bỏ|trừ|khỏi|ra)(?![\p{L}\p{N}])))(?![\p{L}\p{N}])/iu;
const DATE_AFTER = /^\s+ngày\s+\d{1,2}(?:[ \t]*[/.-][ \t]*\d|[ \t]+tháng[ \t]+\d)/iu;

/**
 * The year after the slash at `slash` ("100/2019"), where the ký hiệu stops there: a space, a
 * comma or the end after it, not "/", "-" or a letter ("100/2019/NĐ-CP" is the grammar's, "12/2019a" none).
 */
export function yearAfterSlash(text: string, slash: number): { year: number; end: number } | null {
  let y = 0;
  let i = slash + 1;
  for (let n = 0; n < 4; n++, i++) {
    i = digitPastIgnorables(text, i);
    const c = text.charCodeAt(i);
    if (!isDigitCode(c)) return null;
    y = y * 10 + c - 0x30;
  }
  if (y < 1945 || y > 2099 || digitPastIgnorables(text, i) > i) return null;
  const after = text.slice(i, i + 4);
  return YEAR_ENDS.test(after) ? { year: y, end: i } : null;
}

/**
 * What prints nothing (vocab IGNORABLES, at most four, as the anchor reads them) between the parts of
 * a number: "172/20\u200b04", a page breaking the number where it may wrap.
 */
const IGNORABLE_CODES = new Set(IGNORABLES.map((c) => c.charCodeAt(0)));
const MAX_IGNORABLES = 4;
/** Past the ignorables at `i`: where they end (`i` when there are none). */
export function pastIgnorables(text: string, i: number): number {
  let k = i;
  while (k - i < MAX_IGNORABLES && IGNORABLE_CODES.has(text.charCodeAt(k))) k++;
  return k;
}
/** Past the ignorables at `i` when a digit follows them: where that digit stands; `i` otherwise. */
export function digitPastIgnorables(text: string, i: number): number {
  const k = pastIgnorables(text, i);
  return k > i && isDigitCode(text.charCodeAt(k)) ? k : i;
}

/** After a short form's year: nothing, a stop, or a space or a comma with no ký hiệu going on ("/NĐ-CP", " / NĐ", "-CP", ".UBND"). */
const YEAR_ENDS = /^(?:$|\.(?![\p{L}\p{N}])|[^\p{L}\p{N}/\-–.](?![ \t]*[/\-–]))/u;

/** "năm" as a whole word, composed, any case. */
const NAM = /^năm$/iu;
/** After the year: no range going on ("năm 2021 - 2025", "năm 2021–2025", "năm 2021 đến 2025" are periods). */
const RANGE_AFTER = /^[ \t]*(?:[-–—/]|đến(?![\p{L}\p{N}])|tới(?![\p{L}\p{N}]))/iu;

/**
 * The year written as a word right after a short form's number ("43 năm 2014"): spaces, "năm"
 * (composed or not), spaces, four digits of a year, then no letter, digit or range. Each step
 * moves forward over a bounded run: linear.
 */
export function yearInWordsAfter(text: string, end: number): { year: number; end: number } | null {
  let i = end;
  while (i < text.length && i - end < 4 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i === end) return null;
  const wordStart = i;
  while (i < text.length && i - wordStart < 8 && /[\p{L}\p{M}]/u.test(text.charAt(i))) i++;
  if (!NAM.test(composedWord(text.slice(wordStart, i)))) return null;
  const gap = i;
  while (i < text.length && i - gap < 4 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i === gap || i + 4 > text.length) return null;
  const digits = text.slice(i, i + 4);
  if (!/^(?:19|20)\d\d$/.test(digits) || WORDISH.test(text.charAt(i + 4))) return null;
  const year = Number(digits);
  if (year < 1945 || RANGE_AFTER.test(text.slice(i + 4, i + 12))) return null;
  return { year, end: i + 4 };
}

/**
 * A ký hiệu written after a space, as pre-2000 texts number a document: "Thông tư số 43 TC / QLCS ngày
 * 31/7/1996" (seg33b-010), "Quyết định số 84 QĐ/TWĐTN" (fresh29j-003), "thông tư số 64 TC/TCT đều bãi bỏ"
 * (a decree's repeal clause): capitals (a ministry's or body's code), then a slash, spaces allowed around
 * it. The number is that document's, in full, not a short form (the grammar reads "84 QĐ/TWĐTN"; "43 TC /
 * QLCS", with no code it knows, is left unread rather than named short). A hard-wrapped copy's line break stands for the
 * space ("Công văn số 9203 ⏎KH/TC ngày 29-12-1994", fresh61g-002 wrapped at 60 columns; a CRLF's CR read as U+2060).
 */
const SYMBOL_AFTER_SPACE = /^(?:[ \t]+|[ \t]*[\r\u2060]?\n[ \t]*)[A-ZĐ][A-ZĐ&]{0,9}(?:-[A-ZĐ&]{1,10})?[ \t]*\/[ \t]*[A-ZĐ]/u;
export function symbolAfterSpace(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2060) && SYMBOL_AFTER_SPACE.test(text.slice(end, end + 28));
}

/**
 * A colon after the number, as a list names its items before their titles: "1. Báo cáo 1: Báo cáo công tác
 * thực hiện phong trào thi đua …; 2. Báo cáo 2: Báo cáo các nội dung theo mẫu" (fresh40b-011, a Sở's letter
 * asking for two reports), "- Dự án 1: Quảng bá, tuyên truyền về du lịch Việt Nam. - Dự án 2: …" (fresh36c-003),
 * "- Dự án 3: Nhân rộng mô hình giảm nghèo. - Dự án 4:Hỗ trợ …" (fresh29h-005). Not a time ("12:30").
 */
const TITLE_AFTER = /^[ \t]*:(?![ \t]*\d)/u;
export function titleAfter(text: string, end: number): boolean {
  return TITLE_AFTER.test(text.slice(end, end + 6));
}

/**
 * A share after the number: "%" or "‰", right after it or past a space, its decimals before it or not ("5%", "0.5%", "1,5 %").
 * A cost-norm table's cells put a kind word before its share: "Phê duyệt, ký ban hành Thông tư ⏎ 5%", "phát hành Thông tư
 * liên tịch 0.5%" (Bộ Tư pháp's circular of 2026 on drafting costs, its annex's rows, fresh58b-013), as a budget's lines put
 * "Nghị quyết … 30%"; a document's number is never written so. The number is a quantity, no short form's (PERIOD_AFTER reads
 * "5 %" only with a space, and no decimals). At most three decimals and three spaces: a bounded look.
 */
const QUANTITY_AFTER = /^(?:[.,]\d{1,3})?\s{0,3}[%‰]/u;
export function quantityAfter(text: string, end: number): boolean {
  return QUANTITY_AFTER.test(text.slice(end, end + 8));
}

/** A period or an amount after the number, not a date: read composed, so decomposed "nga\u0300y" is "ngày" too. */
export function periodAfter(text: string, end: number): boolean {
  const raw = text.slice(end, end + 40);
  const after = composedWord(raw);
  return PERIOD_AFTER.test(after) && !DATE_AFTER.test(after);
}
