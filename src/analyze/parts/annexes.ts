/**
 * After the signature: the annexes ("PHỤ LỤC II ⏎ (Kèm theo Quyết định số …)") and the document a decision
 * promulgates ("QUY ĐỊNH … ⏎ (Ban hành kèm theo Quyết định số …)").
 */
import { phraseSource } from "../../vocab/phrases.js";
import { ANNEX_WORDS, ATTACHED_DOCUMENT_WORDS } from "../../vocab/parts.js";
import { ATTACHED_TO } from "../../vocab/cues.js";
import { markClass } from "../../shared/chars.js";
import { isBlank } from "../sentences.js";
import { LINE_PREFIX, lineAfter } from "./lines.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** "PHỤ LỤC II", "DANH MỤC VĂN BẢN …", "**Phụ lục**": an annex's first line, its word capitalised. */
const ANNEX_LINE = lazyRegExp(() => new RegExp(String.raw`^[ \t*_#]*(?:${phraseSource(ANNEX_WORDS, { anyCase: true })})(?![\p{L}\p{N}])`, "u"));
/** "(Kèm theo Quyết định số …)", "*(Ban hành kèm theo Kế hoạch số …)*": what an annex is attached to. */
const ATTACHED_LINE = lazyRegExp(() => new RegExp(String.raw`^[ \t*_]*\(?[ \t*_]*(?:${phraseSource(ATTACHED_TO)})(?![\p{L}\p{N}])`, "iu"));
/** What may stand before an annex line's first word: spaces, Markdown's marks, the parenthesis. */
const ANNEX_MARKUP = markClass(new Uint8Array(0x10000), /[ \t\r*_#(]/);
/** The letters an annex's word or an attached line's word opens with (P, D, K, B in either case). */
const OPENS_ANNEX = markClass(new Uint8Array(0x10000), /[PpDdKkBb]/);
/** "kèm" in any case ATTACHED_LINE reads (the Kelvin sign folds to "k" there too). */
export const KEM = /[kK\u212a][\u00e8\u00c8][mM]/g;
/** An annex's heading runs over a few lines before the line saying what it is attached to. */
const ANNEX_HEADING_LINES = 6;

/**
 * Where the document a decision promulgates begins after its signature, or -1: a line in capitals
 * opening with ATTACHED_DOCUMENT_WORDS, then within a few lines one saying what it is attached to
 * ("(Ban hành kèm theo Quyết định số …)"). Only between `from` and `to` (the first annex).
 */
export function attachedStart(text: string, from: number, to: number, kem: number): number {
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
    if (kindLine >= 0 && ATTACHED_LINE().test(head)) return kindLine;
    if (mayBeKind && ATTACHED_KIND_LINE().test(head)) {
      kindLine = start;
      linesSince = 0;
    } else if (kindLine >= 0 && ++linesSince >= ANNEX_HEADING_LINES) kindLine = -1;
  }
  return -1;
}
/** "KẾ HOẠCH", "QUY ĐỊNH VỀ QUẢN LÝ …": a kind word in capitals opening a line with no lower-case letter. */
const ATTACHED_KIND_LINE = lazyRegExp(() => new RegExp(String.raw`^[ \t*_#]*(?:${phraseSource(ATTACHED_DOCUMENT_WORDS, { keepCase: true })})(?![\p{L}\p{N}])[^\p{Ll}]*$`, "u"));
/** What ATTACHED_KIND_LINE takes before the kind word. */
const KIND_MARKUP = markClass(new Uint8Array(0x10000), /[ \t*_#]/);
/** The letters ATTACHED_KIND_LINE's kind words open with, in their own case (it reads them so). */
const OPENS_ATTACHED_KIND = markClass(new Uint8Array(0x10000), new RegExp(`[${ATTACHED_DOCUMENT_WORDS.map((w) => w.trim()[0]).join("")}]`, "u"));

/**
 * Where each annex after the signature begins: a line opening with ANNEX_WORDS, with a line saying
 * what it is attached to among the next few. One pass over the lines from `from` on; called only
 * where "kèm" stands after `from` (KEM).
 */
export function annexStarts(text: string, from: number): number[] {
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
    if (heading >= 0 && ATTACHED_LINE().test(head)) {
      out.push(heading);
      heading = -1;
      continue;
    }
    if (ANNEX_LINE().test(head)) {
      // The first of several heading lines opens the annex ("PHỤ LỤC ⏎ DANH MỤC …").
      if (heading < 0 || linesSince >= ANNEX_HEADING_LINES) heading = start;
      linesSince = 0;
    } else if (heading >= 0 && ++linesSince >= ANNEX_HEADING_LINES) heading = -1;
  }
  return out;
}
