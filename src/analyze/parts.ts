import type { PartType } from "../types.js";
import { KINDS } from "../vocab/kinds.js";
import { phraseSource } from "../vocab/phrases.js";
import {
  ANNEX_WORDS, ARTICLE_WORD, ATTACHED_DOCUMENT_WORDS, ENACTING_WORDS, IN_FORCE_WORDS, NATIONAL_MOTTO_WORDS, PREAMBLE_OPENERS, RECIPIENTS_WORDS, SIGNATURE_PREFIXES,
} from "../vocab/parts.js";
import { ATTACHED_TO } from "../vocab/cues.js";
import type { Header } from "./header/index.js";
import { markClass } from "../shared/chars.js";
import { isBlank } from "./sentences.js";

/** A part of a document, with offsets into the text it was read from. */
export interface Part {
  type: PartType;
  start: number;
  end: number;
}

const KIND_WORDS = phraseSource(KINDS.flatMap((k) => k.words));

/**
 * "NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH X ⏎ KHÓA XV - KỲ HỌP THỨ 8 ⏎ Về việc bãi bỏ …", "CHỈ THỊ ⏎
 * CỦA CHỦ TỊCH UBND TỈNH ⏎ V/v …": older headings name the issuer (and a council its session) between
 * the kind word and the subject. Those words are the header's; the title is the subject, so a cue
 * opening it ("Về việc bãi bỏ …") opens its clause.
 */
function namesIssuerUnderKind(text: string, header: Header): boolean {
  const from = header.kindLineStart!;
  if (header.title === null || header.titleStart <= from || header.titleStart >= header.bodyStart) return false;
  const between = text.slice(from, header.titleStart);
  // "Quyết định " về việc bãi bỏ … "": the subject printed in quotation marks opens after its quote.
  return ISSUER_AFTER_KIND.test(between) || between.trim().includes("\n") || QUOTE_BEFORE_SUBJECT.test(between);
}
const ISSUER_AFTER_KIND = /[ \t]CỦA[ \t]/u;
const QUOTE_BEFORE_SUBJECT = /[ \t]["“”][ \t]*$/u;
/** A title without a capitalised kind line: "Quyết định về việc ...", "V/v ...", as word-segmented sources and listings write it. */
const TITLE_OPENING = new RegExp(String.raw`^[ \t#*_]*(?:${KIND_WORDS}|v\s*/\s*v|về\s+việc)(?![\p{L}\p{N}])`, "iu");
const PREAMBLE_LINE = new RegExp(String.raw`^[ \t*_(-]*(?:${phraseSource(PREAMBLE_OPENERS, { keepCase: true })})(?![\p{L}\p{N}])`, "u");
/** "QUYẾT ĐỊNH:", "Quyết nghị :", "ĐIỀU 1." or "Điều 1." at a line's start: the articles begin. */
const ENACTING_LINE = new RegExp(String.raw`^[ \t*_#]*(?:${phraseSource(ENACTING_WORDS)})[ \t*_]*:[ \t*_]*$`, "iu");
const ARTICLE_LINE = new RegExp(String.raw`^[ \t*_#]*${ARTICLE_WORD}[ \t]+\d+[ \t]*[.:]`, "iu");
const RECIPIENTS_LINE = new RegExp(String.raw`^[ \t*_#-]*(?:${phraseSource(RECIPIENTS_WORDS)})[ \t*_]*:?`, "iu");
const SIGNATURE_LINE = new RegExp(String.raw`^[ \t*_#]*(?:${SIGNATURE_PREFIXES.join("|")})[ \t]*\.[ \t]*\p{Lu}`, "u");
const IN_FORCE = new RegExp(phraseSource(IN_FORCE_WORDS), "iu");
/** What may stand before a part marker's first word on its line ("## ", "**", "- ", "("). */
const MARKUP = markClass(new Uint8Array(0x10000), /[ \t*_#(-]/);
/**
 * The letters a part marker's first word opens with, in any case (a superset for the markers read
 * case-sensitively): a line whose first letter is another cannot match any of their regexes.
 */
const OPENS_MARKER = markClass(
  new Uint8Array(0x10000),
  new RegExp(`[${[...new Set([...PREAMBLE_OPENERS, ...ENACTING_WORDS, ...RECIPIENTS_WORDS, ...SIGNATURE_PREFIXES, ARTICLE_WORD].map((w) => w[0]))].join("")}]`, "iu"),
);
/** Lines are read only this far: a part marker is never longer, and a one-line megabyte stays linear. */
const LINE_PREFIX = 200;
/** A line this short may be the issuer's name between a title and its preamble. */
const SHORT_LINE = 120;

/**
 * Reads a document as the sequence of its parts: header (issuer, "Số:", place and date), title
 * (kind and subject line), preamble ("Căn cứ ...", "Xét đề nghị ..."), body (the articles or the
 * plan's sections), closing (the article that sets the date of effect), signature and "Nơi nhận".
 * A text of one line is a subject line, as listings publish it: all title.
 * Each part found is returned once, in text order; parts a document lacks are left out.
 */
export function findParts(text: string, header: Header): Part[] {
  // Lines are walked with indexOf, not gathered: a document has hundreds, and most are read once.
  let firstLine: Line | null = null;
  for (let next = 0; next >= 0 && firstLine === null; ) {
    const start = next;
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    next = nl < 0 ? -1 : nl + 1;
    if (!isBlank(text, start, end)) firstLine = { start, end };
  }
  if (!firstLine) return [];
  // Every other line blank: the rest of the text is whitespace, line breaks included.
  if (isBlank(text, firstLine.end, text.length)) return oneLine(text, firstLine, header);

  let titleStart = -1;
  let titleEnd = -1;
  if (header.kind !== null && header.kindLineStart !== undefined) {
    titleStart = namesIssuerUnderKind(text, header) ? header.titleStart : header.kindLineStart;
    titleEnd = header.bodyStart;
  } else if (TITLE_OPENING.test(text.slice(firstLine.start, firstLine.start + LINE_PREFIX))) {
    titleStart = firstLine.start;
    titleEnd = wrappedEnd(text, firstLine);
  }
  const from = Math.max(titleEnd, 0);

  let preamble = -1;
  let body = -1;
  let recipients = -1;
  let signature = -1;
  const articles: number[] = [];
  let lookForPreamble = true;
  let linesBeforePreamble = 0;
  // The first line that starts at or after `from`.
  for (let next = from === 0 ? 0 : lineAfter(text, from - 1); next >= 0; ) {
    const l = { start: next, end: text.indexOf("\n", next) };
    next = l.end < 0 ? -1 : l.end + 1;
    if (l.end < 0) l.end = text.length;
    const limit = Math.min(l.end, l.start + LINE_PREFIX);
    // Most lines open with a letter no part marker opens with: their regexes are not tried.
    let k = l.start;
    while (k < limit && MARKUP[text.charCodeAt(k)] === 1) k++;
    const head = k < limit && OPENS_MARKER[text.charCodeAt(k)] === 1 ? text.slice(l.start, limit) : null;
    if (head !== null) {
      if (recipients < 0 && RECIPIENTS_LINE.test(head)) recipients = l.start;
      if (signature < 0 && SIGNATURE_LINE.test(head)) signature = l.start;
    }
    // Both found: no line after them is read for anything (the walk went on to the text's end).
    if (recipients >= 0 && signature >= 0) break;
    if (recipients >= 0 || signature >= 0) continue;
    if (body < 0 && preamble < 0 && lookForPreamble) {
      if (head !== null && PREAMBLE_LINE.test(head)) preamble = l.start;
      // Only a short line or two (the issuer's name) may stand between the title and the preamble;
      // with no title (a page that dropped the kind line), the heading's own lines stand there too.
      else if (!isBlank(text, l.start, limit) && !(titleStart < 0 && isHeadingLine(text.slice(l.start, limit))) && (l.end - l.start > SHORT_LINE || ++linesBeforePreamble > 2)) lookForPreamble = false;
    }
    if (head === null) continue;
    if (body < 0 && ENACTING_LINE.test(head)) body = l.start;
    if (ARTICLE_LINE.test(head)) {
      if (body < 0) body = l.start;
      articles.push(l.start);
    }
  }
  return partsFrom(text, from, titleStart, titleEnd, { preamble, body, recipients, signature, articles });
}

/**
 * A text of one line: a listing's subject line, all title; or a whole document a page printed on
 * one line, its heading's "Số:" read, whose title ends where its preamble opens ("… KẾ HOẠCH TRIỂN
 * KHAI … Căn cứ Nghị định số A; Thông tư số B; …"): the bases after the first are then read as a
 * preamble's list, not as words of the title.
 */
function oneLine(text: string, line: Line, header: Header): Part[] {
  const at = header.numberLine === null ? -1 : preambleInLine(text, header.numberLine.end, line.end);
  if (at < 0) return [{ type: "title", start: line.start, end: line.end }];
  const titleStart = header.kindLineStart !== undefined && header.kindLineStart < at ? header.kindLineStart : line.start;
  // The preamble ends as preambleEnd reads it on lines: after its last item's ":" or full stop.
  PREAMBLE_ENDS.lastIndex = at;
  const end = PREAMBLE_ENDS.exec(text);
  const body = end !== null && end.index < line.end ? end.index + 1 : -1;
  return partsFrom(text, titleStart, titleStart, at, { preamble: at, body, recipients: -1, signature: -1, articles: [] });
}
/** A ":" before whitespace, or a full stop before whitespace and a capital or a digit ("… như sau: I. MỤC ĐÍCH", "… số 12. QUYẾT ĐỊNH:"). */
const PREAMBLE_ENDS = /:(?=\s)|\.(?=\s+[\p{Lu}\d])/gu;

/** "Căn cứ" opening a word in [from, to), written with its capital as a preamble's item is (-1: none). */
// The whitespace before it matched, not looked behind for: a look-behind opening a regex is tried at every character.
const PREAMBLE_IN_LINE = /\sCăn cứ(?=\s)/gu;
function preambleInLine(text: string, from: number, to: number): number {
  PREAMBLE_IN_LINE.lastIndex = from;
  const m = PREAMBLE_IN_LINE.exec(text);
  return m !== null && m.index + 1 < to ? m.index + 1 : -1;
}

/** Where findParts's walk over the lines found each part's first line (-1: none). */
interface Markers {
  preamble: number;
  body: number;
  recipients: number;
  signature: number;
  articles: number[];
}

/**
 * The parts, from where the walk over the lines found them to start. A function of its own, not
 * part of findParts: its branches are each taken by few documents (no enacting line, annexes, an
 * attached plan), and the first document to take one made V8 compile the whole of findParts again
 * with the line walk; here a recompile costs this function's size only.
 */
function partsFrom(text: string, from: number, titleStart: number, titleEnd: number, markers: Markers): Part[] {
  const { recipients, signature, articles } = markers;
  let { preamble, body } = markers;
  const tailStart = [recipients, signature].filter((x) => x >= 0).reduce((a, b) => Math.min(a, b), text.length);
  if (body < 0) body = preamble >= 0 ? preambleEnd(text, preamble, tailStart) : from;
  // Before an enacting line, whatever follows the title is the preamble ("Thực hiện Chỉ thị ...;").
  else if (preamble < 0 && body > from && text.slice(from, body).trim() !== "") preamble = from;

  // Lines between the title and the preamble (the issuer, in some sources) belong to the title.
  if (preamble >= 0 && titleStart >= 0) titleEnd = preamble;
  const parts: Part[] = [];
  const push = (type: PartType, start: number, end: number) => {
    if (end > start) parts.push({ type, start, end });
  };
  const headerEnd = titleStart > 0 ? titleStart : titleStart < 0 && preamble > 0 ? preamble : 0;
  if (headerEnd > 0) {
    // A page's or a legal database's note above the document's own heading ("Quyết định 119/QĐ-UBND
    // … đã được thay thế bởi Quyết định 366/QĐ-UBND", "… bị bãi bỏ, thay thế bởi …", a list of the
    // documents it cites) is read as text; the heading itself states no relation.
    const heading = headingStart(text, headerEnd);
    if (heading > 0) push("note", 0, heading);
    push("header", heading, headerEnd);
  }
  if (titleStart >= 0) push("title", titleStart, titleEnd);
  if (preamble >= 0) push("preamble", preamble, Math.min(body, tailStart));
  const closing = closingArticle(text, articles, body, tailStart);
  push("body", Math.max(body, from), closing >= 0 ? closing : tailStart);
  if (closing >= 0) push("closing", closing, tailStart);
  // Annexes after the signature ("PHỤ LỤC ⏎ DANH MỤC … ⏎ (Kèm theo Quyết định số …)") are parts of their own.
  // Every attached line says "kèm" (ATTACHED_TO, any case): without one after the signature, neither
  // an annex nor an attached document; found once for both.
  KEM.lastIndex = tailStart;
  const kem = tailStart < text.length && KEM.test(text) ? KEM.lastIndex : -1;
  const annexes = kem >= 0 ? annexStarts(text, tailStart) : [];
  // The plan or regulation the decision promulgates, after the signature: its body, read as the decision's.
  const attached = kem >= 0 ? attachedStart(text, tailStart, annexes.length ? annexes[0] : text.length, kem) : -1;
  const tailEnd = attached >= 0 ? attached : annexes.length ? annexes[0] : text.length;
  if (recipients >= 0 && (signature < 0 || recipients < signature)) {
    push("recipients", recipients, signature > recipients && signature < tailEnd ? signature : tailEnd);
    if (signature > recipients && signature < tailEnd) push("signature", signature, tailEnd);
  } else if (signature >= 0) {
    push("signature", signature, recipients > signature && recipients < tailEnd ? recipients : tailEnd);
    if (recipients > signature && recipients < tailEnd) push("recipients", recipients, tailEnd);
  }
  if (attached >= 0) push("body", attached, annexes.length ? annexes[0] : text.length);
  for (let i = 0; i < annexes.length; i++) push("annex", annexes[i], i + 1 < annexes.length ? annexes[i + 1] : text.length);
  return parts;
}

/**
 * Where the document's own heading starts before `end`: the line of the national motto, after the
 * lines above it that the heading may hold (the issuer in capitals, "Số: …", rules, table bars,
 * blank lines). 0 when there is no motto, or nothing but heading lines stands before it, or what
 * stands before it holds no prose (no lower-case letter).
 */
function headingStart(text: string, end: number): number {
  const motto = MOTTO.exec(text.slice(0, end));
  if (motto === null) return 0;
  let start = text.lastIndexOf("\n", motto.index - 1) + 1;
  for (let lines = 0; start > 0 && lines < HEADING_LINES_ABOVE; lines++) {
    const above = text.lastIndexOf("\n", start - 2) + 1;
    if (!HEADING_LINE_ABOVE.test(text.slice(above, start - 1))) break;
    start = above;
  }
  while (start < end && isBlank(text, start, Math.max(start, text.indexOf("\n", start)))) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) break;
    start = nl + 1;
  }
  return start > 0 && PROSE.test(text.slice(0, start)) ? start : 0;
}
/** The motto in capitals anywhere (a header's two columns flattened onto one line), or opening a line in any case. */
const MOTTO = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:${phraseSource(NATIONAL_MOTTO_WORDS.map((w) => w.toUpperCase()), { keepCase: true })})|(?:^|\n)[ \t*_#|]*(?:${phraseSource(NATIONAL_MOTTO_WORDS, { anyCase: true })}))(?![\p{L}\p{N}])`,
  "u",
);
/** A line of a heading above its motto: no lower-case letter, or the number's label ("Số: 12/QĐ-UBND", "———-Luật số : 80/2015/QH13"). */
const HEADING_LINE_ABOVE = /^(?:[^\p{Ll}]*|.*(?<!\p{L})[Ss]ố[ \t]*:.*)$/u;
/**
 * A line of a document's heading: the issuer's in capitals, the number's, a rule or a bar
 * (HEADING_LINE_ABOVE), the motto's, or the place and date ("Nghệ An, ngày 12 tháng 3 năm 2023").
 * A page that dropped the kind line and the title leaves them right above the preamble: "ỦY BAN NHÂN
 * DÂN ⏎ TỈNH X ⏎ Số: 31/KH-UBND ⏎ X, ngày … ⏎ Căn cứ …".
 */
function isHeadingLine(line: string): boolean {
  return HEADING_LINE_ABOVE.test(line) || MOTTO.test(line) || PLACE_DATE_WHOLE_LINE.test(line);
}
/** A line of the place and the whole date and nothing more: "Nghệ An, ngày 12 tháng 3 năm 2023 |". */
const PLACE_DATE_WHOLE_LINE = /^[ \t|*]*[^\n\d,]{0,40},?[ \t]*ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4}[ \t|*.]*$/iu;
/** The issuer's lines, the number, rules and bars above the motto: a handful. */
const HEADING_LINES_ABOVE = 8;
const PROSE = /\p{Ll}/u;

/** "PHỤ LỤC II", "DANH MỤC VĂN BẢN …", "**Phụ lục**": an annex's first line, its word capitalised. */
const ANNEX_LINE = new RegExp(String.raw`^[ \t*_#]*(?:${phraseSource(ANNEX_WORDS, { anyCase: true })})(?![\p{L}\p{N}])`, "u");
/** "(Kèm theo Quyết định số …)", "*(Ban hành kèm theo Kế hoạch số …)*": what an annex is attached to. */
const ATTACHED_LINE = new RegExp(String.raw`^[ \t*_]*\(?[ \t*_]*(?:${phraseSource(ATTACHED_TO)})(?![\p{L}\p{N}])`, "iu");
/** What may stand before an annex line's first word: spaces, Markdown's marks, the parenthesis. */
const ANNEX_MARKUP = markClass(new Uint8Array(0x10000), /[ \t\r*_#(]/);
/** The letters an annex's word or an attached line's word opens with (P, D, K, B in either case). */
const OPENS_ANNEX = markClass(new Uint8Array(0x10000), /[PpDdKkBb]/);
/** "kèm" in any case ATTACHED_LINE reads (the Kelvin sign folds to "k" there too). */
const KEM = /[kK\u212a][\u00e8\u00c8][mM]/g;
/** An annex's heading runs over a few lines before the line saying what it is attached to. */
const ANNEX_HEADING_LINES = 6;

/**
 * Where the document a decision promulgates begins after its signature, or -1: a line in capitals
 * opening with ATTACHED_DOCUMENT_WORDS, then within a few lines one saying what it is attached to
 * ("(Ban hành kèm theo Quyết định số …)"). Only between `from` and `to` (the first annex).
 */
function attachedStart(text: string, from: number, to: number, kem: number): number {
  if (kem > to) return -1;
  let kindLine = -1;
  let linesSince = 0;
  for (let next = lineAfter(text, from - 1); next >= 0 && next < to; ) {
    const start = next;
    const nl = text.indexOf("\n", start);
    next = nl < 0 ? -1 : nl + 1;
    const end = nl < 0 ? text.length : nl;
    if (isBlank(text, start, end)) continue;
    // Most lines open with another letter than a kind word in capitals: with no kind line above them, passed by unread.
    let k = start;
    while (k < end && KIND_MARKUP[text.charCodeAt(k)] === 1) k++;
    const mayBeKind = k < end && OPENS_ATTACHED_KIND[text.charCodeAt(k)] === 1;
    if (kindLine < 0 && !mayBeKind) continue;
    const head = text.slice(start, Math.min(end, start + LINE_PREFIX));
    if (kindLine >= 0 && ATTACHED_LINE.test(head)) return kindLine;
    if (mayBeKind && ATTACHED_KIND_LINE.test(head)) {
      kindLine = start;
      linesSince = 0;
    } else if (kindLine >= 0 && ++linesSince >= ANNEX_HEADING_LINES) kindLine = -1;
  }
  return -1;
}
/** "KẾ HOẠCH", "QUY ĐỊNH VỀ QUẢN LÝ …": a kind word in capitals opening a line with no lower-case letter. */
const ATTACHED_KIND_LINE = new RegExp(String.raw`^[ \t*_#]*(?:${phraseSource(ATTACHED_DOCUMENT_WORDS, { keepCase: true })})(?![\p{L}\p{N}])[^\p{Ll}]*$`, "u");
/** What ATTACHED_KIND_LINE takes before the kind word. */
const KIND_MARKUP = markClass(new Uint8Array(0x10000), /[ \t*_#]/);
/** The letters ATTACHED_KIND_LINE's kind words open with, in their own case (it reads them so). */
const OPENS_ATTACHED_KIND = markClass(new Uint8Array(0x10000), new RegExp(`[${ATTACHED_DOCUMENT_WORDS.map((w) => w.trim()[0]).join("")}]`, "u"));

/**
 * Where each annex after the signature begins: a line opening with ANNEX_WORDS, with a line saying
 * what it is attached to among the next few. One pass over the lines from `from` on; called only
 * where "kèm" stands after `from` (KEM).
 */
function annexStarts(text: string, from: number): number[] {
  const out: number[] = [];
  let heading = -1;
  let linesSince = 0;
  for (let next = lineAfter(text, from - 1); next >= 0; ) {
    const start = next;
    const nl = text.indexOf("\n", start);
    next = nl < 0 ? -1 : nl + 1;
    const end = nl < 0 ? text.length : nl;
    // Most lines open with another letter than an annex's word or its "(Kèm theo": passed by unread.
    let k = start;
    while (k < end && ANNEX_MARKUP[text.charCodeAt(k)] === 1) k++;
    if (k === end) continue;
    if (OPENS_ANNEX[text.charCodeAt(k)] !== 1) {
      if (heading >= 0 && ++linesSince >= ANNEX_HEADING_LINES) heading = -1;
      continue;
    }
    const head = text.slice(start, Math.min(end, start + LINE_PREFIX));
    if (heading >= 0 && ATTACHED_LINE.test(head)) {
      out.push(heading);
      heading = -1;
      continue;
    }
    if (ANNEX_LINE.test(head)) {
      // The first of several heading lines opens the annex ("PHỤ LỤC ⏎ DANH MỤC …").
      if (heading < 0 || linesSince >= ANNEX_HEADING_LINES) heading = start;
      linesSince = 0;
    } else if (heading >= 0 && ++linesSince >= ANNEX_HEADING_LINES) heading = -1;
  }
  return out;
}

/**
 * The article that sets the date of effect ("Quyết định này có hiệu lực ..."), often followed by
 * the one naming who carries the decision out: the closing part runs from it to the signature.
 */
function closingArticle(text: string, articles: readonly number[], body: number, end: number): number {
  for (let i = articles.length - 1; i >= 0 && articles[i] > body; i--) {
    if (IN_FORCE.test(text.slice(articles[i], i + 1 < articles.length ? articles[i + 1] : end))) return articles[i];
  }
  return -1;
}

/**
 * Without an enacting line or an article, the preamble ends where its last sentence does: at the
 * line after one that ends with "." or ":" ("... ban hành Kế hoạch như sau:"), or at a section
 * heading ("I. MỤC ĐÍCH", "1. ...").
 */
function preambleEnd(text: string, from: number, limit: number): number {
  let previousEnd = "";
  // The lines that start after `from` and before `limit`.
  for (let next = lineAfter(text, from); next >= 0 && next < limit; ) {
    const l = { start: next, end: text.indexOf("\n", next) };
    next = l.end < 0 ? -1 : l.end + 1;
    if (l.end < 0) l.end = text.length;
    const line = text.slice(l.start, Math.min(l.end, l.start + LINE_PREFIX));
    if (line.trim() === "") continue;
    if (/[.:]$/.test(previousEnd) || SECTION_HEADING.test(line)) return l.start;
    previousEnd = text.slice(Math.max(l.start, l.end - LINE_PREFIX), l.end).trimEnd();
  }
  return limit;
}

/**
 * Where a line ends once the lines it wraps onto are counted in: a printed line broken in
 * mid-sentence (a PDF's, with its blank line) goes on in lower case ("… ban hành kèm theo \n\n
 * quyết định số 30/QĐ-UB"); a paragraph, a heading or a preamble opens with a capital or a mark.
 */
function wrappedEnd(text: string, first: Line): number {
  let end = first.end;
  let wraps = 0;
  // The lines after the first.
  for (let next = lineAfter(text, first.start); next >= 0; ) {
    const l = { start: next, end: text.indexOf("\n", next) };
    next = l.end < 0 ? -1 : l.end + 1;
    if (l.end < 0) l.end = text.length;
    const head = text.slice(l.start, Math.min(l.end, l.start + LINE_PREFIX)).trimStart();
    if (head === "") continue;
    const c = head[0];
    // A comma or closing mark goes on too (", đất nông nghiệp" where a word-segmented line wrapped).
    if ((c === c.toUpperCase() && !CONTINUING_MARKS.includes(c)) || ++wraps > MAX_WRAPS) break;
    end = l.end;
  }
  return end;
}

/** A title is a few printed lines at most. */
const MAX_WRAPS = 8;
const CONTINUING_MARKS = ",;)";

const SECTION_HEADING = /^[ \t*_#]*(?:[IVXLC]+|\d+|[A-ZĐ])[ \t]*[.)][ \t]/u;

interface Line {
  start: number;
  end: number;
}

/** The start of the first line that starts after offset `at`, or -1. */
function lineAfter(text: string, at: number): number {
  const nl = text.indexOf("\n", at);
  return nl < 0 ? -1 : nl + 1;
}
