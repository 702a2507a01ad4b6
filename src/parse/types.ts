import type { Repair } from "../../grammars/citation/index.js";

/** A piece of a citation: its prepared text and its span in the caller's original text. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** What the grammar found, with every offset already mapped back to the original text. */
export interface ParsedCitation {
  start: number;
  end: number;
  kindWord: Piece | null;
  inherited: boolean;
  number: Piece;
  year: Piece | null;
  written: "dash-first" | "slash-first";
  /** The ký hiệu's parts as prepared ("NĐ", "CP"). */
  parts: string[];
  /** The drafting unit's code in brackets glued after the ký hiệu ("(KTXD)" of 368/TT-XD(KTXD), repair "bracketed-unit"), as written; null for most. */
  unit: string | null;
  /** Irregular separators the grammar read through ("12-2019/NQ-CP"); empty for most. */
  repairs: readonly Repair[];
  /** Where the number and ký hiệu end. */
  numberEnd: number;
  /** The date as written; `year` whole where a space split it ("20 21", yearSplit). */
  date: { day: string; month: string; year: string; yearSplit: boolean; start: number; end: number } | null;
  issuer: {
    titles: string[];
    name: string;
    placeType: string | null;
    placeWords: string[];
    /** The province named after a district's words ("huyện Long Hồ, tỉnh Vĩnh Long"); empty for most. */
    provinceWords: string[];
    term: string | null;
    start: number;
    end: number;
  } | null;
}
