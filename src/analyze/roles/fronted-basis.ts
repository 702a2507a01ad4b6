/**
 * Where a "Căn cứ …" fronted before the writer's main clause ends (vocab/cues.ts BASIS_MAIN_CLAUSE_VERBS):
 * "Căn cứ quy định nêu trên, Tổng cục Thuế đồng ý với ý kiến … tại Công văn số 1752/CT-THNVDT …". The
 * document after the main clause's verb is not reached by "Căn cứ".
 */
import { BASIS_ANAPHOR_NOUNS, BASIS_ANAPHOR_POINTERS, BASIS_MAIN_CLAUSE_SUBJECT_WORDS, BASIS_MAIN_CLAUSE_VERBS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lastAtOrBefore } from "../../shared/search.js";
import { type Binding, SELF } from "./reading.js";

/** Whether the words between the document's own "Căn cứ" (b) and a document at `to` hold the opening of its main clause. */
export function basisClauseEnded(text: string, b: Binding, to: number): boolean {
  if (b.type !== "based_on" || b.actor !== SELF || b.passive) return false;
  const filler = text.slice(b.end, to);
  // Most fillers have no comma: the verbs and pointers are not looked for.
  return filler.includes(",") && (MAIN_CLAUSE.test(filler) || ANAPHOR_BASIS.test(filler));
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
  const before = lastAtOrBefore(spans, from - 1, (s) => s.start);
  if (before >= 0 && spans[before].start >= b.end) return false;
  return basisClauseEnded(text, b, from);
}

// "Căn cứ [vào] (các|những) quy định (nêu) trên[ và …], …": the object is the pointer; a comma on the same line ends
// the phrase (no document between, so "Căn cứ quy định tại Điều 5 Luật … nêu trên" is not this).
const ANAPHOR_BASIS = new RegExp(
  String.raw`^\s*(?:vào\s+)?(?:(?:các|những|mọi)\s+)?(?:${phraseSource(BASIS_ANAPHOR_NOUNS)})\s+(?:${phraseSource(BASIS_ANAPHOR_POINTERS)})(?![\p{L}\p{M}])[^,;:\n\d]{0,60},`,
  "iu",
);

// ", [subject of up to N words] <verb> ": letters only between the comma and the verb, so that the
// comma is the one closing the "Căn cứ" phrase and not one inside a list of bodies or documents.
const MAIN_CLAUSE = new RegExp(
  String.raw`,\s*(?:[\p{L}\p{M}]+\s+){0,${BASIS_MAIN_CLAUSE_SUBJECT_WORDS}}(?:${phraseSource(BASIS_MAIN_CLAUSE_VERBS)})(?![\p{L}\p{M}])`,
  "iu",
);
