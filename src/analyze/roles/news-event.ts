/**
 * A page with no heading of its own that opens as a document would ("Thực hiện công văn số X …") and
 * then tells of an event held under X: it carries nothing out itself.
 */
import { DAY_SPAN_DASHED, DAY_SPAN_WORDS, DAY_WORD, DONE_WORD, EVENT_TIME_WORDS, PAST_SPAN_PHRASES, THIS_WORD, TOLD_CONTENT_VERBS, TOLD_CONTENT_WORDS, TOLD_WORDS_VERBS } from "../../vocab/cues.js";
import { kindByWord } from "../../vocab/kinds.js";
import { ARTICLE_WORD } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lastAtOrBefore } from "../../shared/search.js";
import type { Kind } from "../../types.js";
import type { Clause } from "../clauses.js";
import { KIND_WORDS, THIS_DOCUMENT } from "../reach.js";
import { CONTENT_FOLLOWS_SOURCE, HEAD_REACH, NAMED_BODY, speaksAsItself } from "./patterns.js";
import { type Binding, RoleReading, SELF } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * A page with no heading of its own (neither its kind nor its number: a news item, a school's post)
 * that opens as a document would ("Thực hiện công văn số X …") and then narrates what was held under
 * X, its main clause opening with the event's time of day and day (EVENT_TIME_WORDS: "…, sáng ngày
 * 09/01/2015, Quận … đã tổ chức …", "… ⏎⏎ Sáng ngày 04/10/2020, …"), tells of X; it carries nothing
 * out itself. The documents the head cue bound for it, in this clause and in the list's clauses
 * before it, are references. Whether it so narrated.
 */
export function narratesEvent(r: RoleReading, head: Binding, clause: Clause, end: number): boolean {
  if (head.actor !== SELF || head.passive || head.type !== "implements" || r.ownKind !== null || r.ownIssuers !== null) return false;
  const { text, spans } = r;
  // The main clause: after the clause's last document and its description.
  const main = text.slice(spans[end - 1].end, clause.end);
  if (CONTENT_FOLLOWS.test(main)) return false;
  // Or the clause ends with the document's description and the next clause, or paragraph, opens with
  // the event's day ("… 2025. ⏎⏎ Sáng ngày 04/10/2020, …").
  if (!EVENT_OPENS_CLAUSE().test(main) && !EVENT_OPENS_NEXT().test(text.slice(clause.end, clause.end + NEXT_CLAUSE_CHARS))) return false;
  r.referencesOnly(head, end);
  return true;
}
/** "… như sau:" anywhere in the main clause: the document's own words follow, it is no news. */
const CONTENT_FOLLOWS = new RegExp(CONTENT_FOLLOWS_SOURCE, "iu");
/** The stop and blanks between a clause's end and the next clause's day ("2025.⏎⏎Sáng ngày 04/10/2020"). */
const NEXT_CLAUSE_CHARS = 80;
/** An event's time of day with its day: "Sáng ngày 04/10/2020", "sáng ngày 09/01/2015", "Chiều 7/7", "Sáng nay, ngày …", "Chiều nay". */
const EVENT_DAY = String.raw`(?:${phraseSource(EVENT_TIME_WORDS)})[ \t]+(?:(?:nay|qua)(?![\p{L}\p{M}])(?:[ \t,]*(?:ngày[ \t]*)?[0-9]{1,2}(?:[ \t]*[\/.-][ \t]*[0-9]{1,2}|[ \t]+tháng[ \t]+[0-9]{1,2}))?|(?:ngày[ \t]*)?[0-9]{1,2}(?:[ \t]*[\/.-][ \t]*[0-9]{1,2}|[ \t]+tháng[ \t]+[0-9]{1,2}))`;
const EVENT_OPENS_CLAUSE = lazyRegExp(() => new RegExp(String.raw`[,;][ \t]*${EVENT_DAY}`, "iu"));
const EVENT_OPENS_NEXT = lazyRegExp(() => new RegExp(String.raw`^[.;"”]?\s*${EVENT_DAY}`, "iu"));

/**
 * A page with no heading of its own whose "Thực hiện X, …, (trong) thời gian (vừa) qua, <others> …"
 * (PAST_SPAN_PHRASES) tells of work done under X over a past span: X, and the documents the head cue bound
 * before it in the clause's list, are references. Under a heading the same words may open a report on its
 * own work (a report's "Thực hiện Kế hoạch số X, sáng ngày …, UBND xã đã tổ chức …" keeps implements), so
 * only the headless page is read so. The span may open the next sentence instead, as the event's day may
 * (narratesEvent): "Thực hiện Quyết định số 1956/QĐ-TTg … đến năm 2020. Trong thời gian qua, tỉnh đã tập trung
 * chỉ đạo …" (fixtures/fresh/fresh51b-003, a portal's teaser) tells what pairs49-005's "Thực hiện Nghị quyết
 * Đại hội …, thời gian qua, ngành Nông nghiệp tập trung …" tells. Whether it so told.
 */
export function narratesPastWork(r: RoleReading, head: Binding, clause: Clause, end: number): boolean {
  if (head.actor !== SELF || head.passive || head.type !== "implements" || r.ownKind !== null || r.ownIssuers !== null) return false;
  const { text, spans } = r;
  const main = text.slice(spans[end - 1].end, clause.end);
  if (CONTENT_FOLLOWS.test(main)) return false;
  const afterHead = afterHeadDocuments(r, head, clause, end);
  // The span may also open the main clause after the list's later members, which a ";" inside an earlier member's
  // description left unbound to the cue ("Thực hiện Quyết định số 458/QĐ-BTP … về phổ biến, giáo dục pháp luật; hòa giải
  // ở cơ sở năm 2022, Quyết định số 1320/QĐ-BTP … tiếp cận pháp luật, trong 02 ngày 15 - 16/9/2022, Đoàn công tác … đã
  // tổ chức …", fixtures/fresh/pairs60-001): the told work is the whole sentence's, so the cue's documents are references.
  const spanOpens = PAST_SPAN_OPENS_CLAUSE().test(main) || toldOverDays(afterHead) || toldOverDays(main) || datesOneBodysAct(r, afterHead, clause);
  if (!spanOpens && !PAST_SPAN_OPENS_NEXT.test(text.slice(clause.end, clause.end + NEXT_CLAUSE_CHARS))) return false;
  r.referencesOnly(head, end);
  return true;
}
/** ", thời gian qua,", ", trong thời gian qua các ngành": the span as the main clause's opening. */
const PAST_SPAN_OPENS_CLAUSE = lazyRegExp(() => new RegExp(String.raw`[,;][ \t]*(?:${phraseSource(PAST_SPAN_PHRASES)})(?![\p{L}\p{M}\p{N}])`, "iu"));
/**
 * The text between the last document the head cue bound and the next document or the clause's end: where the main
 * clause opens. "Thực hiện Kết luận số 79-KL/TW …, từ ngày 17 đến ngày 22-8 …, Bộ Chính trị tiếp tục làm việc … theo
 * tinh thần Chỉ thị số 35-CT/TW" (fresh47e-018): the span stands before the clause's last document, which "theo"
 * binds, not the cue.
 */
function afterHeadDocuments(r: RoleReading, head: Binding, clause: Clause, end: number): string {
  let last = end - 1;
  const first = r.firstBoundTo(head);
  while (last >= first && r.bindingOf[last] !== head) last--;
  if (last < first) return "";
  const stop = last + 1 < end ? Math.min(r.spans[last + 1].start, clause.end) : clause.end;
  return r.text.slice(r.spans[last].end, Math.max(r.spans[last].end, stop));
}
/**
 * A span of days opening the main clause, then the work done in it told ("đã", DONE_WORD): "…, từ ngày 25/5/2019 đến
 * ngày 10/6/2019 các Tổ đại biểu HĐND tỉnh đã phối hợp …". Without it the same span may open an instruction on a
 * headless copy ("…, từ ngày 01/4/2020 đến ngày 15/4/2020 các cơ sở … tạm dừng hoạt động"), which keeps its act.
 */
function toldOverDays(afterHead: string): boolean {
  const span = DAY_SPAN_OPENS_CLAUSE.exec(afterHead);
  return span !== null && DONE_AFTER_SPAN().test(afterHead.slice(span.index + span[0].length));
}
/** "đã" as a word: the work told as done. */
const DONE_AFTER_SPAN = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])${phraseSource([DONE_WORD])}(?![\p{L}\p{M}])`, "iu"));
/**
 * ", từ ngày 17 đến ngày 22-8", ", từ ngày 25/5/2019 đến ngày 10/6/2019": a span of days with both ends opening the
 * main clause (DAY_SPAN_WORDS). The comma before it keeps a description's own span ("về đợt cao điểm từ ngày …") out;
 * one end alone ("Từ ngày 01/7/2020, …") says when an act takes effect, and stays out.
 */
const SPAN_DAY = String.raw`[0-9]{1,2}(?:[ \t]*[\/.-][ \t]*[0-9]{1,2}(?:[ \t]*[\/.-][ \t]*[0-9]{4})?)?`;
/** A span's last day with its month, and its year or not: "16/9/2022", "20/4/2022". */
const SPAN_LAST_DAY = String.raw`[0-9]{1,2}[ \t]*[\/.-][ \t]*[0-9]{1,2}(?:[ \t]*[\/.-][ \t]*[0-9]{4})?`;
/**
 * A span of days with both ends: "từ ngày 17 đến ngày 22-8", or its ends joined by a spaced dash (DAY_SPAN_DASHED):
 * "từ ngày 23/3 - 20/4/2022", "trong 02 ngày 15 - 16/9/2022". Bounded: linear.
 */
const TWO_ENDED_SPAN = String.raw`(?:${phraseSource([DAY_SPAN_WORDS.from])}[ \t]*${SPAN_DAY}[ \t]+${phraseSource([DAY_SPAN_WORDS.to])}[ \t]*${SPAN_DAY}` +
  String.raw`|(?:${phraseSource([DAY_SPAN_WORDS.from])}|${phraseSource([DAY_SPAN_DASHED.over])}[ \t]+[0-9]{1,2}[ \t]+${phraseSource([DAY_SPAN_DASHED.days])})` +
  String.raw`[ \t]*${SPAN_DAY}[ \t]+[${DAY_SPAN_DASHED.dashes.join("")}][ \t]+${SPAN_LAST_DAY})`;
const DAY_SPAN_OPENS_CLAUSE = new RegExp(String.raw`[,;][ \t]*${TWO_ENDED_SPAN}(?![0-9])`, "iu");
/**
 * The main clause opens with the day, or the two-ended span of days, of one named body's act, and nothing after speaks
 * as that body: "Thực hiện Kế hoạch số 19/KH-UBND …; Văn bản số 131/TGPL-NV …; ngày 06/10/2021, Phòng Tư pháp huyện phối
 * hợp với Trung tâm Trợ giúp pháp lý tỉnh tổ chức …" (the Hà Tĩnh justice portal, fixtures/fresh/fresh56h-011), "Thực
 * hiện Kết luận số 79-KL/TW …, từ ngày 17 đến ngày 22-8 (tuần đầu, đợt 2), Bộ Chính trị tiếp tục làm việc …" (nld.com.vn,
 * fresh47e-018). A dated act of a named body, told without "đã", is still told: on a page with no heading of its own it is
 * that body's, not the page's (fixtures/fresh/CONVENTIONS.md §13 (a): "whoever the body is and whatever its verb").
 * Many bodies from a day ("từ ngày 01/4/2020 đến ngày 15/4/2020 các cơ sở … tạm dừng hoạt động") may be an instruction's
 * addressees and stay out; so does one end alone ("từ ngày 25/5/2019 …"), and a body's letter printed without its heading
 * that goes on to ask or report (OWN_VOICE_WORDS, as retold.ts tellsOneBodysAct). A document's own date after a comma
 * ("Công văn số 123/UBND, ngày 12/3/2021, …") is part of its citation, so it is not read here. The dated act may open the
 * next sentence, its day written out, as the event's day may (narratesEvent): "Thực hiện Kế hoạch số 78-KH/TU, ngày
 * 15/6/2018 của Ban Thường vụ Thành ủy Sông Công; Kế hoạch số 61-KH/ĐU … (sau đây gọi là Nghị quyết hội nghị Trung ương
 * 7). Ngày 21 tháng 7 năm 2018, Ban thường vụ Đảng ủy Trường CĐCN Việt Đức tổ chức hội nghị …" (a college's news,
 * fixtures/fresh/fresh58d-002; "… trên địa bàn tỉnh Điện Biên. Ngày 4/10, Sở Nội vụ phối hợp …", a district portal's
 * news list, fresh58e-005; the Lục Nam portal's fresh51c-012, the next sentence on a line of its own): the list's sentence
 * has no main clause of its own, and the next one tells the act.
 */
function datesOneBodysAct(r: RoleReading, afterHead: string, clause: Clause): boolean {
  // The dated clause after the documents, or the next ";"-clause of the list's sentence ("…; ngày 06/10/2021, Phòng …"),
  // or the next sentence ("… tỉnh Điện Biên. Ngày 4/10, Sở Nội vụ phối hợp …").
  // A clause that keeps its full stop is read from the stop, so the next sentence may open on a line of its own.
  const from = r.text.charCodeAt(clause.end - 1) === FULL_STOP_CODE ? clause.end - 1 : clause.end;
  if (!DATED_BODY_OPENS().test(afterHead) && !DATED_BODY_NEXT().test(r.text.slice(from, from + NEXT_CLAUSE_CHARS))) return false;
  return !speaksAsItself(r.text, afterHead, clause.end);
}
/** A day with its month, and its year or not: "06/10/2021", "22-8", "21 tháng 7 năm 2018" (its month and year written out). */
const ONE_DAY = String.raw`[0-9]{1,2}(?:[ \t]*[\/.-][ \t]*[0-9]{1,2}(?:[ \t]*[\/.-][ \t]*[0-9]{4})?|[ \t]+tháng[ \t]+[0-9]{1,2}(?:[ \t]+năm[ \t]+[0-9]{4})?)`;
/** ", ngày 06/10/2021," or ", từ ngày 17 đến ngày 22-8 (tuần đầu, đợt 2),": the act's day or days, then a named body (capitalised). Bounded: linear. */
const DATED_BODY = String.raw`(?:${phraseSource([DAY_WORD], { anyCase: true })}[ \t]*${ONE_DAY}|${TWO_ENDED_SPAN})` +
  String.raw`(?![0-9])(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*,[ \t]*${NAMED_BODY}(?![\p{L}\p{M}\p{N}])`;
const FULL_STOP_CODE = 46;
const DATED_BODY_OPENS = lazyRegExp(() => new RegExp(String.raw`[,;][ \t]*${DATED_BODY}`, "u"));
/**
 * The next ";"-clause opening so: "…; ngày 06/10/2021, Phòng Tư pháp huyện …"; or the next sentence, after the stop
 * ("… Trung ương 7). Ngày 21 tháng 7 năm 2018, Ban thường vụ Đảng ủy …", the day word capitalised).
 */
const DATED_BODY_NEXT = lazyRegExp(() => new RegExp(String.raw`^[ \t]*(?:\.[ \t\r\n]*)?${DATED_BODY}`, "u"));
/** "… năm 2020. Trong thời gian qua, tỉnh đã …": the span, then a comma, opening the next sentence. */
const PAST_SPAN_OPENS_NEXT = new RegExp(String.raw`^[.;"”]?\s*(?:${phraseSource(PAST_SPAN_PHRASES)})[ \t]*,`, "iu");

/**
 * A page with no heading of its own that tells of a document, then gives that document's words after "<its kind
 * word> nêu rõ:": "Ngày 26/11, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 53 -CV/ĐU về việc …. Công văn nêu
 * rõ: Thực hiện các Hướng dẫn của Ban Tuyên giáo Đảng ủy Khối …: Số 11-HD/BTGĐUK, …; số 12-HD/BTGĐUK …"
 * (fixtures/fresh/fresh51c-006), "Công văn nêu rõ: Trên cơ sở danh mục các Nghị quyết trình kỳ họp …" (fresh42b-014),
 * "Công văn nêu rõ: UBND tỉnh nhận được Báo cáo số 552/BC-HĐND …" (fresh40b-002). The cue after the colon is the
 * retold document's (CONVENTIONS.md §3: the page is not the document): the documents it bound for the page are
 * references. Whether it was so.
 */
export function givesToldWords(r: RoleReading, head: Binding, end: number): boolean {
  if (head.actor !== SELF || head.passive || r.ownKind !== null) return false;
  // Read back from the cue's end, not the clause's start: the cue may govern a list in later clauses ("Thực hiện các
  // Hướng dẫn …: Số 11-HD/BTGĐUK …; số 12-HD/BTGĐUK …").
  const before = r.text.slice(Math.max(0, head.end - TOLD_WORDS_CHARS), head.end);
  if (!TOLD_WORDS_BEFORE_CUE().test(before)) return false;
  r.referencesOnly(head, end);
  return true;
}
/** How far before the cue's end the kind word and "nêu rõ:" may stand: "Thông báo kết luận nêu rõ: ⏎ Để triển khai thực hiện", "Công văn có nội dung chủ yếu: ⏎⏎ Thực hiện". */
const TOLD_WORDS_CHARS = 80;
/**
 * "Công văn nêu rõ:", "Công văn có nội dung chủ yếu:" (TOLD_WORDS_VERBS after the kind word), "Nội dung văn bản yêu
 * cầu:" (TOLD_CONTENT_WORDS, the kind word, TOLD_CONTENT_VERBS), then up to four words (the cue: "Thực hiện", "Để
 * triển khai thực hiện", "Căn cứ") ending at the cue's end. "Ngày 31 tháng 3 năm 2020, Chi cục Văn thư - Lưu trữ ban
 * hành Công văn số 58/CCVTLT-QL …. ⏎ Công văn có nội dung chủ yếu: ⏎ Thực hiện Công văn số 1515/BNV-VTLTNN …"
 * (a Sở Nội vụ page, fixtures/fresh/fresh50a-013), "… Sở Nông nghiệp và PTNT đã ban hành Văn bản số 212/KH-SNN ….
 * Nội dung văn bản yêu cầu: ⏎ Căn cứ Kế hoạch số 43/KH-SNN …" (a Sở NN&PTNT news list, fresh52b-014): both golds,
 * no relation of the page's.
 */
const TOLD_WORDS_BEFORE_CUE = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:(?:${KIND_WORDS})[ \t]+(?:${phraseSource(TOLD_WORDS_VERBS)})|(?:${phraseSource(TOLD_CONTENT_WORDS)})[ \t]+(?:${KIND_WORDS})(?:[ \t]+(?:${phraseSource(TOLD_CONTENT_VERBS)}))?)[ \t]*:[ \t\r\n]*[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){0,3}$`,
  "iu",
));

/**
 * A page with no heading of its own (neither its kind nor its issuer) that tells of a document by number, then
 * names it again by "<its kind word> này" at the next sentence's head: "… ban hành công văn số 2908/SNN-CCKL về
 * phổ biến, thực hiện Quyết định số 3697/QĐ-BNN-TCLN ngày 24/9/2018 của Bộ Nông nghiệp và PTNT. Quyết định này
 * thay thế Quyết định số 3087/QĐ-BNN-TCLN …" (a Sở's news page, fixtures/fresh/fresh53e-005), "UBND tỉnh vừa ban
 * hành Quyết định 10/QĐ-UBND công nhận …. ⏎⏎ Trạm Y tế phường … ⏎⏎ Theo Quyết định này, công nhận …" (the Yên Bái
 * portal, fresh53e-001). "Quyết định này" is the told decision, not the page (CONVENTIONS.md §3): its act there is
 * the told decision's, none of the page's. Only when the document told just before is of the same kind, with no
 * article between ("… (có Phụ lục kèm theo). ⏎ Điều 2. Quyết định này có hiệu lực … và thay thế …" is a headless
 * decision's own closing article, fresh29g-021) and within a caption's reach. Whether the cue at `cueStart` is so
 * named: the told document's index (the act's actor), or SELF.
 */
export function thisNamesToldDocument(r: RoleReading, clause: Clause, cueStart: number): number {
  if (r.ownKind !== null || r.ownIssuers !== null) return SELF;
  // What the head reading reads before the cue (HEAD_REACH), sliced only on a page of no heading.
  const before = r.text.slice(Math.max(clause.start, cueStart - HEAD_REACH), cueStart);
  if (!before.includes(THIS_WORD)) return SELF;
  const mention = THIS_DOCUMENT().exec(before);
  if (mention === null) return SELF;
  const kind = kindOfWord(mention[0]);
  if (kind === null) return SELF;
  const at = cueStart - before.length + mention.index;
  const i = lastAtOrBefore(r.spans, at, (x) => x.end);
  if (i < 0 || r.kinds[i] !== kind) return SELF;
  const gap = r.text.slice(r.spans[i].end, at);
  const near = gap.length <= TOLD_BACK_CHARS || (gap.length <= TOLD_CONTENT_CHARS && TOLD_CONTENT_GAP.test(gap));
  return near && !ARTICLE_IN_GAP().test(gap) ? i : SELF;
}
/**
 * "Ngày 06/4, UBND tỉnh Cao Bằng đã ban hành Quyết định số 348/QĐ-UBND về việc …. ⏎⏎ Theo đó, trên địa bàn tỉnh …
 * (a paragraph of what it holds) ⏎⏎ Quyết định này có hiệu lực … và thay thế Quyết định số 463/QĐ-UBND …" (the Cao
 * Bằng portal, fixtures/fresh/fresh57e-014): the page tells the told decision's content in a sentence of its own
 * opening "Theo đó," (the news pages' way of going on with what a document holds), then its closing article; "Quyết
 * định này" is still the told decision, a paragraph farther than a caption (TOLD_BACK_CHARS). Only with that
 * sentence between, and within TOLD_CONTENT_CHARS.
 */
const TOLD_CONTENT_CHARS = 600;
const TOLD_CONTENT_GAP = /[.\n][ \t\r\n]*Theo[ \t]+đó[ \t]*,/u;
/** A sentence's rest after the told document and a photo's caption fit in this much ("ngày 24/9/2018 của Bộ …. ", "⏎⏎ Trạm Y tế phường Cầu Thia, thị xã Nghĩa Lộ ⏎⏎ Theo "). */
const TOLD_BACK_CHARS = 200;
/** An article's number between the told document and "… này": the page is the document's own text, its article speaking. */
const ARTICLE_IN_GAP = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])${ARTICLE_WORD}[ \t]+[0-9]{1,3}(?![0-9])`, "u"));
/**
 * The kind a "<kind word> (hành động) này" mention names: its longest opening words that are a kind word (vocab
 * kindByWord, "Thông tư liên tịch" before "Thông tư"); null for an abbreviation ("QĐ này") or an unknown word.
 */
function kindOfWord(mention: string): Kind | null {
  const words = mention.trim().split(/\s+/);
  for (let n = words.length - 1; n > 0; n--) {
    const entry = kindByWord(words.slice(0, n).join(" "));
    if (entry !== null) return entry.slug;
  }
  return null;
}
