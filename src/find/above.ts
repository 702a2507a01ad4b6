import { isWhitespaceAt, LETTER_DIGIT_OR_MARK, markClass } from "../shared/chars.js";
import type { KindEntry } from "../vocab/kinds.js";
import { prepare } from "../prepare/prepare.js";
import { KINDS, kindByWord } from "../vocab/kinds.js";
import { phraseSource } from "../vocab/phrases.js";
import { hasCapital } from "./words.js";
import { inLowerCase } from "../shared/lower-case.js";
import { NAMED_ABOVE_KINDS, NAMED_ABOVE_LOWER_KINDS, NAMED_ABOVE_PLURAL, NAMED_ABOVE_WORDS } from "../vocab/cues.js";
import { itself, lastAtOrBefore } from "../shared/search.js";
import type { TakenSpans } from "./taken-spans.js";

// A kind word pointing back with no number ("Thông tư nêu trên"): moved out of short.ts (one job),
// its code as it was; short.ts re-exports findAboveMentions and AboveMention.


/**
 * "theo Thông tư nêu trên", "Quyết định nói trên": a document named again by its kind word and
 * words pointing back (NAMED_ABOVE_WORDS), no number. Offsets are into the text searched; the span
 * is the kind word and those words.
 */
export interface AboveMention {
  start: number;
  end: number;
  kind: KindEntry;
  kindEnd: number;
  /** Where the pointing words start. */
  wordsStart: number;
}

/**
 * The pointing words, composed or decomposed (as a PDF extractor gives them), any whitespace
 * between their syllables, as whole words. Each branch opens with a literal: linear on any text.
 * Sticky: tried only where aboveStarts says a phrase may start.
 */
const ABOVE_WORDS = new RegExp(
  String.raw`(?:${phraseSource([...NAMED_ABOVE_WORDS, ...NAMED_ABOVE_WORDS.map((w) => w.normalize("NFD"))])})(?![\p{L}\p{N}\p{M}])`,
  "yiu",
);
/**
 * A word's last character before the pointing words (a surrogate pair read whole), which makes them
 * part of a longer word. Tested in code, not by a look-behind opening ABOVE_WORDS: V8 then tries
 * the look-behind at every character of the text (a whole extract() pass spent a sixth of its time
 * there); the regex alone first finds the phrases' letters.
 */
const WORD_END = /[\p{L}\p{N}\p{M}]$/u;

/**
 * Every pointing phrase holds "ê" ("nêu trên", "đã nêu", "trên đây"): its key is its first syllable
 * with one ("nêu", "trên"), lower case, composed. The phrases are found from each "ê" of the text
 * (indexOf: "ê", "Ê", and the circumflex U+0302 of a decomposed "e"), read by code, not by running
 * ABOVE_WORDS over the whole text: a global search for phrases opening with "n", "t" or "đ", under
 * `iu`, stopped at a good share of a Vietnamese text's letters (2.5 to 3 times the cost of the
 * three indexOf walks and these tests). test/find/short.test.ts holds the vocabulary to this shape
 * (a key in each phrase's first two syllables, its letters but "ê" ASCII) and the search to
 * ABOVE_WORDS run globally, on random strings of the phrases' syllables.
 */
const ABOVE_PHRASES = NAMED_ABOVE_WORDS.map((w) => w.toLowerCase().split(/\s+/));
const ABOVE_KEYS = [...new Set(ABOVE_PHRASES.map((p) => p.find((s) => s.includes("ê")) ?? ""))];
/** The most code units a syllable before a phrase's key takes, decomposed ("nói": n, o, U+0301, i). */
const ABOVE_LEAD = Math.max(0, ...ABOVE_PHRASES.map((p) => (p[0].includes("ê") ? 0 : p[0].normalize("NFD").length)));
/** 1 for the letters of what a phrase holds around its key, either case: the syllable before it ("nói", "đã"), the one after ("trên", "đây"). */
const firstLetters = (syllables: (string | undefined)[]): Uint8Array =>
  markClass(new Uint8Array(0x10000), new RegExp(`[${[...new Set(syllables.map((s) => s?.[0] ?? ""))].join("")}]`, "iu"));
const LEAD_FIRST = firstLetters(ABOVE_PHRASES.map((p) => (p[0].includes("ê") ? undefined : p[0])));
const AFTER_KEY_FIRST = firstLetters(ABOVE_PHRASES.map((p) => (p[0].includes("ê") ? p[1] : undefined)));
/**
 * The first two units of that next syllable, lower case, composed and decomposed ("tr"; "đâ", "đa" of "đa\u0302y"):
 * "trên địa bàn", the commonest "trên" after a word's start, is ruled out before the regex runs.
 */
const AFTER_KEY_PAIRS = new Set(
  ABOVE_PHRASES.flatMap((p) => (p[0].includes("ê") && p[1] ? [p[1].slice(0, 2), p[1].normalize("NFD").slice(0, 2)] : [])),
);
/** 1 for a BMP letter, digit or mark: what WORD_END tests (a surrogate pair is left to it). */
export const WORD = LETTER_DIGIT_OR_MARK;

/** Each key with where its "ê" stands, asked once, not at each of the text's "ê" (27,000 a pass over 300 plans, 4,500 of them keys). */
const KEYS_AT_E: readonly { key: string; e: number }[] = ABOVE_KEYS.map((key) => ({ key, e: key.indexOf("ê") }));
/**
 * 1 at the letter right before and right after the "ê" of some key, as keyStart compares it ((c | 0x20):
 * "n" and "r" before, "u" and "n" after), where every key has one there. Most of a text's "ê" ("tiêu",
 * "nghiên", "viên", "thêm") are not between those: keyStart asks these two characters before it reads
 * any key, and answers for most of them without the keys' loop (30,000 "ê" a pass over /tmp/p300,
 * a few hundred instructions each in the loop; bench/README.md, Session 47, helper speed47a).
 */
const letterTable = (letters: number[]): Uint8Array | null => {
  if (letters.some((c) => Number.isNaN(c))) return null;
  const table = new Uint8Array(0x10000);
  for (const c of letters) table[c] = 1;
  return table;
};
const BEFORE_KEY_E = letterTable(KEYS_AT_E.map(({ key, e }) => (e > 0 ? key.charCodeAt(e - 1) : NaN)));
const AFTER_KEY_E = letterTable(KEYS_AT_E.map(({ key, e }) => (e + 1 < key.length ? key.charCodeAt(e + 1) : NaN)));

/**
 * Where the key syllable holding text[at] starts ("ê" or "Ê" there, or a circumflex after "e" or "E"
 * when `decomposed`), or -1: the other letters compared in either case ((c | 0x20), ASCII letters only).
 */
function keyStart(text: string, at: number, decomposed: boolean): number {
  if (decomposed && (text.charCodeAt(at - 1) | 0x20) !== 0x65) return -1;
  const back = decomposed ? 1 : 0;
  // No key starts before the text (each has a letter before its "ê"), or ends past it (one after).
  if (BEFORE_KEY_E !== null && (at - 1 - back < 0 || BEFORE_KEY_E[text.charCodeAt(at - 1 - back) | 0x20] !== 1)) return -1;
  if (AFTER_KEY_E !== null && (at + 1 >= text.length || AFTER_KEY_E[text.charCodeAt(at + 1) | 0x20] !== 1)) return -1;
  for (let k = 0; k < KEYS_AT_E.length; k++) {
    const { key, e } = KEYS_AT_E[k];
    const start = at - e - back;
    if (start < 0) continue;
    let i = 0;
    for (; i < key.length; i++) {
      if (i === e) continue;
      const c = text.charCodeAt(i < e ? start + i : at + i - e);
      if ((c | 0x20) !== key.charCodeAt(i)) break;
    }
    if (i === key.length) return start;
  }
  return -1;
}

/** Where each key syllable starts, in order: where a pointing phrase may start, or end its first syllable. */
function keyStarts(text: string): number[] {
  const out: number[] = [];
  let lists = 0;
  for (const [mark, decomposed] of KEY_MARKS) {
    const before = out.length;
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      const start = keyStart(text, at, decomposed);
      if (start >= 0) out.push(start);
    }
    if (out.length > before) lists++;
  }
  return lists > 1 ? out.sort((a, b) => a - b) : out;
}
const KEY_MARKS: readonly (readonly [string, boolean])[] = [["ê", false], ["Ê", false], ["\u0302", true]];

const ABOVE_KIND_WORDS = KINDS.filter((k) => NAMED_ABOVE_KINDS.includes(k.slug)).flatMap((k) => k.words);
/** The kind word right before the pointing words (read composed and repaired), and the word before it. */
const KIND_BEFORE_ABOVE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:([\p{L}\p{N}]+)[ \t\u00a0]+)?(${phraseSource(ABOVE_KIND_WORDS)})[ \t\u00a0\r\n]+$`, "iud");
const PLURAL_BEFORE_ABOVE = new Set(NAMED_ABOVE_PLURAL);
/** How far back of the pointing words their kind word and the word before it are read. */
const ABOVE_LOOK_BACK = 48;
/**
 * 1 for what KIND_BEFORE_ABOVE may read as a kind word's last letter (each word's last, as the
 * regex's `iu` compares it): before it runs (it tries each of the 48 characters as a start), the
 * last character before the blanks at the end is asked. Most pointing phrases follow no kind word
 * (none of the 275 found a pass over the 300 plans follows one).
 */
const ABOVE_KIND_LAST = markClass(
  new Uint8Array(0x10000),
  new RegExp(`[${[...new Set(ABOVE_KIND_WORDS.map((w) => w.trim().toLowerCase().slice(-1)))].join("")}]`, "iu"),
);
/** KIND_BEFORE_ABOVE's blanks after the kind word. */
const isBlankAfterKind = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d || c === 0x0a;
/** Whether `before` ends with blanks after a letter a kind word of ABOVE_KIND_WORDS may end with: else KIND_BEFORE_ABOVE cannot match it. */
function mayEndWithKindWord(before: string): boolean {
  let i = before.length;
  while (i > 0 && isBlankAfterKind(before.charCodeAt(i - 1))) i--;
  return i > 0 && i < before.length && ABOVE_KIND_LAST[before.charCodeAt(i - 1)] === 1;
}

/**
 * Every such mention outside `taken` (the spans of the citations found). The kind word is written
 * with its capital, as a document's name is ("Thông tư nêu trên"), unless the text writes no
 * capitals inside its lines (hasCapital: case tells nothing there) or the kind's word names a document
 * in small letters too ("công văn nêu trên": NAMED_ABOVE_LOWER_KINDS). Not after a word that counts
 * several ("các Quyết định nêu trên").
 */
export function findAboveMentions(text: string, taken: TakenSpans): AboveMention[] {
  const out: AboveMention[] = [];
  let lowerCased: boolean | undefined;
  // Where the next phrase may start: past the last one read, as ABOVE_WORDS run globally goes on.
  let next = 0;
  for (const key of keyStarts(text)) {
    // A phrase that opens with a syllable before its key ("nói trên", "đã nêu"): that syllable is the
    // whole word before the whitespace before the key (a match inside a longer word is none).
    let lead = key;
    while (lead > 0 && isWhitespaceAt(text, lead - 1)) lead--;
    if (lead < key) {
      let word = lead;
      while (word > 0 && lead - word <= ABOVE_LEAD && WORD[text.charCodeAt(word - 1)] === 1) word--;
      if (lead - word <= ABOVE_LEAD && LEAD_FIRST[text.charCodeAt(word)] === 1) mentionAt(word);
    }
    // One that opens with its key ("nêu trên", "trên đây"): the key a word's start, whitespace after it, then a next syllable's letter.
    if (key > 0 && WORD[text.charCodeAt(key - 1)] === 1) continue;
    let after = key;
    while (WORD[text.charCodeAt(after)] === 1) after++;
    if (after === key || !isWhitespaceAt(text, after)) continue;
    while (isWhitespaceAt(text, after)) after++;
    if (AFTER_KEY_FIRST[text.charCodeAt(after)] === 1 && AFTER_KEY_PAIRS.has(inLowerCase(text.slice(after, after + 2)))) mentionAt(key);
  }
  return out;

  function mentionAt(at: number): void {
    if (at < next) return;
    ABOVE_WORDS.lastIndex = at;
    const m = ABOVE_WORDS.exec(text);
    if (!m) return;
    // Inside a longer word: looked for again from the next character.
    if (at > 0 && WORD_END.test(text.slice(Math.max(0, at - 2), at))) {
      next = at + 1;
      return;
    }
    const end = at + m[0].length;
    next = end;
    const from = Math.max(0, at - ABOVE_LOOK_BACK);
    const { text: before, map } = prepare(text.slice(from, at));
    if (!mayEndWithKindWord(before)) return;
    const k = KIND_BEFORE_ABOVE.exec(before);
    if (!k) return;
    const kind = kindByWord(k[2]);
    if (!kind || !NAMED_ABOVE_KINDS.includes(kind.slug)) return;
    const previous = k[1] === undefined ? "" : k[1].toLowerCase();
    if (PLURAL_BEFORE_ABOVE.has(previous) || /^\d+$/.test(previous)) return;
    const kindAt = k.indices![2][0];
    // In small letters only a kind whose word names a document so too ("công văn nêu trên"), or where the text writes none.
    if (k[2][0] === k[2][0].toLowerCase() && !NAMED_ABOVE_LOWER_KINDS.includes(kind.slug) && !(lowerCased ??= !hasCapital(text))) return;
    const start = from + map.toOriginal(kindAt, "start");
    // The kind word inside a citation found already ("Quyết định số 15 nêu trên" is the number's short form).
    const t = lastAtOrBefore(taken.starts, end - 1, itself);
    if (t >= 0 && taken.ends[t] > start) return;
    out.push({ start, end, kind, kindEnd: from + map.toOriginal(kindAt + k[2].length, "end"), wordsStart: at });
  }
}
