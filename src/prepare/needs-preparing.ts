/**
 * Whether prepare() would change a text, answered by one cheap scan (needsPreparing, for windows;
 * mayBeGlued, for a whole document): most windows need nothing and are their own prepared text.
 */
import { GLUED_AFTER_CODE } from "../vocab/numbers.js";
import { phraseSource } from "../vocab/phrases.js";
import { hasSegmentedWords } from "./segmented-words.js";
import { hasEmphasisBreaks } from "./emphasis-breaks.js";
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
export const needsPreparing = (s: string): boolean => NEEDS_ANY.test(s) || hasSegmentedWords(s) || hasEmphasisBreaks(s);
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
const NEEDS_ANY = new RegExp(`[${SINGLE_CHANGES}]|[0-9](?:${AFTER_DIGIT.join("|")})|[${LOWER_KEYS}](?<=[${BEFORE_WORD_CHARS}]${phraseSource(WORD_HEADS)})`);
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
