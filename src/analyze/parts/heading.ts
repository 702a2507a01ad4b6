/**
 * The document's own heading (issuer, number, motto, place and date) and what stands above it: a page's
 * or a legal database's note, read as a part of its own.
 */
import { phraseSource } from "../../vocab/phrases.js";
import { NATIONAL_MOTTO_WORDS } from "../../vocab/parts.js";
import { isBlank } from "../sentences.js";
import { hasSmallLetter } from "../../shared/chars.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/**
 * Where the document's own heading starts before `end`: the line of the national motto, after the
 * lines above it that the heading may hold (the issuer in capitals, "Số: …", rules, table bars,
 * blank lines). 0 when there is no motto, or nothing but heading lines stands before it, or what
 * stands before it holds no prose (no lower-case letter).
 */
export function headingStart(text: string, end: number): number {
  const motto = MOTTO().exec(text.slice(0, end));
  if (motto === null) return 0;
  let start = text.lastIndexOf("\n", motto.index - 1) + 1;
  for (let lines = 0; start > 0 && lines < HEADING_LINES_ABOVE; lines++) {
    const above = text.lastIndexOf("\n", start - 2) + 1;
    if (!HEADING_LINE_ABOVE().test(text.slice(above, start - 1))) break;
    start = above;
  }
  while (start < end && isBlank(text, start, Math.max(start, text.indexOf("\n", start)))) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) break;
    start = nl + 1;
  }
  return start > 0 && hasSmallLetter(text.slice(0, start)) ? start : 0;
}
/** The motto in capitals anywhere (a header's two columns flattened onto one line), or opening a line in any case. */
const MOTTO = lazyRegExp(() => new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:${phraseSource(NATIONAL_MOTTO_WORDS.map((w) => w.toUpperCase()), { keepCase: true })})|(?:^|\n)[ \t*_#|]*(?:${phraseSource(NATIONAL_MOTTO_WORDS, { anyCase: true })}))(?![\p{L}\p{N}])`,
  "u",
));
/** A line of a heading above its motto: no lower-case letter, or the number's label ("Số: 12/QĐ-UBND", "———-Luật số : 80/2015/QH13"). */
const HEADING_LINE_ABOVE = lazyRegExp(() => /^(?:[^\p{Ll}]*|.*(?<!\p{L})[Ss]ố[ \t]*:.*)$/u);
/**
 * A line of a document's heading: the issuer's in capitals, the number's, a rule or a bar
 * (HEADING_LINE_ABOVE), the motto's, or the place and date ("Nghệ An, ngày 12 tháng 3 năm 2023").
 * A page that dropped the kind line and the title leaves them right above the preamble: "ỦY BAN NHÂN
 * DÂN ⏎ TỈNH X ⏎ Số: 31/KH-UBND ⏎ X, ngày … ⏎ Căn cứ …".
 */
export function isHeadingLine(line: string): boolean {
  return HEADING_LINE_ABOVE().test(line) || MOTTO().test(line) || PLACE_DATE_WHOLE_LINE.test(line);
}
/** A line of the place and the whole date and nothing more: "Nghệ An, ngày 12 tháng 3 năm 2023 |". */
const PLACE_DATE_WHOLE_LINE = /^[ \t|*]*[^\n\d,]{0,40},?[ \t]*ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4}[ \t|*.]*$/iu;
/** The issuer's lines, the number, rules and bars above the motto: a handful. */
const HEADING_LINES_ABOVE = 8;
