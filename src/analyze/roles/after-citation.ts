/**
 * A cue read after one of its clause's citations: the cited document's own verb ("Thông tư số A …
 * hướng dẫn Nghị định số B"), or a second act of the same actor joined to the first ("thay thế A và
 * bãi bỏ B"), or a task, a review or a proposal that makes it neither.
 */
import type { RelationType } from "../../types.js";
import { COMMITTEE_NAMES, NAMED_ABOVE_WORDS, NOUN_BEFORE_NESTED_CUE, TIED_TASK_WORDS } from "../../vocab/cues.js";
import { KINDS } from "../../vocab/kinds.js";
import { phraseSource } from "../../vocab/phrases.js";
import type { FoundCue } from "../cue-finder.js";
import { KIND_WORDS } from "../reach.js";
import { joinedAfter, opensLostClause, ownProposalAfterBasis } from "./joined-proposal.js";
import { ACTED_ON_UNNAMED, ENDS_WITH_PROPOSAL, ISSUED_REACH, ISSUING_SUBJECT, NOUN_REACH } from "./patterns.js";
import { ACTS, type Binding, ClauseReading, RoleReading, SELF, binding, moved } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

const ENDS_WITH_NESTED_NOUN = new RegExp(String.raw`(?:^|[\s,])(?:${phraseSource(NOUN_BEFORE_NESTED_CUE)})\s*$`, "iu");
/** A committee's name right before a cue (COMMITTEE_NAMES): the cue is part of the name, not a cited document's act. */
const ENDS_WITH_COMMITTEE = new RegExp(String.raw`(?:^|[\s,])(?:${phraseSource(COMMITTEE_NAMES)})\s*$`, "iu");

/** readCue's part for a cue after a citation (the cited document's verb, or a next act); true when it has settled r.carried itself. */
export function readCueAfterCitation(r: RoleReading, s: ClauseReading, cue: FoundCue): boolean {
  const { text } = r;
  // "thay thế Quyết định số A và bãi bỏ Quyết định số B": a second act joined at once to a first
  // one is said by the same document (here the citing one), not by A; so in a description,
  // "Quyết định số C về việc sửa đổi Quyết định số D và bổ sung Quyết định số E": C amends E.
  const since = r.spans[s.lastCitation].end;
  const between = text.slice(since, cue.start);
  if (cue.start - since <= NOUN_REACH && !cue.cue.passive) {
    // "Triển khai … Kế hoạch số A … của UBND tỉnh gắn với việc thực hiện Nghị quyết số B": the task
    // tied to the first is the same actor's (the citing document's here), not A's.
    if (TIED_TASK.test(between)) {
      const first = s.underRule ?? s.setAside;
      s.pending = first !== null && !first.passive ? binding(cue.cue.type, first.actor, cue.cue, cue.end) : null;
      if (s.pending === null) r.carried = null;
      return true;
    }
    // "Thực hiện Nghị quyết số A, Đề án triển khai Nghị quyết số A và Quyết định số B": a member named
    // by its kind alone carries out A itself; the list before it goes on with B.
    if (UNNAMED_MEMBER.test(between)) {
      s.afterUnnamed = true;
      s.unnamedOuter = s.setAside;
      s.pending = null;
      return true;
    }
  }
  // "Căn cứ Nghị định số A … và theo đề nghị của Sở Tài chính tại Tờ trình số B": the preamble's last
  // clause, joined to the basis's list; the proposal is the document's own, not A's.
  if (s.setAside !== null && ((ownProposalAfterBasis(s, s.setAside, cue) && joinedAfter(text, since, cue)) || opensLostClause(text, s, s.setAside, cue))) {
    s.pending = binding(cue.cue.type, SELF, cue.cue, cue.end);
    return true;
  }
  const joined = joinedAct(r, s, cue);
  if (joined !== null) {
    s.pending = binding(cue.cue.type, joined, cue.cue, cue.end);
    return true;
  }
  // "Thông tư số A … hướng dẫn một số nội dung thực hiện Nghị định số B": what A guides is carried
  // out under B, which A therefore guides, as the document's own guidance does (above); the
  // reach to B runs from "thực hiện".
  const before = text.slice(Math.max(s.clause.start, cue.start - NOUN_REACH), cue.start);
  // "Công văn số A … đề nghị bãi bỏ Quyết định số B": a proposal, no act of A's.
  if (ACTS.has(cue.cue.type) && ENDS_WITH_PROPOSAL.test(before)) {
    s.pending = null;
    r.carried = null;
    return true;
  }
  const p = s.pending;
  // "Thông báo số A kết luận của Trưởng Ban Chỉ đạo quốc gia triển khai Nghị quyết số B": the
  // committee's name holds the cue; A does not carry B out, as a review's noun does not (below).
  const review = ENDS_WITH_NESTED_NOUN.test(before) || ENDS_WITH_COMMITTEE.test(before);
  if (p !== null && p.actor === s.lastCitation && !p.passive && p.type === "guides" && cue.cue.type === "implements" && !review) {
    s.pending = moved(p, p.actor, cue.end);
    return true;
  }
  // "Công văn số A về việc báo cáo kết quả thực hiện Chỉ thị số B": a review of B's
  // implementation, A does not carry B out; a verb before it ("hướng dẫn việc thực hiện") still governs.
  if (review) return true;
  // "Căn cứ Nghị định số 28/CP … quy định chi tiết Pháp lệnh X, các Nghị định sửa đổi, bổ sung
  // Nghị định số 28/CP": the act is by documents left unnamed, not by the document before them.
  // "Thực hiện Công văn số X …, Sở Tư pháp kính trình UBND tỉnh ban hành Quyết định sửa đổi …
  // Quyết định số Y": after a comma another subject speaks; the act is not X's.
  const unnamedObject = ACTED_ON_UNNAMED.test(text.slice(Math.max(since, cue.start - 40), cue.start));
  if (unnamedObject && p !== null && p.actor === s.lastCitation && !p.passive && ACTS.has(p.type) && (cue.cue.type === "guides" || cue.cue.type === "implements")) {
    s.unnamedAct = p;
  }
  s.pending =
    unnamedObject || (cue.start - since <= ISSUED_REACH && ANOTHER_SUBJECT().test(text.slice(since, cue.start)))
      ? null
      : binding(cue.cue.type, s.lastCitation, cue.cue, cue.end);
  return false;
}

/**
 * A comma, then a body as the subject of what follows, and the document that acts named by its kind
 * alone right before the cue: "…, Sở Tư pháp kính trình UBND tỉnh xem xét ban hành Quyết định". Not a
 * joint issuer's name ("… của Bộ Tài chính, Bộ Tư pháp hướng dẫn …": the cited document still acts).
 */
const ANOTHER_SUBJECT = lazyRegExp(() => new RegExp(String.raw`,\s*${ISSUING_SUBJECT}(?![\p{L}\p{N}])[^,;.:()]*\s(?:${phraseSource(KINDS.flatMap((k) => k.words), { anyCase: true })})\s*$`, "u"));

/** TIED_TASK_WORDS right after a document's mention (its issuer ends it), before a cue. */
const TIED_TASK = new RegExp(String.raw`^\s*,?\s*(?:${phraseSource(TIED_TASK_WORDS)})\s*$`, "iu");
/** ", Đề án " between a document and a cue: a next member of the list, named by its kind alone. */
const UNNAMED_MEMBER = new RegExp(String.raw`^\s*[,;]\s*(?:${KIND_WORDS})\s*$`, "iu");
/**
 * An act's cue right after a document acted on, joined to that act by "và", "," or "đồng thời"
 * alone: the actor of the first act (SELF or a cited document's index), or null.
 */
function joinedAct(r: RoleReading, s: ClauseReading, cue: FoundCue): number | null {
  const first = s.setAside;
  if (first === null || first.passive || !(joinable(first.type, cue.cue.type) || ownTitleVerbs(s, first, cue.cue.type))) return null;
  const from = r.spans[s.lastCitation].end;
  return cue.start - from <= NOUN_REACH && JOINED_AFTER_MENTION.test(r.text.slice(from, cue.start)) ? first.actor : null;
}
/**
 * Two verbs one actor says of two documents in a row: two acts ("thay thế A và bãi bỏ B"), or two
 * guiding verbs ("Thông tư này hướng dẫn thi hành Nghị định số A và quy định chi tiết khoản 3 Điều 5
 * của Nghị định số B": B is guided by the document, not by A, which no description of A begins with "và").
 */
function joinable(first: RelationType, then: RelationType): boolean {
  return (ACTS.has(first) && ACTS.has(then)) || (first === "guides" && then === "guides");
}
/**
 * A subject line's own verbs, one per document: "thực hiện Chỉ thị số A và triển khai Nghị quyết số B",
 * "ban hành kế hoạch thực hiện Quyết định số A và bãi bỏ Kế hoạch số B". Right after A's mention (its
 * number, date, issuer) comes no description of A, so the verb after "và" is the document's, as the
 * one before A was, not A's.
 */
function ownTitleVerbs(s: ClauseReading, first: Binding, then: RelationType): boolean {
  if (s.clause.part !== "title" || first.actor !== SELF) return false;
  const carries = (t: RelationType) => t === "implements" || ACTS.has(t);
  return (carries(first.type) || first.type === "guides") && carries(then);
}
/** The same after a document acted on, which may be named again with "nêu trên": "thay thế Quyết định số 15 nêu trên và bãi bỏ …". */
const JOINED_AFTER_MENTION = new RegExp(`^\\s*(?:(?:${phraseSource(NAMED_ABOVE_WORDS)})\\s*)?(?:[,;]\\s*(?:và\\s+|đồng\\s+thời\\s+)?|(?:và|đồng\\s+thời)\\s+)$`, "iu");
