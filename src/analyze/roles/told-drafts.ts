/**
 * A news page that tells of submissions or drafts and lists what they are about: the verbs of the list
 * are the drafts', not the page's.
 */
import type { Role } from "../../types.js";
import { TOLD_PAPER_WORDS, TOLD_PAPERS_SUBJECT } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { startAfterStop } from "../sentences.js";
import { type RoleReading, SELF } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * In a page with no heading of its own (neither its kind nor its issuers: a news item), a document the
 * page was read to act on, whose cue stands in a sentence that first names submissions or drafts and
 * then, after "về", what they are about (TOLD_PAPER_WORDS, TOLD_PAPERS_SUBJECT), is what a draft would act
 * on: proposed, not done, and the draft has no number; the page acts on nothing, so it is a reference.
 * Three pages so written: "Tại kỳ họp, đại biểu HĐND thành phố đã xem xét, thảo luận các Tờ trình của UBND
 * thành phố về nghị quyết điều chỉnh Nghị quyết số 13/NQ-HĐND …; điều chỉnh Nghị quyết số 14/NQ-HĐND …;
 * điều chỉnh Nghị quyết số 15/NQ-HĐND …" (Thủ Dầu Một, 2024: pairs43-003), "Kỳ họp chuyên đề lần này xem
 * xét các Tờ trình của UBND tỉnh về: Điều chỉnh dự toán …; sửa đổi, bổ sung Nghị quyết số 47 ngày
 * 13/12/2019 của HĐND tỉnh …" (Bình Định, 2025: pairs43-005), "Các dự thảo văn bản được Sở Nội vụ báo cáo
 * tại cuộc họp, gồm 8 Nghị quyết của HĐND tỉnh, 5 Quyết định của UBND tỉnh về các nội dung: …; triển khai
 * thực hiện Nghị quyết số 07/2025/NQ-CP …" (Phú Thọ, 2025: fresh42b-007). A document's own acts (its
 * heading says what it is) and what a cited document does to another are kept; so is a basis.
 */
export function toldDraftsActNot(r: RoleReading): void {
  if (r.ownKind !== null || r.ownIssuers !== null) return;
  const { text } = r;
  for (let i = 0; i < r.roles.length; i++) {
    const b = r.bindingOf[i];
    if (b === null || b.actor !== SELF || b.passive || !DRAFTED.has(r.roles[i])) continue;
    const from = startAfterStop(text, b.end, ".", SENTENCE_LOOKBACK);
    if (PAPERS_ABOUT().test(text.slice(from, b.end))) r.roles[i] = "references";
  }
}

/** The acts a draft is about; a basis or a proposal is the page's own words still. */
const DRAFTED: ReadonlySet<Role> = new Set(["amends", "replaces", "repeals", "corrects", "implements", "guides"]);
/** A submission or a draft named, then "về" before the cue: the list of what they are about. */
const PAPERS_ABOUT = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${phraseSource(TOLD_PAPER_WORDS)})(?![\p{L}\p{M}]).*?(?<![\p{L}\p{M}])(?:${phraseSource(TOLD_PAPERS_SUBJECT)})(?![\p{L}\p{M}])`,
  "isu",
));
/** How far back the sentence's start is looked for: a list of drafts' subjects runs to a few hundred characters. */
const SENTENCE_LOOKBACK = 800;
