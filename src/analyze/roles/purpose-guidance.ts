/**
 * Whether the document is one whose office is to guide the application of what its purpose line names
 * ("Để thi hành đúng quy định của Luật …", "Để áp dụng thống nhất các quy định của Luật …": Cue.guidingOnly).
 */
import type { Kind } from "../../types.js";
import { ENACTED_GUIDANCE_KINDS, GUIDING_COUNCILS, GUIDING_LETTER_PURPOSE_WORDS, GUIDING_LETTER_UNIFORM, GUIDING_LETTER_VERBS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { startAfterStop } from "../sentences.js";
import { type RoleReading, SELF } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { phraseIndex } from "../../shared/strings.js";

/**
 * A circular or a joint circular (ENACTED_GUIDANCE_KINDS: the instrument that guides a law or a decree),
 * or a resolution of a council that guides the uniform application of laws (GUIDING_COUNCILS, read from
 * the own ký hiệu's issuer part: "02/2000/NQ-HĐTP").
 */
export function guidingDocument(ownKind: Kind | null, ownIssuers: readonly string[] | null): boolean {
  if (ownKind === null) return false;
  if (ENACTED_GUIDANCE_KINDS.includes(ownKind)) return true;
  return ownKind === "resolution" && ownIssuers !== null && ownIssuers.some((code) => GUIDING_COUNCILS.includes(code));
}

/**
 * A letter's sentence that guides the uniform carrying out of what it names: the purpose "để (đảm bảo)
 * (việc) (triển khai) thực hiện … (được) thống nhất …", then after a comma the issuer's name (a capital
 * first) and its verb, "hướng dẫn" or "(có ý kiến) giải đáp" (vocab/cues.ts GUIDING_LETTER_*): "Để đảm bảo
 * việc thực hiện Thông tư 02/2023/TT-NHNN thống nhất trong toàn hệ thống …, Ngân hàng Nhà nước có ý kiến
 * giải đáp …" (fresh41b-011), "Sau một thời gian thực hiện Luật Hải quan, Nghị định số 101/2001/NĐ-CP …, để
 * việc triển khai thực hiện được thống nhất trong toàn ngành, Tổng cục Hải quan hướng dẫn …" (pairs42-002).
 * The documents the sentence names before the issuer, that the letter itself carries out or only names,
 * are what it guides (DOMAIN.md §4: "hướng dẫn (thi hành) …"). A basis ("Căn cứ …, để việc thực hiện …
 * được thống nhất, Tổng cục Thuế hướng dẫn thêm", pairs42-001) and what a cited document does stay.
 * Only in a letter (kind official-letter): a circular's own purpose line is read by Cue.guidingOnly. The sentence is
 * read across its line ends, up to its stop: a narrow column or a plain-text export wraps it anywhere (LAYOUT-s71-prose).
 */
export function lettersGuide(r: RoleReading): void {
  if (r.ownKind !== "official-letter") return;
  const { text, spans } = r;
  // Most letters never say it: the phrase's last word is looked for before any pattern runs, its blanks any run (a
  // justified copy's "thống  nhất") and a line's end among them (a wrapped copy's "thống ⏎ nhất").
  if (phraseIndex(text, GUIDING_LETTER_UNIFORM, 0, true) < 0) return;
  for (const m of text.matchAll(GUIDING_LETTER())) {
    const purpose = m.index;
    const issuer = purpose + m[0].length - m[1].length;
    const from = startAfterStop(text, purpose, ".;", SENTENCE_LOOKBACK);
    for (let i = 0; i < spans.length && spans[i].start < issuer; i++) {
      if (spans[i].start < from) continue;
      const role = r.roles[i];
      const b = r.bindingOf[i];
      if ((role === "implements" && b?.actor === SELF) || (role === "references" && (b === null || b.actor === SELF))) r.roles[i] = "guides";
    }
  }
}

/** How far back the sentence's start is looked for: a long opening clause names a few documents at most. */
const SENTENCE_LOOKBACK = 600;
// phraseSource with the phrases' own case: the pattern has no "i" flag ("Để"/"để" and the issuer's capital are read as written).
const phrase = (phrases: readonly string[]) => `(?:${phraseSource(phrases, { keepCase: true })})`;
const GUIDING_LETTER = lazyRegExp(() => new RegExp(
  String.raw`(?<![\p{L}\p{M}])[Đđ]ể\s+` +
    GUIDING_LETTER_PURPOSE_WORDS.map((alts) => String.raw`(?:${phrase(alts)}\s+)?`).join("") +
    String.raw`${phrase(["thực hiện"])}(?![\p{L}\p{M}])[^.;:!?]{0,300}?${phrase([GUIDING_LETTER_UNIFORM])}(?![\p{L}\p{M}])[^.;:!?]{0,200}?,\s*` +
    String.raw`(\p{Lu}[^,.;:!?]{0,60}?\s+${phrase(GUIDING_LETTER_VERBS)}(?![\p{L}\p{M}]))`,
  "gu",
));
