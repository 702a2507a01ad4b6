import { createToken, Lexer, type ILexingResult, type TokenType } from "chevrotain";
import { KINDS } from "../../src/vocab/kinds.js";
import { allIssuerPhrases, ISSUER_TITLES } from "../../src/vocab/issuers.js";
import { PLACE_TYPES } from "../../src/vocab/places.js";
import { NUMBER_SUFFIX } from "../../src/vocab/numbers.js";
import { phraseSource } from "../../src/vocab/phrases.js";

/**
 * Tokens of a citation. Patterns avoid the /u flag, which would switch off Chevrotain's
 * first-character optimisation: Vietnamese letters are spelled out as explicit ranges instead.
 * Text reaching the lexer is NFC with look-alikes repaired (src/prepare).
 */
export const LETTER = "A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF";
const NOT_LETTER_AHEAD = `(?![${LETTER}0-9])`;

/** "Nghị định" → /Nghị\s+định/: a PDF may break a kind word or a body's name across lines. */
function phrasePattern(phrases: readonly string[], ahead = ""): RegExp {
  return new RegExp(`(?:${phraseSource(phrases)})${NOT_LETTER_AHEAD}${ahead}`, "i");
}

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[\s\u200b\u200c\u200d\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** Category of the tokens that may be a ký hiệu part: a plain word, or a body's initials (UBND, HĐND). */
export const Code = createToken({ name: "Code", pattern: Lexer.NA });

/** Any run of letters and digits starting with a letter; ký hiệu parts may join with "." or "&". */
export const Word = createToken({
  name: "Word",
  pattern: new RegExp(`[${LETTER}][${LETTER}0-9]*(?:[.&][${LETTER}0-9]+)*`),
  categories: [Code],
});

/** The phrases behind each keyword token, for the fast lexer's index of first words (./lexer.ts). */
export const KEYWORD_PHRASES = new Map<TokenType, readonly string[]>();

function keyword(name: string, phrases: readonly string[], categories: TokenType[] = [], ahead = ""): TokenType {
  const token = createToken({ name, pattern: phrasePattern(phrases, ahead), longer_alt: Word, line_breaks: true, categories });
  KEYWORD_PHRASES.set(token, phrases);
  return token;
}

export const KindWord = keyword("KindWord", KINDS.flatMap((k) => k.words));
export const IssuerName = keyword("IssuerName", allIssuerPhrases(), [Code]);
export const Title = keyword("Title", ISSUER_TITLES);
export const PlaceType = keyword("PlaceType", PLACE_TYPES);
export const So = keyword("So", ["số"]);
export const Ngay = keyword("Ngay", ["ngày"]);
export const Thang = keyword("Thang", ["tháng"]);
/**
 * "năm" is the date's word only before its year ("tháng 4 năm 2018"); before a word it is a word,
 * a place's among them ("UBND huyện Năm Căn"). What follows it is read no further than the next
 * token's first character, so a token stream that holds the token after it has it final.
 */
export const Nam = keyword("Nam", ["năm"], [], String.raw`(?=[\s\u200b\u200c\u200d\ufeff]*[0-9])`);
export const Cua = keyword("Cua", ["của"]);
export const Va = keyword("Va", ["và"]);
export const Term = keyword("Term", ["khóa", "khoá"]);

/**
 * A number, with the one letter some documents are numbered with ("Nghị quyết số 30a/2008/NQ-CP",
 * "Quyết định số 02a/QĐ-UBND") where the slash or dash of a ký hiệu follows it: elsewhere "5b" or
 * "3m/s" is a number and a word. The look-ahead reads no further than the next token's first
 * character, as Nam's does.
 */
export const NumberTok = createToken({ name: "Number", pattern: new RegExp(`[0-9]+(?:[${NUMBER_SUFFIX}](?=[ \t]*[-/]))?`) });
/** What may separate day, month and year in figures: "08/4/2022", "08-4-2022", "08.4.2022". */
export const DateSeparator = createToken({ name: "DateSeparator", pattern: Lexer.NA });
export const Slash = createToken({ name: "Slash", pattern: /\//, categories: [DateSeparator] });
export const Dash = createToken({ name: "Dash", pattern: /-/, categories: [DateSeparator] });
export const Dot = createToken({ name: "Dot", pattern: /\./, categories: [DateSeparator] });
export const Comma = createToken({ name: "Comma", pattern: /,/ });
const Semicolon = createToken({ name: "Semicolon", pattern: /;/ });
export const Colon = createToken({ name: "Colon", pattern: /:/ });
/**
 * Punctuation that ends a phrase ("của UBND tỉnh. Hậu Giang ..." must not read "Hậu Giang" as the
 * place), and every other character no token above takes (other scripts, emoji halves, the
 * private-use glyphs PDF fonts give for bullets). Spelled as ranges, not as a complement set: a
 * catch-all /[^]/ switches off the lexer's first-char optimisation, and leaving characters to the
 * lexer's error path costs far more per character than a token does.
 */
const Punct = createToken({
  name: "Punct",
  pattern:
    /[\u0000-\u0008\u000e-\u001f!-+<-@[-`{-\u009f\u00a1-\u00bf\u00d7\u00f7\u0250-\u1dff\u1f00-\u1fff\u200e-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\ufefe\uff00-\uffff]/,
});

export const ALL_TOKENS: TokenType[] = [
  Code,
  DateSeparator,
  WhiteSpace,
  KindWord,
  IssuerName,
  Title,
  PlaceType,
  So,
  Ngay,
  Thang,
  Nam,
  Cua,
  Va,
  Term,
  Word,
  NumberTok,
  Slash,
  Dash,
  Comma,
  Semicolon,
  Colon,
  Dot,
  Punct,
];

let chevrotainLexer: Lexer | null = null;

/**
 * Chevrotain's lexer over ALL_TOKENS, built on first use: the fast lexer does the work, and this
 * one is only its test oracle and its answer to a character no token takes. Building it validates
 * every pattern, about 0.3 s of CPU that every process (each CLI worker) paid at start.
 */
export const citationLexer = {
  tokenize(text: string): ILexingResult {
    chevrotainLexer ??= new Lexer(ALL_TOKENS, { positionTracking: "onlyOffset", ensureOptimizations: true });
    return chevrotainLexer.tokenize(text);
  },
};
