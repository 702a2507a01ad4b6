import { WHITESPACE } from "../shared/chars.js";

/**
 * How a line break was made. A writer ends a line on purpose after a heading or a paragraph; a PDF
 * or a plain-text export also ends every line that reaches the page's width, mid-sentence. Those
 * wrapped lines are as long as the lines around them; a line ended on purpose stops short of them.
 */

/** The lines on each side that show how wide the page is. */
const NEIGHBOURS = 3;
/**
 * How much wider than the line before and the next word together a neighbour must be to show the
 * break was made on purpose: in proportional type lines of the same width hold more or fewer
 * characters, so a wrapped line may stop a few characters short of the longest around it.
 */
const RAGGED = 1.1;
/**
 * More characters than a printed line holds (an A4 page holds about 80 in the 13–14 point type
 * documents are drafted in, a hundred and some in small type): a line this long is a whole
 * paragraph, and a text laid out so wraps none of its lines. No line is measured further.
 */
const PARAGRAPH = 120;

/**
 * Whether the line break just before `lineStart` was made on purpose: the first word of the line
 * would have fitted on the line before it, as wide as the widest of the lines around them, with
 * room to spare (RAGGED; blank lines, which PDF text puts after every printed line, are not
 * counted), or a line there is a whole paragraph, longer than a page is wide. "Điều 4. Hiệu lực thi hành ⏎ Quyết định này có hiệu lực …"
 * is a heading; "… trước ngày ⏎ Quyết định này có hiệu lực thì …", the line before filled to the
 * width of the rest, is one sentence wrapped.
 */
export function brokenOnPurpose(text: string, lineStart: number): boolean {
  const before = lineBefore(text, lineStart);
  if (before === null || before.length >= PARAGRAPH) return true;
  let word = 0;
  let at = lineStart;
  while (at < text.length && (text[at] === " " || text[at] === "\t")) at++;
  while (at + word < text.length && WHITESPACE[text.charCodeAt(at + word)] !== 1 && word < PARAGRAPH) word++;
  // A paragraph's line, the width of no page, holds any word.
  const needed = Math.min((before.length + 1 + word) * RAGGED, PARAGRAPH);
  // The line itself and the lines after it, then the lines before the one before it.
  let next: number | null = lineStart;
  for (let n = 0; n < NEIGHBOURS && next !== null; n++) {
    const line = lineFrom(text, next);
    if (line.length >= needed) return true;
    next = line.nextStart;
  }
  let back: number = before.start;
  for (let n = 0; n < NEIGHBOURS; n++) {
    const line = lineBefore(text, back);
    if (line === null) break;
    if (line.length >= needed) return true;
    back = line.start;
  }
  return false;
}

interface Line {
  /** Where its first character is (leading whitespace read past). */
  start: number;
  /** Its characters without the whitespace around them, at most PARAGRAPH. */
  length: number;
}

/** The last line with any character in it that ends before `at` (the start of a line), or null. */
function lineBefore(text: string, at: number): Line | null {
  let end = at;
  while (end > 0 && WHITESPACE[text.charCodeAt(end - 1)] === 1) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && end - start < PARAGRAPH) start--;
  if (end - start >= PARAGRAPH) return { start, length: PARAGRAPH };
  while (WHITESPACE[text.charCodeAt(start)] === 1) start++;
  return { start, length: end - start };
}

/** The first line with any character in it from `at` on, and where the line after it starts (null at the text's end). */
function lineFrom(text: string, at: number): Line & { nextStart: number | null } {
  let start = at;
  while (start < text.length && WHITESPACE[text.charCodeAt(start)] === 1) start++;
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && end - start < PARAGRAPH) end++;
  if (end - start >= PARAGRAPH) return { start, length: PARAGRAPH, nextStart: null };
  const nextStart = end < text.length ? end + 1 : null;
  while (end > start && WHITESPACE[text.charCodeAt(end - 1)] === 1) end--;
  return { start, length: end - start, nextStart };
}

/**
 * `lines` (blankPageLines of `unescaped`) with its last line as `unescaped` writes it: what
 * blankPageLines(unescaped, false) gives, since each line is blanked or not by its own words, and
 * a page line on the last line runs to the text's end, where `false` leaves it (a test holds the two equal).
 */
export function withLastLine(lines: string, unescaped: string): string {
  if (lines === unescaped) return lines;
  const last = unescaped.lastIndexOf("\n") + 1;
  return lines.endsWith(unescaped.slice(last)) ? lines : lines.slice(0, last) + unescaped.slice(last);
}
