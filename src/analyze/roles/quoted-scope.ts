/**
 * An amending document's new wording of the amended document's scope article, quoted: "1. Sửa đổi Điều 1 như
 * sau: ⏎ “Điều 1. Phạm vi điều chỉnh ⏎ Thông tư này quy định chi tiết … Nghị định số X …”". "Thông tư này" in
 * the quote is the amended document, not the one quoting it: the amended one guides X (nested), and the
 * amending document's own role for X stays what it was (quoted words are another document's: quoted.ts).
 */
import { CUES, QUOTED_SCOPE_VERBS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { KIND_WORDS } from "../reach.js";
import { CONTENT_FOLLOWS_SOURCE, NEXT_ARTICLE_HEADING } from "./patterns.js";
import type { RoleReading } from "./reading.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * For each passage in marks (quotedPassages) that is an article's new wording, its heading then "<kind> này quy
 * định chi tiết | hướng dẫn …", after "… như sau:" in an article where the document amends Y (the nearest citation
 * before the quote read "amends", no article heading between): the documents named in that first sentence, up to
 * its "." or ":", numbered ones, are guided by Y (nested), except one said to amend another ("… X được sửa đổi, bổ sung bởi Nghị
 * định số Z": Z amends X, it is not what Y details).
 */
export function quotedScopeGuides(r: RoleReading, quoted: readonly { start: number; end: number }[]): void {
  const { text, spans } = r;
  let j = 0;
  let related: Set<string> | null = null;
  for (const q of quoted) {
    if (text.charCodeAt(q.start) !== OPENING_MARK) continue;
    const opening = SCOPE_OPENING().exec(text.slice(q.start + 1, q.end));
    if (opening === null) continue;
    if (!FOLLOWS.test(text.slice(Math.max(0, q.start - FOLLOWS_CHARS), q.start))) continue;
    while (j < spans.length && spans[j].start < q.start) j++;
    const amended = amendedBefore(r, j, q.start);
    if (amended < 0) continue;
    const sentenceStart = q.start + 1 + opening[0].length;
    const stop = STOP.exec(text.slice(sentenceStart, q.end));
    const sentenceEnd = stop === null ? q.end : sentenceStart + stop.index;
    let from = sentenceStart;
    for (let i = j; i < spans.length && spans[i].start < sentenceEnd; i++) {
      const lead = text.slice(from, spans[i].start);
      from = spans[i].end;
      // Numbered documents only: a law named without a number in the sentence is no nested relation's end (fixtures/fresh/CONVENTIONS.md).
      if (spans[i].end > sentenceEnd || r.cited[i].form !== "full" || AMENDED_BY.test(lead)) continue;
      // Each pair once: a document named again in the sentence ("(sau đây gọi tắt là Quyết định số 90/QĐ-TTg)"), or
      // already read so. The pairs read are kept in a set, built at the first such passage: a text of many quoted
      // scope articles does not read the nested list once per citation.
      if (sameDocument(r, i, amended)) continue;
      related ??= new Set(r.nested.filter((n) => n.type === "guides").map((n) => pairKey(r, n.from, n.to)));
      const key = pairKey(r, amended, i);
      if (related.has(key)) continue;
      related.add(key);
      r.nested.push({ type: "guides", from: amended, to: i });
    }
  }
}

/** The nearest citation before `first` (and `at`) the document amends, with no article heading between them; -1 if none. */
function amendedBefore(r: RoleReading, first: number, at: number): number {
  for (let i = first - 1; i >= 0; i--) {
    if (at - r.spans[i].end > AMENDED_CHARS) return -1;
    if (r.roles[i] !== "amends") continue;
    return ARTICLE_BETWEEN.test(r.text.slice(r.spans[i].end, at)) ? -1 : i;
  }
  return -1;
}

/** The document of citation i by its number, ký hiệu and year. */
const documentKey = (r: RoleReading, i: number): string => `${r.cited[i].number}|${r.cited[i].symbol}|${r.cited[i].year}`;
const pairKey = (r: RoleReading, from: number, to: number): string => `${documentKey(r, from)}>${documentKey(r, to)}`;

const sameDocument = (r: RoleReading, a: number, b: number): boolean => documentKey(r, a) === documentKey(r, b);

const OPENING_MARK = 0x201c;
/** "Điều 1. Phạm vi điều chỉnh ⏎ Thông tư này quy định chi tiết": the article's heading line, then its first sentence's subject and verb. */
const SCOPE_OPENING = lazyRegExp(() => new RegExp(
  String.raw`^[ \t*_]*Điều[ \t]+\d{1,3}[ \t]*[.:][^\n]{0,120}\n[ \t*_]*(?:\d{1,2}[ \t]*\.[ \t]*)?(?:${KIND_WORDS})[ \t]+này[ \t]+(?:${phraseSource(QUOTED_SCOPE_VERBS)})(?![\p{L}\p{M}])`,
  "iu",
));
/** "… như sau:" right before the opening mark. */
const FOLLOWS = new RegExp(String.raw`${CONTENT_FOLLOWS_SOURCE}[\s*_]*$`, "iu");
const FOLLOWS_CHARS = 40;
/** The first sentence ends at its "." or ":" ("…, gồm:"), a "." only before white space (not "2.1"). */
const STOP = /\.(?=\s|$)|:/u;
/**
 * "… được sửa đổi, bổ sung bởi " right before a document: the one amending the one before it. The passive amending
 * and replacing cues of the vocabulary (CUES) and their links, and "tại" ("đã được sửa đổi, bổ sung tại Nghị định số Y").
 */
const PASSIVE_AMENDING = CUES.filter((c) => c.passive && (c.type === "amends" || c.type === "replaces"));
const AMENDED_BY = new RegExp(
  String.raw`(?:${phraseSource(PASSIVE_AMENDING.flatMap((c) => c.phrases))})\s+(?:${phraseSource([...new Set(["tại", ...PASSIVE_AMENDING.flatMap((c) => c.links ?? [])])])})\s*$`,
  "iu",
);
/** The amended document is named in the amending article's opening, a long name at most before the quote. */
const AMENDED_CHARS = 1200;
const ARTICLE_BETWEEN = new RegExp(NEXT_ARTICLE_HEADING, "iu");
