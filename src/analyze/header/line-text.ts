/** What a header's line is (in capitals, a paragraph, in sentence case) and its text cleaned; patterns several readers share. */
import { PREAMBLE_OPENERS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { foldSpaces } from "../sentences.js";
import { WHITESPACE } from "../../shared/chars.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { blankRuns } from "../../shared/strings.js";

/** A council's term and session in any case: "Khóa vii - kỳ họp thứ 13", "KHOÁ XV, KỲ HỌP THỨ 8", "(Khóa XIV, kỳ họp thứ mười)". */
export const SESSION_ANY_CASE = lazyRegExp(() => /^\(?[ \t]*kh(?:óa|oá)[ \t]+[ivxlc0-9]{1,6}[ \t]*[-–,.]?[ \t]*kỳ[ \t]+họp(?![\p{L}\p{M}])/iu);
/** A header's number line stands within this many characters of the text's start. */
export const ISSUER_REACH = 400;
/** The motto's words, each space of them any short run of blanks (blankRuns: a justified copy doubles them). */
export const HEADER_MOTTO = new RegExp(blankRuns(String.raw`CỘNG H(?:ÒA|OÀ) XÃ HỘI|Độc lập[ \t]*[-–][ \t]*Tự do`), "i");
/** A line that opens with one of PREAMBLE_OPENERS ("Căn cứ", "Xét đề nghị"), as written. */
export function opensPreamble(head: string, lineStart: number): boolean {
  PREAMBLE_OPENING().lastIndex = lineStart;
  return PREAMBLE_OPENING().test(head);
}
const PREAMBLE_OPENING = lazyRegExp(() => new RegExp(String.raw`[ \t#*_]*(?:${phraseSource(PREAMBLE_OPENERS, { keepCase: true })})(?![\p{L}\p{N}])`, "uy"));
/** How a sentence's last line ends, not a title's. */
export const SENTENCE_END = /[.,;:]$/u;
/** The next `count` lines with words after `from`: each one's text and where its line ends. */
export function nextLines(head: string, from: number, count: number): { text: string; end: number }[] {
  const out: { text: string; end: number }[] = [];
  for (let pos = from; out.length < count && pos < head.length; ) {
    const nl = head.indexOf("\n", pos);
    const end = nl < 0 ? head.length : nl;
    const t = clean(head.slice(pos, end));
    if (t) out.push({ text: t, end });
    pos = end + 1;
  }
  return out;
}
/** A council's term and session, in capitals: "KHÓA XV - KỲ HỌP THỨ 8", "KHOÁ VII, KỲ HỌP THỨ 5". */
export const SESSION = lazyRegExp(() => /^KH(?:ÓA|OÁ)[ \t]+[IVXLC0-9]{1,6}[ \t]*[-–,.]?[ \t]*KỲ[ \t]+HỌP[ \t][^\p{Ll}]*$/u);
/**
 * A line that opens the preamble (PREAMBLE_OPENERS: "Căn cứ …", "Xét đề nghị …") or the body: "Điều 1.", "Chương I", a
 * section's "I. " or "1. " and its heading on the line. A number and its stop alone on a line ("66.  ⏎", a scanned
 * page's number above the heading) opens nothing: taken for a section, it put the preamble before the heading,
 * whose date line was then not read.
 */
export const PREAMBLE_LINE = new RegExp(
  String.raw`(?:^|\n)[ \t#*_]*(?:[-–+•][ \t]*)?(?:${phraseSource(PREAMBLE_OPENERS, { keepCase: true })}|Điều[ \t]+\d|Chương[ \t]+[IVXLC\d]|CHƯƠNG[ \t]+[IVXLC\d]|(?:[IVXLC]{1,4}|\d{1,2})[ \t]?[.)][ \t]+(?=\S))`,
);
/** PREAMBLE_LINE tried at one place: the text's start or a line break (execAtBreaks). */
export const PREAMBLE_LINE_AT = new RegExp(PREAMBLE_LINE.source, "y");

/**
 * Two or more words of letters only with a small letter among them: a line in sentence case. The
 * words (what `split(/\s+/)` gives, its empty ends aside) are read one by one up to the second such
 * word, not split all at once: a paragraph's line is read as a title candidate too.
 */
export function inSentenceCase(line: string): boolean {
  let n = 0;
  for (let i = 0; i < line.length; ) {
    while (i < line.length && WHITESPACE[line.charCodeAt(i)] === 1) i++;
    const start = i;
    while (i < line.length && WHITESPACE[line.charCodeAt(i)] !== 1) i++;
    if (i > start && SMALL_WORD().test(line.slice(start, i)) && ++n >= 2) return true;
  }
  return false;
}
const SMALL_WORD = lazyRegExp(() => /^[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*[,.;:]?$/u);

/**
 * A line longer than a printed line holds (see PARAGRAPH in lines.ts): a paragraph written on one
 * line. A title so written is whole on its line, and a second such line is the body's: a title
 * wrapped over lines has lines as wide as the page, no wider.
 */
export const isParagraph = (line: string): boolean => line.length >= TITLE_LINE_WIDTH;
const TITLE_LINE_WIDTH = 120;

export const SMALL_ASCII = /[a-z]/;

/**
 * `s === s.toUpperCase()`, without upper-casing a line that holds a small ASCII letter (most lines
 * of a header's sentences do): that letter alone tells.
 */
export function isCapitals(s: string): boolean {
  return !SMALL_ASCII.test(s) && s === s.toUpperCase();
}

export function clean(line: string): string {
  return foldSpaces(line.replace(MARKUP, " ")).trim();
}

const MARKUP = /[#*_]+/g;
// Built once: a regex literal with \p{...} is compiled by the bundle into a `new RegExp` per call.
export const LETTER = lazyRegExp(() => /\p{L}/u);
export const WORD_OR_NUMBER = lazyRegExp(() => /[\p{L}\p{N}]/u);
// "CỘNG HOÀ": the older placement of the tone mark. And the motto's rest on the next line where a narrow cell or a
// wrap broke it ("ỦY BAN NHÂN DÂN | CỘNG HÒA ⏎ XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "… CHỦ ⏎ NGHĨA VIỆT NAM"): its words
// from "chủ nghĩa" on name no body nor place (a commune "Xã Hội …" would not go on "chủ nghĩa").
export const NATIONAL_MOTTO = lazyRegExp(() => /^CỘNG H(?:ÒA|OÀ)|^ĐỘC LẬP|^Độc lập|^(?:(?:XÃ[ \t]+)?HỘI[ \t]+)?CHỦ[ \t]+NGHĨA(?![\p{L}\p{M}])|^NGHĨA[ \t]+VIỆT[ \t]+NAM/iu);
