import { Lexer, type TokenType } from "chevrotain";
import { ALL_TOKENS, BEFORE_SPACE_ONLY, CAPITAL_LETTER, KEYWORD_PHRASES, keywordPattern, LETTER, NumberTok, SMALL_LETTER, WhiteSpace, Word } from "./tokens.js";
import { markClass } from "../../src/shared/chars.js";
import { LOOK_ALIKES } from "../../src/vocab/look-alikes.js";

/**
 * What the fast lexer (./lexer.ts) knows, built once from the token definitions on first use:
 * which token each character starts, how a case-insensitive pattern compares letters, which
 * words begin a keyword phrase and which go on one.
 */

/**
 * charClass's values. An enum, not module constants: esbuild writes an enum member's value into the
 * code that reads it, where a bundled module's constant is a variable, loaded and checked at every
 * use in compiled code (the lexer compares a class at each character it reads).
 */
export enum Cls {
  NONE,
  WHITESPACE,
  LETTER,
  DIGIT,
  /** The first of the single-character tokens (SINGLE + index into `singles`). */
  SINGLE,
}

/** A keyword token as a first word begins it: the token, and those of its phrases that begin with that word. */
export interface Keyword {
  type: TokenType;
  phrases: Set<string>;
  /** The pattern of those phrases alone (keywordPattern), sticky; built the first time a text has the word. */
  pattern: RegExp | null;
}

/** `k`'s pattern: the token's, cut to the phrases that may match where its first word is written. */
export function keywordRegex(k: Keyword): RegExp {
  if (k.pattern === null) {
    const re = keywordPattern(k.type, (phrase) => k.phrases.has(phrase));
    k.pattern = new RegExp(re.source, re.flags.replace("y", "") + "y");
  }
  return k.pattern;
}

interface FirstWord {
  /** The keyword tokens whose phrases may start with this word, in lexer order. */
  keywords: Keyword[];
  /** Pieces (runs of letters and digits; other characters one by one) of the longest such phrase. */
  reach: number;
  /** Every such phrase is this word alone and reads only before whitespace (BEFORE_SPACE_ONLY). */
  spaceAfter: boolean;
  /**
   * The last keyword image lexed at this word and its pieces (piecesOf): a text writes the same
   * phrase over and over ("Nghị định", "Ủy ban nhân dân"), and its pieces were counted anew each time.
   */
  lastImage: string;
  lastPieces: number;
}

/** pieces(image), remembered for the last image lexed at `first`'s word: the same count, not walked again. */
export function piecesOf(first: FirstWord, image: string, charClass: Uint8Array): number {
  if (image === first.lastImage) return first.lastPieces;
  const n = pieces(image, charClass);
  first.lastImage = image;
  first.lastPieces = n;
  return n;
}

/** letterCase's values. */
export enum Case {
  CAPITAL = 1,
  SMALL = 2,
}

interface Tables {
  /** Per UTF-16 code unit: which token starts with it (Cls.NONE, Cls.WHITESPACE, …, Cls.SINGLE + index); Cls.LETTER marks the letters words are made of. */
  charClass: Uint8Array;
  singles: TokenType[];
  wordChar: Uint8Array;
  /** CAPITAL (a capital letter or a digit) or SMALL (a small letter), 0 otherwise: where a glued full stop ends a Word (tokens.ts GLUED_FULL_STOP). */
  letterCase: Uint8Array;
  /** How a case-insensitive regex without /u compares a letter (ECMAScript Canonicalize). */
  canon: Uint16Array;
  /** First word of a keyword phrase (hash and length) → the keyword tokens that may match there. */
  keywords: Map<number, FirstWord>;
  /** 1 at the low bits of every key in `keywords`. */
  firstWordBits: Uint8Array;
  /** Words (hash and length) and other characters that some keyword phrase has after its first piece. */
  continuations: Set<number>;
  /** Each code unit as look-alike repair leaves it (src/vocab/look-alikes): mayContinuePhrase reads raw text. */
  fold: Uint16Array;
}

let built: Tables | null = null;

/** The low bits of a key that firstWordBits is indexed by (a number, not a constant: see Cls). */
export enum Key {
  FIRST_WORD_MASK = 0xffff,
}

export function tables(): Tables {
  return (built ??= buildTables());
}

function buildTables(): Tables {
  const runs: [TokenType, number][] = [
    [WhiteSpace, Cls.WHITESPACE],
    [Word, Cls.LETTER],
    [NumberTok, Cls.DIGIT],
  ];
  const singles = ALL_TOKENS.filter(
    (type) =>
      type.PATTERN instanceof RegExp && type.PATTERN !== Lexer.NA && !KEYWORD_PHRASES.has(type) && !runs.some(([r]) => r === type),
  );
  // Which characters each token may start with. Word (and the keywords, which start with letters)
  // starts with a letter; every other pattern is one character class, or a run of one.
  const startSet = (type: TokenType): RegExp => {
    if (type === Word) return new RegExp(`[${LETTER}]`);
    // Digits, and a letter after them only where a ký hiệu follows (lexNext reads it).
    if (type === NumberTok) return /[0-9]/;
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
    const cls = run ? run[1] : singles.includes(type) ? Cls.SINGLE + singles.indexOf(type) : Cls.NONE;
    if (cls !== Cls.NONE) markClass(charClass, startSet(type), cls);
  }
  const wordChar = markClass(new Uint8Array(0x10000), new RegExp(`[${LETTER}0-9]`));
  const letterCase = markClass(markClass(new Uint8Array(0x10000), new RegExp(`[${CAPITAL_LETTER}0-9]`), Case.CAPITAL), new RegExp(`[${SMALL_LETTER}]`), Case.SMALL);
  const canon = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) canon[c] = charClass[c] === Cls.LETTER ? canonicalize(String.fromCharCode(c)) : c;
  const keywords = keywordIndex(charClass, canon);
  const firstWordBits = new Uint8Array(Key.FIRST_WORD_MASK + 1);
  for (const key of keywords.keys()) firstWordBits[key & Key.FIRST_WORD_MASK] = 1;
  return {
    charClass,
    singles,
    wordChar,
    letterCase,
    canon,
    keywords,
    firstWordBits,
    continuations: continuationIndex(charClass, canon),
    fold: foldTable(),
  };
}

function keywordIndex(charClass: Uint8Array, canon: Uint16Array): Map<number, FirstWord> {
  const index = new Map<number, FirstWord>();
  for (const type of ALL_TOKENS) {
    const phrases = KEYWORD_PHRASES.get(type);
    if (!phrases) continue;
    for (const phrase of phrases) {
      // Lower-cased as phraseSource writes it into the pattern.
      const p = phrase.trim().toLowerCase();
      let k = 0;
      let hash = 0;
      while (k < p.length && charClass[p.charCodeAt(k)] === Cls.LETTER) hash = k === 0 ? canon[p.charCodeAt(0)] : mix(hash, canon[p.charCodeAt(k)]), k++;
      if (k === 0) throw new Error(`keyword phrase "${phrase}" of ${type.name} does not start with a letter`);
      const key = keyOf(hash, k);
      const entry = index.get(key) ?? { keywords: [], reach: 1, spaceAfter: true, lastImage: "", lastPieces: 0 };
      // A phrase can match only where the text's word has its first word's key (a hash collision
      // adds phrases that then fail): the word's pattern is of those phrases alone.
      let keyword = entry.keywords.find((k) => k.type === type);
      if (!keyword) entry.keywords.push((keyword = { type, phrases: new Set(), pattern: null }));
      keyword.phrases.add(phrase);
      entry.spaceAfter &&= BEFORE_SPACE_ONLY.has(p);
      entry.reach = Math.max(entry.reach, pieces(p, charClass));
      index.set(key, entry);
    }
  }
  return index;
}

/** Each code unit as look-alike repair leaves it. */
function foldTable(): Uint16Array {
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  for (const [from, to] of Object.entries(LOOK_ALIKES)) fold[from.charCodeAt(0)] = to.charCodeAt(0);
  return fold;
}

/**
 * Every piece a keyword phrase has after its first: a word as the key of its leading letters (as
 * the lexer hashes them), any other character as its code unit negated minus one (so no key clashes).
 */
function continuationIndex(charClass: Uint8Array, canon: Uint16Array): Set<number> {
  const keys = new Set<number>();
  for (const phrases of KEYWORD_PHRASES.values()) {
    for (const phrase of phrases) {
      const p = phrase.trim().toLowerCase();
      let first = true;
      for (let i = 0; i < p.length; ) {
        const cls = charClass[p.charCodeAt(i)];
        if (cls === Cls.WHITESPACE) {
          i++;
          continue;
        }
        let j = i + 1;
        if (cls === Cls.LETTER) {
          let hash = canon[p.charCodeAt(i)];
          while (j < p.length && charClass[p.charCodeAt(j)] === Cls.LETTER) hash = mix(hash, canon[p.charCodeAt(j)]), j++;
          if (!first) keys.add(keyOf(hash, j - i));
        } else if (!first) keys.add(-1 - p.charCodeAt(i));
        // The rest of a run of letters and digits belongs to the same piece.
        while (j < p.length && (charClass[p.charCodeAt(j)] === Cls.LETTER || charClass[p.charCodeAt(j)] === Cls.DIGIT)) j++;
        first = false;
        i = j;
      }
    }
  }
  return keys;
}

/** How many tokens at most `phrase` lexes into as plain text: runs of letters and digits, and other characters one each. */
function pieces(phrase: string, charClass: Uint8Array): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < phrase.length; i++) {
    const cls = charClass[phrase.charCodeAt(i)];
    const word = cls === Cls.LETTER || cls === Cls.DIGIT;
    if (cls !== Cls.WHITESPACE && !(word && inWord)) n++;
    inWord = word;
  }
  return n;
}

export function mix(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/**
 * A hash collision only adds a candidate whose own pattern then fails; it never hides one.
 * Thirty bits, never negative: a small integer (Smi) to V8, so a Map or Set lookup by it neither
 * boxes it as a heap number nor hashes one (a full int32 is out of Smi range half the time); and
 * no key is one of the negative keys continuationIndex gives other characters.
 */
export function keyOf(hash: number, length: number): number {
  return (Math.imul(hash, 64) + (length & 63)) & 0x3fffffff;
}

/** ECMAScript's Canonicalize for a non-Unicode case-insensitive regex. */
function canonicalize(ch: string): number {
  const upper = ch.toUpperCase();
  if (upper.length !== 1) return ch.charCodeAt(0);
  const u = upper.charCodeAt(0);
  return ch.charCodeAt(0) >= 128 && u < 128 ? ch.charCodeAt(0) : u;
}
