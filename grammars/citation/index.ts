import type { IToken } from "chevrotain";
import { CitationParser, refLengthAt, type CitationParse } from "./parser.js";
import { citationLexer, Colon, KindWord, So } from "./tokens.js";

export type { CitationParse, DateParse, IssuerParse } from "./parser.js";
export { refLengthAt, CODE_LIKE, endOf, isCodeLike } from "./parser.js";
export * as tokens from "./tokens.js";
export { lexFast } from "./lexer.js";

/** The one parser instance: building a Chevrotain parser is costly, resetting its input is not. */
const parser = new CitationParser();

/** A citation list never needs more tokens than this; the window keeps the parser's work bounded. */
const MAX_LIST_TOKENS = 400;

export function lex(text: string): IToken[] {
  return citationLexer.tokenize(text).tokens;
}

/** Index of the first token of the citation whose number is tokens[numberIndex]: back over "số:" and a kind word. */
export function citationStartIndex(tokens: readonly IToken[], numberIndex: number): number {
  let i = numberIndex;
  if (tokens[i - 1]?.tokenType === Colon && tokens[i - 2]?.tokenType === So) i -= 2;
  else if (tokens[i - 1]?.tokenType === So) i -= 1;
  if (tokens[i - 1]?.tokenType === KindWord) i -= 1;
  return i;
}

export interface ListParse {
  citations: CitationParse[];
  /** Index in `tokens` of the last token the list consumed. */
  lastIndex: number;
}

/**
 * Parses the citation (and any list continuing it) whose number is tokens[numberIndex].
 * Returns null where no reference starts there. Never throws.
 */
export function parseListAt(tokens: readonly IToken[], numberIndex: number): ListParse | null {
  if (refLengthAt(tokens, numberIndex) === 0) return null;
  const start = citationStartIndex(tokens, numberIndex);
  parser.input = tokens.slice(start, start + MAX_LIST_TOKENS) as IToken[];
  let citations: CitationParse[];
  try {
    citations = parser.citationList();
  } catch {
    return null;
  }
  if (parser.errors.length > 0 || !citations || citations.length === 0) return null;
  const last = citations[citations.length - 1].last;
  let lastIndex = start;
  while (lastIndex < tokens.length && tokens[lastIndex] !== last) lastIndex++;
  return { citations, lastIndex };
}
