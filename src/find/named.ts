import type { Kind } from "../types.js";
import { KINDS, kindByAbbreviation } from "../vocab/kinds.js";
import { DOCUMENT_CUES, PINPOINT_WORDS } from "../vocab/cues.js";
import {
  NAME_ABBREVIATIONS,
  BARE_NAME_STOPS, BARE_NAME_STOP_PHRASES, ENACTED_WORDS, ENACTMENT_BODY_WORDS, MAX_AMENDED_LIST_WORDS, MAX_AMENDING_NAME_WORDS, MAX_ENACTMENT_WORDS, MAX_BARE_NAME_WORDS, MAX_NAME_WORDS, NAMED_KINDS, NAME_ENACTED, NAME_ENDINGS, NAME_GOES_ON, NOT_IN_NAME_AFTER_COMMA,
  COMMA_NAMES_CAPITALISED,
  DATE_OPENING_WORDS,
  NOT_A_LAW_BEFORE,
} from "../vocab/laws.js";
import { phraseSource } from "../vocab/phrases.js";
import { PAGE_LINES } from "../vocab/page-lines.js";
import { placeDateLineAt } from "./place-date-lines.js";
import { composedWord, isWhitespaceAt, markClass, WHITESPACE } from "../shared/chars.js";
import { AMENDED, hasCapital, lineBreakIn, nextNonSpace, nextNonSpaceAt, parenthesisFollows, Words } from "./words.js";
import { capitalUnit, smallUnit } from "../shared/lower-case.js";
import { ownCopy } from "../shared/strings.js";
import { GLUED_REACH, needsPreparing } from "../prepare/prepare.js";
import { findLawRhymes } from "./anchors.js";
import { withoutIgnorables } from "../prepare/ignorables.js";

/**
 * A law, code or ordinance cited by its name: "Luật Đất đai năm 2003", "Bộ luật Lao động 2019",
 * "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Pháp lệnh Phí và lệ phí".
 * Offsets are into the text searched.
 */
export interface NamedMention {
  start: number;
  end: number;
  kind: Kind;
  kindEnd: number;
  nameStart: number;
  nameEnd: number;
  /** The year the text gives ("năm 2003", "2019", or the year of its date). */
  year: number | null;
  date: { day: string; month: string; year: string; start: number; end: number } | null;
  /** "Luật Đất đai số 13/2003/QH11": the name stands before a number; the number's citation is the mention. */
  numberAt: number | null;
  /** The name as read, prepared (NFC, look-alikes repaired), when the offsets are into unprepared text. */
  name?: string;
  /**
   * "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và
   * Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024": an amending law named by the
   * laws it amends, each written with its own number. The mention's span is the name up to the first
   * number (the numbers are citations of their own, and spans never overlap); `name` is the whole name
   * without the numbers, and `date` and `year` those after the list. Where each law's number starts
   * ("31/…", "27/…", "32/…"): the laws the amending law amends.
   */
  amendedNumbers?: number[];
  /** The name of the first law listed so, before its number ("Đất đai"): the mention's words, given to that number's citation. */
  firstAmendedName?: string;
  /**
   * "Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, … và Luật Các
   * tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024": the amending law written with its own
   * number, then its name listing the laws it amends, each with its number. Where its own number starts
   * ("43/…"): that number's citation is the amending law, which the mention names and dates; the
   * mention's span runs from the kind word over the number to the name's end before the first law's
   * number, as the unnumbered form's does.
   */
  ownNumberAt?: number;
}

const KIND_BY_WORD = new Map(NAMED_KINDS.flatMap((k) => k.words.map((w) => [w.toLowerCase(), k.kind] as const)));
/** The kind word, as a whole word: "Luật", "LUẬT", "Bộ luật", "pháp lệnh". */
const KIND_WORDS_SOURCE = phraseSource(NAMED_KINDS.flatMap((k) => k.words));
const KIND_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${KIND_WORDS_SOURCE})(?![\p{L}\p{N}])`, "giu");
const KIND_AT = new RegExp(KIND_WORDS_SOURCE, "iuy");
/** The kind of a kind word as written ("LUẬT", "Bộ  luật"), remembered: a text writes its few ways again and again. */
function kindOfWritten(written: string): Kind | undefined {
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
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
/** How far after its kind word a mention is read: MAX_AMENDING_NAME_WORDS words and a date. */
const WINDOW = 400;
const SLASH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)$/;
/**
 * "ngày 27 / 12 / 2002", "ngày 16/12 / 2002", "ngày 26 - 11 - 2003": a date whose separators a
 * word-segmented source spaced (the dev texts have some), read from the day on in the text itself,
 * since the words split there; or a line wrapped at one ("ngày 26/ ⏎11/2003", as PDF text wraps
 * it, a blank line after each line too), as a numbered citation's date is read across it.
 * Sticky, each part bounded: linear on any run of digits and spaces.
 */
const SPACED_DATE = /(\d{1,2})[ \t\r\n]{0,4}([/.-])[ \t\r\n]{0,4}(\d{1,2})[ \t\r\n]{0,4}\2[ \t\r\n]{0,4}((?:19|20)\d\d)(?!\d)/y;

/**
 * "ngày 26tháng 11 năm 2003" (fresh30n 031, fresh29j 021): the day run into "tháng", as some pages
 * print a law's date in a "Căn cứ". Sticky, each part bounded.
 */
const DAY_GLUED_TO_MONTH = /(\d{1,2})[tT]háng[ \t\r\n]{1,4}(\d{1,2})[ \t\r\n]{1,4}năm[ \t\r\n]{1,4}((?:19|20)\d\d)(?!\d)/y;

/** The date after "ngày" (words[i]) with spaced separators, or with its day run into "tháng", or null. */
function spacedDateAfter(words: Words, i: number): { day: string; month: string; year: string; start: number; end: number } | null {
  const day = words.get(i + 1);
  if (day === undefined || !isDigit(day.text.charCodeAt(0))) return null;
  SPACED_DATE.lastIndex = day.start;
  const m = SPACED_DATE.exec(words.text);
  if (m) return { day: m[1], month: m[3], year: m[4], start: words.get(i)!.start, end: day.start + m[0].length };
  DAY_GLUED_TO_MONTH.lastIndex = day.start;
  const g = DAY_GLUED_TO_MONTH.exec(words.text);
  return g ? { day: g[1], month: g[2], year: g[3], start: words.get(i)!.start, end: day.start + g[0].length } : null;
}
const YEAR = /^(?:19|20)\d\d$/;
const DIGITS = /^\d{1,2}$/;
/** "quy phạm pháp luật", "dự luật", "kỷ luật" (NOT_A_LAW_BEFORE), "luật sư", "luật gia": "luật" is not a kind word there. */
const NOT_A_KIND_BEFORE_WORDS = new Set(NOT_A_LAW_BEFORE);
const NOT_A_KIND_BEFORE = new RegExp(`(?:${[...NOT_A_KIND_BEFORE_WORDS].join("|")})\\s*$`, "iu");
const NOT_A_KIND_AFTER = /^\s*(?:sư|pháp|định|lệ|gia|này|nói\s+trên|nêu\s+trên)(?![\p{L}\p{N}])/iu;
const BARE_STOPS = new Set(BARE_NAME_STOPS);
/** No law's name opens with these: a name opens with its subject ("Luật Đất đai"), not "về thuế", "của HĐND". */
const NOT_A_NAME_START = new Set([...BARE_NAME_STOPS, "của"]);
const DATE_OPENING = new Set(DATE_OPENING_WORDS);
const OTHER_KINDS = [...new Set(KINDS.flatMap((k) => k.words.map((w) => w.toLowerCase())))];
/** What no name runs across. */
// The year's "not after a digit" is a look-behind after its first two digits, not "(?:^|\D)" before
// them: every branch then opens with a literal, which the regex engine skips to.
const DATED_SOON = /(?:năm|ngày)\s+\d|(?:19|20)(?<!\d(?:19|20))\d\d(?!\d)|số\s*\d/u;

/** Every named mention of an NFC text, in text order; a name inside another's ("... của Luật Khiếu nại, tố cáo ...") is part of it. */
export function findNamedMentions(text: string): NamedMention[] {
  const out: NamedMention[] = [];
  let lowerCased: boolean | undefined;
  const [subjectStart, subjectEnd] = lowerCasedSubject(text);
  KIND_WORD.lastIndex = 0;
  for (let m = KIND_WORD.exec(text); m; m = KIND_WORD.exec(text)) {
    lowerCased ??= !hasCapital(text);
    const inSubject = m.index < subjectEnd;
    if (m.index === subjectStart) continue;
    const mention = namedMentionAt(inSubject ? text.slice(0, subjectEnd) : text, m.index, lowerCased || inSubject, text, m.index, out.length ? out[out.length - 1].end : -1);
    if (!mention) continue;
    out.push(mention);
    KIND_WORD.lastIndex = mention.end;
  }
  return withRepeatedLongNames(text, out);
}

/**
 * The same over the caller's text as given (NFD, look-alikes): kind words are found as written,
 * and only a window after each is prepared and read, so a text pays for its kind words, not for
 * its length. Offsets are into `original`; `prepareWindow` is the prepare stage's function, given
 * only the windows that need it (needsPreparing);
 * `lawRhymes` are the find stage's scan's (findLandmarks); `ignorables` is false only where `original`
 * holds nothing of IGNORABLES (HAS_IGNORABLE, asked once by the caller for the passes that need it).
 * `known`: what an earlier pass over `original` found needs no preparing (the island parser's
 * WindowPreparer), so that only the rest of each window is looked at for what prepare would change.
 */
export function findNamedMentionsIn(
  original: string,
  prepareWindow: (s: string) => { text: string; map: { toOriginal(at: number, side: "start" | "end"): number } },
  lawRhymes: readonly number[],
  ignorables: boolean,
  known: KnownClean | null = null,
): NamedMention[] {
  // A kind word is found by its letters, read one by one in the caller's text: what prints nothing
  // inside one ("Lu\u00adật", "Pháp l\u200bệnh", a page's soft hyphen or zero-width space) hid it, where a
  // number's kind word ("Ngh\u00adị định số 12/…") is read from a prepared window. Such a text is read
  // without them, its mentions mapped back.
  if (!ignorables) return findNamedIn(original, prepareWindow, lawRhymes, known);
  const { text, map } = withoutIgnorables(original);
  if (map.isIdentity) return findNamedIn(original, prepareWindow, lawRhymes, known);
  const s = (x: number) => map.toOriginal(x, "start");
  const e = (x: number) => map.toOriginal(x, "end");
  const out = findNamedIn(text, prepareWindow, findLawRhymes(text), null);
  for (const m of out) {
    m.start = s(m.start);
    m.end = e(m.end);
    m.kindEnd = e(m.kindEnd);
    m.nameStart = s(m.nameStart);
    m.nameEnd = e(m.nameEnd);
    if (m.date) m.date = { ...m.date, start: s(m.date.start), end: e(m.date.end) };
    if (m.numberAt !== null) m.numberAt = s(m.numberAt);
    if (m.amendedNumbers) m.amendedNumbers = m.amendedNumbers.map(s);
  }
  return out;
}

/** Stretches of a text known to need no preparing: whether text[from, to) does, needsPreparing asked of the rest only. */
export interface KnownClean {
  cleanWithin(from: number, to: number): boolean;
}

function findNamedIn(
  original: string,
  prepareWindow: (s: string) => { text: string; map: { toOriginal(at: number, side: "start" | "end"): number } },
  lawRhymes: readonly number[],
  known: KnownClean | null,
): NamedMention[] {
  const isClean = (from: number, to: number): boolean => (known !== null ? known.cleanWithin(from, to) : !needsPreparing(original.slice(from, to)));
  const out: NamedMention[] = [];
  let next = 0;
  let lowerCased: boolean | undefined;
  // original[cleanFrom, cleanTo) needs no preparing. The windows of laws named one after another
  // ("Căn cứ Luật …; Căn cứ Luật …") overlap, a third of their length in generated plans and more
  // in the dev texts: each part is looked at once for what prepare would change, and a window
  // that needs nothing is read as it is, without prepareWindow.
  let cleanFrom = 0;
  let cleanTo = 0;
  const [subjectStart, subjectEnd] = lawRhymes.length ? lowerCasedSubject(original) : NO_SUBJECT;
  for (const rhyme of lawRhymes) {
    if (rhyme < next) continue;
    // Decomposed, the rhyme's marks follow its vowel: the vowel is one back.
    const decomposed = original.charCodeAt(rhyme) === 0x323;
    const vowel = decomposed ? rhyme - 1 : rhyme;
    const last = original.charCodeAt(rhyme + (decomposed ? 2 : 1)) | 0x20;
    const at = kindWordStart(original, vowel, last === 0x74);
    if (at < 0) continue;
    // Most "luật" in a text are "pháp luật": rejected before a window is prepared, at once when composed.
    const before = original.slice(Math.max(0, at - 16), at);
    if (before.endsWith("pháp ") || NOT_A_KIND_BEFORE.test(composedWord(before))) continue;
    const inSubject = at < subjectEnd;
    if (at === subjectStart) continue;
    const end = Math.min(inSubject ? subjectEnd : original.length, at + WINDOW);
    let clean: boolean;
    if (at >= cleanFrom && at <= cleanTo) {
      // From GLUED_REACH back: a glued number ("số1", "2016củaỦy") may straddle cleanTo.
      clean = end <= cleanTo || isClean(Math.max(cleanFrom, cleanTo - GLUED_REACH), end);
      if (clean && end > cleanTo) cleanTo = end;
    } else {
      clean = isClean(at, end);
      if (clean) {
        cleanFrom = at;
        cleanTo = end;
      }
    }
    const prepared = clean ? null : prepareWindow(original.slice(at, end));
    const text = prepared === null ? original.slice(at, end) : prepared.text;
    const map = prepared === null ? null : prepared.map;
    lowerCased ??= !hasCapital(original);
    const found = namedMentionAt(text, 0, lowerCased || inSubject, original, at, out.length ? out[out.length - 1].end : -1);
    if (!found) continue;
    const back = (x: number, side: "start" | "end") => at + (map === null ? x : map.toOriginal(x, side));
    // Written out, not spread: a spread that adds a property costs microseconds on Node 20.
    out.push({
      start: back(found.start, "start"),
      end: back(found.end, "end"),
      kind: found.kind,
      kindEnd: back(found.kindEnd, "end"),
      nameStart: back(found.nameStart, "start"),
      nameEnd: back(found.nameEnd, "end"),
      year: found.year,
      date: found.date ? { day: found.date.day, month: found.date.month, year: found.date.year, start: back(found.date.start, "start"), end: back(found.date.end, "end") } : null,
      numberAt: found.numberAt !== null ? back(found.numberAt, "start") : null,
      name: withoutPageNumbers(found.name ?? text.slice(found.nameStart, found.nameEnd)),
    });
    if (found.amendedNumbers) out[out.length - 1].amendedNumbers = found.amendedNumbers.map((x) => back(x, "start"));
    if (found.firstAmendedName !== undefined) out[out.length - 1].firstAmendedName = withoutPageNumbers(found.firstAmendedName);
    if (found.ownNumberAt !== undefined) out[out.length - 1].ownNumberAt = back(found.ownNumberAt, "start");
    next = out[out.length - 1].end;
  }
  return withRepeatedLongNames(original, out);
}

/**
 * A name longer than a name without a date may be (MAX_BARE_NAME_WORDS) is read without one where the
 * text names that law with its date or number too, before or after: "… quy định chi tiết một số điều của
 * Luật quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ. … Căn cứ Luật Quản lý, sử dụng vũ khí, vật
 * liệu nổ và công cụ hỗ trợ ngày 20 tháng 6 năm 2017;" (Thông tư 16/2018/TT-BCA), "Quốc hội ban hành Luật
 * Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ" after "Luật … số 14/2017/QH14 ngày 20 tháng 6
 * năm 2017" (its consolidated text). Read word by word, such a name went on past the cap, and the words
 * going on made it prose (bareLength): the law was lost wherever it was repeated. The name the text
 * dates is known, and its words, case and whitespace aside, are that law's wherever they follow a kind word.
 */
function withRepeatedLongNames(text: string, found: NamedMention[]): NamedMention[] {
  let names: Set<string> | null = null;
  for (const m of found) {
    if ((m.year === null && m.numberAt === null) || m.amendedNumbers !== undefined || m.ownNumberAt !== undefined) continue;
    const key = longNameKey(m.name ?? text.slice(m.nameStart, m.nameEnd));
    if (key !== null) (names ??= new Set()).add(key);
  }
  if (names === null) return found;
  const added: NamedMention[] = [];
  let k = 0;
  for (const m of repeatedNames(text, [...names])) {
    const { start, end } = m;
    while (k < found.length && found[k].end <= start) k++;
    if (k < found.length && found[k].start < end) continue;
    const kind = kindOfWritten(m.kind);
    if (!kind) continue;
    const nameStart = end - m.name.length;
    added.push({ start, end, kind, kindEnd: start + m.kind.length, nameStart, nameEnd: end, year: null, date: null, numberAt: null, name: m.name.normalize("NFC") });
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
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
export function repeatedNames(text: string, names: readonly string[]): { start: number; end: number; kind: string; name: string }[] {
  const patterns = names.map(namePattern);
  const out: { start: number; end: number; kind: string; name: string }[] = [];
  let from = 0;
  for (const at of kindStarts(text)) {
    if (at < from) continue;
    NO_WORD_BEFORE.lastIndex = at;
    if (!NO_WORD_BEFORE.test(text)) continue;
    // The kind word read once, then each name after it: at one place the kind word matches one way
    // only ("bộ\s+luật" takes all its whitespace, no two kind words open alike), so a name's match
    // after it is the one a pattern of both would find.
    KIND_STARTS.lastIndex = at;
    if (!KIND_STARTS.test(text)) continue;
    const kindEnd = KIND_STARTS.lastIndex;
    for (const re of patterns) {
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
 * the vowels are found by indexOf, and KIND_STARTS is asked only where the letters before one
 * are "lu" or "l" ("luật" there), and, past the whitespace before that "l", two or four letters
 * back ("bộ", "pháp"). A search of KIND_STARTS along the whole text cost ~9 M instructions a
 * pass over the dev texts ×5 (bench/README, session 28).
 */
function kindStarts(text: string): number[] {
  const starts: number[] = [];
  for (const vowel of RHYME_VOWELS) {
    const luat = vowel === "ậ" || vowel === "Ậ";
    for (let i = text.indexOf(vowel); i >= 0; i = text.indexOf(vowel, i + 1)) {
      const l = luat ? i - 2 : i - 1;
      if (l < 0 || (text.charCodeAt(l) | 0x20) !== 0x6c || (luat && (text.charCodeAt(l + 1) | 0x20) !== 0x75)) continue;
      if (luat && kindStartAt(text, l)) starts.push(l);
      let j = l;
      while (j > 0 && WHITESPACE[text.charCodeAt(j - 1)] === 1) j--;
      const before = j - (luat ? 2 : 4);
      if (j < l && before >= 0 && kindStartAt(text, before)) starts.push(before);
    }
  }
  return starts.sort((a, b) => a - b);
}
const RHYME_VOWELS = ["ậ", "Ậ", "ệ", "Ệ"];
const kindStartAt = (text: string, at: number): boolean => {
  KIND_STARTS.lastIndex = at;
  return KIND_STARTS.test(text);
};
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}\p{M}])/iuy;
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
  if (wordCount(name) <= MAX_BARE_NAME_WORDS) return null;
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

/**
 * Where the text's first line starts and ends when it is written in lower case but for its first letter, a capital, else [-1, 0]:
 * a subject line as the dev corpus prints a document without its heading ("Nghị định quy định chi
 * tiết luật thương mại về xuất xứ hàng hoá", "Thông tư liên tịch hướng dẫn thi hành một số quy định
 * trong bộ luật tố tụng hình sự"). Case tells nothing there, as in a text lower-cased whole: its
 * names are read so, each within the line (the issuer's line below opens another part). The kind
 * word opening it is the document's own ("Luật quản lý thuế ⏎Quốc hội ⏎Căn cứ Hiến pháp …"), no mention.
 */
function lowerCasedSubject(text: string): readonly [number, number] {
  let from = 0;
  while (from < text.length && isWhitespaceAt(text, from)) from++;
  let nl = text.indexOf("\n", from);
  if (nl < 0) nl = text.length;
  // Its first letter a capital: a line lower-cased whole ("luật đất đai năm 2003", a query) is read as any such text is.
  if (nl - from > SUBJECT_LINE_CHARS || !capitalUnit(text.charCodeAt(from)) || hasCapital(text.slice(from, nl))) return NO_SUBJECT;
  return [from, nl];
}
const NO_SUBJECT = [-1, 0] as const;
/** A subject line is a title: longer than this, a first line is a paragraph, not one. */
const SUBJECT_LINE_CHARS = 600;

/**
 * A name a PDF page broke, its page's number on a line of its own inside it ("Tổ chức chính ⏎- 3 -⏎
 * quyền địa phương"): the words read past it (src/find/words.ts), and so does the name.
 */
function withoutPageNumbers(name: string): string {
  // Every name through the regex (which gives the name itself back when nothing matches): a branch
  // for the few with a line break, first taken late, cost findNamedMentionsIn a deopt and a recompile.
  return name.replace(PAGE_NUMBER_LINE, "");
}
/** The page number's line as analyze() blanks it (PAGE_LINES' first: "- 3 -"), between two line breaks. */
const PAGE_NUMBER_LINE = new RegExp(String.raw`(?<=[\r\n])[ \t]*(?:${PAGE_LINES[0]})[ \t]*(?=[\r\n])`, "g");

/**
 * Where the kind word holding a rhyme starts: "luật" two letters back (or "Bộ luật" before it),
 * "lệnh" one letter back after "Pháp"; -1 when the rhyme is in another word.
 */
function kindWordStart(text: string, rhyme: number, isLuat: boolean): number {
  const word = isLuat ? rhyme - 2 : rhyme - 1;
  if (word < 0) return -1;
  const l = text.charCodeAt(word) | 0x20;
  if (l !== 0x6c || (isLuat && (text.charCodeAt(word + 1) | 0x20) !== 0x75)) return -1;
  if (word > 0 && WORDISH.test(text[word - 1])) return -1;
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

/** The mention whose kind word starts at `start` of an NFC text, or null. */
/** `origin` and `originAt`: the caller's text and where the kind word stands in it (the word before is read there). */
/** `previousEnd`: where the mention before it ends in `origin` (-1 for none). */
function namedMentionAt(text: string, start: number, lowerCased: boolean, origin: string, originAt: number, previousEnd: number): NamedMention | null {
  KIND_AT.lastIndex = start;
  const m = KIND_AT.exec(text);
  if (!m) return null;
  const kindEnd = start + m[0].length;
  if ((start > 0 && WORDISH.test(text[start - 1])) || (kindEnd < text.length && WORDISH.test(text[kindEnd]))) return null;
  if (NOT_A_KIND_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  if (NOT_A_KIND_AFTER.test(text.slice(kindEnd, kindEnd + 16))) return null;
  const kind = kindOfWritten(m[0]);
  if (!kind) return null;
  // A name in lower case ("luật đất đai năm 2013") must be dated; prose "luật" rarely is: rejected before reading words.
  const first = nextNonSpaceAt(text, kindEnd);
  // A summary lower-cased whole ("v/v thực hiện luật bhyt và chỉ thị số 06/ct-byt") writes every name so: there it may be undated.
  if (first < text.length && smallUnit(text.charCodeAt(first)) && !DATED_SOON.test(text.slice(kindEnd, kindEnd + 200)) && !lowerCased && !(capitalAt(text, start) && midSentence(origin, originAt, previousEnd)) && !(capitalAt(text, start) && AMENDING_NEXT.test(text.slice(kindEnd, kindEnd + 12)))) return null;
  return readName(text, start, kindEnd, kind, lowerCased, origin, originAt, previousEnd);
}

/**
 * The kind word written with its capital inside a sentence ("… hướng dẫn thi hành Luật ngân sách
 * Nhà nước;"): older texts name laws so, the name itself in lower case. Prose writes "luật" there;
 * a sentence's first word is capitalised whatever it is. Whether a lower-case letter ends the word
 * before `at` on its line or, wrapped, on the line before (decomposed text: a mark may end it).
 * Bounded by the text's whitespace before `at`, read once per kind word.
 */
function afterLowerWord(text: string, at: number): boolean {
  let i = at - 1;
  // A line wrapped mid-sentence ("… thực hiện có hiệu quả ⏎Luật phòng, chống bạo lực gia đình."): its
  // line breaks are read past as a space is, a PDF's blank line after each line too.
  // A non-breaking space (a look-alike of the space, repaired only in prepared text) is read as one.
  while (i >= 0 && (text[i] === "\n" || text[i] === "\r" || text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i--;
  while (i >= 0 && /\p{M}/u.test(text[i])) i--;
  return i >= 0 && /\p{Ll}/u.test(text[i]);
}
/** "sửa đổi" right after a kind word: maybe an amending law's name, which readName weighs (amendingNameStands). */
const AMENDING_NEXT = /^[ \t]+sửa[ \t]+đổi/i;
/** "các" or "những" just before a kind word, composed or decomposed (as a PDF extractor gives it). */
const PLURAL_BEFORE = /(?<![\p{L}\p{M}])(?:các|những)[ \t\u00a0]+$/iu;
/** Whether "các"/"những" stands right before `at` in the caller's text: decomposed, "những" takes 7 units and its marks. */
const pluralBefore = (origin: string, at: number): boolean => PLURAL_BEFORE.test(composedWord(origin.slice(Math.max(0, at - 16), at)));
/**
 * Whether a capitalised kind word at `at` stands inside a sentence: after a lower-case word
 * (afterLowerWord), or next in a list of laws, just after the mention before it and a ";", "," or
 * "và" ("… như: Luật Hộ tịch; Luật giao thông đường bộ; Luật bình đẳng giới; …").
 */
function midSentence(text: string, at: number, previousEnd: number): boolean {
  if (afterLowerWord(text, at)) return true;
  return previousEnd >= 0 && previousEnd < at && at - previousEnd <= 8 && LIST_SEPARATOR.test(text.slice(previousEnd, at));
}
/** "và" and a law's kind word after a name: the next law of a list. */
const NEXT_LAW_OF_LIST = new RegExp(String.raw`^và[ \t]+(?:${phraseSource(NAMED_KINDS.flatMap((k) => k.words), { keepCase: true })})(?![\p{L}\p{N}])`, "u");
/** What separates two laws of a list on one line: "; ", ", ", " và ". */
const LIST_SEPARATOR = /^[ \t\u00a0]*(?:[;,]|và)[ \t\u00a0\r\n]+$/u;
const capitalAt = (text: string, at: number): boolean => capitalUnit(text.charCodeAt(at));

/** A lower-case name after such a kind word stands when it runs, two words or more, to the clause's end (";", ".", ",", ")" or the line's end). */
function lowerNameStands(text: string, start: number, origin: string, originAt: number, previousEnd: number, nameWords: readonly { text: string; end: number }[]): boolean {
  if (nameWords.length < 2 || !capitalAt(text, start) || !midSentence(origin, originAt, previousEnd)) return false;
  // "… và các Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo": after "các" or "những" the
  // kind word names several laws, not one; the law named inside is read on its own.
  if (pluralBefore(origin, originAt)) return false;
  // "Căn cứ Luật thi đua, khen thưởng;": a comma the name goes on after (commaInName) is no word of it.
  if (nameWords.some((w) => w.text !== "," && !/^[\p{L}\p{M}]+$/u.test(w.text))) return false;
  let i = nameWords[nameWords.length - 1].end;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  // A line's end is a clause's unless the sentence goes on in lower case on the next line (a wrapped
  // "… Luật thuế xuất khẩu, thuế nhập khẩu ⏎hiện hành." reads as it does unwrapped).
  if (text[i] === "\n" || text[i] === "\r") {
    let j = i;
    while (j < text.length && /\s/u.test(text[j])) j++;
    if (j < text.length && /\p{Ll}/u.test(text[j])) return false;
  }
  // Or up to the next law of a list: "… Luật căn cước và Luật đất đai."; or the revision mark, then such an end
  // ("… Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi);").
  if (text[i] === "(") {
    const mark = AMENDED.exec(text.slice(i, i + 40));
    if (mark) for (i += mark[0].length; i < text.length && (text[i] === " " || text[i] === "\t"); ) i++;
  }
  return i >= text.length || ";.,)…\n\r\u2028\u2029".includes(text[i]) || NEXT_LAW_OF_LIST.test(text.slice(i, i + 16));
}

function readName(text: string, start: number, kindEnd: number, kind: Kind, lowerCased: boolean, origin: string, originAt: number, previousEnd: number): NamedMention | null {
  const words = new Words(text, kindEnd, lowerCased);
  const numbered = numberedAmendingName(text, start, kindEnd, kind, words);
  if (numbered) return numbered;
  const marker = findMarker(words);
  const nameWords = words.slice(marker ? marker.index : bareLength(words));
  // A name does not end on the first syllable of a kind word ("… Pháp | lệnh Phí và lệ phí"): that
  // word begins the next mention, which must not overlap this one.
  while (nameWords.length && (/^(?:,|và)$/i.test(nameWords[nameWords.length - 1].text) || startsKindWord(words, nameWords.length - 1))) nameWords.pop();
  if (nameWords.length === 0) return null;
  // "Chương trình xây dựng luật, pháp lệnh năm 2021": kinds listed as kinds (the year's program of laws
  // and ordinances), no law named. A name opens with a word, not a comma ("luật" and ", pháp lệnh" were
  // read as a law so named); and a kind word with only its date after it ("pháp lệnh năm 2021") names nothing.
  if (nameWords[0].text === "," || (marker && nameWords.length === 1 && DATE_OPENING.has(nameWords[0].lower))) return null;
  // A name without a date or number must look like one: capitalised ("Luật Đất đai"), and opening
  // with its subject, not with a word that goes on a sentence ("các Luật, Pháp lệnh về thuế", in capitals too).
  if (!marker && !capitalUnit(nameWords[0].text.charCodeAt(0)) && !words.lowerCased && !lowerNameStands(text, start, origin, originAt, previousEnd, nameWords) && !amendingNameStands(words, nameWords.length, text, start, origin, originAt)) return null;
  if (!marker && NOT_A_NAME_START.has(nameWords[0].lower)) return null;
  const nameStart = nameWords[0].start;
  let nameEnd = marker?.nameEnd ?? nameWords[nameWords.length - 1].end;
  // "(sửa đổi)" is part of the amended law's name.
  const amended = parenthesisFollows(text, nameEnd) ? AMENDED.exec(text.slice(nameEnd, nameEnd + 40)) : null;
  if (amended) nameEnd += amended[0].length;
  const mention: NamedMention = {
    start,
    end: Math.max(marker?.end ?? nameEnd, nameEnd),
    kind,
    kindEnd,
    nameStart,
    nameEnd,
    year: marker?.year ?? null,
    date: marker?.date ?? null,
    numberAt: marker?.numberAt ?? null,
  };
  if (marker?.numbers) {
    mention.name = nameWithoutNumbers(text, nameStart, marker.numbers);
    mention.amendedNumbers = marker.numbers.map((n) => n.number);
    if (marker.firstName) mention.firstAmendedName = text.slice(marker.firstName.start, marker.firstName.end);
  }
  return mention;
}

/**
 * "Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số
 * 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số
 * 32/2024/QH15 ngày 29 tháng 6 năm 2024": the amending law cited by its own number, then by the name
 * that lists the laws it amends with theirs. The name after the number is read as the unnumbered
 * form's is (findMarker from "sửa đổi", amendedList), so the date after the list is the amending
 * law's, as there. Null unless the kind word is followed by "số", a number, and such a name whose
 * list amendedList reads whole: the words are then read as before.
 */
function numberedAmendingName(text: string, start: number, kindEnd: number, kind: Kind, words: Words): NamedMention | null {
  const so = words.get(0);
  const number = words.get(1);
  if (so?.lower !== "số" || number === undefined || !isDigit(number.text.charCodeAt(0)) || lineBreakIn(number.gap)) return null;
  const after = new Words(text, number.end, words.lowerCased);
  if (!amends(after) || lineBreakIn(after.get(0)!.gap)) return null;
  const marker = findMarker(after);
  if (!marker?.numbers) return null;
  const nameWords = after.slice(marker.index);
  const nameStart = nameWords[0].start;
  const nameEnd = nameWords[nameWords.length - 1].end;
  const mention: NamedMention = {
    start,
    end: nameEnd,
    kind,
    kindEnd,
    nameStart,
    nameEnd,
    year: marker.year,
    date: marker.date,
    numberAt: null,
    name: nameWithoutNumbers(text, nameStart, marker.numbers),
    amendedNumbers: marker.numbers.map((n) => n.number),
    ownNumberAt: number.start,
  };
  if (marker.firstName) mention.firstAmendedName = text.slice(marker.firstName.start, marker.firstName.end);
  return mention;
}

interface Marker {
  index: number;
  end: number;
  year: number | null;
  date: NamedMention["date"];
  numberAt: number | null;
  /** The numbers of the laws an amending name lists (amendedList): "số" and the number, and where the number starts. */
  numbers?: { start: number; end: number; number: number }[];
  /** Where the first law's name stands, between its kind word and its "số". */
  firstName?: { start: number; end: number };
  /** Where the name ends inside its last word: before "năm" run into it ("… tố cáonăm 1998", gluedYearAt). */
  nameEnd?: number;
}

/** The whole name of an amending law whose list writes each law's number: the text from the name's start to the last number, the numbers ("số 31/2024/QH15") left out. */
function nameWithoutNumbers(text: string, nameStart: number, numbers: readonly { start: number; end: number }[]): string {
  let name = text.slice(nameStart, numbers[0].start);
  for (let k = 1; k < numbers.length; k++) name += text.slice(numbers[k - 1].end, numbers[k].start);
  return name;
}

/** The first date, year or "số" after the name, before anything that ends a name. */
function findMarker(words: Words): Marker | null {
  const amending = amends(words);
  let most = amending ? MAX_AMENDING_NAME_WORDS : MAX_NAME_WORDS;
  for (let i = 1; i <= most; i++) {
    const word = words.get(i);
    if (word === undefined) break;
    // "… của Luật A, Luật B, …, Luật J và Luật K ngày …": each law listed takes its own name's words.
    if (amending && i + MAX_NAME_WORDS > most && listedLawAt(words, i)) most = Math.min(MAX_AMENDED_LIST_WORDS, i + MAX_NAME_WORDS);
    // "Căn cứ Luật Kiểm toán nhà nước ⏎Căn cứ Quyết định số 596/…" (its ";" left out): the next item's number is not the name's.
    if (lineBreakIn(word.gap) && (opensWithCue(words, i) || opensPlaceDateLine(words, i))) return null;
    // "… THI HÀNH PHÁP LỆNH ƯU ĐÃI NGƯỜI CÓ CÔNG ⏎⏎Nghị định số 131/2021/NĐ-CP …" (a consolidated text's
    // title, then the text it consolidates), "Căn cứ Luật Đất đai ⏎Nghị định số 43/…" (a list's ";"
    // left out): another document's kind word and its number begin another citation, not the name's.
    if (otherNumberedKindAt(words, i) && !amends(words)) return null;
    const w = word.lower;
    // "Căn cứ các Nghị định của Chính phủ: số 136/… hướng dẫn thi hành Luật Đầu tư công và số 161/2016/NĐ-CP …":
    // in a list of one kind's numbers, "số" and a number after "và" or "," is the next member; a law's own
    // number follows its name ("Luật Đầu tư công số 49/2014/QH13"). The law took the decree's number (kind law, a wrong identity).
    if (nextMembersNumberAt(words, i)) return null;
    // Each test below asks first for the one word it can start with: most words start none.
    if (firstPhraseAt(words, i, ENACTED_BY_FIRST.get(w)) !== undefined && firstPhraseAt(words, i, GOES_ON_BY_FIRST.get(w)) === undefined) {
      // The name ends here; its date may follow the enactment ("được Quốc hội thông qua ngày ...").
      const date = dateWithin(words, i + 1, i + 1 + ENACTED_WORDS);
      return date ? { index: i, end: date.end, year: date.year, date: date.date, numberAt: date.numberAt } : null;
    }
    if (w === "ngày") {
      const next = words.get(i + 1)?.text ?? "";
      const slashed = SLASH_DATE.exec(next);
      if (slashed) {
        const date = { day: slashed[1], month: slashed[2], year: slashed[3], start: word.start, end: words.get(i + 1)!.end };
        return { index: i, end: date.end, year: Number(date.year), date, numberAt: null };
      }
      if (DIGITS.test(next)) {
        const d = readDate(words, i + 1);
        if (d) return { index: i, end: d.end, year: Number(d.year), date: { day: d.day, month: d.month, year: d.year, start: word.start, end: d.end }, numberAt: null };
      }
      const spaced = spacedDateAfter(words, i);
      if (spaced) return { index: i, end: spaced.end, year: Number(spaced.year), date: spaced, numberAt: null };
      // "… ngày 4 tháng 7 năm 1881" (a typo for 1981): a date no law has is not read, but the name ends
      // there all the same; its words are no part of the name (the law was lost, or named "… ngày 4 7 1881").
      if (isDigit(next.charCodeAt(0))) return undated(words, i);
    } else if (w === "năm") {
      const next = words.get(i + 1)?.text ?? "";
      if (YEAR.test(next) && !rangeAfter(words, i + 1)) return { index: i, end: words.get(i + 1)!.end, year: Number(next), date: null, numberAt: null };
      if (FOUR_DIGITS.test(next)) return undated(words, i);
    } else if (w === "số") {
      // The mention ends with the name (the number's citation, when there is one, takes it over): not on the blank before "số".
      const next = words.get(i + 1)?.text ?? "";
      // "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và …":
      // a number followed by the next law amended is that law's, not the amending law's (whose own
      // number ends its list: "… và Luật Đấu thầu số 57/2024/QH15"). The name is left without it: read
      // whole over the laws' numbers, dated by the date after them, where the list ends so (amendedList).
      if (isDigit(next.charCodeAt(0)) && amending && namedLawListedAt(words, i + 3)) return amendedList(words, i) ?? { index: i, end: words.get(i - 1)!.end, year: null, date: null, numberAt: null };
      if (isDigit(next.charCodeAt(0))) return { index: i, end: words.get(i - 1)!.end, year: null, date: null, numberAt: word.start };
    } else if (w.length === 4 && YEAR.test(w)) {
      return rangeAfter(words, i) ? undated(words, i) : { index: i, end: word.end, year: Number(w), date: null, numberAt: null };
    } else if (w.length > GLUED_YEAR_WORD.length && w.endsWith(GLUED_YEAR_WORD)) {
      const glued = gluedYearAt(words, i);
      if (glued) return glued;
    }
    if (endsName(words, i)) return null;
  }
  return null;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const FOUR_DIGITS = /^\d{4}$/;
/**
 * "… nhiệm kỳ 2026 - 2031", "… năm 2021 -2025": the year of word `i` begins a range of years (a term,
 * a period), not a law's year of enactment. (Written without spaces, "2026-2031" is one word, no year.)
 */
const rangeAfter = (words: Words, i: number): boolean => {
  const end = words.get(i)!.end;
  return YEAR_RANGE_TAIL.test(words.text.slice(end, end + 16));
};
const YEAR_RANGE_TAIL = /^[ \t]{0,4}[-\u2010-\u2014][ \t]{0,4}(?:19|20)\d\d(?!\d)/;
/** The name ends before word `i` ("ngày", "năm"), whose date or year no law has: the mention is the name alone. */
const undated = (words: Words, i: number): Marker => ({ index: i, end: words.get(i - 1)!.end, year: null, date: null, numberAt: null });
/**
 * "Căn cứ Luật Khiếu nại, tố cáonăm 1998" (fresh31a 007), "… Luật thi đua, khen thưởngnăm 2005"
 * (fresh29h 019): a page that joined its lines or cells ran "năm" into the name's last word. Word `i`
 * ends in "năm" run into a letter and a year follows: the name ends before "năm" (its id the law's,
 * "khieu-nai-to-cao@1998", not "khieu-nai-to-cao-nam"), the year is the law's. "Nam" of "Việt Nam" has
 * no breve and stands apart; a word "năm" alone is the branch before.
 */
const GLUED_YEAR_WORD = "năm";
function gluedYearAt(words: Words, i: number): Marker | null {
  const word = words.get(i)!;
  const next = words.get(i + 1);
  const cut = word.end - GLUED_YEAR_WORD.length;
  if (next === undefined || !YEAR.test(next.text) || rangeAfter(words, i + 1) || !/\p{L}/u.test(words.text[cut - 1])) return null;
  return { index: i + 1, end: next.end, year: Number(next.text), date: null, numberAt: null, nameEnd: cut };
}
/** What joins the members of a list of numbers: "số 77/…; số 120/… và số 161/…". */
const NUMBER_LIST_JOINERS = new Set(["và", ",", ";", "hoặc"]);
/** "và số 161/…" at `i` ("số" after a list's joiner, then a number): the next member of a list, not a name's number. */
const nextMembersNumberAt = (words: Words, i: number): boolean =>
  words.get(i)?.lower === "số" && NUMBER_LIST_JOINERS.has(words.get(i - 1)?.lower ?? "") && isDigit((words.get(i + 1)?.text ?? "").charCodeAt(0));

/**
 * "… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số
 * 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024": the official
 * name of an amending law of 2024 writes each law it amends with that law's number, and the amending
 * law's date after the list. From the first law's "số" (word `i`, a number after it, the next law
 * listed by its name after it): each law's "số" and number, while a law listed by its name follows
 * ("," or "và", namedLawListedAt) and its "số" and number come within MAX_NAME_WORDS words; then the
 * date or year right after the last number (none: the name has no year), the list's end told by a
 * word that goes on with no list or by punctuation. The name's end (the name's last word before the first
 * "số") is the marker's. Null where the list does not end so within the words read (a law listed
 * without its number before a date, a list longer than the words a name is read over): the name is then
 * read up to its first law, as before.
 */
function amendedList(words: Words, i: number): Marker | null {
  const numbers: { start: number; end: number; number: number }[] = [];
  let k = i;
  for (;;) {
    const number = words.get(k + 1)!;
    numbers.push({ start: words.get(k)!.start, end: number.end, number: number.start });
    const after = words.get(k + 2);
    if (after === undefined) {
      // Past the last number only punctuation (";", "."), not the end of the words read.
      const c = nextNonSpace(words.text, number.end);
      if (c === "" || WORDISH.test(c) || c === ",") return null;
      return { index: i, end: words.get(i - 1)!.end, year: null, date: null, numberAt: null, numbers, firstName: firstListedName(words, i) };
    }
    if ((after.text === "," || after.lower === "và") && namedLawListedAt(words, k + 3)) {
      let next = -1;
      for (let j = k + 4; j < k + 3 + MAX_NAME_WORDS; j++) {
        const w = words.get(j);
        if (w === undefined || (lineBreakIn(w.gap) && opensParagraph(words, j))) return null;
        if (w.lower === "số" && isDigit((words.get(j + 1)?.text ?? "").charCodeAt(0))) {
          next = j;
          break;
        }
        // A law listed with a date or year of its own: not the list this reads.
        if ((w.lower === "ngày" || w.lower === "năm") && isDigit((words.get(j + 1)?.text ?? "").charCodeAt(0))) return null;
      }
      if (next < 0) return null;
      k = next;
      continue;
    }
    // Only a date right after the list is the amending law's: "… số 32/2024/QH15 được Quốc hội thông
    // qua ngày …" may be the last law's own, and is left to it.
    const date = after.lower === "ngày" || after.lower === "năm" ? dateWithin(words, k + 2, k + 3) : null;
    return { index: i, end: words.get(i - 1)!.end, year: date?.year ?? null, date: date?.date ?? null, numberAt: null, numbers, firstName: firstListedName(words, i) };
  }
}

/**
 * The first law's name in an amending name read by amendedList, up to its "số" (word `i`): the words
 * after the kind word that opens the laws amended ("… của Luật Đất đai số …": "Đất đai"), or undefined.
 */
function firstListedName(words: Words, i: number): { start: number; end: number } | undefined {
  for (let k = i - 1; k >= 3; k--) {
    if (!opensAmendedList(words, k - 1)) continue;
    const kind = firstPhraseAt(words, k, NAMED_KIND_BY_FIRST.get(words.get(k)!.lower));
    if (kind === undefined || k + kind.length > i - 1) return undefined;
    return { start: words.get(k + kind.length)!.start, end: words.get(i - 1)!.end };
  }
  return undefined;
}

/** A kind word, capitalised (or in a lower-cased summary), then its number: "Nghị định số 43/…", "Thông tư 02/…". */
function otherNumberedKindAt(words: Words, i: number, anyCase = false): boolean {
  const word = words.get(i)!;
  if (!anyCase && word.text.charCodeAt(0) === word.lower.charCodeAt(0) && !words.lowerCased) return false;
  const kind = firstPhraseAt(words, i, OTHER_KINDS_BY_FIRST.get(word.lower));
  if (kind === undefined) return false;
  const after = words.get(i + kind.length);
  if (after === undefined) return false;
  // In lower case only with "số": "và nghị định số 187/…" (a kind word and a bare number may be prose).
  if (anyCase && after.lower !== "số") return false;
  const number = after.lower === "số" ? words.get(i + kind.length + 1) : after;
  return number !== undefined && isDigit(number.text.charCodeAt(0));
}
const ENACTMENT_BODY = new Set(ENACTMENT_BODY_WORDS);
/** A word of the enacting body's name or session: "Quốc hội … khóa XI, kỳ họp thứ 4". */
const isEnactmentBodyWord = (w: string): boolean => ENACTMENT_BODY.has(w) || /^(?:\d{1,2}|[ivxl]{1,5})$/.test(w);

/**
 * The first date or year among the words from `from` to `to` (excluded), as the marker of a name
 * that ended before `from`; past `to` only while the words name the enacting body and its session
 * (ENACTMENT_BODY_WORDS), up to MAX_ENACTMENT_WORDS.
 */
function dateWithin(words: Words, from: number, to: number): Omit<Marker, "index"> | null {
  for (let i = from; words.get(i); i++) {
    if (i >= to && (i >= from + MAX_ENACTMENT_WORDS || !isEnactmentBodyWord(words.get(i - 1)!.lower))) return null;
    const w = words.get(i)!.lower;
    const next = words.get(i + 1)?.text ?? "";
    const slashed = w === "ngày" ? SLASH_DATE.exec(next) : null;
    if (slashed) {
      return { end: words.get(i + 1)!.end, year: Number(slashed[3]), date: { day: slashed[1], month: slashed[2], year: slashed[3], start: words.get(i)!.start, end: words.get(i + 1)!.end }, numberAt: null };
    }
    const d = w === "ngày" && DIGITS.test(next) ? readDate(words, i + 1) : null;
    if (d) return { end: d.end, year: Number(d.year), date: { day: d.day, month: d.month, year: d.year, start: words.get(i)!.start, end: d.end }, numberAt: null };
    const spaced = w === "ngày" ? spacedDateAfter(words, i) : null;
    if (spaced) return { end: spaced.end, year: Number(spaced.year), date: spaced, numberAt: null };
    if (w === "năm" && YEAR.test(next)) return { end: words.get(i + 1)!.end, year: Number(next), date: null, numberAt: null };
  }
  return null;
}

/** "ngày 26 tháng 11 năm 2003" or "ngày 26/11/2003" from words[i] (the day). */
function readDate(words: Words, i: number): { day: string; month: string; year: string; end: number } | null {
  const t = (k: number) => words.get(k)?.lower ?? "";
  if (t(i + 1) === "tháng" && DIGITS.test(t(i + 2)) && t(i + 3) === "năm" && YEAR.test(t(i + 4))) {
    return { day: t(i), month: t(i + 2), year: t(i + 4), end: words.get(i + 4)!.end };
  }
  return null;
}

/** The pinpoint words ("Điều", "khoản", "phụ lục"), split; a pinpoint is one followed by its number. */
const PINPOINT_PARTS = PINPOINT_WORDS.map((p) => p.split(" "));
const PINPOINT_FIRST = new Set(PINPOINT_PARTS.map((p) => p[0]));
const PINPOINT_NUMBER = /^(?:\d{1,3}[a-zđ]?|[IVXLC]{1,6}|[a-zđ])$/u;
function pinpointAt(words: Words, i: number): boolean {
  for (const parts of PINPOINT_PARTS) {
    if (partsAt(words, i, parts)) return PINPOINT_NUMBER.test(words.get(i + parts.length)?.text ?? "");
  }
  return false;
}

/** A verb, a reference or another document's kind word ends a name that has no date. Asked once a word (Words.endsName). */
function endsName(words: Words, i: number): boolean {
  const known = words.endsName[i];
  if (known !== undefined) return known;
  const ends = wordEndsName(words, i);
  words.endsName[i] = ends;
  return ends;
}

function wordEndsName(words: Words, i: number): boolean {
  const w = words.get(i)!.text;
  const lower = words.get(i)!.lower;
  const endings = ENDINGS_BY_FIRST.get(lower);
  if (endings !== undefined) return firstPhraseAt(words, i, endings) !== undefined && firstPhraseAt(words, i, GOES_ON_BY_FIRST.get(lower)) === undefined;
  // "Luật Đất đai và Nghị định số 187/2004/NĐ-CP": another document begins.
  // ("Luật ban hành Văn bản Quy phạm pháp luật": a kind word inside the name is not after "và" or ",".)
  const before = words.get(i - 1)?.lower;
  if ((before === "và" || before === ",") && NAMED_KIND_FIRST.has(lower) && listsAmendedLaws(words, i)) return false;
  // "… thi hành Luật Đầu tư công và số 161/2016/NĐ-CP …": the next member of a list of numbers begins.
  if (nextMembersNumberAt(words, i)) return true;
  // "Căn cứ quy định tại Điều 49 của Luật Quản lý thuế, Điều 24 của Nghị định số 85/…": a provision
  // of another document begins; the number after it is that document's, not the law's. (An amending
  // law's name may hold one: "Luật sửa đổi, bổ sung Điều 6 và …".)
  if ((before === "," || before === "và" || before === ";") && PINPOINT_FIRST.has(lower) && pinpointAt(words, i) && !amends(words)) return true;
  const capital = capitalUnit(w.charCodeAt(0)) || words.lowerCased;
  if (capital && (before === "và" || before === "," || before === "hoặc") && phraseOfAt(words, i, OTHER_KINDS_BY_FIRST)) return true;
  // "… thực hiện Luật đất đai và nghị định số 187/2004/NĐ-CP": written in lower case, another kind
  // word after "và" with "số" and its number begins another document too; the number is not the
  // law's (the law took the decree's number: a wrong identity).
  if ((before === "và" || before === "," || before === "hoặc") && otherNumberedKindAt(words, i, true)) return true;
  // "… Luật Hộ tịch và QĐ số 101/QĐ-TTg": a kind's initials before "số" begin another document too.
  // (`?? ""`: compared with undefined at a name's last word, the optimized code was thrown away.)
  if ((before === "và" || before === "," || before === "hoặc") && (words.get(i + 1)?.lower ?? "") === "số" && kindByAbbreviation(w) !== null) return true;
  // "Luật Doanh nghiệp nhằm thay thế cho Luật Kinh doanh năm 1994": another law begins, and the
  // year is its own. Only an amending law's name holds one, after "của" ("… một số điều của Luật Đất đai").
  // "… QUY PHẠM PHÁP LUẬT CỦA HĐND" in capitals: "luật" after "pháp", "dự" … is no kind word (NOT_A_KIND_BEFORE).
  // "… một số điều của các Luật liên quan đến đầu tư xây dựng cơ bản": the laws amended, listed after "của (các)".
  const amendedAfter = opensAmendedList(words, i - 1) || ((before === "các" || before === "những") && words.get(i - 2)?.lower === "của");
  return (
    capital &&
    !amendedAfter &&
    !NOT_A_KIND_BEFORE_WORDS.has(before ?? "") &&
    NAMED_KIND_FIRST.has(lower) &&
    startsKindWord(words, i, NAMED_KIND_BY_FIRST) &&
    !NOT_A_KIND_NEXT.has(words.get(i + 1)?.lower ?? "") &&
    // "… VĂN BẢN QPPL LUẬT CỦA HĐND VÀ UBND" in capitals: a kind word before no name's first word starts none.
    !NOT_A_NAME_START.has(words.get(i + 1)?.lower ?? "")
  );
}

/**
 * "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa
 * phương", "… của Luật Thuế giá trị gia tăng, Luật Thuế tiêu thụ đặc biệt và Luật Quản lý thuế":
 * an amending law is named by the laws it amends, listed after "của" with "," and "và". Whether
 * the name being read is one (it opens "sửa đổi" and has "của Luật" before word `i`): a law's kind
 * word after "," or "và" then goes on with the name instead of opening another mention.
 */
function listsAmendedLaws(words: Words, i: number): boolean {
  if (!amends(words)) return false;
  for (let k = 2; k + 1 < i; k++) if (opensAmendedList(words, k) && NAMED_KIND_FIRST.has(words.get(k + 1)!.lower)) return true;
  return false;
}

/**
 * Where the laws an amending law amends begin: after "của" ("… một số điều của Luật Tổ chức Chính
 * phủ"), or right after "một số điều" where the drafter left "của" out ("Luật sửa đổi, bổ sung một
 * số điều Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"), in an amending name only.
 */
function opensAmendedList(words: Words, k: number): boolean {
  const w = words.get(k)?.lower;
  if (w === "của") return true;
  return w === "điều" && amends(words) && words.get(k - 1)?.lower === "số" && words.get(k - 2)?.lower === "một";
}

/**
 * "- Luật sửa đổi, bổ sung một số điều của Luật Đất đai;" opening a line of a list of bases, or a
 * text: an amending law is named by the laws it amends, so its lower-case name stands where no
 * lower-case word comes before it, as a capitalised name does. Not after "các"/"những" (several laws).
 */
function amendingNameStands(words: Words, nameLength: number, text: string, start: number, origin: string, originAt: number): boolean {
  if (!capitalAt(text, start) || pluralBefore(origin, originAt)) return false;
  return listsAmendedLaws(words, nameLength) || namesSeveralLaws(words, nameLength);
}

/**
 * An amending law named by the provisions it amends: "sửa đổi, bổ sung Điều 6 và Phụ lục 4 về
 * Danh mục ngành, nghề đầu tư kinh doanh có điều kiện của Luật Đầu tư", "sửa đổi, bổ sung khoản 2
 * Điều 3 của Luật …". Its words from the first pinpoint to "của" and the law's kind word are the
 * name's whatever they are (a bare name stops at "về", "có", a comma); the laws after "của" are read
 * as ever. Where that "của" stands (its index), or -1: the name must go on to it on its own line,
 * within `most` words (a wrapped line goes on, a new paragraph does not), with no other document's kind word
 * and number between.
 */
function amendedProvisionsEnd(words: Words, most: number): number {
  if (!amends(words)) return -1;
  let k = 2;
  if (words.get(k)?.text === ",") k++;
  if (words.get(k)?.lower === "bổ" && words.get(k + 1)?.lower === "sung") k += 2;
  const first = words.get(k);
  if (first === undefined || !PINPOINT_FIRST.has(first.lower) || !pinpointAt(words, k)) return -1;
  for (let i = k + 1; i < most + 4; i++) {
    const word = words.get(i);
    if (word === undefined || (lineBreakIn(word.gap) && opensParagraph(words, i)) || otherNumberedKindAt(words, i, true)) return -1;
    if (word.lower !== "của") continue;
    const next = words.get(i + 1)?.lower === "các" || words.get(i + 1)?.lower === "những" ? i + 2 : i + 1;
    if (startsKindWord(words, next, NAMED_KIND_BY_FIRST)) return i;
  }
  return -1;
}

/**
 * Whether word `i` opens a law listed after a comma or "và" among the laws an amending name amends
 * ("… của Luật Chứng khoán, Luật Kế toán và Luật Kiểm toán độc lập"): the name goes on with that
 * law's name (MAX_AMENDED_LIST_WORDS).
 */
function listedLawAt(words: Words, i: number): boolean {
  const before = words.get(i - 1)?.lower;
  if (before !== "," && before !== "và") return false;
  // The text may end at the comma ("… của Luật Đất đai số 31/2024/QH15,"): no word there.
  const word = words.get(i);
  return word !== undefined && NAMED_KIND_FIRST.has(word.lower) && startsKindWord(words, i, NAMED_KIND_BY_FIRST) && listsAmendedLaws(words, i);
}

/**
 * listedLawAt, the law named there by its name ("…, Luật Nhà ở số …"): not "và Luật số 71/2014/QH13",
 * another law cited by its number alone after the amending one.
 */
function namedLawListedAt(words: Words, i: number): boolean {
  if (!listedLawAt(words, i)) return false;
  const kind = firstPhraseAt(words, i, NAMED_KIND_BY_FIRST.get(words.get(i)!.lower));
  const after = words.get(i + (kind?.length ?? 1));
  return after !== undefined && after.lower !== "số" && !isDigit(after.text.charCodeAt(0));
}

/**
 * "sửa đổi, bổ sung một số điều của các luật về thuế": an amending law named by the subject of the
 * several laws it amends. Where word `i` opens "các luật về" (or "những", any law's kind word) after
 * "của", how many words that is (3), or 0: a bare name goes on over them to the subject, where
 * elsewhere "các" and "về" end one ("Luật Đất đai về …" is prose about the law).
 */
function severalLawsLength(words: Words, i: number): number {
  const several = words.get(i)!.lower;
  if ((several !== "các" && several !== "những") || words.get(i - 1)?.lower !== "của") return 0;
  const kind = firstPhraseAt(words, i + 1, NAMED_KIND_BY_FIRST.get(words.get(i + 1)?.lower ?? ""));
  if (kind === undefined || words.get(i + 1 + kind.length)?.lower !== "về") return 0;
  return kind.length + 2;
}

/** Whether an amending name of `nameLength` words names the laws it amends by their subject ("… của các luật về thuế"). */
function namesSeveralLaws(words: Words, nameLength: number): boolean {
  if (!amends(words)) return false;
  for (let k = 3; k + 2 < nameLength; k++) if (severalLawsLength(words, k) > 0) return true;
  return false;
}

/** Whether the name opens "sửa đổi": an amending law's. */
const amends = (words: Words): boolean => words.get(0)?.lower === "sửa" && words.get(1)?.lower === "đổi";

/** "Phổ biến, giáo dục pháp luật": a lower-case word after the comma goes on with the name. */
function commaInName(words: Words, i: number): boolean {
  const next = words.get(i + 1)?.text;
  if (next !== undefined && NAMED_KIND_FIRST.has(words.get(i + 1)!.lower) && listsAmendedLaws(words, i + 1)) return true;
  // "… của Hội đồng nhân dân, Ủy ban nhân dân": bodies written out, listed.
  if (next !== undefined && writtenOutLength(words, i + 1) > 0 && writtenOutEndsAt(words, i - 1)) return true;
  if (!next || i === 0 || /^\d/.test(next)) return false;
  // A name in a title set in capitals ("KẾ HOẠCH THỰC HIỆN LUẬT PHÒNG, CHỐNG THAM NHŨNG") has no
  // lower case to go on in: a word in capitals after a word in capitals is read as lower case is.
  // A capital after the comma ends the name, unless the name's half after its comma is capitalised too
  // ("Luật Thi đua, Khen thưởng": COMMA_NAMES_CAPITALISED).
  if (capitalUnit(next.charCodeAt(0)) && !(inCapitals(next) && inCapitals(words.get(i - 1)!.text))) return capitalisedHalves(words, i);
  if (BARE_STOPS.has(words.get(i + 1)!.lower)) return false;
  return !phraseOfAt(words, i + 1, NOT_IN_NAME_AFTER_COMMA_BY_FIRST);
}

/** Whether the comma at word `i` is inside one of COMMA_NAMES_CAPITALISED. */
function capitalisedHalves(words: Words, i: number): boolean {
  for (const [before, after] of COMMA_NAMES_CAPITALISED) if (wordsAre(words, i - before.length, before) && wordsAre(words, i + 1, after)) return true;
  return false;
}

/** Whether the words from `from` are `lower`, lower-cased, word by word. */
const wordsAre = (words: Words, from: number, lower: readonly string[]): boolean =>
  from >= 0 && lower.every((w, k) => words.get(from + k)?.lower === w);

/** A word of two letters or more, all in capitals ("CHỐNG"; not "Chống", not "I"). */
const inCapitals = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/** The kind words of laws, codes and ordinances, lower-cased; those of more than one syllable ("bộ luật", "pháp lệnh"). */
const NAMED_KIND_WORDS = NAMED_KINDS.flatMap((k) => k.words.map((w) => w.toLowerCase()));
const LONG_KIND_BY_FIRST = byFirstWord(NAMED_KIND_WORDS.filter((w) => w.includes(" ")));
const NAMED_KIND_BY_FIRST = byFirstWord(NAMED_KIND_WORDS);
/**
 * "Luật sư", "luật pháp", "luật định", "luật lệ", "luật gia" (a jurist: "Hội Luật gia Việt Nam" among a
 * letter's addressees): the word after "luật" that makes it no kind word.
 */
const NOT_A_KIND_NEXT = new Set(["sư", "pháp", "định", "lệ", "gia"]);

function startsKindWord(words: Words, i: number, kinds: ReadonlyMap<string, string[][]> = LONG_KIND_BY_FIRST): boolean {
  return phraseOfAt(words, i, kinds);
}

/** A phrase's words, lower-cased, at words[i] and on. */
function partsAt(words: Words, i: number, parts: readonly string[]): boolean {
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
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const parts = p.split(" ");
    const list = out.get(parts[0]);
    if (list) list.push(parts);
    else out.set(parts[0], [parts]);
  }
  return out;
}
const ENACTED_BY_FIRST = byFirstWord(NAME_ENACTED);
const GOES_ON_BY_FIRST = byFirstWord(NAME_GOES_ON);
const ENDINGS_BY_FIRST = byFirstWord(NAME_ENDINGS);
const BARE_STOP_PHRASES_BY_FIRST = byFirstWord(BARE_NAME_STOP_PHRASES);

/** The first of `phrases` (split; undefined for none) at words[i], or undefined. */
function firstPhraseAt(words: Words, i: number, phrases: readonly (readonly string[])[] | undefined): readonly string[] | undefined {
  if (phrases === undefined) return undefined;
  for (let k = 0; k < phrases.length; k++) if (partsAt(words, i, phrases[k])) return phrases[k];
  return undefined;
}
const OTHER_KINDS_BY_FIRST = byFirstWord(OTHER_KINDS);
const NOT_IN_NAME_AFTER_COMMA_BY_FIRST = byFirstWord(NOT_IN_NAME_AFTER_COMMA);
const NAMED_KIND_FIRST = firstWords(NAMED_KIND_WORDS);

/** Whether one of the phrases of `byFirst` (byFirstWord) is at words[i]. */
function phraseOfAt(words: Words, i: number, byFirst: ReadonlyMap<string, string[][]>): boolean {
  const w = words.get(i);
  return w !== undefined && firstPhraseAt(words, i, byFirst.get(w.lower)) !== undefined;
}

/** The cue phrases a paragraph opens with ("Căn cứ", "Thực hiện"), lower-cased. */
const OPENING_CUES_BY_FIRST = byFirstWord([...new Set(DOCUMENT_CUES.flatMap((c) => c.phrases.map((p) => p.toLowerCase())))]);
/** What joins the words of one name across a line: "Luật Tổ chức HĐND và ⏎⏎UBND". */
const JOINERS = new Set(["và", ",", "của", "-", "–"]);

/**
 * Whether the word after a line break opens a new paragraph rather than going on with a name that
 * a PDF wrapped ("Luật Ngân sách ⏎⏎Nhà nước", "Luật Tổ chức chính quyền địa ⏎phương"): a heading
 * or body in capitals ("UBND huyện xây dựng …"), a cue ("Triển khai …", "Thực hiện …"), another
 * document's kind word, or a word no name holds ("Những"). Where each paragraph is one line, a
 * heading that ends with a law's name ("… từ khi có Luật Kinh doanh ⏎Triển khai Nghị quyết …")
 * is followed by such a word; a wrapped name goes on in lower case or with a name's capital.
 */
function opensParagraph(words: Words, i: number): boolean {
  const w = words.get(i)!;
  // A heading's number after a title that ends with a law's name: "… Luật Thi đua, khen thưởng ⏎ I. MỤC
  // ĐÍCH", "⏎ 1. Mục đích", "⏎ a) …".
  if (w.text.length <= 4 && HEADING_NUMBER.test(w.text) && HEADING_NUMBER_END.test(words.text.slice(w.end, w.end + 3))) return true;
  if (w.text.charCodeAt(0) === w.lower.charCodeAt(0)) return false;
  if (JOINERS.has(words.get(i - 1)?.lower ?? "")) return false;
  if (w.text.length > 1 && w.text === w.text.toUpperCase() && /\p{L}/u.test(w.text)) return true;
  return BARE_STOPS.has(w.lower) || phraseOfAt(words, i, OPENING_CUES_BY_FIRST) || phraseOfAt(words, i, OTHER_KINDS_BY_FIRST) || opensPlaceDateLine(words, i);
}

/**
 * "V/v triển khai Luật Dược ⏎ Hà Nội, ngày 14 tháng 3 năm 2018": a letter's subject line that ends
 * with a law's name, then the letter's place and date line (find/place-date-lines.ts, as the
 * citations' windows end there): no name goes on into it ("Luật Dược Hà Nội"), nor takes its date as the law's.
 */
const opensPlaceDateLine = (words: Words, i: number): boolean => placeDateLineAt(words.text, words.get(i)!.start) >= 0;

/** What numbers a heading or a list item: a Roman numeral, a number, a letter. */
const HEADING_NUMBER = /^(?:[IVX]{1,4}|[0-9]{1,2}|[a-zđ])$/;
/** What follows a heading's number: its "." or ")" (after a space where a word-segmented source put one: "b ) …") and a space. */
const HEADING_NUMBER_END = /^[ \t]?[.)][ \t]/;

/** A capitalised cue after a line break, not joined to the line before: a new paragraph ("Căn cứ …", "Xét đề nghị …"). */
function opensWithCue(words: Words, i: number): boolean {
  const w = words.get(i)!;
  // After a comma too: "… thi hành Luật Đất đai, ⏎Căn cứ Nghị định số 197/…" ends its items with commas.
  const before = words.get(i - 1)?.lower ?? "";
  if (w.text.charCodeAt(0) === w.lower.charCodeAt(0) || (before !== "," && JOINERS.has(before))) return false;
  return phraseOfAt(words, i, OPENING_CUES_BY_FIRST);
}

/**
 * Without a date: up to the first comma or ending, at most MAX_BARE_NAME_WORDS words (a comma the
 * name goes on after is none). "và" stays
 * ("Pháp lệnh Phí và lệ phí"); "Luật Đất đai và Luật Xây dựng" ends at the second kind word.
 */
function bareLength(words: Words): number {
  let n = 0;
  const amending = amends(words);
  let most = amending ? MAX_AMENDING_NAME_WORDS : MAX_BARE_NAME_WORDS;
  let counted = 0;
  // Past "của các luật về": the laws' subject.
  let subject = false;
  // "Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 về Danh mục … có điều kiện của Luật Đầu tư": the
  // provisions an amending law names are its name's words up to the law they belong to.
  const provisionsEnd = amendedProvisionsEnd(words, most);
  for (; words.get(n) && (counted < most || (amending && counted < MAX_AMENDED_LIST_WORDS && listedLawAt(words, n))); n++, counted++) {
    const w = words.get(n)!.text;
    // "… của Luật A, Luật B, …, Luật J và Luật K;": each law listed takes its own name's words.
    if (amending && counted + MAX_NAME_WORDS > most && listedLawAt(words, n)) most = Math.min(MAX_AMENDED_LIST_WORDS, counted + MAX_NAME_WORDS);
    if (n > 0 && lineBreakIn(words.get(n)!.gap) && opensParagraph(words, n)) break;
    // "Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi);": a bracket after the name opens a
    // note on it (the revision mark readName adds, the name's initials), no more of the name.
    if (n > 0 && n >= provisionsEnd && w.startsWith("(")) break;
    if (n < provisionsEnd) {
      if (w === ",") counted--;
      continue;
    }
    if (w === ",") {
      if (!commaInName(words, n)) break;
      // A comma inside a name is no word of it: "Luật Quản lý, sử dụng tài sản Nhà nước" has eight.
      counted--;
      continue;
    }
    const goesOn = firstPhraseAt(words, n, GOES_ON_BY_FIRST.get(words.get(n)!.lower));
    // A phrase of the name's own that opens with a stop word counts as one word, as a written-out body does.
    if (goesOn) {
      n += goesOn.length - 1;
      continue;
    }
    // "… của các luật về thuế": the several laws amended, named by their subject, are the name's. The
    // subject ends at a comma (commaInName: no law's name listed after it), or where "và" opens another amendment ("… về thuế và sửa đổi, bổ sung
    // một số điều của các Nghị định về thuế": a decree's title naming the law, then the decrees).
    const several = amending ? severalLawsLength(words, n) : 0;
    if (several > 0) {
      n += several - 1;
      subject = true;
      continue;
    }
    if (subject && words.get(n)!.lower === "và" && words.get(n + 1)?.lower === "sửa") break;
    // Lower-cased: a title set in capitals stops where the same words in lower case do ("… LUẬT ĐẤT ĐAI CHO …").
    if (n > 0 && (endsName(words, n) || BARE_STOPS.has(words.get(n)!.lower) || firstPhraseAt(words, n, BARE_STOP_PHRASES_BY_FIRST.get(words.get(n)!.lower)) !== undefined)) break;
    n += writtenOutLength(words, n);
  }
  // Words still going on past the most a name takes (on the same line, or on the next as a wrapped sentence goes on): prose, not a name whose end
  // can be told ("Luật Kinh doanh buộc người muốn thành lập doanh nghiệp phải …"). No law is made of it.
  const next = counted >= most ? words.get(n) : undefined;
  if (next !== undefined && next.text !== "," && !(lineBreakIn(next.gap) && opensParagraph(words, n)) && !BARE_STOPS.has(next.lower) && !endsName(words, n)) return 0;
  return n;
}

/**
 * "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân": a body or term a name may write as its
 * initials (NAME_ABBREVIATIONS: HĐND, UBND, QPPL) counts as one word when written out, as its
 * initials would. Counted word by word, that name (11 words) was cut at "và Ủy". Returns how
 * many words past the one at `i` such a phrase takes (0 for none).
 */
function writtenOutLength(words: Words, i: number): number {
  if (!WRITTEN_OUT_FIRST.has(words.get(i)!.lower)) return 0;
  for (const parts of WRITTEN_OUT) if (partsAt(words, i, parts)) return parts.length - 1;
  return 0;
}

/** Whether a written-out phrase ends at word `i`. */
function writtenOutEndsAt(words: Words, i: number): boolean {
  for (const parts of WRITTEN_OUT) if (i - parts.length + 1 >= 0 && partsAt(words, i - parts.length + 1, parts)) return true;
  return false;
}

/** The written-out forms, lower-cased, longest first; "uỷ" as older texts place its tone too. */
const WRITTEN_OUT = [...new Set(Object.values(NAME_ABBREVIATIONS).flatMap((p) => [p.toLowerCase(), p.toLowerCase().replace(/ủy/g, "uỷ")]))]
  .map((p) => p.split(" "))
  .sort((a, b) => b.length - a.length);
const WRITTEN_OUT_FIRST = new Set(WRITTEN_OUT.map((p) => p[0]));
