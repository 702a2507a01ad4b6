import { createTokenInstance, EmbeddedActionsParser, EOF, type IToken } from "chevrotain";
import { TokenStream } from "./lexer.js";
import {
  ALL_TOKENS,
  Code,
  DateSeparator,
  Dot,
  Colon,
  Comma,
  Cua,
  Dash,
  IssuerName,
  KindWord,
  Nam,
  Ngay,
  NumberTok,
  PlaceType,
  Punct,
  Slash,
  So,
  Term,
  Thang,
  Title,
  Va,
  Word,
} from "./tokens.js";
import { adjacent, dashGoesOn, dashInPlaceName, districtThenProvince, doubledDashAt, dotInSymbol, isCityAbbreviation, isNumberedPlaceType, isCode, isPlaceWord, endsPlace, isYear, isYearTypedL, is, refLengthAt, REF_TOKENS, slashInSymbol, spacedAmpersandAt, spacedIssuerAt, spacedIssuerCodeAt, spacedCodeAt, bracketedUnitAt, dotsForSlashesAt, splitNumberAt, splitTermAt, splitYearTail } from "./gates/index.js";
import { citationParse, type CitationParse, type DateParse, type IssuerParse, type ReferenceParse, type Repair } from "./results.js";

/**
 * A joint circular of six bodies has seven parts ("10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", the
 * legal-aid circular of four ministries, the Supreme Court and the Procuracy); eight leaves room for one
 * more. At six, such a ký hiệu lost its last body without a warning and became another document's id.
 */
const MAX_SYMBOL_PARTS = 8;
/** What LA answers past the end of the input, as Chevrotain's own end-of-input token. */
const END = createTokenInstance(EOF, "", NaN, NaN, NaN, NaN, NaN, NaN);
const MAX_PLACE_WORDS = 4;
/** Shared, never written to: most numbers are regular, and they need no array of their own. */
const REGULAR: readonly Repair[] = Object.freeze([]);
const DASH_YEAR: readonly Repair[] = Object.freeze(["dash-year"]);
const REPEATED_TYPE: readonly Repair[] = Object.freeze(["repeated-type"]);
const DASH_ISSUER: readonly Repair[] = Object.freeze(["dash-issuer"]);
const SPACE_FOR_DASH: readonly Repair[] = Object.freeze(["space-for-dash"]);
const DASH_MISSING: readonly Repair[] = Object.freeze(["dash-missing"]);
const SPACE_FOR_SLASH: readonly Repair[] = Object.freeze(["space-for-slash"]);
const SPACES_FOR_SLASHES: readonly Repair[] = Object.freeze(["spaces-for-slashes"]);
const SPACE_BEFORE_TYPE: readonly Repair[] = Object.freeze(["space-before-type"]);
const SLASH_MISSING: readonly Repair[] = Object.freeze(["slash-missing"]);
const YEAR_SLASH_MISSING: readonly Repair[] = Object.freeze(["year-slash-missing"]);
const L_FOR_ONE: readonly Repair[] = Object.freeze(["l-for-1"]);
const DOUBLED_SLASH: readonly Repair[] = Object.freeze(["doubled-slash"]);
const DOUBLED_YEAR_SLASH: readonly Repair[] = Object.freeze(["doubled-year-slash"]);
const SPLIT_NUMBER: readonly Repair[] = Object.freeze(["split-number"]);
const DOTS_FOR_SLASHES: readonly Repair[] = Object.freeze(["dots-for-slashes"]);

/** One number token for a digit and the rest a scan split from it ("1 11"): its image as written, space and all. */
function joinedNumber(digit: IToken, rest: IToken): IToken {
  const image = digit.image + " " + rest.image;
  return createTokenInstance(NumberTok, image, digit.startOffset, digit.startOffset + image.length - 1, digit.startLine ?? NaN, rest.endLine ?? NaN, digit.startColumn ?? NaN, rest.endColumn ?? NaN);
}

/** One code token for a drafting unit in brackets, "(KTXD)" (gates bracketedUnitAt): its image the brackets and the code, as written. */
function bracketedUnit(open: IToken, unit: IToken, close: IToken): IToken {
  const image = open.image + unit.image + close.image;
  return createTokenInstance(unit.tokenType, image, open.startOffset, open.startOffset + image.length - 1, open.startLine ?? NaN, close.endLine ?? NaN, open.startColumn ?? NaN, close.endColumn ?? NaN);
}

/** One code token for an issuer's code typed with a space inside it, "BGD ĐT" (gates spacedCodeAt): its image as written, the space too (src/parse/convert.ts drops it). */
function spacedCode(code: IToken, piece: IToken): IToken {
  const image = code.image + " " + piece.image;
  return createTokenInstance(code.tokenType, image, code.startOffset, code.startOffset + image.length - 1, code.startLine ?? NaN, piece.endLine ?? NaN, code.startColumn ?? NaN, piece.endColumn ?? NaN);
}

/** The repairs of a reference whose year was read: a small l for its last 1, its slash typed twice. */
function yearRepairs(typedL: boolean, doubled: boolean): readonly Repair[] {
  if (typedL) return doubled ? ["l-for-1", "doubled-slash"] : L_FOR_ONE;
  return doubled ? DOUBLED_SLASH : REGULAR;
}

/**
 * The citation grammar (embedded actions). One instance is built once and reused through
 * `input`; rules are class fields as in Chevrotain's TypeScript examples.
 */
export class CitationParser extends EmbeddedActionsParser {
  constructor() {
    super(ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 3, skipValidations: false });
    this.performSelfAnalysis();
  }

  /** Chevrotain's own fields (the input and the index of the last consumed token), which its typings do not declare. */
  declare private currIdx: number;
  declare private tokVector: IToken[];
  /** The tokens being parsed, lexed as the parser looks ahead; null between parses. */
  private stream: TokenStream | null = null;
  /** Index of the first token past what one parse may read: keeps a parse's work bounded. */
  private limit = 0;

  /**
   * Parses the citation list starting at stream.tokens[start]. Tokens are lexed as the grammar asks
   * for them (Chevrotain leaves LA and LA_FAST open for lazy lexers), so a parse costs the tokens
   * it looks at, not the window around it.
   */
  parseListFrom(stream: TokenStream, start: number, maxTokens: number): CitationParse[] {
    this.input = stream.tokens;
    this.stream = stream;
    this.limit = start + maxTokens;
    this.currIdx = start - 1;
    try {
      return this.citationList();
    } finally {
      this.stream = null;
    }
  }

  protected LA(howMuch: number): IToken {
    const i = this.currIdx + howMuch;
    const toks = this.tokVector;
    return i >= 0 && i < toks.length ? toks[i] : this.lexAhead(i);
  }

  /** LA without the lower bound check (Chevrotain calls it only for tokens ahead). */
  protected LA_FAST(howMuch: number): IToken {
    const i = this.currIdx + howMuch;
    const toks = this.tokVector;
    return i < toks.length ? toks[i] : this.lexAhead(i);
  }

  /**
   * A token not lexed yet. The stream's array is the parser's input, so it holds no token past
   * `limit` while a parse runs: only this lexes during a parse, and only up to the limit.
   */
  private lexAhead(i: number): IToken {
    return i < 0 || i >= this.limit || this.stream === null ? END : (this.stream.at(i) ?? END);
  }

  /**
   * Chevrotain pads the input with end-of-input sentinels before a parse, so LA_FAST needs no
   * bounds check; here LA_FAST reads the stream, which answers EOF itself, and padding the
   * stream's array would put sentinels among its tokens.
   */
  onBeforeParse(): void {}

  /**
   * Island parsing stops where the citation ends and leaves the rest of the sentence unread, on
   * purpose. Chevrotain 11's after-parse hook would record that as a NotAllInputParsedException,
   * an Error built per citation (a tenth of extraction's time).
   */
  onAfterParse(): void {}

  private la(k: number): IToken {
    return this.LA(k);
  }

  /** Whether a reference starts at LA(offset): gates that must see further than LL(k). */
  private refAhead(offset: number): boolean {
    const toks = this.ahead;
    for (let k = 0; k < toks.length; k++) toks[k] = this.LA(offset + k);
    return refLengthAt(toks, 0) > 0;
  }

  /** The tokens refAhead reads, in one array reused by every call. */
  private readonly ahead: IToken[] = new Array<IToken>(REF_TOKENS);

  /*
   * The rules below run once per citation, so they create no functions as they run: every
   * OPTION, MANY and OR is handed a function (or an array of alternatives) made once, with the
   * parser, and results come back as return values. Where a repetition must add to a list, the
   * list is the parser's (`list`, `parts`, `titles`, `placeWords`): no rule runs inside itself,
   * so each is in use by one rule at a time. Code that only builds results is skipped while
   * Chevrotain records the grammar (RECORDING_PHASE), as ACTION would.
   */
  private list: CitationParse[] = [];
  private parts: IToken[] = [];
  /** How the reference being read is written, and what the symbol's parts repaired: read by symbolPart. */
  private written: "dash-first" | "slash-first" = "slash-first";
  private repairs: readonly Repair[] = REGULAR;
  /** Whether the state reference being read had its year before the first code: see repeatedType. */
  private yearRead = false;
  /** Whether the year just read (numberYear) was followed by its slash typed twice: "113/2016//TT-BTC". */
  private slashDoubled = false;
  /** Whether the year just read (numberYear) was followed by a space where its slash belongs: "95/2024 NĐ-CP". */
  private yearSpaced = false;
  /** The rest of a number a scan split after its first digit ("số 1 11/2013/TT-BTC"), read by the reference rule; null for most. */
  private numberRest: IToken | null = null;
  private titles: IToken[] = [];
  private placeWords: IToken[] = [];

  /** "Thông tư số 61/2017/TT-BTC và 90/2018/TT-BTC", "quyết định số 12/2005/qđ-ub , quyết định số 30/2006/qđ-ub". */
  public citationList = this.RULE("citationList", (): CitationParse[] => {
    const list = [this.SUBRULE(this.citation)];
    this.list = list;
    this.MANY(this.nextInList);
    return list;
  });

  private readonly nextInList = {
    GATE: () => this.continuationAhead(),
    DEF: () => {
      this.OR(this.listSeparators);
      const next = this.SUBRULE2(this.citation);
      if (this.RECORDING_PHASE) return;
      const list = this.list;
      if (next.kindWord === null) {
        next.kindWord = list[list.length - 1].kindWord;
        next.inherited = next.kindWord !== null;
      }
      list.push(next);
    },
  };

  private readonly listSeparators = [{ ALT: () => this.CONSUME(Va) }, { ALT: () => this.CONSUME(Comma) }];

  private continuationAhead(): boolean {
    const sep = this.la(1);
    if (!is(sep, Va) && !is(sep, Comma)) return false;
    let k = 2;
    if (is(this.la(k), KindWord)) k++;
    if (is(this.la(k), So)) k++;
    return this.refAhead(k);
  }

  public citation = this.RULE("citation", (): CitationParse => {
    const kindWord = this.OPTION(this.kindWord) ?? null;
    const so = this.OPTION2(this.numberWord) ?? null;
    const ref = this.SUBRULE(this.reference);
    const early = this.OPTION4(this.date) ?? null;
    const issuer = this.OPTION5(this.issuer) ?? null;
    // "Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023": the date after the issuer.
    const late = this.RECORDING_PHASE || (early === null && issuer !== null) ? (this.OPTION6(this.lateDate) ?? null) : null;
    if (this.RECORDING_PHASE) return ref as unknown as CitationParse;
    return citationParse(kindWord, so, ref, early ?? late, issuer, late);
  });

  private readonly kindWord = () => this.CONSUME(KindWord);

  /** "số", "số:". */
  private readonly numberWord = () => {
    const so = this.CONSUME(So);
    this.OPTION3(this.colon);
    return so;
  };

  private readonly colon = () => this.CONSUME(Colon);
  private readonly date = { GATE: () => this.dateAhead(), DEF: () => this.SUBRULE(this.dateClause) };
  private readonly issuer = { GATE: () => this.issuerAhead(), DEF: () => this.SUBRULE(this.issuerPhrase) };
  /** Written right after the issuer, "ngày" first: a comma there ("của Chính phủ, ngày …") may open another clause. */
  private readonly lateDate = { GATE: () => is(this.la(1), Ngay) && this.dateAhead(), DEF: () => this.SUBRULE2(this.dateClause) };

  public reference = this.RULE("reference", (): ReferenceParse => {
    // Set only by a split number's reading below, for this reference: none left from a parse that failed.
    if (!this.RECORDING_PHASE) this.numberRest = null;
    const number = this.CONSUME(NumberTok);
    const rest = this.OR(this.referenceForms);
    // The ký hiệu goes on after its last part: "NĐ-CP", "TCQT-NS" after "488-CV / ", "TTr / STC".
    if (!this.RECORDING_PHASE) {
      this.parts = rest.parts;
      this.written = rest.written;
      this.repairs = rest.repairs;
    }
    this.MANY(this.symbolPart);
    this.option(23, this.spacedIssuerCode);
    this.option(13, this.spacedAmpersand);
    this.OPTION3(this.splitTerm);
    this.option(17, this.bracketedUnit);
    if (this.RECORDING_PHASE) return rest;
    // "Thông tư số 1 11/2013/TT-BTC" (splitNumberAt): the number is the digit, the space and the rest, as written.
    rest.number = this.numberRest === null ? number : joinedNumber(number, this.numberRest);
    this.numberRest = null;
    rest.repairs = this.repairs;
    rest.last = rest.parts[rest.parts.length - 1];
    return rest;
  });

  /**
   * What follows the number, as a reference with a stand-in number: the rule puts the real one in.
   * Each choice is decided by one token (a dash or a slash, then a code or a year), as cheap as
   * lookahead gets: the rule runs once per citation.
   */
  private readonly referenceForms = [
    {
      // "Thông tư số 1 11/2013/TT-BTC": a scan's space after the number's first digit (gates/reference-start.ts
      // splitNumberAt), read as 111/2013/TT-BTC; the rest of the number, its year and first code as in "111/2013/TT".
      GATE: () => splitNumberAt(this.tokVector, this.currIdx),
      ALT: (): ReferenceParse => {
        const rest = this.consume(15, NumberTok);
        this.consume(15, Slash);
        // "Quyết định số 1 10/QĐ-BTC": no year, the code right after the slash (splitNumberAt).
        const year = this.option(22, this.splitNumberYear) ?? null;
        const first = this.consume(15, Code);
        this.yearRead = year !== null;
        if (!this.RECORDING_PHASE) this.numberRest = rest;
        return { number: first, year, written: "slash-first", parts: [first], repairs: SPLIT_NUMBER, last: first };
      },
    },
    {
      // "Nghị định số 138.2004.NĐ-CP", "quyết định số 0971.QĐ-BTM": a dot for each slash (gates/reference-start.ts
      // dotsForSlashesAt, which refLengthAt asks), read as 138/2004/NĐ-CP and 0971/QĐ-BTM.
      GATE: () => dotsForSlashesAt(this.tokVector, this.currIdx),
      ALT: (): ReferenceParse => {
        this.consume(24, Dot);
        const year = this.option(24, this.dottedYear) ?? null;
        const first = this.consume(25, Code);
        this.yearRead = year !== null;
        return { number: first, year, written: "slash-first", parts: [first], repairs: DOTS_FOR_SLASHES, last: first };
      },
    },
    {
      ALT: (): ReferenceParse => {
        this.CONSUME(Dash);
        return this.OR3(this.afterDash);
      },
    },
    {
      ALT: (): ReferenceParse => {
        this.CONSUME2(Slash);
        // "38//2009/NĐ-CP": the slash before the year typed twice (gates/reference-start.ts yearDoubledSlashAt, which refLengthAt asks).
        const early = this.option(18, this.yearSecondSlash);
        const year = this.OPTION(this.numberYear) ?? null;
        // "263//KQTĐ-SXD": no year, the slash before the ký hiệu typed twice (gates/reference-start.ts bareDoubledSlashAt, which refLengthAt asks).
        const twice = this.OPTION9({ GATE: () => year === null, DEF: this.bareSecondSlash });
        const first = this.CONSUME3(Code);
        this.yearRead = year !== null;
        const again = this.OPTION2(this.repeatedType) ?? null;
        if (again !== null) return { number: again[1], year: again[0], written: "slash-first", parts: [again[1]], repairs: REPEATED_TYPE, last: again[1] };
        const repairs =
          year === null ? (twice === undefined ? REGULAR : DOUBLED_SLASH) : early !== undefined ? DOUBLED_YEAR_SLASH : this.yearSpaced ? (adjacent(year, first) ? YEAR_SLASH_MISSING : SPACE_BEFORE_TYPE) : yearRepairs(isYearTypedL(year), this.slashDoubled);
        return { number: first, year, written: "slash-first", parts: [first], repairs, last: first };
      },
    },
    {
      // "Nghị quyết số 227 NQ/UBTVQH9": older numbering with a space where the dash belongs
      // (gates/reference-start.ts spacedTypeAt, which refLengthAt asks before a parse is entered), read as 227-NQ/UBTVQH9.
      GATE: () => refLengthAt(this.tokVector, this.currIdx) === 4 && !is(this.LA(2), Dash),
      // "…số 20NQ/TW" (a page that lost the dash, no space put for it) is read so too.
      ALT: (): ReferenceParse => {
        const number = this.tokVector[this.currIdx];
        // "công văn số 4519 BKH/KTĐN" (spacedIssuerAt): the issuer's code first, read as 4519/BKH-KTĐN.
        const issuerFirst = spacedIssuerAt(this.tokVector, this.currIdx);
        const type = this.CONSUME8(Code);
        this.CONSUME8(Slash);
        const issuer = this.CONSUME9(Code);
        if (issuerFirst) return { number: issuer, year: null, written: "slash-first", parts: [type, issuer], repairs: SPACE_FOR_SLASH, last: issuer };
        const repairs = number !== undefined && adjacent(number, type) ? DASH_MISSING : SPACE_FOR_DASH;
        return { number: issuer, year: null, written: "dash-first", parts: [type, issuer], repairs, last: issuer };
      },
    },
    {
      // "Nghị quyết số 03 NQ-CP": a space for the slash before the type code (gates/reference-start.ts
      // spacedKindCodeAt, which refLengthAt asks), read as 03/NQ-CP; the issuer's code is the next part.
      // "Tờ trình số 667TTr-STP" (nothing for the slash, the code glued to the number) is read so too.
      GATE: () => refLengthAt(this.tokVector, this.currIdx) === 4 && is(this.LA(2), Dash),
      ALT: (): ReferenceParse => {
        const number = this.tokVector[this.currIdx];
        const type = this.consume(14, Code);
        const repairs = number !== undefined && adjacent(number, type) ? SLASH_MISSING : SPACE_BEFORE_TYPE;
        return { number: type, year: null, written: "slash-first", parts: [type], repairs, last: type };
      },
    },
    {
      // "nghi dinh so 40 2020 nd cp", "Nghị định số 63 2010 NĐ-CP": spaces for the slashes (and the
      // dash) of a web address's words (gates/reference-start.ts spacedSlugAt, which refLengthAt asks), read as 40/2020/NĐ-CP.
      GATE: () => refLengthAt(this.tokVector, this.currIdx) === 4 && is(this.LA(1), NumberTok),
      ALT: (): ReferenceParse => {
        // Indices past the numbered methods': the rule's alternatives use those up.
        const year = this.consume(11, NumberTok);
        const type = this.consume(11, Code);
        this.option(11, () => this.consume(11, Dash));
        const issuer = this.consume(12, Code);
        return { number: issuer, year, written: "slash-first", parts: [type, issuer], repairs: SPACES_FOR_SLASHES, last: issuer };
      },
    },
  ];

  private readonly afterDash = [
    {
      // Party numbering: 37-NQ/TW, "18 - nq/tw", "488-CV / TCQT".
      ALT: (): ReferenceParse => {
        const type = this.CONSUME(Code);
        this.CONSUME(Slash);
        const issuer = this.CONSUME2(Code);
        return { number: issuer, year: null, written: "dash-first", parts: [type, issuer], repairs: REGULAR, last: issuer };
      },
    },
    {
      // "64-CP", "200-TTg": older numbering, a central body's code alone after the dash (dashIssuerAt).
      GATE: () => !is(this.la(2), Slash),
      ALT: (): ReferenceParse => {
        const issuer = this.CONSUME7(Code);
        return { number: issuer, year: null, written: "slash-first", parts: [issuer], repairs: DASH_ISSUER, last: issuer };
      },
    },
    {
      // "12-2019/NQ-CP": a dash for the slash before the year (refLengthAt admits it only written tight).
      ALT: (): ReferenceParse => {
        const year = this.CONSUME3(NumberTok);
        this.CONSUME4(Slash);
        const first = this.CONSUME5(Code);
        return { number: first, year, written: "slash-first", parts: [first], repairs: DASH_YEAR, last: first };
      },
    },
  ];

  /** "2018/" in "61/2018/NĐ-CP"; "2016//" in "113/2016//TT-BTC", the slash typed twice (gates/reference-start.ts doubledSlashAt, which refLengthAt asks). */
  private readonly numberYear = () => {
    const year = this.CONSUME2(NumberTok);
    // "95/2024 NĐ-CP": a space for the slash after the year, or nothing ("96/2026NĐ-CP"; gates/reference-start.ts
    // spacedKindCodeAt, which refLengthAt asks before a parse is entered, and only so); the grammar records the slash.
    const spaced = !this.RECORDING_PHASE && !is(this.LA(1), Slash);
    if (!this.RECORDING_PHASE) this.yearSpaced = spaced;
    if (!spaced) this.CONSUME3(Slash);
    const again = this.OPTION4(this.secondSlash);
    if (!this.RECORDING_PHASE) this.slashDoubled = again !== undefined;
    return year;
  };

  private readonly secondSlash = () => this.CONSUME9(Slash);
  private readonly bareSecondSlash = () => this.consume(10, Slash);
  /** Only where refLengthAt read "N//YYYY/CODE" (a year and its slash after the second slash). */
  private readonly splitNumberYear = {
    GATE: () => is(this.LA(1), NumberTok),
    DEF: (): IToken => {
      const year = this.consume(16, NumberTok);
      this.consume(16, Slash);
      return year;
    },
  };
  /** The year and its dot of "138.2004.NĐ-CP" (dotsForSlashesAt read them). */
  private readonly dottedYear = {
    GATE: () => is(this.LA(1), NumberTok),
    DEF: (): IToken => {
      const year = this.consume(26, NumberTok);
      this.consume(26, Dot);
      return year;
    },
  };
  private readonly yearSecondSlash = { GATE: () => is(this.LA(1), Slash) && is(this.LA(2), NumberTok), DEF: () => this.consume(21, Slash) };
  private readonly secondDash = () => this.CONSUME3(Dash);

  /**
   * "/2010/QĐ" after "210/QĐ": the type code written before the year and again after it. Read as
   * 210/2010/QĐ-…, only when the code repeats, so "12/QĐ/2010/…" with two codes is left alone.
   */
  private readonly repeatedType = {
    GATE: () => {
      const code = this.la(4);
      return !this.yearRead && isYear(this.la(2)) && is(this.la(3), Slash) && isCode(code) && code.image.toLowerCase() === this.la(0).image.toLowerCase();
    },
    DEF: (): [IToken, IToken] => {
      this.CONSUME5(Slash);
      const year = this.CONSUME4(NumberTok);
      this.CONSUME6(Slash);
      return [year, this.CONSUME6(Code)];
    },
  };

  private readonly symbolPart = {
    // "TT-⏎⏎BTC" continues after a line break; "KH-UBND - Tuyên truyền" does not continue; a
    // word-segmented source's "NĐ - CP", "UBND - NC" does (dashGoesOn).
    // A slash joins parts once, in state numbering only ("TTr / STC-QLCS"): Party numbering has its own.
    GATE: () => {
      const parts = this.parts;
      if (parts.length >= MAX_SYMBOL_PARTS) return false;
      const last = parts[parts.length - 1];
      // "QĐ--BVHTT": a dash typed twice, the code after the second (doubledDashAt).
      if (is(this.la(2), Dash)) return doubledDashAt(last, this.la(1), this.la(2), this.la(3));
      if (!isCode(this.la(2))) return false;
      // "QĐ .UBND": a spaced dot for the dash after a type code alone (dotInSymbol).
      if (is(this.la(1), Dot)) return parts.length === 1 && this.written === "slash-first" && dotInSymbol(last, this.la(1), this.la(2), this.la(3), this.la(4));
      if (is(this.la(1), Slash)) {
        return this.written === "slash-first" && !this.repairs.includes("slash-in-symbol") && slashInSymbol(last, this.la(1), this.la(2), this.la(3));
      }
      if (adjacent(last, this.la(1))) return true;
      return dashGoesOn(last, this.la(1), this.la(2), parts.length);
    },
    DEF: () => {
      const repair = this.OR2(this.partSeparators);
      const part = this.CONSUME4(Code);
      const piece = this.option(27, this.spacedCode);
      if (this.RECORDING_PHASE) return;
      this.parts.push(piece === undefined ? part : spacedCode(part, piece));
      if (repair !== null) this.repairs = [...this.repairs, repair];
      if (piece !== undefined) this.repairs = [...this.repairs, "spaced-code"];
    },
  };

  /** "TTLT-BGD ĐT-BNV": an issuer's code typed with a space inside it (gates/symbol-repairs.ts spacedCodeAt), its second piece. */
  private readonly spacedCode = {
    GATE: () => spacedCodeAt(this.la(0), this.la(1), this.parts.length + 1),
    DEF: () => this.consume(27, Code),
  };

  /** "103/BKH-KTĐP &LT": a code's "&" a space after it (gates/symbol-repairs.ts spacedAmpersandAt); the code after the "&" a part of its own. */
  private readonly spacedAmpersand = {
    GATE: () => spacedAmpersandAt(this.la(0), this.la(1), this.la(2)),
    DEF: () => {
      this.consume(13, Punct);
      const code = this.consume(13, Code);
      if (this.RECORDING_PHASE) return;
      this.parts.push(code);
      this.repairs = [...this.repairs, "spaced-ampersand"];
    },
  };

  /** "368/TT-XD(KTXD)": the drafting unit's code in brackets glued to the last code (gates/symbol-repairs.ts bracketedUnitAt), a part of its own. */
  private readonly bracketedUnit = {
    GATE: () => bracketedUnitAt(this.la(0), this.la(1), this.la(2), this.la(3), this.la(4)),
    DEF: () => {
      const open = this.consume(17, Punct);
      const unit = this.consume(17, Code);
      const close = this.consume(18, Punct);
      if (this.RECORDING_PHASE) return;
      this.parts.push(bracketedUnit(open, unit, close));
      this.repairs = [...this.repairs, "bracketed-unit"];
    },
  };

  /** "282/QĐ TTg": a space for the dash between the type code and the issuer's code (gates/symbol-repairs.ts spacedIssuerCodeAt), the code a part of the ký hiệu. */
  private readonly spacedIssuerCode = {
    GATE: () => this.written === "slash-first" && spacedIssuerCodeAt(this.la(0), this.la(1), this.la(2), this.parts.length),
    DEF: () => {
      const code = this.consume(23, Code);
      if (this.RECORDING_PHASE) return;
      this.parts.push(code);
      this.repairs = [...this.repairs, "space-for-issuer-dash"];
    },
  };

  /** "06/QH 10": the term's digits a space after the legislature's code (gates/symbol-repairs.ts splitTermAt), a part of their own. */
  private readonly splitTerm = {
    GATE: () => splitTermAt(this.la(0), this.la(1), this.la(2)),
    DEF: () => {
      const digits = this.CONSUME5(NumberTok);
      if (this.RECORDING_PHASE) return;
      this.parts.push(digits);
      this.repairs = [...this.repairs, "split-term"];
    },
  };

  /** The separator before a further part, and the repair it is (none for a dash; "QĐ--BVHTT", a dash typed twice: doubledDashAt). */
  private readonly partSeparators = [
    { ALT: (): Repair | null => (this.CONSUME2(Dash), this.OPTION5(this.secondDash) === undefined ? null : "doubled-dash") },
    { ALT: (): Repair | null => (this.CONSUME7(Slash), "slash-in-symbol") },
    { ALT: (): Repair | null => (this.CONSUME2(Dot), "dot-in-symbol") },
  ];

  private dateAhead(): boolean {
    let k = 1;
    if (is(this.la(k), Comma)) k++;
    if (!is(this.la(k), Ngay) || !is(this.la(k + 1), NumberTok)) return false;
    const sep = this.la(k + 2);
    if (is(sep, Thang)) return is(this.la(k + 3), NumberTok) && is(this.la(k + 4), Nam) && is(this.la(k + 5), NumberTok);
    const sepOk = (t: IToken) => is(t, Slash) || is(t, Dash) || is(t, Dot);
    return sepOk(sep) && is(this.la(k + 3), NumberTok) && sepOk(this.la(k + 4)) && is(this.la(k + 5), NumberTok);
  }

  /** "ngày 23 tháng 4 năm 2018", "ngày 08/4/2022", ", ngày  19 /01/2022". */
  public dateClause = this.RULE("dateClause", (): DateParse => {
    const comma = this.OPTION(this.comma) ?? null;
    const ngay = this.CONSUME(Ngay);
    const day = this.CONSUME(NumberTok);
    const rest = this.OR(this.dateForms);
    this.dateYear = this.RECORDING_PHASE ? null : rest.year;
    const tail = this.OPTION2(this.yearTail) ?? null;
    if (this.RECORDING_PHASE) return rest;
    rest.day = day;
    rest.first = comma ?? ngay;
    if (tail !== null) rest.yearTail = rest.last = tail;
    return rest;
  });

  /** The year dateClause has read, for yearTail's gate. */
  private dateYear: IToken | null = null;
  /** "ngày 16/7/20 21": the year's last two digits after a space (gates/symbol-repairs.ts splitYearTail). */
  private readonly yearTail = {
    GATE: () => this.dateYear !== null && splitYearTail(this.dateYear, this.la(1), this.la(2)),
    DEF: () => this.CONSUME6(NumberTok),
  };

  private readonly comma = () => this.CONSUME(Comma);
  /** Chevrotain counts each CONSUME of a rule apart: issuerPhrase reads a title's comma too. */
  private readonly commaBeforeIssuer = () => this.CONSUME3(Comma);

  /** Month and year; the rule fills in the day and where the clause starts. */
  private readonly dateForms = [
    {
      ALT: (): DateParse => {
        this.CONSUME(Thang);
        const month = this.CONSUME2(NumberTok);
        this.CONSUME(Nam);
        const year = this.CONSUME3(NumberTok);
        return { day: year, month, year, yearTail: null, first: year, last: year };
      },
    },
    {
      ALT: (): DateParse => {
        this.CONSUME(DateSeparator);
        const month = this.CONSUME4(NumberTok);
        this.CONSUME2(DateSeparator);
        const year = this.CONSUME5(NumberTok);
        return { day: year, month, year, yearTail: null, first: year, last: year };
      },
    },
  ];

  /** "của …", or ", của …" after a date set off by commas ("số 12/QĐ-UBND, ngày 01/4/2022, của UBND tỉnh"). */
  private issuerAhead(): boolean {
    const k0 = is(this.la(1), Comma) ? 2 : 1;
    if (!is(this.la(k0), Cua)) return false;
    let k = k0 + 1;
    while (is(this.la(k), Title) || is(this.la(k), Comma)) k++;
    return is(this.la(k), IssuerName);
  }

  /** "của Bộ trưởng Bộ Tư pháp", "của UBND tỉnh Hậu Giang", "của Ban Chấp hành Trung ương khoá XII". */
  public issuerPhrase = this.RULE("issuerPhrase", (): IssuerParse => {
    this.OPTION8(this.commaBeforeIssuer);
    this.CONSUME(Cua);
    const titles: IToken[] = [];
    this.titles = titles;
    this.MANY(this.title);
    const name = this.CONSUME(IssuerName);
    const placeType = this.OPTION2(this.placeType) ?? null;
    const placeWords: IToken[] = [];
    this.placeWords = placeWords;
    this.dashed = false;
    this.typeWritten = placeType !== null;
    // The three rare readings below are asked for only when the next token may open them: each
    // OPTION costs Chevrotain a look-ahead and a gate, for nearly every issuer phrase. Recording
    // the grammar, all are asked for, so the grammar holds them.
    if (this.RECORDING_PHASE || (placeType === null && is(this.la(1), Word))) this.OPTION5(this.cityAbbreviation);
    if (this.RECORDING_PHASE || (placeType !== null && is(this.la(1), NumberTok))) this.OPTION7(this.numberedPlace);
    this.MANY2(this.placeWord);
    if (this.RECORDING_PHASE || is(this.la(1), Dash)) this.OPTION4(this.dashedPlace);
    const provinceWords: IToken[] = [];
    this.provinceWords = provinceWords;
    this.placeTypeRead = placeType;
    if (this.RECORDING_PHASE || is(this.la(1), Comma)) this.OPTION6(this.provinceOfDistrict);
    const term = this.OPTION3(this.term) ?? null;
    const last = term ?? provinceWords[provinceWords.length - 1] ?? placeWords[placeWords.length - 1] ?? placeType ?? name;
    return { titles, name, placeType, placeWords, provinceWords, term, last };
  });

  /** "Bộ trưởng", "Chủ tịch," before the body's name. */
  private readonly title = () => {
    this.titles.push(this.CONSUME(Title));
    this.OPTION(this.comma);
  };

  private readonly placeType = () => this.CONSUME(PlaceType);

  private provinceWords: IToken[] = [];
  /** The type word of the place being read ("huyện"), for provinceOfDistrict's gate. */
  private placeTypeRead: IToken | null = null;

  /**
   * "UBND huyện Long Hồ, tỉnh Vĩnh Long", "huyện Củ Chi, thành phố Hồ Chí Minh": a district's body
   * named with the province it is in, after a comma. Read so, the citation's id knows the province.
   */
  private readonly provinceOfDistrict = {
    GATE: () => districtThenProvince(this.placeTypeRead, this.placeWords, this.la(1), this.la(2)) && isPlaceWord(this.la(3)),
    DEF: () => {
      this.CONSUME2(Comma);
      this.CONSUME2(PlaceType);
      this.MANY4(this.provinceWord);
    },
  };

  private readonly provinceWord = {
    GATE: () => this.provinceWords.length < MAX_PLACE_WORDS && isPlaceWord(this.la(1), this.provinceWords.length === 0 ? "type" : "word") && !endsPlace(this.la(1), this.la(2), this.la(3), this.la(4)),
    DEF: () => {
      this.provinceWords.push(this.CONSUME5(Word));
    },
  };

  /** "UBND quận 1", "phường 5": the units a city numbers instead of naming. */
  private readonly numberedPlace = {
    GATE: () => isNumberedPlaceType(this.placeTypeOf()) && this.la(1).image.length <= 2,
    DEF: () => {
      const n = this.CONSUME(NumberTok);
      if (!this.RECORDING_PHASE) this.placeWords.push(n);
    },
  };

  /** The place type just read: the token before the next one (OPTION2's, when it was taken). */
  private placeTypeOf(): IToken {
    return this.la(0);
  }

  /** Whether the place being read has its type word ("tỉnh", "thành phố"): then "TP." is none. */
  private typeWritten = false;

  /**
   * "UBND TP. Hồ Chí Minh": "TP." is "thành phố" abbreviated, whose dot ended the place before
   * its name. Read as one place word "TP." (as "TP Cần Thơ" without the dot already is), which the
   * province table reads with its type words.
   */
  private readonly cityAbbreviation = {
    GATE: () => !this.typeWritten && isCityAbbreviation(this.la(1), this.la(2)) && isPlaceWord(this.la(3)),
    DEF: () => {
      const tp = this.CONSUME4(Word);
      const dot = this.CONSUME(Dot);
      if (this.RECORDING_PHASE) return;
      this.placeWords.push({ image: tp.image + dot.image, startOffset: tp.startOffset, tokenTypeIdx: tp.tokenTypeIdx, tokenType: tp.tokenType } as IToken);
    },
  };

  private readonly placeWord = {
    GATE: () => this.placeWordAhead(),
    DEF: () => {
      this.placeWords.push(this.CONSUME(Word));
    },
  };

  /** The same after the dash of a place's name (Chevrotain counts each CONSUME of a rule apart). */
  private readonly placeWordAfterDash = {
    GATE: () => this.placeWordAhead(),
    DEF: () => {
      this.placeWords.push(this.CONSUME3(Word));
    },
  };

  /** The dash of "Bà Rịa - Vũng Tàu" is among the place's tokens, not among its words. */
  private placeWordAhead(): boolean {
    const after = this.placeWords.length > 0 ? "word" : this.typeWritten ? "type" : null;
    return this.placeWords.length < MAX_PLACE_WORDS + (this.dashed ? 1 : 0) && isPlaceWord(this.la(1), after) && !endsPlace(this.la(1), this.la(2), this.la(3), this.la(4));
  }

  /** Whether the place being read went on across a dash in its name. */
  private dashed = false;

  /** "tỉnh Bà Rịa - Vũng Tàu": the dash, and the words of the name after it. */
  private readonly dashedPlace = {
    GATE: () => dashInPlaceName(this.placeWords, this.la(1), this.la(2)),
    DEF: () => {
      this.placeWords.push(this.CONSUME2(Dash));
      this.dashed = true;
      this.MANY3(this.placeWordAfterDash);
      this.dashed = false;
    },
  };

  /** "khóa XII": the term of a Party congress or an assembly. */
  private readonly term = {
    GATE: () => is(this.la(2), Word) && /^[IVXLC]+$/i.test(this.la(2).image),
    DEF: () => {
      this.CONSUME(Term);
      return this.CONSUME2(Word);
    },
  };
}
