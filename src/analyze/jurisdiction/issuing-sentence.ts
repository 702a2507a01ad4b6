/**
 * The body's own sentence naming its issuer: "Ủy ban nhân dân (UBND) tỉnh Hậu Giang ban hành Kế hoạch",
 * "Ủy ban nhân dân xã Tân Đoàn thông báo …", and the district a text names.
 */
import { phraseSource } from "../../vocab/phrases.js";
import { ANNOUNCING_VERBS } from "../../vocab/parts.js";
import { PLACE_NAME, PLACE_TYPE, SPACES, spaced } from "./place-words.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { WHITESPACE, lastNonBlank } from "../../shared/chars.js";

// No "i" flag here: under /iu, \p{Lu} would match lower-case letters and swallow "năm 2022".
export const DISTRICT = lazyRegExp(() => new RegExp(String.raw`(${spaced("[Hh]uyện|[Tt]hị xã|[Qq]uận|[Tt]hành phố")})[ \t]+(${PLACE_NAME})`, "gu"));
/** Exported for its test: issuingIn asks it where a match can stand. */
export const ISSUING = lazyRegExp(() => new RegExp(
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
const ANNOUNCING_SOURCE = () =>
  String.raw`(?:^|\n|(?<![0-9])[,.][ \t]+)[ \t]*(?:Vậy[ \t]*,?[ \t]+)?(?:${spaced("[ỦUủu][ỷy] ban nhân dân")}|UBND)[ \t]+(${spaced("tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu")})((?:[ \t]+[^\s,.;:()]+){0,4}?)[ \t]+(?:${phraseSource(ANNOUNCING_VERBS, { anyCase: true })})(?![\p{L}\p{M}])`;
/** Exported for its test: announcingBody tries it (ANNOUNCING_AT) where a match can start. */
export const ANNOUNCING = lazyRegExp(() => new RegExp(ANNOUNCING_SOURCE(), "gu"));
/** ANNOUNCING tried at one place (sticky). */
const ANNOUNCING_AT = lazyRegExp(() => new RegExp(ANNOUNCING_SOURCE(), "uy"));
const CAPITALISED_WORDS = lazyRegExp(() => /^(?:[ \t]+\p{Lu}[^\s]*)*$/u);

/**
 * The place type and name of ANNOUNCING's first match in `text` whose name is in capitals (a bare "thành phố" names
 * no level), or null: its global search's matches, in order, the regex tried only where one can start. A match
 * opens at the text's start, at a line break, or at a comma or full stop before a space or tab, and between that
 * and the committee's words ("UBND", "Ủy ban nhân dân") stand only spaces, tabs and "Vậy," (OPENING_RUN). So at
 * each "UBND" and each "Ủy ban" (indexOf finds "UBND" and "ban") it is tried, sticky, at the openings of the run of
 * such characters before the words, in order, from where the last match ended. Its global search read every
 * character of the text's first 6,000, trying its three openings at each (bench/README, session 68).
 */
export function announcingBody(text: string): { type: string; name: string | undefined } | null {
  let from = 0;
  let ubnd = text.indexOf("UBND");
  let ban = banAt(text, 0);
  while (ubnd >= 0 || ban >= 0) {
    // Where the committee's words start (no "Ủy ban" holds a "UBND": the two kinds come in this order).
    let words: number;
    if (ban < 0 || (ubnd >= 0 && ubnd < ban)) {
      words = ubnd;
      ubnd = text.indexOf("UBND", ubnd + 4);
    } else {
      words = committeeBefore(text, ban);
      ban = banAt(text, ban + 3);
      if (words < 0) continue;
    }
    let run = words;
    while (run > 0 && OPENING_RUN.has(text.charCodeAt(run - 1))) run--;
    const first = run === 0 ? 0 : text.charCodeAt(run - 1) === 0x0a ? run - 1 : openingAt(text, run, words);
    for (let at = first; at >= 0; at = openingAt(text, Math.max(at + 1, run), words)) {
      if (at < from) continue;
      ANNOUNCING_AT().lastIndex = at;
      const m = ANNOUNCING_AT().exec(text);
      if (m === null) continue;
      from = ANNOUNCING_AT().lastIndex;
      const name = m[2].trim();
      if (!CAPITALISED_WORDS().test(m[2])) continue;
      if (name === "" && m[1].replace(SPACES, " ").toLowerCase() === "thành phố") continue;
      return { type: m[1], name: name === "" ? undefined : name };
    }
  }
  return null;
}
/** What may stand between a match's opening and its committee's words: spaces, tabs, "Vậy", a comma, a full stop. */
const OPENING_RUN: ReadonlySet<number> = new Set([..." \t,.Vậy"].map((c) => c.charCodeAt(0)));
/** Where the next "ban" between spaces or tabs (as ANNOUNCING's "Ủy ban nhân dân" holds it) stands at or after `from`, or -1. */
function banAt(text: string, from: number): number {
  for (let at = text.indexOf("ban", from); at >= 0; at = text.indexOf("ban", at + 3)) {
    if (isSpaceOrTab(text.charCodeAt(at - 1)) && isSpaceOrTab(text.charCodeAt(at + 3))) return at;
  }
  return -1;
}
/** Where "Ủy" ([ỦUủu][ỷy]) starts before the spaces or tabs before the "ban" at `ban`, or -1. */
function committeeBefore(text: string, ban: number): number {
  let at = ban;
  while (at > 0 && isSpaceOrTab(text.charCodeAt(at - 1))) at--;
  return at >= 2 && COMMITTEE_Y.has(text.charCodeAt(at - 1)) && COMMITTEE_U.has(text.charCodeAt(at - 2)) ? at - 2 : -1;
}
const COMMITTEE_U: ReadonlySet<number> = new Set([..."ỦUủu"].map((c) => c.charCodeAt(0)));
const COMMITTEE_Y: ReadonlySet<number> = new Set([..."ỷy"].map((c) => c.charCodeAt(0)));
/** The first comma or full stop before a space or tab in text[from, to), or -1. */
function openingAt(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    const c = text.charCodeAt(at);
    if ((c === 0x2c || c === 0x2e) && isSpaceOrTab(text.charCodeAt(at + 1))) return at;
  }
  return -1;
}
const isSpaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;

/**
 * Whether the body says who issues it: "Ủy ban nhân dân (UBND) tỉnh Hậu Giang ban hành Kế hoạch", or,
 * in its own sentence, "Ủy ban nhân dân xã Tân Đoàn thông báo …" (ANNOUNCING).
 */
export function statesPeoplesCommitteeIssues(text: string): boolean {
  const head = text.slice(0, ISSUING_REACH);
  return issuingIn(head) !== null || announcingBody(head) !== null;
}

/**
 * The place's type and name of ISSUING's first match in `head`, the regex asked only where one can
 * stand. Its sentence ends with whitespace and "ban hành", and what stands before that whitespace,
 * the body and its place, holds no line break: every match starts on the line where the words before
 * a "ban hành" end, and ends at the end of a "ban hành" whose words end on that line. ISSUING reads
 * only its match (no anchor, no look around), so it is asked of each such line in turn, up to the end
 * of its last such "ban hành" (every match starting there ends within that): it finds there the
 * matches the whole head has. It read every character of a head (the body's words at each), the
 * lines are ~6 % of them over /tmp/devx5 (bench/README, session 68). A head without "ban hành" (a
 * third of real texts) is not searched.
 */
export function issuingIn(head: string): { type: string; name: string | undefined } | null {
  let line = -1;
  let end = -1;
  // `next`: where the "ban hành" at `at` ends, and the next is looked for.
  for (let at = banHanhAt(head, 0), next = 0; ; at = banHanhAt(head, next)) {
    let start = -1;
    if (at >= 0) {
      next = banHanhEndAt(head, at);
      // The words before the whitespace before "ban" end at `last` ("Xban hành" has none: no match ends there).
      const last = lastNonBlank(head, 0, at);
      if (last === at - 1) continue;
      start = head.lastIndexOf("\n", last) + 1;
      if (start === line) {
        end = next;
        continue;
      }
    }
    if (line >= 0) {
      const found = ISSUING().exec(head.slice(line, end));
      if (found !== null) return { type: found[1], name: found[2] };
    }
    if (at < 0) return null;
    line = start;
    end = next;
  }
}
/**
 * Where the next "ban hành" ("ban", whitespace, "hành": ISSUING's last words) starts at or after `from`, or -1.
 * Found by indexOf, which reads a text's characters several times faster than a regex does that is not one literal
 * string (/ban\s+hành/g over whole heads cost ~6 instructions a character, nearly ISSUING's own ~8). No two overlap
 * ("ban" is no part of whitespace or "hành").
 */
function banHanhAt(head: string, from: number): number {
  for (let at = head.indexOf("ban", from); at >= 0; at = head.indexOf("ban", at + 3)) if (banHanhEndAt(head, at) >= 0) return at;
  return -1;
}
/** Where a "ban hành" opening with the "ban" at `at` ends, or -1 where whitespace and "hành" do not follow that "ban". */
function banHanhEndAt(head: string, at: number): number {
  let j = at + 3;
  while (j < head.length && WHITESPACE[head.charCodeAt(j)] === 1) j++;
  return j > at + 3 && head.startsWith("hành", j) ? j + 4 : -1;
}

/** The issuing statement is looked for this far into the text. */
export const ISSUING_REACH = 6000;
