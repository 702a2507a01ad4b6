/**
 * Two sentence shapes in which a cue is the document's own although words stand before it: a
 * directive's demand ("<issuer> yêu cầu … thực hiện nghiêm …") and a circular's enacting formula
 * after "Thi hành …" ("…, Bộ Nội vụ hướng dẫn thực hiện như sau:").
 */
import type { Kind } from "../../types.js";
import { ENACTED_GUIDANCE_KINDS, ENACTED_GUIDANCE_SUBJECTS, ENACTED_GUIDANCE_VERBS, JOINT_GUIDANCE_SUBJECT_CHARS, JOINT_GUIDANCE_SUBJECTS, DEMAND_CHARS, DEMAND_HEADS, DEMAND_MANNER_WORDS, DEMAND_SUBJECT_CHARS, DEMAND_VERBS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import type { Clause } from "../clauses.js";
import { ISSUER_SUBJECTS } from "../../vocab/parts.js";
import type { FoundCue } from "../cue-finder.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * The demand's subject and verb (DEMAND_HEADS, ISSUER_SUBJECTS; DEMAND_VERBS, lower case), a few words
 * of the issuer's name between. Not the noun: "Thủ tướng Chính phủ đã ban hành chỉ thị số …" retells.
 */
const DEMAND = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${phraseSource([...ISSUER_SUBJECTS, ...DEMAND_HEADS], { keepCase: true })})(?![\p{L}\p{N}])[^.;:]{0,${DEMAND_SUBJECT_CHARS}}?\s(?:${phraseSource(DEMAND_VERBS)})(?![\p{L}\p{N}])(?!\s+(?:số|này)(?![\p{L}\p{N}]))`,
  "u",
));
/** How the demanded work is to be carried out, right after the cue ("thực hiện nghiêm", "thực hiện tốt"). */
const DEMAND_MANNER = lazyRegExp(() => new RegExp(String.raw`^\s+(?:${phraseSource(DEMAND_MANNER_WORDS)})(?![\p{L}\p{N}])`, "iu"));
/**
 * A directive's body sentence "<issuer> yêu cầu <addressees> … thực hiện nghiêm …" (DEMAND_VERBS): the
 * directive's own "thực hiện", however long the addressees' list; in the same sentence, before the
 * clause's first document. Only a directive: a report or a letter retells others' demands so.
 */
export function demandOfDirective(text: string, clause: Clause, cue: FoundCue, ownKind: Kind | null): boolean {
  if (ownKind !== "directive" || clause.part === "title" || cue.cue.type !== "implements" || !DEMAND_MANNER().test(text.slice(cue.end, cue.end + 16))) return false;
  const before = text.slice(Math.max(clause.start, cue.start - DEMAND_CHARS), cue.start);
  const stop = Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf(":"));
  return DEMAND().test(before.slice(stop + 1));
}

/** How far a "Thi hành …" sentence is read for its enacting formula (ENACTED_GUIDANCE_VERBS): a decree's title and date, an aside. */
const GUIDANCE_SENTENCE_CHARS = 600;
/** Where the sentence ends: a full stop or a colon before whitespace ("… như sau:"). */
const SENTENCE_STOP = /[.:](?=\s)/u;
/**
 * ", Bộ Nội vụ hướng dẫn": the issuer as the subject of a guiding verb, a few words of its name between.
 * After ";" too, where older circulars end the clause before it: "Thi hành Nghị định số 197-CP …, sau khi
 * trao đổi ý kiến với …; Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện …" (11-LĐTBXH/TT, 1995),
 * "Thi hành Quyết định số 111/HĐBT …; Sau khi trao đổi thống nhất với …; Liên bộ … hướng dẫn như sau:"
 * (4/TT-LB, 1991).
 */
const GUIDANCE_FORMULA = lazyRegExp(() => new RegExp(
  String.raw`[,;]\s*(?:(?:${phraseSource([...ISSUER_SUBJECTS, ...ENACTED_GUIDANCE_SUBJECTS], { keepCase: true })})(?![\p{L}\p{N}])[^,;.:()]{0,48}?` +
    // A joint subject names every issuer, joined by " - " (JOINT_GUIDANCE_SUBJECTS): a longer run of names.
    String.raw`|(?:${phraseSource(JOINT_GUIDANCE_SUBJECTS, { keepCase: true })})(?![\p{L}\p{N}])[^,;.:()]{0,${JOINT_GUIDANCE_SUBJECT_CHARS}}?)` +
    String.raw`\s(?:${phraseSource(ENACTED_GUIDANCE_VERBS)})(?![\p{L}\p{N}])`,
  "u",
));
/**
 * "Thi hành Nghị định số X …, Bộ Nội vụ hướng dẫn thực hiện như sau:": in a circular
 * (ENACTED_GUIDANCE_KINDS), the sentence's formula makes the document guide X (ENACTED_GUIDANCE_VERBS).
 */
export function enactedGuidance(text: string, cue: FoundCue, ownKind: Kind | null): boolean {
  if (cue.cue.type !== "implements" || cue.cue.reach !== "next" || ownKind === null || !ENACTED_GUIDANCE_KINDS.includes(ownKind)) return false;
  const rest = text.slice(cue.end, cue.end + GUIDANCE_SENTENCE_CHARS);
  const stop = SENTENCE_STOP.exec(rest);
  return GUIDANCE_FORMULA().test(stop === null ? rest : rest.slice(0, stop.index));
}
