/**
 * The word lists the name rules ask at every word, split once by their first word (byFirstWord), and
 * the small tests on words all of them share: a kind word's start, "sửa đổi" opening a name, a
 * pinpoint ("Điều 6"), another document's kind word and number, a list of numbers' next member.
 */
import { KINDS } from "../../vocab/kinds.js";
import { isDigitCode } from "../../shared/chars.js";
import { PINPOINT_WORDS } from "../../vocab/cues.js";
import { BARE_NAME_STOP_PHRASES, BARE_NAME_STOPS, LONG_BARE_NAMES, NAME_ENACTED, NAME_ENDINGS, NAME_GOES_ON, NAMED_KINDS, NOT_IN_NAME_AFTER_COMMA } from "../../vocab/laws.js";
import { Words } from "../words.js";
export const BARE_STOPS = new Set(BARE_NAME_STOPS);
/** No law's name opens with these: a name opens with its subject ("Luật Đất đai"), not "về thuế", "của HĐND". */
export const NOT_A_NAME_START = new Set([...BARE_NAME_STOPS, "của"]);
const OTHER_KINDS = [...new Set(KINDS.flatMap((k) => k.words.map((w) => w.toLowerCase())))];
/** What joins the members of a list of numbers: "số 77/…; số 120/… và số 161/…". */
const NUMBER_LIST_JOINERS = new Set(["và", ",", ";", "hoặc"]);
/** "và số 161/…" at `i` ("số" after a list's joiner, then a number): the next member of a list, not a name's number. */
export const nextMembersNumberAt = (words: Words, i: number): boolean =>
  words.get(i)?.lower === "số" && NUMBER_LIST_JOINERS.has(words.get(i - 1)?.lower ?? "") && isDigitCode((words.get(i + 1)?.text ?? "").charCodeAt(0));

/** A kind word, capitalised (or in a lower-cased summary), then its number: "Nghị định số 43/…", "Thông tư 02/…". */
export function otherNumberedKindAt(words: Words, i: number, anyCase = false): boolean {
  const word = words.get(i)!;
  if (!anyCase && word.text.charCodeAt(0) === word.lower.charCodeAt(0) && !words.lowerCased) return false;
  const kind = firstPhraseAt(words, i, OTHER_KINDS_BY_FIRST.get(word.lower));
  if (kind === undefined) return false;
  const after = words.get(i + kind.length);
  if (after === undefined) return false;
  // In lower case only with "số": "và nghị định số 187/…" (a kind word and a bare number may be prose).
  if (anyCase && after.lower !== "số") return false;
  const number = after.lower === "số" ? words.get(i + kind.length + 1) : after;
  return number !== undefined && isDigitCode(number.text.charCodeAt(0));
}
/** The pinpoint words ("Điều", "khoản", "phụ lục"), split; a pinpoint is one followed by its number. */
const PINPOINT_PARTS = PINPOINT_WORDS.map((p) => p.split(" "));
export const PINPOINT_FIRST = new Set(PINPOINT_PARTS.map((p) => p[0]));
const PINPOINT_NUMBER = /^(?:\d{1,3}[a-zđ]?|[IVXLC]{1,6}|[a-zđ])$/u;
export function pinpointAt(words: Words, i: number): boolean {
  for (const parts of PINPOINT_PARTS) {
    if (partsAt(words, i, parts)) return PINPOINT_NUMBER.test(words.get(i + parts.length)?.text ?? "");
  }
  return false;
}

/**
 * Whether the name opens "sửa đổi": an amending law's. Also "sửa đi, bổ sung", as pages copied from a
 * database that drops some marked letters write it ("Luật sửa đi, bổ sung một số điều của Luật Tổ chức
 * Chính phủ …": fresh52e-002, fresh46d-017): "sửa đi" before ", bổ sung" is no prose.
 */
export const amends = (words: Words): boolean =>
  words.get(0)?.lower === "sửa" &&
  (words.get(1)?.lower === "đổi" || (words.get(1)?.lower === "đi" && words.get(2)?.text === "," && words.get(3)?.lower === "bổ"));

/** The kind words of laws, codes and ordinances, lower-cased; those of more than one syllable ("bộ luật", "pháp lệnh"). */
const NAMED_KIND_WORDS = NAMED_KINDS.flatMap((k) => k.words.map((w) => w.toLowerCase()));
const LONG_KIND_BY_FIRST = byFirstWord(NAMED_KIND_WORDS.filter((w) => w.includes(" ")));
export const NAMED_KIND_BY_FIRST = byFirstWord(NAMED_KIND_WORDS);
/**
 * "Luật sư", "luật pháp", "luật định", "luật lệ", "luật gia" (a jurist: "Hội Luật gia Việt Nam" among a
 * letter's addressees): the word after "luật" that makes it no kind word.
 */
export const NOT_A_KIND_NEXT = new Set(["sư", "pháp", "định", "lệ", "gia"]);

export function startsKindWord(words: Words, i: number, kinds: ReadonlyMap<string, string[][]> = LONG_KIND_BY_FIRST): boolean {
  return phraseOfAt(words, i, kinds);
}

/** A phrase's words, lower-cased, at words[i] and on. */
export function partsAt(words: Words, i: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (words.get(i + k)?.lower !== parts[k]) return false;
  return true;
}

/** The words a phrase list's phrases can start with. */
const firstWords = (phrases: readonly string[]): Set<string> => new Set(phrases.map((p) => p.split(" ")[0]));
/**
 * The phrase lists the name rules try at every word, split once, by their first word: a rule tries
 * at a word only those that open with it (the others cannot match there), in the list's order,
 * without a closure per word. Every enactment phrase was tried, each by a closure, at every "của"
 * of a name (the phrases "của Quốc hội" open with it), as every cue at a line's first word.
 */
export function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const parts = p.split(" ");
    const list = out.get(parts[0]);
    if (list) list.push(parts);
    else out.set(parts[0], [parts]);
  }
  return out;
}
export const ENACTED_BY_FIRST = byFirstWord(NAME_ENACTED);
export const GOES_ON_BY_FIRST = byFirstWord(NAME_GOES_ON);
export const ENDINGS_BY_FIRST = byFirstWord(NAME_ENDINGS);
export const BARE_STOP_PHRASES_BY_FIRST = byFirstWord(BARE_NAME_STOP_PHRASES);
export const LONG_BARE_NAMES_BY_FIRST = byFirstWord(LONG_BARE_NAMES);

/** The first of `phrases` (split; undefined for none) at words[i], or undefined. */
export function firstPhraseAt(words: Words, i: number, phrases: readonly (readonly string[])[] | undefined): readonly string[] | undefined {
  if (phrases === undefined) return undefined;
  for (let k = 0; k < phrases.length; k++) if (partsAt(words, i, phrases[k])) return phrases[k];
  return undefined;
}
export const OTHER_KINDS_BY_FIRST = byFirstWord(OTHER_KINDS);
export const NOT_IN_NAME_AFTER_COMMA_BY_FIRST = byFirstWord(NOT_IN_NAME_AFTER_COMMA);
export const NAMED_KIND_FIRST = firstWords(NAMED_KIND_WORDS);

/** Whether one of the phrases of `byFirst` (byFirstWord) is at words[i]. */
export function phraseOfAt(words: Words, i: number, byFirst: ReadonlyMap<string, string[][]>): boolean {
  const w = words.get(i);
  return w !== undefined && firstPhraseAt(words, i, byFirst.get(w.lower)) !== undefined;
}
