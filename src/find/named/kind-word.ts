/**
 * The kind word of a law, code or ordinance ("Luật", "Bộ luật", "Pháp lệnh"): how it is found (as
 * written, NFD too), what it is not ("pháp luật", "luật sư"), and its kind.
 */
import type { Kind } from "../../types.js";
import { NAMED_KINDS, NOT_A_LAW_AFTER_SCHOOL, NOT_A_LAW_BEFORE } from "../../vocab/laws.js";
import { phraseSource } from "../../vocab/phrases.js";
import { composedWord, isWhitespaceAt, WHITESPACE } from "../../shared/chars.js";
import { ownCopy } from "../../shared/strings.js";
import { capitalUnit, smallUnit } from "../../shared/lower-case.js";
import { afterLostBasisCue, LOST_CUE_SOURCE } from "../lost-cue.js";
const KIND_BY_WORD = new Map(NAMED_KINDS.flatMap((k) => k.words.map((w) => [w.toLowerCase(), k.kind] as const)));
/** The kind word, as a whole word: "Luật", "LUẬT", "Bộ luật", "pháp lệnh". */
export const KIND_WORDS_SOURCE = phraseSource(NAMED_KINDS.flatMap((k) => k.words));
// Its end is namedMentionAt's to check (a capital run into it may open its name, runIntoName): under the "i"
// flag a look-ahead cannot tell a capital from a small letter.
// Or run into a "Căn c" whose "ứ " the copy lost ("Căn cLuật phí và lệ phí …", find/lost-cue.ts, which namedMentionAt
// asks for the capital that makes it so).
export const KIND_WORD = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])|(?<=(?<![\p{L}\p{N}\p{M}])${LOST_CUE_SOURCE}))(?:${KIND_WORDS_SOURCE})`,
  "giu",
);
export const KIND_AT = new RegExp(KIND_WORDS_SOURCE, "iuy");
/**
 * Whether the kind word ending at `kindEnd` is run into its name: "Căn cứ LuậtTổ chức HĐND và UBND được
 * Quốc hội … thông qua ngày 26/11/2003" (fresh30w 015), "… Điều 53 của LuậtKý kết, gia nhập và thực hiện
 * điều ước quốc tế năm 2005" (fresh30w 019), "… của LuậtKhiếu nại, tố cáo;" (fresh31a 007): a copy that
 * joined a page's pieces lost the space after the kind word. A small letter, then a capital, is where two
 * words meet (as in a name, identify/named.ts CAMEL); in capitals ("LUẬTĐẤT") or in small letters
 * ("pháp luậtcủa") no word's end shows, and the word is none.
 */
export function runIntoName(text: string, kindEnd: number): boolean {
  return kindEnd > 0 && smallUnit(text.charCodeAt(kindEnd - 1)) && capitalUnit(text.charCodeAt(kindEnd));
}
/** The kind of a kind word as written ("LUẬT", "Bộ  luật"), remembered: a text writes its few ways again and again. */
export function kindOfWritten(written: string): Kind | undefined {
  let kind = KIND_WRITTEN.get(written);
  if (kind === undefined && !KIND_WRITTEN.has(written)) {
    kind = KIND_BY_WORD.get(written.toLowerCase().replace(/\s+/g, " "));
    if (KIND_WRITTEN.size >= 1024) KIND_WRITTEN.clear();
    KIND_WRITTEN.set(ownCopy(written), kind);
  }
  return kind;
}
const KIND_WRITTEN = new Map<string, Kind | undefined>();
/** The word before "luật" or "lệnh" that makes "Bộ luật" or "Pháp lệnh", read backwards from the kind word. */
const BEFORE_LUAT_WORDS = new Set(["bộ", "BỘ", "Bộ"]);
const BEFORE_LENH_WORDS = new Set(["pháp", "PHÁP", "Pháp"]);
/** A letter, digit or combining mark: in decomposed text a word's last letter may be a mark ("tư" + "Luật"). */
export const WORDISH = /[\p{L}\p{N}\p{M}]/u;
/** "quy phạm pháp luật", "dự luật", "kỷ luật" (NOT_A_LAW_BEFORE), "luật sư", "luật gia": "luật" is not a kind word there. */
export const NOT_A_KIND_BEFORE_WORDS = new Set(NOT_A_LAW_BEFORE);
// A school of law ("Trường Đại học Luật Hà Nội": NOT_A_LAW_AFTER_SCHOOL) is two words back, matched whole.
export const NOT_A_KIND_BEFORE = new RegExp(`(?:${[...NOT_A_KIND_BEFORE_WORDS].join("|")}|(?<![\\p{L}\\p{N}\\p{M}])(?:${phraseSource(NOT_A_LAW_AFTER_SCHOOL)}))\\s*$`, "iu");
/**
 * Whether text[from, to) may end as NOT_A_KIND_BEFORE matches, composed or not: false where the last
 * character before the trailing whitespace (`\s`, WHITESPACE) is one no match ends with, an ASCII or
 * precomposed Latin letter or sign other than the last letters of the words and phrases, in either
 * case (NOT_A_KIND_LAST), or where there is none. Such a character is one composing (NFC, composedWord)
 * leaves as it is, so the answer holds for the composed string too. Asked before the regex (and
 * before composing the string), which a "u" regex tried at each of its 12–16 characters: ~2,000
 * calls a devx5 extract() pass at ~600 instructions each, most after "cứ", "của", "theo", "các".
 */
export function mayEndNotAKind(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && WHITESPACE[text.charCodeAt(i)] === 1) i--;
  return i >= from && NOT_A_KIND_LAST[text.charCodeAt(i)] === 1;
}
/**
 * 1 but where NOT_A_KIND_BEFORE's last character cannot be: ASCII and the Latin letters Vietnamese
 * writes precomposed (U+00C0–U+024F, U+1EA0–U+1EFF) other than the last letters of NOT_A_LAW_BEFORE
 * and NOT_A_LAW_AFTER_SCHOOL in any case ("p", "ự", "i", "m", "ỷ", "y", "g", "c"). A combining mark,
 * another script or a surrogate stays 1: the regex decides.
 */
const NOT_A_KIND_LAST: Uint8Array = (() => {
  const table = new Uint8Array(0x10000).fill(1);
  const last = new RegExp(`[${[...NOT_A_LAW_BEFORE, ...NOT_A_LAW_AFTER_SCHOOL].map((w) => w.normalize("NFC").at(-1)).join("")}]`, "iu");
  for (const [lo, hi] of [[0, 0x7f], [0xc0, 0x24f], [0x1ea0, 0x1eff]]) for (let c = lo; c <= hi; c++) if (!last.test(String.fromCharCode(c))) table[c] = 0;
  return table;
})();
export const NOT_A_KIND_AFTER = /^\s*(?:sư|pháp|định|lệ|gia|này|nói\s+trên|nêu\s+trên)(?![\p{L}\p{N}])/iu;
/**
 * Where the kind word holding a rhyme starts: "luật" two letters back (or "Bộ luật" before it),
 * "lệnh" one letter back after "Pháp"; -1 when the rhyme is in another word.
 */
export function kindWordStart(text: string, rhyme: number, isLuat: boolean): number {
  const word = isLuat ? rhyme - 2 : rhyme - 1;
  if (word < 0) return -1;
  const l = text.charCodeAt(word) | 0x20;
  if (l !== 0x6c || (isLuat && (text.charCodeAt(word + 1) | 0x20) !== 0x75)) return -1;
  if (word > 0 && WORDISH.test(text[word - 1]) && !afterLostBasisCue(text, word)) return -1;
  // "pháp luật", the commonest by far, settled before anything is sliced or composed.
  if (isLuat && text.startsWith("pháp ", word - 5)) return -1;
  // The word before, as written (NFD too), read back by hand within PREVIOUS_REACH characters:
  // where it starts, and whether, composed, it is the "Bộ" of "Bộ luật" or the "Pháp" of "Pháp lệnh".
  const from = previousWordStart(text, word);
  const previous = from < 0 ? "" : composedWord(text.slice(from, trimEnd(text, from, word)));
  if (isLuat) return BEFORE_LUAT_WORDS.has(previous) ? from : word;
  return BEFORE_LENH_WORDS.has(previous) ? from : -1;
}

/** How far back the word before a kind word is looked for. */
const PREVIOUS_REACH = 10;

/**
 * Where the word before `at` starts: past whitespace (at least one character of it), then back to
 * whitespace or to PREVIOUS_REACH characters before `at`; -1 when no whitespace comes first.
 */
function previousWordStart(text: string, at: number): number {
  const limit = Math.max(0, at - PREVIOUS_REACH);
  let i = at;
  while (i > limit && isWhitespaceAt(text, i - 1)) i--;
  if (i === at || i === limit) return -1;
  while (i > limit && !isWhitespaceAt(text, i - 1)) i--;
  return i;
}

/** Where the word starting at `from` ends, before the whitespace that runs up to `to`. */
function trimEnd(text: string, from: number, to: number): number {
  let j = from;
  while (j < to && !isWhitespaceAt(text, j)) j++;
  return j;
}
