/**
 * A second document printed in the same file after the first one's end: a letter followed by the
 * letter it attaches, with its own "CỘNG HÒA … ⏎ Độc lập - Tự do - Hạnh phúc ⏎ Số: …" heading; a page
 * printing, after a decision's "(Đã ký)", another decision ("QUYẾT ĐỊNH ⏎ Ban hành … ⏎ Căn cứ …").
 * Its "Căn cứ" and "Theo đề nghị" are that document's, not the file's own.
 */
import { phraseSource } from "../../vocab/phrases.js";
import { DOCUMENT_END_WORDS, MOTTO_SECOND_LINE_WORDS, SECOND_DOCUMENT_KIND_WORDS, SIGNATURE_OPENING_SOURCE, SIGNATURE_PREFIXES } from "../../vocab/parts.js";
import { BASIS_HEAD_WORDS } from "../../vocab/cues.js";
import { isBlank } from "../sentences.js";
import { markClass } from "../../shared/chars.js";
import { LINE_PREFIX, lineAfter } from "./lines.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** "Nơi nhận:", "(Đã ký)", "KT. CHỦ TỊCH": the first document has ended. */
const END_LINE = lazyRegExp(() => new RegExp(
  String.raw`^[ \t*_#(~-]*(?:(?:${phraseSource(DOCUMENT_END_WORDS, { anyCase: true })})(?![\p{L}\p{N}])|${SIGNATURE_OPENING_SOURCE})`,
  "u",
));
/** What END_LINE takes before its first word. */
const END_MARKUP = markClass(new Uint8Array(0x10000), /[ \t*_#(~-]/);
/** The letters END_LINE's words open with ("Nơi", "Noi", "Đã", "TM", "KT", "Q", "TL", "TUQ"), in either case. */
const OPENS_END = markClass(new Uint8Array(0x10000), new RegExp(`[${[...DOCUMENT_END_WORDS, ...SIGNATURE_PREFIXES].map((w) => w[0].toUpperCase() + w[0].toLowerCase()).join("")}]`, "u"));
/** "Độc lập - Tự do - Hạnh phúc" (the motto's second line, anywhere on a flattened heading's line). */
const MOTTO_LINE = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${phraseSource(MOTTO_SECOND_LINE_WORDS, { anyCase: true })})[ \t]*[-–—]`, "u"));
/** "QUYẾT ĐỊNH" alone on its line (no colon: "QUYẾT ĐỊNH:" is an enacting line). */
const KIND_LINE = new RegExp(String.raw`^[ \t*_#]*(?:${phraseSource(SECOND_DOCUMENT_KIND_WORDS, { keepCase: true })})[ \t*_]*$`, "u");
/** A preamble's line: "Căn cứ …". */
const BASIS_LINE = lazyRegExp(() => new RegExp(String.raw`^[ \t*_#-]*(?:${phraseSource(BASIS_HEAD_WORDS, { anyCase: true })})(?![\p{L}\p{N}])`, "u"));
/** The kind line, its title, a rule and the issuer's authority line come before the preamble's first "Căn cứ". */
const KIND_TO_BASIS_LINES = 8;

/**
 * Where a second document opens between `from` and `to`, or -1: after a line that ends the first
 * (END_LINE; `ended`: the signature or "Nơi nhận" found by the parts' walk is `from`), the line above a motto's "Độc lập - …" line, or a kind line with a "Căn cứ" line among
 * the next few. One pass over the lines; most are passed by on their first character.
 */
export function secondDocumentStart(text: string, from: number, to: number, ended = false): number {
  let previous = -1;
  let kindLine = -1;
  let linesSince = 0;
  for (let next = lineAfter(text, from - 1); next >= 0 && next < to; ) {
    const start = next;
    const nl = text.indexOf("\n", start);
    next = nl < 0 ? -1 : nl + 1;
    const end = nl < 0 ? text.length : nl;
    if (!ended) {
      // Most lines open with another letter than an end's word: passed by unread.
      let k = start;
      while (k < end && END_MARKUP[text.charCodeAt(k)] === 1) k++;
      if (k < end && OPENS_END[text.charCodeAt(k)] === 1 && END_LINE().test(text.slice(start, Math.min(end, start + LINE_PREFIX)))) ended = true;
      continue;
    }
    if (isBlank(text, start, end)) continue;
    const head = text.slice(start, Math.min(end, start + LINE_PREFIX));
    if (MOTTO_LINE().test(head)) return previous >= 0 ? previous : start;
    if (kindLine >= 0 && BASIS_LINE().test(head)) return kindLine;
    if (KIND_LINE.test(head)) {
      kindLine = start;
      linesSince = 0;
    } else if (kindLine >= 0 && ++linesSince >= KIND_TO_BASIS_LINES) kindLine = -1;
    previous = start;
  }
  return -1;
}
