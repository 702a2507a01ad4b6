/**
 * Emphasis closed and opened again between two words: markdown copies of legal pages set the preamble in italics and
 * break it where the source's runs of formatting broke, often between "số" and its number ("Căn cứ Nghị quyết số*
 * *203/2025/QH15", fresh36b-001, -002, -004, -010, -012, -016; "Luật số* *18/2023/QH15, …, Luật số* *146/2025/QH15",
 * fresh59f-007) or inside a description ("của* *Chính phủ"). A reader reads the words as if the marks were not there;
 * so does the citation grammar, which otherwise loses the kind word ("Luật số") before the number. Each of the two
 * asterisks is read as a space, one character for one (as a word-segmented copy's "_", segmented-words.ts), so no
 * offset moves. Only a single "*" glued to a word, then one to three spaces or tabs, then a single "*" glued to the
 * next word: a list's "* item", a footnote's "*", bold "**" and a lone "*" between spaces stay as written.
 */
// The "*" is matched before the look-behind asks for the word before it: opening the regex, the look-behind's
// classes were asked at every character of a whole document (~5 M instructions a devx5 analyze() pass; bench/README.md,
// session 63). The same matches: each starts at its first "*", a letter, mark or digit before it.
const BREAK = /\*(?<=[\p{L}\p{M}\p{N}]\*)[ \t]{1,3}\*(?=[\p{L}\p{N}])/gu;
const HAS_BREAK = new RegExp(BREAK.source, "u");

/** Whether `s` holds an emphasis break between two words (what readEmphasisBreaks changes). */
export const hasEmphasisBreaks = (s: string): boolean => s.includes("*") && HAS_BREAK.test(s);

/** `s` with each emphasis break's two asterisks read as spaces (one for one); `s` itself where there is none. */
export function readEmphasisBreaks(s: string): string {
  if (!s.includes("*")) return s;
  BREAK.lastIndex = 0;
  return s.replace(BREAK, (m) => " " + m.slice(1, -1) + " ");
}
