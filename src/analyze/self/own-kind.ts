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
 * (the article's heading may stand on its line before it; the clause may be the article's first, "Điều 16. Hiệu lực thi
 * hành ⏎ 1. Thông tư này có hiệu lực …", fixtures/fresh/fresh41a-013, fresh42c-001), "Điều 2. Thông tư này có hiệu lực …". Said
 * in an article, the words are the document's own, not a news item's telling of another document. The
 * first such article's kind, or null.
 */
export function effectClauseKind(text: string): Kind | null {
  const at = text.indexOf("Điều");
  if (at < 0) return null;
  const lineStart = text.lastIndexOf("\n", at) + 1;
  // A legal database's crawl glues its title line before each article it prints ("Nghị định 233/2025/NĐ-CP. Điều 29.
  // Hiệu lực thi hành …", "Thông tư 43/2023/TT-BTC. Điều 1. …": fixtures/fresh/fresh54c-007, fresh55e-002,
  // fresh45b-005, fresh62g-006/-007): the article opens where its "Điều" does.
  const from = lineStart < at && DATABASE_TITLE_BEFORE_ARTICLE().test(text.slice(lineStart, at)) ? at : lineStart;
  const m = OWN_EFFECT_ARTICLE().exec(text.slice(from));
  return m ? (KIND_OF_WORD.get(m[1].toLowerCase().replace(/\s+/g, " ")) ?? null) : null;
}
/**
 * A database's title line glued before an article, all of the line before "Điều": the kind word, the number with its
 * year and ký hiệu, maybe the subject, a full stop ("Nghị định 212/2025/NĐ-CP hướng dẫn hoạt động đầu tư … . ").
 */
const DATABASE_TITLE_BEFORE_ARTICLE = lazyRegExp(() => new RegExp(
  String.raw`^[ \t*_#]{0,8}(?:${phraseSource(KINDS.flatMap((k) => k.words), { anyCase: true })})[ \t]+(?:số[ \t]+)?[0-9]{1,5}/[0-9]{4}/[^\s.]{2,40}(?:[ \t][^\n]{0,${TITLE_SUBJECT_CHARS}})?\.[ \t]+$`,
  "u",
));
/** How long the title's subject may run before the article on its line. */
const TITLE_SUBJECT_CHARS = 300;
/** How much of an article's heading may stand on its line before the effect clause's line. */
const ARTICLE_HEADING_CHARS = 80;
const OWN_EFFECT_ARTICLE = lazyRegExp(() => new RegExp(
  String.raw`(?:^|\n)[ \t*_]*Điều[ \t]+[0-9]{1,3}[ \t]*[.:][^\n]{0,${ARTICLE_HEADING_CHARS}}?(?:\n[ \t*_]*(?:[0-9]{1,2}[.)][ \t]+)?)?(${phraseSource(KINDS.flatMap((k) => k.words), { anyCase: true })})[ \t]+này[ \t]+(?:${phraseSource(OWN_EFFECT_WORDS)})(?![\p{L}\p{M}])`,
  "u",
));
