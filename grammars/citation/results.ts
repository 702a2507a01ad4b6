import type { IToken } from "chevrotain";

/*
 * What a parse gives: the tokens of each field of a citation, untouched. Later stages
 * (src/parse/convert.ts, src/identify) turn them into offsets in the caller's text and values.
 */

/**
 * An irregular separator the grammar read through, so the number still names its document:
 * "dash-year" (12-2019/NQ-CP for 12/2019/NQ-CP), "slash-in-symbol" (6872/TTr / STC-QLCS for
 * 6872/TTr-STC-QLCS), "repeated-type" (210/QĐ/2010/QĐ-UBND for 210/2010/QĐ-UBND), "dot-in-symbol" (2093/2005/QĐ .UBND
 * for 2093/2005/QĐ-UBND), "space-for-dash" (227 NQ/UBTVQH9 for 227-NQ/UBTVQH9), "dash-missing" (20NQ/TW for 20-NQ/TW), "space-for-slash" (công văn số 4519 BKH/KTĐN for
 * 4519/BKH-KTĐN), "split-term" (06/QH 10 for 06/QH10: the
 * term's digits are then a part of their own after the code, which src/parse/convert.ts joins), "l-for-1" (23/200l/QĐ-UB for 23/2001/QĐ-UB: convert reads the year so), "doubled-slash" (113/2016//TT-BTC for
 * 113/2016/TT-BTC), "doubled-dash" (05/2000/QĐ--BVHTT for 05/2000/QĐ-BVHTT), "spaces-for-slashes" (a web address's
 * words: nghi dinh so 40 2020 nd cp for 40/2020/NĐ-CP), "spaced-ampersand" (103/BKH-KTĐP &LT for 103/BKH-KTĐP&LT: the
 * code after the "&" is then a part of its own, which src/parse/convert.ts joins), "space-before-type" (Nghị quyết số 03 NQ-CP,
 * Nghị định số 95/2024 NĐ-CP for 03/NQ-CP, 95/2024/NĐ-CP), "slash-missing" (Tờ trình số 667TTr-STP for 667/TTr-STP), "year-slash-missing" (Nghị định số 96/2026NĐ-CP for 96/2026/NĐ-CP),
 * "split-number" (Thông tư số 1 11/2013/TT-BTC for 111/2013/TT-BTC: a scan's space between the number's first digit
 * and the rest; the number's token is then the two and the space, its digits joined by src/parse/convert.ts),
 * "bracketed-unit" (Tờ trình số 368/TT-XD(KTXD) for 368/TT-XD(KTXD): the drafting unit's code in brackets glued to the
 * ký hiệu; the brackets and the code are then one part of their own, which src/parse/convert.ts keeps apart as the
 * citation's `unit` and src/identify adds to the symbol as written), "line-in-number" (Nghị định số 61/2⏎018/NĐ-CP for
 * 61/2018/NĐ-CP: set by src/parse/island.ts, which reads the break as what prints nothing, never by the grammar),
 * "spaced-code" (23/2015/TTLT-BGD ĐT-BNV for 23/2015/TTLT-BGDĐT-BNV: the two pieces are then one part, its image with
 * the space, which src/parse/convert.ts drops).
 */
export type Repair = "dash-year" | "slash-in-symbol" | "repeated-type" | "dash-issuer" | "dot-in-symbol" | "space-for-dash" | "dash-missing" | "space-for-slash" | "split-term" | "l-for-1" | "doubled-slash" | "doubled-year-slash" | "doubled-dash" | "spaces-for-slashes" | "spaced-ampersand" | "space-before-type" | "slash-missing" | "year-slash-missing" | "split-number" | "bracketed-unit" | "space-for-issuer-dash" | "dots-for-slashes" | "line-in-number" | "spaced-code";

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
  /** What was irregular in the number's separators; empty for a regular number. */
  repairs: readonly Repair[];
  date: DateParse | null;
  issuer: IssuerParse | null;
  first: IToken;
  last: IToken;
}

/** The reference proper: "61/2018/NĐ-CP", "37-NQ/TW". */
export interface ReferenceParse {
  number: IToken;
  year: IToken | null;
  written: "dash-first" | "slash-first";
  parts: IToken[];
  repairs: readonly Repair[];
  last: IToken;
}

export interface DateParse {
  day: IToken;
  month: IToken;
  year: IToken;
  /** The year's last two digits where a space split it ("20 21", gates/symbol-repairs.ts splitYearTail); null for most. */
  yearTail: IToken | null;
  first: IToken;
  last: IToken;
}

export interface IssuerParse {
  titles: IToken[];
  name: IToken;
  placeType: IToken | null;
  placeWords: IToken[];
  /** The province a district is in, named after it: "huyện Long Hồ, tỉnh Vĩnh Long" (empty for most). */
  provinceWords: IToken[];
  term: IToken | null;
  last: IToken;
}

/**
 * A citation's parse from its fields: the grammar's rule and the fast path (fast-parser.ts) build
 * it alike. Properties listed, not spread from `ref`: a spread was a tenth of extraction's time.
 * `late` is a date written after the issuer, which then ends the citation.
 */
export function citationParse(kindWord: IToken | null, so: IToken | null, ref: ReferenceParse, date: DateParse | null, issuer: IssuerParse | null, late: DateParse | null): CitationParse {
  return {
    number: ref.number,
    year: ref.year,
    written: ref.written,
    parts: ref.parts,
    repairs: ref.repairs,
    kindWord,
    inherited: false,
    date,
    issuer,
    first: kindWord ?? so ?? ref.number,
    last: late?.last ?? issuer?.last ?? date?.last ?? ref.last,
  };
}
