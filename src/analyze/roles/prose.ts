/**
 * An article about documents, not a document: a press or research essay that tells what others
 * issued and carried out. It acts on nothing, so no "Thực hiện X, …" or "Căn cứ X, …" of its sentences is its own.
 */
import { KIND_WORDS_SOURCE } from "../../vocab/kinds.js";
import { PRINTED_OPENING_WORDS } from "../../vocab/cues.js";
import { NOT_HEADLINE_OPENERS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { ISSUING_SUBJECT, OWN_VOICE } from "./patterns.js";
import { type RoleReading, SELF } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { DOCUMENT_MARK, isChrome, pageParagraphs } from "./page-lines.js";

/**
 * Whether the text is prose about documents: no heading of its own (neither its kind nor its issuers:
 * `r.ownKind`, `r.ownIssuers`), a headline for its first line, and no mark of a document anywhere (read by
 * paragraphs, page-lines.ts: a headline or a lead that a narrow column broke into lines reads as one line). The
 * headline is an article's title in sentence case ("Thực trạng giai cấp công nhân Việt Nam hiện nay",
 * "Thực hiện dịch vụ công trực tuyến ở Hà Nội và những vấn đề đặt ra"): no kind word, subject line or
 * body part opens it (NOT_HEADLINE_OPENERS: "V/v …", "Điều 7. …", "Chương IV"), it names no numbered
 * document ("Thực hiện Công văn số 8633/UBND-VH …", a document whose header a page lost, opens so) and
 * no stop ends it. A document whose header was lost still shows itself below: a basis line ("Căn cứ
 * …"), "Điều 1.", a number line ("Số: …"), a salutation ("Kính gửi"), "Nơi nhận", a signature ("TM. …"). So does
 * one a portal prints under its headline and posting time: its first paragraph opens with the act
 * (PRINTED_OPENING_WORDS: "Thực hiện X; Y …") and the next line is its issuer speaking (issuerSpeaks: "Ủy ban nhân dân
 * tỉnh … ban hành Kế hoạch …, với các nội dung như sau:", "Ban Tuyên giáo Tỉnh ủy đề nghị …"), which an article's
 * telling ("… đã …", "… vừa ban hành …") never is; or, under a portal's short lines (a category, a date, the item's
 * title), its first paragraph closes with its issuer speaking (speaksInOpening: "Thực hiện X …; Ủy ban nhân dân huyện
 * … có ý kiến như sau:").
 */
function readsAsProse(r: RoleReading): boolean {
  if (r.ownKind !== null || r.ownIssuers !== null) return false;
  const { text } = r;
  let headline: string | null = null;
  let lines = 0;
  // The page's first line under its headline (a posting time skipped) and its number among the lines.
  let opening: string | null = null;
  let openingAt = 0;
  // Still in the page's lead: its headline, the short lines under it (a category, a date, the item's title) and the
  // first paragraph.
  let inLead = true;
  // By paragraphs (page-lines.ts): a lead that a narrow column broke into lines is the same lead.
  for (const line of pageParagraphs(text)) {
    // A site's template lines above the page (SITE_CHROME_LINES) are not its headline, nor one of its lines.
    if (headline === null && isChrome(line)) continue;
    lines++;
    if (headline === null) {
      headline = line;
      if (!isHeadline(line)) return false;
    } else if (DOCUMENT_MARK().test(line)) return false;
    if (inLead && lines > 1) {
      if (PRINTED_OPENING().test(line) && speaksInOpening(line)) return false;
      if (!leadLine(line)) inLead = false;
    }
    if (lines === 1) continue;
    if (opening === null) {
      if (!POSTED_AT.test(line)) [opening, openingAt] = [line, lines];
    } else if (lines === openingAt + 1 && PRINTED_OPENING().test(opening) && issuerSpeaks(line)) return false;
  }
  // A title and a line or two is no article: a page's stub says too little to tell.
  return lines >= MIN_LINES;
}

/**
 * In an article, a document the head cue bound for the text itself ("Thực hiện Chỉ thị số 10-CT/TW …,
 * trong những năm qua, các chi bộ … đã …", "Để thực hiện Nghị quyết số 36-NQ/TW …, …") is what others
 * carried out: a reference. So is the rule a legal-news page reports after its "Căn cứ" in the middle
 * of a paragraph ("… cấp xã của tỉnh Bắc Ninh. Căn cứ Điều 1 Nghị quyết 1658/NQ-UBTVQH15 … quy định
 * danh sách xã phường mới … như sau:", fresh54c-009): the page's "according to", no basis of its own (a
 * basis line at a line's start is a document's mark, and the text is then no article). Only the text's
 * own implements and based_on: what a cited document does to another is kept.
 */
export function proseActsOnNothing(r: RoleReading): void {
  const own: number[] = [];
  for (let i = 0; i < r.roles.length; i++) if ((r.roles[i] === "implements" || r.roles[i] === "based_on") && r.bindingOf[i]?.actor === SELF) own.push(i);
  // The text's lines are read only when it carries something out: most texts never get that far.
  if (own.length === 0 || !readsAsProse(r)) return;
  for (const i of own) r.roles[i] = "references";
}

/** A portal's posting time under the headline: "29/4/2020, 15:28 (GMT+7)", "03/03/2023 17:11". */
const POSTED_AT = /^\d{1,2}\/\d{1,2}\/\d{4},?[ \t]+\d{1,2}:\d{2}/u;
const PRINTED_OPENING = lazyRegExp(() => new RegExp(String.raw`^(?:${phraseSource(PRINTED_OPENING_WORDS, { keepCase: true })})(?![\p{L}\p{M}])`, "u"));
/** A line opening with a body's name (ISSUING_SUBJECTS, capitalised) and no "đã" or "vừa": what it tells is its own present act. */
const BODY_OPENS = lazyRegExp(() => new RegExp(String.raw`^${ISSUING_SUBJECT}(?![\p{L}\p{M}])`, "u"));
const TOLD = lazyRegExp(() => /(?<![\p{L}\p{M}])(?:đã|vừa)(?![\p{L}\p{M}])/iu);
/** A body's line in its own voice (OWN_VOICE_WORDS: "đề nghị", "… như sau"), not telling its past act. */
const issuerSpeaks = (line: string): boolean => BODY_OPENS().test(line) && OWN_VOICE().test(line) && !TOLD().test(line);
/**
 * A portal's item whose first paragraph is the document's own opening, its issuer speaking in the same sentence after
 * the cue's clause and introducing what follows: "Thực hiện Hướng dẫn số 06-HD/HU …; Ủy ban nhân dân huyện Côn Đảo có ý
 * kiến như sau:" (fixtures/fresh/fresh58e-003, under "Tin chỉ đạo điều hành ⏎ 22/04/2021" and the item's title),
 * "Thực hiện Thông báo số 31/TB-UBND … của Ủy ban nhân dân tỉnh Đồng Tháp …, Uỷ ban nhân dân huyện thông báo việc treo
 * cờ Tổ quốc như sau:" (fresh61b-002, under "Chi tiết bài viết Thông báo" and the title). A news item retells with
 * "đã", "vừa", or gives the body's act a sentence of its own ("Ngày 30/3/2020, UBND huyện … ban hành Công văn …").
 */
function speaksInOpening(line: string): boolean {
  if (!LINE_INTRODUCES.test(line)) return false;
  const cut = Math.max(line.lastIndexOf(";"), line.lastIndexOf(","));
  return cut > 0 && issuerSpeaks(line.slice(cut + 1).trim());
}
/** A short line with no stop at its end: a category, a posting date, the item's title ("null Thông báo …" as a portal prints it). */
const leadLine = (line: string): boolean => line.length <= HEADLINE_CHARS && !ENDS_WITH_STOP.test(line);
/** A line that ends by introducing what follows: its colon. */
const LINE_INTRODUCES = /:[ \t]*$/u;
/** An article's headline is never longer; a page's lead paragraph often is. */
const HEADLINE_CHARS = 200;
/** The fewest non-blank lines of an article: a headline and a few paragraphs. */
const MIN_LINES = 5;
/** A capital letter, then small letters within the first words: sentence case, not a title in capitals. */
const SENTENCE_CASE = lazyRegExp(() => /^\p{Lu}[^\n]{0,30}?\p{Ll}/u);
const HEADLINE_OPENER = lazyRegExp(() => new RegExp(String.raw`^(?:${KIND_WORDS_SOURCE}|${phraseSource(NOT_HEADLINE_OPENERS)})(?![\p{L}\p{M}\p{N}])`, "iu"));
/** A numbered document named on the line: "8633/UBND-VH", "số 12", "Số: …". */
const NUMBERED = lazyRegExp(() => /[0-9][ \t]*\/[ \t]*[\p{L}0-9]|(?<![\p{L}\p{M}])số[ \t]*:?[ \t]*[0-9]/iu);
/** A bullet, a section's number or a bracket: a list item, no headline. */
const ITEM_OPENER = /^[-–•*+#|(\[0-9]/u;
const ENDS_WITH_STOP = /[.:;,]$/u;
/** A document's mark is no headline either: "Căn cứ Điều lệ Đảng …" opens a resolution whose header was lost. */
function isHeadline(line: string): boolean {
  return (
    line.length <= HEADLINE_CHARS && SENTENCE_CASE().test(line) && !ITEM_OPENER.test(line) && !HEADLINE_OPENER().test(line) &&
    !NUMBERED().test(line) && !ENDS_WITH_STOP.test(line) && !DOCUMENT_MARK().test(line)
  );
}
