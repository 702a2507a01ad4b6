/**
 * "Thực hiện X, …, các cơ quan, đơn vị, địa phương đã quán triệt …": a sentence that opens with the
 * document's own cue but tells what other bodies did under X. The document does not carry X out; nor
 * does a report past its first division that tells what its issuer did ("…, Bộ đã phối hợp …": BODY_DID),
 * nor a page of no heading that tells one named body's act and does not speak as it (tellsOneBodysAct).
 */
import { BASIS_CLAUSE_WORDS, SECTOR_WORDS, SUBJECT_LEAD_WORDS, TOLD_HAS_DOCUMENT_WORDS, UNIT_LEVEL_WORDS, type Cue } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lastAtOrBefore } from "../../shared/search.js";
import { KIND_WORDS } from "../reach.js";
import { type Binding, RoleReading, SELF } from "./reading.js";
import { CONTENT_FOLLOWS_SOURCE, ISSUING_SUBJECT, NAMED_BODY, OTHER_BODIES, speaksAsItself } from "./patterns.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * The documents the head cue bound for the document itself (`head`, an implements) become references
 * when the sentence it opens ends with a main clause of other bodies' past work: after the sentence's
 * last document, a clause (after "," or ";", so across the ";"-clauses the tool splits a sentence into)
 * whose subject is many bodies (OTHERS_DID) and whose verb is "đã" and an active verb. The golds read
 * the issuer's own past act as its own ("…, Bộ Giáo dục và Đào tạo đã có Công văn …" keeps implements;
 * "…, UBND tỉnh đã ban hành Kế hoạch số Y" is passToIssued's), so a named single body never fires.
 * Nor when that main clause tells that a body issued a document unnumbered (ISSUED_UNNUMBERED): "Thực hiện
 * Kế hoạch số 47/KH-BCĐ … của Ban Chỉ đạo … tỉnh, Ban Chỉ đạo … huyện đã ban hành Kế hoạch hưởng ứng … (Sau
 * đây viết tắt là Kế hoạch của huyện); …" (a district's letter, fixtures/fresh/fresh39b-003): X is that
 * document's (fixtures/fresh/CONVENTIONS.md §4), which has no number to carry it; the citing document only
 * names X. `end` is one past the clause's last citation.
 */
export function retellsOthersWork(r: RoleReading, head: Binding, end: number): void {
  if (head.actor !== SELF || head.passive || head.type !== "implements") return;
  if (tellsUnnumberedIssue(r, end)) {
    r.referencesOnly(head, end);
    return;
  }
  const sentenceEnd = mainSentenceEnd(r, end);
  if (sentenceEnd < 0) return;
  const main = r.text.slice(lastDocumentEnd(r, sentenceEnd), sentenceEnd);
  if (!OTHERS_DID().test(main) && !(r.recounts && r.divided && BODY_DID().test(main)) && !ISSUED_UNNUMBERED().test(main) && !tellsOneBodysAct(r, main, sentenceEnd)) return;
  r.referencesOnly(head, end);
}

/**
 * A page with no heading of its own (neither its kind nor its issuer: a news or portal item) whose sentence tells
 * one named body's past act under X ("Thực hiện Quyết định 238- QĐ/TW …; Ban Tuyên giáo Huyện ủy đã phối hợp chặt
 * chẻ với …", the Tiên Phước portal, fixtures/fresh/fresh54h-011), and which does not speak as that body in the
 * sentence or after it (OWN_VOICE_WORDS): the page tells of the act, X is the body's, not the page's
 * (fixtures/fresh/CONVENTIONS.md §13 (a), dev-050's press article). A body's own letter or notice printed without its
 * heading goes on to ask or report ("…. Để hoàn thiện dự thảo Thông tư, Cục … trân trọng đề nghị …", fresh44c-015)
 * and keeps X. Under a heading of its own the text is the document and speaks for itself.
 */
function tellsOneBodysAct(r: RoleReading, main: string, sentenceEnd: number): boolean {
  return r.ownKind === null && r.ownIssuers === null && NAMED_BODY_DID().test(main) && !speaksAsItself(r.text, main, sentenceEnd);
}

/**
 * A page with no heading of its own (neither its kind nor its issuer) whose "Thực hiện X …" goes on, in its main clause or
 * in the next sentence, to tell that a named body has a document it names by no number: "Thực hiện ý kiến chỉ đạo của Thủ
 * tướng Chính phủ … tại Thông báo số 253/TB-VPCP …. UBND tỉnh Tuyên Quang có Công văn gửi các sở, ban, ngành … về việc
 * tăng cường …" (Tuyên Quang TV, fixtures/fresh/fresh61e-001), "Nghiêm túc thực hiện chỉ đạo của Thủ tướng … tại Thông
 * báo số 31/TB-VPCP …, Chủ tịch UBND huyện vừa có công văn yêu cầu các cơ quan …" (the Yên Lạc portal, fresh56d-006; both
 * golds: no relation of the page's). X is that document's (CONVENTIONS.md §4, as ISSUED_UNNUMBERED's "đã ban hành"),
 * which has no number to carry it, and the page only tells of it (§3). The told clause may hold the document's own
 * request ("có công văn yêu cầu …"); the page speaking as the body after that sentence (OWN_VOICE_WORDS: a letter printed
 * without its heading), or "như sau" in it (its content follows), keeps X, as tellsOneBodysAct does. Only the first
 * named body after the clause's last citation, before the next citation: a later clause may tell anything.
 */
function tellsUnnumberedIssue(r: RoleReading, end: number): boolean {
  if (r.ownKind !== null || r.ownIssuers !== null) return false;
  const { text, spans } = r;
  const from = spans[end - 1].end;
  const stretch = text.slice(from, Math.min(end < spans.length ? spans[end].start : text.length, from + SENTENCE_CHARS));
  const body = BODY_AFTER_CLAUSE().exec(stretch);
  if (body === null) return false;
  const told = HAS_UNNUMBERED();
  told.lastIndex = body.index;
  if (!told.test(stretch)) return false;
  // The rest of the told sentence: its content following, or the body speaking after it, keeps X.
  const rest = stretch.slice(told.lastIndex);
  const stop = SENTENCE_END.exec(rest);
  const sentence = stop === null ? rest : rest.slice(0, stop.index);
  return !CONTENT_FOLLOWS().test(sentence) && !speaksAsItself(text, "", from + told.lastIndex + sentence.length);
}
/** The first named body after a clause's separator or a sentence's stop: ", Chủ tịch UBND huyện", ". UBND tỉnh Tuyên Quang". */
const BODY_AFTER_CLAUSE = lazyRegExp(() => new RegExp(String.raw`(?:[,;]|\.(?=\s))[ \t\r\n]*${NAMED_BODY}(?![\p{L}\p{N}])`, "u"));
/**
 * From BODY_AFTER_CLAUSE's place (sticky): the body, the rest of its name (no digit, stop or quote), "có" with its tense
 * word (TOLD_HAS_DOCUMENT_WORDS) and a kind word with no number, "số" or "này" after it. Bounded: linear.
 */
const HAS_UNNUMBERED = lazyRegExp(() => new RegExp(
  String.raw`(?:[,;]|\.(?=\s))[ \t\r\n]*${NAMED_BODY}(?![\p{L}\p{N}])[^.,;:0-9“”"()]{0,${SUBJECT_CHARS}}?${WS}(?:${phraseSource(TOLD_HAS_DOCUMENT_WORDS)})${WS}(?:${KIND_WORDS})(?![\p{L}\p{N}])(?![ \t]*[0-9])(?!${WS}(?:số|này)(?![\p{L}\p{N}]))`,
  "iuy",
));
const CONTENT_FOLLOWS = lazyRegExp(() => new RegExp(CONTENT_FOLLOWS_SOURCE, "iu"));

/**
 * "Trên cơ sở Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP của Chính phủ, Bộ NN-MT đã ban hành Chương
 * trình hành động …" (a news page, fixtures/fresh/fresh44c-002), "Trên cơ sở Quyết định số 131/ QĐ-TTg năm
 * 2022 của Thủ tướng Chính phủ phê duyệt Đề án “…” (…), Học viện Ngân hàng cũng đã có những hành động thiết
 * thực …" (a research article): "Trên cơ sở" opens a sentence whose main clause tells what a named body did
 * on that basis ("đã" and an active verb). The text tells of the act; it rests on nothing, so the documents
 * the cue bound for it are references. Only "Trên cơ sở": "Căn cứ" heads a document's own basis. A document
 * the body issued by number is passToIssued's (the sentence's last document is then the issued one, and no
 * body follows it). Implements is read by retellsOthersWork ("Thực hiện X, Ban Chỉ đạo … đã ban hành Kế hoạch
 * …" with the plan unnumbered, fresh39b-003).
 */
export function basisOfOthersAct(r: RoleReading, head: Binding, end: number): void {
  if (head.actor !== SELF || head.passive || head.type !== "based_on" || !opensBasisClause(head.cue)) return;
  const sentenceEnd = mainSentenceEnd(r, end);
  if (sentenceEnd < 0 || !NAMED_BODY_DID().test(r.text.slice(lastDocumentEnd(r, sentenceEnd), sentenceEnd))) return;
  r.referencesOnly(head, end);
}
const BASIS_CLAUSES: ReadonlySet<string> = new Set(BASIS_CLAUSE_WORDS);
/**
 * Whether one of a cue's phrases is a basis clause's words ("Trên cơ sở"), kept by cue: a cue's phrases are fixed
 * (vocab/cues.ts), and lower-casing each of them (a call into ICU for Vietnamese letters) at every based_on binding
 * (1,410 a devx5 pass, the seven phrases of "Căn cứ" and its misreadings each time) cost more than the rest of the test.
 */
export function opensBasisClause(cue: Cue): boolean {
  let known = OPENS_BASIS_CLAUSE.get(cue);
  if (known === undefined) OPENS_BASIS_CLAUSE.set(cue, (known = cue.phrases.some((p) => BASIS_CLAUSES.has(p.toLowerCase()))));
  return known;
}
const OPENS_BASIS_CLAUSE = new WeakMap<Cue, boolean>();

/**
 * The end of the sentence the clause's last citation stands in, when a "đã" stands between them and the
 * sentence's last document ends before it; -1 otherwise. `end` is one past the clause's last citation. The main
 * clause is text.slice(lastDocumentEnd(r, sentenceEnd), sentenceEnd).
 */
function mainSentenceEnd(r: RoleReading, end: number): number {
  const { text, spans } = r;
  const from = spans[end - 1].end;
  const stretch = text.slice(from, from + SENTENCE_CHARS);
  // No "đã" at all, nothing told: most clauses stop here, before any regex runs.
  const told = stretch.indexOf("đã");
  if (told < 0) return -1;
  // The sentence's end: its full stop or a blank line, within the stretch (none found: nothing told).
  const stop = SENTENCE_END.exec(stretch);
  if (stop === null || stop.index < told) return -1;
  const sentenceEnd = from + stop.index;
  // The main clause stands after the sentence's last document (and its description).
  return lastDocumentEnd(r, sentenceEnd) < sentenceEnd ? sentenceEnd : -1;
}
/** Where the last document that opens before `at` ends. */
const lastDocumentEnd = (r: RoleReading, at: number): number => r.spans[lastAtOrBefore(r.spans, at, (x) => x.start)].end;

/** How far the sentence may run past the clause's last document: a list of three documents and the main clause fit. */
const SENTENCE_CHARS = 800;
/** A full stop before a space, a quotation mark or the text's end (not "12.4.2012"), or a blank line. */
const SENTENCE_END = /\.(?=[\s"”]|$)|\n[ \t]*\n/u;
/** The most characters between the subject's first words and "đã": "các cấp, các ngành, cộng đồng doanh nghiệp và nhân dân Thủ đô". */
const SUBJECT_CHARS = 80;
const WS = String.raw`[ \t\r\n]+`;
const UNITS = phraseSource(UNIT_LEVEL_WORDS, { anyCase: true });
const SECTORS = phraseSource(SECTOR_WORDS, { anyCase: true });
/** After the subject's first words: the rest of it (no digit or stop), "đã" and an active verb ("đã được giao" tells what befell them). */
const THEN_DID = String.raw`(?![\p{L}\p{M}\p{N}])[^.;:0-9]{0,${SUBJECT_CHARS}}?${WS}đã${WS}(?!được|bị)\p{L}`;
/**
 * A clause's opening subject of many bodies, then "đã" and an active verb ("đã được giao" tells what
 * befell them). Bounded runs of words split by spaces, no digit or stop in the subject: linear.
 */
const OTHERS_DID = lazyRegExp(() => new RegExp(
  String.raw`(?:^|[,;])[ \t\r\n]*(?:(?:${phraseSource(SUBJECT_LEAD_WORDS, { anyCase: true })})${WS})?` +
    String.raw`(?:${OTHER_BODIES}` +
    // A sector and its name, capitalised ("ngành Dân số tỉnh Nghệ An"): one body, but never the document's issuer.
    String.raw`|(?:${SECTORS})${WS}\p{Lu}[\p{L}\p{M}]*` +
    String.raw`|${ISSUING_SUBJECT}(?:${WS}[^\s,.;:0-9]+){0,4}?(?:${WS}các)?${WS}(?:${UNITS})[ \t\r\n]*,?[ \t\r\n]*(?:${UNITS}))` +
    THEN_DID,
  "u",
));
/**
 * ", Ban Chỉ đạo … huyện đã ban hành Kế hoạch hưởng ứng …": after a comma, a body (ISSUING_SUBJECTS), "đã ban hành" and a
 * kind word with no number or "này" after it. No digit, stop or quote in the subject: bounded, linear.
 */
const ISSUED_UNNUMBERED = lazyRegExp(() => new RegExp(
  String.raw`[,;][ \t\r\n]*${ISSUING_SUBJECT}(?![\p{L}\p{N}])[^.,;:0-9“”"()]{0,${SUBJECT_CHARS}}?${WS}đã${WS}ban${WS}hành${WS}(?:${KIND_WORDS})(?![\p{L}\p{N}])(?!${WS}(?:số|này)(?![\p{L}\p{N}]))`,
  "iu",
));
/**
 * A report's record, past its first division, of what its issuer did: "Thực hiện Quyết định số 61/QĐ-CTN
 * …, Bộ đã phối hợp và chỉ đạo các địa phương …", "Thực hiện ý kiến chỉ đạo … tại công văn số
 * 1088/VPCP-KTTH …, Bộ đã thành lập các đoàn kiểm tra …" (Bộ LĐTBXH's monthly report, fixtures/fresh/
 * seg34-007), "I. CÔNG TÁC … 1. Ban hành các văn bản chỉ đạo ⏎ Thực hiện Quyết định số 1126/QĐ-BTP …, UBND
 * tỉnh Quảng Bình đã ban hành Kế hoạch số 1093/KH-UBND" (a Quảng Bình report, fresh30v-010; gold: no edge
 * from the report): a report tells of acts and performs none (KindEntry.recounts). Its opening, before
 * any division, still states what it answers ("Thực hiện Nghị quyết số 412/2017/NQ-UBTVQH14 …", fresh29v-002): kept.
 * The subject is a body (ISSUING_SUBJECTS) right after the comma, then "đã" and an active verb. The division may be
 * numbered "I- " (the Council of State's 1984 report, "I- CÔNG TÁC LẬP PHÁP ⏎ … Thi hành Chỉ thị số 52-CT/TW … và quyết
 * định của Hội đồng Nhà nước, Văn phòng Quốc hội và Hội đồng Nhà nước đã tổ chức cuộc họp báo …", fixtures/fresh/
 * fresh55h-011; CONVENTIONS.md §13 (b); reach-limits.ts SECTION_ROMAN_DASH).
 */
const BODY_DID = lazyRegExp(() => new RegExp(
  String.raw`^[ \t\r\n]*,[ \t\r\n]*${ISSUING_SUBJECT}` + THEN_DID,
  "u",
));
/**
 * A clause of the sentence, after "," or ";", whose subject is a named body (ISSUING_SUBJECTS, TOLD_BODY_WORDS,
 * capitalized as a name is) and whose verb is "đã" and an active verb: "…, Bộ NN-MT đã ban hành …", "…, Học
 * viện Ngân hàng cũng đã có …", "…; Ban Tuyên giáo Huyện ủy đã phối hợp …" (tellsOneBodysAct). No comma, quote,
 * bracket, digit or stop in the subject, so a document's description ("giai đoạn 2022-2025, định hướng đến năm
 * 2030”") is not taken for it. Bounded: linear.
 */
const NAMED_BODY_DID = lazyRegExp(() => new RegExp(
  String.raw`[,;][ \t\r\n]*${NAMED_BODY}(?![\p{L}\p{N}])[^.,;:0-9“”"()]{0,${SUBJECT_CHARS}}?${WS}đã${WS}(?!được|bị)\p{L}`,
  "u",
));
