/**
 * Whether the citing document itself says a cue: only a heading, its own name ("Quyết định này"), its
 * issuer, a purpose clause or the issuing article may stand before it in the clause.
 */
import type { Kind } from "../../types.js";
import { NEVER_ATTACHED_KINDS, OTHER_DOCUMENT_HEAD_KINDS, ISSUED_TEXT_WORDS, PASSED_WORDS, ISSUING_ARTICLE_WORDS, IN_FORCE_REACH_WORDS, IN_FORCE_WORDS, OBJECT_LINK_WORDS, JOINING_WORDS, PURPOSE_CLAUSE_WORDS, PURPOSE_OPENERS, SUMMING_UP_OPENERS, SUMMING_UP_WORDS, THIS_WORD } from "../../vocab/cues.js";
import { KINDS, kindByWord } from "../../vocab/kinds.js";
import { phraseSource } from "../../vocab/phrases.js";
import type { Clause } from "../clauses.js";
import { brokenOnPurpose } from "../lines.js";
import { lastAtOrBefore } from "../../shared/search.js";
import { lastNonBlank } from "../../shared/chars.js";
import { CHANGES_WHEN_LOWERCASED } from "../../shared/lower-case.js";
import type { FoundCue } from "../cue-finder.js";
import { FAR_CHARS, ITEM_MARKER, KIND_WORDS, THIS_DOCUMENT, words } from "../reach.js";
import { AT_HEAD, ENDS_WITH_NOUN, OTHER_BODIES_TAIL, ENDS_WITH_PROPOSAL, HEAD_REACH, ISSUER_SUBJECT, KIND_ISSUER_SUBJECT, LEAD, LIST_MARKER, NAMES_A_DRAFT, NAMES_A_MEETING, SUBJECT_WORDS } from "./patterns.js";
import { ACTS } from "./reading.js";
import { opensAfterSalutation } from "./salutation.js";
import { AGENCIES, inPurposeSection } from "./reach-limits.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { foldSpaces } from "../sentences.js";

/** "Điều 1. (Nay) ban hành": an article that issues the attached text (ISSUING_ARTICLE_WORDS); what follows is its name. */
const ISSUING_ARTICLE = lazyRegExp(() => new RegExp(String.raw`^[\s,]*(?:${LIST_MARKER}[\s,]*)*(?:${phraseSource(ISSUING_ARTICLE_WORDS)})(?![\p{L}\p{N}])`, "iu"));
/** A line that opens with "Quyết định này", "Chỉ thị này" (after a heading line without a full stop, or wrapped mid-sentence). */
const LINE_START = /\n[ \t*_-]*$/u;
/** "..., đồng thời căn cứ ...": a connective after a comma opens a second clause of the document's own. */
const AFTER_CONNECTIVE = /[,;]\s*đồng\s+thời\s*$/iu;
/**
 * AFTER_CONNECTIVE.test(before), asked only where the last character before the trailing blanks is the
 * "i" of "thời" (what /iu matches to it: "i", "I"): the regex, tried at each comma of the 240 characters
 * before every cue a cue's reader asks about (3,400 a devx5 pass), rarely has that end to match.
 */
export function afterConnective(before: string): boolean {
  const c = before.charCodeAt(lastNonBlank(before, 0, before.length));
  return (c === 0x69 || c === 0x49) && AFTER_CONNECTIVE.test(before);
}
export const THIS_WORD_IN = new RegExp(THIS_WORD, "iu");

/** An article's or a section's number, alone before a cue on its line: "Điều 2.", "IV.", "3.". */
const HEADING_NUMBER = /(?:^|\n)[ \t*#_]*(?:Điều[ \t]+\d{1,3}[ \t]*[.:]|[IVXLC]{1,6}[ \t]*[.)]|\d{1,2}(?:\.\d{1,2})*[ \t]*[.)])[ \t]*$/u;
/** Nothing after the cue on its line but its stop or markup, then the next line's first character. */
const LINE_ENDS = /^[ \t*_:.]*\n\s*/u;
/**
 * A heading made of a number and the cue alone: "Điều 2. Tổ chức thực hiện", "IV. TỔ CHỨC THỰC
 * HIỆN", then a sentence of its own, capitalised. Not a line wrapped after its cue: "1. Triển
 * khai thực hiện ⏎ Kết luận số 45-KL/TW …" goes on with the document it carries out, "Điều 2.
 * Bãi bỏ ⏎ điểm e khoản 3 Điều 6 …" with the part it repeals.
 */
export function isHeadingOnly(text: string, cue: FoundCue, spans: readonly { start: number }[]): boolean {
  const after = LINE_ENDS.exec(text.slice(cue.end, cue.end + 48));
  if (after === null || !HEADING_NUMBER.test(text.slice(Math.max(0, cue.start - 24), cue.start))) return false;
  const next = cue.end + after[0].length;
  // No citation opens the next line. Looked up before the capital is tested, not after: a heading
  // followed by a capital comes late in a run of documents, and its first look-up, a call V8 had
  // not seen, made it compile readCue again.
  const k = lastAtOrBefore(spans, next, (x) => x.start);
  const opensWithCitation = k >= 0 && spans[k].start === next;
  // The line goes on with a capital (what toLowerCase changes), read by table: comparing the
  // character with its lower case met strings of two kinds (a Latin-1 letter is a shared one, a
  // Vietnamese one is new), and the second kind made V8 compile readCue again.
  return CHANGES_WHEN_LOWERCASED[text.charCodeAt(next)] === 1 && !opensWithCitation;
}

/**
 * A numbered section heading on a line of its own, no stop in it ("II. NỘI DUNG", "1. Mục đích"),
 * then the next line's capital.
 */
const HEADING_THEN_LINE = lazyRegExp(() => /^[\s*#_]*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)[ \t]*[.)][^\n.;:!?]{1,60}\n[ \t*_]*(?=\p{Lu}|$)/u);
const CAPITAL = lazyRegExp(() => /^\p{Lu}/u);

/** Does the citing document say this cue itself? Only a heading, its own name, or its issuer may stand before it. */
export function speaksForItself(text: string, clause: Clause, cue: FoundCue, ownKind: Kind | null = null): boolean {
  const cueStart = cue.start;
  const before = text.slice(Math.max(clause.start, cueStart - HEAD_REACH), cueStart);
  const near = cueStart - clause.start <= HEAD_REACH;
  if (near && AT_HEAD().test(before)) return clause.part === "title" || !namesAnotherAtHead(before, ownKind);
  // "II. NỘI DUNG ⏎ Tiếp tục thực hiện Kế hoạch số …": a section's heading line, then a sentence that
  // opens with head words and the cue: as if the heading stood alone (a bullet would have split them).
  if (near && clause.part !== "title") {
    const heading = HEADING_THEN_LINE().exec(before);
    if (heading !== null) {
      // The next line opens with head words ("Tiếp tục"), or with the cue itself, capitalised ("Cụ thể hóa").
      const rest = before.slice(heading[0].length);
      if (rest === "" ? CAPITAL().test(text.charAt(cueStart)) : AT_HEAD().test(rest)) return true;
    }
  }
  // "Kính gửi: Sở Y tế … Thực hiện Công văn số …": the body's opening run on after the salutation block.
  if (clause.part !== "title" && opensAfterSalutation(text, cueStart)) return true;
  // "Xét đề nghị", "Theo đề nghị" are said by the document whoever's proposal it reads.
  if (cue.cue.type === "proposed_by" && cue.cue.reach === "far") return true;
  // "2. Hội đồng nhân dân tỉnh đồng ý theo Tờ trình số …": a council's article approving a submission
  // (the approval cues, the proposal cues reaching only the next document), its issuer the sentence's
  // subject (ISSUER_SUBJECTS), in the body as in the preamble. Not "Xét" (reach "short"): "UBND huyện xét
  // hồ sơ …" in a body is a task.
  if (cue.cue.type === "proposed_by" && cue.cue.reach === "next" && near && clause.part !== "title" && ISSUER_SUBJECT().test(before.replace(ITEM_MARKER(), "")) && words(before) <= SUBJECT_WORDS) return true;
  // "..., đồng thời căn cứ Nghị định số ...": a second clause of the same sentence.
  if (afterConnective(before)) return true;
  // "Để nâng cao …, thực hiện Chỉ thị số …, Chủ tịch UBND tỉnh yêu cầu": the document's purpose, then its own cue.
  if (near && clause.part !== "title" && afterPurpose(before)) return true;
  // "Điều 1. Ban hành Quy định về trình tự, thủ tục … sửa đổi, bổ sung và thay thế Quyết định số X":
  // the attached text's act on the older document is the issuing document's own.
  if (near && clause.part !== "title" && ACTS.has(cue.cue.type) && issuesAttachedText(before, text, cue.end)) return true;
  // "I. MỤC ĐÍCH, YÊU CẦU ⏎ 1. Mục đích ⏎ - Các sở, ban, ngành, địa phương nắm vững, tổ chức quán triệt và thực
  // hiện hiệu quả … tại Chỉ thị số 17-CT/TW …" (Lai Châu 1767/KH-UBND, fixtures/fresh/fresh46a-001): an item of a
  // plan's purpose section that opens with the agencies who are to carry X out says what the plan is for; X is
  // the plan's implements (fixtures/fresh/CONVENTIONS.md §5), as when the plan directs them to (head-cue.ts
  // purposeItemGoesOn). Not after a noun ("quá trình thực hiện": the item's act is another), nor a task done
  // "theo" X (workUnderRule reads it past the first division). One sentence from the agencies to the cue.
  if (near && clause.part === "body" && cue.cue.type === "implements" && !cue.cue.passive && agenciesOpen(before) && !ENDS_WITH_NOUN().test(before) && inPurposeSection(text, cueStart)) return true;
  // "Trên đây là (một số ý kiến) hướng dẫn …": a letter's closing names its own guidance (SUMMING_UP_OPENERS); only
  // a guiding cue, the opener, capitalised, opening its sentence or line.
  if (near && clause.part !== "title" && cue.cue.type === "guides" && !cue.cue.passive && SUMMING_UP().test(before)) return true;
  // A subject line is the document's own purpose: its verbs are the document's, wherever they stand.
  // A page with no heading of its own whose first lines name a meeting by what it is held for ("… tại Hội nghị
  // toàn quốc quán triệt và triển khai thực hiện Nghị quyết số X"): X is the meeting's, the page tells of it.
  if (clause.part === "title") return (!ENDS_WITH_NOUN().test(before) || (near && KIND_ISSUER_SUBJECT.test(before))) && !NAMES_A_DRAFT().test(before) && !(ownKind === null && NAMES_A_MEETING.test(before));
  // Read near the clause's start only, and only where "này" stands at all (THIS_WORD_IN, a
  // cheap scan): the kind words' alternation was tried at every character of each cue's 240.
  const self = near && THIS_WORD_IN.test(before) ? THIS_DOCUMENT().exec(before) : null;
  if (self && opensItsSentence(text, cueStart - before.length, before.slice(0, self.index)) && !anotherKindNamed(self[0], ownKind)) {
    const predicate = before.slice(self.index + self[0].length);
    const n = words(predicate);
    if (n <= SUBJECT_WORDS) return true;
    // "Điều 1: Ban hành kèm theo quyết định này Kế hoạch thực hiện nâng cao hiệu lực, hiệu quả quản lý nhà nước về
    // công tác dân tộc của Ủy ban Dân tộc để thực hiện Chỉ thị số 28/CT-TTg …" (Ủy ban Dân tộc 456/QĐ-UBDT,
    // fixtures/fresh/fresh61a-001), "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động tăng cường công
    // tác quản lý, bảo vệ và phát triển rừng trên địa bàn tỉnh nhằm thực hiện Chỉ thị số 13-CT/TW …" (Quảng Nam,
    // fresh30m-024): the issuing article names the attached text, then says what it is for; the purpose is the
    // document's own, however long the text's name (as the acts after an attached text's name, issuesAttachedText).
    if (n <= ISSUED_TEXT_WORDS && issuedForPurpose(before.slice(0, self.index), predicate, cue)) return true;
    // "Quyết định này có hiệu lực sau 10 ngày, đăng báo … kể từ ngày ký và thay thế Quyết định số X":
    // the closing article's act, after however the document says when it takes effect.
    if (ACTS.has(cue.cue.type) && n <= IN_FORCE_REACH_WORDS && (IN_FORCE_THEN_ACT().test(predicate) || PASSED_THEN_ACT().test(predicate))) return true;
  }
  if (near && ACTS.has(cue.cue.type) && ownKind !== null && bareSelfInForce(text, cueStart - before.length, before, ownKind)) return true;
  return clause.part === "preamble" && near && ISSUER_SUBJECT().test(before) && words(before) <= SUBJECT_WORDS;
}

/**
 * "Luật này", "Nghị định này" in a document of another kind (NEVER_ATTACHED_KINDS): the law or decree
 * it named before, not itself ("Luật Hải quan … có hiệu lực từ ngày 01/01/2015. Luật này thay thế Luật
 * Hải quan số 29/2001/QH10" in a ministry's letter). Unknown when the document's own kind is.
 */
function anotherKindNamed(mention: string, ownKind: Kind | null): boolean {
  if (ownKind === null) return false;
  const named = mention.toLowerCase();
  for (const k of NEVER_ATTACHED_WORDS) if (named.startsWith(k.word) && /\s/u.test(named.charAt(k.word.length))) return k.kind !== ownKind;
  return false;
}
/**
 * The head words before a body's cue end with the word of a kind (OTHER_DOCUMENT_HEAD_KINDS) other than the
 * document's own, a circular and its joint form counted one: "…, gồm: Thông tư quy định chi tiết … Luật X" in a
 * letter names a circular to come, whose guidance it is. Unknown when the document's own kind is.
 */
function namesAnotherAtHead(before: string, ownKind: Kind | null): boolean {
  if (ownKind === null) return false;
  const m = OTHER_KIND_AT_END.exec(before);
  if (m === null) return false;
  // Its blanks folded: a justified copy's "Thông  tư" is the same word.
  const word = foldSpaces(m[1].toLowerCase());
  const named = OTHER_HEAD_WORDS.find((k) => k.word === word);
  return named !== undefined && familyOf(named.kind) !== familyOf(ownKind);
}
/** A circular and a joint circular (formOf "circular") are one family here. */
const familyOf = (kind: Kind): Kind => KINDS.find((k) => k.slug === kind)?.formOf ?? kind;
/** OTHER_DOCUMENT_HEAD_KINDS' words, lower case, longest first ("thông tư liên tịch" before "thông tư"). */
const OTHER_HEAD_WORDS = KINDS.filter((k) => OTHER_DOCUMENT_HEAD_KINDS.includes(k.slug))
  .flatMap((k) => k.words.map((w) => ({ word: w.toLowerCase(), kind: k.slug })))
  .sort((a, b) => b.word.length - a.word.length);
/** One of OTHER_HEAD_WORDS last before the cue, blanks or a comma after it (the head words' own separators). */
const OTHER_KIND_AT_END = new RegExp(String.raw`(?:^|[\s,:;(])(${phraseSource(OTHER_HEAD_WORDS.map((k) => k.word))})[\s,]*$`, "iu");
/** NEVER_ATTACHED_KINDS' words, lower case, longest first ("bộ luật" before "luật"). */
const NEVER_ATTACHED_WORDS = KINDS.filter((k) => NEVER_ATTACHED_KINDS.includes(k.slug))
  .flatMap((k) => k.words.map((w) => ({ word: w.toLowerCase(), kind: k.slug })))
  .sort((a, b) => b.word.length - a.word.length);

/** A purpose item that opens with the agencies (AGENCIES), no stop before the cue: "- Các sở, ban, ngành, địa phương nắm vững, …". */
export const AGENCIES_OPEN = lazyRegExp(() => new RegExp(String.raw`^${LEAD}(?:${LIST_MARKER}[\s,]*)*(?=${AGENCIES().source})[^.;:!?]*$`, "u"));
/**
 * AGENCIES_OPEN.test(before), asked only where "các" can stand (OTHER_BODIES_TAIL): the regex, its lookahead's
 * alternation tried after the lead and markers, cost ~180 ns a body's cue, and 9 in 10 befores hold no "các".
 */
export function agenciesOpen(before: string): boolean {
  return before.includes(OTHER_BODIES_TAIL) && AGENCIES_OPEN().test(before);
}

/**
 * SUMMING_UP_OPENERS opening the sentence or a line (a scan's stray mark may end the sentence before: "… (sản xuất và
 * kinh doanh). l ⏎⏎ Trên đây là …", fresh63c-007), then a few words in small letters up to the cue. Words then blanks: linear. */
const SUMMING_UP = lazyRegExp(() => new RegExp(String.raw`(?:^|\n)${LEAD}(?:${LIST_MARKER}[\s,]*)*(?:${phraseSource(SUMMING_UP_OPENERS, { keepCase: true })})(?:\s+[\p{Ll}\p{M}]+){0,${SUMMING_UP_WORDS}}\s+$`, "u"));
/** "Để", "Nhằm" opening the sentence (after list markers): a purpose clause (PURPOSE_OPENERS). */
const PURPOSE_OPENER = lazyRegExp(() => new RegExp(String.raw`^${LEAD}(?:${LIST_MARKER}[\s,]*)*(?:${phraseSource(PURPOSE_OPENERS)})(?![\p{L}\p{N}])`, "iu"));
/** A comma or a joining word (JOINING_WORDS) that ends the purpose and starts the next part of the sentence. */
const PURPOSE_JOIN = lazyRegExp(() => new RegExp(String.raw`,|(?<![\p{L}\p{N}])(?:${phraseSource(JOINING_WORDS)})(?![\p{L}\p{N}])`, "giu"));
/**
 * Whether `before` (the clause up to a cue) is a purpose clause and a comma or a joining word, with
 * only HEAD_WORDS after the last of them: "Để …, thực hiện", "Nhằm … và triển khai" (PURPOSE_OPENERS).
 */
function afterPurpose(before: string): boolean {
  const opener = PURPOSE_OPENER().exec(before);
  if (opener === null) return false;
  const rest = before.slice(opener[0].length);
  if (/[.;:!?]/u.test(rest) || words(rest) > PURPOSE_CLAUSE_WORDS) return false;
  let tail = -1;
  // An exec loop, not matchAll, which builds a new regex from PURPOSE_JOIN at every call (its species
  // constructor). PURPOSE_JOIN matches no empty string.
  PURPOSE_JOIN().lastIndex = 0;
  for (let m = PURPOSE_JOIN().exec(rest); m !== null; m = PURPOSE_JOIN().exec(rest)) tail = m.index + m[0].length;
  // The purpose needs words of its own before the join ("Để, thực hiện" says none).
  return tail > 0 && words(rest.slice(0, tail)) >= 2 && AT_HEAD().test(rest.slice(tail));
}

/** "có hiệu lực … và" before an act's cue (IN_FORCE_WORDS): the closing article's own act follows, in the same sentence. */
const IN_FORCE_THEN_ACT = lazyRegExp(() => new RegExp(String.raw`^\s*(?:${phraseSource(IN_FORCE_WORDS)})(?![\p{L}\p{N}])[^.;:]*(?:,|\s)(?:${phraseSource(JOINING_WORDS)})\s*$`, "iu"));
/**
 * "Nghị quyết này đã được Hội đồng nhân dân tỉnh Nghệ An Khoá XV kỳ họp thứ 15 thông qua và thay thế
 * Nghị quyết số 185/2007/NQ-HĐND" (seg33-007): a council's resolution says it was passed (PASSED_WORDS),
 * as 28 of the dev and fresh texts do (dev-001, dev-018, seg33-026 …), and the act joined by "và" is
 * its own, as after "có hiệu lực …" (IN_FORCE_THEN_ACT). The body and session named between hold no stop.
 */
const PASSED_THEN_ACT = lazyRegExp(() => new RegExp(
  String.raw`^\s*(?:đã\s+)?được\s[^.;:]*?\s(?:${phraseSource(PASSED_WORDS)})(?![\p{L}\p{N}])[^.;:]*(?:,|\s)(?:${phraseSource(JOINING_WORDS)})\s*$`,
  "iu",
));

/**
 * "- Quyết định có hiệu lực thi hành sau 10 ngày kể từ ngày ký và thay thế các Quyết định số
 * 177/2004/QĐ-UB …" (seg33-018): the closing article may name the document by its kind word alone,
 * without "này" ("Điều 3 . Quyết định có hiệu lực kể từ ngày ký ." in dev-003, dev-004, dev-031,
 * seg33d-003; "Nghị quyết có hiệu lực sau 10 ngày …" in seg33e-010). Only the document's own kind
 * (another kind's word is another document), opening its sentence, its verb of force right after it
 * (IN_FORCE_WORDS), then the act.
 */
function bareSelfInForce(text: string, from: number, before: string, ownKind: Kind): boolean {
  // Read only where the verb of force stands at all: the kind words' alternation is tried at every character.
  if (!IN_FORCE_IN.test(before)) return false;
  const self = BARE_SELF().exec(before);
  if (self === null || kindByWord(self[1])?.slug !== ownKind || !opensItsSentence(text, from, before.slice(0, self.index))) return false;
  // As after "Quyết định này": a short predicate ("có hiệu lực kể từ ngày ký, thay thế Quyết định số
  // 1673/ĐHSP-KHCN&MT-TCKH", a university's decision quoted in a public repository), or a longer one
  // whose act is joined by "và" (IN_FORCE_THEN_ACT).
  const predicate = before.slice(self.index + self[0].length);
  const n = words(predicate);
  return n <= SUBJECT_WORDS || (n <= IN_FORCE_REACH_WORDS && IN_FORCE_THEN_ACT().test(predicate));
}
const IN_FORCE_IN = /hiệu\s+lực/iu;
/** A kind word, then the verb of force (IN_FORCE_WORDS): "Quyết định có hiệu lực". */
const BARE_SELF = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(${KIND_WORDS})(?=\s+(?:${phraseSource(IN_FORCE_WORDS)})(?![\p{L}\p{N}]))`, "iu"));

/**
 * "Điều 1. (Nay) ban hành Quy chế …" right before an act's cue: the name of the text issued, in one
 * sentence and not too long, is all that stands between (no noun of a review, a proposal or a draft
 * right before the cue: "ban hành Quy chế về việc thay thế …" names a procedure, not an act). The act's
 * object follows at once, with no link word before its kind word: "Danh mục thủ tục hành chính sửa đổi,
 * bổ sung tại Quyết định số X", "thủ tục hành chính thay thế trong lĩnh vực … theo Quyết định số Y"
 * name procedures that X and Y changed, which the document only lists.
 */
function issuesAttachedText(before: string, text: string, cueEnd: number): boolean {
  const head = ISSUING_ARTICLE().exec(before);
  if (head === null) return false;
  const name = before.slice(head[0].length);
  if (/[;:.]/u.test(name) || words(name) > ISSUED_TEXT_WORDS || ENDS_WITH_NOUN().test(before) || ENDS_WITH_PROPOSAL.test(before) || NAMES_A_DRAFT().test(name)) return false;
  // What follows the cue, sliced only for the one article in a hundred that issues a text.
  const after = text.slice(cueEnd, cueEnd + FAR_CHARS);
  const kind = KIND_AFTER_ACT().exec(after);
  return kind !== null && !LINK_BEFORE_OBJECT().test(after.slice(0, kind.index).replace(ATTACHED_LINK(), " "));
}
/**
 * Whether the cue closes "Ban hành kèm theo Quyết định này <the attached text's name> để / nhằm" at the head of its
 * clause (issuedForPurpose), read as speaksForItself reads it. head-cue.ts asks it where the name itself holds a cue
 * with no document after it ("Kế hoạch thực hiện nâng cao hiệu lực …", fresh61a-001): the reach runs from the purpose's cue.
 */
export function issuesTextForPurpose(text: string, clause: Clause, cue: FoundCue): boolean {
  const before = text.slice(Math.max(clause.start, cue.start - HEAD_REACH), cue.start);
  if (cue.start - clause.start > HEAD_REACH || !THIS_WORD_IN.test(before)) return false;
  const self = THIS_DOCUMENT().exec(before);
  if (self === null || !opensItsSentence(text, cue.start - before.length, before.slice(0, self.index))) return false;
  const predicate = before.slice(self.index + self[0].length);
  return words(predicate) <= ISSUED_TEXT_WORDS && issuedForPurpose(before.slice(0, self.index), predicate, cue);
}

/**
 * "Ban hành kèm theo Quyết định này <the attached text's name> để / nhằm <cue>": an issuing article (ISSUING_ARTICLE)
 * before "Quyết định này", the name in one sentence (no stop in it, no draft named), a purpose word (PURPOSE_OPENERS)
 * right before the cue, which carries a document out. `lead` is what stands before "Quyết định này", `predicate` what
 * follows it up to the cue.
 */
function issuedForPurpose(lead: string, predicate: string, cue: FoundCue): boolean {
  return cue.cue.type === "implements" && !cue.cue.passive && ISSUING_ARTICLE().test(lead) && ENDS_WITH_PURPOSE().test(predicate) && !/[;:.]/u.test(predicate) && !NAMES_A_DRAFT().test(predicate);
}
/** A purpose word closing the words before a cue: "… của Ủy ban Dân tộc để ", "… trên địa bàn tỉnh nhằm ". */
const ENDS_WITH_PURPOSE = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseSource(PURPOSE_OPENERS)})\s*$`, "iu"));
/** The kind word, "số" or the number of the document an attached text's act names ("QĐ số 40/2006/QĐ-UBND" as some write it). */
const KIND_AFTER_ACT = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${KIND_WORDS}|số)(?![\p{L}\p{N}])|[0-9]`, "iu"));
/** "kèm theo", "kèm" before the document ("thay thế Danh mục ban hành kèm theo Quyết định số Y") is no link of another act. */
const ATTACHED_LINK = lazyRegExp(() => /(?<![\p{L}\p{N}])kèm(?:\s+theo)?(?![\p{L}\p{N}])/giu);
const LINK_BEFORE_OBJECT = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseSource(OBJECT_LINK_WORDS)})(?![\p{L}\p{N}])|[;:.]`, "iu"));

/**
 * Whether "Quyết định này" after `lead` (which starts at `from`) opens its sentence: only a heading
 * or list markers stand before it, or it opens a line that a heading ended on purpose. A line the
 * layout wrapped ("… trước ngày ⏎ Quyết định này có hiệu lực thì …") goes on with the sentence.
 */
function opensItsSentence(text: string, from: number, lead: string): boolean {
  if (AT_HEAD().test(lead)) return true;
  return LINE_START.test(lead) && brokenOnPurpose(text, from + lead.lastIndexOf("\n") + 1);
}
