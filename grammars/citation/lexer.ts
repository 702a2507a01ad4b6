import { Lexer, type IToken, type TokenType } from "chevrotain";
import {
  ALL_TOKENS,
  citationLexer,
  KEYWORD_PHRASES,
  LETTER,
  NumberTok,
  WhiteSpace,
  Word,
} from "./tokens.js";
import { markClass } from "../../src/shared/chars.js";

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
  const t = tables();
  const { charClass, wordChar } = t;
  const tokens: IToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = charClass[c];
    let j = i + 1;
    if (cls === WHITESPACE) {
      while (j < n && charClass[text.charCodeAt(j)] === WHITESPACE) j++;
      i = j;
      continue;
    }
    if (cls === DIGIT) {
      while (j < n && charClass[text.charCodeAt(j)] === DIGIT) j++;
      tokens.push(token(text, i, j, NumberTok));
    } else if (cls === LETTER_CLASS) {
      let hash = t.canon[c];
      while (j < n && charClass[text.charCodeAt(j)] === LETTER_CLASS) hash = mix(hash, t.canon[text.charCodeAt(j)]), j++;
      const lettersEnd = j;
      const word = keywordOrWord(text, i, wordEnd(text, lettersEnd, wordChar), t.keywords.get(keyOf(hash, lettersEnd - i)));
      tokens.push(word);
      j = i + word.image.length;
    } else if (cls >= SINGLE) {
      tokens.push(token(text, i, j, t.singles[cls - SINGLE]));
    } else {
      // A character no token takes. None today (Punct takes every character the others leave);
      // should a token change leave one, Chevrotain's error handling decides, so the lexers still agree.
      return citationLexer.tokenize(text).tokens;
    }
    i = j;
  }
  return tokens;
}

/** Where Word's match ends: letters and digits, then any ".x" or "&x" continuations. */
function wordEnd(text: string, from: number, wordChar: Uint8Array): number {
  const n = text.length;
  let j = from;
  while (j < n && wordChar[text.charCodeAt(j)] === 1) j++;
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c !== 46 && c !== 38) || j + 1 >= n || wordChar[text.charCodeAt(j + 1)] !== 1) return j;
    j += 2;
    while (j < n && wordChar[text.charCodeAt(j)] === 1) j++;
  }
}

function keywordOrWord(text: string, from: number, wordTo: number, candidates: Keyword[] | undefined): IToken {
  if (candidates !== undefined) {
    for (const k of candidates) {
      k.pattern.lastIndex = from;
      if (!k.pattern.test(text)) continue;
      const end = k.pattern.lastIndex;
      return end >= wordTo ? token(text, from, end, k.type) : token(text, from, wordTo, Word);
    }
  }
  return token(text, from, wordTo, Word);
}

/** The shape Chevrotain's own lexer gives with positionTracking "onlyOffset" (same key order). */
function token(text: string, from: number, to: number, type: TokenType): IToken {
  return { image: text.substring(from, to), startOffset: from, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type } as IToken;
}

const NONE = 0;
const WHITESPACE = 1;
const LETTER_CLASS = 2;
const DIGIT = 3;
const SINGLE = 4;

interface Keyword {
  type: TokenType;
  pattern: RegExp;
}

interface Tables {
  /** Per UTF-16 code unit: which token starts with it (NONE, WHITESPACE, …, SINGLE + index); LETTER_CLASS marks the letters words are made of. */
  charClass: Uint8Array;
  singles: TokenType[];
  wordChar: Uint8Array;
  /** How a case-insensitive regex without /u compares a letter (ECMAScript Canonicalize). */
  canon: Uint16Array;
  /** First word of a keyword phrase (hash and length) → the keyword tokens that may match there, in lexer order. */
  keywords: Map<number, Keyword[]>;
}

let built: Tables | null = null;

function tables(): Tables {
  return (built ??= buildTables());
}

function buildTables(): Tables {
  const runs: [TokenType, number][] = [
    [WhiteSpace, WHITESPACE],
    [Word, LETTER_CLASS],
    [NumberTok, DIGIT],
  ];
  const singles = ALL_TOKENS.filter(
    (type) =>
      type.PATTERN instanceof RegExp && type.PATTERN !== Lexer.NA && !KEYWORD_PHRASES.has(type) && !runs.some(([r]) => r === type),
  );
  // Which characters each token may start with. Word (and the keywords, which start with letters)
  // starts with a letter; every other pattern is one character class, or a run of one.
  const startSet = (type: TokenType): RegExp => {
    if (type === Word) return new RegExp(`[${LETTER}]`);
    const re = type.PATTERN as RegExp;
    if (!/^(?:\[(?:[^\]\\]|\\.)*\]|\\.|[^[\\])\+?$/.test(re.source)) {
      throw new Error(`lexer tables: ${type.name}'s pattern is not one character class (or a run of one)`);
    }
    return re;
  };
  // Lexer order decides a character two patterns accept: later tokens are written first.
  const charClass = new Uint8Array(0x10000);
  for (const type of [...ALL_TOKENS].reverse()) {
    const run = runs.find(([r]) => r === type);
    const cls = run ? run[1] : singles.includes(type) ? SINGLE + singles.indexOf(type) : NONE;
    if (cls !== NONE) markClass(charClass, startSet(type), cls);
  }
  const wordChar = markClass(new Uint8Array(0x10000), new RegExp(`[${LETTER}0-9]`));
  const canon = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) canon[c] = charClass[c] === LETTER_CLASS ? canonicalize(String.fromCharCode(c)) : c;
  return { charClass, singles, wordChar, canon, keywords: keywordIndex(charClass, canon) };
}

function keywordIndex(charClass: Uint8Array, canon: Uint16Array): Map<number, Keyword[]> {
  const index = new Map<number, Keyword[]>();
  for (const type of ALL_TOKENS) {
    const phrases = KEYWORD_PHRASES.get(type);
    if (!phrases) continue;
    const source = type.PATTERN as RegExp;
    const keyword: Keyword = { type, pattern: new RegExp(source.source, source.flags.replace("y", "") + "y") };
    for (const phrase of phrases) {
      // Lower-cased as phraseSource writes it into the pattern.
      const p = phrase.trim().toLowerCase();
      let k = 0;
      let hash = 0;
      while (k < p.length && charClass[p.charCodeAt(k)] === LETTER_CLASS) hash = k === 0 ? canon[p.charCodeAt(0)] : mix(hash, canon[p.charCodeAt(k)]), k++;
      if (k === 0) throw new Error(`keyword phrase "${phrase}" of ${type.name} does not start with a letter`);
      const key = keyOf(hash, k);
      const list = index.get(key) ?? [];
      if (!list.includes(keyword)) list.push(keyword);
      index.set(key, list);
    }
  }
  return index;
}

function mix(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** A hash collision only adds a candidate whose own pattern then fails; it never hides one. */
function keyOf(hash: number, length: number): number {
  return (Math.imul(hash, 64) + (length & 63)) | 0;
}

/** ECMAScript's Canonicalize for a non-Unicode case-insensitive regex. */
function canonicalize(ch: string): number {
  const upper = ch.toUpperCase();
  if (upper.length !== 1) return ch.charCodeAt(0);
  const u = upper.charCodeAt(0);
  return ch.charCodeAt(0) >= 128 && u < 128 ? ch.charCodeAt(0) : u;
}
