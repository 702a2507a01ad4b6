/**
 * What a clause leaves to the clauses after it, once read: the heading that governs a list under it,
 * the cue carried on after ";" or ":", documents another body issued under the clause's head cue.
 */
import { LISTED_OBJECT_DETERMINERS, LISTED_OBJECTS_FOLLOW_WORDS, LISTED_PART_WORDS, PART_QUALIFIER_WORDS, ISSUED_DOCUMENT_VERBS, ISSUING_SUBJECTS, POST_REPEAL_WORDS, THIS_WORD, FRONTED_ISSUE_CLAUSE_WORDS, TOLD_APPROVAL_VERBS, TOLD_HAS_DOCUMENT_WORDS, TOLD_ISSUE_VERBS, LIST_POINTER_CUES, LIST_POINTER_OBJECTS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lastNonBlank, windowStart } from "../../shared/chars.js";
import type { Clause } from "../clauses.js";
import { KIND_WORDS, leadsList, listFollows } from "../reach.js";
import { givesToldWords, narratesEvent, narratesPastWork } from "./news-event.js";
import { basisOfOthersAct, retellsOthersWork } from "./retold.js";
import { BLANK, CONTENT_FOLLOWS_SOURCE, HEAD_REACH, ISSUED_REACH, ISSUING_SUBJECT, SENTENCE_STOP } from "./patterns.js";
import { POST_CUE, readPostCue } from "./post-cue.js";
import { ACTS, type Binding, ClauseReading, RoleReading, SELF, binding, moved } from "./reading.js";
import { headsArticleList, LISTING_ACTS, pastPageFurniture } from "./act-lists.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** "Kế hoạch này", "các Quyết định này" right after a cue: the document names itself as the cue's object. */
const THIS_DOCUMENT_NEXT = lazyRegExp(() => new RegExp(String.raw`^\s*(?:các\s+)?(?:${KIND_WORDS})\s+${THIS_WORD}(?![\p{L}\p{N}])`, "iu"));
/**
 * "Bãi bỏ các Nghị quyết sau:", "Thay thế các văn bản sau đây:": a cue that introduces a list of
 * documents governs each item under it, whether the items end with ";" or with a full stop. (Not
 * "… như sau:": the new wording quoted after it names documents it does not act on.)
 */
const INTRODUCES_DOCUMENTS = new RegExp(String.raw`(?:^|\s)(?:văn\s+bản|${KIND_WORDS})\s+sau(?:\s+đây)?\s*:\s*$`, "iu");
/**
 * An act that ends its clause with a colon at once ("Quyết định này có hiệu lực … và thay thế: ⏎ - Quyết
 * định số A …. ⏎ - Quyết định số B …", "Bãi bỏ: ⏎ - …"): its objects are the items listed under it, as
 * after "thay thế các văn bản sau:", each item ending with ";" or with a full stop.
 */
const ACT_THEN_COLON = /^[ \t]*:[ \t]*$/u;
/**
 * An act's introduction of the parts of documents it lists (LISTED_PART_WORDS), a few words of what they
 * are between: "Bãi bỏ các danh mục mã dùng chung sau đây:". Bounded (PART_QUALIFIER_WORDS plain words).
 */
const INTRODUCES_PARTS = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(LISTED_PART_WORDS)})(?:\s+[^\s,;.:]+){0,${PART_QUALIFIER_WORDS}}\s+sau(?:\s+đây)?\s*:\s*$`, "iu");
/**
 * A repeal's or a replacement's object, documents or parts of them named in general, then the colon
 * that opens the list of them: "Bãi bỏ các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế …, cụ thể
 * như sau:", "Bãi bỏ nội dung công bố thủ tục hành chính nội bộ:" (LISTED_OBJECT_DETERMINERS), with their count
 * ("Bãi bỏ toàn bộ 14 văn bản quy phạm pháp luật do Bộ trưởng … ban hành, liên tịch ban hành sau đây:",
 * Thông tư 15/2024/TT-BLĐTBXH, fresh47a-007; "… toàn bộ 20 văn bản …", Thông tư 10/2024/TT-BNV). Not
 * after a bare "như sau:" (NEW_WORDING_LEAD), and never with a citation in the clause (the caller's).
 */
const INTRODUCES_OBJECTS = lazyRegExp(() => new RegExp(
  String.raw`^\s*(?:(?:${phraseSource(LISTED_OBJECT_DETERMINERS)})\s+){0,2}(?:\d{1,3}\s+)?(?:văn\s+bản|${KIND_WORDS}|${phraseSource(LISTED_PART_WORDS)})(?![\p{L}\p{N}])[^.;:]{0,${HEAD_REACH}}:\s*$`,
  "iu",
));
const NEW_WORDING_LEAD = new RegExp(String.raw`${CONTENT_FOLLOWS_SOURCE}\s*$`, "iu");
const OBJECTS_FOLLOW = new RegExp(String.raw`(?:^|\s)(?:${phraseSource(LISTED_OBJECTS_FOLLOW_WORDS)})\s*:\s*$`, "iu");
const introducesObjects = (lead: string): boolean => INTRODUCES_OBJECTS().test(lead) && (!NEW_WORDING_LEAD.test(lead) || OBJECTS_FOLLOW.test(lead));
/**
 * Whether the document's own cue pending at the clause's end introduces a list below it: a basis
 * whose clause does not end a sentence, a cue after the citations (POST_CUE), "… các văn bản sau:"
 * (INTRODUCES_DOCUMENTS), an act's parts or colon, an article's heading over the items below it
 * (act-lists.ts), a repeal's or replacement's objects named in general.
 */
function governsListBelow(text: string, pending: Binding, clause: Clause): boolean {
  if (pending.type === "based_on" && !SENTENCE_ENDS.test(text.slice(Math.max(clause.start, clause.end - 8), clause.end))) return true;
  if (pending.cue === POST_CUE) return true;
  const lead = text.slice(pending.end, clause.end);
  // Each of the lead's regexes but the article heading's ends in a colon and blanks: asked only where the
  // lead does (INTRODUCES_DOCUMENTS, tried at every place of a lead of any length, was ~0.6 % of analyze()).
  const colon = endsInColon(text, pending.end, clause.end);
  if (colon && INTRODUCES_DOCUMENTS.test(lead)) return true;
  if (ACTS.has(pending.type) && ((colon && (INTRODUCES_PARTS.test(lead) || ACT_THEN_COLON.test(lead))) || headsArticleList(text, pending, clause))) return true;
  return colon && LISTING_ACTS.has(pending.type) && introducesObjects(lead);
}
/** Whether text[from, to)'s last character other than whitespace (`\s`) is a colon: what `:\s*$` asks of it. */
export function endsInColon(text: string, from: number, to: number): boolean {
  const j = lastNonBlank(text, from, to);
  return j >= from && text.charCodeAt(j) === COLON_CODE;
}
const COLON_CODE = 58;
/** "Các văn bản sau đây hết hiệu lực …:", "Các Thông tư sau bị bãi bỏ:": a list introduced by what befalls it. */
const REPEALED_LIST = lazyRegExp(() => new RegExp(
  String.raw`(?:^|\s)(?:văn\s+bản|${KIND_WORDS})\s+sau(?:\s+đây)?\s+(?:${phraseSource(POST_REPEAL_WORDS)})(?![\p{L}\p{N}])[^.;:]*:\s*$`,
  "iu",
));
/**
 * The line after a basis heading opens with the document it names, no bullet before it ("I. Căn
 * cứ pháp lý ⏎ Chỉ thị số 10-CT/TW …"): a list whose bullets a web page dropped. `next` is the
 * first citation after the clause.
 */
function documentLineFollows(r: RoleReading, clauseEnd: number, next: number): boolean {
  if (next >= r.spans.length) return false;
  const between = r.text.slice(clauseEnd, r.spans[next].start);
  return BLANK.test(between) && (between.includes("\n") || r.text.slice(Math.max(0, clauseEnd - 3), clauseEnd).includes("\n"));
}
/**
 * What a clause leaves to the clauses after it, once its cues and citations are read: the heading
 * that governs a list under it, the cue carried on after ";" or ":". A function of its own, not
 * part of readClause: its branches are each taken by few clauses, and the first clause to take one
 * made V8 compile the whole of readClause again; here a recompile costs this function's size only.
 */
/**
 * Whether a list or a document's line follows the clause, so that settleClause may make a cue of it the heading of
 * what follows (its listFollows, pastPageFurniture and documentLineFollows, whatever the cue): readClause reads the
 * cues of a clause with no citation that passes none on only where this holds.
 */
export function headingMayFollow(r: RoleReading, clause: Clause, next: number): boolean {
  return listFollows(r.text, clause.end) || listFollows(r.text, pastPageFurniture(r.text, clause.end)) || documentLineFollows(r, clause.end, next);
}
export function settleClause(r: RoleReading, s: ClauseReading, clause: Clause, first: number, end: number, carriedIn: Binding | null): void {
  const { text, spans } = r;
  // "Quyết định số X … hết hiệu lực": the document's own repeal, unless it only tells of acts.
  if (s.headBinding === null && first < end && clause.part !== "title" && !r.recounts) readPostCue(r, clause, first, end);
  // The head cue of this clause, or of the list it goes on with ("Thực hiện A; B, UBND tỉnh ban hành …").
  const head = s.headBinding ?? carriedIn;
  if (head !== null && first < end) {
    passToIssued(r, head, clause, first, end);
    // "Thực hiện A; B, C, các cơ quan, đơn vị, địa phương đã quán triệt …": others' work told.
    // "Thực hiện X, Ban Chỉ đạo … huyện đã ban hành Kế hoạch hưởng ứng …": X is that plan's, unnumbered.
    if (head.type === "implements") retellsOthersWork(r, head, end);
    // "Trên cơ sở A, Bộ NN-MT đã ban hành Chương trình hành động …": another body's basis told.
    else if (head.type === "based_on") basisOfOthersAct(r, head, end);
  }
  const told = head !== null && first < end && (narratesEvent(r, head, clause, end) || narratesPastWork(r, head, clause, end) || givesToldWords(r, head, end));
  // "Căn cứ Kế hoạch này, các phòng …;", "Trên cơ sở Kế hoạch này, …;": the cue's object is the
  // document itself, and the list after it is not what the cue governs.
  let pending = s.pending && THIS_DOCUMENT_NEXT().test(text.slice(s.pending.end, s.pending.end + 40)) ? null : s.pending;
  // "Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực:": the documents listed
  // after it cease to apply, as after "Bãi bỏ các văn bản sau:".
  if (pending === null && s.lastCitation < 0 && clause.opensList && text.charCodeAt(clause.end - 1) === COLON_CODE && clause.part !== "title" && REPEALED_LIST().test(text.slice(Math.max(clause.start, clause.end - HEAD_REACH), clause.end))) {
    pending = binding("repeals", SELF, POST_CUE, clause.end);
  }
  // A heading's basis, or a cue introducing a list of documents ("Điều 1. Bãi bỏ các văn bản sau:"),
  // governs the items listed under it, whether each ends with ";" or with a full stop.
  if (s.lastCitation < 0 && pending?.actor === SELF && governsListBelow(text, pending, clause) && (listFollows(text, clause.end) || (ACTS.has(pending.type) && listFollows(text, pastPageFurniture(text, clause.end))) || (pending.type === "based_on" && documentLineFollows(r, clause.end, end)))) {
    r.heading = pending;
  } else if (
    s.headBinding?.type === "based_on" && s.headBinding.actor === SELF && first < end &&
    text.slice(s.headBinding.end, spans[first].start).includes("\n") && documentLineFollows(r, clause.end, end)
  ) {
    // "I. Căn cứ pháp lý ⏎ Chỉ thị số 10-CT/TW …. ⏎ Quyết định số 522/QĐ-TTg …": the basis heading
    // and its first item read as one clause; the items after it, each opening with its document,
    // are under the heading still.
    r.heading = s.headBinding;
  }
  if (!clause.opensList) r.carried = null;
  else if (s.lastCitation < 0) r.carried = pending ?? r.carried;
  // "Thông tư số A …, có hiệu lực kể từ ngày …, được sửa đổi, bổ sung bởi: ⏎ 1. Thông tư số B …; ⏎ 2.
  // Thông tư số C …": a consolidated text's opening lists the documents that amended A; each acts on A.
  // A is the document the clause opens with, however long its description.
  else if (pending?.passive && text.charCodeAt(clause.end - 1) === COLON_CODE && leadsList(text.slice(clause.start, spans[first].start))) {
    r.carried = moved(pending, first, pending.end);
  }
  // "Thực hiện Quyết định số A, UBND tỉnh báo cáo (ban hành Kế hoạch) như sau: ⏎ 1. … Quyết định số
  // C …": what follows "như sau:" is the document's own content, not more of what its cue governs.
  else r.carried = OWN_CONTENT_FOLLOWS.test(text.slice(Math.max(clause.start, clause.end - 24), clause.end)) ? null : (s.proposal ?? s.headBinding);
  // The event told, the list is over: a later clause's document is no more the page's act.
  if (told && r.carried === head) r.carried = null;
}
/**
 * A basis introduces a list as a heading ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH") or with a colon ("Căn cứ các
 * văn bản sau:"); a cue inside a sentence that ends with its full stop or semicolon ("Căn cứ hồ sơ
 * nêu trên, cơ quan Hải quan ra quyết định … ." before "2.2. Hàng hoá …") governs no list after it.
 */
const SENTENCE_ENDS = /[.;][\s*_]*$/;
const OWN_CONTENT_FOLLOWS = new RegExp(String.raw`${CONTENT_FOLLOWS_SOURCE}\s*$`, "iu");

/**
 * "Thực hiện Quyết định số X, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số Y …": a report tells of a
 * document another body issued to carry X out; the head cue is Y's, not the report's. When a later
 * citation of the clause that no cue reached is the object of an issuer's "(đã) ban hành" after a
 * comma, the documents the head cue bound for the citing document are bound for it instead.
 */
function passToIssued(r: RoleReading, head: Binding, clause: Clause, first: number, end: number): void {
  if (head.actor !== SELF || head.passive || (head.type !== "implements" && head.type !== "based_on")) return;
  const { text, spans } = r;
  for (let j = first; j < end; j++) {
    if (r.bindingOf[j] !== null) continue;
    // "ban hành" or "có" ends right before the citation, or there is nothing to read: most citations are not so.
    const gap = text.slice(Math.max(0, spans[j].start - VERB_GAP), spans[j].start);
    if (!gap.includes("hành") && !gap.includes("HÀNH") && !HAS_VERB().test(gap)) continue;
    // Both windows count a run of blanks as one: "…, ⏎        ngày 17 tháng 6 năm 2025 Bộ trưởng … đã ban ⏎        hành
    // Thông tư số 08/2025/TT-BNNMT" (a PDF's layout text, fresh57b-003) reaches its comma within ISSUED_REACH as it is
    // written, and lost it when a copy doubled every space.
    if (!ISSUED_BY_SUBJECT().test(text.slice(windowStart(text, spans[j].start, ISSUED_REACH, clause.start), spans[j].start))) continue;
    if (DESCRIBED_ISSUE().test(text.slice(windowStart(text, spans[j].start, DESCRIBED_CHARS), spans[j].start))) continue;
    const issued = passTo(r, head, j);
    if (head.type === "based_on" && j > 0 && POINTS_TO_LIST_ABOVE().test(text.slice(spans[j - 1].end, spans[j].start))) passItemsAbove(r, issued, j, j, "list");
    return;
  }
  // "Thực hiện Kết luận 01 - KL/TW, ngày 18/5/2021 của Bộ Chính trị về …. Ban Thường vụ Huyện ủy đã ban hành Kế
  // hoạch số 24 - KH/HU …" (a district's letter, fixtures/fresh/fresh46e-009): the cue's sentence ends with its
  // documents, no main clause of its own, and the next one tells of the document a body issued under them.
  // Implements only, §4's cue ("Thực hiện"); the gap read only when short, before it is sliced.
  if (head.type !== "implements" || end >= spans.length || r.bindingOf[end] !== null || spans[end].start - spans[end - 1].end > NEXT_SENTENCE_CHARS) return;
  if (!issuedInNextSentence(text.slice(spans[end - 1].end, spans[end].start), r.ownKind === null)) return;
  const from = r.firstBoundTo(head);
  passItemsAbove(r, passTo(r, head, end), from, end, "sentence");
}
/** Where the cue's sentence began: a full stop before a blank, or a blank line (passItemsAbove). */
const SENTENCE_BREAK = /\.(?=\s)|\n[ \t\r]*\n/u;
/** The documents the head cue bound (in this clause, or in the list's clauses before it) become `issued`'s, nested. */
function passTo(r: RoleReading, head: Binding, j: number): Binding {
  const issued = moved(head, j, head.end);
  for (let i = j - 1, first = r.firstBoundTo(head); i >= first; i--) {
    if (r.bindingOf[i] !== head) continue;
    r.roles[i] = "references";
    r.rebind(i, issued);
    r.nested.push({ type: head.type, from: j, to: i });
  }
  r.unboundBefore(head, j);
  return issued;
}
/**
 * The items above the issued document that its sentence or list gives it: they become its own (nested), the citing
 * document's none (CONVENTIONS.md §4: a cue binds to the act of its sentence). passTo moved what the head cue bound;
 * this walks back from `from` over the items before, each read as the citing document's own act under a cue of its own,
 * past the documents their descriptions name (inItemsWords), and stops at the first citation that is neither.
 * - "list": "Căn cứ Luật A …; ⏎ Căn cứ Nghị định số B …; ⏎ … ⏎ Căn cứ các quy định nêu trên, ngày 18/3/2021, Bộ Tài
 *   chính đã ban hành Thông tư số 19/2021/TT-BTC …" (Tổng cục Thuế's letter, fixtures/fresh/fresh64c-006): the last
 *   clause's cue points back at the whole list (LIST_POINTER_OBJECTS); its bases only, to the list's start.
 * - "sentence": "Căn cứ ý kiến chỉ đạo … tại Công văn số 5850/UBND-KT …; Thực hiện Kế hoạch số 97/KHPH-SXD-UBND …. ⏎
 *   Ngày 13/3/2020, Sở Xây dựng đã ban hành Công văn số 288/SXD-TTrS …" (a Sở's portal news, fresh62j-009): the cue
 *   sentence has no act but the next sentence's issue; its bases and what it carries out, each its own type, to the
 *   sentence's start (a full stop or a blank line).
 */
function passItemsAbove(r: RoleReading, issued: Binding, from: number, j: number, within: "list" | "sentence"): void {
  const { text, spans } = r;
  for (let i = from - 1, next = from; i >= 0; i--) {
    if (within === "sentence" && SENTENCE_BREAK.test(text.slice(spans[i].end, spans[next].start))) return;
    const b = r.bindingOf[i];
    if (b === issued || (b !== null && b.actor !== SELF) || (b === null && inItemsWords(r, i))) continue;
    if (b === null || b.passive || r.roles[i] !== b.type || (b.type !== "based_on" && (within === "list" || b.type !== "implements"))) return;
    r.roles[i] = "references";
    r.rebind(i, b.type === issued.type ? issued : moved(b, j, b.end));
    r.nested.push({ type: b.type, from: j, to: i });
    next = i;
  }
}
/**
 * Whether citation i, bound to nothing, stands in an item's words: "Căn cứ Nghị định số 130/2018/NĐ-CP … quy định chi
 * tiết thi hành Luật giao dịch điện tử …;" names the law in the decree's description. The nearest item before it (a
 * document read as the citing one's basis), past other such mentions, with no item's end (";", a blank line) between.
 */
function inItemsWords(r: RoleReading, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - ITEM_MENTIONS; k--) {
    const b = r.bindingOf[k];
    if (b === null || b.actor !== SELF) continue;
    return r.roles[k] === "based_on" && !ITEM_END.test(r.text.slice(r.spans[k].end, r.spans[i].start));
  }
  return false;
}
/** How many documents an item's description may name before the item's own is found. */
const ITEM_MENTIONS = 8;
const ITEM_END = /;|\n[ \t\r]*\n/u;
/** The pointer's clause between the list's last document and the issued one: its cue and what it points back with, then a comma. */
const POINTS_TO_LIST_ABOVE = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(LIST_POINTER_CUES, { anyCase: true })})[ \t\r\n]+(?:${phraseSource(LIST_POINTER_OBJECTS, { anyCase: true })})[ \t\r\n]*,`,
  "u",
));
/**
 * The words between the cue's last document and the next: the rest of its sentence, with no body's clause
 * after a comma (ISSUING_SUBJECTS), its full stop, then a body that "đã ban hành" the next document.
 */
function issuedInNextSentence(between: string, told: boolean): boolean {
  if (!between.includes("đã")) return false;
  const stop = between.search(SENTENCE_STOP);
  if (stop < 0 || OWN_MAIN_CLAUSE().test(between.slice(0, stop))) return false;
  const next = between.slice(stop);
  return ISSUED_NEXT().test(next) || (told && TOLD_ISSUED_NEXT().test(next));
}
/** The rest of the cue's sentence (a description, a quoted name) and the next sentence's subject fit in this much. */
const NEXT_SENTENCE_CHARS = 400;
/** ", Ủy ban nhân dân tỉnh …": a body's clause, the sentence's own main clause. */
const OWN_MAIN_CLAUSE = lazyRegExp(() => new RegExp(String.raw`[,;]\s*${ISSUING_SUBJECT}(?![\p{L}\p{N}])`, "u"));
/** ". Ban Thường vụ Huyện ủy đã ban hành " right before the next document: no digit or stop in the subject. */
const ISSUED_NEXT = lazyRegExp(() => new RegExp(
  String.raw`^\.\s+${ISSUING_SUBJECT}(?![\p{L}\p{N}])[^0-9,;.:()]{0,80}?\sđã\s+ban\s+hành\s+$`,
  "u",
));

/** "ngày 13/3/2020", "Ngày 29 tháng 6 năm 2009", "NGÀY 6.3.2021": the issue's date, before its body. */
const ISSUE_DATE = String.raw`[Nn](?:gày|GÀY)\s*[0-9]{1,2}\s*(?:[\/.-]\s*|(?:tháng|THÁNG)\s+)[0-9]{1,2}\s*(?:[\/.-]\s*|(?:năm|NĂM)\s+)(?:19|20)[0-9]{2}`;
/**
 * On a page of no kind of its own (a portal's news, a tag page's teaser), the next sentence tells of the document
 * more ways: a clause before its subject ("Sau khi …,", FRONTED_ISSUE_CLAUSE_WORDS), a subject whose name holds a
 * district's number ("Đảng ủy cơ quan chính quyền Quận 3"), a plan drawn up ("đã xây dựng Kế hoạch số …",
 * TOLD_ISSUE_VERBS) or approved in a decision ("đã phê duyệt <plan> tại Quyết định số …", TOLD_APPROVAL_VERBS):
 * "Thực hiện Chỉ thị số 35 …, Kế hoạch số 221-KH/QU … của Ban Thường vụ Quận ủy Quận 3 …. Đảng ủy cơ quan chính
 * quyền Quận 3 đã xây dựng Kế hoạch số 65-KH/ĐU …" (Quận 3's portal, fixtures/fresh/fresh54d-007), "Thực hiện Chỉ
 * thị số 38/2005/CT-TTg …. Sau khi được Bộ Nông nghiệp & PTNT thẩm định, UBND tỉnh tỉnh Bình Phước đã phê duyệt
 * Quy hoạch 03 loại rừng giai đoạn 2006-2010 tại Quyết định số 11/2007/QĐ-UBND …" (Đồng Phú's portal, fresh52d-007).
 * Both golds: nested, the page none (CONVENTIONS.md §3, §4). A document of its own kind tells its own background so
 * ("Thực hiện chỉ đạo … theo Quyết định số 1832/QĐ-BTC …. Ngày 18/11/2021, Cục Thuế … đã ban hành Công văn số …",
 * a tax department's notice, fresh30b-010: implements), and keeps ISSUED_NEXT alone. No slash in the subject or the
 * approved plan's name: no document there.
 */
const TOLD_ISSUED_NEXT = lazyRegExp(() => new RegExp(
  String.raw`^\.\s+(?:(?:${phraseSource(FRONTED_ISSUE_CLAUSE_WORDS, { keepCase: true })})(?![\p{L}\p{N}])[^.;:()\/]{1,120}?,\s*|${ISSUE_DATE}\s*,?\s*)?${ISSUING_SUBJECT}(?![\p{L}\p{N}])[^,;.:()\/]{0,80}?\sđã\s+(?:(?:${phraseSource([...ISSUED_DOCUMENT_VERBS, ...TOLD_ISSUE_VERBS])})|(?:${phraseSource(TOLD_APPROVAL_VERBS)})\s[^.;:()\/]{1,100}?\stại)\s+$`,
  "u",
));

/** "… của UBND tỉnh về việc ban hành Kế hoạch số …": a document's description names what it issued; nobody issues it here. */
const DESCRIBED_ISSUE = lazyRegExp(() => /(?<![\p{L}\p{N}])(?:về\s+việc|về|v\/v)\s+(?:đã\s+)?ban\s+hành\s+$/iu);
/** "về việc đã ban hành " and the spaces around it fit in this much. */
const DESCRIBED_CHARS = 28;
/** "hành" and the spaces after it: how far before the citation the verb may end. */
const VERB_GAP = 12;
/** "có" as a word (TOLD_HAS_DOCUMENT_WORDS' verb) in the gap before a citation: "… Ban Tuyên giáo Trung ương có Hướng dẫn số …". */
const HAS_VERB = lazyRegExp(() => /(?<![\p{L}\p{M}])có(?![\p{L}\p{M}])/iu);
/**
 * ", Ủy ban nhân dân tỉnh (đã) ban hành " right before a citation: no digit or stop in the subject (line breaks may wrap it).
 * A body "has" the document it sent as well (TOLD_HAS_DOCUMENT_WORDS): "Thực hiện Chỉ thị số 35-CT/TW …; Thông báo Kết
 * luận số 159-TB …, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số 151-HD/BTGTW …" (Báo Kon Tum,
 * fixtures/fresh/fresh62i-010), as "Thự hiện Nghị định số 56/2013/NĐ-CP …; Ngày 23/10/2013, UBND Tỉnh có công văn số
 * 498/UBND-VP8 chỉ đạo thực hiện" (fresh54a-011, its cue's letter lost) and "Thực hiện chỉ đạo của Thủ tướng …, Bộ Lao
 * động - Thương binh và Xã hội đã có công văn số 4734/LĐTBXH-BTXH …" (seg34-007) tell of the letter sent.
 */
const ISSUED_BY_SUBJECT = lazyRegExp(() => new RegExp(
  // The issue's date may stand first: "…, ngày 6/3/2021 Sở Nội vụ đã ban hành Kế hoạch số …".
  // A sentence typed in capitals says it so too ("…, UBND TỈNH ĐÃ BAN HÀNH KẾ HOẠCH SỐ …"). The date may name its
  // body with "của", the body's name an abbreviation in brackets: "…, ngày 29 tháng 6 năm 2009 của Bảo hiểm xã hội
  // (BHXH) Việt Nam ban hành Công văn số 2070/BHXH-KHTC …" (BHXH Việt Nam's 2618/BHXH-KHTC, fresh29r-018).
  String.raw`[,;]\s*(?:${ISSUE_DATE}\s*,?\s*(?:của\s+)?)?(?:${phraseSource([...ISSUING_SUBJECTS, ...ISSUING_SUBJECTS.map((w) => w.toUpperCase())], { keepCase: true })})(?![\p{L}\p{N}])(?:[^0-9,;.:()]|\(\p{Lu}{2,12}\)){0,80}?\s(?:${phraseSource([...ISSUED_DOCUMENT_VERBS, ...TOLD_HAS_DOCUMENT_WORDS], { anyCase: true })})\s+$`,
  "u",
));
