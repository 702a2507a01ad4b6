/**
 * The body's own sentence naming its issuer: "Ủy ban nhân dân (UBND) tỉnh Hậu Giang ban hành Kế hoạch",
 * "Ủy ban nhân dân xã Tân Đoàn thông báo …", and the district a text names.
 */
import { phraseSource } from "../../vocab/phrases.js";
import { ANNOUNCING_VERBS } from "../../vocab/parts.js";
import { PLACE_NAME, PLACE_TYPE, SPACES, spaced } from "./place-words.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

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

/** The issuing statement is looked for this far into the text. */
export const ISSUING_REACH = 6000;
