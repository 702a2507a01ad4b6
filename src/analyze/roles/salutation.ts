/**
 * A letter's body opening run on after its salutation block (salutation and addressees on one line
 * with it): the opening cue ("Thực hiện …") does not open its clause, yet it opens the body.
 */
import { ADDRESSEE_NOTE_WORDS, SALUTATION_WORDS } from "../../vocab/cues.js";
import { phraseSource } from "../../vocab/phrases.js";
import { lazyRegExp } from "../../shared/lazy-regexp.js";

/** How far back on its line the salutation may stand before the cue: a list of addressees and a date. */
const SALUTATION_CHARS = 400;
/**
 * "Kính gửi: <addressees> " right before the cue, on one line: no sentence's end between, the
 * addressees' names only (a date line may stand before the salutation on the same line).
 */
const AFTER_ADDRESSEES = lazyRegExp(() => new RegExp(String.raw`(?:^|[\s|])(?:${phraseSource(SALUTATION_WORDS)})\s*:[^\n.;!?:]*[\p{L}\p{N})]\s+$`, "iu"));
/** "(Sau đây gọi chung là các đơn vị) " opening the cue's line: the addressee list's closing note. */
const AFTER_ADDRESSEE_NOTE = new RegExp(String.raw`^[ \t]*\((?:${phraseSource(ADDRESSEE_NOTE_WORDS)})[^()\n]{1,80}\)[ \t]+$`, "iu");

/**
 * Whether the capitalised cue at `at` opens a letter's body run on after its salutation block: after
 * "Kính gửi: …" on its line, or after the note closing the addressees at the line's start.
 */
export function opensAfterSalutation(text: string, at: number): boolean {
  // charAt, not text[at]: past the end it gives "" (no capital), where undefined.toLowerCase() would throw.
  const c = text.charAt(at);
  if (c === c.toLowerCase()) return false;
  let line = at;
  const least = Math.max(0, at - SALUTATION_CHARS);
  while (line > least && text.charCodeAt(line - 1) !== 10) line--;
  const before = text.slice(line, at);
  return AFTER_ADDRESSEES().test(before) || AFTER_ADDRESSEE_NOTE.test(before);
}
