import { createToken, Lexer, type ILexingResult, type TokenType } from "chevrotain";
import { KINDS, unmarkedKindWords } from "../../src/vocab/kinds.js";
import { allIssuerPhrases, ISSUER_TITLES, unmarkedIssuerPhrases, unmarkedIssuerTitles } from "../../src/vocab/issuers.js";
import { PLACE_TYPES, UNMARKED_PLACE_TYPES } from "../../src/vocab/places.js";
import { NUMBER_SUFFIX } from "../../src/vocab/numbers.js";
import { phraseSource } from "../../src/vocab/phrases.js";
import { withoutMarks } from "../../src/vocab/unmarked.js";

/**
 * Tokens of a citation. Patterns avoid the /u flag, which would switch off Chevrotain's
 * first-character optimisation: Vietnamese letters are spelled out as explicit ranges instead.
 * Text reaching the lexer is NFC with look-alikes repaired (src/prepare).
 */
export const LETTER = "A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF";
const NOT_LETTER_AHEAD = `(?![${LETTER}0-9])`;

/** "Nghị định" → /Nghị\s+định/: a PDF may break a kind word or a body's name across lines. */
function phrasePattern(phrases: readonly string[], ahead = "", unmarked: readonly Unmarked[] = []): RegExp {
  if (unmarked.every((u) => u.phrases.length === 0)) return new RegExp(`(?:${phraseSource(phrases)})${NOT_LETTER_AHEAD}${ahead}`, "i");
  // One pattern reads every spelling, without the "i" flag: the letters of the phrases read in any
  // case spell out both cases, as the flag would (see phraseSource's anyCase).
  const anyCase = [...phrases, ...unmarked.filter((u) => !u.lowerCase && u.ahead === undefined).flatMap((u) => u.phrases)];
  const others = unmarked.filter((u) => (u.lowerCase || u.ahead !== undefined) && u.phrases.length > 0);
  const branches = [`(?:${phraseSource(anyCase, { anyCase: true })})${NOT_LETTER_AHEAD}${ahead}`];
  for (const u of others) branches.push(`(?:${phraseSource(u.phrases, u.lowerCase ? { keepCase: true } : { anyCase: true })})${NOT_LETTER_AHEAD}${u.ahead ?? ahead}`);
  return new RegExp(branches.join("|"));
}

/**
 * Spellings a keyword has in text typed without marks ("ngay", "cua", "Chinh phu"). Function words
 * are read so in lower case only, as they stand inside a citation: written with a capital, "Cua",
 * "Thang", "Nam" begin names without marks (Cửa Lò, Thăng Bình, Quảng Nam), which a place's words
 * must keep.
 */
interface Unmarked {
  phrases: readonly string[];
  /** Read as written (lower case), not in any case. */
  lowerCase?: boolean;
  /** What must follow, when it differs from the marked spelling's. */
  ahead?: string;
}

/** Lower case, as written ("ngày" → "ngay"). */
const lower = (phrases: readonly string[]): Unmarked[] => [{ phrases: phrases.map(withoutMarks), lowerCase: true }];

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

function keyword(name: string, phrases: readonly string[], categories: TokenType[] = [], ahead = "", unmarked: readonly Unmarked[] = []): TokenType {
  const token = createToken({ name, pattern: phrasePattern(phrases, ahead, unmarked), longer_alt: Word, line_breaks: true, categories });
  KEYWORD_PHRASES.set(token, [...phrases, ...unmarked.flatMap((u) => u.phrases)]);
  return token;
}

/** Before what a place's name begins with: a capital (Đ among them) or a number ("quan 1"). */
const BEFORE_NAME = String.raw`(?=[\s\u200b\u200c\u200d\ufeff]+[A-Z0-9\u0110])`;

export const KindWord = keyword("KindWord", KINDS.flatMap((k) => k.words), [], "", [{ phrases: unmarkedKindWords() }]);
export const IssuerName = keyword("IssuerName", allIssuerPhrases(), [Code], "", [{ phrases: unmarkedIssuerPhrases() }]);
export const Title = keyword("Title", ISSUER_TITLES, [], "", [{ phrases: unmarkedIssuerTitles() }]);
export const PlaceType = keyword("PlaceType", PLACE_TYPES, [], "", [
  { phrases: UNMARKED_PLACE_TYPES.anyCase },
  { phrases: UNMARKED_PLACE_TYPES.lowerCase, lowerCase: true },
  { phrases: UNMARKED_PLACE_TYPES.beforeName, lowerCase: true, ahead: BEFORE_NAME },
]);
export const So = keyword("So", ["số"], [], "", lower(["số"]));
export const Ngay = keyword("Ngay", ["ngày"], [], "", lower(["ngày"]));
export const Thang = keyword("Thang", ["tháng"], [], "", lower(["tháng"]));
/**
 * "năm" is the date's word only before its year ("tháng 4 năm 2018"); before a word it is a word,
 * a place's among them ("UBND huyện Năm Căn"). What follows it is read no further than the next
 * token's first character, so a token stream that holds the token after it has it final.
 */
export const Nam = keyword("Nam", ["năm"], [], String.raw`(?=[\s\u200b\u200c\u200d\ufeff]*[0-9])`, lower(["năm"]));
export const Cua = keyword("Cua", ["của"], [], "", lower(["của"]));
export const Va = keyword("Va", ["và"], [], "", lower(["và"]));
export const Term = keyword("Term", ["khóa", "khoá"], [], "", lower(["khóa"]));

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
