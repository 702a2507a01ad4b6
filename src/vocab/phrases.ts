import XRegExp from "xregexp";

/**
 * One regex source matching any of `phrases` as written in real text: any case, any run of
 * whitespace (line breaks included) between words. Longest phrases first, since JavaScript
 * alternation takes the first alternative that matches.
 */
export function phraseSource(phrases: readonly string[]): string {
  const parts = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map((w) => XRegExp.escape(w)).join("\\s+"));
  return XRegExp.union(parts.map((p) => XRegExp(p))).source;
}
