/**
 * What preparation changes, as patterns: a letter and its combining marks (composed), what prints nothing
 * (dropped), and the words typed against a number, a ký hiệu or a year ("số1234", "2005của", "năm2013"),
 * which get their space back.
 */
import { IGNORABLE_CLASS, LOOK_ALIKES } from "../vocab/look-alikes.js";
import { GLUED_AFTER_CODE, GLUED_AFTER_NUMBER, GLUED_BEFORE_NUMBER, GLUED_BEFORE_YEAR, GLUED_CODE_ENDS, GLUED_YEAR_AHEAD, SO_LETTER_LOST } from "../vocab/numbers.js";
import { phraseSource } from "../vocab/phrases.js";

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
export const IGNORABLE = IGNORABLE_CLASS;
/**
 * The single characters preparation changes wherever they stand, as a character class's body: a combining
 * mark (composed), what prints nothing (dropped), a look-alike (repaired). Asked of a window before it is
 * prepared (needs-preparing.ts) and of a look-back's stretch (as-read.ts).
 */
export const SINGLE_CHANGES = `\\u0300-\\u036f${IGNORABLE}${Object.keys(LOOK_ALIKES).join("")}`;
export const COMBINING_RUN = `[^\\p{M}${IGNORABLE}](?:\\p{M}|[${IGNORABLE}])+`;
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
export const AFTER_SPELLINGS = [...new Set(GLUED_AFTER_NUMBER.flatMap((w) => [w.normalize("NFC"), w.normalize("NFD")]))];
export const LETTER = "A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF";
/**
 * What a word of GLUED_AFTER_CODE may be run into: a digit, a capital A-Z or Đ (a ký hiệu's last
 * letter), or a code ending in lower case ("TTg"). BEFORE_WORD_CHARS: the last characters of those.
 */
const BEFORE_WORD = `[0-9A-Z\\u0110]|${phraseSource(GLUED_CODE_ENDS, { keepCase: true })}`;
export const BEFORE_WORD_CHARS = ["0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\u0110", ...GLUED_CODE_ENDS.map((c) => c.at(-1)!)].join("");
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
export const WORD_SPELLINGS = [...new Set(GLUED_AFTER_CODE.flatMap((w) => [w.normalize("NFC"), w.normalize("NFD")]))];
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
export const YEAR_COMPOSED = [...new Set(GLUED_BEFORE_YEAR.map((w) => w.normalize("NFC")))];
/** The year's word's last letter, counted (as GLUED_LETTER) where a digit follows it. */
export const YEAR_LAST_LETTERS = [...new Set(YEAR_SPELLINGS.flatMap((w) => [w.at(-1)!, w.at(-1)!.toUpperCase()]))];
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
export const LENGTH_CHANGES = new RegExp(`${GLUED_AFTER}|${GLUED_WORD}|${GLUED_BEFORE_IGNORABLE}|${COMBINING_RUN}|${GLUED}|${GLUED_YEAR}`, "gu");
/** Where a glued number may be: the words' last letter, then a digit. */
export const GLUED_LAST_LETTERS = [...new Set([...GLUED_SPELLINGS.flatMap((w) => [w.at(-1)!, w.at(-1)!.toUpperCase()]), SO_LETTER_LOST])];
export const MAY_BE_GLUED = new RegExp(`[${GLUED_LAST_LETTERS.join("")}][0-9]`);
/**
 * A glued word after a number, composed (the decomposed one holds a mark, which needs preparing
 * anyway): the digit, the word but its last letter, then (AFTER_PAIRS, read from the word's
 * next-to-last letter, AFTER_KEYS, as needsPreparing reads) its last letter and the next word's first.
 */
export const AFTER_COMPOSED = [...new Set(GLUED_AFTER_NUMBER.map((w) => w.normalize("NFC")))];
export const AFTER_KEYS = [...new Set(AFTER_COMPOSED.flatMap((w) => [w.at(-2)!, w.at(-2)!.toUpperCase()]))].join("");
export const AFTER_PAIRS = AFTER_COMPOSED.map((w) => `(?<=[0-9]${phraseSource([w.slice(0, -1)], { anyCase: true })})${phraseSource([w.slice(-1)], { anyCase: true })}[${LETTER}]`).join("|");
export const MAY_BE_GLUED_AFTER = new RegExp(`[0-9](?:${phraseSource(AFTER_COMPOSED, { anyCase: true })})[${LETTER}]`);

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
