/**
 * A first line in sentence case that names the document, as a database or a web page prints it with
 * no heading above ("Quyết định về …", "Chỉ thị số 05/CT-UBND ngày … về …"), and the subject after it.
 */
import { KINDS } from "../../vocab/kinds.js";
import { ISSUER_LINE_HEADS, ISSUER_SUBJECTS, NOT_A_SUBJECT_WORDS } from "../../vocab/parts.js";
import { LETTER as LATIN_LETTERS, MARKS } from "../../find/patterns.js";
import { phraseSource } from "../../vocab/phrases.js";
import { ISSUER_TITLES } from "../../vocab/issuers.js";
import { titleCase } from "../../shared/strings.js";
import { GAZETTE_REACH, gazetteHeadingLength } from "./gazette.js";
import { KIND_WORDS_ANY_CASE, KIND_WORDS_AS_WRITTEN } from "./kind-line.js";
import { clean, isParagraph, opensPreamble } from "./line-text.js";
import { TITLE_STOP, readTitle } from "./title.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** How a body's sentence ends that no title's wrapped line does: "… như sau:", "… năm 2003;". */
const CLAUSE_END = /[;:]$/u;

const NOT_A_SUBJECT = phraseSource(NOT_A_SUBJECT_WORDS);
/**
 * The text's first line, a kind word in sentence case and the subject ("Nghị quyết về …", "Quyết định
 * ban hành …"), not a sentence about a document ("Quyết định số …", "Kế hoạch do … ký") nor one
 * ending as a preamble's or a list's line does. A subject printed in quotation marks ("Quyết định
 * " về việc ban hành quy chế … "", as a heading "QUYẾT ĐỊNH ⏎ “VỀ VIỆC …”" is printed in sentence
 * case) opens after its quote.
 */
const SENTENCE_KIND_LINE = new RegExp(
  String.raw`^\s*(${KIND_WORDS_AS_WRITTEN})[ \t]+(?:["“”][ \t]*)?(?!(?:${NOT_A_SUBJECT})(?![${LATIN_LETTERS}${MARKS}]))(?=[${LATIN_LETTERS}][^\n]*[^\s;:][ \t]*(?:\n|$))`,
);
/**
 * A site's label printed alone above such a title: its name, the section the page stands in, or a
 * record's field name ("hieuluat", "Tư liệu", "Trích yếu"): one to three words, no digit, no
 * punctuation, not in capitals (a heading's issuer line, "QUỐC HỘI", is the document's own). A run of
 * blanks between the words, as a justified copy widens them ("Tư  liệu").
 */
const LABEL_LINE = new RegExp(String.raw`^[ \t]*[${LATIN_LETTERS}${MARKS}]{1,20}(?:[ \t]{1,8}[${LATIN_LETTERS}${MARKS}]{1,20}){0,2}[ \t]*\n`);
/**
 * SENTENCE_KIND_LINE at the text's top, or under a label line (LABEL_LINE): Nhân Dân's congress site
 * prints "Tư liệu" above a programme's title (fresh59g-001), a province's portal "Trích yếu" above a
 * programme's subject line (party32-010), hieuluat its name above a decree's (pairs58-005). The
 * match's index is in `head`.
 */
export function sentenceKindLine(head: string): RegExpExecArray | null {
  const top = SENTENCE_KIND_LINE.exec(head);
  if (top) return top;
  const label = LABEL_LINE.exec(head);
  if (!label || label[0].toUpperCase() === label[0]) return null;
  const under = SENTENCE_KIND_LINE.exec(head.slice(label[0].length));
  if (!under) return null;
  under.index += label[0].length;
  return under;
}
/**
 * "NGHỊ QUYẾT Về việc điều chỉnh …", "QUYẾT ĐỊNH V/v phê duyệt …": a portal's print view sets the
 * heading's kind word in capitals and its subject in sentence case on the text's first line. Only
 * before "Về", "V/v" (the subject's own opening): a kind word in capitals then other words opens a
 * line that may be anything.
 */
export const CAPITAL_KIND_SUBJECT_LINE = lazyRegExp(() => new RegExp(String.raw`^\s*(${KIND_WORDS_ANY_CASE})[ \t]+(?=(?:Về|V\/v)[ \t]+\p{Ll}[^\n]*[^\s;:][ \t]*(?:\n|$))`, "u"));
/**
 * A web page whose first line names the document it then gives, as a database lists it: the kind
 * word, its number and date (and issuer), then the subject ("Chỉ thị số 05/CT-UBND ngày 06/03/2019
 * của UBND tỉnh Lào Cai về việc triển khai …", "Quyết định số 14/QĐ-UB ngày 16/03/2001 Về phân
 * cấp …"), with no heading of its own above the text. SENTENCE_KIND_LINE takes no "số" after the kind
 * word (a sentence about a document: "Quyết định số … được ban hành"); here the rest must be the
 * gazette's number and date (gazetteHeadingLength), then "về" or "v/v" opening the subject, on a
 * line that ends as a title does (not with ":", ";" or a sentence's ".").
 */
export function citedTitleLine(head: string): RegExpExecArray | null {
  const m = CITED_KIND_LINE.exec(head);
  if (!m) return null;
  const at = m.index + m[0].length;
  const gazette = gazetteHeadingLength(head, at);
  if (gazette === 0) return undatedTitleLength(head, at) > 0 ? m : null;
  const lineEnd = head.indexOf("\n", at);
  const rest = head.slice(at + gazette, lineEnd < 0 ? head.length : lineEnd);
  if (!SUBJECT_AFTER_CITATION.test(rest) || /[:;.][ \t]*$/.test(rest)) return null;
  // Cleaned as each line below is (blanks folded, markup dropped): the line again, printed with a tab or two
  // spaces where the first has one, is still the line.
  return lineEnd >= 0 && printsDocumentBelow(head, clean(head.slice(m.index, lineEnd)), lineEnd) ? m : null;
}
/**
 * Whether the page prints anything of the document its first line cites, below that line: a line of
 * text (a preamble's, an article's, a paragraph). A page that gives only the line, a database's
 * fields ("- Số hiệu văn bản: …", "Loại văn bản: …"), the line again ("Tải về: <the line>") and short
 * labels of its own ("Văn bản bị sửa đổi, bổ sung (1)") tells of the document and is not it
 * (fixtures/fresh CONVENTIONS §3): caselaw.vn's attribute page of a resolution (fresh53c-005), a
 * magazine's item that is the decree's line alone (fresh59b-010).
 */
function printsDocumentBelow(head: string, line: string, from: number): boolean {
  let short = 0;
  for (let pos = from + 1; pos < head.length; ) {
    const nl = head.indexOf("\n", pos);
    const end = nl < 0 ? head.length : nl;
    const t = clean(head.slice(pos, end));
    if (t && !t.includes(line) && !DATABASE_FIELD().test(t)) {
      if (t.length > PAGE_LABEL_CHARS || opensPreamble(head, pos)) return true;
      // A text wrapped in short lines is the document's too, once its lines add up past a page's labels.
      short += t.length;
      if (short > PAGE_LABELS_CHARS) return true;
    }
    pos = end + 1;
  }
  return false;
}
/** A page's own label or a database's field is short: a line of the document's text is longer, or opens its preamble. */
const PAGE_LABEL_CHARS = 60;
/** All of a page's own short labels together (caselaw.vn's diagram lists nine, ~330 characters). */
const PAGE_LABELS_CHARS = 400;
/** "- Thời gian duy trì hiệu lực: 591 ngày …": a field's label, a colon, its value. */
const DATABASE_FIELD = lazyRegExp(() => /^[-•*]?[ \t]*[\p{Lu}][\p{L}\p{M} ,/]{1,40}:[ \t]/u);
/**
 * A web page's title over a copy that has no heading of its own: the kind word, the number, then
 * the subject in lower case ("Thông tư số 16/2018/TT-BGDĐT quy định về tài trợ …"), undated, and the
 * document's preamble ("Căn cứ …") on the next line with words. The preamble right under it makes the
 * line the document's heading, not a sentence about another document ("Quyết định số … quy định …").
 * The length of "số" and the number, or 0.
 */
export function undatedTitleLength(head: string, at: number): number {
  const m = UNDATED_TITLE_NUMBER().exec(head.slice(at, at + GAZETTE_REACH));
  const lineEnd = head.indexOf("\n", at);
  if (!m || lineEnd < 0 || lineEnd < at + m[0].length) return 0;
  let next = lineEnd;
  while (next < head.length && /\s/u.test(head[next])) next++;
  return opensPreamble(head, next) ? m[0].length : 0;
}
/** "số 16/2018/TT-BGDĐT " and a lower-case letter opening the subject (undatedTitleLength). */
const UNDATED_TITLE_NUMBER = lazyRegExp(() => /^[ \t]{0,8}số[ \t]*:?[ \t]*[0-9]{1,5}\/[^\s]{1,40}[ \t]+(?=\p{Ll})/u);
/** The rest of the line from `from` as a title (citedTitleLine's subject), or null. */
export function firstLineTitle(head: string, from: number): { lines: string[]; start: number; end: number } | null {
  const nl = head.indexOf("\n", from);
  const end = nl < 0 ? head.length : nl;
  const t = clean(head.slice(from, end));
  if (!t) return null;
  let start = from;
  while (start < end && /\s/u.test(head[start])) start++;
  return { lines: [t], start, end: nl < 0 ? head.length : nl + 1 };
}

/**
 * The text's first line opening with a kind word in sentence case, then "số" and a number. A page's
 * title may set each word's capital ("Thông Tư số 16/2018/TT-BGDĐT …"), the kind word still one.
 */
const CITED_KIND_LINE = new RegExp(String.raw`^\s*(${KIND_WORDS_AS_WRITTEN}|${phraseSource(KINDS.flatMap((k) => k.words.map(titleCase)), { keepCase: true })})[ \t]+(?=số[ \t]*:?[ \t]*[0-9])`);
/** A subject's opening after a cited number and date: "về …", "Về …", "V/v …". */
const SUBJECT_AFTER_CITATION = /^[ \t]*(?:về|v\/v)[ \t]+\S/iu;
/** A line that opens with the issuing body or its head ("Ủy ban nhân dân tỉnh …", "Bộ trưởng Bộ …", "Chủ tịch …"). */
const ISSUER_OPENS_LINE = new RegExp(String.raw`^[ \t]*(?:${phraseSource([...ISSUER_SUBJECTS, ...ISSUER_TITLES, ...ISSUER_LINE_HEADS], { keepCase: true })})(?![${LATIN_LETTERS}${MARKS}])`);
/** How far a title in sentence case, with no heading above it, may run before its issuer's line or the preamble. */
const SENTENCE_TITLE_CHARS = 800;

/**
 * The subject after a first line's kind word, in sentence case like the lines under it: it runs,
 * wrapped over any number of lines, to the issuer's line ("Ủy ban nhân dân tỉnh lâm đồng") or the
 * preamble ("Căn cứ …"); with neither near, a title's usual lines (readTitle).
 */
export function readSentenceTitle(head: string, from: number): { lines: string[]; start: number; end: number } | null {
  const lines: string[] = [];
  let start = from;
  let titleEnd = from;
  for (let pos = from; pos < head.length && pos - from <= SENTENCE_TITLE_CHARS; ) {
    const nl = head.indexOf("\n", pos);
    const line = head.slice(pos, nl < 0 ? head.length : nl);
    const t = clean(line);
    // A subject written as a paragraph is whole on its line, and a paragraph after it is the body's
    // ("… chuyển đổi số quốc gia ⏎Ngày 22/12/2024 , Bộ Chính trị đã ban hành …"), as under a kind line
    // (readTitle); so is a line that ends as a body's sentence does, with ":" or ";" ("Để thi hành
    // Bộ luật …, Tòa án nhân dân tối cao hướng dẫn như sau :").
    if (t && lines.length > 0 && (ISSUER_OPENS_LINE.test(t) || TITLE_STOP().test(t))) return { lines, start, end: pos };
    if (t && lines.length > 0 && (isParagraph(t) || isParagraph(lines[lines.length - 1]) || CLAUSE_END.test(t))) return { lines, start, end: titleEnd };
    if (t) {
      if (lines.length === 0) start = pos;
      lines.push(t);
      titleEnd = nl < 0 ? head.length : nl + 1;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return readTitle(head, from, false);
}
