import { OffsetMap } from "./offset-map.js";
import { HAS_COMBINING_MARK as HAS_COMBINING, isDigitCode } from "../shared/chars.js";
import { toNFC } from "./normalize.js";
// The imports of this module before it was split, in their order, those without names for the order alone: the
// bundle keeps the modules' code where it was (code order alone moves a cachegrind pass by several %:
// bench/README.md, sessions 31 and 32).
import "../vocab/look-alikes.js";
import { HAS_IGNORABLE } from "./ignorables.js";
import "../vocab/numbers.js";
import "../vocab/phrases.js";
import { StringBuilder } from "../shared/chunked.js";
import "../shared/search.js";
// Imported last, so the bundle places their code after the modules above, nearest where it stood
// (code order alone moves a cachegrind pass by several %: bench/README.md, session 31).
import { mapComposedRun } from "./composed-run.js";
import { repairLookAlikes } from "./repair-look-alikes.js";
import { joinSegmentedWords } from "./segmented-words.js";
import { readEmphasisBreaks } from "./emphasis-breaks.js";
// What preparation changes and the scan for it were this module's own code, after the modules above.
import { AFTER_SPELLINGS, BEFORE_WORD_CHARS, COMBINING_RUN, GLUED_LAST_LETTERS, IGNORABLE, LENGTH_CHANGES, LETTER, MAY_BE_GLUED, MAY_BE_GLUED_AFTER, WORD_SPELLINGS, YEAR_LAST_LETTERS } from "./changes.js";
import { MAY_BE_GLUED_WORD, needsPreparing } from "./needs-preparing.js";

// The composed-run mapping and the look-alike repair have modules of their own; callers import them from here.
export { mapComposedRun, repairLookAlikes };

export interface Prepared {
  /** NFC text with look-alike letters and dashes repaired. */
  text: string;
  /** Maps offsets in `text` back to the string given to prepare(). */
  map: OffsetMap;
}

/** What prints nothing (changes.ts IGNORABLE), anywhere and as a whole string: dropped where prepare() reads it. */
const IGNORABLE_ALL = new RegExp(`[${IGNORABLE}]`, "g");
const IS_IGNORABLE = new RegExp(`^[${IGNORABLE}]$`);

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
        // The letter and its marks without what prints nothing, mapped back to the run up to its last mark; what prints
        // nothing after that is a run of its own nothing stands for, so a span that ends at the letter ends before it
        // ("…/QH15\r\n", the CR read as what prints nothing: the citation's raw text ended in "\r", audit55).
        let kept = m[0].length;
        while (kept > 1 && IS_IGNORABLE.test(m[0][kept - 1])) kept--;
        const bare = toNFC(m[0].slice(0, kept).replace(IGNORABLE_ALL, ""));
        map.addRun(out.length, bare.length, m.index, kept);
        if (kept < m[0].length) map.addRun(out.length + bare.length, 0, m.index + kept, m[0].length - kept);
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
  // A word-segmented copy's "_" between syllables is read as its space (one for one, like the look-alikes), and so are
  // the two asterisks of an emphasis break between words (emphasis-breaks.ts).
  return { text: readEmphasisBreaks(joinSegmentedWords(repairLookAlikes(text))), map };
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
const LENGTH_CHANGE_AT = new RegExp(LENGTH_CHANGES.source, "uy");
/** A letter and its marks at a given place (sticky): the word after a glued word's inserted space. */
const RUN_AT = new RegExp(COMBINING_RUN, "uy");
const HAS_SURROGATE = /[\ud800-\udfff]/;

/** The map of text that preparation left as it was, shared (frozen: nothing may add a run to it). */
export const UNCHANGED = Object.freeze(new OffsetMap()) as OffsetMap;

/** Whether prepare() left the text as it was (its text is then the string it was given). */
export const preparedAsIs = (p: Prepared): boolean => p.map === UNCHANGED;
