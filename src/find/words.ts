/**
 * The words after a law's kind word, as the name reader (named.ts) takes them: letters and digits
 * joined by & ' ’ / . -, or a comma, each with the whitespace before it.
 */
import { MAX_AMENDED_LIST_WORDS } from "../vocab/laws.js";
import { LETTER_OR_DIGIT, markClass } from "../shared/chars.js";
import { inLowerCase } from "../shared/lower-case.js";
import { gluedDateWordAt } from "../vocab/numbers.js";

/**
 * One word of a name, or a comma, as `([ \t\r\n]*(?:[-–][ \t\r\n]+)?)([\p{L}\p{N}]+(?:[&'’/.\-][\p{L}\p{N}]+)*|,)`
 * would read it where the last one ended (each run of letters and digits ending, past its first
 * character, where a date's "ngày" run into it begins: GLUED_DATE_WORD): by table, since a Unicode regex per word was a fifth of this pass.
 */
const WORD_CHAR = Uint8Array.from(LETTER_OR_DIGIT);
// A surrogate is settled by the code point it is half of.
WORD_CHAR.fill(2, 0xd800, 0xe000);
const ASTRAL_WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** "(sửa đổi)", "(sửa đổi, bổ sung)" after an amended law's name. */
export const AMENDED = /^\s*\(\s*sửa\s+đổi(?:\s*,\s*bổ\s+sung)?\s*\)/iu;
/**
 * "Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)
 * ngày 29 tháng 6 năm 2006", "Luật Phòng cháy và chữa cháy (PCCC) năm 2001": initials in capitals
 * in parentheses inside or after a name, read past as AMENDED is, so the date after them is the
 * name's and the name's identity is the one its words give. A word-segmented source spaces the
 * separator too ("( HIV / AIDS )"). Bounded: linear on any text.
 */
const INITIALS_IN_PARENTHESES = /^[ \t]*\([ \t]*\p{Lu}[\p{Lu}\p{N}]{1,11}(?:[ \t]?[/&-][ \t]?[\p{Lu}\p{N}]{1,11}){0,3}[ \t]*\)/u;

/**
 * A line break in the whitespace before a word ("\r" alone ends a line in old Mac files). Read unit
 * by unit: a gap is mostly one space, where four indexOf calls cost five times the loop (27 against
 * 5.6 ns a gap over the dev texts' gaps), and the name reader asks it of most words it reads.
 */
export function lineBreakIn(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    // "\n", vertical tab (Word's manual line break), form feed (a page break), "\r"; U+2028, U+2029.
    if ((c >= 0x0a && c <= 0x0d) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  gap: string;
}

/**
 * The words after a kind word, read one by one as the rules ask for them: most names end at
 * their third or fourth word, and reading all MAX_NAME_WORDS up front cost more than the rules.
 */
export class Words {
  private readonly list: Word[] = [];
  /**
   * Whether each word ends the name (named.ts endsName, by word index), once asked: findMarker asks
   * it of each word of a name without a date, and bareLength again of the same words.
   */
  readonly endsName: (boolean | undefined)[] = [];
  private at: number;
  private done = false;

  constructor(
    readonly text: string,
    start: number,
    /** The whole text writes no capital inside its lines (hasCapital): there case tells nothing. */
    readonly lowerCased = false,
    /** "các"/"những" stands before the kind word ("và các Luật sửa đổi, bổ sung Luật …"): several laws named by their kind. */
    readonly several = false,
    /**
     * Whether the ";" at a place goes on with the name as the "," it stands for (named/amended-laws.ts
     * semicolonInList): asked of the words read before it, which it must not read past. None: a ";" ends the words.
     */
    private readonly semicolonGoesOn?: (words: Words, at: number) => boolean,
    /**
     * `text` ends where the caller's text ends (the words' window was not cut short of it): past the last word
     * read there is nothing, and a list of laws that runs to it ends there (named/amended-laws.ts amendedList).
     */
    readonly endsText = false,
  ) {
    this.at = start;
  }

  /** How many words are read so far (get(i) below it reads nothing more). */
  get count(): number {
    return this.list.length;
  }

  get(i: number): Word | undefined {
    // No word before the first ("the word before" of word 0): undefined, as list[-1] is, without reading
    // list[-1], a named property's look-up that made this load (inlined in the name reader's every
    // function) a megamorphic one in every process (bench/README.md, session 37).
    if (i < 0) return undefined;
    while (this.list.length <= i && !this.done) this.readOne();
    return this.list[i];
  }

  /** The first n words (fewer where the name's window ends). */
  slice(n: number): Word[] {
    this.get(n - 1);
    return this.list.slice(0, n);
  }

  private readOne(): void {
    const text = this.text;
    if (this.list.length >= MAX_AMENDED_LIST_WORDS + 8) {
      this.done = true;
      return;
    }
    // "Luật tổ chức HĐND và UBND (sửa đổi) năm 2003": the amended law's name, read past.
    if (parenthesisFollows(text, this.at)) {
      const after = text.slice(this.at, this.at + 48);
      const amended = AMENDED.exec(after) ?? INITIALS_IN_PARENTHESES.exec(after);
      if (amended) this.at += amended[0].length;
    }
    let start = wordStart(text, this.at);
    spacedSlashRead = false;
    let end = wordEnd(text, start);
    // A PDF page's number on a line of its own ("… chính ⏎- 3 -⏎ quyền địa phương", pdftotext's "… Luật Bảo vệ
    // ⏎\f      2⏎môi trường"), which the page broke the name at: no word of it. Read past, the line break
    // before it kept in the next gap.
    while (end > 0 && end - start <= 4) {
      const after = Math.max(pageNumberEnd(text, this.at, start, end), formFeedPageNumberEnd(text, this.at, start, end));
      if (after < 0) break;
      start = wordStart(text, after);
      end = wordEnd(text, start);
    }
    // The gap is whitespace (and maybe a spaced dash). A blank line in it is read past: text taken
    // from a PDF has one after every printed line ("Luật Tổ chức chính quyền địa \n\nphương ngày
    // 19 tháng 6 năm 2015"); only a name without a date stops there (bareLength).
    if (end < 0) {
      // A ";" the drafter wrote for the "," of a name or a list of laws: read as that comma, a word of its own.
      // Asked only where the reader gave the question, and never past the text's end (a read there deopts readOne).
      if (this.semicolonGoesOn !== undefined && this.semicolonRead(start)) return;
      this.done = true;
      return;
    }
    // A number a word segmenter spaced at its slashes ("31 / 2024 / QH15", wordEnd) is read as written unspaced.
    const word = spacedSlashRead ? text.slice(start, end).replaceAll(" / ", "/") : text.slice(start, end);
    spacedSlashRead = false;
    const gap = text.slice(this.at, start);
    this.at = end;
    this.list.push({ text: word, lower: inLowerCase(word), start, end, gap });
  }

  /** The ";" at `at` read as a comma where semicolonGoesOn says it goes on with the name (readOne). */
  private semicolonRead(at: number): boolean {
    const text = this.text;
    if (at >= text.length || text.charCodeAt(at) !== 0x3b || !this.semicolonGoesOn!(this, at)) return false;
    this.list.push({ text: ",", lower: ",", start: at, end: at + 1, gap: text.slice(this.at, at) });
    this.at = at + 1;
    return true;
  }
}

/**
 * Where the page-number line ends when text[start, end) is one ("⏎- 3 -⏎", "⏎– 12 –⏎": a number of
 * four digits at most, between dashes each set off by spaces, alone on its line), or -1. The
 * line break before it is in text[from, start); the one after it, or the text's end, follows.
 */
function pageNumberEnd(text: string, from: number, start: number, end: number): number {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) < 0x30 || text.charCodeAt(k) > 0x39) return -1;
  // Before: a dash wordStart read past, and only spaces back to a line break.
  let i = blanksBack(text, from, start - 1);
  if (i < from || !isDash(text.charCodeAt(i))) return -1;
  i = blanksBack(text, from, i - 1);
  if (i < from || !isLineBreak(text.charCodeAt(i))) return -1;
  // After: spaces, a dash, spaces, then the line's end.
  let j = blanksOn(text, end);
  if (j >= text.length || !isDash(text.charCodeAt(j))) return -1;
  j = blanksOn(text, j + 1);
  return j >= text.length || isLineBreak(text.charCodeAt(j)) ? j : -1;
}
const isDash = (c: number): boolean => c === 0x2d || c === 0x2013;
const isLineBreak = (c: number): boolean => c === 0x0a || c === 0x0d;
/** The first index at or before `i` (not before `from`) that is no space or tab, or from − 1. */
function blanksBack(text: string, from: number, i: number): number {
  while (i >= from && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  return i;
}
/** The first index at or after `j` that is no space or tab, or the text's length. */
function blanksOn(text: string, j: number): number {
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  return j;
}

/**
 * Where the page-number line ends when text[start, end) is the number pdftotext's layout text opens a page with: a
 * form feed (the page break), blanks, a number of three digits at most, alone on its line ("⏎\f      2⏎",
 * "⏎\f2⏎"), or -1. The line break and the form feed are in text[from, start), only blanks after each; the
 * line's end, or the text's, follows the number. pdftotext writes one at each page of fresh55g-002/003,
 * fresh56b-002, fresh56d-011, fresh57b-003/004/006, most inside a sentence; in fresh57b-006 inside a law's name
 * ("Luật Bảo vệ ⏎\f 2⏎môi trường", read "Luật Bảo vệ 2 môi trường").
 */
function formFeedPageNumberEnd(text: string, from: number, start: number, end: number): number {
  if (end - start > 3) return -1;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) < 0x30 || text.charCodeAt(k) > 0x39) return -1;
  let i = blanksBack(text, from, start - 1);
  if (i < from || text.charCodeAt(i) !== 0x0c) return -1;
  // Before the form feed, blanks back to the previous page's last line break (as named/find.ts strips it from a name).
  i = blanksBack(text, from, i - 1);
  if (i < from || !isLineBreak(text.charCodeAt(i))) return -1;
  const j = blanksOn(text, end);
  return j >= text.length || isLineBreak(text.charCodeAt(j)) ? j : -1;
}

/** 1 for an upper-case letter (\p{Lu}), 2 for a surrogate: the code point it is half of settles it. */
const CAPITAL = markClass(new Uint8Array(0x10000), /\p{Lu}/u);
CAPITAL.fill(2, 0xd800, 0xe000);
const ASTRAL_CAPITAL = /^\p{Lu}$/u;
/**
 * Whether a text writes capitals inside its lines: a capital with something other than spaces and
 * tabs before it on its line. A summary lower-cased whole does not (but for the letter opening it:
 * "V/v thực hiện luật bhyt", "Quyết định …"), and there case tells nothing.
 * Each capital looks back over the blanks before it by hand: a look-behind opening the regex was
 * tried at every character and walked back over the whole run of spaces each time (40 KB of spaces
 * before "luật" took 1.8 s, a megabyte would take many minutes).
 * The capitals are found by table, not by /\p{Lu}/gu: a text lower-cased but for its lines' first
 * letters (as the dev texts are) is read to its end, and the regex took a fifth of the named-law pass there.
 */
export function hasCapital(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const kind = CAPITAL[s.charCodeAt(k)];
    if (kind === 0) continue;
    if (kind === 2) {
      // A lone surrogate is no letter; a pair's second half is looked at alone and is none either.
      const cp = s.codePointAt(k)!;
      if (cp <= 0xffff || !ASTRAL_CAPITAL.test(String.fromCodePoint(cp))) continue;
    }
    let i = k - 1;
    while (i >= 0 && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09)) i--;
    if (i >= 0 && s.charCodeAt(i) !== 0x0a) return true;
  }
  return false;
}

/**
 * Blanks between a name's words: tab, "\n", vertical tab, form feed, "\r" (U+0009-U+000D, one range test) and the
 * space; U+2028 and U+2029 end lines as "\n" does (some editors write them). A vertical tab (Word's manual line break
 * pasted) or a form feed (a page break a PDF's text keeps) inside "Luật Đất đai" cut the name at "Luật Đất" (audit55).
 */
// The range's lower bound asked first: every letter reaches both of its tests, so each has type feedback before the
// first tab or line break comes. Asked upper bound first, a letter never reached `c >= 0x09`, and the first line
// break inside a name's window threw away the name reader's compiled code (readOne, wordStart, this) to compile it again.
const isGapSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2028 || c === 0x2029;

/**
 * Where the next word starts after `at`: past whitespace, and a dash with whitespace after it.
 * Every read here and in wordEnd stays inside the text: a charCodeAt past its end (a name's window
 * ending in blanks) made TurboFan throw its code away and compile these again, the name reader with them.
 */
function wordStart(text: string, at: number): number {
  const n = text.length;
  let i = at;
  // Once more past the dash, by the same loop, and the character after it read whatever it is:
  // arithmetic or a call only a dash reached had no type feedback when the first dash came, and
  // cost the name reader (readOne, findMarker) a deopt.
  for (let dashed = false; ; dashed = true) {
    while (i < n && isGapSpace(text.charCodeAt(i))) i++;
    const next = i + 1;
    if (dashed || next >= n) return i;
    const c = text.charCodeAt(i);
    const gapAfter = isGapSpace(text.charCodeAt(next));
    if ((c !== 0x2d && c !== 0x2013) || !gapAfter) return i;
    i = next;
  }
}

/** Where the word (letters and digits, joined by & ' ’ / . -) or comma starting at `i` ends; -1 when none starts there. */
function wordEnd(text: string, i: number): number {
  if (i >= text.length) return -1;
  if (text.charCodeAt(i) === 0x2c) return i + 1;
  let n = wordCharAt(text, i);
  if (n === 0) return -1;
  for (;;) {
    const segment = i;
    i += n;
    while ((n = wordCharAt(text, i)) > 0) i += n;
    // "Luật Tổ chức Chính phủngày 25 tháng 12 năm 2001": a date's "ngày" run into the word (GLUED_DATE_WORD).
    if (i - 4 > segment && (text.charCodeAt(i - 1) | 0x20) === 0x79 && gluedDateWordAt(text, i - 4)) return i - 4;
    if (i >= text.length) return i;
    const c = text.charCodeAt(i);
    if (c === 0x20 && spacedSlashAt(text, i) && (n = wordCharAt(text, i + 3)) > 0) {
      spacedSlashRead = true;
      i += 3;
      continue;
    }
    const joiner = c === 0x26 || c === 0x27 || c === 0x2019 || c === 0x2f || c === 0x2e || c === 0x2d;
    if (!joiner || (n = wordCharAt(text, i + 1)) === 0) return i;
    i += 1;
  }
}

/**
 * Whether text[i, i + 3) is " / " inside a number as a word segmenter writes it, a digit beside the slash's spaces
 * ("Luật Đất đai số 31 / 2024 / QH15", "Thông tư số 116/2004 / TT-BTC", "ngày 03/12 / 2004": the development
 * corpus's source, dev-003, dev-031, dev-057): the number's word goes on over it. One space each side only, and a
 * digit before or after: "HIV / AIDS", "V / v" and a slash between two words stay where words end.
 */
function spacedSlashAt(text: string, i: number): boolean {
  // Inside the text only (wordStart's note: a read past its end cost the name reader a deopt).
  if (i + 3 >= text.length || text.charCodeAt(i + 1) !== 0x2f || text.charCodeAt(i + 2) !== 0x20) return false;
  return isDigit(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i + 3));
}
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Whether the word wordEnd last read went on over a spaced slash (readOne then reads its text unspaced). */
let spacedSlashRead = false;

/** How many code units the letter or digit at `i` takes (2 for one outside the BMP), 0 for anything else. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const k = WORD_CHAR[text.charCodeAt(i)];
  if (k === 1) return 1;
  if (k !== 2) return 0;
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && ASTRAL_WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/**
 * The first character after `at` that is no space, tab or line break; "" at the text's end. Not
 * text[i] (undefined) there: a read past the end, and then an undefined compared where a string
 * always was, each cost its callers (readOne, the name reader) a deopt and a recompile.
 */
export function nextNonSpace(text: string, at: number): string {
  const i = nextNonSpaceAt(text, at);
  return i < text.length ? text[i] : "";
}

/** Whether "(" is the next character past spaces and line breaks, by its code (no one-letter string): "Luật … (sửa đổi)". */
export function parenthesisFollows(text: string, at: number): boolean {
  const i = nextNonSpaceAt(text, at);
  return i < text.length && text.charCodeAt(i) === 0x28;
}

/**
 * Where nextNonSpace's character stands (the text's length at its end): a caller that compares it
 * with one character reads its code there, with no one-letter string made (a word's first letter
 * is mostly outside Latin-1, "đ", "ư", and each such string was a new one: readOne asks at every word).
 */
export function nextNonSpaceAt(text: string, at: number): number {
  let i = at;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
  }
  return i;
}
