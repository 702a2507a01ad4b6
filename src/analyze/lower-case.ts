import { HEADING_REACH, ITEM_OPENER, LINE_FIRST_LETTER, MIN_LETTERS, PREAMBLE_LINE, SAMPLE, STOPS, countLetterCase, opensSentence } from "./shouting.js";
import { WHITESPACE } from "../shared/chars.js";
import { phraseSource } from "../vocab/phrases.js";
import { KINDS, KIND_WORDS_SOURCE } from "../vocab/kinds.js";
import { ENACTING_WORDS } from "../vocab/parts.js";
import { CAPITALS_ONLY_INITIALS } from "../vocab/issuers.js";
import { FORMER_PROVINCES, PROVINCES_AFTER_2025, PROVINCES_BEFORE_2025 } from "../vocab/provinces.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";

/**
 * A text lower-cased whole (a listing's summary, a crawler's copy kept for search, a corpus that
 * lower-cases its subject lines) has lost what the layout rules read from capitals: the heading's
 * kind line ("quyết định" alone on its line) reads as a word of the body, the issuer's lines above it
 * as a sentence, a cue line ("căn cứ …") as the middle of one. Such a text is read as it was printed:
 * each line that opens a sentence with a capital, the heading's issuer lines and kind line in capitals.
 * Only letters whose upper case is one UTF-16 unit change, so offsets stay put. Citations are still
 * read from the text as given.
 */
export function printedCase(text: string): string {
  if (!isLowerCased(text)) return text;
  const cased = withHeadingInCapitals(text, withSentenceCapitals(text));
  return cased
    .replace(PRINTED_IN_CAPITALS(), (whole: string, before: string) => before + sameLength(whole.slice(before.length).toUpperCase(), whole.slice(before.length)))
    .replace(INITIALS(), (whole: string) => sameLength(whole.toUpperCase(), whole))
    .replace(LETTERED_ITEM_WORD(), (whole: string, before: string) => before + sameLength(whole.slice(before.length).toUpperCase(), whole.slice(before.length)))
    .replace(PROVINCE_AFTER_TYPE(), (whole: string, before: string) => before + capitalised(whole.slice(before.length)));
}

/**
 * What every document prints in capitals wherever it stands: the enacting line after the preamble
 * ("QUYẾT ĐỊNH:", alone on its line with its colon), a part's heading under its Roman numeral
 * ("I. MỤC ĐÍCH, YÊU CẦU", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH": a short line, no stop at its end), a
 * chapter's Roman numeral ("Chương II"), and the initials of a body ("UBND", "HĐND"), which spell no
 * Vietnamese word. A lettered item ("i) …", the ninth after "h)") has its bracket, not a stop.
 */
const PRINTED_IN_CAPITALS = lazyRegExp(() => new RegExp(
  String.raw`((?:^|\n)[ \t*_#]*)(?:` +
    String.raw`(?:${phraseSource(ENACTING_WORDS)})(?=[ \t*_]*:[ \t*_]*(?:\r?\n|$))` +
    String.raw`|[ivxl]{1,5}[ \t]?\.[ \t][^\n]{1,100}?(?<![.;,:])(?=[ \t*_]*(?:\r?\n|$))` +
    String.raw`|chương[ \t]+[ivxl]{1,6}(?![\p{L}\p{N}])` +
    ")",
  "giu",
));

const INITIALS = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}/.-])(?:${phraseSource(CAPITALS_ONLY_INITIALS)})(?![\p{L}\p{M}\p{N}/-])`, "giu"));

/**
 * No more than one letter in a hundred a capital, over enough letters to tell; the first SAMPLE
 * letters decide. A text as written has its capitals in its first lines (the heading, "Căn cứ").
 */
export function isLowerCased(text: string): boolean {
  if (settlesOnAsciiCapitals(text)) return false;
  const { upper, lower } = countLetterCase(text, (u, l) => u > SETTLING_CAPITALS && u * 100 > l, "upper");
  return lower >= MIN_LETTERS && upper * 100 <= lower;
}
/** Past this many capitals, a capital in a hundred letters settles isLowerCased's count (as not lower-cased). */
const SETTLING_CAPITALS = 50;
const ASCII_CAPITAL = /[A-Z]/g;

/**
 * Whether isLowerCased's count would settle, told from the ASCII capitals alone: at the k-th of them
 * (k past SETTLING_CAPITALS), at offset p inside the sample, the count has met k capitals at least and
 * p + 1 − k small letters at most, so that 100 k > p + 1 − k settles it. A text as written ("Căn cứ
 * Luật …", "UBND", "HĐND") settles so within its first lines. The count walked them in a loop of
 * charCodeAt at ~40 instructions a character (~1,000 characters a document, ~4 % of a warm analyze()
 * over the dev texts: bench/README.md, Session 48, helper speed48b); the regex walks to the same
 * capital at a few. A text that does not settle so is counted as before.
 */
export function settlesOnAsciiCapitals(text: string): boolean {
  // The first SETTLING_CAPITALS + 1 capitals in one walk of the regex, not a call of it for each (~450 instructions
  // a call, 51 calls a text as written): where the last of them settles the count, as it does in most texts, done.
  // Read within the sample only (no capital past it counts), so the regex's giving back on a text short of capitals is bounded.
  FIRST_SETTLING_CAPITAL.lastIndex = 0;
  if (!FIRST_SETTLING_CAPITAL.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text)) return false;
  let p = FIRST_SETTLING_CAPITAL.lastIndex - 1;
  let k = SETTLING_CAPITALS + 1;
  ASCII_CAPITAL.lastIndex = p + 1;
  for (;;) {
    if (p >= SAMPLE) return false;
    if (100 * k > p + 1 - k) return true;
    if (!ASCII_CAPITAL.test(text)) return false;
    p = ASCII_CAPITAL.lastIndex - 1;
    k++;
  }
}
/** The text's start up to its (SETTLING_CAPITALS + 1)-th ASCII capital; sticky at 0, so one attempt (the two classes share no character). */
const FIRST_SETTLING_CAPITAL = new RegExp(`(?:[^A-Z]*[A-Z]){${SETTLING_CAPITALS + 1}}`, "y");

/**
 * The first letter of each line that opens a sentence (the text's first, a list item's, a
 * preamble item's, after a stop or a line broken on purpose), in capitals, as every editor types it.
 */
function withSentenceCapitals(text: string): string {
  return text.replace(LINE_FIRST_LETTER(), (whole: string, before: string, letter: string, at: number) =>
    OPENS_WITH_WORD().test(before) && !LETTERED_ITEM.test(text.slice(at + whole.length, at + whole.length + 3)) && opensLowerCasedSentence(text, at, before)
      ? before + sameLength(letter.toUpperCase(), letter)
      : whole,
  );
}

/**
 * opensSentence, but a line whose break only its width tells (no stop before it, no list's mark,
 * no preamble's opener) opens a sentence only after a short line, a heading's ("Điều 4. Hiệu lực thi
 * hành"): in capitals a wrapped line's first word is a capital either way, in lower case the capital
 * is what tells a cue ("Thực hiện …") from a paragraph's first line wrapped ("… về triển khai ⏎ thực
 * hiện quyết định số …"), and a paragraph's first line, indented, stops short of its neighbours too.
 * The heading and the preamble after it (the text's first lines) keep opensSentence's reading: a
 * title's last line, long or short, ends where the preamble's "Thực hiện …" begins.
 */
function opensLowerCasedSentence(text: string, at: number, before: string): boolean {
  if (!opensSentence(text, at, before)) return false;
  if (at < HEADING_REACH || before[0] !== "\n" || before.trim() !== "") return true;
  let p = at;
  while (p > 0 && WHITESPACE[text.charCodeAt(p - 1)] === 1) p--;
  if (p === 0 || STOPS.includes(text[p - 1])) return true;
  ITEM_OPENER().lastIndex = at + before.length;
  if (ITEM_OPENER().test(text)) return true;
  let start = p;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && p - start < HEADING_LINE_CHARS) start--;
  return p - start < HEADING_LINE_CHARS;
}

/** A heading's line holds fewer characters than this; a paragraph's first line, indented, more. */
const HEADING_LINE_CHARS = 50;

/**
 * What may stand before a sentence's first word on its line: marks and a list's number ("- ", "1. ",
 * "2.1) "); after a number alone ("13 tháng 7", "27/2022/nđ-cp") the line goes on in mid-sentence.
 */
const OPENS_WITH_WORD = lazyRegExp(() => /^\n?[^\p{L}\p{N}\n]*(?:\p{N}{1,3}(?:\.\p{N}{1,3})*[ \t]*[.)][^\p{L}\p{N}\n]*)?$/u);

/** A lettered item's letter ("a) …", "đ) …") is printed in lower case. */
const LETTERED_ITEM = /^[ \t]?\)/;

/**
 * A printed heading has its kind line ("QUYẾT ĐỊNH") and, above it, the issuer's lines and the
 * motto in capitals; its number line opens with "Số" and its place-and-date line with the place's
 * capital. Those above are put back in capitals but for the number and date lines (the ký hiệu is
 * read from the text as given); the kind line is the first one alone on its line before the preamble.
 */
function withHeadingInCapitals(text: string, cased: string): string {
  const opener = PREAMBLE_LINE().exec(text);
  const end = Math.min(opener ? opener.index : text.length, HEADING_REACH);
  const line = KIND_LINE.exec(text.slice(0, end));
  if (!line) return cased;
  const kindEnd = line.index + line[0].length;
  const kindStart = kindEnd - line[1].length;
  let out = "";
  let from = 0;
  while (from < kindStart) {
    const lineEnd = Math.min(nextLineEnd(text, from), kindStart);
    const l = cased.slice(from, lineEnd);
    out += NUMBER_OR_DATE_LINE().test(l) ? l : sameLength(l.toUpperCase(), l);
    from = lineEnd;
  }
  return out + sameLength(text.slice(kindStart, kindEnd).toUpperCase(), text.slice(kindStart, kindEnd)) + cased.slice(kindEnd);
}

/** A lettered item's first word ("a) Nâng cao …"): an item opens as a sentence does. */
const LETTERED_ITEM_WORD = lazyRegExp(() => /((?:^|\n)[ \t]*[a-zđ][ \t]?\)[ \t]+)\p{L}/gu);

/**
 * A province's name after its type ("tỉnh hậu giang", "thành phố hồ chí minh"): a place's name is
 * printed with each word's capital. Only the names the province table holds, so no name's end is guessed.
 */
const PROVINCE_AFTER_TYPE = lazyRegExp(() => new RegExp(
  String.raw`((?<![\p{L}\p{M}])(?:tỉnh|thành[ \t]+phố|tp\.?)[ \t]+)(?:${phraseSource(
    [...PROVINCES_BEFORE_2025, ...FORMER_PROVINCES, ...PROVINCES_AFTER_2025].map((p) => p.name),
  )})(?![\p{L}\p{M}])`,
  "giu",
));

/**
 * A word's first letter. A module constant, not a literal in capitalised(): the bundler writes a regex
 * literal holding \p{…} as `new RegExp(…)`, a new regex at every call.
 */
const WORD_FIRST_LETTER = lazyRegExp(() => /(?<![\p{L}\p{M}])\p{L}/gu);

/** Each word's first letter a capital (the length kept letter by letter). */
function capitalised(words: string): string {
  return words.replace(WORD_FIRST_LETTER(), (letter: string) => sameLength(letter.toUpperCase(), letter));
}

/** A kind alone on its line, as a heading or a markdown export prints it ("## **kế hoạch**"). */
const KIND_LINE = new RegExp(String.raw`(?:^|\n)[ \t*#_]*(${KIND_WORDS_SOURCE})(?=[ \t*_]*(?:\r?\n|$))`, "iu");

function nextLineEnd(text: string, from: number): number {
  const at = text.indexOf("\n", from);
  return at < 0 ? text.length : at + 1;
}

/** A heading's number line ("số: 12/kh-ubnd") or place-and-date line ("…, ngày 3 tháng 4 năm 2021"). */
const NUMBER_OR_DATE_LINE = lazyRegExp(() => /(?:^|[\s|*])số[ \t]*:|(?<![\p{L}\p{M}])(?:ngày|tháng|năm)(?![\p{L}\p{M}])/iu);

/** The changed case where it keeps the length (a letter whose capital is two units stays as written). */
function sameLength(changed: string, original: string): string {
  return changed.length === original.length ? changed : original;
}
