/**
 * The lines a page prints a letter (or any signed document) with: its addressee line, its end, a signature's mandate.
 * Read by the analysis of a page with no heading of its own (analyze/self/unheaded-page.ts) and by the short forms of
 * a page's title line (extract/short-mentions.ts).
 */
import { phraseSource } from "../vocab/phrases.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";
import { ADDRESSEE_WORDS, DOCUMENT_END_WORDS, PARTY_SIGNATURE_PREFIXES, SIGNATURE_OPENING_SOURCE } from "../vocab/parts.js";

/** A line that opens as a letter's own do: its addressee line ("Kính gửi:"), its end ("Nơi nhận", "(Đã ký)"), a signature's mandate. */
export const LETTER_FORM = lazyRegExp(() => new RegExp(
  String.raw`\n[ \t*_(]{0,8}(?:(?:${phraseSource(ADDRESSEE_WORDS, { anyCase: true })})[ \t]{0,4}:|(?:${phraseSource(DOCUMENT_END_WORDS, { anyCase: true })})(?![\p{L}\p{N}])|${SIGNATURE_OPENING_SOURCE}|(?:${PARTY_SIGNATURE_PREFIXES.map((p) => p.replace("/", "\\/")).join("|")})[ \t]{1,4}\p{Lu}\p{Lu})`,
  "u",
));
/** How far below a title line the letter's addressee line or signature may stand: a letter's few paragraphs. */
export const LETTER_FORM_REACH = 4000;
