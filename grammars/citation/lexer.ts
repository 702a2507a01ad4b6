import type { IToken, TokenType } from "chevrotain";
import {
  ALL_TOKENS,
  citationLexer,
  KEYWORD_PHRASES,
  LETTER,
  NumberTok,
  WhiteSpace,
  Word,
} from "./tokens.js";

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
  const { charClass, wordChar, letter } = t;
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
      while (j < n && letter[text.charCodeAt(j)] === 1) hash = mix(hash, t.canon[text.charCodeAt(j)]), j++;
      const lettersEnd = j;
      const word = keywordOrWord(text, i, wordEnd(text, lettersEnd, wordChar), t.keywords.get(keyOf(hash, lettersEnd - i)));
      tokens.push(word);
      j = i + word.image.length;
    } else if (cls >= SINGLE) {
      tokens.push(token(text, i, j, t.singles[cls - SINGLE]));
    } else {
      // A character no token takes: Chevrotain's error handling decides, as it always has.
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
  /** Per UTF-16 code unit: which token starts with it (NONE, WHITESPACE, …, SINGLE + index). */
  charClass: Uint8Array;
  singles: TokenType[];
  letter: Uint8Array;
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
  const charClass = new Uint8Array(0x10000);
  const letter = new Uint8Array(0x10000);
  const wordChar = new Uint8Array(0x10000);
  const canon = new Uint16Array(0x10000);
  const isLetter = new RegExp(`[${LETTER}]`);
  const isWordChar = new RegExp(`[${LETTER}0-9]`);
  const runs: [TokenType, number][] = [
    [WhiteSpace, WHITESPACE],
    [Word, LETTER_CLASS],
    [NumberTok, DIGIT],
  ];
  const singles = ALL_TOKENS.filter(
    (type) => typeof type.PATTERN === "object" && !KEYWORD_PHRASES.has(type) && !runs.some(([r]) => r === type),
  );
  // Lexer order decides a character two patterns accept; keywords start with letters, so Word stands in for them.
  const ordered: [TokenType, number][] = ALL_TOKENS.flatMap((type) => {
    const run = runs.find(([r]) => r === type);
    if (run) return [run];
    const s = singles.indexOf(type);
    return s >= 0 ? [[type, SINGLE + s] as [TokenType, number]] : [];
  });
  const starts = ordered.map(([type, cls]) => [new RegExp(`^(?:${(type.PATTERN as RegExp).source})`, (type.PATTERN as RegExp).flags), cls] as const);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    letter[c] = isLetter.test(ch) ? 1 : 0;
    wordChar[c] = isWordChar.test(ch) ? 1 : 0;
    canon[c] = letter[c] ? canonicalize(ch) : c;
    charClass[c] = starts.find(([re]) => re.test(ch))?.[1] ?? NONE;
  }
  return { charClass, singles, letter, wordChar, canon, keywords: keywordIndex(letter, canon) };
}

function keywordIndex(letter: Uint8Array, canon: Uint16Array): Map<number, Keyword[]> {
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
      while (k < p.length && letter[p.charCodeAt(k)] === 1) hash = k === 0 ? canon[p.charCodeAt(0)] : mix(hash, canon[p.charCodeAt(k)]), k++;
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
