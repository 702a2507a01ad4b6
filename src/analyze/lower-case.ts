import { HEADING_REACH, LINE_FIRST_LETTER, MIN_LETTERS, PREAMBLE_LINE, SAMPLE, opensSentence } from "./shouting.js";
import { phraseSource } from "../vocab/phrases.js";
import { KINDS } from "../vocab/kinds.js";
import { ENACTING_WORDS } from "../vocab/parts.js";
import { CAPITALS_ONLY_INITIALS } from "../vocab/issuers.js";

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
    .replace(PRINTED_IN_CAPITALS, (whole: string, before: string) => before + sameLength(whole.slice(before.length).toUpperCase(), whole.slice(before.length)))
    .replace(INITIALS, (whole: string) => sameLength(whole.toUpperCase(), whole));
}

/**
 * What every document prints in capitals wherever it stands: the enacting line after the preamble
 * ("QUYẾT ĐỊNH:", alone on its line with its colon), a part's heading under its Roman numeral
 * ("I. MỤC ĐÍCH, YÊU CẦU", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH": a short line, no stop at its end), a
 * chapter's Roman numeral ("Chương II"), and the initials of a body ("UBND", "HĐND"), which spell no
 * Vietnamese word. A lettered item ("i) …", the ninth after "h)") has its bracket, not a stop.
 */
const PRINTED_IN_CAPITALS = new RegExp(
  String.raw`((?:^|\n)[ \t*_#]*)(?:` +
    String.raw`(?:${phraseSource(ENACTING_WORDS)})(?=[ \t*_]*:[ \t*_]*(?:\r?\n|$))` +
    String.raw`|[ivxl]{1,5}[ \t]?\.[ \t][^\n]{1,100}?(?<![.;,:])(?=[ \t*_]*(?:\r?\n|$))` +
    String.raw`|chương[ \t]+[ivxl]{1,6}(?![\p{L}\p{N}])` +
    ")",
  "giu",
);

const INITIALS = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(?:${phraseSource(CAPITALS_ONLY_INITIALS)})(?![\p{L}\p{M}\p{N}])`, "giu");

/**
 * No more than one letter in a hundred a capital, over enough letters to tell; the first SAMPLE
 * letters decide. A text as written has its capitals in its first lines (the heading, "Căn cứ").
 */
function isLowerCased(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length && upper + lower < SAMPLE; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0xc0) {
      const ch = text[i];
      if (ch.toLowerCase() !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
    if (upper > 50 && upper * 100 > lower) return false;
  }
  return lower >= MIN_LETTERS && upper * 100 <= lower;
}

/**
 * The first letter of each line that opens a sentence (the text's first, a list item's, a
 * preamble item's, after a stop or a line broken on purpose), in capitals, as every editor types it.
 */
function withSentenceCapitals(text: string): string {
  return text.replace(LINE_FIRST_LETTER, (whole: string, before: string, letter: string, at: number) =>
    opensSentence(text, at, before) ? before + sameLength(letter.toUpperCase(), letter) : whole,
  );
}

/**
 * A printed heading has its kind line ("QUYẾT ĐỊNH") and, above it, the issuer's lines and the
 * motto in capitals; its number line opens with "Số" and its place-and-date line with the place's
 * capital. Those above are put back in capitals but for the number and date lines (the ký hiệu is
 * read from the text as given); the kind line is the first one alone on its line before the preamble.
 */
function withHeadingInCapitals(text: string, cased: string): string {
  const opener = PREAMBLE_LINE.exec(text);
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
    out += NUMBER_OR_DATE_LINE.test(l) ? l : sameLength(l.toUpperCase(), l);
    from = lineEnd;
  }
  return out + sameLength(text.slice(kindStart, kindEnd).toUpperCase(), text.slice(kindStart, kindEnd)) + cased.slice(kindEnd);
}

/** A kind alone on its line, as a heading or a markdown export prints it ("## **kế hoạch**"). */
const KIND_LINE = new RegExp(String.raw`(?:^|\n)[ \t*#_]*(${phraseSource(KINDS.flatMap((k) => k.words))})(?=[ \t*_]*(?:\r?\n|$))`, "iu");

function nextLineEnd(text: string, from: number): number {
  const at = text.indexOf("\n", from);
  return at < 0 ? text.length : at + 1;
}

/** A heading's number line ("số: 12/kh-ubnd") or place-and-date line ("…, ngày 3 tháng 4 năm 2021"). */
const NUMBER_OR_DATE_LINE = /(?:^|[\s|*])số[ \t]*:|(?<![\p{L}\p{M}])(?:ngày|tháng|năm)(?![\p{L}\p{M}])/iu;

/** The changed case where it keeps the length (a letter whose capital is two units stays as written). */
function sameLength(changed: string, original: string): string {
  return changed.length === original.length ? changed : original;
}
