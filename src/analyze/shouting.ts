import { WHITESPACE } from "../shared/chars.js";
import { brokenOnPurpose } from "./lines.js";
import { PREAMBLE_OPENERS } from "../vocab/parts.js";
import { phraseSource } from "../vocab/phrases.js";
import { KINDS } from "../vocab/kinds.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";

/**
 * A document typed all in capitals (a telegram, an old typescript, an OCR'd page) has no case
 * for the layout rules to read: its cue lines ("CĂN CỨ …") look like headings, and the enacting
 * "QUYẾT ĐỊNH:" after its preamble like the kind line that heads a document. Such a text is read
 * in sentence case: lower case, each line's first letter a capital. Only letters whose lower case
 * is one UTF-16 unit change, so offsets stay put. Citations are still read from the text as given.
 */
export function readableCase(text: string): string {
  return isShouting(text) ? withHeadingKindLine(text, sentenceCase(text)) : text;
}

/**
 * The heading's kind line ("QUYẾT ĐỊNH", "KẾ HOẠCH" alone on its line, above the preamble) stays in
 * capitals: every document prints it so, and the header reads the kind, the title under it and the
 * issuer's lines above it from that line; in sentence case ("Kế hoạch" alone) it is a word of the
 * body, and a plan or a decision typed in capitals lost its kind, number and date, and the
 * relations its kind governs. The enacting "QUYẾT ĐỊNH:" after the preamble has its colon: no kind line.
 */
function withHeadingKindLine(text: string, cased: string): string {
  const opener = PREAMBLE_LINE().exec(text);
  const end = Math.min(opener ? opener.index : text.length, HEADING_REACH);
  const line = HEADING_KIND_LINE.exec(text.slice(0, end));
  if (!line) return cased;
  const at = line.index + line[0].length - line[1].length;
  return cased.slice(0, at) + text.slice(at, at + line[1].length) + cased.slice(at + line[1].length);
}

/** A heading is the text's first lines: the kind line of a body's list is no document's own. */
export const HEADING_REACH = 2_000;

const HEADING_KIND_LINE = new RegExp(String.raw`(?:^|\n)[ \t*]*(${phraseSource(KINDS.flatMap((k) => k.words), { anyCase: true })})(?=[ \t]*(?:\r?\n|$))`, "u");

export const PREAMBLE_LINE = lazyRegExp(() => new RegExp(String.raw`(?:^|\n)[^\p{L}\n]*(?:${phraseSource(PREAMBLE_OPENERS)})(?![\p{L}\p{N}])`, "iu"));

/**
 * Fewer than one letter in a hundred in lower case, over enough letters to tell (a header alone is
 * in capitals); the first SAMPLE letters decide, so a long text is not walked twice. A normal text
 * settles it within its first lines: it has many lower-case letters.
 */
function isShouting(text: string): boolean {
  const { upper, lower } = countLetterCase(text, (u, l) => l > 50 && l * 100 >= u, "lower");
  return upper >= MIN_LETTERS && lower * 100 < upper;
}

/**
 * How many of the text's first SAMPLE letters are capitals and how many lower case, or fewer once
 * `settled` says the counts tell: the test for a text typed in capitals (isShouting) and for one
 * lower-cased whole (lower-case.ts). `settled` is asked only when the count `grows` names has just
 * grown: each caller's test can turn true only then (the other count growing makes it harder), so
 * the walk stops where it stopped when the test was asked at every character. Asked so, the two
 * callers' closures were called, not inlined, at each of the up to 20,000 letters (~a quarter of
 * the walk's cost over the lower-cased dev texts).
 */
export function countLetterCase(text: string, settled: (upper: number, lower: number) => boolean, grows: "upper" | "lower"): { upper: number; lower: number } {
  const onUpper = grows === "upper";
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length && upper + lower < SAMPLE; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters decide most texts; others are weighed by their case mapping.
    let known: number;
    if (c >= 0x61 && c <= 0x7a) known = LOWER;
    else if (c >= 0x41 && c <= 0x5a) known = UPPER;
    else if (c >= 0xc0) known = LETTER_CASE[c] === UNKNOWN ? caseOf(c) : LETTER_CASE[c];
    else continue;
    if (known === UPPER) {
      upper++;
      if (onUpper && settled(upper, lower)) break;
    } else if (known === LOWER) {
      lower++;
      if (!onUpper && settled(upper, lower)) break;
    }
  }
  return { upper, lower };
}

/**
 * Each code unit's case as its case mapping says, learnt the first time it is met: a capital if
 * lower-casing changes it, else small if upper-casing does. Mapping each letter again cost two
 * strings a letter (a third of the letters of a Vietnamese text are past ASCII): ~1 % of a warm analyze().
 */
const LETTER_CASE = new Uint8Array(0x10000);
const UNKNOWN = 0;
const UPPER = 1;
const LOWER = 2;
const NEITHER = 3;
function caseOf(c: number): number {
  const ch = String.fromCharCode(c);
  return (LETTER_CASE[c] = ch.toLowerCase() !== ch ? UPPER : ch.toUpperCase() !== ch ? LOWER : NEITHER);
}

export const MIN_LETTERS = 400;
export const SAMPLE = 20_000;

/**
 * Lower case, then the first letter of each line that opens a sentence as written (a capital);
 * unchanged where lower case would change the length ("İ"). A line wrapped in mid-sentence goes on
 * in lower case: "… QUY ĐỊNH ⏎ SỬA ĐỔI, BỔ SUNG …" describes a decree, it is no line of its own
 * opening with a cue.
 */
function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text;
  return lower.replace(LINE_FIRST_LETTER(), (whole: string, before: string, letter: string, at: number) =>
    opensSentence(text, at, before) ? before + text.substr(at + before.length, letter.length) : whole,
  );
}

/**
 * Whether the line whose match `before` starts at `at` opens a sentence: it is the text's first,
 * it opens with a list marker or a number, or with what a preamble's item opens with ("CĂN CỨ",
 * "XÉT ĐỀ NGHỊ": the item before may end without its ";" on a full line), the line before ends
 * with a stop, or its line break was made on purpose (a heading, a paragraph's end).
 */
export function opensSentence(text: string, at: number, before: string): boolean {
  if (before[0] !== "\n") return true;
  if (before.trim() !== "") return true;
  let p = at;
  while (p > 0 && WHITESPACE[text.charCodeAt(p - 1)] === 1) p--;
  if (p === 0 || STOPS.includes(text[p - 1])) return true;
  ITEM_OPENER().lastIndex = at + before.length;
  return ITEM_OPENER().test(text) || brokenOnPurpose(text, at + 1);
}

export const ITEM_OPENER = lazyRegExp(() => new RegExp(String.raw`(?:${phraseSource(PREAMBLE_OPENERS)})(?![\p{L}\p{N}])`, "iuy"));

export const STOPS = ".;:!?";

/** What opens a line up to its first letter, and that letter. */
export const LINE_FIRST_LETTER = lazyRegExp(() => /((?:^|\n)[^\p{L}\n]*)(\p{L})/gu);
