import { EmbeddedActionsParser, EOF, type IToken, type TokenType } from "chevrotain";
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
  Slash,
  So,
  Term,
  Thang,
  Title,
  Va,
  Word,
} from "./tokens.js";
import { markClass } from "../../src/shared/chars.js";

/** One citation as the grammar sees it: the tokens of each field, untouched. */
export interface CitationParse {
  kindWord: IToken | null;
  /** True when the kind was not written but inherited from the previous member of a list. */
  inherited: boolean;
  number: IToken;
  /** Year inside the number ("61/2018/NĐ-CP"). */
  year: IToken | null;
  /** "dash-first" is Party numbering (37-NQ/TW), "slash-first" state numbering (05/CT-TU too). */
  written: "dash-first" | "slash-first";
  /** The ký hiệu parts in order: ["NĐ", "CP"], ["NQ", "TW"], ["VP.UBND", "NC"]. */
  parts: IToken[];
  date: DateParse | null;
  issuer: IssuerParse | null;
  first: IToken;
  last: IToken;
}

export interface DateParse {
  day: IToken;
  month: IToken;
  year: IToken;
  first: IToken;
  last: IToken;
}

export interface IssuerParse {
  titles: IToken[];
  name: IToken;
  placeType: IToken | null;
  placeWords: IToken[];
  term: IToken | null;
  last: IToken;
}

const MAX_SYMBOL_PARTS = 4;
const MAX_PLACE_WORDS = 4;

/** Letters a code is written in: Latin, Đ and Ư (no tone marks). */
const CODE_LETTER = "A-Za-z\\u0110\\u0111\\u01af\\u01b0";
/** Only "codes" may form a ký hiệu: code letters and digits, joined by "." or "&", starting with a letter. */
export const CODE_LIKE = new RegExp(`^[${CODE_LETTER}][${CODE_LETTER}0-9]*(?:[.&][${CODE_LETTER}0-9]+)*$`);
/** 1 for a code letter, 2 for a digit: the same classes as CODE_LIKE, for isCodeLike. */
const CODE_CHAR = markClass(markClass(new Uint8Array(0x10000), new RegExp(`[${CODE_LETTER}]`), 1), /[0-9]/, 2);

const is = (t: IToken | undefined, type: TokenType): boolean => t !== undefined && t.tokenType === type;
/** End offset (exclusive); the lexer tracks start offsets only, for speed. */
export const endOf = (t: IToken): number => t.startOffset + t.image.length;
const adjacent = (a: IToken, b: IToken): boolean => endOf(a) === b.startOffset;
const isCode = (t: IToken | undefined): boolean =>
  (is(t, Word) || is(t, IssuerName)) && t!.image.length <= 24 && isCodeLike(t!.image);

/** CODE_LIKE, read character by character: gates ask it of the same few tokens many times over. */
export function isCodeLike(s: string): boolean {
  if (s.length === 0 || CODE_CHAR[s.charCodeAt(0)] !== 1) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CODE_CHAR[c] !== 0) continue;
    // "." or "&" must join two code characters: "VP.UBND", "QLXLVPHC&TDTHPL".
    if ((c !== 0x2e && c !== 0x26) || i + 1 >= s.length || CODE_CHAR[s.charCodeAt(i + 1)] === 0) return false;
  }
  return true;
}

const isCapitalized = (t: IToken | undefined): boolean =>
  is(t, Word) && t!.image[0] !== t!.image[0].toLowerCase();

/**
 * Length in tokens of the mandatory part of a reference starting at tokens[i], or 0.
 * Shared by the grammar's gates and the anchor check, so that the parser is only entered where
 * it cannot fail half-way (recovery is off: a half-parsed citation would be a lost one).
 */
export function refLengthAt(tokens: readonly IToken[], i: number): number {
  if (!is(tokens[i], NumberTok) || tokens[i].image.length > 6) return 0;
  const a = tokens[i + 1];
  if (is(a, Dash) && isCode(tokens[i + 2]) && is(tokens[i + 3], Slash) && isCode(tokens[i + 4])) return 5;
  if (!is(a, Slash)) return 0;
  if (isCode(tokens[i + 2])) return 3;
  if (is(tokens[i + 2], NumberTok) && /^(19|20)\d\d$/.test(tokens[i + 2].image) && is(tokens[i + 3], Slash) && isCode(tokens[i + 4]))
    return 5;
  return 0;
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

  /**
   * Island parsing stops where the citation ends and leaves the rest of the sentence unread, on
   * purpose. Chevrotain 11's after-parse hook would record that as a NotAllInputParsedException,
   * an Error built per citation (a tenth of extraction's time); this keeps only its clean-up of
   * the end-of-input padding it added before the parse.
   */
  onAfterParse(): void {
    const v = this.input;
    while (v.length > 0 && v[v.length - 1].tokenType === EOF) v.pop();
  }

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
  private readonly ahead: IToken[] = new Array<IToken>(5);

  /** "Thông tư số 61/2017/TT-BTC và 90/2018/TT-BTC", "quyết định số 12/2005/qđ-ub , quyết định số 30/2006/qđ-ub". */
  public citationList = this.RULE("citationList", (): CitationParse[] => {
    const list: CitationParse[] = [];
    const first = this.SUBRULE(this.citation);
    this.ACTION(() => list.push(first));
    this.MANY({
      GATE: () => this.continuationAhead(),
      DEF: () => {
        this.OR([{ ALT: () => this.CONSUME(Va) }, { ALT: () => this.CONSUME(Comma) }]);
        const next = this.SUBRULE2(this.citation);
        this.ACTION(() => {
          if (next.kindWord === null) {
            next.kindWord = list[list.length - 1].kindWord;
            next.inherited = next.kindWord !== null;
          }
          list.push(next);
        });
      },
    });
    return list;
  });

  private continuationAhead(): boolean {
    const sep = this.la(1);
    if (!is(sep, Va) && !is(sep, Comma)) return false;
    let k = 2;
    if (is(this.la(k), KindWord)) k++;
    if (is(this.la(k), So)) k++;
    return this.refAhead(k);
  }

  public citation = this.RULE("citation", (): CitationParse => {
    const head: { kindWord: IToken | null; first: IToken | null } = { kindWord: null, first: null };
    this.OPTION(() => {
      head.kindWord = this.CONSUME(KindWord);
      head.first = head.kindWord;
    });
    this.OPTION2(() => {
      const so = this.CONSUME(So);
      head.first ??= so;
      this.OPTION3(() => this.CONSUME(Colon));
    });
    const ref = this.SUBRULE(this.reference);
    let date: DateParse | null = null;
    this.OPTION4({ GATE: () => this.dateAhead(), DEF: () => (date = this.SUBRULE(this.dateClause)) });
    let issuer: IssuerParse | null = null;
    this.OPTION5({ GATE: () => this.issuerAhead(), DEF: () => (issuer = this.SUBRULE(this.issuerPhrase)) });
    return this.ACTION(() => {
      const d = date as DateParse | null;
      const iss = issuer as IssuerParse | null;
      // Properties listed, not spread from `ref`: the spread was a tenth of extraction's time.
      return {
        number: ref.number,
        year: ref.year,
        written: ref.written,
        parts: ref.parts,
        kindWord: head.kindWord,
        inherited: false,
        date: d,
        issuer: iss,
        first: head.first ?? ref.number,
        last: iss?.last ?? d?.last ?? ref.last,
      };
    });
  });

  public reference = this.RULE("reference", () => {
    const number = this.CONSUME(NumberTok);
    let year: IToken | null = null;
    let written: "dash-first" | "slash-first" = "slash-first";
    const parts: IToken[] = [];
    this.OR([
      {
        // Party numbering: 37-NQ/TW, "18 - nq/tw".
        ALT: () => {
          this.CONSUME(Dash);
          parts.push(this.CONSUME(Code));
          this.CONSUME(Slash);
          parts.push(this.CONSUME2(Code));
          written = "dash-first";
        },
      },
      {
        ALT: () => {
          this.CONSUME2(Slash);
          this.OPTION(() => {
            year = this.CONSUME2(NumberTok);
            this.CONSUME3(Slash);
          });
          parts.push(this.CONSUME3(Code));
          this.MANY({
            // "TT-⏎⏎BTC" continues after a line break; "KH-UBND - Tuyên truyền" does not continue.
            GATE: () =>
              parts.length < MAX_SYMBOL_PARTS && adjacent(parts[parts.length - 1], this.la(1)) && isCode(this.la(2)),
            DEF: () => {
              this.CONSUME2(Dash);
              parts.push(this.CONSUME4(Code));
            },
          });
        },
      },
    ]);
    return { number, year, written, parts, last: parts[parts.length - 1] };
  });

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
    let first: IToken | null = null;
    this.OPTION(() => (first = this.CONSUME(Comma)));
    const ngay = this.CONSUME(Ngay);
    const day = this.CONSUME(NumberTok);
    let month!: IToken;
    let year!: IToken;
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Thang);
          month = this.CONSUME2(NumberTok);
          this.CONSUME(Nam);
          year = this.CONSUME3(NumberTok);
        },
      },
      {
        ALT: () => {
          this.CONSUME(DateSeparator);
          month = this.CONSUME4(NumberTok);
          this.CONSUME2(DateSeparator);
          year = this.CONSUME5(NumberTok);
        },
      },
    ]);
    return { day, month, year, first: first ?? ngay, last: year };
  });

  private issuerAhead(): boolean {
    if (!is(this.la(1), Cua)) return false;
    let k = 2;
    while (is(this.la(k), Title) || is(this.la(k), Comma)) k++;
    return is(this.la(k), IssuerName);
  }

  /** "của Bộ trưởng Bộ Tư pháp", "của UBND tỉnh Hậu Giang", "của Ban Chấp hành Trung ương khoá XII". */
  public issuerPhrase = this.RULE("issuerPhrase", (): IssuerParse => {
    this.CONSUME(Cua);
    const titles: IToken[] = [];
    this.MANY(() => {
      titles.push(this.CONSUME(Title));
      this.OPTION(() => this.CONSUME(Comma));
    });
    const name = this.CONSUME(IssuerName);
    let placeType: IToken | null = null;
    const placeWords: IToken[] = [];
    let term: IToken | null = null;
    this.OPTION2(() => {
      placeType = this.CONSUME(PlaceType);
    });
    this.MANY2({
      GATE: () => placeWords.length < MAX_PLACE_WORDS && isCapitalized(this.la(1)),
      DEF: () => placeWords.push(this.CONSUME(Word)),
    });
    this.OPTION3({
      GATE: () => is(this.la(2), Word) && /^[IVXLC]+$/i.test(this.la(2).image),
      DEF: () => {
        this.CONSUME(Term);
        term = this.CONSUME2(Word);
      },
    });
    return this.ACTION(() => {
      const t = term as IToken | null;
      const pt = placeType as IToken | null;
      const last = t ?? placeWords[placeWords.length - 1] ?? pt ?? name;
      return { titles, name, placeType: pt, placeWords, term: t, last };
    });
  });
}
