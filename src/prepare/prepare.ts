import { OffsetMap } from "./offset-map.js";
import { HAS_COMBINING_MARK as HAS_COMBINING } from "../shared/chars.js";
import { toNFC } from "./normalize.js";
import { IGNORABLE_CLASS, LOOK_ALIKES } from "../vocab/look-alikes.js";
import { HAS_IGNORABLE } from "./ignorables.js";
import { GLUED_AFTER_CODE, GLUED_AFTER_NUMBER, GLUED_BEFORE_NUMBER, GLUED_BEFORE_YEAR, GLUED_CODE_ENDS, GLUED_YEAR_AHEAD, SO_LETTER_LOST } from "../vocab/numbers.js";
import { phraseSource } from "../vocab/phrases.js";
import { StringBuilder } from "../shared/chunked.js";
import { itself, lastAtOrBefore } from "../shared/search.js";
// Imported last, so the bundle places their code after the modules above, nearest where it stood
// (code order alone moves a cachegrind pass by several %: bench/README.md, session 31).
import { mapComposedRun } from "./composed-run.js";
import { repairLookAlikes } from "./repair-look-alikes.js";

// The composed-run mapping and the look-alike repair have modules of their own; callers import them from here.
export { mapComposedRun, repairLookAlikes };

export interface Prepared {
  /** NFC text with look-alike letters and dashes repaired. */
  text: string;
  /** Maps offsets in `text` back to the string given to prepare(). */
  map: OffsetMap;
}

/**
 * A base character followed by combining marks: the only runs NFC can change. Every mark, not only
 * the Latin ones a Vietnamese text has: canonical order may put another script's mark between a
 * letter and its tone ("P" + U+10EFA + acute composes to "Ṕ" + U+10EFA), and a run cut at it would
 * leave the letter uncomposed (fuzzing found "1/NĐCṔ…" read as a citation only when decomposed).
 */
/**
 * What prints nothing (vocab IGNORABLES: soft hyphen, zero-width spaces and joiners, the byte
 * order mark). Dropped with the letter before them as one run, as a letter's marks are composed;
 * those opening the text, with no letter before them, as a run of their own.
 */
const IGNORABLE = IGNORABLE_CLASS;
const IGNORABLE_ALL = new RegExp(`[${IGNORABLE}]`, "g");
const IS_IGNORABLE = new RegExp(`^[${IGNORABLE}]$`);
const COMBINING_RUN = `[^\\p{M}${IGNORABLE}](?:\\p{M}|[${IGNORABLE}])+`;
/**
 * "Quyết định số1234/QĐ-UBND", "ngày23/4/2018": a number typed against the word before it
 * (GLUED_BEFORE_NUMBER), with no space. The number is read as if the space were there: one is
 * inserted, mapped back to no character of the original. Not after a word that only ends so ("xổsố1").
 * Composed or decomposed ("so" + circumflex + acute): the space goes in before the letters are composed.
 */
const GLUED_SPELLINGS = [...new Set(GLUED_BEFORE_NUMBER.flatMap((w) => [w.normalize("NFC"), w.normalize("NFD")]))];
// Or "số" with its "ố" and the space lost, "s" alone, in lower case only, as the grammar reads it ("Nghị định s08/2014/NĐ-CP": SO_LETTER_LOST).
const GLUED = `(?<=(?<![A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF\\u0300-\\u036f])(?:${phraseSource(GLUED_SPELLINGS, { anyCase: true })}|${SO_LETTER_LOST}))(?=[0-9])`;
/**
 * "ngày 06/9/2005củaỦy ban nhân dân tỉnh": a word that follows a number run into the word after it
 * (GLUED_AFTER_NUMBER). A space is inserted after it, mapped back to no character of the original, as
 * for a glued number. Only right after a digit and right before a letter (composed or not).
 */
const AFTER_SPELLINGS = [...new Set(GLUED_AFTER_NUMBER.flatMap((w) => [w.normalize("NFC"), w.normalize("NFD")]))];
const LETTER = "A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF";
/**
 * What a word of GLUED_AFTER_CODE may be run into: a digit, a capital A-Z or Đ (a ký hiệu's last
 * letter), or a code ending in lower case ("TTg"). BEFORE_WORD_CHARS: the last characters of those.
 */
const BEFORE_WORD = `[0-9A-Z\\u0110]|${phraseSource(GLUED_CODE_ENDS, { keepCase: true })}`;
const BEFORE_WORD_CHARS = ["0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\u0110", ...GLUED_CODE_ENDS.map((c) => c.at(-1)!)].join("");
/**
 * "1234/QĐ-UBNDcủa Ủy ban", "749/QĐ-TTgcủa Thủ tướng", "05/CT-UBNDvề việc", "năm 2020về": a word
 * run into the number or ký hiệu before it (GLUED_AFTER_CODE), composed or not, in lower case (after
 * a digit in any case: a title in capitals, "NGÀY 06/9/2005CỦA UBND"; a capital before a word in
 * capitals tells nothing). "của" may be run into the next word as well (GLUED_AFTER). A space is
 * put before the word, mapped back to no character of the original, as for a glued number, whatever
 * follows but a mark on its last letter (WORD_ENDS): no Vietnamese word has a capital or a digit
 * before these letters, and a wider condition on what follows would make a window cut after the word
 * read otherwise than the whole text (WindowPreparer holds each window to prepare()).
 */
const WORD_SPELLINGS = [...new Set(GLUED_AFTER_CODE.flatMap((w) => [w.normalize("NFC"), w.normalize("NFD")]))];
// The word whole: a stray mark after its last letter ("của" + U+0301, which NFC composes into
// "củá") makes it no such word, decomposed or composed alike.
const WORD_ENDS = "(?![\\u0300-\\u036f])";
const GLUED_WORD = `(?<=${BEFORE_WORD})(?=(?:${phraseSource(WORD_SPELLINGS)})${WORD_ENDS})|(?<=[0-9])(?=(?:${phraseSource(WORD_SPELLINGS, { anyCase: true })})${WORD_ENDS})`;
const GLUED_AFTER = `(?<=(?:[0-9](?:${phraseSource(AFTER_SPELLINGS, { anyCase: true })})|(?:${BEFORE_WORD})(?:${phraseSource(AFTER_SPELLINGS)})))(?=[${LETTER}])`;
/**
 * "Luật Đất đai năm2013", "tháng 6 năm2015": a year's word run into its year (GLUED_BEFORE_YEAR),
 * composed or not, in any case. A space is put between them, mapped back to no character of the
 * original, as for a glued number, only where the word stands whole (no letter before it, or, in
 * lower case, a code it was run into itself: "QĐ-UBNDnăm2020", GLUED_WORD) and a year follows
 * (GLUED_YEAR_AHEAD): an "m" before a digit is every "m2" of an area.
 */
const YEAR_SPELLINGS = [...new Set(GLUED_BEFORE_YEAR.flatMap((w) => [w.normalize("NFC"), w.normalize("NFD")]))];
const YEAR_COMPOSED = [...new Set(GLUED_BEFORE_YEAR.map((w) => w.normalize("NFC")))];
/** The year's word's last letter, counted (as GLUED_LETTER) where a digit follows it. */
const YEAR_LAST_LETTERS = [...new Set(YEAR_SPELLINGS.flatMap((w) => [w.at(-1)!, w.at(-1)!.toUpperCase()]))];
const GLUED_YEAR = `(?<=(?:(?<![${LETTER}\\u0300-\\u036f])(?:${phraseSource(YEAR_SPELLINGS, { anyCase: true })})|(?<=${BEFORE_WORD})(?:${phraseSource(YEAR_SPELLINGS)})))(?=${GLUED_YEAR_AHEAD})`;
/**
 * A glued number whose first digit is followed by what prints nothing ("số1\u200b605/QĐ-TTg", a page
 * that breaks a long number where it may wrap): its space goes in before that digit's run, as where
 * the digit stands alone. A digit carrying a mark is read as before, a run before any space.
 */
const GLUED_BEFORE_IGNORABLE = `${GLUED}(?=[0-9]\\p{M}*[${IGNORABLE}])`;
/**
 * What preparation changes in length: a space put after a glued word, a letter and its marks
 * (composed), a space put before a glued number. The space after a glued word comes first: the word
 * after it may open with a letter and its marks, composed as a run of its own after the space; so
 * does the space before a glued number whose digit has what prints nothing after it.
 */
const LENGTH_CHANGES = new RegExp(`${GLUED_AFTER}|${GLUED_WORD}|${GLUED_BEFORE_IGNORABLE}|${COMBINING_RUN}|${GLUED}|${GLUED_YEAR}`, "gu");
/** Where a glued number may be: the words' last letter, then a digit. */
const GLUED_LAST_LETTERS = [...new Set([...GLUED_SPELLINGS.flatMap((w) => [w.at(-1)!, w.at(-1)!.toUpperCase()]), SO_LETTER_LOST])];
const MAY_BE_GLUED = new RegExp(`[${GLUED_LAST_LETTERS.join("")}][0-9]`);
/**
 * A glued word after a number, composed (the decomposed one holds a mark, which needs preparing
 * anyway): the digit, the word but its last letter, then (AFTER_PAIRS, read from the word's
 * next-to-last letter, AFTER_KEYS, as needsPreparing reads) its last letter and the next word's first.
 */
const AFTER_COMPOSED = [...new Set(GLUED_AFTER_NUMBER.map((w) => w.normalize("NFC")))];
const AFTER_KEYS = [...new Set(AFTER_COMPOSED.flatMap((w) => [w.at(-2)!, w.at(-2)!.toUpperCase()]))].join("");
const AFTER_PAIRS = AFTER_COMPOSED.map((w) => `(?<=[0-9]${phraseSource([w.slice(0, -1)], { anyCase: true })})${phraseSource([w.slice(-1)], { anyCase: true })}[${LETTER}]`).join("|");
const MAY_BE_GLUED_AFTER = new RegExp(`[0-9](?:${phraseSource(AFTER_COMPOSED, { anyCase: true })})[${LETTER}]`);
/**
 * Whether prepare() may put a space back in `s` (a number glued to the word before it or to a word
 * after it): a cheap scan of the whole text, for prepareDocument, which leaves those to prepare().
 * A word glued after a number ("2005của") is one run into the number before it too, which
 * MAY_BE_GLUED_WORD finds (its words hold GLUED_AFTER_NUMBER's, after a digit in any case): its own
 * scan of the whole text is left out then (AFTER_IS_WORD).
 */
export const mayBeGlued = (s: string): boolean => MAY_BE_GLUED.test(s) || (!AFTER_IS_WORD && MAY_BE_GLUED_AFTER.test(s)) || GLUED_WORD_IN_WHOLE.test(s);

/**
 * How far back from a clean stretch's end a change may begin that ends past it (a digit and the
 * longest glued word after it): where a window reaching past the stretch is tested from.
 */
export const GLUED_REACH = Math.max(1, ...AFTER_COMPOSED.map((w) => w.length + 1), ...gluedWordSpans(), ...YEAR_COMPOSED.map((w) => w.length + 2));
/** A glued word's change spans the code before it ("TTg"), the word, and the character after it. */
function gluedWordSpans(): number[] {
  const before = Math.max(1, ...GLUED_CODE_ENDS.map((c) => c.length));
  return GLUED_AFTER_CODE.map((w) => before + w.normalize("NFC").length + 1);
}

/**
 * Prepares text for the grammar without losing the way back to the caller's offsets.
 * Line breaks and stray spaces are left in place: the lexer skips whitespace, so a citation
 * broken across lines parses whole while its span still covers the original characters.
 */
export function prepare(original: string): Prepared {
  // One scan decides for most windows: nothing to compose, nothing to repair.
  if (!needsPreparing(original)) return { text: original, map: UNCHANGED };
  const map = new OffsetMap();
  let text = original;
  if (
    HAS_COMBINING.test(original) ||
    MAY_BE_GLUED.test(original) ||
    HAS_IGNORABLE.test(original) ||
    MAY_BE_GLUED_AFTER.test(original) ||
    MAY_BE_GLUED_WORD.test(original)
  ) {
    // A builder, not `out +=`: an NFD document has a run per letter, and a chain of tens of
    // millions of concatenations costs far more memory than the text.
    const out = new StringBuilder();
    let last = 0;
    const astral = HAS_SURROGATE.test(original);
    let from = 0;
    // A letter and its marks right after a space put after a glued word: found before the search goes on.
    let next: RegExpExecArray | null = null;
    // What prints nothing opening the text has no letter before it to go with (a byte order mark):
    // a run of its own, that nothing in the prepared text stands for.
    while (last < original.length && IS_IGNORABLE.test(original[last])) last++;
    if (last > 0) {
      map.addRun(0, 0, 0, last);
      from = last;
    }
    for (let m = nextLengthChange(original, from, astral); m; m = next ?? nextLengthChange(original, from, astral)) {
      next = null;
      out.add(original.slice(last, m.index));
      if (m[0].length === 0) {
        // The inserted space stands for no original character: both of its sides map to the character after it.
        map.addRun(out.length, 1, m.index, 0);
        out.add(" ");
        last = m.index;
        from = m.index + 1;
        // After a glued word, the next word's first letter may carry marks, and a glued number's first
        // digit may have what prints nothing after it (GLUED_BEFORE_IGNORABLE): its run starts where the space went in.
        RUN_AT.lastIndex = m.index;
        next = RUN_AT.exec(original);
        continue;
      }
      if (HAS_IGNORABLE.test(m[0])) {
        // The letter and its marks without what prints nothing, mapped back to the whole run.
        const bare = toNFC(m[0].replace(IGNORABLE_ALL, ""));
        map.addRun(out.length, bare.length, m.index, m[0].length);
        out.add(bare);
        last = m.index + m[0].length;
        from = last;
        continue;
      }
      const composed = toNFC(m[0]);
      mapComposedRun(map, out.length, m.index, m[0], composed);
      out.add(composed);
      last = m.index + m[0].length;
      from = last;
    }
    out.add(original.slice(last));
    text = out.finish();
  }
  return { text: repairLookAlikes(text), map };
}

/**
 * LENGTH_CHANGES' first match at or after `from` (what its exec gives from lastIndex `from`).
 * Searched for, its two alternatives were tried at every character: 18 µs for a 400-character
 * window with a few decomposed letters, two thirds of prepare(). Here a table (CHANGE_HOLDS)
 * finds the next character a match must hold (a mark or an ignorable, right after a run's base
 * letter; a glued word's last letter, right before the digit), and the regex is tried, sticky, only
 * where a match holding it could start: one before it (the base), at it, one after it (the digit).
 * No match starts earlier: the character it holds would have been found first. Each try fails in
 * a step or two or matches, so hostile text stays linear. A text with a surrogate (a base letter
 * or a mark of two units) is searched as before.
 */
function nextLengthChange(s: string, from: number, astral: boolean): RegExpExecArray | null {
  if (astral) {
    LENGTH_CHANGES.lastIndex = from;
    return LENGTH_CHANGES.exec(s);
  }
  const holds = CHANGE_HOLDS;
  const n = s.length;
  // From one back: a glued word's last letter (the acute of a decomposed "số", ending the run just read) may stand before `from`.
  for (let at = Math.max(0, from - 1); at < n; at++) {
    const c = s.charCodeAt(at);
    let k = holds[c];
    if (k === NOT_YET_READ) k = holds[c] = MARK_OR_IGNORABLE_CHAR.test(s[at]) ? MARK_OR_IGNORABLE : HOLDS_NONE;
    if (k === HOLDS_NONE) continue;
    // A digit or a code's last letter, a glued word's first letter after it: tried (the space goes in at + 1).
    const word = k >= BEFORE_GLUED_WORD && mayStartGluedWord(s, at + 1);
    if (k >= BEFORE_GLUED_WORD) k -= BEFORE_GLUED_WORD;
    if (!word) {
      if (k === HOLDS_NONE || (k === GLUED_LETTER && !(at + 1 < n && isDigitCode(s.charCodeAt(at + 1))))) continue;
      if (k === GLUED_AFTER_LETTER && !mayEndGluedAfter(s, at)) continue;
    }
    for (let start = Math.max(from, at - 1); start <= at + 1; start++) {
      LENGTH_CHANGE_AT.lastIndex = start;
      const m = LENGTH_CHANGE_AT.exec(s);
      if (m !== null) return m;
    }
  }
  return null;
}
/**
 * By UTF-16 code unit, what a match of LENGTH_CHANGES must hold: MARK_OR_IGNORABLE, or
 * GLUED_LETTER (a glued word's last letter, counted before a digit), or HOLDS_NONE. Read by hand,
 * in text without surrogates: as a regex (the marks' Unicode class, or their ranges), each call
 * cost as much again. Each code unit is classed the first time a text has it (NOT_YET_READ until
 * then): the whole table by the Unicode class at once cost 5 ms in every process that prepares a
 * decomposed letter. A fixed 64 KB, whatever the input.
 */
const NOT_YET_READ = 0;
const HOLDS_NONE = 1;
const MARK_OR_IGNORABLE = 2;
const GLUED_LETTER = 3;
/** The last letter of a word glued after a number ("a" of "của"): counted where a digit stands before the word and a letter after. */
const GLUED_AFTER_LETTER = 4;
const MARK_OR_IGNORABLE_CHAR = new RegExp(`^[\\p{M}${IGNORABLE}]$`, "u");
const CHANGE_HOLDS = new Uint8Array(0x10000);
// A glued word's last letter that is a mark (the acute) is read as a mark, as the class has it.
// The year's word's last letter ("m") too: tried only where a digit follows it, as those are.
for (const c of [...GLUED_LAST_LETTERS, ...YEAR_LAST_LETTERS]) CHANGE_HOLDS[c.charCodeAt(0)] = MARK_OR_IGNORABLE_CHAR.test(c) ? MARK_OR_IGNORABLE : GLUED_LETTER;
const AFTER_LAST_LETTERS = [...new Set(AFTER_SPELLINGS.flatMap((w) => [w.at(-1)!, w.at(-1)!.toUpperCase()]))];
for (const c of AFTER_LAST_LETTERS) if (CHANGE_HOLDS[c.charCodeAt(0)] === NOT_YET_READ) CHANGE_HOLDS[c.charCodeAt(0)] = GLUED_AFTER_LETTER;
/** Added to a unit's kind where a GLUED_AFTER_CODE word may be run into it (BEFORE_WORD_CHARS: a digit, a code's last letter). */
const BEFORE_GLUED_WORD = 8;
for (const c of BEFORE_WORD_CHARS) {
  const code = c.charCodeAt(0);
  CHANGE_HOLDS[code] = (CHANGE_HOLDS[code] === NOT_YET_READ ? HOLDS_NONE : CHANGE_HOLDS[code]) + BEFORE_GLUED_WORD;
}
/** The first letters of the glued words (composed or not, either case): what must stand at `i` for one to begin there. */
const WORD_FIRST = new Set(WORD_SPELLINGS.flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));
const mayStartGluedWord = (s: string, i: number): boolean => i < s.length && WORD_FIRST.has(s.charCodeAt(i));
/** The lengths of the glued-after words as written (composed and decomposed): where their digit stands. */
const AFTER_LENGTHS = [...new Set(AFTER_SPELLINGS.map((w) => w.length))];
const LETTER_CHAR = new RegExp(`[${LETTER}]`);
/** Whether a glued word after a number may end at `at`: a letter after it, a digit where the word would begin. */
function mayEndGluedAfter(s: string, at: number): boolean {
  if (at + 1 >= s.length) return false;
  // The digit first: an "a" has one three or four back far more rarely than a letter after it.
  // Or a code's last letter there ("UBNDcủaỦy"): BEFORE_GLUED_WORD, of which the digits are part.
  for (const len of AFTER_LENGTHS) if (at - len >= 0 && CHANGE_HOLDS[s.charCodeAt(at - len)] >= BEFORE_GLUED_WORD) return LETTER_CHAR.test(s[at + 1]);
  return false;
}
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const LENGTH_CHANGE_AT = new RegExp(LENGTH_CHANGES.source, "uy");
/** A letter and its marks at a given place (sticky): the word after a glued word's inserted space. */
const RUN_AT = new RegExp(COMBINING_RUN, "uy");
const HAS_SURROGATE = /[\ud800-\udfff]/;

/** The map of text that preparation left as it was, shared (frozen: nothing may add a run to it). */
const UNCHANGED = Object.freeze(new OffsetMap()) as OffsetMap;

/** Whether prepare() left the text as it was (its text is then the string it was given). */
export const preparedAsIs = (p: Prepared): boolean => p.map === UNCHANGED;

/**
 * What needsPreparing looks for, as one character class: a combining mark, a look-alike, or the
 * last letter of a glued word, which counts only before a digit. Written as one class opening the
 * regex (`[…](?:(?<=[glued])[0-9]|(?<![glued]))`), not as `[marks, look-alikes]|[glued][0-9]`: V8
 * then walks a window with one class test per character, not two alternatives (2.2 against 2.9 ns
 * a character over the island windows of 300 plans). Same answers: a glued word's last letter that
 * is itself a mark (the acute of "so" + circumflex + acute) needs no digit, as in the class before.
 */
const SINGLE_CHANGES = `\\u0300-\\u036f${IGNORABLE}${Object.keys(LOOK_ALIKES).join("")}`;
// Not SO_LETTER_LOST's "s": a key of the class, that frequent letter cost 9 % of an extract pass (cachegrind,
// bench/README.md, session 30 fresh30u); NEEDS_ANY looks for "s" and a digit as an alternative of its own.
const GLUED_LAST = GLUED_LAST_LETTERS.filter((c) => c !== SO_LETTER_LOST && !new RegExp(`[${SINGLE_CHANGES}]`).test(c)).join("");
/**
 * A word of GLUED_AFTER_CODE run into a number or code, composed (decomposed, its marks need
 * preparing anyway), looked for on its own: the character before it (BEFORE_WORD_CHARS, a superset:
 * any "g", not only TTg's) and the word's letters up to its first with a mark ("củ", "về", "và",
 * "nă"). As keys of NEEDS_PREPARING's class, those frequent letters ("à", "ề") made every window's
 * test three to five times slower; this scan costs about a third of that test.
 *
 * The same scan looks for a year's word run into its year, composed, in any case: the word and
 * the year's first two digits after it ("năm20"), a superset of GLUED_YEAR (the letter before the
 * word and the year's end are prepare()'s to read). One regex, not two: over the island windows of
 * 300 plans a second test cost ~250 ns a window (about 2 % of extract()).
 *
 * The regex stops only where a word is read up to (WORD_KEYS: its first letter with a mark, "ủ",
 * "ề", "à", "ă", either case) and looks back from there for the word's letters before it and the
 * character before them; the year's word, for the rest of it and the digits. Keyed on the
 * character before the word (a digit, a capital, "g", "m"), it stopped at most characters of a
 * citation's window. Same answers, each match found at its word's key instead of the character
 * before: over the island windows of 300 plans, 2.3-2.5 → 1.3 ms a pass (best of 25 runs).
 */
const WORD_COMPOSED = [...new Set(GLUED_AFTER_CODE.map((w) => w.normalize("NFC")))];
/** A word up to and including its first letter with a mark (its first letter where it has none), and the rest. */
const headAndTail = (w: string): [string, string] => {
  const key = Math.max(0, [...w].findIndex((c) => c.charCodeAt(0) > 0x7f)) + 1;
  return [w.slice(0, key), w.slice(key)];
};
const WORD_HEADS = WORD_COMPOSED.map((w) => headAndTail(w)[0]);
const YEAR_PARTS = YEAR_COMPOSED.map(headAndTail);
const bothCases = (c: string): string[] => [c, c.toUpperCase()];
const WORD_KEYS = [...new Set([...WORD_HEADS, ...YEAR_PARTS.map(([head]) => head)].flatMap((h) => bothCases(h.at(-1)!)))].join("");
const YEAR_AFTER_KEY = YEAR_PARTS.map(([head, tail]) => `(?<=${phraseSource([head], { anyCase: true })})${tail ? phraseSource([tail], { anyCase: true }) : ""}(?:19|20)`).join("|");
const MAY_BE_GLUED_WORD = new RegExp(
  `[${WORD_KEYS}](?:(?<=[${BEFORE_WORD_CHARS}]${phraseSource(WORD_HEADS)})|(?<=[0-9]${phraseSource(WORD_HEADS, { anyCase: true })})|${YEAR_AFTER_KEY})`,
);
const NEEDS_PREPARING = new RegExp(
  `[${SINGLE_CHANGES}${GLUED_LAST}${AFTER_KEYS}](?:(?<=[${GLUED_LAST}])[0-9]|(?<=[${AFTER_KEYS}])(?:${AFTER_PAIRS})|(?<![${GLUED_LAST}${AFTER_KEYS}]))`,
);

/**
 * Whether prepare() would change `s`: a combining mark or a look-alike in it, a number glued to
 * "số"/"ngày", "của" glued between a number and the next word, or a word run into a number or
 * ký hiệu before it, or a year's "năm" run into its year (MAY_BE_GLUED_WORD). Read by characters and short
 * runs of them (at most GLUED_REACH + 1), so a text that needs none in two stretches sharing
 * GLUED_REACH characters needs none in their union.
 */
export const needsPreparing = (s: string): boolean => NEEDS_ANY.test(s);
/**
 * NEEDS_PREPARING or MAY_BE_GLUED_WORD, as one regex of two alternatives: one walk of a clean window
 * instead of two (92 % of the island windows are clean). Over the 5,461 windows a pass of 300 plans
 * (642,000 characters), 2.29 against 2.52 ms (least of 30). Unlike one class for both (bench/README.md,
 * session 24), each alternative keeps its own opening class, so a frequent key ("à", "g") runs only its own branch.
 */
const NEEDS_ANY = new RegExp(`${NEEDS_PREPARING.source}|${MAY_BE_GLUED_WORD.source}|${SO_LETTER_LOST}[0-9]`);
/**
 * MAY_BE_GLUED_WORD as a whole document is scanned for it (mayBeGlued): the same answers, the regex
 * stopping at a word's letters up to its key in either case ("củ", "về", "và", "nă": the pair)
 * instead of at the key alone. The keys are frequent letters ("à" of every "này", "là", "thành"),
 * each a stop where the look-behinds were tried; the pair is rarer. Over the 300 plans, 39 M
 * instructions a pass against 61.5 M (cachegrind; bench/README.md, session 24).
 */
const GLUED_WORD_IN_WHOLE = new RegExp(
  `(?:${phraseSource([...new Set([...WORD_HEADS, ...YEAR_PARTS.map(([head]) => head)])], { anyCase: true })})(?:(?<=[${BEFORE_WORD_CHARS}]${phraseSource(WORD_HEADS)})|(?<=[0-9]${phraseSource(WORD_HEADS, { anyCase: true })})|${YEAR_AFTER_KEY})`,
);
/** Whether every word of GLUED_AFTER_NUMBER is one of GLUED_AFTER_CODE, so that MAY_BE_GLUED_WORD finds what MAY_BE_GLUED_AFTER does (mayBeGlued). */
const AFTER_IS_WORD = AFTER_COMPOSED.every((w) => WORD_COMPOSED.includes(w));

/**
 * prepare() of windows of one text, asked for in text order and overlapping (the island parser's:
 * each anchor's window reaches ~110 characters on, where the next anchor's window starts again).
 * The stretch of text known to need no preparing is remembered, so each character is looked at
 * about once for what prepare would change, not once per window that holds it; a window inside
 * that stretch is its own prepared text. A window reaching past it is tested from the stretch's
 * last character on (needsPreparing reads pairs: a glued number may straddle the stretch's end).
 *
 * Every stretch found clean is kept, so that a later pass over the same text (the laws by name,
 * whose windows run 400 characters on from each kind word, through the citations the islands read)
 * asks needsPreparing only of what the islands did not read: cleanWithin.
 */
export class WindowPreparer {
  /** text[cleanFrom, cleanTo) needs no preparing. */
  private cleanFrom = 0;
  private cleanTo = 0;
  /**
   * The stretches found clean, by start: text[froms[k], tos[k]) needs no preparing. The last is the
   * current one (cleanFrom), perhaps longer where it took in stretches a window that grew back reached.
   */
  private readonly froms: number[] = [];
  private readonly tos: number[] = [];

  constructor(private readonly text: string) {}

  /**
   * prepare(text.slice(from, to)). One call of prepare() for every window that needs it: the
   * island loop, which has this inlined, was compiled again in every process when a window inside
   * a clean stretch first needed preparing, at a second call site its compiled code had never seen run.
   */
  prepare(from: number, to: number): Prepared {
    const window = this.text.slice(from, to);
    return this.clean(from, to, window) ? { text: window, map: UNCHANGED } : prepare(window);
  }

  /**
   * Whether text[from, to) needs no preparing, as needsPreparing of it answers; asked of the parts
   * no stretch found clean covers (each with GLUED_REACH characters of the stretches beside it, so
   * that the parts and the stretches, each clean, are clean together). Asked in any order; nothing
   * is remembered of the answer (the caller keeps its own stretch, as the islands do theirs).
   */
  cleanWithin(from: number, to: number): boolean {
    const { froms, tos } = this;
    // What is known clean of [from, to), from its start on: text[from, knownTo).
    let knownTo = from;
    for (let k = Math.max(0, lastAtOrBefore(froms, from, itself)); k < froms.length && froms[k] < to && knownTo < to; k++) {
      const f = froms[k];
      const t = tos[k];
      if (t <= knownTo) continue;
      // The stretch covers the start of what is not known yet, or shares GLUED_REACH characters with what is.
      if (f <= from || f <= knownTo - GLUED_REACH) {
        knownTo = t;
        continue;
      }
      // The part between, from GLUED_REACH before its start to GLUED_REACH into the stretch.
      const partEnd = Math.min(to, t, f + GLUED_REACH);
      if (needsPreparing(this.text.slice(Math.max(from, knownTo - GLUED_REACH), partEnd))) return false;
      knownTo = partEnd < Math.min(t, f + GLUED_REACH) ? partEnd : t;
    }
    return knownTo >= to || !needsPreparing(this.text.slice(Math.max(from, knownTo - GLUED_REACH), to));
  }

  /** Whether `window`, text[from, to), needs no preparing; extends the clean stretch where it can. */
  private clean(from: number, to: number, window: string): boolean {
    if (from >= this.cleanFrom && from <= this.cleanTo) {
      if (to <= this.cleanTo) return true;
      // Something in [cleanTo - GLUED_REACH, to) may change (or only a run starting before `from`): prepare decides.
      if (needsPreparing(this.text.slice(Math.max(this.cleanFrom, this.cleanTo - GLUED_REACH), to))) return false;
      this.cleanTo = to;
      const last = this.tos.length - 1;
      if (last >= 0 && this.froms[last] === this.cleanFrom) this.tos[last] = Math.max(this.tos[last], to);
      else this.keep(this.cleanFrom, to);
      return true;
    }
    if (needsPreparing(window)) return false;
    this.cleanFrom = from;
    this.cleanTo = to;
    this.keep(from, to);
    return true;
  }

  /**
   * Keeps text[from, to), found clean, as the last stretch. A window that grew back starts before
   * stretches kept already: each it holds, or shares GLUED_REACH characters with, is one stretch
   * with it; one it does not reach so far is let go (forgotten, its text is only asked again).
   */
  private keep(from: number, to: number): void {
    const { froms, tos } = this;
    let end = to;
    while (froms.length > 0 && froms[froms.length - 1] >= from) {
      const k = froms.length - 1;
      if (tos[k] <= end || froms[k] <= end - GLUED_REACH) end = Math.max(end, tos[k]);
      froms.pop();
      tos.pop();
    }
    froms.push(from);
    tos.push(end);
  }
}

