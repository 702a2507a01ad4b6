import type { IToken, TokenType } from "chevrotain";
import { citationLexer, NumberTok, Word } from "./tokens.js";
import { gluedDateWordAt, gluedHeadingWordAt, headingAfterCodeAt, NUMBER_PART, NUMBER_PART_AHEAD, NUMBER_SUFFIX_CODES, NUMBER_SUFFIX_WIDE_CODES, YEAR_CODE_AHEAD } from "../../src/vocab/numbers.js";
import { Case, Cls, Key, keyOf, keywordRegex, mix, piecesOf, tables, type Keyword } from "./lexer-tables.js";

/**
 * The citation lexer, fast: the same tokens as Chevrotain's lexer (`citationLexer`, kept as its
 * test oracle), built from the same token definitions.
 *
 * Chevrotain narrows its candidates by a token's first character only, so at a word starting with
 * "c" it runs every keyword pattern that may start with "c" (của, Chính phủ, Chủ tịch, …) before
 * settling on a plain Word. Here a word's letters pick the keyword tokens whose phrases begin with
 * that very word, so most words try no pattern at all; the keyword patterns that remain are
 * Chevrotain's own, run in its order, with its longer_alt rule (a Word strictly longer wins).
 * Whitespace, numbers and punctuation are read by character class, the classes taken from the
 * token patterns themselves.
 */
export function lexFast(text: string): IToken[] {
  const stream = new TokenStream(text);
  stream.at(Infinity);
  return stream.tokens;
}

/**
 * The fast lexer, on demand: tokens are read only as far as someone asks. The island parser asks
 * through the grammar's look-ahead (Chevrotain's LA), so the words after a citation's end are
 * never lexed. `tokens` only grows, and each token is the one lexFast gives at that index.
 */
export class TokenStream {
  readonly tokens: IToken[] = [];
  /** Set when a token past the end of the text was asked for: a longer text might have answered. */
  ranOut = false;
  private pos = 0;
  /** Index of the last token that must exist for every token lexed so far to be final (see settled). */
  private needed = 0;
  /** `needed` as it stood after each token was lexed: tokens[0..k] are final once neededAfter[k] < tokens.length (see grown). */
  private readonly neededAfter: number[] = [];
  /** False once Chevrotain's lexer replaced the tokens (lexNext's last branch): neededAfter no longer says which are final. */
  private reusable = true;

  constructor(readonly text: string) {}

  /** A stream over tokens already lexed in full (the whole-text path). */
  static of(tokens: readonly IToken[]): TokenStream {
    const stream = new TokenStream("");
    stream.tokens.push(...tokens);
    stream.reusable = false;
    return stream;
  }

  /** tokens[i], lexing as far as it; undefined when the text ends first. */
  at(i: number): IToken | undefined {
    while (this.tokens.length <= i && this.pos < this.text.length) this.lexOne();
    if (i >= this.tokens.length) {
      this.ranOut = true;
      return undefined;
    }
    return this.tokens[i];
  }

  /** Index of the token starting exactly at `offset`, lexing as far as it; -1 when none does. */
  indexAt(offset: number): number {
    const toks = this.tokens;
    while ((toks.length === 0 || toks[toks.length - 1].startOffset < offset) && this.pos < this.text.length) {
      this.lexOne();
    }
    for (let i = toks.length - 1; i >= 0 && toks[i].startOffset >= offset; i--) {
      if (toks[i].startOffset === offset) return i;
    }
    return -1;
  }

  /** Whether the text may begin inside a keyword phrase begun before it (see mayContinuePhrase). */
  mayStartMidPhrase(): boolean {
    return mayContinuePhrase(this.text, 0);
  }

  /**
   * Whether the tokens lexed so far are the ones a longer text (this text cut further on) would
   * give too: nothing was asked past the end, and the text goes on long enough after each token
   * that neither it (a word the cut might have halved) nor a keyword phrase starting there (cut
   * after "Ban Chấp hành") could read differently. Lexes ahead as far as that takes.
   */
  settled(): boolean {
    if (this.ranOut) return false;
    const need = this.needed;
    while (this.tokens.length <= need && this.pos < this.text.length) this.lexOne();
    return need < this.tokens.length;
  }

  /**
   * A stream over `longer`, a text that begins with this stream's text (a window grown forward),
   * holding already the tokens lexed here that `longer` lexes the same: the first ones settled
   * (see settled), each with every token it needed after it lexed. The rest are lexed again.
   */
  grown(longer: string): TokenStream {
    const next = new TokenStream(longer);
    const { tokens, neededAfter } = this;
    if (!this.reusable) return next;
    let k = tokens.length - 1;
    while (k >= 0 && neededAfter[k] >= tokens.length) k--;
    if (k < 0) return next;
    for (let i = 0; i <= k; i++) {
      next.tokens.push(tokens[i]);
      next.neededAfter.push(neededAfter[i]);
    }
    next.pos = tokens[k].startOffset + tokens[k].image.length;
    next.needed = neededAfter[k];
    return next;
  }

  private lexOne(): void {
    const index = this.tokens.length;
    replacedAll = false;
    this.pos = lexNext(this.text, this.pos, this.tokens);
    const added = this.tokens.length - index;
    if (replacedAll) this.reusable = false;
    // A token's "reach": how many tokens past it a phrase starting at it may still need to see.
    if (added > 0 && index + lastReach > this.needed) this.needed = index + lastReach;
    if (added === 1) this.neededAfter.push(this.needed);
  }
}

/**
 * Whether the first word at or after `from` in `text` (raw or prepared) may be the continuation of
 * a keyword phrase begun before it, as "tư" in "Thông | tư liên tịch": some phrase has it after
 * its first piece. A window of text that begins after whitespace with a word that is not lexes,
 * from its first token on, as the whole text does. Raw text is read as preparation would leave it:
 * look-alikes fold (Ð as Đ, – as -), and a word with combining marks counts as a possible one.
 */
export function mayContinuePhrase(text: string, from: number): boolean {
  const t = tables();
  const n = text.length;
  let i = from;
  while (i < n && t.charClass[text.charCodeAt(i)] === Cls.WHITESPACE) i++;
  if (i >= n) return false;
  const c = t.fold[text.charCodeAt(i)];
  if (t.charClass[c] !== Cls.LETTER) return t.continuations.has(-1 - c);
  let hash = t.canon[c];
  let j = i + 1;
  for (; j < n; j++) {
    const d = t.fold[text.charCodeAt(j)];
    if (t.charClass[d] !== Cls.LETTER) break;
    hash = mix(hash, t.canon[d]);
  }
  if (j < n && isCombiningMark(text.charCodeAt(j))) return true;
  return t.continuations.has(keyOf(hash, j - i));
}

const isCombiningMark = (c: number): boolean => c >= 0x300 && c <= 0x36f;

/**
 * Set by lexNext: how many tokens must follow the one it lexed for that token to be final. One
 * (a word or number the cut might have halved), or, where a longer keyword phrase may start, as
 * many as its pieces not yet matched: a cut text gives each of them as a token, so if that many
 * follow, the phrase was not cut.
 */
let lastReach = 1;
/** Set by lexNext when Chevrotain's lexer replaced every token (its last branch). */
let replacedAll = false;

/**
 * Lexes the token at or after `i` (whitespace is skipped) onto `tokens`; returns where it ends.
 * No read here or in its helpers goes past the text's end: charCodeAt there gives NaN, which
 * TurboFan's code for this function does not expect; each such read at a window's end threw the
 * compiled code away (lexNext was compiled four times in a cold pass).
 */
function lexNext(text: string, i: number, tokens: IToken[]): number {
  const t = tables();
  const { charClass } = t;
  const n = text.length;
  let c = text.charCodeAt(i);
  let cls = charClass[c];
  while (cls === Cls.WHITESPACE) {
    if (++i >= n) return i;
    c = text.charCodeAt(i);
    cls = charClass[c];
  }
  let j = i + 1;
  lastReach = 1;
  if (cls === Cls.DIGIT) {
    while (j < n && charClass[text.charCodeAt(j)] === Cls.DIGIT) j++;
    // "200l/" (YEAR_TYPED_L): the letter is the token's where a slash follows it (the slash is the
    // next token, as far as the look-ahead read). Without the slash, "l" is a letter past d as below.
    if (j === i + 3 && j + 1 < n && text.charCodeAt(j) === 0x6c && text.charCodeAt(j + 1) === 0x2f && centuryAt(text, i)) j++;
    else if (j < n && NUMBER_SUFFIX_CODES[text.charCodeAt(j)] === 1 && slashOrDashAfter(text, j + 1)) j++;
    else if (j < n && NUMBER_SUFFIX_WIDE_CODES[text.charCodeAt(j)] === 1) {
      // "3e/2000/NQ-HĐND": a letter past d where a year and an upper-case code follow, or a lower-case
      // code and its dash ("3e/2000/nq-hđnd", NUMBER_LETTER). Read or not, the look-ahead went as far
      // as the lower-case code's dash: "e", "/", "2000", "/", "nq", "-".
      YEAR_CODE_STICKY.lastIndex = j + 1;
      if (YEAR_CODE_STICKY.test(text)) j++;
      else lastReach = 6;
    } else if (j + 1 < n && text.charCodeAt(j) === 0x2e && charClass[text.charCodeAt(j + 1)] === Cls.DIGIT) {
      // "66.7/2025/NQ-CP": the part after the dot where a ký hiệu follows (NUMBER_PART). Read or
      // not, the look-ahead went as far as the code's first letter: ".", "7", "/", "2025", "/", "NQ".
      NUMBER_PART_STICKY.lastIndex = j;
      if (NUMBER_PART_STICKY.test(text)) j = NUMBER_PART_STICKY.lastIndex;
      else lastReach = 6;
    }
    tokens.push(token(text, i, j, NumberTok));
  } else if (cls === Cls.LETTER) {
    const { canon } = t;
    let hash = canon[c];
    // Each character read once (a read is a check of the string's shape before the load).
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (charClass[d] !== Cls.LETTER) break;
      hash = mix(hash, canon[d]);
    }
    let lettersEnd = j;
    let to = segmentEnd(text, lettersEnd, t.wordChar);
    const cut = to - 4;
    // (A glued date word or heading has whitespace after it: none where the text ends.)
    // A heading's first word after a code (GLUED_HEADING_WORD): cut or not, the look-ahead read its second word and the character after it.
    const heading = cut > i && to < n && headingAfterCodeAt(text, cut) !== null;
    if (cut > i && to < n && (((text.charCodeAt(to - 1) | 0x20) === 0x79 && gluedDateWordAt(text, cut)) || (heading && gluedHeadingWordAt(text, cut)))) {
      // The word ends where a date's "ngày" (GLUED_DATE_WORD) or a heading's first word (GLUED_HEADING_WORD,
      // four letters too) run into it begins; its key is that of the letters before.
      if (cut < lettersEnd) {
        lettersEnd = cut;
        hash = t.canon[c];
        for (let k = i + 1; k < cut; k++) hash = mix(hash, t.canon[text.charCodeAt(k)]);
      }
      to = cut;
    } else {
      to = continuationsEnd(text, to, t.wordChar, t.letterCase);
    }
    const key = keyOf(hash, lettersEnd - i);
    // Most words begin no keyword phrase: a bit per key's low bits says so without a map lookup.
    const first = t.firstWordBits[key & Key.FIRST_WORD_MASK] === 1 ? t.keywords.get(key) : undefined;
    // A kind's initials in a ký hiệu ("123/QĐ-UBND") begin no phrase there: only before whitespace.
    const candidates = first === undefined || (first.spaceAfter && (lettersEnd >= n || charClass[text.charCodeAt(lettersEnd)] !== Cls.WHITESPACE)) ? undefined : first.keywords;
    const word = keywordOrWord(text, i, to, candidates);
    // A keyword that matched k pieces of its longest phrase (P pieces) leaves P - k that a cut
    // text would give as tokens of their own; a word that matched none, P - 1.
    if (first !== undefined && first.reach > 1) {
      lastReach = Math.max(1, first.reach - (word.tokenType === Word ? 1 : piecesOf(first, word.image, charClass)) + 1);
    }
    // The heading's first word (or the Word it stayed in), its second word, and one token more: the second word's end.
    if (heading) lastReach = Math.max(lastReach, 3);
    tokens.push(word);
    j = i + word.image.length;
  } else if (cls >= Cls.SINGLE) {
    tokens.push(token(text, i, j, t.singles[cls - Cls.SINGLE]));
  } else {
    // A character no token takes. None today (Punct takes every character the others leave);
    // should a token change leave one, Chevrotain's error handling decides, so the lexers still
    // agree: its tokens replace these in place (whoever holds the array sees them) and end the text.
    tokens.length = 0;
    tokens.push(...citationLexer.tokenize(text).tokens);
    replacedAll = true;
    return n;
  }
  return j;
}

const NUMBER_PART_STICKY = new RegExp(NUMBER_PART + NUMBER_PART_AHEAD, "y");
const YEAR_CODE_STICKY = new RegExp(YEAR_CODE_AHEAD, "y");

/** "19" or "20" at `i` (YEAR_TYPED_L's first two digits). */
function centuryAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  return (a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30);
}

/** NumberTok's look-ahead after its letter: spaces and tabs, then a slash or a dash. */
function slashOrDashAfter(text: string, i: number): boolean {
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c === 0x2f || c === 0x2d;
}

/** Where the letters and digits of a Word's first segment end. */
function segmentEnd(text: string, from: number, wordChar: Uint8Array): number {
  let j = from;
  while (j < text.length && wordChar[text.charCodeAt(j)] === 1) j++;
  return j;
}

/** Where Word's match ends past its first segment: any ".x", "&x", "'x" or "’x" continuations; not past a glued full stop (gluedFullStop). */
function continuationsEnd(text: string, from: number, wordChar: Uint8Array, letterCase: Uint8Array): number {
  const n = text.length;
  let j = from;
  for (;;) {
    if (j + 1 >= n) return j;
    const c = text.charCodeAt(j);
    if ((c !== 46 && c !== 38 && c !== 39 && c !== 0x2019) || wordChar[text.charCodeAt(j + 1)] !== 1) return j;
    if (c === 46 && gluedFullStop(text, j, wordChar, letterCase)) return j;
    j += 2;
    while (j < n && wordChar[text.charCodeAt(j)] === 1) j++;
  }
}

/**
 * tokens.ts GLUED_FULL_STOP at the dot text[dot]: two capitals or digits before it, or a code's
 * capital, capital, small or capital, small, capital ("TTg", "ThU"), and after it a small letter,
 * or a letter and then a small one ("NĐ-CP.Theo", "UBND.ngày", "QĐ-TTg.Theo").
 */
function gluedFullStop(text: string, dot: number, wordChar: Uint8Array, letterCase: Uint8Array): boolean {
  if (dot < 2) return false;
  const last = text.charCodeAt(dot - 1);
  const before = text.charCodeAt(dot - 2);
  const code =
    (letterCase[last] === Case.CAPITAL && letterCase[before] === Case.CAPITAL) ||
    (dot >= 3 &&
      isCapitalLetter(text.charCodeAt(dot - 3), letterCase) &&
      ((isCapitalLetter(before, letterCase) && letterCase[last] === Case.SMALL) || (letterCase[before] === Case.SMALL && isCapitalLetter(last, letterCase))));
  if (!code) return false;
  const a = text.charCodeAt(dot + 1);
  const letter = wordChar[a] === 1 && (a < 0x30 || a > 0x39);
  return letterCase[a] === Case.SMALL || (letter && dot + 2 < text.length && letterCase[text.charCodeAt(dot + 2)] === Case.SMALL);
}

/** A capital letter, not a digit (letterCase counts digits with the capitals). */
const isCapitalLetter = (c: number, letterCase: Uint8Array): boolean => letterCase[c] === Case.CAPITAL && (c < 0x30 || c > 0x39);

function keywordOrWord(text: string, from: number, wordTo: number, candidates: Keyword[] | undefined): IToken {
  if (candidates !== undefined) {
    for (const k of candidates) {
      const pattern = keywordRegex(k);
      pattern.lastIndex = from;
      if (!pattern.test(text)) continue;
      const end = pattern.lastIndex;
      return end >= wordTo ? token(text, from, end, k.type) : token(text, from, wordTo, Word);
    }
  }
  return token(text, from, wordTo, Word);
}

/** The shape Chevrotain's own lexer gives with positionTracking "onlyOffset" (same key order). */
function token(text: string, from: number, to: number, type: TokenType): IToken {
  return { image: text.substring(from, to), startOffset: from, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type } as IToken;
}
