/**
 * Titles a heading gives without a kind line: a công văn's subject line ("V/v …") under its number,
 * and a title in capitals left under the place and date line by a page that dropped the kind line.
 */
import type { Kind } from "../../types.js";
import { kindByStateCode } from "../../vocab/kinds.js";
import { dateLineIn } from "./date-line.js";
import { opensWithIssuerPhrase } from "./issuer-lines.js";
import { HEADER_MOTTO, LETTER, PREAMBLE_LINE, SESSION_ANY_CASE, clean, isCapitals, nextLines, opensPreamble } from "./line-text.js";
import { symbolPartsOf } from "./number-line.js";
import { TITLE_STOP, readTitleLines } from "./title.js";

/**
 * The title a page printed without its kind line: the lines in capitals right under the place and
 * date line that follows the own number (on the number's line or within DATE_AFTER_NUMBER_LINES
 * lines of it), read as a title is, when the line after them names the enacting body, its session,
 * or opens the preamble ("… ⏎ HỘI ĐỒNG NHÂN DÂN TỈNH X ⏎ KHÓA IX, KỲ HỌP THỨ 22 ⏎ Căn cứ …"), and the
 * number's type code names a kind. Null otherwise: a page that dropped the title too, or a line under
 * the date that names the body itself ("HỘI ĐỒNG NHÂN DÂN TỈNH KIÊN GIANG"), reads no title.
 */
export function titleUnderDateLine(head: string, n: RegExpExecArray, limit: number): { kind: Kind; lines: string[]; start: number; end: number } | null {
  const kind = kindByStateCode(symbolPartsOf(n[3])[0] ?? "")?.slug;
  if (!kind || limit <= n.index) return null;
  const d = dateLineIn(head.slice(n.index, limit));
  if (!d) return null;
  const dateAt = n.index + d.index;
  const numberEnd = n.index + n[0].length;
  if (dateAt > numberEnd && head.slice(numberEnd, dateAt).split("\n").length > DATE_AFTER_NUMBER_LINES + 1) return null;
  const dateEnd = head.indexOf("\n", dateAt + d[0].length);
  if (dateEnd < 0) return null;
  // Past blank lines, bars and rules: the first line with letters.
  let at = dateEnd + 1;
  let lineEnd = at;
  for (; at < limit; at = lineEnd + 1) {
    const nl = head.indexOf("\n", at);
    lineEnd = nl < 0 || nl > limit ? limit : nl;
    if (LETTER().test(head.slice(at, lineEnd))) break;
  }
  if (at >= limit) return null;
  const first = clean(head.slice(at, lineEnd));
  if (!first || !isCapitals(first) || opensWithIssuerPhrase(first) || HEADER_MOTTO.test(first) || SESSION_ANY_CASE().test(first) || opensPreamble(head, at)) return null;
  const read = readTitleLines(head, at, false);
  if (!read || !read.lines.every(isCapitals)) return null;
  const next = nextLines(head, read.end, 1)[0];
  if (!next || !(opensWithIssuerPhrase(next.text) || SESSION_ANY_CASE().test(next.text) || PREAMBLE_LINE.test(next.text))) return null;
  return { kind, lines: read.lines, start: read.start, end: read.end };
}
/** The place and date line stands on the number's line or within this many lines under it. */
const DATE_AFTER_NUMBER_LINES = 2;

/**
 * A công văn's subject line, "V/v …" (or "Về việc …"), within a few lines after its number, and the
 * lines it wraps onto in the header's narrow column; its words without the marker. It ends at a
 * blank line, a line in capitals (the national motto of a table laid out row by row), the place and
 * date line, "Kính gửi", or a line opening with a cue.
 */
export function readSubjectLine(head: string, from: number): { lines: string[]; start: number; end: number } | null {
  const window = head.slice(from, from + SUBJECT_REACH);
  const m = SUBJECT_LINE.exec(window);
  if (!m || /\n[ \t*_]*Kính[ \t]+gửi/iu.test(window.slice(0, m.index))) return null;
  const start = from + m.index + (m[0].startsWith("\n") ? 1 : 0);
  const lines: string[] = [];
  let end = start;
  for (let pos = start; lines.length < SUBJECT_LINES; ) {
    const nl = head.indexOf("\n", pos);
    const line = head.slice(pos, nl < 0 ? head.length : nl);
    const t = clean(line);
    const first = lines.length === 0;
    if (!t) break;
    if (!first && (isCapitals(t) || SUBJECT_STOP.test(t) || TITLE_STOP().test(t))) break;
    lines.push(first ? t.replace(SUBJECT_MARKER, "") : t);
    end = nl < 0 ? head.length : nl + 1;
    if (nl < 0) break;
    pos = nl + 1;
  }
  return lines[0] ? { lines, start, end } : null;
}
/**
 * A công văn's subject line under its national motto where no number line was read: a scan's OCR left the own
 * number unreadable ("Số: ups /TCT-PC", Tổng cục Thuế's 2022 letter, fixtures/fresh/pairs44-007; "Số: 3 70 /TCHQ-TXNK",
 * Tổng cục Hải quan's, fresh36b-014; "Số: 443? /BTC-TCT", Bộ Tài chính's, fresh45c-010), and the letter's "V/v thực hiện
 * Nghị định số …" was read as a sentence of its body (somebody's task). The motto within the header's first lines
 * (MOTTO_REACH) and the subject line after it, before "Kính gửi" and the preamble, as under a number.
 */
export function subjectUnderMotto(head: string, limit: number): { lines: string[]; start: number; end: number } | null {
  const motto = HEADER_MOTTO.exec(head.slice(0, Math.min(limit, MOTTO_REACH)));
  if (!motto) return null;
  const subject = readSubjectLine(head, motto.index + motto[0].length);
  return subject && subject.start < limit ? subject : null;
}
/** The national motto of a letter's heading stands within this many characters of the text's start (a repository's front matter and a signature's stamp lines above it). */
const MOTTO_REACH = 800;
/** How far after the number line the subject line is looked for, and how many lines it may take. */
const SUBJECT_REACH = 600;
const SUBJECT_LINES = 4;
const SUBJECT_LINE = /(?:^|\n)[ \t*_]*(?:V[ \t]*\/[ \t]*v|Về[ \t]+việc)[ \t]*[:.]?[ \t]+\S/u;
const SUBJECT_MARKER = /^(?:V\s*\/\s*v|Về\s+việc)\s*[:.]?\s*/u;
/** The place and date line ("Châu Thành, ngày 15 tháng 8 năm 2022"), "Kính gửi". */
const SUBJECT_STOP = /^(?:[^,]{2,40},\s*ngày\s|Kính\s+gửi)/iu;
