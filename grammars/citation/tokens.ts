import { createToken, Lexer, type ILexingResult, type TokenType } from "chevrotain";
import { KIND_ABBREVIATIONS, KINDS, unmarkedKindWords } from "../../src/vocab/kinds.js";
import { allIssuerPhrases, ISSUER_TITLES, unmarkedIssuerPhrases, unmarkedIssuerTitles } from "../../src/vocab/issuers.js";
import { PLACE_TYPES, UNMARKED_PLACE_TYPES } from "../../src/vocab/places.js";
import { GLUED_DATE_WORD, GLUED_HEADING_WORD, NUMBER_PART, SO_MISREAD, SO_LETTER_LOST, NUMBER_PART_AHEAD, NUMBER_SUFFIX, NUMBER_SUFFIX_WIDE, YEAR_CODE_AHEAD, YEAR_TYPED_L } from "../../src/vocab/numbers.js";
import { phraseSource } from "../../src/vocab/phrases.js";
import { withoutMarks, type UnmarkedSpelling } from "../../src/vocab/unmarked.js";

/**
 * Tokens of a citation. Patterns avoid the /u flag, which would switch off Chevrotain's
 * first-character optimisation: Vietnamese letters are spelled out as explicit ranges instead.
 * Text reaching the lexer is NFC with look-alikes repaired (src/prepare).
 */
export const LETTER = "A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF";
const NOT_LETTER_AHEAD = `(?![${LETTER}0-9])`;

/**
 * "Nghị định" → /Nghị\s+định/: a PDF may break a kind word or a body's name across lines.
 * `spelledOut` is whether the phrases in any case spell their cases out rather than take the "i"
 * flag (the two match alike); a pattern of some of a token's phrases is written as the token's own.
 */
function phrasePattern(phrases: readonly string[], ahead = "", unmarked: readonly UnmarkedSpelling[] = [], spelledOut = unmarked.some((u) => u.words.length > 0)): RegExp {
  if (!spelledOut) return new RegExp(`(?:${phraseSource(phrases)})${NOT_LETTER_AHEAD}${ahead}`, "i");
  // One pattern reads every spelling, without the "i" flag: the letters of the phrases read in any
  // case spell out both cases, as the flag would (see phraseSource's anyCase).
  const anyCase = [...phrases, ...unmarked.filter((u) => u.case === "any" && u.before === undefined).flatMap((u) => u.words)];
  const branches = anyCase.length === 0 ? [] : [`(?:${phraseSource(anyCase, { anyCase: true })})${NOT_LETTER_AHEAD}${ahead}`];
  for (const u of unmarked) {
    if (u.words.length === 0 || (u.case === "any" && u.before === undefined)) continue;
    const source = phraseSource(u.words, u.case === "any" ? { anyCase: true } : { keepCase: true });
    // A kind's initials right after a ký hiệu's slash or dash are the ký hiệu's own part ("12/QĐ số …").
    const behind = u.before === "so" || u.before === "ownCode" ? "(?<![/\\-\\u2013\\u2014])" : "";
    if (u.before === "ownCode") {
      // Each word's lookahead repeats the word itself: one branch per word.
      for (const w of u.words) branches.push(`${behind}(?:${phraseSource([w], { keepCase: true })})${NOT_LETTER_AHEAD}${ownCodeAhead(w)}`);
      continue;
    }
    branches.push(`${behind}(?:${source})${NOT_LETTER_AHEAD}${u.before === undefined ? ahead : BEFORE[u.before]}`);
  }
  return new RegExp(branches.join("|"));
}

const SPACE = String.raw`[\s\u200b\u200c\u200d\ufeff]`;
/**
 * A kind's initials written for its word straight before a number whose ký hiệu opens with the
 * same initials: "kèm theo QĐ 23/2007/QĐ-BNN" (listing52 row 24), "phụ lục QĐ 214/1999/QĐ-BKH"
 * (listing50b row 44), "theo TT 119/2012/TT-BTC" (listing52 row 70). The ký hiệu's code says the
 * initials are the kind's, as "số" does after them ("QĐ số …"); "CT 12/2020/QĐ-…" stays a word.
 */
const ownCodeAhead = (initials: string): string =>
  `(?=${SPACE}+[0-9]{1,5}(?:/(?:19|20)[0-9]{2})?/${phraseSource([initials], { keepCase: true })}[-/\u2013])`;
/**
 * What must follow a spelling without marks that is also a word or a name. Each reads no further
 * than the token after it (for "year", to its end): a stream lexed far enough to hold the token
 * after that one has it final, as TokenStream.settled asks.
 */
const BEFORE: Readonly<Record<Exclude<NonNullable<UnmarkedSpelling["before"]>, "ownCode">, string>> = {
  name: `(?=${SPACE}+[A-Z0-9\u0110])`,
  number: `(?=${SPACE}*[0-9])`,
  reference: `(?=${SPACE}*:?${SPACE}*[0-9])`,
  year: `(?=${SPACE}*(?:19|20)[0-9]{2}(?![0-9]))`,
  // A kind's initials as its word: "QĐ số", "KH số" (KIND_ABBREVIATIONS).
  so: `(?=${SPACE}+(?:số|Số|SỐ)(?![${LETTER}0-9]))`,
  // The first word of a body's name or of a title, in capitals without marks ("UBND", "CHINH", "BO").
  body: `(?=${SPACE}+(?:${phraseSource(
    [...allIssuerPhrases(), ...ISSUER_TITLES].map((p) => withoutMarks(p).split(/\s+/)[0].toUpperCase()),
    { keepCase: true },
  )})(?![${LETTER}0-9]))`,
};

/**
 * The date's words, "số", "của", "và", "khóa" without marks: in lower case as they stand inside a
 * citation, and in capitals where the next token shows their part (a number after "NGAY", a year
 * after "NAM"). Written with a capital, "Cua", "Thang", "Nam" begin names without marks (Cửa Lò,
 * Thăng Bình, Quảng Nam), which a place's words must keep; in capitals ("QUANG NAM ⏎2.") too.
 */
const plain = (word: string, before?: UnmarkedSpelling["before"], capitals: UnmarkedSpelling["before"] | "never" = before): UnmarkedSpelling[] => {
  const lower = withoutMarks(word);
  const spellings: UnmarkedSpelling[] = [{ words: [lower], case: "lower", before }];
  if (capitals !== "never") spellings.push({ words: [lower.toUpperCase()], case: "upper", before: capitals });
  return spellings;
};

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[\s\u200b\u200c\u200d\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** Category of the tokens that may be a ký hiệu part: a plain word, or a body's initials (UBND, HĐND). */
export const Code = createToken({ name: "Code", pattern: Lexer.NA });

/**
 * LETTER's capitals and small letters as classes, found from the letters themselves (a capital is
 * one that lower-casing changes): "Đ", "Ư", "Ấ" are capitals, "đ", "ư", "ấ" small.
 */
function lettersWhere(keep: (c: string) => boolean): string {
  const ranges: [number, number][] = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]];
  let out = "";
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) if (keep(String.fromCharCode(c))) out += `\\u${c.toString(16).padStart(4, "0")}`;
  return out;
}
export const CAPITAL_LETTER = lettersWhere((c) => c !== c.toLowerCase());
export const SMALL_LETTER = lettersWhere((c) => c !== c.toUpperCase());
/**
 * A sentence's full stop glued to a ký hiệu and to the next sentence's first word, its space lost
 * ("… Nghị định 31/2020/NĐ-CP.Theo quy định này", "QĐ-UBND.Ngày 3/4 …", "Quyết định số
 * 15/2020/QĐ-TTg.Theo"): a dot after two capitals or digits, or after the three letters that end
 * a code written with a small letter among capitals ("TTg", "ThU", "SNgV": no word of a sentence
 * has two capitals), before a word written in small letters or with a capital and a small letter.
 * A code joined by a dot is in capitals on both sides ("VP.UBND", "QĐ.UBND", "TP.HCM", "VP.TTg"),
 * and a lower-cased listing's ("qđ.ubnd") has no capitals before it; either stays one word. The
 * lexer (./lexer.ts continuationsEnd) reads the dot so too.
 */
const GLUED_FULL_STOP =
  `(?<=[${CAPITAL_LETTER}0-9][${CAPITAL_LETTER}0-9]|[${CAPITAL_LETTER}][${CAPITAL_LETTER}][${SMALL_LETTER}]|[${CAPITAL_LETTER}][${SMALL_LETTER}][${CAPITAL_LETTER}])` +
  `\\.(?=[${LETTER}]?[${SMALL_LETTER}])`;

/** Any run of letters and digits starting with a letter; ký hiệu parts may join with "." or "&". */
/**
 * A Word ends where a date's "ngày" run into it begins (GLUED_DATE_WORD), and where a heading run
 * into a ký hiệu begins ("…-TĐTNCỘNG HOÀ", GLUED_HEADING_WORD). An apostrophe between
 * letters is inside the word: the Central Highlands' place names are written so ("huyện Ea H’leo",
 * "Cư M'gar", "Đắk R’lấp"), and a name cut at it is another place's id.
 */
export const Word = createToken({
  name: "Word",
  pattern: new RegExp(`[${LETTER}](?:(?!${GLUED_DATE_WORD})(?!${GLUED_HEADING_WORD})[${LETTER}0-9])*(?:(?!${GLUED_FULL_STOP})[.&'\u2019][${LETTER}0-9]+)*`),
  categories: [Code],
});

/** The phrases behind each keyword token, for the fast lexer's index of first words (./lexer.ts). */
export const KEYWORD_PHRASES = new Map<TokenType, readonly string[]>();

/** Each keyword token's spellings, from which a pattern for some of its phrases is built (keywordPattern). */
const KEYWORD_SPELLINGS = new Map<TokenType, { phrases: readonly string[]; ahead: string; unmarked: readonly UnmarkedSpelling[] }>();

function keyword(name: string, phrases: readonly string[], categories: TokenType[] = [], ahead = "", unmarked: readonly UnmarkedSpelling[] = []): TokenType {
  const token = createToken({ name, pattern: phrasePattern(phrases, ahead, unmarked), longer_alt: Word, line_breaks: true, categories });
  KEYWORD_PHRASES.set(token, [...phrases, ...unmarked.flatMap((u) => u.words)]);
  KEYWORD_SPELLINGS.set(token, { phrases, ahead, unmarked });
  return token;
}

/**
 * The keyword token's pattern for those of its phrases (as KEYWORD_PHRASES lists them) that `keep`
 * keeps, in the token's own order and form: where only those phrases can match, it matches as the
 * token's pattern does. The fast lexer tries one per first word: V8 compiles a regex on its first
 * run, and the token's whole pattern (the bodies' names: hundreds of phrases, each case spelled
 * out) cost ~50 ms in every process.
 */
export function keywordPattern(type: TokenType, keep: (phrase: string) => boolean): RegExp {
  const spellings = KEYWORD_SPELLINGS.get(type);
  if (!spellings) throw new Error(`keywordPattern: ${type.name} is no keyword token`);
  const { phrases, ahead, unmarked } = spellings;
  const kept = unmarked.map((u) => ({ ...u, words: u.words.filter(keep) }));
  return phrasePattern(phrases.filter(keep), ahead, kept, unmarked.some((u) => u.words.length > 0));
}

const ABBREVIATIONS = KIND_ABBREVIATIONS;
/**
 * Spellings a keyword token reads only before whitespace (a kind's initials before "số"): where a
 * word that begins no other phrase is not followed by whitespace ("QĐ" in "123/QĐ-UBND", in every
 * ký hiệu), the fast lexer need not try the keyword's pattern.
 */
export const BEFORE_SPACE_ONLY: ReadonlySet<string> = new Set(ABBREVIATIONS.map((a) => a.toLowerCase()));
export const KindWord = keyword("KindWord", KINDS.flatMap((k) => k.words), [], "", [
  { words: unmarkedKindWords(), case: "any" },
  { words: ABBREVIATIONS, case: "upper", before: "so" },
  { words: ABBREVIATIONS, case: "upper", before: "ownCode" },
  { words: ABBREVIATIONS.map((a) => a.toLowerCase()), case: "lower", before: "so" },
]);
export const IssuerName = keyword("IssuerName", allIssuerPhrases(), [Code], "", [{ words: unmarkedIssuerPhrases(), case: "any" }]);
export const Title = keyword("Title", ISSUER_TITLES, [], "", [{ words: unmarkedIssuerTitles(), case: "any" }]);
export const PlaceType = keyword("PlaceType", PLACE_TYPES, [], "", UNMARKED_PLACE_TYPES);
/**
 * "số"; without marks ("so", "SO" before a number), with its acute lost before a number ("sô 12/…":
 * SO_ACUTE_LOST) or otherwise misread by a scan ("SÓ", "sé": SO_MISREAD), and with its "ố" lost, in lower case, before a number ("s 78/2018/…": SO_LETTER_LOST).
 */
export const So = keyword("So", ["số"], [], "", [
  ...plain("số", undefined, "reference"),
  { words: SO_MISREAD, case: "any", before: "reference" },
  { words: [SO_LETTER_LOST], case: "lower", before: "reference" },
]);
export const Ngay = keyword("Ngay", ["ngày"], [], "", plain("ngày", undefined, "number"));
export const Thang = keyword("Thang", ["tháng"], [], "", plain("tháng", undefined, "number"));
/**
 * "năm" is the date's word only before its year ("tháng 4 năm 2018"); before a word it is a word,
 * a place's among them ("UBND huyện Năm Căn"). What follows it is read no further than the next
 * token's first character, so a token stream that holds the token after it has it final.
 */
export const Nam = keyword("Nam", ["năm"], [], BEFORE.number, plain("năm", "number", "year"));
/** "CUA" in capitals only before a body or its title: "CUA LO", "CUA VIET" are names. */
export const Cua = keyword("Cua", ["của"], [], "", plain("của", undefined, "body"));
export const Va = keyword("Va", ["và"], [], "", plain("và"));
export const Term = keyword("Term", ["khóa", "khoá"], [], "", plain("khóa"));

/**
 * A number, with the one letter some documents are numbered with ("Nghị quyết số 30a/2008/NQ-CP",
 * "Quyết định số 02a/QĐ-UBND") where the slash or dash of a ký hiệu follows it: elsewhere "5b" or
 * "3m/s" is a number and a word. The look-ahead reads no further than the next token's first
 * character, as Nam's does. A letter past d only where a year and an upper-case code follow
 * ("3e/2000/NQ-HĐND", "3e/2000/nq-hđnd", NUMBER_LETTER): that look-ahead reads up to the code's first letter (a lower-case code: to its dash). Or a number in two parts ("66.7/2025/NQ-CP", NUMBER_PART), where a
 * ký hiệu follows: that look-ahead reads up to the code's first letter (the fast lexer's reach).
 * Or a year with a small l for its last 1 ("23/200l/QĐ-UB", YEAR_TYPED_L) where a slash follows.
 */
export const NumberTok = createToken({
  name: "Number",
  pattern: new RegExp(`${YEAR_TYPED_L}|[0-9]+(?:[${NUMBER_SUFFIX}](?=[ \t]*[-/])|[${NUMBER_SUFFIX_WIDE}]${YEAR_CODE_AHEAD}|${NUMBER_PART}${NUMBER_PART_AHEAD})?`),
});
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
export const Punct = createToken({
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
