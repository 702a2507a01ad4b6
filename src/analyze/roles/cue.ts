/**
 * A cue read in its clause: whose verb it is, waiting for the document it governs. readCue sorts the
 * cue (a passive one, one before the clause's first citation, one after a citation) and hands it to
 * the function for its sort (here, head-cue.ts, after-citation.ts).
 */
import type { RelationType } from "../../types.js";
import { ATTACHED_NAME_WORDS, FAR_WORDS, PROJECT_NAME_WORDS, SUBSTITUTE_NOUNS_AFTER, SUBSTITUTE_NOUNS_BEFORE, SUBSTITUTE_WORDS, THIS_WORD, WORDING_AMENDS_CUE, WORDING_PROVISION_WORDS, WORDING_VERBS, WORDING_WORDS } from "../../vocab/cues.js";
import { issuerByCode } from "../../vocab/issuers.js";
import { kindByWord } from "../../vocab/kinds.js";
import { phraseSource } from "../../vocab/phrases.js";
import type { FoundCue } from "../cue-finder.js";
import { endsWithAny, FAR_CHARS, KIND_WORDS, words } from "../reach.js";
import { readCueAfterCitation } from "./after-citation.js";
import { readHeadCue } from "./head-cue.js";
import { joinsOwnClause, ownProposalAfterBasis } from "./joined-proposal.js";
import { guidingDocument } from "./purpose-guidance.js";
import { LIST_MARKER, namesRule, REVIEW_NEXT, THEO_NEXT } from "./patterns.js";
import { ACTS, ClauseReading, RoleReading, SELF, binding, moved } from "./reading.js";
import { THIS_WORD_IN, isHeadingOnly } from "./speaker.js";
import { replacesWordingOnly } from "./wording-series.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { WHITESPACE } from "../../shared/chars.js";
import { phraseEndingAt } from "../../shared/strings.js";

/**
 * Whether the cue's words are a kind's word ("Hướng dẫn") and "này" follows: "Hướng dẫn này thay thế
 * Hướng dẫn tạm thời áp dụng BIM được công bố kèm theo QĐ 1057/QĐ-BXD" (Bộ Xây dựng's guidance on BIM,
 * 2021, page 1). Only "này" is looked for first; the phrase is compared with the kinds' words after.
 */
function namesItself(text: string, cue: FoundCue): boolean {
  return thisWordMayFollow(text, cue.end) && THIS_NEXT().test(text.slice(cue.end, cue.end + THIS_NEXT_CHARS)) && kindByWord(text.slice(cue.start, cue.end)) !== null;
}
/**
 * Whether THIS_NEXT may match at `at`: white space, then an "n" or "N" (the only letters "n" matches under /iu) within
 * THIS_NEXT_CHARS characters. Every cue is asked (4,845 a devx5 pass), and most are followed by a document's name:
 * the slice and the regex's call are made only where the first letter after the spaces is "này"'s.
 */
export function thisWordMayFollow(text: string, at: number): boolean {
  const end = Math.min(text.length, at + THIS_NEXT_CHARS);
  let i = at;
  while (i < end && WHITESPACE[text.charCodeAt(i)] === 1) i++;
  return i > at && i < end && (text.charCodeAt(i) | 0x20) === 0x6e;
}
const THIS_NEXT = lazyRegExp(() => new RegExp(String.raw`^\s+${THIS_WORD}(?![\p{L}\p{N}])`, "iu"));
const THIS_NEXT_CHARS = 12;

/**
 * Whether the words right before `at` are a project's noun (PROJECT_NAME_WORDS): a cue there opens the
 * project's name ("dự án Sửa đổi, bổ sung … Bảng giá đất quy định tại Nghị quyết số X"), and X is the
 * project's object: neither the cue nor a cue before the name ("thực hiện dự án Sửa đổi …") acts on it.
 * On the same line only, and not after a board's "quản lý": "… về kiện toàn bộ máy các Ban Quản lý dự án ⏎
 * Xét đề nghị của …" (dev-006, its ";" lost at the line's end) ends a basis, and the cue opens the next clause.
 */
function namesProject(text: string, at: number): boolean {
  // The noun ends in "n" ("án"): only then is the regex asked, not at every cue.
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i < 0 || i === at - 1 || (text.charCodeAt(i) | 0x20) !== 0x6e) return false;
  return PROJECT_BEFORE().test(text.slice(Math.max(0, at - PROJECT_CHARS), at));
}
const PROJECT_BEFORE = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!quản[ \t]+lý[ \t]+)(?:${phraseSource(PROJECT_NAME_WORDS)})[ \t]+$`, "iu"));
/** The longest project noun and the spaces after it fit in this much text. */
const PROJECT_CHARS = 16;

/** "thay thế A bằng B": B, what takes A's place (SUBSTITUTE_WORDS); not the "bằng" of a noun (SUBSTITUTE_NOUNS_BEFORE/AFTER). */
const SUBSTITUTE = lazyRegExp(() => new RegExp(
  String.raw`(?:^|\s)(?<!(?:^|[^\p{L}\p{N}])(?:${phraseSource(SUBSTITUTE_NOUNS_BEFORE)})\s+)(?:${phraseSource(SUBSTITUTE_WORDS)})(?![\p{L}\p{N}])(?!\s+(?:${phraseSource(SUBSTITUTE_NOUNS_AFTER)})(?![\p{L}\p{N}]))`,
  "iu",
));
/** A cue's ownAfter words are short: this much before the cue holds them. */
const OWN_AFTER_CHARS = 16;
/** The longest own issuer's name read right before a cue (Cue.ownAfterIssuer): "Bảo hiểm xã hội Việt Nam", "Ủy ban nhân dân tỉnh". */
const OWN_ISSUER_SUBJECT_CHARS = 48;
/**
 * Whether `before` (the text right before a cue) ends with a name of a body whose code the document's own
 * number holds (IssuerEntry phrases), a word boundary before it: the issuer is the verb's subject.
 */
function namesOwnIssuer(before: string, ownCodes: readonly string[]): boolean {
  const tail = before.trimEnd();
  for (const code of ownCodes) {
    const entry = issuerByCode(code);
    if (entry === null) continue;
    for (const name of entry.phrases) {
      // Its words parted by any short run of blanks, as a justified page prints them (phraseEndingAt).
      const k = phraseEndingAt(tail, name, tail.length);
      if (k < 0) continue;
      if (k === 0 || !/[\p{L}\p{N}]/u.test(tail.charAt(k - 1))) return true;
    }
  }
  return false;
}
/**
 * Whether a cue read only after ";" (Cue.afterSemicolon) opens its clause right after one, the clause
 * that ";" ended being the document's own: its cue carried over the ";" (RoleReading.carried).
 */
function joinedAfterOwnItem(r: RoleReading, s: ClauseReading, cue: FoundCue): boolean {
  if (s.lastCitation >= 0 || !AFTER_SEMICOLON.test(r.text.slice(Math.max(0, cue.start - AFTER_SEMICOLON_CHARS), cue.start))) return false;
  const before = s.pending ?? r.carried;
  return before !== null && ownProposalAfterBasis(s, before, cue);
}
/** A ";" and white space at most right before a cue (Cue.afterSemicolon). */
const AFTER_SEMICOLON = /;\s*$/u;
/** How far back the ";" before a cue (Cue.afterSemicolon) is looked for: white space and a line break. */
const AFTER_SEMICOLON_CHARS = 8;
/** A ";" right before a passive amending cue, "đã" between them or not: "…; được sửa đổi", "…; đã được sửa đổi". */
const AMENDER_AFTER_SEMICOLON = /;\s*(?:đã\s+)?$/iu;
/** How far before an opening cue (Cue.opening) its clause's start may lie: an item's marker and quote marks. */
const OPENING_CHARS = 16;
/** Nothing before the cue in its clause but white space, an item's marker, bullets and quote marks. */
const OPENS_CLAUSE = lazyRegExp(() => new RegExp(String.raw`^(?:${LIST_MARKER}|[\s_"“‘'])*$`, "u"));
/**
 * Whether the cue at `at` opens its clause, or a paragraph inside it in capitals ("Kính gửi: Phòng …
 * ⏎⏎ Thi hành Quyết định số …": the salutation's clause runs on to the body's first sentence; a
 * wrapped line's "thi hành" goes on a sentence).
 */
function opensClause(text: string, clauseStart: number, at: number): boolean {
  // The line's start is looked for only back to the furthest `from` may lie: looked for back to the
  // text's start, a text of such cues and no line break was read once per cue (quadratic).
  const least = Math.max(0, clauseStart, at - OPENING_CHARS);
  const line = lineStartFrom(text, at, least);
  const from = Math.max(least, line);
  if (!OPENS_CLAUSE().test(text.slice(from, at))) return false;
  return from === clauseStart || (from === line && text[at] !== text[at].toLowerCase());
}
/** Where the line holding `at` starts if at `least` or after, else -1 (the text's start: 0). */
function lineStartFrom(text: string, at: number, least: number): number {
  for (let i = at - 1; i >= least - 1 && i >= 0; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return least === 0 ? 0 : -1;
}
/**
 * After a replacing verb, the rest of its series and wording as its object (WORDING_VERBS,
 * WORDING_WORDS): ", bãi bỏ một số từ, cụm từ", " một số cụm từ", " từ “tỉnh” bằng …". Each step of the
 * series takes a comma or "và" and a verb, so the run stays linear. Wording with provisions after it
 * (" một số cụm từ, khoản, điều", WORDING_PROVISION_WORDS) is no wording alone (wording-series.ts reads that series).
 */
const WORDING_OBJECT = lazyRegExp(() => new RegExp(
  String.raw`^(?:\s*(?:,|và(?![\p{L}\p{N}]))\s*(?:${phraseSource(WORDING_VERBS)})(?![\p{L}\p{N}]))*\s*(?:(?:một\s+số|các)\s+)?(?:(?:${phraseSource(WORDING_WORDS)})(?![\p{L}\p{N}])(?!\s*(?:,|và(?![\p{L}\p{N}]))\s*(?:${phraseSource(WORDING_PROVISION_WORDS)})(?![\p{L}\p{N}]))|từ\s*["“])`,
  "iu",
));
/** "việc tổng rà soát" and the spaces before it fit in this much text. */
const REVIEW_CHARS = 24;
/** The series and its object fit in this much text. */
const WORDING_CHARS = 80;


/** A cue read in its clause: whose verb it is, waiting for the document it governs. */
export function readCue(r: RoleReading, s: ClauseReading, found: FoundCue): void {
  const { text } = r;
  // "Thay thế, bãi bỏ một số từ, cụm từ của Quy định kèm theo Nghị quyết số X": the wording of X is
  // replaced, X amended (WORDING_OBJECT), not replaced; the words "bãi bỏ" takes out repeal a part of X,
  // so that verb stays repeals (a part's repeal is the document's: dev-005, fixtures/fresh/CONVENTIONS.md §2).
  // So too an article heading's series over wording and provisions whose items replace wording alone
  // (wording-series.ts).
  const cue = found.cue.type === "replaces" && !found.cue.passive &&
    (WORDING_OBJECT().test(text.slice(found.end, found.end + WORDING_CHARS)) || replacesWordingOnly(text, found.start, found.end))
    ? { start: found.start, end: found.end, cue: WORDING_AMENDS_CUE }
    : found;
  // "3 . Hướng dẫn này , thay thế Phần III Công văn số 608/LTNN-TTNC" (Cục Văn thư và Lưu trữ Nhà nước's
  // guidance, 2009, seg34-015): a cue that is a kind's word, "này" after it, is the document naming itself
  // (THIS_DOCUMENT), no cue; the act after it is its own (speaker.ts).
  if (namesItself(text, cue)) return;
  // "… Dự toán dự án Sửa đổi, bổ sung … quy định tại Nghị quyết số X", "kinh phí thực hiện dự án Sửa đổi, …
  // quy định tại Nghị quyết số X" (listing43 rows 2, 66): the cue opens a project's name; X is the project's
  // object, so nothing pending reaches it either.
  if (!cue.cue.passive && namesProject(text, cue.start)) {
    s.pending = null;
    r.carried = null;
    return;
  }
  // A cue said only at a clause's opening (Cue.opening) is no cue anywhere else: nothing is read.
  if (cue.cue.opening && !opensClause(text, s.clause.start, cue.start)) return;
  if (cue.cue.afterSemicolon && !joinedAfterOwnItem(r, s, cue)) return;
  if (cue.cue.joinsOwn && !joinsOwnClause(s, cue)) return;
  if (cue.cue.guidingOnly && !guidingDocument(r.ownKind, r.ownIssuers)) return;
  if (cue.cue.kinds && (r.ownKind === null || !cue.cue.kinds.includes(r.ownKind))) return;
  if (cue.cue.type === "promulgated_by") {
    // "Sửa đổi ... Quy định ban hành kèm theo Quyết định số X", "Căn cứ định mức ... ban hành
    // kèm theo Quyết định số X": what X promulgated stands for X.
    const { bound } = s;
    const held = s.heldAct;
    const from =
      s.pending ??
      (bound && ACTS.has(bound.type) ? moved(bound, bound.actor, r.spans[s.lastCitation].end) : null) ??
      (held && s.lastCitation >= 0 ? moved(held, held.actor, r.spans[s.lastCitation].end) : null);
    // "ban hành theo" without "kèm" is read only after a regulation's name (vocab PLAIN_PROMULGATION):
    // elsewhere it is no cue at all, and what was pending goes on as before.
    if (from && !/kèm/iu.test(text.slice(cue.start, cue.end)) && !namesRule(text.slice(from.end, cue.start))) return;
    s.pending = from && reachesAttached(text.slice(from.end, cue.start), from.type) ? moved(from, from.actor, cue.end) : null;
    return;
  }
  if (s.lastCitation >= 0 && s.bound) s.setAside = s.bound;
  s.bound = null;
  // A phrase that is the document's own clause wherever it stands (Cue.own: "… , các nội dung còn lại được
  // giữ nguyên theo quy định tại Quyết định số X").
  if (cue.cue.own) {
    s.pending = binding(cue.cue.type, SELF, cue.cue, cue.end);
    return;
  }
  if (cue.cue.ownAfter && endsWithAny(text.slice(Math.max(0, cue.start - OWN_AFTER_CHARS), cue.start), cue.cue.ownAfter)) {
    s.pending = binding(cue.cue.type, SELF, cue.cue, cue.end);
    return;
  }
  if (cue.cue.ownAfterIssuer && r.ownCodes !== null && namesOwnIssuer(text.slice(Math.max(0, cue.start - OWN_ISSUER_SUBJECT_CHARS), cue.start), r.ownCodes)) {
    s.pending = binding(cue.cue.type, SELF, cue.cue, cue.end);
    return;
  }
  if ((cue.cue.type === "implements" || cue.cue.type === "guides") && isHeadingOnly(text, cue, r.spans)) {
    // "Điều 2. Tổ chức thực hiện ⏎ Quyết định này … thay thế Quyết định số X", "IV. TỔ CHỨC THỰC
    // HIỆN ⏎ Sở Tư pháp hướng dẫn triển khai Nghị định số Y": an article's or a section's heading
    // names what follows; its words act on no document. (A basis heading, "I. CĂN CỨ", governs the
    // items listed under it: see `heading`. An act's verb alone on its line, "Điều 2. Bãi bỏ ⏎
    // Quy định ban hành kèm theo …", is as often wrapped as a heading: left as it was.)
    s.pending = null;
    r.carried = null;
    return;
  }
  if (cue.cue.type === "replaces" && !cue.cue.passive && replacesAnother(r, s, cue)) {
    s.pending = null;
    r.carried = null;
    return;
  }
  const followed = cue.cue.type === "implements" && THEO_NEXT().test(text.slice(cue.end, cue.end + 12));
  // "- Thực hiện rà soát … đã được … phê duyệt tại Quyết định số X" (REVIEW_NEXT): X is reviewed, not carried
  // out; the cue governs nothing, as "thực hiện theo" does not.
  if (cue.cue.type === "implements" && REVIEW_NEXT().test(text.slice(cue.end, cue.end + REVIEW_CHARS))) {
    s.pending = null;
    r.carried = null;
    return;
  }
  // "Quyết định này … thay thế phần danh mục thủ tục hành chính thực hiện theo cơ chế một cửa … tại
  // Quyết định số X": "thực hiện theo" describes the part the document's own act names; it is no cue,
  // and the act before it still reaches its document.
  if (followed && s.lastCitation < 0 && s.pending !== null && s.pending.actor === SELF && !s.pending.passive && ACTS.has(s.pending.type)) return;
  if (!followed) {
    // Each kind of cue is read by a function of its own, not in readCue: the branches are each taken
    // by few cues, and the first cue to take one made V8 compile the whole of readCue again; there a
    // recompile costs that branch's size only. Each says whether it has settled r.carried itself.
    const settled = cue.cue.passive ? readPassiveCue(r, s, cue) : s.lastCitation < 0 ? readHeadCue(r, s, cue) : readCueAfterCitation(r, s, cue);
    if (settled) return;
  } else s.pending = null;
  if (s.pending === null) r.carried = null;
}

/**
 * Whether a "thay thế" names what it replaces before any document: "- Về việc thay thế liên 1 hóa đơn
 * bằng bảng kê …: ⏎ Tổng cục thuế có công văn số X …", "thay thế Liên 1 bằng Bảng kê … là thực hiện
 * theo hướng dẫn … tại công văn số X" (2728/TCT-DNL, 2014): the object and what takes its place come
 * before X, which is only where the practice is allowed; "lập hóa đơn thay thế theo Nghị định
 * 123/2020/NĐ-CP": the invoice is replaced as the decree says. An act on a document names the document
 * (or its part) before "bằng": "thay thế Phụ lục … kèm theo Quyết định số X bằng Phụ lục …".
 */
function replacesAnother(r: RoleReading, s: ClauseReading, cue: FoundCue): boolean {
  const { text, spans } = r;
  if (THEO_NEXT().test(text.slice(cue.end, cue.end + 12))) return true;
  let next = Math.max(s.lastCitation + 1, r.clauseFirst);
  while (next < spans.length && spans[next].start < cue.end) next++;
  const to = Math.min(next < spans.length ? spans[next].start : text.length, s.clause.end, cue.end + FAR_CHARS);
  return to > cue.end && SUBSTITUTE().test(text.slice(cue.end, to));
}

/** A passive cue's part of readCue ("bị bãi bỏ", "được sửa đổi"); true when it has settled r.carried itself. */
function readPassiveCue(r: RoleReading, s: ClauseReading, cue: FoundCue): boolean {
  const { text } = r;
  // A passive cue speaks of the document before it; with none, of nothing it can name. A status
  // table's row opens with its date and the cue ("Lịch sử hiệu lực: Thông tư X ⏎ … ⏎ 05/11/2019
  // Bị bãi bỏ Y"): every row speaks of the document the table is the history of, named first.
  const acted = s.lastCitation < 0 ? -1 : statusRowBefore(text, cue.start) ? r.clauseFirst : s.lastCitation;
  // "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số
  // điều theo Nghị quyết số B": the basis named first is no citation, and the document rests on
  // it as B amended it, so on B (as in bind, "Căn cứ Luật A được sửa đổi bởi Luật B").
  if (acted < 0 && s.pending !== null && s.pending.actor === SELF && !s.pending.passive && s.pending.type === "based_on" && cue.cue.type === "amends") {
    s.pending = moved(s.pending, SELF, cue.end);
    return true;
  }
  // "Căn cứ Luật Địa chất và khoáng sản ngày 29 tháng 11 năm 2024; được sửa đổi, bổ sung một số điều theo
  // Luật số 147/2025/QH15;" (fresh58f-002), "Căn cứ Luật Công an nhân dân số 37/2018/QH14; được sửa đổi, bổ
  // sung bởi Luật số 21/2023/QH15;" (pairs59-001): the drafter put a ";" between a basis and its amender, so
  // the amender opens a clause of its own. That clause still speaks of the basis the ";" ended, and the
  // document rests on it as the amender left it: on the amender, as without the ";" (the branch above).
  if (acted < 0 && s.pending === null && cue.cue.type === "amends" && r.carried !== null && r.carried.actor === SELF && !r.carried.passive && r.carried.type === "based_on" && AMENDER_AFTER_SEMICOLON.test(text.slice(Math.max(0, cue.start - AFTER_SEMICOLON_CHARS), cue.start))) {
    s.pending = moved(r.carried, SELF, cue.end);
    return true;
  }
  s.pending = acted < 0 ? null : binding(cue.cue.type, acted, cue.cue, cue.end);
  // "Kế hoạch số X … được thay thế bằng Kế hoạch này": the agent is the citing document itself.
  if (acted >= 0 && byThisDocument(text.slice(cue.end, cue.end + 40))) {
    r.bind(acted, { type: cue.cue.type, actor: SELF, cue: cue.cue, end: cue.end, passive: false, also: null });
    s.pending = null;
  }
  return false;
}

/**
 * Whether a cue reaches "ban hành kèm theo" over `between`: FAR_WORDS words, or for an act the whole
 * name of the attached text it acts on (ATTACHED_NAME_WORDS), in one sentence.
 */
function reachesAttached(between: string, type: RelationType): boolean {
  const n = words(between);
  return n <= FAR_WORDS || (ACTS.has(type) && n <= ATTACHED_NAME_WORDS && !/[.;:]/u.test(between));
}

/** "bằng Kế hoạch này", "bởi Quyết định này" right after a passive cue: the citing document acts. */
const BY_THIS_DOCUMENT = lazyRegExp(() => new RegExp(String.raw`^\s*(?:bằng|bởi|theo|tại)\s+(?:${KIND_WORDS})\s+${THIS_WORD}(?![\p{L}\p{N}])`, "iu"));
/**
 * BY_THIS_DOCUMENT where the words hold "này" at all: compiling its kind words and letter classes cost
 * a fresh process 2-20 ms (bench/regex-compile.mjs), for a test none of the 2,000 plans' windows
 * passed (none holds "này"); the word alone compiles in a fraction of a millisecond.
 */
const byThisDocument = (words: string): boolean => THIS_WORD_IN.test(words) && BY_THIS_DOCUMENT().test(words);
/** A row of a status table, up to its status: its date alone ("05/11/2019 "). */
const STATUS_ROW = /^[ \t|]*\d{1,2}\/\d{1,2}\/\d{4}[ \t|]+$/u;
/** What STATUS_ROW's line may hold before the status, by UTF-16 code: spaces, tabs, bars, digits, slashes. */
const ROW_CHAR = new Uint8Array(0x80);
for (const c of " \t|/0123456789") ROW_CHAR[c.charCodeAt(0)] = 1;
/**
 * Whether the line before `at` is a status row's opening (STATUS_ROW). Its start is looked for only
 * back over what such an opening holds: found with lastIndexOf("\n"), a text on one line walked back to
 * its start for every passive cue ("… đã được sửa đổi, " repeated: 1,000,000 characters 5 s, 2,000,000 20 s).
 */
function statusRowBefore(text: string, at: number): boolean {
  let i = at;
  for (let c = text.charCodeAt(i - 1); i > 0 && c < 0x80 && ROW_CHAR[c] === 1; c = text.charCodeAt(--i - 1));
  if (i > 0 && text.charCodeAt(i - 1) !== 0x0a) return false;
  return STATUS_ROW.test(text.slice(i, at));
}
