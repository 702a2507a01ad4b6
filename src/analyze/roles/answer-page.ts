/**
 * A page that answers a reader's question (a newspaper's or a portal's Q&A, a law site's "hỏi đáp", an agency's
 * "trả lời bạn đọc"): the answer's "Căn cứ (theo) <units> <document> (có) quy định (như sau): …" opens the rule it
 * answers from, quoted or retold, as a reader reads "according to". The page is not a document (no heading of its
 * own: fixtures/fresh/CONVENTIONS.md §3 as the sets read Q&A pages, fresh53d-003, fresh54h-003, fresh60c-002/-006,
 * fresh60g), so nothing it cites is its basis. Seen in two sets: fresh60c-002 (Thư viện Pháp luật's "Căn cứ theo
 * điểm a khoản 1 Điều 80 Luật … 2024 có quy định như sau:" under the question's heading) and -006 ("… hỏi: … BHXH TP
 * HCM trả lời: … Căn cứ điểm 1.2 khoản 1 điều 38 Quyết định 595/QĐ-BHXH thì …"); fresh60g-001 (Cục Thuế Hải Phòng's
 * answers, "Tên người hỏi: … Trả lời: … Căn cứ Điều 4 Thông tư số 96/2015/TT-BTC …"), -002 (the Government portal's
 * "… hỏi: … BHXH tỉnh Nghệ An trả lời như sau: … Căn cứ Tiết a, Điểm 2 Công văn số 4996/BHXH-CSYT …"), -005, -007 (a
 * question's line "… như thế nào?" above "Căn cứ khoản 4 Điều 6 Nghị định 100/2019/NĐ-CP …").
 * The question may stand only as the page's title, with headings, links or a lawyer's byline between it and the answer:
 * fresh63c-002 ("# Nguyên tắc xử lý hóa đơn sai sót theo Nghị định 70/2025/NĐ-CP? …", a bold heading, "… giải đáp như
 * sau:", then "Căn cứ theo Điều 19 Nghị định 123/2020/NĐ-CP …") and -006 ("# Bỏ hệ số lương … đúng không?", four bold
 * link lines, then "Căn cứ theo Mục 5 Kết luận 83-KL/TW …"), as fresh60c-002, fresh60g-007 and fresh63e-013 are titled.
 * A letter that answers is a document and rests on what it cites ("Trả lời công văn số … của Công ty …, Cục Thuế có
 * ý kiến như sau: Căn cứ Khoản 1, Điều 6 Thông tư số 78/2014/TT-BTC …", fresh30b-020, pairs44-002): its header's
 * "Số:" line marks it even where the heading was not read, and its "trả lời" takes an object, not a colon.
 */
import { ANSWER_WORDS, QUESTION_WORDS } from "../../vocab/cues.js";
import { NUMBER_LINE_WORD } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { type RoleReading, SELF } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * The text's own based_on read from a "Căn cứ" that stands in an answer to a question (answersQuestion) become
 * references, on a page with no heading of its own (neither its kind nor its issuers) and no header number line.
 */
export function answerRestsOnNothing(r: RoleReading): void {
  if (r.ownKind !== null || r.ownIssuers !== null) return;
  let header: boolean | null = null;
  let titleEnd: number | null = null;
  let demoted: Set<number> | null = null;
  for (let i = 0; i < r.roles.length; i++) {
    const b = r.bindingOf[i];
    if (r.roles[i] !== "based_on" || b === null || b.actor !== SELF || b.passive) continue;
    header ??= NUMBER_LINE().test(r.text.slice(0, HEADER_CHARS));
    if (header) return;
    titleEnd ??= askingTitleEnd(r.text);
    if (!answersQuestion(r.text, b.end, titleEnd)) continue;
    r.roles[i] = "references";
    (demoted ??= new Set()).add(i);
  }
  if (demoted === null) return;
  // "Căn cứ khoản 4 Điều 6 Nghị định 100/2019/NĐ-CP (được sửa đổi bởi … Nghị định 123/2021/NĐ-CP) quy định như sau:"
  // (fresh60g-007): a basis's amender is read as a basis through the passive cue (reading.ts NOT_TO_AMENDER); the
  // answer quotes the rule as amended, so the amender is what the basis was, a reference.
  for (let i = 0; i < r.roles.length; i++) {
    const b = r.bindingOf[i];
    if (r.roles[i] === "based_on" && b !== null && b.passive && demoted.has(b.actor)) r.roles[i] = "references";
  }
}

/** A letter's "Số:" stands in its first lines; a page's text is not scanned further for one. */
const HEADER_CHARS = 1500;
/** How far before the cue the answer's mark and the question are looked for: a reader's question and an answer's opening. */
const FRAME_CHARS = 3000;

/**
 * Whether the cue ending at `at` stands in an answer: after an answer's mark ("… trả lời:", "… trả lời như sau:")
 * that follows a question's ("hỏi", a "?"), or on the line right after a question's line (a heading ending with "?",
 * bold marks and blanks aside: "**… có phải giữ nguyên hiện trường không?**"), or anywhere under a page's title that
 * asks (titleEnd, from askingTitleEnd).
 */
function answersQuestion(text: string, at: number, titleEnd: number): boolean {
  const from = Math.max(0, at - FRAME_CHARS);
  const before = text.slice(from, at);
  const answer = lastMatch(ANSWER_MARK(), before);
  if (answer > 0 && QUESTION_MARK().test(before.slice(0, answer))) return true;
  // The line the cue stands on, and the last line with words before it.
  const lineStart = before.lastIndexOf("\n") + 1;
  return QUESTION_LINE().test(before.slice(0, lineStart)) || (titleEnd >= 0 && titleEnd <= at);
}

/** The end of the page's first line with words where it is a question (heading and bold marks aside), else -1. */
function askingTitleEnd(text: string): number {
  const first = text.search(FIRST_LETTER());
  if (first < 0) return -1;
  let end = text.indexOf("\n", first);
  if (end < 0) end = text.length;
  let last = end;
  while (last > first && TITLE_TAIL.includes(text[last - 1]!)) last--;
  return text[last - 1] === "?" ? end : -1;
}

/** What may follow a title's "?" on its line: spaces, bold and italic marks, a carriage return. */
const TITLE_TAIL = " \t*_\r";

/** The start of the last match of a global regex in `s`, or -1. */
function lastMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) last = m.index;
  return last;
}

const NUMBER_LINE = lazyRegExp(() => new RegExp(String.raw`(?:^|\n)[ \t|]*${NUMBER_LINE_WORD}[ \t]*:`, "u"));
const ANSWER_MARK = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(ANSWER_WORDS)})[ \t]*:`, "giu"));
// Not "đòi hỏi" (to demand), a document's word.
const QUESTION_MARK = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?<!đòi[ \t])(?:${phraseSource(QUESTION_WORDS)})(?![\p{L}\p{M}])|\?`, "iu"));
/** The text before the cue's line ends with a line ending in "?" (bold marks, spaces and blank lines after it). */
/** A page's first letter: made once (a \p literal in a function is rebuilt by the bundler at every call). */
const FIRST_LETTER = lazyRegExp(() => /\p{L}/u);
const QUESTION_LINE = lazyRegExp(() => /\?[ \t*_]*(?:\r?\n[ \t]*){1,4}$/u);
