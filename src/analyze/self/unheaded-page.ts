/**
 * The document a web page prints under no heading of its own: the one its lead says was just issued and
 * follows in full, or the one its own title line names.
 */
import type { Citation, Kind } from "../../types.js";
import { phraseSource } from "../../vocab/phrases.js";
import { KINDS, KIND_WORDS_SOURCE } from "../../vocab/kinds.js";
import { INTRODUCING_WORDS, ISSUED_WORDS, OWN_MAKING_WORDS, ISSUER_OPINION_WORDS, JUST_ISSUED_WORDS, LINKED_TEXT_WORDS, SAME_SENTENCE_FOLLOWS_WORDS, SOURCE_LINE_WORDS, WHOLE_TEXT_FOLLOWS_WORDS, WHOLE_TEXT_WORDS } from "../../vocab/cues.js";
import { KIND_OF_WORD } from "./own-kind.js";
import { namesPrintedText } from "./whole-text-named.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { WRAPPED_GAP } from "../../shared/strings.js";
import { WEEKDAY_WORDS } from "../../vocab/page-lines.js";
import { LETTER_FORM, LETTER_FORM_REACH } from "../../find/letter-form.js";
import { ADDRESSEE_WORDS } from "../../vocab/parts.js";

/**
 * The document a page prints in full under no heading of its own (JUST_ISSUED_WORDS): in the page's
 * opening, a citation right after "đã/vừa ban hành" (or a bare "ban hành" when the page introduces the
 * text: "trân trọng giới thiệu toàn văn …", INTRODUCING_WORDS) whose kind the page names again when it
 * says the text follows ("toàn văn (nội dung) Nghị quyết", "Nội dung Chỉ thị như sau"), or right after "(đã)
 * ban hành" when the page says its text follows in so many words ("Toàn văn như sau:", or "cụ thể như
 * sau:" closing the lead's sentence: WHOLE_TEXT_FOLLOWS_WORDS, SAME_SENTENCE_FOLLOWS_WORDS). Another kind named
 * there, or no such words, leave the page unnumbered: a news item that tells of a document it does
 * not print is not that document, nor is one whose text a link offers ("Xem toàn văn Chương trình …
 * TẠI ĐÂY", LINKED_TEXT_WORDS). A citation right after "toàn văn" is the page's, verb or none
 * (namesPrintedText). `spans` are the citations' offsets in `text`; null when none.
 */
export function announcedCitation(
  text: string,
  found: readonly Citation[],
  spans: readonly { start: number; end: number }[],
  /** The header's kind line and its kind, where it has one (printedAfterLead). */
  kindLine: { start: number; kind: Kind } | null = null,
): Citation | null {
  for (let i = 0; i < found.length && spans[i].start <= ANNOUNCEMENT_REACH; i++) {
    const kind = found[i].kind;
    if (kind === null) continue;
    const before = text.slice(Math.max(0, spans[i].start - JUST_ISSUED_CHARS), spans[i].start);
    const issued = ISSUED().test(before);
    if (issued && found[i].number !== null && printedAfterLead(text, spans[i].end, kind, kindLine)) return found[i];
    if (found[i].number !== null && found[i].symbol !== null && found[i].kindText !== null && namesPrintedText(before)) return found[i];
    const after = text.slice(spans[i].end, spans[i].end + WHOLE_TEXT_REACH);
    if ((issued || opensItsLine(text, spans[i].start, found[i])) && contentClosesLead(after, found[i])) return found[i];
    if (!issued) continue;
    const m = WHOLE_TEXT_FOLLOWS().exec(after);
    if (m === null) continue;
    // "Toàn văn như sau:" names no kind: the whole text follows, whatever it is.
    if (m[3] !== undefined) return found[i];
    if (m[4] !== undefined) {
      if (!SENTENCE_END.test(after.slice(0, m.index))) return found[i];
      continue;
    }
    const issuedJustNow = JUST_ISSUED().test(before) || INTRODUCED().test(after.slice(0, m.index));
    if (issuedJustNow && KIND_OF_WORD.get((m[1] ?? m[2]).toLowerCase().replace(/\s+/g, " ")) === kind) return found[i];
  }
  return null;
}
/**
 * A lead that names the document as issued ("Ngày 26/10/2022, HĐND tỉnh Thừa Thiên Huế có ban hành Nghị quyết số
 * 19/2022/NQ-HĐND về việc …"), then the document itself, with no "toàn văn" said (CONVENTIONS §3: a page that prints
 * the document is the document): its heading's kind line of the lead's kind below the lead ("NGHỊ QUYẾT ⏎ Quy định mức
 * thu, …", a department's portal, fixtures/fresh/fresh57c-011; "CHƯƠNG TRÌNH ⏎ Thực hiện Chỉ thị 13-CT/TW …",
 * fresh29a-018), or its own opening, whose issuer makes a document of that kind "như sau:" (OWN_MAKING_WORDS:
 * fresh63d-013, fresh29a-018). A lead naming the decision that issued a plan the page prints ("đã ban hành Quyết định
 * số 119/QĐ-UBND về …" over "… ban hành Kế hoạch … như sau:", fresh44c-014) names another kind. The lead's verb is
 * "ban hành" (ISSUED_WORDS, the caller's): "… trong đó có Thông tư liên tịch 17/2003/…" names one of several.
 */
function printedAfterLead(text: string, end: number, kind: Kind, kindLine: { start: number; kind: Kind } | null): boolean {
  if (kindLine !== null && kindLine.kind === kind && kindLine.start >= end && kindLine.start - end <= PRINTED_REACH) return true;
  const m = OWN_OPENING().exec(text.slice(end, end + PRINTED_REACH));
  return m !== null && KIND_OF_WORD.get(m[1].toLowerCase().replace(/\s+/g, " ")) === kind;
}
/** How far after the lead's citation the document's kind line or own opening may stand: the lead's sentence or two. */
const PRINTED_REACH = 800;
/** The issuer's making verb, the kind word, the rest of the sentence on its line, "như sau:" at the line's end. */
const OWN_OPENING = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(OWN_MAKING_WORDS)})[ \t]+(${KIND_WORDS_SOURCE})(?![\p{L}\p{M}])[^\n.:;]{0,200}?[ \t,]như[ \t]+sau[ \t]*:[ \t]*(?:\r?\n|$)`,
  "iu",
));
/**
 * A lead that names a letter, as what was issued or as its own subject, closed by the next sentence
 * "Nội dung (…) như sau:" at the paragraph's end: "… đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo
 * … . Nội dung văn bản chỉ đạo như sau:" (Tuyên Quang), "Công văn số 5468/BNN-VPĐP ngày 3/7/2017 của
 * Bộ … gửi UBND các tỉnh … về việc báo cáo … . Nội dung như sau:" (a ministry's portal). Between
 * "Nội dung" and "như sau", nothing or the letter's own kind word (and a word or two of what it does,
 * "chỉ đạo"): another kind word there names another document.
 */
function contentClosesLead(after: string, cited: Citation): boolean {
  const m = CONTENT_CLOSES_LEAD().exec(after);
  if (m === null || SENTENCE_END.test(m[1])) return false;
  if (m[2] === undefined) return true;
  const word = m[2].toLowerCase().replace(/\s+/g, " ");
  return KIND_OF_WORD.get(word) === cited.kind || word === cited.kindText?.toLowerCase().replace(/\s+/g, " ");
}
/** A citation that opens its line, a numbered letter the lead is about: "Công văn số 5468/BNN-VPĐP ngày … gửi …". */
function opensItsLine(text: string, start: number, cited: Citation): boolean {
  if (cited.number === null || cited.symbol === null) return false;
  return /^[ \t]*$/.test(text.slice(text.lastIndexOf("\n", start - 1) + 1, start));
}
/** A sentence's end between the lead's citation and its "cụ thể như sau": a full stop before a blank, or a line break (a subject line's ";" lists its parts: "phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; …"). */
const SENTENCE_END = /[.!?][ \t]|\n/;
/** How far into the page its opening, and the citation it announces, may lie. */
const ANNOUNCEMENT_REACH = 800;
/** The verbs' longest form and the blanks around it (a line break and its blanks: VERB_GAP). */
const JUST_ISSUED_CHARS = 40;
/** How far after the citation the page says its text follows: the subject and a sentence or two. */
const WHOLE_TEXT_REACH = 600;
/**
 * The blanks between the verb and what it names: spaces, or one line break with its blanks, where a hard-wrapped copy
 * broke the lead's sentence ("Ban Tuyên giáo Trung ương ban hành ⏎Hướng dẫn số 55-HD/BTGTW về …", "Ngày 25/3/2020,
 * Sở Tư pháp ban hành ⏎Văn bản số 473/STP-PBGDPL về …"); a CRLF's CR read as U+2060 (prepare's textAsRead). A blank
 * line ends the lead.
 */
const VERB_GAP = `${WRAPPED_GAP}$`;
const ISSUED = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(ISSUED_WORDS)})${VERB_GAP}`, "iu"));
/** The publisher's "giới thiệu" right before the whole-text words (INTRODUCING_WORDS). */
const INTRODUCED = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(INTRODUCING_WORDS)})${VERB_GAP}`, "iu"));
const JUST_ISSUED = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(JUST_ISSUED_WORDS)})${VERB_GAP}`, "iu"));
const WHOLE_TEXT_FOLLOWS = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?<!(?:${phraseSource(LINKED_TEXT_WORDS)})[ \t]+)(?:(?:${phraseSource(WHOLE_TEXT_WORDS)})[ \t]+(${KIND_WORDS_SOURCE})|nội[ \t]+dung[ \t]+(${KIND_WORDS_SOURCE})[ \t]+như[ \t]+sau|(${phraseSource(WHOLE_TEXT_FOLLOWS_WORDS)})|(${phraseSource(SAME_SENTENCE_FOLLOWS_WORDS)}))(?![\p{L}\p{M}])`,
  "iu",
));
const CONTENT_CLOSES_LEAD = lazyRegExp(() => new RegExp(
  String.raw`^([^\n]*?)[.!?][ \t]+Nội[ \t]+dung(?:[ \t]+(${KIND_WORDS_SOURCE})(?:[ \t]+[\p{L}\p{M}]+){0,2})?[ \t]+như[ \t]+sau[ \t]*:[ \t]*(?:\r?\n|$)`,
  "iu",
));

/**
 * A legal database's page opens with its own title line, the document's kind, number and subject
 * ("Thông tư 15/2018/TT-BTNMT Ban hành định mức kinh tế - kỹ thuật …", "Thông tư 07/2020/TT-BTC quy
 * định chế độ quản lý tài chính …", "Quyết định 1589/QĐ-TTg năm 2025 về …"), above the text it
 * prints. Where that text has no heading of its own, the title line's citation is the document, when
 * the text says of itself that it is of that kind (`ownKind`: its enacting formula, its effect
 * clause). The citation must open the text, nothing but blanks before it. Null otherwise.
 */
export function titleLineCitation(text: string, found: readonly Citation[], spans: readonly { start: number }[], ownKind: () => Kind | null): Citation | null {
  if (found.length === 0 || found[0].number === null || found[0].symbol === null || found[0].kind === null) return null;
  if (!BLANK_LEAD.test(text.slice(0, spans[0].start))) return null;
  return ownKind() === found[0].kind ? found[0] : null;
}
/** What may stand before the title line's kind word: blanks, a markdown heading's marks. */
const BLANK_LEAD = /^[\s#*_]{0,8}$/u;

/**
 * A page's own title line above a document printed from its kind line ("THÔNG TƯ", "QUYẾT ĐỊNH") with no "Số:"
 * line of its own: a legal database's record, "Văn bản pháp luật: Thông tư 12/1999/TT-BTP" (vinabase.com,
 * fresh60h-003), "Văn bản pháp luật: Thông tư liên tịch 17/2003/TTLT/BLĐTBXH-TƯĐTNCSHCM" (fresh62c-003), or a
 * portal's line under its section's name, "Thông báo ⏎ Quyết định số 83-QĐ-TANDTC-TĐKT về việc …" (fresh48b-003).
 * The line's citation is the document when it is the page's first, of the kind the kind line names, and opens
 * its line (after a site's label and colon at most) among the page's first lines: a page with no heading whose
 * number stands only in the portal's line takes its self from the line (fixtures/fresh/CONVENTIONS.md §14).
 * `kindLineStart` and `kind` are the header's. Null otherwise.
 */
export function recordTitleCitation(
  text: string,
  found: readonly Citation[],
  spans: readonly { start: number }[],
  kindLineStart: number | undefined,
  kind: Kind | null,
): Citation | null {
  if (kindLineStart === undefined || kind === null || found.length === 0) return null;
  const c = found[0];
  const start = spans[0].start;
  if (start >= kindLineStart || c.number === null || c.symbol === null || c.kind !== kind) return null;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!SITE_LABEL_LEAD().test(text.slice(lineStart, start))) return null;
  return PAGE_TOP().test(text.slice(0, lineStart)) ? c : null;
}
/**
 * Before the title line's citation: nothing, or a site's label and its colon ("Văn bản pháp luật:"). Its words may be
 * parted by tabs as by spaces (a page whose blanks are tabs: the rest of the reading takes a tab for a space).
 */
const SITE_LABEL_LEAD = lazyRegExp(() => /^[ \t#*_]{0,8}(?:[\p{L}][\p{L} \t]{0,40}:[ \t]{0,4})?$/u);
/** Above the title line: at most two short lines, a section's name or the site's date ("Thông báo", "Thứ Tư, 24/4/2024"). */
const PAGE_TOP = lazyRegExp(() => /^[ \t\r\n]{0,64}(?:[^\n]{1,40}\n[ \t\r\n]{0,64}){0,2}$/u);

/**
 * A site's title line under the site's date line, over the letter the page prints with no heading of its own:
 * "Thứ Tư, 24/4/2024 ⏎ Công văn số 490-CV/BDVTW ngày 14/10/2016 về việc hướng dẫn thực hiện … ⏎ Ngày 11/10/2016, … ⏎
 * K/T TRƯỞNG BAN … (Đã ký)" (danvan.vn, fixtures/fresh/fresh62c-011), "Chủ Nhật, 14/4/2024 ⏎ Công văn số 293-CV/TW,
 * ngày 14/10/1999 của Bộ Chính trị về việc … ⏎ Kính gửi: …" (pairs62-001, -002). No kind line and no "Số:" line, and
 * the text says nothing of itself (titleLineCitation's `ownKind`): the line's citation is the letter when it opens the
 * line right under a date line that opens the page, is numbered with its ký hiệu and its kind word printed, and the
 * page goes on as the letter does, with an addressee line ("Kính gửi:") or a signature ("K/T TRƯỞNG BAN", "TL. …",
 * "(Đã ký)", "Nơi nhận") within LETTER_FORM_REACH. A news page's headline over a report has neither (CONVENTIONS §14:
 * a page with no heading whose number stands only in the site's line takes its self from the line). Null otherwise.
 */
export function datedTitleLineCitation(text: string, found: readonly Citation[], spans: readonly { start: number; end: number }[]): Citation | null {
  if (found.length === 0) return null;
  const c = found[0];
  if (c.number === null || c.symbol === null || c.kind === null || c.kindText === null) return null;
  const { start, end } = spans[0];
  if (start > DATE_LINE_REACH) return null;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!/^[ \t]{0,8}$/u.test(text.slice(lineStart, start)) || !DATE_LINE_TOP().test(text.slice(0, lineStart))) return null;
  const lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) return null;
  return LETTER_FORM().test(text.slice(lineEnd, lineEnd + LETTER_FORM_REACH)) ? c : null;
}
/**
 * A page that opens with the letter's own line, nothing above it, and the letter's addressee line right under it:
 * "Công văn số 357/PGD&ĐT V/v rà soát, lập danh sách HS … ⏎⏎ Kính gửi: Các đơn vị trường …" (a district office's post,
 * fixtures/fresh/fresh30j-007), "3107/TCHQ-GSQL ngày 21/06/2021 ⏎⏎ Kính gửi: Cục Hải quan các tỉnh, thành phố."
 * (tieptheo.com, pairs60b-005), "Công văn 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc … ⏎⏎ Kính gửi: Ban tổ chức
 * các tỉnh ủy …" (fresh62i-007). No date line above it (datedTitleLineCitation), so the line must open the page and
 * the addressee line be the very next one: the letter's heading cut down to its number. The citation is numbered,
 * with its ký hiệu or its kind word printed. Null otherwise.
 */
export function addressedTitleLineCitation(text: string, found: readonly Citation[], spans: readonly { start: number; end: number }[]): Citation | null {
  if (found.length === 0) return null;
  const c = found[0];
  if (c.number === null || c.kind === null || (c.symbol === null && c.kindText === null)) return null;
  const { start, end } = spans[0];
  if (!BLANK_LEAD.test(text.slice(0, start))) return null;
  const lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0 || lineEnd - end > ADDRESSED_LINE_REST) return null;
  return NEXT_LINE_ADDRESSEE().test(text.slice(lineEnd, lineEnd + ADDRESSEE_REACH)) ? c : null;
}
/** How much of the page's first line may follow the citation: its date, issuer and subject ("V/v …"). */
const ADDRESSED_LINE_REST = 400;
/** The blank lines between the first line and the addressee line, and the words. */
const ADDRESSEE_REACH = 80;
/** The next line that is not blank opens with the addressee words and their colon. */
const NEXT_LINE_ADDRESSEE = lazyRegExp(() => new RegExp(
  String.raw`^(?:[ \t\r\u00a0]*\n){1,6}[ \t*_]{0,8}(?:${phraseSource(ADDRESSEE_WORDS, { anyCase: true })})[ \t*_]{0,4}:`,
  "u",
));
/**
 * A portal's line naming the letter above the letter's body, whose first paragraph speaks as the letter's issuer
 * (ISSUER_OPINION_WORDS, "… Phó Thủ tướng Lê Văn Thành có ý kiến như sau:"): "Công văn số: 3150/VPCP-NN về việc dự thảo
 * Báo cáo …" under the page's headline and time (vinanet.vn, fixtures/fresh/fresh54f-010), "Về việc báo cáo tình hình ô
 * nhiễm môi trường … (3585/VP-KTN, ngày 23/10/2017)." (Lạng Sơn's portal, fresh29m-003). The mirror of sourceLineCitation
 * (CONVENTIONS §17 (a)), the line above instead of below: the page's first numbered citation, with its ký hiệu, opens
 * its line or closes it in brackets, its line says no opinion, and the next paragraph's first line ends with the
 * opinion's words and colon. A letter that answers another ("Trả lời công văn số … , Cục Thuế có ý kiến như sau:")
 * names that one in the opinion's own sentence. Null otherwise.
 */
export function headedOpinionCitation(text: string, found: readonly Citation[], spans: readonly { start: number; end: number }[]): Citation | null {
  for (let i = 0; i < found.length && spans[i].start <= HEADED_REACH; i++) {
    const c = found[i];
    if (c.number === null) continue;
    if (c.symbol === null || c.kind === null) return null;
    const { start, end } = spans[i];
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = text.indexOf("\n", end);
    if (lineEnd < 0 || start - lineStart > HEADED_LINE_CHARS || lineEnd - end > HEADED_LINE_CHARS) return null;
    const lead = text.slice(lineStart, start);
    const rest = text.slice(end, lineEnd);
    if (!/^[ \t]{0,8}$/.test(lead) && !(/\([ \t]{0,4}$/.test(lead) && /^[ \t]{0,4}\)[ \t.]{0,4}$/.test(rest))) return null;
    if (ISSUER_OPINION().test(text.slice(lineStart, lineEnd))) return null;
    return OPINION_NEXT().test(text.slice(lineEnd, lineEnd + OPINION_LINE_CHARS)) ? c : null;
  }
  return null;
}
/** How far into the page the letter's line may stand: a site's menu, headline and time above it. */
const HEADED_REACH = 600;
/** How long the line may run before and after the citation: a subject line. */
const HEADED_LINE_CHARS = 400;
/** The blank lines and the opinion's first line, as long as a sentence with a cited letter in it. */
const OPINION_LINE_CHARS = 700;
/** The next paragraph's first line, ending with the opinion's words and colon. */
const OPINION_NEXT = lazyRegExp(() => new RegExp(
  String.raw`^(?:[ \t\r\u00a0]*\n){1,4}[^\n]{0,600}?(?<![\p{L}\p{M}])(?:${phraseSource(ISSUER_OPINION_WORDS)})[ \t]*:[ \t]*(?:\r?\n|$)`,
  "iu",
));
/** The date line and the blanks around it: what may stand above the title line. */
const DATE_LINE_REACH = 160;
/** The page's first line: a day of the week and a date ("Thứ Tư, 24/4/2024"), alone on its line. */
const DATE_LINE_TOP = lazyRegExp(() => new RegExp(
  String.raw`^[ \t\r\n]{0,64}(?:${phraseSource(WEEKDAY_WORDS, { anyCase: true })}),?[ \t]{1,4}\d{1,2}\/\d{1,2}\/\d{4}[ \t]{0,8}\r?\n[ \t\r\n]{0,64}$`,
  "u",
));

/**
 * The letter a page prints under no heading of its own, named by the page's source line (SOURCE_LINE_WORDS): a line that
 * is only "(Nguồn: Từ <citation>)" or "(Theo <citation>, ngày …)", below a body that speaks as the letter's issuer does
 * (ISSUER_OPINION_WORDS: "UBND tỉnh có ý kiến như sau:"). The body is the letter's text, the line its own number
 * (fixtures/fresh/CONVENTIONS.md §17 (a)); a page that only retells the letter has no such words and is not it (§17 (b)).
 * The citation must be numbered, with a ký hiệu, and the only one on its line. `spans` are the citations' offsets in
 * `text`; null when none.
 */
export function sourceLineCitation(text: string, found: readonly Citation[], spans: readonly { start: number; end: number }[]): Citation | null {
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i];
    if (c.number === null || c.symbol === null || c.kind === null) continue;
    const { start, end } = spans[i];
    // The line's ends are looked for near the citation only (what may stand before and after it on its line is
    // bounded): searched to the line's ends, a page run onto one long line was read whole once a citation (audit61:
    // test/analyze/self/source-line.test.ts).
    const before = text.slice(Math.max(0, start - OPENING_CHARS), start);
    const lineOpens = before.lastIndexOf("\n");
    if (lineOpens < 0 && start > OPENING_CHARS) continue;
    const lineStart = start - before.length + lineOpens + 1;
    const after = text.slice(end, end + CLOSING_CHARS);
    const lineEnds = after.indexOf("\n");
    if (lineEnds < 0 && end + CLOSING_CHARS < text.length) continue;
    if (!SOURCE_LINE_OPENING().test(text.slice(lineStart, start))) continue;
    if (!SOURCE_LINE_CLOSING.test(lineEnds < 0 ? after : after.slice(0, lineEnds))) continue;
    // The opinion stands above the line, in the body the line closes (the page's last lines of chrome may follow it).
    if (!ISSUER_OPINION().test(text.slice(Math.max(0, lineStart - OPINION_REACH), lineStart))) continue;
    return c;
  }
  return null;
}
/** More than SOURCE_LINE_OPENING and SOURCE_LINE_CLOSING can match (a decomposed "Nguồn" is two units longer). */
const OPENING_CHARS = 48;
const CLOSING_CHARS = 48;
/** How far above the source line the issuer's opinion may open: a letter's few items. */
const OPINION_REACH = 4000;
/** The source line's opening: blanks, "(", its words (SOURCE_LINE_WORDS) and the kind word's blank. */
const SOURCE_LINE_OPENING = lazyRegExp(() => new RegExp(String.raw`^[ \t]{0,8}\([ \t]{0,4}(?:${phraseSource(SOURCE_LINE_WORDS)})[ \t]{1,4}$`, "iu"));
/** After the citation: its date if the citation left it ("…, ngày 23/11/2023"), then ")" closing the line. */
const SOURCE_LINE_CLOSING = /^(?:,?[ \t]{0,4}ngày[ \t]{1,4}\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?[ \t]{0,4}\)[ \t.]{0,4}$/u;
const ISSUER_OPINION = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(ISSUER_OPINION_WORDS)})[ \t]*:`, "iu"));
