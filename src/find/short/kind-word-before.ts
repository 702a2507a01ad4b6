/**
 * Whether a kind word or "số" ends right before a number ("Nghị định 64", "Quyết định số 2210"): most
 * numbers are ruled out by the last letter before them.
 */
import { isBreakAt, isWhitespaceAt } from "../../shared/chars.js";
import { asPrepared } from "../../prepare/as-read.js";
import { KIND_ENDING_LAST, KIND_ENDINGS } from "../patterns.js";
import { IGNORABLES } from "../../vocab/look-alikes.js";
import { inLowerCase } from "../../shared/lower-case.js";

/** The last letters of KIND_ENDINGS, both cases, by UTF-16 code: most numbers are ruled out by one look-up. */
const LAST_LETTER = new Uint8Array(0x10000);
for (const c of KIND_ENDING_LAST) LAST_LETTER[c.charCodeAt(0)] = 1;
// A combining mark, from decomposed text, is looked at whole; so is what prints nothing after a word's last letter ("định\u00ad 61").
for (let c = 0x300; c <= 0x36f; c++) LAST_LETTER[c] = 1;
for (const c of IGNORABLES) LAST_LETTER[c.charCodeAt(0)] = 1;

/** Whether whitespace stands before `at`, and before it a letter a kind word or "số" may end with. */
export function mayEndKindWordBefore(text: string, at: number): boolean {
  let end = at;
  if (end === 0 || !isWhitespaceAt(text, end - 1)) return false;
  while (end > 0 && isWhitespaceAt(text, end - 1)) end--;
  return end > 0 && LAST_LETTER[text.charCodeAt(end - 1)] === 1;
}

/** Is the word right before `at` (whitespace between, a line break too) the last syllable of a kind word or "số"? */
export function kindWordEndsBefore(text: string, at: number): boolean {
  let end = at;
  if (end === 0 || !isWhitespaceAt(text, end - 1)) return false;
  while (end > 0 && isWhitespaceAt(text, end - 1)) end--;
  // "ngày 23", "năm 2018": the word's last letter already rules most numbers out.
  if (end === 0 || LAST_LETTER[text.charCodeAt(end - 1)] === 0) return false;
  let start = end;
  // Back to a break between words: a U+FEFF inside the word ("Nghị địn\uFEFFh 64") is none.
  while (start > 0 && end - start <= 12 && !isBreakAt(text, start - 1)) start--;
  let word = text.slice(start, end);
  // A decomposed word ("đi\u0323nh"), one with a look-alike ("ðịnh", "ð" for "đ") or with what prints
  // nothing ("đị\u200cnh", a page's zero-width joiner) is asked again composed and repaired, as the kind
  // word is read after it, by the same call: a second call site, first reached by the first
  // decomposed text, cost this function a deopt.
  for (let composed = false; ; composed = true) {
    // inLowerCase, not toLowerCase: most words are in lower case already, and toLowerCase of a Vietnamese word is a runtime call.
    if (KIND_ENDINGS.has(inLowerCase(word))) return true;
    if (composed) return false;
    const nfc = asPrepared(word);
    if (nfc === word) return false;
    word = nfc;
  }
}
