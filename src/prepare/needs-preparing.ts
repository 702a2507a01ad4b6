/**
 * Whether prepare() would change a text, answered by one cheap scan (needsPreparing, for windows;
 * mayBeGlued, for a whole document): most windows need nothing and are their own prepared text.
 */
import { GLUED_AFTER_CODE } from "../vocab/numbers.js";
import { phraseSource } from "../vocab/phrases.js";
import { joinsSyllables } from "./segmented-words.js";
import { markClass } from "../shared/chars.js";
import { AFTER_COMPOSED, BEFORE_WORD_CHARS, GLUED_LAST_LETTERS, LETTER, MAY_BE_GLUED, MAY_BE_GLUED_AFTER, SINGLE_CHANGES, YEAR_COMPOSED } from "./changes.js";

/**
 * Whether prepare() may put a space back in `s` (a number glued to the word before it or to a word
 * after it): a cheap scan of the whole text, for prepareDocument, which leaves those to prepare().
 * A word glued after a number ("2005của") is one run into the number before it too, which
 * MAY_BE_GLUED_WORD finds (its words hold GLUED_AFTER_NUMBER's, after a digit in any case): its own
 * scan of the whole text is left out then (AFTER_IS_WORD).
 */
export const mayBeGlued = (s: string): boolean => MAY_BE_GLUED.test(s) || (!AFTER_IS_WORD && MAY_BE_GLUED_AFTER.test(s)) || GLUED_WORD_IN_WHOLE.test(s);

// SINGLE_CHANGES holds the fraction slash among the look-alikes: in that class, unlike the one keyed on letters
// below it once was, it costs nothing more than an alternative of its own (bench/README.md, Session 47, helper speed47a).
/** The last letters of the words a number may be glued to ("số1", "ngày23", "s08"), less the marks SINGLE_CHANGES holds. */
const GLUED_LAST = GLUED_LAST_LETTERS.filter((c) => !new RegExp(`[${SINGLE_CHANGES}]`).test(c)).join("");
/**
 * A word of GLUED_AFTER_CODE run into a number or code, composed (decomposed, its marks need
 * preparing anyway), looked for on its own: the character before it (BEFORE_WORD_CHARS, a superset:
 * any "g", not only TTg's) and the word's letters up to its first with a mark ("củ", "về", "và",
 * "nă"). As keys of the window test's class (needsPreparing), those frequent letters ("à", "ề") made every window's
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
export const MAY_BE_GLUED_WORD = new RegExp(
  `[${WORD_KEYS}](?:(?<=[${BEFORE_WORD_CHARS}]${phraseSource(WORD_HEADS)})|(?<=[0-9]${phraseSource(WORD_HEADS, { anyCase: true })})|${YEAR_AFTER_KEY})`,
);

/**
 * Whether prepare() would change `s`: a combining mark or a look-alike in it, a number glued to
 * "số"/"ngày", "của" glued between a number and the next word, or a word run into a number or
 * ký hiệu before it, or a year's "năm" run into its year (MAY_BE_GLUED_WORD). Read by characters and short
 * runs of them (at most GLUED_REACH + 1), so a text that needs none in two stretches sharing
 * GLUED_REACH characters needs none in their union.
 */
export const needsPreparing = (s: string): boolean => firstNeed(s, 0, s.length, true);
/**
 * needsPreparing(text.slice(from, to)), read in `text` itself: a slice is a view into its text, and
 * reading a view character by character cost several times what reading the text does (a window's
 * walk here cost ~58 instructions a character that way, the regex it replaced ~34).
 */
export const needsPreparingIn = (text: string, from: number, to: number): boolean => firstNeed(text, from, to, true);
/**
 * The same answers as asking each change where its frequent letter stands (a glued word's last letter
 * "g", "y", "ố", "s" before a digit; a glued word's key "ủ", "à", "ề", "ă" in either case after a digit
 * or a capital): every change but the single characters and a lower-case word run into a capital or
 * "TTg" holds a digit, so the regex stops at the digits (2.6 % of a text's characters) and looks
 * around them, and at the keys only in lower case, where a capital or "TTg" may come before. A
 * Vietnamese text has about twice as many of those letters as digits: over the windows an extract()
 * pass over /tmp/devx5 asks (423,215 characters), 20.7 → 17.8 M instructions; over /tmp/p300's,
 * 24.1 → 21.8 M (bench/README.md, Session 47, helper speed47a). A boolean test: the order of its
 * alternatives and where each match would start do not matter, only whether one does.
 *
 * At a digit: a glued word's last letter before it; a word of GLUED_AFTER_CODE run into it (any case,
 * up to its key); GLUED_AFTER_NUMBER's word and a letter after it (the same words today, kept for a
 * vocabulary where they differ); a year's word before its "19" or "20". At a lower-case key: the word up to it,
 * after a digit, a capital or a code's last letter (BEFORE_WORD_CHARS).
 */
const AFTER_DIGIT = [
  `(?<=[${GLUED_LAST}][0-9])`,
  phraseSource(WORD_HEADS, { anyCase: true }),
  ...AFTER_COMPOSED.map((w) => `${phraseSource([w], { anyCase: true })}[${LETTER}]`),
  ...["19", "20"].map((y) => `(?<=${phraseSource(YEAR_COMPOSED, { anyCase: true })}${y[0]})${y[1]}`),
];
const LOWER_KEYS = [...new Set(WORD_HEADS.map((h) => h.at(-1)!))].join("");
/** NEEDS_ANY's alternatives after the single characters: at a digit, and at a lower-case key. */
const AT_DIGIT_OR_KEY = `[0-9](?:${AFTER_DIGIT.join("|")})|[${LOWER_KEYS}](?<=[${BEFORE_WORD_CHARS}]${phraseSource(WORD_HEADS)})`;
/** The regex needsAny answers as; the test holds needsAny to it (test/prepare/needs-preparing.test.ts). */
export const NEEDS_ANY = new RegExp(`[${SINGLE_CHANGES}]|${AT_DIGIT_OR_KEY}`);

/**
 * NEEDS_ANY.test(s), read by table: the regex cost ~34 instructions a character of the windows the
 * islands ask (14.4 M of a 296 M extract() pass over /tmp/devx5: its alternatives tried at every
 * character), where a loop over a table of what may open a match pays a few. At a digit or a key,
 * the characters beside it say whether any alternative there can match (a glued word's last letter
 * or a year's word's before the digit, a glued word's first letter after it; a character a code
 * may end with before the key's word); only then is the regex's own alternative asked, sticky at
 * that place, so a match is where NEEDS_ANY would find one, and the answer is the same.
 */
export const needsAny = (s: string): boolean => firstNeed(s, 0, s.length, false);

/**
 * needsAny(s) of s = text.slice(from, to), or with `joins` needsAny(s) || hasSegmentedWords(s): the
 * "_" that joins two syllables is read in the same walk (an indexOf of its own walked each window
 * again). Nothing before `from` or from `to` on is read but through the slice, as the regex reads s.
 */
function firstNeed(text: string, from: number, to: number, joins: boolean): boolean {
  for (let p = from; p < to; p++) {
    const at = OPENS[text.charCodeAt(p)];
    if (at === 0) continue;
    if (at === SINGLE) return true;
    if (at === JOIN) {
      if (joins && joinsSyllables(text.slice(from, to), p - from)) return true;
      continue;
    }
    if (!((at & DIGIT) !== 0 && digitMayOpen(text, p, from, to)) && !((at & KEY) !== 0 && keyMayOpen(text, p, from))) continue;
    AT_STICKY.lastIndex = p - from;
    if (AT_STICKY.test(text.slice(from, to))) return true;
  }
  return false;
}
const AT_STICKY = new RegExp(AT_DIGIT_OR_KEY, "y");

/** A character's letter in both cases (phraseSource's anyCase spells a letter so), and itself. */
const bothCasesOf = (c: string): string => [...new Set([c, c.toLowerCase(), c.toUpperCase()].filter((x) => x.length === 1))].join("");
/** A class of the given characters, each escaped (a dash or a caret among them is no range). */
const classOf = (chars: string): RegExp => new RegExp(`[${[...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`);
/** OPENS' values: a character that is a match alone (SINGLE_CHANGES), or where a digit's or a key's alternative may start. */
const SINGLE = 1;
const DIGIT = 2;
const KEY = 4;
/** "_", which may join two syllables (segmented-words.ts); no character of NEEDS_ANY's (the table is built to fail where one is). */
const JOIN = 8;
const OPENS = (() => {
  const t = new Uint8Array(0x10000);
  markClass(t, /[0-9]/, DIGIT);
  for (const c of LOWER_KEYS) t[c.charCodeAt(0)] |= KEY;
  if (t[0x5f] !== 0 || new RegExp(`[${SINGLE_CHANGES}]`).test("_")) throw new Error("needs-preparing: '_' opens one of NEEDS_ANY's alternatives");
  t[0x5f] = JOIN;
  // The regex's first alternative, tried first at each place: a match there whatever follows.
  return markClass(t, new RegExp(`[${SINGLE_CHANGES}]`), SINGLE);
})();
/**
 * Before a digit: a glued word's last letter (AFTER_DIGIT's first look-behind) or a year's word's
 * last letter, either case (its year look-behind). After it: a glued word's first letter, either
 * case (the glued words' branches, WORD_HEADS and AFTER_COMPOSED alike).
 */
const BEFORE_DIGIT = markClass(
  markClass(new Uint8Array(0x10000), new RegExp(`[${GLUED_LAST}]`)),
  classOf(YEAR_COMPOSED.map((w) => bothCasesOf(w.at(-1)!)).join("")),
);
const AFTER_DIGIT_FIRST = markClass(new Uint8Array(0x10000), classOf([...WORD_HEADS, ...AFTER_COMPOSED].map((w) => bothCasesOf(w[0])).join("")));
const digitMayOpen = (text: string, p: number, from: number, to: number): boolean =>
  (p > from && BEFORE_DIGIT[text.charCodeAt(p - 1)] === 1) || (p + 1 < to && AFTER_DIGIT_FIRST[text.charCodeAt(p + 1)] === 1);
/** Before a key's word (a head ending at the key): a character of BEFORE_WORD_CHARS, as the look-behind asks. */
const BEFORE_HEAD = markClass(new Uint8Array(0x10000), new RegExp(`[${BEFORE_WORD_CHARS}]`));
const HEAD_LENGTHS = [...new Set(WORD_HEADS.map((h) => h.length))];
function keyMayOpen(text: string, p: number, from: number): boolean {
  for (const length of HEAD_LENGTHS) if (p - length >= from && BEFORE_HEAD[text.charCodeAt(p - length)] === 1) return true;
  return false;
}
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
