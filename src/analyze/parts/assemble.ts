/**
 * The parts cut from where the walk over the lines found each to begin: the header above the title,
 * the preamble up to the body, the closing article, the signature and recipients, annexes after them.
 */
import type { PartType } from "../../types.js";
import { phraseSource } from "../../vocab/phrases.js";
import { IN_FORCE_NOUN, IN_FORCE_WORDS } from "../../vocab/parts.js";
import { headingStart } from "./heading.js";
import { KEM, annexStarts, attachedStart } from "./annexes.js";
import { LINE_PREFIX, lineAfter } from "./lines.js";
import { secondDocumentStart } from "./second.js";

/** A part of a document, with offsets into the text it was read from. */
export interface Part {
  type: PartType;
  start: number;
  end: number;
}

/** The words of the article that sets the date of effect ("có hiệu lực"): closingArticle. */
const IN_FORCE = new RegExp(phraseSource(IN_FORCE_WORDS), "iu");
/**
 * The noun every one of those phrases holds, looked for first: a search for one phrase starting with
 * "h" is quick, one for phrases starting with "c" or "h" tries most of a text's words (an article of
 * a plan holds "hiệu lực" seldom, and most of the articles walked are a plan's).
 */
const IN_FORCE_NOUN_AT = new RegExp(phraseSource([IN_FORCE_NOUN]), "iu");

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
export function partsFrom(text: string, from: number, titleStart: number, titleEnd: number, markers: Markers): Part[] {
  const { recipients, signature, articles } = markers;
  let { preamble, body } = markers;
  const markedTail = [recipients, signature].filter((x) => x >= 0).reduce((a, b) => Math.min(a, b), text.length);
  // Annexes after the signature ("PHỤ LỤC ⏎ DANH MỤC … ⏎ (Kèm theo Quyết định số …)") are parts of their own.
  // Every attached line says "kèm" (ATTACHED_TO, any case): without one after the signature, neither
  // an annex nor an attached document; found once for both.
  KEM.lastIndex = markedTail;
  const kem = markedTail < text.length && KEM.test(text) ? KEM.lastIndex : -1;
  const annexes = kem >= 0 ? annexStarts(text, markedTail) : [];
  // The plan or regulation the decision promulgates, after the signature: its body, read as the decision's.
  const attached = kem >= 0 ? attachedStart(text, markedTail, annexes.length ? annexes[0] : text.length, kem) : -1;
  const ownEnd = attached >= 0 ? attached : annexes.length ? annexes[0] : text.length;
  // A second document after the first one's end, before any annex or attached document: another's text.
  const other = markedTail < text.length
    ? secondDocumentStart(text, markedTail, ownEnd, true)
    : secondDocumentStart(text, Math.max(from, preamble, body), ownEnd);
  const tailStart = other >= 0 ? Math.min(markedTail, other) : markedTail;
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
  const tailEnd = other >= 0 ? other : ownEnd;
  if (recipients >= 0 && (signature < 0 || recipients < signature)) {
    push("recipients", recipients, signature > recipients && signature < tailEnd ? signature : tailEnd);
    if (signature > recipients && signature < tailEnd) push("signature", signature, tailEnd);
  } else if (signature >= 0) {
    push("signature", signature, recipients > signature && recipients < tailEnd ? recipients : tailEnd);
    if (recipients > signature && recipients < tailEnd) push("recipients", recipients, tailEnd);
  }
  if (other >= 0) push("other", other, ownEnd);
  if (attached >= 0) push("body", attached, annexes.length ? annexes[0] : text.length);
  for (let i = 0; i < annexes.length; i++) push("annex", annexes[i], i + 1 < annexes.length ? annexes[i + 1] : text.length);
  return parts;
}

/**
 * The article that sets the date of effect ("Quyết định này có hiệu lực ..."), often followed by
 * the one naming who carries the decision out: the closing part runs from it to the signature.
 */
function closingArticle(text: string, articles: readonly number[], body: number, end: number): number {
  for (let i = articles.length - 1; i >= 0 && articles[i] > body; i--) {
    const article = text.slice(articles[i], i + 1 < articles.length ? articles[i + 1] : end);
    if (IN_FORCE_NOUN_AT.test(article) && IN_FORCE.test(article)) return articles[i];
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

const SECTION_HEADING = /^[ \t*_#]*(?:[IVXLC]+|\d+|[A-ZĐ])[ \t]*[.)][ \t]/u;
