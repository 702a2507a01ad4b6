/**
 * A web page's lines as prose.ts reads them: its paragraphs, a paragraph that a narrow column or a plain-text export
 * broke into lines read as the one paragraph it is, and the lines that stand alone (a site's template, a posting stamp,
 * a document's mark).
 */
import { BASIS_HEAD_WORDS, SALUTATION_WORDS } from "../../vocab/cues.js";
import { ARTICLE_WORD, NUMBER_LINE_WORD, RECIPIENTS_WORDS, SIGNATURE_PREFIXES, SITE_CHROME_LINES, WRAP_LINK_WORDS, WRAP_OPENING_WORDS } from "../../vocab/parts.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";
import { capitalUnit, smallUnit } from "../../shared/lower-case.js";
import { foldSpaces } from "../sentences.js";
import { opensInSentence } from "../parts/lines.js";

/**
 * The page's non-blank lines, trimmed, each paragraph broken into lines joined into one line. A line goes on into the
 * next one at the page's narrowest gap between lines (none, or one blank line where a PDF's copy puts one after each
 * line) unless it ends a sentence:
 * - where the page's paragraphs stand between wider gaps (two at least: one stray blank line is no layout) and its
 *   lines are wrapped (SHOWN_SHARE), any such line goes on, and so does one that ends with ";" unless a list item follows ("Thực hiện Hướng dẫn số 06-HD/HU … của
 *   ⏎ Huyện ủy …; ⏎ Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:", one paragraph where a column broke it);
 * - where every gap is the same, a line goes on only where the break is plainly inside a sentence: the next line opens
 *   in lower case or with a comma (as parts/lines.ts wrappedEnd reads a title), or the line ends on a word that never
 *   ends one (WRAP_LINK_WORDS: "… ban hành kèm theo ⏎ Thông tư số 13/2020/TT-BGDĐT …", "… của ⏎ Ban Bí thư").
 * A site's template line, a posting stamp and a capitalised document's mark ("Căn cứ …", "Số: …") are lines of their
 * own whatever the gap: a page's breadcrumb, its date or a circular's basis line under its title ends no paragraph.
 */
export function* pageParagraphs(text: string): Generator<string> {
  const lines: string[] = [];
  const gaps: number[] = [];
  let gap = 0;
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf("\n", at);
    const line = text.slice(at, next < 0 ? text.length : next).trim();
    at = next < 0 ? text.length : next + 1;
    if (line.length === 0) gap++;
    else {
      lines.push(line);
      gaps.push(gap);
      gap = 0;
    }
  }
  let least = Infinity;
  for (let i = 1; i < gaps.length; i++) if (gaps[i] < least) least = gaps[i];
  // Wider gaps than the narrowest; breaks after a sentence's end, and those of them at a wider gap; breaks at the
  // narrowest gap inside a sentence, and those of them the next line shows (it opens in lower case).
  let wider = 0;
  let ends = 0;
  let endsWider = 0;
  let open = 0;
  let shown = 0;
  for (let i = 1; i < gaps.length; i++) {
    if (gaps[i] > least) wider++;
    if (endsSentence(lines[i - 1])) {
      ends++;
      if (gaps[i] > least) endsWider++;
    } else if (gaps[i] === least) {
      open++;
      if (opensInSentence(lines[i])) shown++;
    }
  }
  const paragraphs = wider >= MIN_PARAGRAPH_GAPS && endsWider * 2 >= ends && shown * SHOWN_SHARE >= open;
  // The paragraph read so far, as its lines: joined only when it is given, so a page read no further costs no more.
  let unit: string[] = [];
  // The page's first paragraph, its headline, not given yet (a site's template lines above it aside).
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i > 0 && gaps[i] === least && goesOn(unit, line, paragraphs, first)) unit.push(line);
    else {
      if (unit.length > 0) {
        if (first && !(unit.length === 1 && isChrome(unit[0]))) first = false;
        yield unit.join(" ");
      }
      unit = [line];
    }
  }
  if (unit.length > 0) yield unit.join(" ");
}

/**
 * Whether `line` goes on the paragraph whose lines so far are `unit`. Where every gap is the same, the page's first line
 * goes on only where a word links across the break: a text typed in capitals is read in sentence case (shouting.ts),
 * whose next line opens in lower case after a headline too ("Thực hiện dịch vụ công trực tuyến ở Hà Nội và những vấn
 * đề đặt ra ⏎ một trong những vấn đề …", dev-050 in capitals), and a headline never ends with a stop.
 */
function goesOn(unit: readonly string[], line: string, paragraphs: boolean, first: boolean): boolean {
  const last = unit[unit.length - 1];
  const joins = endsSentence(last) ? paragraphs && last.endsWith(";") && !listItem(line) : paragraphs || endsOnLink(last) || (first ? opensOnLink(line) : opensInSentence(line));
  // The patterns last: most pages that get here are read no further than a first line that joins nothing, and a
  // pattern never run is never compiled (DOCUMENT_MARK's: ~100 M instructions of a cold run, cg16 p8).
  return joins && !(unit.length === 1 && standsAlone(last)) && !standsAlone(line) && !opensDocumentLine(line);
}

/** Wider gaps than the narrowest that make a page's paragraphs. */
const MIN_PARAGRAPH_GAPS = 2;
/**
 * A wrapped page shows itself: of its breaks inside a sentence, one in three at least opens the next line in lower case.
 * A portal's menu, breadcrumb and category lines above a headline ("Ban Tuyên giáo ⏎ Thông tin tuyên truyền, … ⏎ Quay
 * lại", fresh54d-009) end in no stop either, but each opens with a capital: they are lines, not a paragraph.
 */
const SHOWN_SHARE = 3;
/** A line that ends a sentence, or a clause that a list's next item may follow. */
const endsSentence = (line: string): boolean => SENTENCE_ENDS.includes(line[line.length - 1]);
const SENTENCE_ENDS = ".:;!?";
/** A list's item: a bullet, "1.", "2)", "a)". */
const listItem = (line: string): boolean => LIST_MARK.test(line) || (line[1] === ")" && isCased(line.charCodeAt(0)));
const LIST_MARK = /^(?:[-–•*+]|\d{1,3}[.)])/;
/**
 * A letter with a case (every Vietnamese one), read from shared/lower-case.ts's tables, no `\p{…}` class: page-lines'
 * few patterns are compiled on a cold run's first page that reaches them, and a Unicode property class costs some tens
 * of millions of instructions.
 */
const isCased = (c: number): boolean => capitalUnit(c) || smallUnit(c);
const LINK_WORDS: ReadonlySet<string> = new Set(WRAP_LINK_WORDS);
/** The line's first word, as written, is one no sentence or headline opens with (WRAP_OPENING_WORDS: "của Quy định …"). */
function opensOnLink(line: string): boolean {
  let i = 0;
  while (i < line.length && line[i] !== " " && line[i] !== "\t") i++;
  return OPENING_LINKS.has(line.slice(0, i));
}
const OPENING_LINKS: ReadonlySet<string> = new Set(WRAP_OPENING_WORDS);
/** The line's last word is one no sentence ends on. */
function endsOnLink(line: string): boolean {
  let i = line.length;
  while (i > 0 && line[i - 1] !== " " && line[i - 1] !== "\t") i--;
  return LINK_WORDS.has(line.slice(i).toLowerCase());
}

const CHROME_LINES: ReadonlySet<string> = new Set(SITE_CHROME_LINES.map((l) => l.toLowerCase()));
/** A site's template line (SITE_CHROME_LINES), its blanks folded: a justified copy's "Skip  Ribbon  Commands" is the same line. */
export const isChrome = (line: string): boolean => line.length <= CHROME_CHARS && CHROME_LINES.has(foldSpaces(line).toLowerCase());
/** No template line is longer, its blanks doubled. */
const CHROME_CHARS = 2 * Math.max(...SITE_CHROME_LINES.map((l) => l.length));
const standsAlone = (line: string): boolean => isChrome(line) || (STAMP_FIRST(line[0]) && STAMP().test(line));
/** A stamp opens with its label's capital, a digit or "(GMT". */
const STAMP_FIRST = (c: string): boolean => c === "(" || (c >= "0" && c <= "9") || capitalUnit(c.charCodeAt(0));
const DATE_OR_TIME = String.raw`(?:\d{1,2}:\d{2}|\d{1,2}\/\d{1,2}\/\d{4}|\(?GMT[+-]\d{1,2}\)?)`;
/**
 * A portal's posting stamp, the whole line a date or a time after at most a short capitalised label: "19:58 |
 * 07/09/2021 GMT+7", "22/04/2021", "Ngày cập nhật 04/07/2018", "Cập nhật lúc: 16:02 15/06/2022".
 */
const STAMP = lazyRegExp(() => new RegExp(String.raw`^(?:${LABEL_WORD}(?:[ \t]+${LABEL_WORD}){0,2}[ \t]*(?::[ \t]*)?)?${DATE_OR_TIME}(?:[ \t|,]*${DATE_OR_TIME})*$`));
/** A label's word: no blank, digit or separator (its first a capital: STAMP_FIRST). */
const LABEL_WORD = String.raw`[^\s\d:|,()]+`;

/**
 * A line that only a document has, at its start (after a bullet): a basis item, the first article,
 * the header's number line, a salutation, the recipients' list, a signature block's "TM. …".
 */
export const DOCUMENT_MARK = lazyRegExp(() => new RegExp(
  String.raw`^[-–•*+ \t]*(?:(?:${phraseSource(BASIS_HEAD_WORDS)})(?![\p{L}\p{M}])|${ARTICLE_WORD}[ \t]+1[ \t]*[.:]|${NUMBER_LINE_WORD}[ \t]*:|(?:${phraseSource([...SALUTATION_WORDS, ...RECIPIENTS_WORDS])})(?![\p{L}\p{M}])|(?:${phraseSource(SIGNATURE_PREFIXES, { keepCase: true })})[ \t]*\.[ \t]*\p{Lu})`,
  "iu",
));
function opensDocumentLine(line: string): boolean {
  let i = 0;
  while (i < line.length && BULLETS_AND_BLANKS.includes(line[i])) i++;
  return i < line.length && capitalUnit(line.charCodeAt(i)) && DOCUMENT_MARK().test(line);
}
const BULLETS_AND_BLANKS = "-–•*+ \t";
