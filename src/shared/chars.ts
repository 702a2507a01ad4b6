/**
 * Per-character tables. Hot loops test characters one at a time; a table lookup there costs
 * nothing, `/\s/.test(text[i])` a string each time.
 */

/** Every UTF-16 code unit once, in order: one regex pass over it finds a class's members. */
let everyCodeUnit: string | null = null;

/**
 * Sets table[c] = value for every code unit c that `set` matches, where `set` is one character
 * class (or a run of one, as `[\s]+`). Built from the pattern itself, so a table cannot drift from
 * the regex it stands for.
 */
export function markClass<T extends Uint8Array>(table: T, set: RegExp, value = 1): T {
  everyCodeUnit ??= Array.from({ length: 0x10 }, (_, block) =>
    String.fromCharCode(...Array.from({ length: 0x1000 }, (_, i) => block * 0x1000 + i)),
  ).join("");
  // As runs, so that a class of thousands of characters takes a few matches, not thousands.
  const one = set.source.endsWith("+") && !set.source.endsWith("\\+") ? set.source.slice(0, -1) : set.source;
  const global = new RegExp(`(?:${one})+`, set.flags.replace(/[gy]/g, "") + "g");
  for (const m of everyCodeUnit.matchAll(global)) table.fill(value, m.index, m.index + m[0].length);
  return table;
}

/** An ASCII digit's code unit: numbers in citations are written so (a full-width or other script's digit is no number here). */
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** 1 where JavaScript's `\s` matches. */
export const WHITESPACE: Uint8Array = markClass(new Uint8Array(0x10000), /\s/);

/**
 * 1 where `/[\p{L}\p{N}]/u` matches the code unit alone (a letter or a digit of any script); 0
 * elsewhere, a surrogate half included, as that regex answers for a lone half.
 */
export const LETTER_OR_DIGIT: Uint8Array = markClass(new Uint8Array(0x10000), /[\p{L}\p{N}]/u);

/**
 * 1 where `/[\p{L}\p{N}\p{M}]/u` matches the code unit alone (a letter, a digit or a combining mark of any script), the
 * same with "i" (the case closure of the three adds none: test/shared/chars.test.ts); 0 elsewhere, a surrogate half
 * included. One table for the passes that ask whether a word goes on (find/above.ts, find/this-kind.ts, the repeated
 * names' look-behind): each built its own, a regex walk of 65,536 units at load.
 */
export const LETTER_DIGIT_OR_MARK: Uint8Array = markClass(new Uint8Array(0x10000), /[\p{L}\p{N}\p{M}]/u);

/** The index of text[from, to)'s last character other than whitespace (`\s`), or from - 1 when it holds none. */
export function lastNonBlank(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && WHITESPACE[text.charCodeAt(i)] === 1) i--;
  return i;
}

/**
 * The start of a window that ends at `end` and holds `chars` characters as a reader counts them: the blanks after the
 * first of a run (`\s`) are not counted, so a justified or tab-separated copy, or a PDF's layout text whose lines are
 * indented, reaches as far back in words as the plain text does. At most `chars` blanks are passed so (the window is
 * never over twice `chars`): bounded, whatever the text. Never before `floor`.
 */
export function windowStart(text: string, end: number, chars: number, floor = 0): number {
  let i = end;
  let counted = 0;
  let free = 0;
  while (i > floor && counted < chars) {
    i--;
    if (free < chars && WHITESPACE[text.charCodeAt(i)] === 1 && i > floor && WHITESPACE[text.charCodeAt(i - 1)] === 1) free++;
    else counted++;
  }
  return i;
}

/** The first `n` characters of `s` as its composed copy holds them (NFC): composedBefore's other side. */
export function composedHead(s: string, n: number): string {
  const near = s.slice(0, n);
  if (!HAS_COMBINING_MARK.test(near) && !HAS_COMBINING_MARK.test(s.charAt(n))) return near;
  return s.slice(0, 3 * n).normalize("NFC").slice(0, n);
}

/**
 * The start of a window that ends at `end` and holds `chars` characters as the composed text counts them: a
 * decomposed copy's marks (NFD, as macOS and some PDFs write it: U+0300–U+036F) are not counted, so the window reaches
 * as many letters back as it does in the composed text, and opens on a letter, not on its marks. At most `2 * chars`
 * marks are passed so: bounded, whatever the text. A text without marks gets `end - chars`.
 */
export function composedWindowStart(text: string, end: number, chars: number): number {
  let i = end;
  let counted = 0;
  let marks = 0;
  while (i > 0 && counted < chars) {
    i--;
    const c = text.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f && marks < 2 * chars) marks++;
    else counted++;
  }
  return i;
}

export function isWhitespaceAt(text: string, i: number): boolean {
  return WHITESPACE[text.charCodeAt(i)] === 1;
}

/**
 * Whitespace that parts two words. JavaScript's \s holds U+FEFF, which prepare() drops as printing
 * nothing (vocab IGNORABLES): inside a word ("Th\uFEFFông tư", a page's zero-width no-break space) it
 * parts nothing, and a pass that cut the word there lost its kind word.
 */
export function isBreakAt(text: string, i: number): boolean {
  return WHITESPACE[text.charCodeAt(i)] === 1 && text.charCodeAt(i) !== 0xfeff;
}

/** A combining mark (U+0300–U+036F): decomposed Vietnamese carries its tones and hats as these. */
export const HAS_COMBINING_MARK = /[\u0300-\u036f]/;

/**
 * `s` composed (NFC); most words hold no combining mark and are returned as they are, without the cost of normalize.
 * The mark looked for by code unit, not by HAS_COMBINING_MARK: a word is a few units, and a regex call costs more than
 * the walk (~4,100 calls a devx5 pass, words of ~6 units: bench/README.md, Session 70, speed70b).
 */
export function composedWord(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return s.normalize("NFC");
  }
  return s;
}

/**
 * The `n` characters before `at` as the composed copy of `text` holds them (NFC): a window of `n` code units holds
 * fewer letters in a decomposed copy (NFD, as macOS and some PDFs write it), each mark a unit of its own, and lost
 * the word at its far end. A window without a mark is returned as it is.
 */
export function composedBefore(text: string, at: number, n: number): string {
  const near = text.slice(Math.max(0, at - n), at);
  if (!HAS_COMBINING_MARK.test(near)) return near;
  // A Vietnamese letter takes at most three units decomposed (a vowel, its hat or horn, its tone): 3n units hold n letters.
  const wide = text.slice(Math.max(0, at - 3 * n), at).normalize("NFC");
  return wide.length > n ? wide.slice(wide.length - n) : wide;
}

const SMALL_LETTER = /\p{Ll}/u;
/** Whether `s` holds a small letter of any script: a title, a header's line or a heading in capitals holds none. */
export const hasSmallLetter = (s: string): boolean => SMALL_LETTER.test(s);
