import type { IToken } from "chevrotain";
import { CitationParser } from "./parser.js";
import { REF_TOKENS, refLengthAt, splitNumberAt } from "./gates/index.js";
import type { CitationParse } from "./results.js";
import { TokenStream } from "./lexer.js";
import { parseListFast } from "./fast-parser.js";
import { citationLexer, Colon, KindWord, So } from "./tokens.js";

export type { CitationParse, Repair } from "./results.js";
export { refLengthAt, CODE_LIKE, endOf, isCodeLike } from "./gates/index.js";
export * as tokens from "./tokens.js";
export { lexFast, mayContinuePhrase, TokenStream } from "./lexer.js";

/**
 * The one parser instance: building a Chevrotain parser is costly, resetting its input is not.
 * Built when first needed: the hand-written reader settles most texts' citations (of ~480 real and
 * 300 generated texts, one in twenty needed the grammar), and every process importing vncite
 * would otherwise pay its construction (~20–30 ms).
 */
let parser: CitationParser | undefined;
const theParser = (): CitationParser => (parser ??= new CitationParser());

/** A citation list never needs more tokens than this; the window keeps the parser's work bounded. */
const MAX_LIST_TOKENS = 400;

export function lex(text: string): IToken[] {
  return citationLexer.tokenize(text).tokens;
}

/** Index of the first token of the citation whose number is tokens[numberIndex]: back over "số:" and a kind word. */
export function citationStartIndex(tokens: readonly IToken[], numberIndex: number): number {
  let i = numberIndex;
  // "Thông tư số 1 11/2013/TT-BTC": the digit a scan split off the number opens it (splitNumberAt).
  if (i > 0 && splitNumberAt(tokens, i - 1)) i -= 1;
  if (tokens[i - 1]?.tokenType === Colon && tokens[i - 2]?.tokenType === So) i -= 2;
  else if (tokens[i - 1]?.tokenType === So) i -= 1;
  if (tokens[i - 1]?.tokenType === KindWord) i -= 1;
  return i;
}

interface ListParse {
  citations: CitationParse[];
}

/**
 * Parses the citation (and any list continuing it) whose number is token `numberIndex` of `tokens`:
 * an array lexed in full, or a stream lexed as the parser reads (whose `ranOut` then tells whether
 * the parse looked past the end of its text). An array's tokens from `end` on are not read. Returns null where no reference starts there. Never throws.
 * The common readings are read by hand (./fast-parser.ts); `grammarOnly` has Chevrotain's parser
 * read everything, as the tests that hold the two together do.
 */
export function parseListAt(tokens: readonly IToken[] | TokenStream, numberIndex: number, grammarOnly = false, end = Infinity): ListParse | null {
  if (!(tokens instanceof TokenStream)) {
    // An array is parsed as a stream lexed already, cut to the bound, or where the caller's text ends
    // a citation before `end` (a lazy stream is cut as it is read, its text where its caller cut it).
    const from = citationStartIndex(tokens, numberIndex);
    return parseListAt(TokenStream.of(tokens.slice(from, Math.min(from + MAX_LIST_TOKENS, end))), numberIndex - from, grammarOnly);
  }
  // The mandatory part is checked on tokens lexed ahead; the parser reads the same ones.
  tokens.at(numberIndex + REF_TOKENS - 1);
  if (refLengthAt(tokens.tokens, numberIndex) === 0) return null;
  const start = citationStartIndex(tokens.tokens, numberIndex);
  let citations: CitationParse[] | undefined;
  try {
    citations = grammarOnly ? undefined : parseListFast(tokens, start, MAX_LIST_TOKENS);
    if (citations !== undefined) return { citations };
  } catch {
    return null;
  }
  const grammar = theParser();
  try {
    citations = grammar.parseListFrom(tokens, start, MAX_LIST_TOKENS);
  } catch {
    return null;
  }
  if (grammar.errors.length > 0 || !citations || citations.length === 0) return null;
  return { citations };
}
