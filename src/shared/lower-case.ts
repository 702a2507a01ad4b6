/**
 * Lower case without String.prototype.toLowerCase where it can be helped: for a string of two-byte
 * characters (any word with a Vietnamese letter) V8 lowers it through ICU, a call costing
 * thousands of instructions; the passes that ask the lower case of every word they read (the
 * name reader, the grammar's place words) ask here.
 */
import { markClass } from "./chars.js";
import { BoundedCache } from "./memo.js";

/**
 * A word in lower case: most words of a name are so already, and are returned as they are.
 * toLowerCase of a Vietnamese word (a two-byte string) is a call into ICU and a new string: a
 * word that changes is lowered once and remembered (LOWERED), since texts repeat their words
 * ("Luật", "Tổ", "Chính", "Đất"): the toLowerCase calls were half the name reader's time.
 */
export function inLowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) if (CHANGES_WHEN_LOWERCASED[word.charCodeAt(i)] === 1) return lowered(word);
  return word;
}

/** Words lowered, by their text: bounded, so that no text's odd words make it grow without end. */
const LOWERED = new BoundedCache<string>(4096);
const toLower = (word: string): string => word.toLowerCase();
const lowered = (word: string): string => LOWERED.get(word, toLower);

/** 1 where toLowerCase changes the code unit (a test holds it to that); a surrogate leaves it to toLowerCase. */
export const CHANGES_WHEN_LOWERCASED = markClass(new Uint8Array(0x10000), /\p{Changes_When_Lowercased}/u);
CHANGES_WHEN_LOWERCASED.fill(1, 0xd800, 0xe000);

/**
 * Whether a code unit is a capital as `s[k] !== s[k].toLowerCase()` tells it, by the table that holds
 * what toLowerCase changes (a test holds it to that), without the one-letter string and the call
 * the name rules (named.ts) made for a word's first letter; half a surrogate pair is none, as toLowerCase leaves it.
 */
export const capitalUnit = (c: number): boolean => CHANGES_WHEN_LOWERCASED[c] === 1 && (c < 0xd800 || c >= 0xe000);

/** 1 where toUpperCase changes the code unit: a small letter (a test holds it to that); a surrogate, left alone by toUpperCase, is none. */
const CHANGES_WHEN_UPPERCASED = markClass(new Uint8Array(0x10000), /\p{Changes_When_Uppercased}/u);
CHANGES_WHEN_UPPERCASED.fill(0, 0xd800, 0xe000);

/** Whether a code unit is a small letter as `s[k] !== s[k].toUpperCase()` tells it, without the one-letter string and ICU's call. */
export const smallUnit = (c: number): boolean => CHANGES_WHEN_UPPERCASED[c] === 1;
