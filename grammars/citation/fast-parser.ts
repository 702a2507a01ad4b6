import { createTokenInstance, EOF, type IToken, type TokenType } from "chevrotain";
import type { TokenStream } from "./lexer.js";
import { Code, Colon, Comma, Cua, Dash, Dot, IssuerName, KindWord, Nam, Ngay, NumberTok, PlaceType, Slash, So, Term, Thang, Title, Va, Word } from "./tokens.js";
import {
  adjacent,
  dashGoesOn,
  dashInPlaceName,
  districtThenProvince,
  doubledDashAt,
  dotInSymbol,
  is,
  isCityAbbreviation,
  isCode,
  isNumberedPlaceType,
  isPlaceWord,
  isYear,
  isYearTypedL,
  endsPlace,
  refLengthAt,
  REF_TOKENS,
  slashInSymbol,
  spacedAmpersandAt,
  bracketedUnitAt,
  splitTermAt,
  spacedIssuerCodeAt,
  spacedCodeAt,
  splitYearTail,
} from "./gates/index.js";
import { citationParse, type CitationParse, type DateParse, type IssuerParse, type ReferenceParse, type Repair } from "./results.js";

/*
 * The grammar's common readings, by hand. Chevrotain's engine costs more per citation than the
 * tokens do (a look-ahead function, a gate and a rule frame for every OPTION of every citation), and
 * nearly every citation is read by the same few choices: kind word, "số", number, year, ký hiệu,
 * date, "của" and a body with its place. This reads those choices in the grammar's order, with the
 * grammar's own gates (./gates/), and gives the same CitationParse objects. Wherever the grammar
 * would take a rarer reading (a repaired separator but a slash inside the ký hiệu, a repeated type
 * code, a split term) or fail, it gives up, and the grammar (./parser.ts) reads
 * the citation from its first token: the grammar stays the definition, and the tests hold this to
 * it token for token on real and generated text (test/parse/fast-parser.test.ts).
 */

/** The same bounds as the grammar's (see parser.ts). */
const MAX_SYMBOL_PARTS = 8;
const MAX_PLACE_WORDS = 4;
const REGULAR: readonly Repair[] = Object.freeze([]);
const SLASH_IN_SYMBOL: readonly Repair[] = Object.freeze(["slash-in-symbol"]);
/** What the grammar's look-ahead answers past the end of its input. */
const END = createTokenInstance(EOF, "", NaN, NaN, NaN, NaN, NaN, NaN);
const ROMAN = /^[IVXLC]+$/i;

/** Thrown (once, shared) to give a citation list back to the grammar. */
const GIVE_UP = Symbol("give up");

/**
 * Parses the citation list starting at stream.tokens[start], as CitationParser.parseListFrom does,
 * or returns undefined where a reading is left to the grammar.
 */
export function parseListFast(stream: TokenStream, start: number, maxTokens: number): CitationParse[] | undefined {
  reader.stream = stream;
  reader.limit = start + maxTokens;
  reader.pos = start;
  try {
    const list = [citation()];
    while (continuationAhead()) {
      reader.pos++; // "và" or ","
      const next = citation();
      if (next.kindWord === null) {
        next.kindWord = list[list.length - 1].kindWord;
        next.inherited = next.kindWord !== null;
      }
      list.push(next);
    }
    return list;
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  } finally {
    reader.stream = null;
  }
}

/** Where the parse is: `pos` is the index of the next token (the grammar's LA(1)). */
const reader = { stream: null as TokenStream | null, limit: 0, pos: 0 };

/** The grammar's LA(k): k = 1 is the next token, 0 the one just read. */
function la(k: number): IToken {
  const i = reader.pos + k - 1;
  if (i < 0 || i >= reader.limit) return END;
  // Most look-aheads are at tokens lexed already (the gates ask the same few again and again): at() only lexes further.
  const { tokens } = reader.stream!;
  return i < tokens.length ? tokens[i] : (reader.stream!.at(i) ?? END);
}

/** Reads the next token, which must be of `type` (Code is a category: a Word or a body's initials, as CONSUME reads it). */
function take(type: TokenType): IToken {
  const t = la(1);
  if (type === Code ? !is(t, Word) && !is(t, IssuerName) : !is(t, type)) throw GIVE_UP;
  reader.pos++;
  return t;
}

function citation(): CitationParse {
  const kindWord = is(la(1), KindWord) ? next() : null;
  let so: IToken | null = null;
  if (is(la(1), So)) {
    so = next();
    if (is(la(1), Colon)) next();
  }
  const ref = reference();
  const early = dateAhead() ? dateClause() : null;
  const issuer = issuerAhead() ? issuerPhrase() : null;
  const late = early === null && issuer !== null && is(la(1), Ngay) && dateAhead() ? dateClause() : null;
  return citationParse(kindWord, so, ref, early ?? late, issuer, late);
}

/** Reads the next token, whatever it is (the caller has looked at it). */
function next(): IToken {
  const t = la(1);
  reader.pos++;
  return t;
}

function reference(): ReferenceParse {
  const number = take(NumberTok);
  let ref: ReferenceParse;
  if (is(la(1), Dash)) {
    next();
    // Party numbering (37-NQ/TW); a dash before the year ("12-2019/NQ-CP") is the grammar's.
    const type = take(Code);
    take(Slash);
    const issuer = take(Code);
    ref = { number: issuer, year: null, written: "dash-first", parts: [type, issuer], repairs: REGULAR, last: issuer };
  } else {
    // "227 NQ/UBTVQH9", a space for the dash of older numbering (no slash here), is the grammar's: take gives up.
    take(Slash);
    let year: IToken | null = null;
    if (is(la(1), NumberTok)) {
      year = next();
      // "23/200l/QĐ-UB", a small l for the year's last 1: the grammar's.
      if (isYearTypedL(year)) throw GIVE_UP;
      take(Slash);
    }
    // "113/2016//TT-BTC", the slash typed twice, is the grammar's: take gives up on the second slash.
    const first = take(Code);
    // "210/QĐ/2010/QĐ-UBND", the type code repeated after the year, is the grammar's.
    if (is(la(1), Slash) && is(la(2), NumberTok)) throw GIVE_UP;
    ref = { number: first, year, written: "slash-first", parts: [first], repairs: REGULAR, last: first };
  }
  symbolParts(ref);
  // "282/QĐ TTg", a space for the dash before the issuer's code: the grammar's.
  if (ref.written === "slash-first" && spacedIssuerCodeAt(ref.parts[ref.parts.length - 1], la(1), la(2), ref.parts.length)) throw GIVE_UP;
  // "TTLT-BGD ĐT-BNV", an issuer's code typed with a space inside it: the grammar's.
  if (spacedCodeAt(ref.parts[ref.parts.length - 1], la(1), ref.parts.length)) throw GIVE_UP;
  // "103/BKH-KTĐP &LT", a code's "&" a space after it: the grammar's.
  if (spacedAmpersandAt(ref.parts[ref.parts.length - 1], la(1), la(2))) throw GIVE_UP;
  // "06/QH 10", the term's digits a space after the legislature's code: the grammar's.
  if (splitTermAt(ref.parts[ref.parts.length - 1], la(1), la(2))) throw GIVE_UP;
  // "368/TT-XD(KTXD)", the drafting unit's code in brackets glued to the last code: the grammar's.
  if (bracketedUnitAt(ref.parts[ref.parts.length - 1], la(1), la(2), la(3), la(4))) throw GIVE_UP;
  ref.number = number;
  ref.last = ref.parts[ref.parts.length - 1];
  return ref;
}

/** The ký hiệu's further parts, joined by dashes, and once by a slash: the grammar's symbolPart, but for its rarer repairs. */
function symbolParts(ref: ReferenceParse): void {
  const { parts, written } = ref;
  for (;;) {
    const sep = la(1);
    // "QĐ .UBND", a spaced dot for the dash after a type code alone: a repair the grammar reads.
    if (is(sep, Dot) && parts.length === 1 && written === "slash-first" && dotInSymbol(parts[0], sep, la(2), la(3), la(4))) throw GIVE_UP;
    // "QĐ--BVHTT", a dash typed twice: a repair the grammar reads.
    if (is(sep, Dash) && parts.length < MAX_SYMBOL_PARTS && doubledDashAt(parts[parts.length - 1], sep, la(2), la(3))) throw GIVE_UP;
    const sepIsSlash = is(sep, Slash);
    if ((!sepIsSlash && !is(sep, Dash)) || parts.length >= MAX_SYMBOL_PARTS || !isCode(la(2))) return;
    const last = parts[parts.length - 1];
    if (sepIsSlash) {
      // "TTr / STC-QLCS", "TTLT / BTC-BNV": a slash joins two codes once, in state numbering (the
      // grammar's symbolPart and its "slash-in-symbol" repair; a second such slash ends the ký hiệu).
      if (written !== "slash-first" || ref.repairs.includes("slash-in-symbol") || !slashInSymbol(last, sep, la(2), la(3))) return;
      next();
      parts.push(next());
      ref.repairs = SLASH_IN_SYMBOL;
      continue;
    }
    const continues = adjacent(last, sep) || dashGoesOn(last, sep, la(2), parts.length);
    if (!continues) return;
    next();
    parts.push(next());
  }
}

/** The grammar's dateAhead. */
function dateAhead(): boolean {
  let k = 1;
  if (is(la(k), Comma)) k++;
  if (!is(la(k), Ngay) || !is(la(k + 1), NumberTok)) return false;
  const sep = la(k + 2);
  if (is(sep, Thang)) return is(la(k + 3), NumberTok) && is(la(k + 4), Nam) && is(la(k + 5), NumberTok);
  return isDateSeparator(sep) && is(la(k + 3), NumberTok) && isDateSeparator(la(k + 4)) && is(la(k + 5), NumberTok);
}

const isDateSeparator = (t: IToken): boolean => is(t, Slash) || is(t, Dash) || is(t, Dot);

function dateClause(): DateParse {
  const comma = is(la(1), Comma) ? next() : null;
  const ngay = next();
  const day = next();
  next(); // "tháng" or the separator
  const month = next();
  next(); // "năm" or the separator
  const year = next();
  // "ngày 16/7/20 21": the year's last two digits after a space (the grammar's yearTail).
  const yearTail = splitYearTail(year, la(1), la(2)) ? next() : null;
  return { day, month, year, yearTail, first: comma ?? ngay, last: yearTail ?? year };
}

/** The grammar's issuerAhead. */
function issuerAhead(): boolean {
  const k0 = is(la(1), Comma) ? 2 : 1;
  if (!is(la(k0), Cua)) return false;
  let k = k0 + 1;
  while (is(la(k), Title) || is(la(k), Comma)) k++;
  return is(la(k), IssuerName);
}

function issuerPhrase(): IssuerParse {
  if (is(la(1), Comma)) next();
  next(); // "của"
  const titles: IToken[] = [];
  while (is(la(1), Title)) {
    titles.push(next());
    if (is(la(1), Comma)) next();
  }
  const name = take(IssuerName);
  const placeType = is(la(1), PlaceType) ? next() : null;
  const placeWords: IToken[] = [];
  if (placeType === null && isCityAbbreviation(la(1), la(2)) && isPlaceWord(la(3))) {
    // "UBND TP. Hồ Chí Minh": "TP." one place word, as the grammar's cityAbbreviation makes it.
    const tp = next();
    const dot = next();
    placeWords.push({ image: tp.image + dot.image, startOffset: tp.startOffset, tokenTypeIdx: tp.tokenTypeIdx, tokenType: tp.tokenType } as IToken);
  } else if (placeType !== null && is(la(1), NumberTok) && isNumberedPlaceType(placeType) && la(1).image.length <= 2) {
    // "UBND quận 5": the number is the place's word (the grammar's numberedPlace).
    placeWords.push(next());
  }
  while (placeWords.length < MAX_PLACE_WORDS && isPlaceWord(la(1), placeWords.length > 0 ? "word" : placeType !== null ? "type" : null) && !endsPlace(la(1), la(2), la(3), la(4))) {
    placeWords.push(next());
  }
  // "tỉnh Bà Rịa - Vũng Tàu": the dash among the place's tokens, then the words of the name after it (the grammar's dashedPlace).
  if (dashInPlaceName(placeWords, la(1), la(2))) {
    placeWords.push(next());
    while (placeWords.length < MAX_PLACE_WORDS + 1 && isPlaceWord(la(1), "word") && !endsPlace(la(1), la(2), la(3), la(4))) placeWords.push(next());
  }
  // "huyện Long Hồ, tỉnh Vĩnh Long": the comma, the province's type word, its words (the grammar's provinceOfDistrict).
  const provinceWords: IToken[] = [];
  if (districtThenProvince(placeType, placeWords, la(1), la(2)) && isPlaceWord(la(3))) {
    next();
    next();
    while (provinceWords.length < MAX_PLACE_WORDS && isPlaceWord(la(1), provinceWords.length === 0 ? "type" : "word") && !endsPlace(la(1), la(2), la(3), la(4))) provinceWords.push(next());
  }
  let term: IToken | null = null;
  if (is(la(1), Term) && is(la(2), Word) && ROMAN.test(la(2).image)) {
    next();
    term = next();
  }
  // Each list's last word, or undefined where it is empty: not list[-1], a named property's look-up that
  // made these loads megamorphic at the first issuer without a province (bench/README.md, session 37).
  const last = term ?? lastOf(provinceWords) ?? lastOf(placeWords) ?? placeType ?? name;
  return { titles, name, placeType, placeWords, provinceWords, term, last };
}

const lastOf = (tokens: readonly IToken[]): IToken | undefined => (tokens.length > 0 ? tokens[tokens.length - 1] : undefined);

/** The grammar's continuationAhead: "và" or "," and a reference, its kind word and "số" optional. */
function continuationAhead(): boolean {
  const sep = la(1);
  if (!is(sep, Va) && !is(sep, Comma)) return false;
  let k = 2;
  if (is(la(k), KindWord)) k++;
  if (is(la(k), So)) k++;
  for (let j = 0; j < REF_TOKENS; j++) ahead[j] = la(k + j);
  return refLengthAt(ahead, 0) > 0;
}

const ahead: IToken[] = new Array<IToken>(REF_TOKENS);
