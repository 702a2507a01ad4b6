/**
 * A long name the text dates once, read again where it is repeated without its date
 * (withRepeatedLongNames, repeatedNames, longNameKey).
 */
import { MAX_BARE_NAME_WORDS } from "../../vocab/laws.js";
import { composedWord, LETTER_DIGIT_OR_MARK, LETTER_OR_DIGIT, markClass, WHITESPACE } from "../../shared/chars.js";
import type { NamedMention } from "./mention.js";
import { UNIT_LABEL_ENDS } from "../pinpoint.js";
import { KIND_WORDS_SOURCE, kindOfWritten, mayEndNotAKind, NOT_A_KIND_BEFORE } from "./kind-word.js";
import { HAS_COMBINING_MARK } from "../../shared/chars.js";
import { composedText } from "../../prepare/composed-text.js";
/**
 * A name longer than a name without a date may be (MAX_BARE_NAME_WORDS) is read without one where the
 * text names that law with its date or number too, before or after: "… quy định chi tiết một số điều của
 * Luật quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ. … Căn cứ Luật Quản lý, sử dụng vũ khí, vật
 * liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;" (Thông tư 16/2018/TT-BCA), "Quốc hội ban hành Luật
 * Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ" after "Luật … số 14/2017/QH14 ngày 20 tháng 6
 * năm 2017" (its consolidated text). Read word by word, such a name went on past the cap, and the words
 * going on made it prose (bareLength): the law was lost wherever it was repeated. The name the text
 * dates is known, and its words, case and whitespace aside, are that law's wherever they follow a kind word.
 *
 * A shorter dated name too, where the words after it ran the reading past the cap or into prose, so that
 * nothing was read there: "… theo quy định tại Điều 20 Luật Trách nhiệm bồi thường của Nhà nước và chịu trách
 * nhiệm trước pháp luật về quyết định của mình", "… Điều 59 Luật Trách nhiệm bồi thường của Nhà nước ban hành
 * quyết định hoàn trả" (Nghị định 16/2010/NĐ-CP, seg34-017, which dates the law in its Căn cứ), "… quy định
 * tại Điều 83 của Luật Quản lý thuế, trừ trường hợp văn bản quy phạm pháp luật của từng khoản thu có quy
 * định khác" (a tax news page, pairs45-003, "Luật Quản lý thuế số 38/2019/QH14" before). Only where no
 * mention was read (a reading that found a name keeps it), the longest dated name first, and only after a
 * unit that points into it (pinpointedShortName).
 *
 * `marked`: false where the caller knows `text` holds no combining mark (the find stage's scan, Landmarks.unreadAsWritten,
 * or analyze()'s prepareDocument, `clean`): the text is then read as it is, without a search of its own for one, which
 * walked the whole text in every call that reached it (230 of devx5's 300 texts a pass); the scan reads every character
 * already. Nor are the words before a kind word composed one by one (pinpointedShortName) in a text read without a mark.
 */
export function withRepeatedLongNames(text: string, found: NamedMention[], marked = true): NamedMention[] {
  let long: Set<string> | null = null;
  // The shorter names' keys with their words' counts, each counted once: the longest first (more words, then more
  // characters), so that at a place the longest dated name that fits is read. The sort's comparisons counted them anew.
  let short: Map<string, number> | null = null;
  for (const m of found) {
    if ((m.year === null && m.numberAt === null) || m.amendedNumbers !== undefined || m.ownNumberAt !== undefined) continue;
    const name = m.name ?? text.slice(m.nameStart, m.nameEnd);
    const key = nameKey(name);
    if (key === "") continue;
    if (wordCount(name) > MAX_BARE_NAME_WORDS) (long ??= new Set()).add(key);
    else if (!(short ??= new Map()).has(key)) short.set(key, wordCount(key));
  }
  if (long === null && short === null) return found;
  // The names are keyed composed (read in prepared windows), and the kind words are found by their composed vowels:
  // a decomposed copy (NFD: fresh51d-003, seg33-018) is read composed, the places mapped back to it.
  const composed = marked && HAS_COMBINING_MARK.test(text) ? composedText(text) : null;
  const read = composed === null ? text : composed.text;
  const back = composed === null ? undefined : (at: number, side: "start" | "end") => composed.map.toOriginal(at, side);
  const added: NamedMention[] = [];
  // The kind words found once for both, where each starts and ends: each search walks the whole text (five indexOf
  // walks), and up to 130 of the 300 texts of a devx5 pass ask with long names and short ones.
  const { starts, ends } = kindSpans(read);
  if (long !== null) addRepeated(found, repeatedNames(read, [...long], undefined, starts, ends), added, back);
  // The shorter names only where a unit ends the words before the kind word: most texts date a law or two, and
  // their kind words are read no further. A composed copy may keep a mark no letter takes: it is asked as before.
  const readMarked = composed !== null;
  if (short !== null) {
    const counts = short;
    const names = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length);
    addRepeated(found, repeatedNames(read, names, (at) => pinpointedShortName(read, at, readMarked), starts, ends), added, back);
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Each repeated name `repeated` holds that overlaps no mention of `found`, pushed onto `added` as a mention. `back`:
 * where a place of the text read stands in the caller's, when the text read is a composed copy of it.
 */
function addRepeated(found: NamedMention[], repeated: ReturnType<typeof repeatedNames>, added: NamedMention[], back?: (at: number, side: "start" | "end") => number): void {
  const to = back ?? asWritten;
  let k = 0;
  for (const m of repeated) {
    const start = to(m.start, "start");
    const end = to(m.end, "end");
    while (k < found.length && found[k].end <= start) k++;
    if (k < found.length && found[k].start < end) continue;
    const kind = kindOfWritten(m.kind);
    if (!kind) continue;
    const nameStart = to(m.end - m.name.length, "start");
    added.push({ start, end, kind, kindEnd: to(m.start + m.kind.length, "end"), nameStart, nameEnd: end, year: null, date: null, numberAt: null, name: m.name.normalize("NFC") });
  }
}

const asWritten = (at: number): number => at;

/**
 * Whether a dated name no longer than a bare name may be (repeated where nothing was read) is pointed into
 * by the unit before its kind word ("Điều 20 Luật …", "Điều 83 của Luật …": UNIT_LABEL_ENDS), not after a word
 * that makes "luật" no kind word ("vi phạm pháp luật đất đai": NOT_A_KIND_BEFORE). Only there: elsewhere a
 * name the reading left (inside a decree's title in a Căn cứ, "… các Nghị định hướng dẫn thi hành Luật đất đai")
 * would change the roles its sentence gives the numbered documents.
 */
function pinpointedShortName(text: string, start: number, marked = true): boolean {
  // Most kind words follow a word that is no label ("pháp luật", "Căn cứ Luật"): told from the last few characters.
  let e = start;
  while (e > 0 && WHITESPACE[text.charCodeAt(e - 1)] === 1) e--;
  // `marked` false: the text holds no combining mark, and each window is its own composed copy (composedWord's regex not asked).
  const near = text.slice(Math.max(0, start - 16), start);
  if (e === 0 || LABEL_END[text.charCodeAt(e - 1)] !== 1 || !labelBefore(marked ? composedWord(near) : near)) return false;
  const window = text.slice(Math.max(0, start - UNIT_REACH), start);
  const before = marked ? composedWord(window) : window;
  return !(mayEndNotAKind(before, 0, before.length) && NOT_A_KIND_BEFORE.test(before)) && UNIT_LABEL_ENDS.test(before);
}
/** How far before a kind word its unit is looked for: "khoản 12, Điều 158 của " and more. */
const UNIT_REACH = 40;
/** 1 for what may end the words before a pointed-into kind word: a label's digit or letter, a comma, "của"'s last letter (any case, composed or not). */
const LABEL_END = markClass(new Uint8Array(0x10000), /[0-9A-Za-zĐđ,]/);
/** A label (or a label and "của") ending the words: "20 ", "83 của ", "a, ", "IV ". */
export const LABEL_BEFORE = /(?:^|[^\p{L}\p{N}])(?:\d{1,4}[a-zđ]?|[a-zđ]|[ivxlc]{1,8})\s*,?\s+(?:của\s+)?$/iu;
/** LABEL_BEFORE tried at one place: a match opens at the start or at a character that is no letter or digit. */
const LABEL_BEFORE_AT = new RegExp(LABEL_BEFORE.source, "iuy");
/**
 * LABEL_BEFORE.test(s), its sticky form asked only at the start and where no letter or digit stands
 * (LETTER_OR_DIGIT: what `[^\p{L}\p{N}]` matches, case-insensitive or not, is none of them): the
 * regex alone tried every place of the 16 characters, each with a call out of its code for the
 * "u" class (~3,500 instructions a call, 595 calls a pass over the dev texts: bench/README, session 50
 * speed50). A string with a surrogate (one character to the regex, two units to the table) is
 * asked of LABEL_BEFORE itself. test/find/named/label-before.test.ts holds the two to each other.
 */
export function labelBefore(s: string): boolean {
  for (let p = 0; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if ((c & 0xf800) === 0xd800) return LABEL_BEFORE.test(s);
    if (p !== 0 && LETTER_OR_DIGIT[c] === 1) continue;
    LABEL_BEFORE_AT.lastIndex = p;
    if (LABEL_BEFORE_AT.test(s)) return true;
  }
  return false;
}

/**
 * Each place a kind word is followed by one of `names` (escaped words joined by one space), as one
 * regex would find them: the kind word a whole word (nothing of a word before it, nor after the name),
 * up to four whitespace characters between, the first name that fits at a place taken, the search
 * going on after it. It is not one regex: built for each text's own names, compiled case-insensitive
 * over Unicode, one cost 1.5–5 ms to compile (a text's whole extract() ~1 ms), and the look-behind
 * opening it was tried at every character (session 27, bench/README). Each name's pattern is compiled
 * once (NAME_PATTERNS) and asked only where a kind word starts; a name's words leave one way to match
 * at a place, so the word boundaries are asked of that match alone.
 */
export function repeatedNames(
  text: string,
  names: readonly string[],
  accept?: (at: number) => boolean,
  /** kindStarts(text), when the caller has it. */
  starts: readonly number[] = kindStarts(text),
  /** Where the kind word at each of `starts` ends (kindSpans' `ends`), when the caller has it: KIND_STARTS is then not asked again. */
  ends?: readonly number[],
): { start: number; end: number; kind: string; name: string }[] {
  // Indexed loops over arrays pushed here, not names.map() and for…of: TurboFan's inlined map() makes a
  // holey array where the builtin's is packed, and the loop over it, compiled for the packed one, threw
  // this function's compiled code away ("wrong map") in every process, to be compiled again (bench/README, session 39).
  const patterns: RegExp[] = [];
  for (let i = 0; i < names.length; i++) patterns.push(namePattern(names[i]));
  const out: { start: number; end: number; kind: string; name: string }[] = [];
  let from = 0;
  for (let s = 0; s < starts.length; s++) {
    const at = starts[s];
    if (at < from) continue;
    if (accept !== undefined && !accept(at)) continue;
    if (!noWordBefore(text, at)) continue;
    // The kind word read once, then each name after it: at one place the kind word matches one way
    // only ("bộ\s+luật" takes all its whitespace, no two kind words open alike), so a name's match
    // after it is the one a pattern of both would find.
    let kindEnd: number;
    if (ends !== undefined) kindEnd = ends[s];
    else {
      KIND_STARTS.lastIndex = at;
      if (!KIND_STARTS.test(text)) continue;
      kindEnd = KIND_STARTS.lastIndex;
    }
    for (let i = 0; i < patterns.length; i++) {
      const re = patterns[i];
      re.lastIndex = kindEnd;
      const m = re.exec(text);
      if (m === null) continue;
      NO_WORD_AFTER.lastIndex = re.lastIndex;
      if (!NO_WORD_AFTER.test(text)) continue;
      out.push({ start: at, end: re.lastIndex, kind: text.slice(at, kindEnd), name: m[1] });
      from = re.lastIndex;
      break;
    }
  }
  return out;
}
/** Where a kind word may start: each place in turn, a place inside another's words too ("luật" of "Bộ luật"). */
const KIND_STARTS = new RegExp(KIND_WORDS_SOURCE, "iuy");
/**
 * Every place KIND_STARTS matches, in order. Each kind word holds the composed vowel of "luật" or
 * "lệnh" ("Bộ luật", "Pháp lệnh" too), in either case, and no other character matches it case-insensitively:
 * KIND_STARTS is asked only where the letters before "ậ" are "lu" or where "l" comes before "ệ" ("luật"
 * there), and, past the whitespace before that "l", two or four letters back ("bộ", "pháp"). A search of
 * KIND_STARTS along the whole text cost ~9 M instructions a pass over the dev texts ×5 (bench/README,
 * session 28). "ậ", "Ậ" and "Ệ" are found by indexOf and the letters before them asked; "ệ" after "l" or
 * "L" as "lệ" and "Lệ" (LE_SYLLABLES): V8's indexOf stops at each place of a literal's first character
 * in its own loop, and returned to this one at every "ệ" (14,395 a devx5 pass) where "lệ" returns at
 * some hundreds (bench/README, session 49 speed49c).
 */
export function kindStarts(text: string): number[] {
  return kindSpans(text).starts;
}

/**
 * kindStarts, and where each kind word ends (KIND_STARTS' match at that start: kindStartAt asked it there already),
 * index for index. Each start is pushed with its end; the pairs are sorted by start together.
 */
export function kindSpans(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  for (const vowel of RHYME_VOWELS) {
    const luat = vowel !== "Ệ";
    for (let i = text.indexOf(vowel); i >= 0; i = text.indexOf(vowel, i + 1)) {
      const l = luat ? i - 2 : i - 1;
      if (l < 0 || (text.charCodeAt(l) | 0x20) !== 0x6c || (luat && (text.charCodeAt(l + 1) | 0x20) !== 0x75)) continue;
      startsAround(text, l, luat, starts);
    }
  }
  for (const le of LE_SYLLABLES) {
    for (let l = text.indexOf(le); l >= 0; l = text.indexOf(le, l + 1)) startsAround(text, l, false, starts);
  }
  // startsAround pushes a start then its end: pairs, sorted by start (no two pairs share a start but as copies of one match).
  const order: number[] = [];
  for (let i = 0; i < starts.length; i += 2) order.push(i);
  order.sort((a, b) => starts[a] - starts[b]);
  const out = { starts: [] as number[], ends: [] as number[] };
  for (const i of order) {
    out.starts.push(starts[i]);
    out.ends.push(starts[i + 1]);
  }
  return out;
}
const RHYME_VOWELS = ["ậ", "Ậ", "Ệ"];
const LE_SYLLABLES = ["lệ", "Lệ"];
/**
 * The kind words' starts at the "l" at `l` ("luật" if `luat`) and two or four letters before the whitespace before it,
 * each pushed with where its kind word ends.
 */
function startsAround(text: string, l: number, luat: boolean, starts: number[]): void {
  if (luat && kindStartAt(text, l)) starts.push(l, KIND_STARTS.lastIndex);
  let j = l;
  while (j > 0 && WHITESPACE[text.charCodeAt(j - 1)] === 1) j--;
  const before = j - (luat ? 2 : 4);
  if (j < l && before >= 0 && kindStartAt(text, before)) starts.push(before, KIND_STARTS.lastIndex);
}
const kindStartAt = (text: string, at: number): boolean => {
  KIND_STARTS.lastIndex = at;
  return KIND_STARTS.test(text);
};
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}\p{M}])/iuy;
/**
 * NO_WORD_BEFORE's answer at `at`: the unit before looked up (LETTER_DIGIT_OR_MARK, the class with "i" as without), a
 * surrogate's code point left to the regex. Asked at each kind word's start (1,765 a devx5 pass), where the regex, its
 * class a call out of the compiled code for each character tried, cost a call from JavaScript each.
 */
function noWordBefore(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if ((c & 0xf800) !== 0xd800) return LETTER_DIGIT_OR_MARK[c] !== 1;
  NO_WORD_BEFORE.lastIndex = at;
  return NO_WORD_BEFORE.test(text);
}
const NO_WORD_AFTER = /(?![\p{L}\p{N}\p{M}])/iuy;
/** A name's pattern after its kind word (from the kind word's end), compiled once a process: the names a corpus dates repeat from text to text. */
function namePattern(joined: string): RegExp {
  let re = NAME_PATTERNS.get(joined);
  if (re === undefined) {
    if (NAME_PATTERNS.size >= MAX_NAME_PATTERNS) NAME_PATTERNS.clear();
    re = new RegExp(String.raw`[ \t\r\n]{1,4}(${nameSource(joined)})`, "iuy");
    NAME_PATTERNS.set(joined, re);
  }
  return re;
}
const NAME_PATTERNS = new Map<string, RegExp>();
/** Patterns kept at once: a corpus's long law names are some dozens; past this the map starts again, so memory stays bounded. */
const MAX_NAME_PATTERNS = 512;
/**
 * A name longer than MAX_BARE_NAME_WORDS words (its commas aside) as repeatedNames takes it, else
 * null: its words and commas, a comma its own token ("Quản lý , sử dụng" as a word-segmented copy
 * spaces it, or "Quản lý, sử dụng"), escaped, one space between. Built in one walk of the name, not
 * by a replace, a split, a join and an escape (a third of the repeated names' pass in a CPU profile
 * of the dev texts, whose dated names are long: bench/README, session 28 ex28b); a test holds it to those.
 */
export function longNameKey(name: string): string | null {
  return wordCount(name) <= MAX_BARE_NAME_WORDS ? null : nameKey(name);
}
/** A name's key as longNameKey builds it, whatever its length ("" for a name of no word). */
function nameKey(name: string): string {
  let key = "";
  let space = false;
  let from = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const white = WHITESPACE[c] === 1;
    if (!white && c !== 0x2c && REGEX_SPECIAL[c] !== 1) continue;
    // name[from, i) holds no whitespace, comma or special character: a word's part, written as it is.
    if (i > from) {
      if (space) key += " ";
      key += name.slice(from, i);
      space = false;
    }
    from = i + 1;
    if (white) {
      if (key !== "") space = true;
    } else if (c === 0x2c) {
      key += key === "" ? "," : " ,";
      space = true;
    } else {
      if (space) key += " ";
      key += "\\" + name[i];
      space = false;
    }
  }
  if (name.length > from) key += (space ? " " : "") + name.slice(from);
  return key;
}
/** 1 for what a regex source escapes ("." "(" "/" …). */
const REGEX_SPECIAL = markClass(new Uint8Array(0x10000), /[.*+?^${}()|[\]\\/]/);

/**
 * How many of a name's tokens (longNameKey's) are words, not commas: the runs of what is neither whitespace nor a
 * comma (none in an empty name: far below any cap).
 * Counted by hand: most dated names are short, and their tokens, built with a regex replace, a
 * split and an escape a word, were a third of the repeated names' pass (bench/README, session 28).
 */
function wordCount(name: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const separator = c === 0x2c || WHITESPACE[c] === 1;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return words;
}
/** A known name's words (escaped, joined by one space) as a pattern: whitespace between words, a comma with or without it. */
function nameSource(joined: string): string {
  return joined.split(" ").map((t, i) => (i === 0 ? t : t === "," ? `[ \\t\\r\\n]{0,4},` : `[ \\t\\r\\n]{1,4}${t}`)).join("");
}
