import { phraseSource } from "../vocab/phrases.js";
import type { Kind, RelationType, Role } from "../types.js";
import type { Part } from "./parts/index.js";
import { clauseOpenings } from "./clause-openings.js";
import { lastAtOrBefore } from "../shared/search.js";
import { WORD as WORD_CHAR } from "../find/above.js";
import {
  ADOPTING_WORDS,
  ADJUSTING_QUALIFIERS,
  ADJUSTING_WORDS,
  APPROVED_ADJUSTING_WORDS,
  APPROVING_ADJUSTMENT,
  APPROVING_WORDS,
  CARRY_OUT_WORDS,
  ISSUING_GAP_WORDS,
  ISSUING_WORDS,
  MAX_SCHEME_NAME_WORDS,
  MIN_SCHEME_NAME_WORDS,
  PERIOD_WORDS,
  PERIOD_YEAR,
  PLANNING_WORDS,
  PLAN_QUALIFIERS,
  PLAN_WORDS,
  SCHEME_NAME_ABBREVIATIONS,
  SCHEME_NAME_OPENING_TAILS,
  SCHEME_NAME_OPTIONAL_WORDS,
  SCHEME_NAME_TAILS,
  SCHEME_PART_LINKS,
  SCHEME_PART_OPENERS,
  SCHEME_PART_WORDS,
  SCHEME_WORDS,
  TITLE_LEAD_WORDS,
  YEAR_WORD,
} from "../vocab/schemes.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";

/**
 * A scheme carried out by name (vocab/schemes.ts): "Căn cứ Quyết định số 06/QĐ-TTg … phê duyệt Đề
 * án phát triển ứng dụng dữ liệu về dân cư …" in the preamble, and "Điều 1. Ban hành kèm theo Quyết
 * định này Kế hoạch thực hiện Đề án phát triển ứng dụng dữ liệu dân cư …" (or a title "KẾ HOẠCH THỰC
 * HIỆN CHƯƠNG TRÌNH …") in the document's own words. The document is based on the decision and
 * carries out the scheme it approved: a second act, implements, of the same mention. Seen in
 * fresh29e-001, fresh29e-023, fresh29k-011, fresh30c-001, -007, -017, -019, -021.
 *
 * Only a "Căn cứ" mention (role based_on) takes it, and only where the two names agree word for
 * word up to where the period or the place begins ("giai đoạn …", "trên địa bàn …", "năm 2022").
 */

export interface Word {
  /** Lower case; a mark of its own ("“", "(", ";") for the punctuation that ends a name. */
  w: string;
  start: number;
}

// Words and the marks that end a name; commas and dashes are neither ("nông thôn-trên địa bàn").
const WORD_MARKS = `“”"();:.`;
const WORD = lazyRegExp(() => new RegExp(`[\\p{L}\\p{M}\\p{N}]+|[${WORD_MARKS}]`, "gu"));
const DIGITS = lazyRegExp(() => /^\p{N}+$/u);
const ENDS_NAME = new Set(["(", ")", ";", ":", ".", "”"]);
const QUOTES = new Set(["“", '"']);
/**
 * WORD's two classes by code unit: 1 a word's character, 2 a mark of its own. Under "u" a class of
 * hundreds of ranges is looked up by a call out of the regex's code at every character (~1.8 M
 * instructions a pass over the dev texts: bench/README, session 49 speed49, session 50 speed50). Copied from
 * find/above.ts's table of the same class, not built again: a table built by markClass costs every process ~30 M.
 */
const WORD_UNIT = new Uint8Array(WORD_CHAR);
for (const mark of WORD_MARKS) WORD_UNIT[mark.charCodeAt(0)] = 2;

/**
 * WORD's matches from `from` that start before `to` (at most `most`), lower-cased, by WORD_UNIT; where a
 * surrogate is met (a letter outside the BMP is one character to WORD, two units to the table) by WORD
 * itself (wordsByRegex). test/analyze/schemes-words.test.ts holds the two to each other.
 */
export function wordsOf(text: string, from: number, to: number, most = Infinity): Word[] {
  const out: Word[] = [];
  const end = text.length;
  // lastIndex as WORD reads it: a negative start is 0.
  let i = from > 0 ? from : 0;
  // A start inside a surrogate pair: WORD steps back to the pair's first half.
  if (i < end && (text.charCodeAt(i) & 0xfc00) === 0xdc00) return wordsByRegex(text, from, to, most);
  while (i < end && i < to && out.length < most) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return wordsByRegex(text, from, to, most);
    const kind = WORD_UNIT[c];
    if (kind === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    if (kind === 1) {
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d >= 0xd800 && d <= 0xdfff) return wordsByRegex(text, from, to, most);
        if (WORD_UNIT[d] !== 1) break;
      }
    }
    out.push({ w: text.slice(i, j).toLowerCase(), start: i });
    i = j;
  }
  return out;
}

/** wordsOf as WORD's exec loop reads it: the text holds a surrogate. */
export function wordsByRegex(text: string, from: number, to: number, most = Infinity): Word[] {
  const out: Word[] = [];
  WORD().lastIndex = from;
  for (let m = WORD().exec(text); m !== null && m.index < to && out.length < most; m = WORD().exec(text)) out.push({ w: m[0].toLowerCase(), start: m.index });
  return out;
}

function phraseAt(words: readonly Word[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[i + k].w !== phrase[k]) return false;
  return true;
}

function anyPhraseAt(words: readonly Word[], i: number, phrases: readonly (readonly string[])[]): readonly string[] | null {
  for (const p of phrases) if (phraseAt(words, i, p)) return p;
  return null;
}

/** Every kind a decision approves by name and a document carries out or adjusts by name: the schemes, and the plannings. */
const APPROVED_WORDS = [...SCHEME_WORDS, ...PLANNING_WORDS];

/** The scheme named from words[i] on ("Đề án “X …” giai đoạn …"): its kind word and its name's words, or null. */
function schemeAt(words: readonly Word[], i: number, kinds: readonly (readonly string[])[] = APPROVED_WORDS): { kind: string; name: string[]; stop: number } | null {
  if (i < words.length && QUOTES.has(words[i].w)) i++;
  const kind = anyPhraseAt(words, i, kinds);
  if (kind === null) return null;
  i += kind.length;
  if (i < words.length && QUOTES.has(words[i].w)) i++;
  const name: string[] = [];
  for (; i < words.length && name.length < MAX_SCHEME_NAME_WORDS; i++) {
    const w = words[i].w;
    if (ENDS_NAME.has(w) || QUOTES.has(w) || DIGITS().test(w)) break;
    // "tỉnh" right after the kind word opens a province's own name ("Quy hoạch tỉnh Bắc Kạn"); after a name it ends it.
    if (anyPhraseAt(words, i, SCHEME_NAME_TAILS) !== null && (name.length > 0 || anyPhraseAt(words, i, SCHEME_NAME_OPENING_TAILS) === null)) break;
    if (w === YEAR_WORD && i + 1 < words.length && DIGITS().test(words[i + 1].w)) break;
    if (SCHEME_NAME_OPTIONAL_WORDS.includes(w)) continue;
    const full = SCHEME_NAME_ABBREVIATIONS[w];
    if (full) name.push(...full);
    else name.push(w);
  }
  return name.length >= MIN_SCHEME_NAME_WORDS ? { kind: kind.join(" "), name, stop: i } : null;
}

/**
 * The year the period written right after a scheme's name ends (PERIOD_WORDS from words[i]): "giai đoạn 2017 - 2025" 2025,
 * "đến năm 2020" 2020, "giai đoạn 2021 - 2030, tầm nhìn đến năm 2045" 2030 (the second year, where two stand); null where
 * none stands before the name's closing mark.
 */
function periodEnd(words: readonly Word[], i: number): number | null {
  let first: number | null = null;
  for (let k = i; k < words.length && k < i + PERIOD_WORDS; k++) {
    const w = words[k].w;
    if (ENDS_NAME.has(w) || QUOTES.has(w)) break;
    if (!PERIOD_YEAR.test(w)) continue;
    if (first !== null) return Number(w);
    first = Number(w);
  }
  return first;
}

// The vocabulary's phrases as regular-expression alternatives, any spacing between the words: a scan
// for "phê duyệt Đề án", "Kế hoạch thực hiện Chương trình" before any word is read.
const anyOf = (phrases: readonly (readonly string[])[]) => `(?:${phrases.map((p) => p.join(String.raw`\s+`)).join("|")})`;
const SCHEME = String.raw`\s+[“"]?${anyOf(APPROVED_WORDS)}`;
/** The adjusting words before a scheme in a description ("phê duyệt điều chỉnh, bổ sung Đề án …"): schemes only. */
const ADJUSTED_SCHEME = `\\s+${anyOf(APPROVED_ADJUSTING_WORDS)}(?:\\s*,?\\s*${anyOf(APPROVED_ADJUSTING_WORDS)})?\\s+[“"]?${anyOf(SCHEME_WORDS)}`;
const approvingOf = (acts: readonly (readonly string[])[]) => new RegExp(`${anyOf(acts)}(?:\\s+việc)?(?:\\s+[“"]?${anyOf(APPROVED_WORDS)}|${ADJUSTED_SCHEME})`, "iu");
const APPROVING = approvingOf(APPROVING_WORDS);
/** A resolution's description: APPROVING's words, or "về" right before the scheme (ADOPTING_WORDS). */
const RESOLUTION_WORDS = [...APPROVING_WORDS, ...ADOPTING_WORDS];
const ADOPTING = approvingOf(RESOLUTION_WORDS);
/** Characters of a description read for it (its date and issuer come first). */
const APPROVING_CHARS = 400;

/**
 * A scheme's kind and name, the name's words run together: a copy that lost the space inside a word of the name in
 * one place and not in the other ("ĐỀ ÁN “BẢO TỒN, PHÁTTRIỂN VĂN HÓA …”" in the title, "Đề án“Bảo tồn, phát triển văn
 * hóa …”" in the Căn cứ item, "Đề án “Bảotồn, phát triển …”" in Điều 1: Bình Định 715/QĐ-UBND, 2011, fresh65a-005)
 * names one scheme still, as nameSlug reads a law's name glued so (identify/named.ts). No two names differ by a space alone.
 */
const keyOf = (s: { kind: string; name: string[] }) => `${s.kind}|${s.name.join("")}`;

/** A scheme a cited decision approved: its key, the year its period ends (or null), and whether the decision approved an adjustment. */
interface Approved {
  key: string;
  end: number | null;
  adjusting: boolean;
}

/**
 * The scheme a cited decision approved, read in its description (up to the next citation): "… phê duyệt Đề án X";
 * a resolution's also where it is "về Quy hoạch X" (ADOPTING_WORDS).
 */
function approvedScheme(text: string, from: number, to: number, resolution: boolean): Approved | null {
  // Most descriptions approve nothing: a scan of their first characters spares reading their words.
  const m = (resolution ? ADOPTING : APPROVING).exec(text.slice(from, Math.min(to, from + APPROVING_CHARS)));
  if (m === null) return null;
  const words = wordsOf(text, from + m.index, to, MAX_SCHEME_NAME_WORDS + 8 + PERIOD_WORDS);
  let i = anyPhraseAt(words, 0, resolution ? RESOLUTION_WORDS : APPROVING_WORDS)?.length ?? 0;
  if (i < words.length && words[i].w === "việc") i++;
  // "phê duyệt điều chỉnh, bổ sung Đề án …": the scheme as adjusted (WORD reads no comma).
  let adjusting = false;
  for (let n = 0; n < 2; n++) {
    const adj = anyPhraseAt(words, i, APPROVED_ADJUSTING_WORDS);
    if (adj === null) break;
    i += adj.length;
    adjusting = true;
  }
  const s = schemeAt(words, i, adjusting ? SCHEME_WORDS : APPROVED_WORDS);
  return s === null ? null : { key: keyOf(s), end: periodEnd(words, s.stop), adjusting };
}

/**
 * The schemes the document says, in its own words, it carries out: in its title ("Kế hoạch thực
 * hiện Chương trình X", "Ban hành Kế hoạch triển khai Đề án X"), or where it issues a plan ("ban
 * hành [kèm theo Quyết định này] Kế hoạch [triển khai] thực hiện Đề án X") with no citation before
 * in the clause, whose description that would be. Read in the title and around each "Kế hoạch" only.
 */
function carriedOutSchemes(text: string, parts: readonly Part[], spans: readonly { start: number; end: number }[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const title = parts.find((p) => p.type === "title") ?? null;
  // In the title, the cue is the plan's own where it opens the title or follows "Kế hoạch": "KẾ HOẠCH ⏎
  // THỰC HIỆN CHƯƠNG TRÌNH …", "BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN …"; "hướng dẫn … kinh phí thực hiện
  // Chương trình …" (dev-043, fresh29h-004) guides the money, it carries out nothing.
  if (title !== null) {
    const words = wordsOf(text, title.start, title.end);
    schemesCarriedOut(words, (k) => k === 0 || afterPlan(words, pastQualifiers(words, k)), out);
  }
  // "hoạch" found by indexOf (a regular expression scanning the whole text cost more), then read where it stands.
  for (const form of PLAN_FORMS) {
    // One for each form: its "hoạch"s come in the text's order, which clauseOpenings' reuse needs.
    const clauseOpening = clauseOpenings(text);
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      PLAN.lastIndex = at;
      if (!PLAN.test(text)) continue;
      const words = wordsOf(text, Math.max(0, at - ISSUING_CHARS), at + NAMING_CHARS);
      schemesCarriedOut(words, (k) => issuedHere(words, k, spans, clauseOpening), out);
    }
  }
  return out;
}

// "Kế hoạch [triển khai] thực hiện Đề án" from its second word (a wrapped line may stand between "Kế" and "hoạch"),
// as printed in a sentence or in capitals.
const PLAN_FORMS = [PLAN_WORDS[1], PLAN_WORDS[1].toUpperCase()];
const PLAN = new RegExp(`${PLAN_WORDS[1]}(?:\\s+(?:${phraseSource(PLAN_QUALIFIERS)}))?(?:\\s+${YEAR_WORD}\\s+\\d{4})?(?:\\s+${anyOf(CARRY_OUT_WORDS)}){1,2}${SCHEME}`, "iuy");
const afterPlan = (words: readonly Word[], k: number) => k >= PLAN_WORDS.length && phraseAt(words, k - PLAN_WORDS.length, PLAN_WORDS);
/** PLAN_QUALIFIERS word by word ("hành động" is two of Word's words). */
const QUALIFIER_WORDS: readonly (readonly string[])[] = PLAN_QUALIFIERS.map((q) => q.split(" "));
/** Back from the cue at words[k] past the plan's year and PLAN_QUALIFIERS ("Kế hoạch vốn năm 2023 thực hiện", "Kế hoạch hành động thực hiện"): where "Kế hoạch" ends. */
function pastQualifiers(words: readonly Word[], k: number): number {
  if (k >= 2 && words[k - 2].w === YEAR_WORD && DIGITS().test(words[k - 1].w)) k -= 2;
  for (const q of QUALIFIER_WORDS) if (k >= q.length && phraseAt(words, k - q.length, q)) return k - q.length;
  return k;
}
/** Characters read before "Kế hoạch" for "ban hành kèm theo Quyết định này", and after it for the cue and the scheme's name. */
const ISSUING_CHARS = 120;
const NAMING_CHARS = 400;

/** Each cue in words, where ownCue says it is the document's own, followed by a scheme: the scheme's key into out, with the year its period ends where one is written. */
function schemesCarriedOut(words: readonly Word[], ownCue: (k: number) => boolean, out: Map<string, Set<number>>): void {
  for (let i = 0; i < words.length; i++) {
    const cue = anyPhraseAt(words, i, CARRY_OUT_WORDS);
    if (cue === null) continue;
    let j = i + cue.length;
    // "triển khai thực hiện Đề án": one cue of two.
    const second = anyPhraseAt(words, j, CARRY_OUT_WORDS);
    if (second !== null) j += second.length;
    const s = schemeAt(words, j) ?? schemeAfterPart(words, j);
    if (s === null || !ownCue(i)) continue;
    const key = keyOf(s);
    let ends = out.get(key);
    if (ends === undefined) out.set(key, (ends = new Set()));
    const end = periodEnd(words, s.stop);
    if (end !== null) ends.add(end);
  }
}

/** "các mô hình, nhiệm vụ tại Đề án X" from words[j]: the scheme a part of which is carried out (SCHEME_PART_OPENERS … SCHEME_PART_LINKS), or null. */
function schemeAfterPart(words: readonly Word[], j: number): { kind: string; name: string[]; stop: number } | null {
  if (j >= words.length || !SCHEME_PART_OPENERS.includes(words[j].w)) return null;
  for (let k = j + 1; k < words.length && k <= j + SCHEME_PART_WORDS; k++) {
    const w = words[k].w;
    if (ENDS_NAME.has(w) || QUOTES.has(w)) return null;
    if (SCHEME_PART_LINKS.includes(w)) return schemeAt(words, k + 1);
  }
  return null;
}

/** "ban hành … Kế hoạch [triển khai]" right before the cue at words[i], said by the document itself: no citation before it in its clause. */
function issuedHere(words: readonly Word[], i: number, spans: readonly { start: number; end: number }[], clauseOpening: (x: number) => number): boolean {
  let k = i;
  if (k >= 2 && phraseAt(words, k - 2, CARRY_OUT_WORDS[1])) k -= 2;
  k = pastQualifiers(words, k);
  if (!afterPlan(words, k)) return false;
  const plan = k - PLAN_WORDS.length;
  for (let b = plan - ISSUING_WORDS.length; b >= 0 && b >= plan - ISSUING_WORDS.length - ISSUING_GAP_WORDS; b--) {
    if (!phraseAt(words, b, ISSUING_WORDS)) continue;
    // From the start of its sentence or the ";" that closes a "Căn cứ" before it: a citation there
    // is the one whose description "ban hành Kế hoạch …" is ("Quyết định số X … ban hành Kế hoạch thực hiện Đề án …").
    // The last citation before the words, found by halving (spans are in the text's order), not by a scan of all of them.
    const last = lastAtOrBefore(spans, words[b].start - 1, (s) => s.start);
    return last < 0 || spans[last].start < clauseOpening(words[b].start);
  }
  return false;
}

/**
 * "Điều 1." ("ĐIỀU 1:"): the first article's number. Its words are read after it as the title's are
 * ("Điều 1. [Phê duyệt [dự án:]] điều chỉnh …", "Điều 1. Bổ sung vào …"), from the same tables
 * (APPROVING_ADJUSTMENT, ADJUSTING_WORDS), so that a word added there reaches both.
 */
const FIRST_ARTICLE = /Điều[ \t]+1[ \t]*[.:]/giu;
/** Words read after "Điều 1." for "phê duyệt dự án :" and the adjusting words. */
const ARTICLE_OPENING_WORDS = 7;
/** Characters read after the adjusting words for the planning's name. */
const ADJUSTED_CHARS = 400;
/** The adjusting words (ADJUSTING_WORDS), any spacing and case. */
const ADJUSTING = new RegExp(anyOf(ADJUSTING_WORDS), "iu");
/** Characters of the title scanned for them: its lead words and "phê duyệt dự án:" come first. */
const TITLE_HEAD_CHARS = 120;
/** Words of the title read for its adjusting words and the planning's name. */
const TITLE_WORDS = MAX_SCHEME_NAME_WORDS + 16;
/** Characters of the body read for its first article. */
const ARTICLE_HEAD_CHARS = 600;

/**
 * The plannings (schemes) the document adjusts in its own words: in its title, where "điều chỉnh" or
 * "bổ sung" follows only the title's lead words and "phê duyệt" ("PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH …",
 * "VỀ VIỆC PHÊ DUYỆT DỰ ÁN: ĐIỀU CHỈNH, BỔ SUNG QUY HOẠCH …", "V/v bổ sung Quy hoạch …"), or in its
 * first article ("Điều 1. Phê duyệt Điều chỉnh Quy hoạch …", a page that lost its title).
 */
function adjustedSchemes(text: string, parts: readonly Part[]): Set<string> {
  const out = new Set<string>();
  const title = parts.find((p) => p.type === "title") ?? null;
  // Most titles adjust nothing: a scan of their first characters for the adjusting words spares reading their words.
  if (title !== null && ADJUSTING.test(text.slice(title.start, Math.min(title.end, title.start + TITLE_HEAD_CHARS)))) {
    // Its lead words, "phê duyệt dự án:", the adjusting words and the name: the title's first words only.
    const words = wordsOf(text, title.start, title.end, TITLE_WORDS);
    let i = 0;
    while (i < words.length && TITLE_LEAD_WORDS.includes(words[i].w)) i++;
    addAdjusted(words, i + (anyPhraseAt(words, i, APPROVING_ADJUSTMENT)?.length ?? 0), out);
  }
  // The first article opens the body: its head is read, not the whole text.
  const body = parts.find((p) => p.type === "body") ?? null;
  const head = body === null ? 0 : body.start;
  // An exec loop, not matchAll: matchAll builds a new regex from FIRST_ARTICLE at every call (its species
  // constructor). FIRST_ARTICLE matches no empty string.
  const articleHead = text.slice(head, head + ARTICLE_HEAD_CHARS);
  FIRST_ARTICLE.lastIndex = 0;
  for (let article = FIRST_ARTICLE.exec(articleHead); article !== null; article = FIRST_ARTICLE.exec(articleHead)) {
    const after = head + article.index + article[0].length;
    const opening = wordsOf(text, after, after + ARTICLE_HEAD_CHARS, ARTICLE_OPENING_WORDS);
    const i = anyPhraseAt(opening, 0, APPROVING_ADJUSTMENT)?.length ?? 0;
    if (anyPhraseAt(opening, i, ADJUSTING_WORDS) === null) continue;
    // The planning's name is read from the adjusting words on, as far as in the title.
    const from = opening[i].start;
    addAdjusted(wordsOf(text, from, from + ADJUSTED_CHARS), 0, out);
    break;
  }
  return out;
}

/** "điều chỉnh [cục bộ | , bổ sung] <scheme>", "bổ sung [vào] <scheme>" at words[i]: the scheme's key into out. */
function addAdjusted(words: readonly Word[], i: number, out: Set<string>): void {
  const adjusting = anyPhraseAt(words, i, ADJUSTING_WORDS);
  if (adjusting === null) return;
  let j = i + adjusting.length;
  const qualifier = anyPhraseAt(words, j, ADJUSTING_QUALIFIERS);
  if (qualifier !== null) j += qualifier.length;
  const s = schemeAt(words, j, APPROVED_WORDS);
  if (s !== null) out.add(keyOf(s));
}

/**
 * The second act of each citation: implements, for a "Căn cứ" decision that approved the scheme the
 * document carries out by name; amends, for one that approved the planning the document adjusts by
 * name; null for the rest. Nothing is read unless some such decision is cited.
 */
export function schemeActs(text: string, parts: readonly Part[], spans: readonly { start: number; end: number }[], roles: readonly Role[], kinds: readonly (Kind | null)[]): (RelationType | null)[] {
  const out: (RelationType | null)[] = [];
  let approved: (Approved | null)[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    out.push(null);
    // A scheme is approved by a decision or adopted by a resolution; a law, a decree, a circular is read no further.
    if (roles[i] !== "based_on" || (kinds[i] !== "decision" && kinds[i] !== "resolution")) continue;
    const to = i + 1 < spans.length ? spans[i + 1].start : text.length;
    const scheme = approvedScheme(text, spans[i].end, to, kinds[i] === "resolution");
    if (scheme === null) continue;
    approved ??= [];
    approved[i] = scheme;
  }
  if (approved === null) return out;
  const carried = carriedOutSchemes(text, parts, spans);
  const adjusted = adjustedSchemes(text, parts);
  for (let i = 0; i < approved.length; i++) {
    const scheme = approved[i];
    if (!scheme) continue;
    if (!scheme.adjusting && adjusted.has(scheme.key)) out[i] = "amends";
    else if (carried.has(scheme.key) && ofThePeriod(approved, scheme, carried.get(scheme.key)!)) out[i] = "implements";
  }
  return out;
}

/**
 * Whether the document carries out `scheme`'s decision, where other decisions of the Căn cứ approve the same scheme (its
 * approval and its adjustment, vocab/schemes.ts APPROVED_ADJUSTING_WORDS): the one whose period ends in a year the
 * document's own naming of the scheme ends in, where one of them does; every one where none does or no period is named.
 */
function ofThePeriod(approved: readonly (Approved | null | undefined)[], scheme: Approved, ends: ReadonlySet<number>): boolean {
  if (ends.size === 0) return true;
  let rivals = false;
  let agreeing = false;
  for (const other of approved) {
    if (!other || other.key !== scheme.key) continue;
    if (other !== scheme) rivals = true;
    if (other.end !== null && ends.has(other.end)) agreeing = true;
  }
  return !rivals || !agreeing || (scheme.end !== null && ends.has(scheme.end));
}
