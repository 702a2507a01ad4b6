/**
 * The body's own sentence naming its issuer: "Ủy ban nhân dân (UBND) tỉnh Hậu Giang ban hành Kế hoạch",
 * "Ủy ban nhân dân xã Tân Đoàn thông báo …", and the district a text names.
 */
import { phraseSource } from "../../vocab/phrases.js";
import { ANNOUNCING_VERBS } from "../../vocab/parts.js";
import { PLACE_NAME, PLACE_TYPE, SPACES, spaced } from "./place-words.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { WHITESPACE } from "../../shared/chars.js";
import { lastAtOrBefore } from "../../shared/search.js";
import { blankedSpans, withoutCitations } from "./most-named.js";

// No "i" flag here: under /iu, \p{Lu} would match lower-case letters and swallow "năm 2022".
export const DISTRICT = lazyRegExp(() => new RegExp(String.raw`(${spaced("[Hh]uyện|[Tt]hị xã|[Qq]uận|[Tt]hành phố")})[ \t]+(${PLACE_NAME})`, "gu"));
const ISSUING = lazyRegExp(() => new RegExp(
  String.raw`(?:${spaced("[ỦUủu][ỷy] ban nhân dân")}|UBND)(?:[ \t]*\(UBND\))?[ \t]+(${PLACE_TYPE})(?:[ \t]+(${PLACE_NAME}))?\s+ban\s+hành`,
  "u",
));
/**
 * The sentence in which a people's committee says what it does with the document, the body its
 * subject at a line's start or after a comma or full stop (not a list item's number: "1. UBND huyện A
 * thông báo …" in a province's report is the district's doing) ("Ủy ban nhân dân xã Đức Hợp thông báo như
 * sau:", "Vậy, UBND huyện thông báo để …", "Ủy ban nhân dân huyện yêu cầu …"): the committee of a
 * notice or letter printed without its heading. The place's name is optional ("UBND huyện" names the
 * level only); its words (group 2) are checked to be capitalised where it is read. Weaker than the
 * heading: "Thực hiện Công văn của UBND huyện, UBND xã …" names the issuer last.
 */
const ANNOUNCING = lazyRegExp(() => new RegExp(
  String.raw`(?:^|\n|(?<![0-9])[,.][ \t]+)[ \t]*(?:Vậy[ \t]*,?[ \t]+)?(?:${spaced("[ỦUủu][ỷy] ban nhân dân")}|UBND)[ \t]+(${spaced("tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu")})((?:[ \t]+[^\s,.;:()]+){0,4}?)[ \t]+(?:${phraseSource(ANNOUNCING_VERBS, { anyCase: true })})(?![\p{L}\p{M}])`,
  "gu",
));
const CAPITALISED_WORDS = lazyRegExp(() => /^(?:[ \t]+\p{Lu}[^\s]*)*$/u);

/** The place type and name ANNOUNCING reads first in `text` (a bare "thành phố" names no level), or null. */
export function announcingBody(text: string): { type: string; name: string | undefined } | null {
  ANNOUNCING().lastIndex = 0;
  for (let m = ANNOUNCING().exec(text); m; m = ANNOUNCING().exec(text)) {
    const name = m[2].trim();
    if (!CAPITALISED_WORDS().test(m[2])) continue;
    if (name === "" && m[1].replace(SPACES, " ").toLowerCase() === "thành phố") continue;
    return { type: m[1], name: name === "" ? undefined : name };
  }
  return null;
}

/**
 * Whether the body says who issues it: "Ủy ban nhân dân (UBND) tỉnh Hậu Giang ban hành Kế hoạch", or,
 * in its own sentence, "Ủy ban nhân dân xã Tân Đoàn thông báo …" (ANNOUNCING).
 */
export function statesPeoplesCommitteeIssues(text: string): boolean {
  const head = text.slice(0, ISSUING_REACH);
  return issuingIn(head) !== null || announcingBody(head) !== null;
}

/**
 * ISSUING's first match in `head`. Its sentence ends with "ban hành" (BAN_HANH): a head without it (a
 * third of real texts) is not searched for the body's words, which a regex asks at every character.
 */
export const issuingIn = (head: string): RegExpExecArray | null => (BAN_HANH.test(head) ? ISSUING().exec(head) : null);
const BAN_HANH = /ban\s+hành/;

/**
 * issuingIn of the text's head (ISSUING_REACH) with its citations blanked (withoutCitations), without that copy of
 * 6,000 characters (255 a devx5 pass, ~7 M instructions): ISSUING ends with BAN_HANH, and in the blanked head
 * each match of BAN_HANH is a "ban" and a "hành" outside the citations with a run of whitespace or blanked
 * characters between them (lastBanHanhEnd, read in the text itself). A head without one has no match (a quarter
 * of devx5's); else every match of ISSUING ends at or before the last one's end, and ISSUING (no look-ahead, no
 * end anchor) finds in the blanked head cut there the same first match, groups and all: the copy is made that
 * far only (44 % of the heads' characters on devx5).
 */
export function issuingInBlanked(text: string, cited: readonly Span[]): RegExpExecArray | null {
  const end = lastBanHanhEnd(text, blankedSpans(cited), Math.min(text.length, ISSUING_REACH));
  return end < 0 ? null : ISSUING().exec(withoutCitations(text, cited, 0, end));
}
interface Span {
  start: number;
  end: number;
}
/** BAN_HANH's last word, as written there. */
const HANH = "hành";
/**
 * Where the last match of BAN_HANH in text.slice(0, to) with the spans `blanked` made spaces ends, or -1: a "hành"
 * none of whose characters is blanked, after a run of one or more characters each whitespace (`\s`) or blanked,
 * after a "ban" none of whose characters is blanked (the blanked characters are spaces; "ban" and "hành" hold none).
 * @public exported for test/analyze/jurisdiction/issuing-blanked.test.ts.
 */
export function lastBanHanhEnd(text: string, blanked: readonly Span[], to: number): number {
  // The blanked span holding `i`, or -1 (the spans are in order and apart: blankedSpans).
  const spanAt = (i: number): number => {
    const k = lastAtOrBefore(blanked, i, spanStart);
    return k >= 0 && i < blanked[k].end ? k : -1;
  };
  const clear = (from: number, n: number): boolean => {
    for (let j = from; j < from + n; j++) if (spanAt(j) >= 0) return false;
    return true;
  };
  if (to < HANH.length) return -1;
  for (let i = text.lastIndexOf(HANH, to - HANH.length); i > 0; i = text.lastIndexOf(HANH, i - 1)) {
    if (!clear(i, HANH.length)) continue;
    let k = i - 1;
    for (;;) {
      if (k < 0) break;
      const s = spanAt(k);
      if (s >= 0) k = blanked[s].start - 1;
      else if (WHITESPACE[text.charCodeAt(k)] === 1) k--;
      else break;
    }
    if (k < i - 1 && k >= 2 && text.startsWith("ban", k - 2) && clear(k - 2, 3)) return i + HANH.length;
  }
  return -1;
}
const spanStart = (s: Span): number => s.start;

/** The issuing statement is looked for this far into the text. */
export const ISSUING_REACH = 6000;
