/**
 * A proposal's clause joined to the clause in which the document spoke for itself before it: "Căn cứ …
 * và theo đề nghị của …", "Thực hiện Kế hoạch số X …, xét đề nghị của … tại Tờ trình số Y", "Theo Quyết
 * định số X … và đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số Y". The proposal is the document's own:
 * Y is proposed_by, not carried out by the document, nor a part of X's description.
 */
import type { RelationType } from "../../types.js";
import type { FoundCue } from "../cue-finder.js";
import { type Binding, ClauseReading, SELF } from "./reading.js";

/**
 * A proposal's cue ("theo đề nghị", "xét đề nghị") in a preamble clause the document opened with its
 * own basis ("Căn cứ …"): older preambles join their last clause to the bases so. Also after what the
 * document carries out, in a preamble or in a letter's or a plan's opening (session 31, pairs31): "Thực
 * hiện ý kiến chỉ đạo của Ủy ban thường vụ Quốc hội, theo đề nghị của Ủy ban về các vấn đề xã hội (tại
 * văn bản số Y)" (fresh29h-013); the caller checks that the proposal is joined there (joinedAfter).
 */
export function ownProposalAfterBasis(s: ClauseReading, before: Binding, cue: FoundCue): boolean {
  if (before.actor !== SELF || before.passive || cue.cue.type !== "proposed_by" || cue.cue.reach !== "far") return false;
  if (JOINED_TO_PROPOSAL.has(before.type)) return s.clause.part === "preamble";
  return before.type === "implements" && (s.clause.part === "preamble" || s.clause.part === "body");
}
/**
 * The document's own cues a proposal's clause is joined to: its bases, or "Xét" said of no document
 * ("Xét tình hình thực tế ở địa phương và theo đề nghị của Giám đốc Sở Nội vụ tại Công văn số X").
 */
const JOINED_TO_PROPOSAL: ReadonlySet<RelationType> = new Set(["based_on", "proposed_by"]);
/** What ends a document's mention before a clause joined to it: "và", ",", ";" ("… của Chính phủ và theo đề nghị …"). */
const JOINED_CLAUSE = /(?:[,;]|(?:^|\s)và)\s*$/u;

/**
 * Whether the cue joins the words from `from` on as a clause of its own (JOINED_CLAUSE, or "và" is the
 * cue's first word: Cue.joinsOwn).
 */
export function joinedAfter(text: string, from: number, cue: FoundCue): boolean {
  return cue.cue.joinsOwn === true || JOINED_CLAUSE.test(text.slice(from, cue.start));
}
/**
 * Whether a cue said only where it joins the document's own clause (Cue.joinsOwn: "và đề nghị của") does
 * so here: the binding before it is the document's own, and a proposal may be joined to it.
 */
export function joinsOwnClause(s: ClauseReading, cue: FoundCue): boolean {
  const before = s.lastCitation >= 0 ? s.bound : s.pending;
  return before !== null && ownProposalAfterBasis(s, before, cue);
}

/**
 * A preamble's next clause after a copy lost the line break (and the ";") before it: its opening word
 * stands in the line with its capital, right after a basis's document ("Căn cứ Thông tư số 117/2004/TT-BTC
 * … của Bộ Tài chính Xét đề nghị của Cục Thuế tỉnh Gia Lai tại Tờ trình số 2520/TTr-CT", full32b-013;
 * "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001 Căn cứ Nghị quyết số 03 NQ-CP …", fresh30e-018).
 * No description says "Căn cứ" or "Xét" with a capital inside a sentence: the basis or the proposal is
 * the document's own, as after ";". Not a title in capitals ("CĂN CỨ"): the second letter is small. A
 * page flattened onto one line may leave its preamble in the title part: a basis the document said
 * there is its own all the same.
 */
export function opensLostClause(text: string, s: ClauseReading, before: Binding, cue: FoundCue): boolean {
  if (before.actor !== SELF || before.passive || !JOINED_TO_PROPOSAL.has(before.type) || !JOINED_TO_PROPOSAL.has(cue.cue.type) || (s.clause.part !== "preamble" && s.clause.part !== "title")) return false;
  const first = text[cue.start];
  const second = text[cue.start + 1];
  return first !== first.toLowerCase() && second !== undefined && second !== second.toUpperCase();
}
