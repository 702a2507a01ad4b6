/**
 * Where a "Căn cứ …" fronted before the writer's main clause ends (vocab/cues.ts BASIS_MAIN_CLAUSE_VERBS):
 * "Căn cứ quy định nêu trên, Tổng cục Thuế đồng ý với ý kiến … tại Công văn số 1752/CT-THNVDT …". The
 * document after the main clause's verb is not reached by "Căn cứ".
 */
import type { PartType } from "../../types.js";
import { BASIS_ANAPHOR_NOUNS, BASIS_ANAPHOR_POINTERS, BASIS_MAIN_CLAUSE_SUBJECT_WORDS, BASIS_MAIN_CLAUSE_VERBS, BASIS_RULE_OBJECT_WORDS, PINPOINT_WORDS, WORK_UNDER_RULE_WORDS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lastAtOrBefore } from "../../shared/search.js";
import { dropTrailingPinpoint } from "../reach.js";
import { type Binding, SELF } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** Whether the words between the document's own "Căn cứ" (b) and a document at `to` hold the opening of its main clause. */
export function basisClauseEnded(text: string, b: Binding, to: number): boolean {
  if (b.type !== "based_on" || b.actor !== SELF || b.passive) return false;
  const filler = text.slice(b.end, to);
  // Most fillers have no comma: the verbs and pointers are not looked for.
  return filler.includes(",") && (MAIN_CLAUSE().test(filler) || ANAPHOR_BASIS().test(filler));
}

/**
 * Whether a "Căn cứ" carried on to the next clause had ended in its own: its clause named no document after it and
 * went on to the writer's main clause ("Căn cứ chức năng, nhiệm vụ, Cục Thuế tỉnh Bắc Ninh trả lời vướng mắc của
 * Công ty … như sau: ⏎ Tại khoản 1, điểm 2.30 khoản 2 Điều 6 Thông tư số 78/2014/TT-BTC … quy định …", fresh54e-009):
 * the rules the answer quotes next are no basis. A clause that named documents after its "Căn cứ" is a list whose
 * descriptions hold verbs of their own ("…; Nghị định số 84/2007/NĐ-CP … quy định sửa đổi, bổ sung về việc cấp giấy
 * chứng nhận …, thu hồi đất, thực hiện quyền sử dụng đất …;", dev-025): not read so.
 */
export function carriedBasisEnded(text: string, b: Binding, from: number, spans: readonly { start: number }[]): boolean {
  if (b.type === "based_on" && b.actor === SELF && !b.passive && from > b.end && PREMISE_THEN().test(text.slice(Math.max(b.end, from - PREMISE_THEN_CHARS), from))) return true;
  const before = lastAtOrBefore(spans, from - 1, (s) => s.start);
  if (before >= 0 && spans[before].start >= b.end) return false;
  return basisClauseEnded(text, b, from);
}

/**
 * A "Căn cứ" that is a premise, its clause ending with "thì" before the consequent: "Căn cứ quy định tại tiết b khoản 2 mục
 * III của Thông tư số 21/2003/TT-BLĐTBXH … thì: ngoài khoản trợ cấp …, công ty có trách nhiệm trả trợ cấp thôi việc theo
 * quy định tại khoản 1 Điều 42 của Bộ luật Lao động …" (Bộ Lao động - Thương binh và Xã hội's reply 3208/LĐTBXH-LĐTL, 2008,
 * fixtures/fresh/pairs32-015); "Căn cứ các quy định nêu trên thì: ⏎ …" (the replies fresh50b-003, -015, fresh54e-003,
 * pairs44-001 "Căn cứ quy định nêu trên và theo trình bày của Công ty, thì:"); "Căn cứ vào khoản 1 Điều 162 … Luật Doanh
 * nghiệp thì hợp đồng … là …" (full32-019, the consequent in the same clause). "Nếu/Căn cứ A thì B": what the
 * consequent after the ":" names is the answer's rule or condition, never the letter's basis: the carried "Căn cứ"
 * ends at "thì". Its clause's own documents, before "thì", stay as read.
 */
const PREMISE_THEN = lazyRegExp(() => /(?<![\p{L}\p{M}])thì[ \t]*[:,]?\s*$/iu);
/** The "thì" ends the carried clause: its last characters are looked at. */
const PREMISE_THEN_CHARS = 16;

// "Căn cứ [vào] (các|những) quy định (nêu) trên[ và …], …": the object is the pointer; a comma on the same line ends
// the phrase (no document between, so "Căn cứ quy định tại Điều 5 Luật … nêu trên" is not this).
const ANAPHOR_BASIS = lazyRegExp(() => new RegExp(
  String.raw`^\s*(?:vào\s+)?(?:(?:các|những|mọi)\s+)?(?:${phraseSource(BASIS_ANAPHOR_NOUNS)})\s+(?:${phraseSource(BASIS_ANAPHOR_POINTERS)})(?![\p{L}\p{M}])[^,;:\n\d]{0,60},`,
  "iu",
));

// ", [subject of up to N words] <verb> ": letters only between the comma and the verb, so that the
// comma is the one closing the "Căn cứ" phrase and not one inside a list of bodies or documents.
const MAIN_CLAUSE = lazyRegExp(() => new RegExp(
  String.raw`,\s*(?:[\p{L}\p{M}]+\s+){0,${BASIS_MAIN_CLAUSE_SUBJECT_WORDS}}(?:${phraseSource(BASIS_MAIN_CLAUSE_VERBS)})(?![\p{L}\p{M}])`,
  "iu",
));

/**
 * Whether the document's own "Căn cứ", outside a preamble, takes a thing the writer acts on as its object and reaches
 * the document at `to` only as the rule that thing or the act follows, through "theo quy định tại/của" (a provision
 * between, or none): "2. Kiểm tra các chứng từ … ⏎ Căn cứ vào phương thức nộp các chứng từ thuộc hồ sơ hải quan theo
 * quy định tại khoản 2 Điều 3 Thông tư số 38/2015/TT-BTC, công chức kiểm tra hồ sơ thực hiện như sau:" (Tổng cục Hải
 * quan's 2733/TCHQ-GSQL, 2015, fixtures/fresh/fresh54b-003), "Căn cứ văn bản từ chối nhận hàng và xin xuất trả của
 * chủ hàng, Chi cục Hải quan nơi đang lưu giữ hàng hóa thực hiện việc kiểm tra và xử lý theo đúng quy định tại Điều 96
 * Thông tư 38/2015/TT-BTC." (its 778/TCHQ-GSQL, 2017, fixtures/fresh/body33-002, whose subject is too long for
 * basisClauseEnded's): a step of a procedure, the circular the rule it follows, a reference (the letters guide or cite
 * that circular in their subject and opening already). The object is a thing
 * when its first word is in lower case and names no provision or rule (PINPOINT_WORDS, BASIS_RULE_OBJECT_WORDS):
 * "căn cứ điều 5 …", "căn cứ các quy định tại …", "Căn cứ nội dung hướng dẫn theo quy định tại …" stay bases; a
 * document's name in capitals ("Căn cứ Quyết định …") is no thing. A preamble's item
 * is the document's basis whatever it names first ("Căn cứ định mức … ban hành kèm theo Quyết định số 14/2003/QĐ-BTNMT",
 * dev-059): not read here.
 */
export function basisThingUnderRule(text: string, b: Binding, to: number, part: PartType): boolean {
  if (part === "preamble" || b.type !== "based_on" || b.actor !== SELF || b.passive || to - b.end > THING_UNDER_RULE_CHARS) return false;
  if (!BASIS_WORD_BEFORE().test(text.slice(Math.max(0, b.end - 16), b.end))) return false;
  const filler = text.slice(b.end, to);
  return THING_OBJECT().test(filler) && !RULE_OBJECT().test(filler) && !filler.includes(";") && RULE_TAIL().test(dropTrailingPinpoint(filler));
}
/** The "Căn cứ" family's words ending where the binding does ("Căn cứ", "căn cứ vào"), not "Trên cơ sở". */
const BASIS_WORD_BEFORE = lazyRegExp(() => /(?<![\p{L}\p{M}])căn(?:\s+cứ)?(?:\s+vào)?\s*$/iu);
/** A thing's name and its "theo quy định tại" fit in this, within one sentence of a procedure. */
const THING_UNDER_RULE_CHARS = 240;
/** The object's first word, in lower case (a name in capitals is a document's or a body's). */
const THING_OBJECT = lazyRegExp(() => /^\s*(?:vào\s+)?\p{Ll}/u);
/**
 * An object that names a provision or rules: no thing. A kind word in lower case with words of its own after it names
 * a paper the writer acts on, which the rule after "theo quy định tại" governs too ("văn bản từ chối nhận hàng").
 */
const RULE_OBJECT = lazyRegExp(() => new RegExp(
  String.raw`^\s*(?:vào\s+)?(?:${phraseSource(PINPOINT_WORDS)}|${phraseSource(BASIS_RULE_OBJECT_WORDS)})(?![\p{L}\p{M}])`,
  "iu",
));
/** "… theo (đúng) quy định tại " last before the document (its provision dropped): the rule followed. */
const RULE_TAIL = lazyRegExp(() => new RegExp(String.raw`[\p{L}\p{N})]\s+theo\s+(?:đúng\s+)?(?:${phraseSource(WORK_UNDER_RULE_WORDS)})\s*$`, "iu"));
