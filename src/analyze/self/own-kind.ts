/**
 * The kind a text tells of itself where its heading does not: its enacting formula ("QUYẾT ĐỊNH:"), or an
 * article's own effect clause ("Thông tư này có hiệu lực …").
 */
import type { Kind } from "../../types.js";
import { ENACTING_KINDS, OWN_EFFECT_WORDS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { KINDS } from "../../vocab/kinds.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * The kind a text's enacting formula tells (ENACTING_KINDS): the formula alone on its line, a colon
 * after it ("QUYẾT ĐỊNH:", a word segmenter's "Quyết định :"), its two words maybe wrapped over two
 * lines ("QUYẾT ⏎ ĐỊNH:", a narrow table cell copied with its line breaks). The first such line's
 * kind, or null.
 */
export function enactedKind(text: string): Kind | null {
  const m = ENACTING_KIND_LINE.exec(text);
  return m ? (ENACTING_KINDS[m[1].toLowerCase().replace(/\s+/g, " ")] ?? null) : null;
}
// phraseSource writes a space as \s+: the words may stand on two lines.
const ENACTING_KIND_LINE = new RegExp(String.raw`(?:^|\n)[ \t*_#]*(${phraseSource(Object.keys(ENACTING_KINDS))})[ \t*_]*:[ \t*_]*(?:\r?\n|$)`, "iu");
export const KIND_OF_WORD = new Map<string, Kind>(KINDS.flatMap((k) => k.words.map((w) => [w.toLowerCase(), k.slug] as const)));

/**
 * The kind an article's own effect clause tells (OWN_EFFECT_WORDS), for a copy of the articles with
 * neither heading nor enacting formula: "Điều 14. Hiệu lực thi hành ⏎ Thông tư này có hiệu lực …"
 * (the article's heading may stand on its line before it), "Điều 2. Thông tư này có hiệu lực …". Said
 * in an article, the words are the document's own, not a news item's telling of another document. The
 * first such article's kind, or null.
 */
export function effectClauseKind(text: string): Kind | null {
  const at = text.indexOf("Điều");
  if (at < 0) return null;
  const m = OWN_EFFECT_ARTICLE().exec(at === 0 ? text : text.slice(text.lastIndexOf("\n", at) + 1));
  return m ? (KIND_OF_WORD.get(m[1].toLowerCase().replace(/\s+/g, " ")) ?? null) : null;
}
/** How much of an article's heading may stand on its line before the effect clause's line. */
const ARTICLE_HEADING_CHARS = 80;
const OWN_EFFECT_ARTICLE = lazyRegExp(() => new RegExp(
  String.raw`(?:^|\n)[ \t*_]*Điều[ \t]+[0-9]{1,3}[ \t]*[.:][^\n]{0,${ARTICLE_HEADING_CHARS}}?(?:\n[ \t*_]*)?(${phraseSource(KINDS.flatMap((k) => k.words), { anyCase: true })})[ \t]+này[ \t]+(?:${phraseSource(OWN_EFFECT_WORDS)})(?![\p{L}\p{M}])`,
  "u",
));
