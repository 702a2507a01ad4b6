/** The kind's line in capitals ("KẾ HOẠCH", "QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN …"), and the kind words every reader here uses. */
import type { Kind } from "../../types.js";
import { KINDS, KIND_LINE_QUALIFIERS, KIND_WORDS_SOURCE } from "../../vocab/kinds.js";
import { phraseSource } from "../../vocab/phrases.js";
import { LETTER, clean, isCapitals } from "./line-text.js";
import { type HeadLines, execAtLineStarts } from "../head-lines.js";

/** The kind words as a regex source: lower case (for "i" regexes) and spelled in either case. */
export const KIND_WORDS_ANY_CASE = phraseSource(KINDS.flatMap((k) => k.words), { anyCase: true });
/** The kind words as a sentence-case line writes them ("Quyết định", "Chỉ thị"): SENTENCE_KIND_LINE, CITED_KIND_LINE. */
export const KIND_WORDS_AS_WRITTEN = phraseSource(KINDS.flatMap((k) => k.words), { keepCase: true });
/** The first kind (in KINDS order) with each word, by the word in lower case. */
export const KIND_BY_WORD = new Map<string, Kind>();
for (const k of KINDS) for (const w of k.words) if (!KIND_BY_WORD.has(w.toLowerCase())) KIND_BY_WORD.set(w.toLowerCase(), k.slug);
// A consolidated text printed in the Công báo anchors its note "Văn bản này được hợp nhất từ …" on the kind
// line, the footnote's number glued to the kind word: "NGHỊ ĐỊNH1", "THÔNG TƯ1" (fixtures/fresh/fresh61c-005,
// -009; fresh30g-016). The mark is no word of the kind; unread, the line was no kind line and the title ran on
// into the consolidation note, whose list of amenders took the title's cue.
const FOOTNOTE_MARK = String.raw`(?:[0-9]{1,2}(?![0-9]))?`;
// Tried at each line's start (sticky: execAtLineStarts), where alone "^" matches.
const KIND_LINES = new RegExp(
  String.raw`^[ \t#*_]*(${KIND_WORDS_SOURCE})${FOOTNOTE_MARK}(?:[ \t]+(?:${phraseSource(KIND_LINE_QUALIFIERS)}|của[ \t][^\n]*))?[ \t*_]*$`,
  "imy",
);
/**
 * The first line holding only a kind word in capitals ("KẾ HOẠCH", "## **KẾ HOẠCH**"); else the
 * first that opens with one and goes on with the title ("KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 06/NQ-CP
 * …", "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024"): the match then ends with the kind word, and the title is
 * read from there. Older documents name the issuer on it ("QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH
 * BÌNH DƯƠNG"). Not an enacting line ("QUYẾT ĐỊNH:", or "QUYẾT ĐỊNH" with the first article under it).
 */
export function findUppercaseKindLine(head: string, limit: number, lines: HeadLines): RegExpExecArray | null {
  // Past the preamble's first line, a line in capitals is the body's ("Chương I ⏎ QUY ĐỊNH CHUNG"),
  // an annex's ("QUY ĐỊNH ⏎ về … (Ban hành kèm theo …)"), never the document's own kind.
  // Searched only up to the limit: a match opening before it ends before it too (the preamble's line
  // at `limit` opens with no word a kind goes on with, and "$" matches before its "\n" as at the
  // scope's end), and a head without a kind line in capitals was read through its 3,000 characters twice.
  const scope = limit < head.length ? head.slice(0, limit) : head;
  for (let m = execAtLineStarts(lines, KIND_LINES, scope, 0); m; m = execAtLineStarts(lines, KIND_LINES, scope, m.index + m[0].length)) {
    const first = kindOnFirstLine(m);
    if (first) return first;
    if (isCapitals(m[0]) && !ARTICLE_NEXT.test(head.slice(m.index + m[0].length, m.index + m[0].length + 40))) return m;
  }
  for (let m = execAtLineStarts(lines, KIND_OPENS_LINE, scope, 0); m; m = execAtLineStarts(lines, KIND_OPENS_LINE, scope, m.index + m[0].length)) {
    // A kind word in sentence case opens many a body's line ("Quyết định này …"): its line's rest is not cleaned.
    if (!isCapitals(m[1])) continue;
    const lineEnd = head.indexOf("\n", m.index + m[0].length);
    const rest = clean(head.slice(m.index + m[0].length, lineEnd < 0 ? head.length : lineEnd));
    if (isCapitals(rest) && LETTER().test(rest) && !/[:;]$/.test(rest)) return m;
  }
  return null;
}
/**
 * "THÔNG BÁO ⏎ Kết luận của Phó Thủ tướng … tại cuộc họp …", "THÔNG BÁO ⏎ KẾT LUẬN CỦA THỦ TƯỚNG …
 * TẠI BUỔI LÀM VIỆC …": a kind word alone on its line, and under it a title that opens with the
 * words that would make a longer kind ("Thông báo kết luận") and goes on past them. That title names
 * who concluded and where, not the issuer; read as one kind line with an issuer ("… của …"), it was
 * no title (and, in sentence case, no kind line at all). The kind line is the first line alone; a
 * kind broken over lines and ending its line ("CHƯƠNG TRÌNH ⏎ HÀNH ĐỘNG") stays one kind line.
 */
function kindOnFirstLine(m: RegExpExecArray): RegExpExecArray | null {
  const broken = m[1].search(/\r?\n/);
  if (broken <= 0) return null;
  const phraseEnd = m[0].indexOf(m[1]) + m[1].length;
  const goesOn = clean(m[0].slice(phraseEnd)) !== "";
  if (!goesOn && isCapitals(m[0])) return null;
  const word = m[1].slice(0, broken).trim();
  if (!isCapitals(word) || !KIND_BY_WORD.has(word.toLowerCase().replace(/\s+/g, " "))) return null;
  const line = m[0].slice(0, m[0].indexOf(m[1]) + broken).trimEnd();
  return Object.assign([line, word], { index: m.index, input: m.input, groups: undefined }) as RegExpExecArray;
}
/** The next line with words opens the first article: the line before it enacts, it heads nothing. */
const ARTICLE_NEXT = /^[ \t*_]*(?:\r?\n[ \t*_]*)+Điều[ \t]+1(?![0-9])/iu;
/** The kind line found is a kind word opening a line that goes on with more words (KIND_OPENS_LINE), not one alone. */
export function opensTitle(head: string, kindLine: RegExpExecArray): boolean {
  const from = kindLine.index + kindLine[0].length;
  const lineEnd = head.indexOf("\n", from);
  return LETTER().test(head.slice(from, lineEnd < 0 ? head.length : lineEnd));
}
/** A kind word opening a line, a space and more words after it on the line. */
const KIND_OPENS_LINE = new RegExp(String.raw`^[ \t#*_]*(${KIND_WORDS_SOURCE})(?=[ \t]+[^\s])`, "imy");
