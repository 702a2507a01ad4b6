import type { IToken } from "chevrotain";
import { endOf, type CitationParse, type Repair } from "../../grammars/citation/index.js";
import type { OffsetMap } from "../prepare/offset-map.js";
import type { ParsedCitation, Piece } from "./types.js";

/** Maps a grammar result from prepared-window offsets to the caller's offsets. */
export function toParsed(c: CitationParse, map: OffsetMap, base: number): ParsedCitation {
  const d = c.date;
  const iss = c.issuer;
  const parts = images(c.parts);
  // "368/TT-XD(KTXD)": the bracketed unit (repair "bracketed-unit", always the last part) is kept apart, so the
  // ký hiệu's codes are read as without it (identify adds it to the symbol as written).
  const unit = c.repairs.length > 0 && c.repairs.includes("bracketed-unit") ? parts.pop()! : null;
  if (c.repairs.length > 0) joinLastPart(parts, c.repairs);
  // "TTLT-BGD ĐT-BNV" (repair "spaced-code"): the part's image keeps the space the text has; the code has none.
  if (c.repairs.length > 0 && c.repairs.includes("spaced-code")) for (let i = 0; i < parts.length; i++) parts[i] = parts[i].replace(SPACES, "");
  return {
    start: startIn(c.first, map, base),
    end: endIn(c.last, map, base),
    kindWord: c.kindWord ? piece(c.kindWord, map, base) : null,
    inherited: c.inherited,
    number: c.repairs.length > 0 && c.repairs.includes("split-number") ? joinedDigits(piece(c.number, map, base)) : piece(c.number, map, base),
    year: c.year ? yearPiece(c.year, c.repairs, map, base) : null,
    written: c.written,
    parts,
    unit,
    repairs: c.repairs,
    numberEnd: endIn(c.parts[c.parts.length - 1], map, base),
    date: d
      ? {
          day: d.day.image,
          month: d.month.image,
          year: d.yearTail === null ? d.year.image : d.year.image + d.yearTail.image,
          yearSplit: d.yearTail !== null,
          start: startIn(d.first, map, base),
          end: endIn(d.last, map, base),
        }
      : null,
    issuer: iss
      ? {
          titles: images(iss.titles),
          name: iss.name.image,
          placeType: iss.placeType?.image ?? null,
          placeWords: images(iss.placeWords),
          provinceWords: images(iss.provinceWords),
          term: iss.term?.image ?? null,
          start: startIn(iss.name, map, base),
          end: endIn(iss.last, map, base),
        }
      : null,
  };
}

/**
 * The repairs whose gate read the ký hiệu's last code as a part of its own, and what joins it back to
 * the part before: "06/QH 10", the term's digits a space after the legislature's code (QH10);
 * "103/BKH-KTĐP &LT", the code after a spaced "&" (KTĐP&LT). Applied in this order.
 */
const JOINED_TO_PART_BEFORE: readonly (readonly [Repair, string])[] = [
  ["split-term", ""],
  ["spaced-ampersand", "&"],
];
function joinLastPart(parts: string[], repairs: readonly Repair[]): void {
  for (const [repair, glue] of JOINED_TO_PART_BEFORE) {
    if (!repairs.includes(repair)) continue;
    const last = parts.pop()!;
    parts[parts.length - 1] += glue + last;
  }
}

/** "1 11" (repair "split-number", a scan's space after the number's first digit) as 111, its offsets the text's. */
const SPACES = /\s+/g;
function joinedDigits(p: Piece): Piece {
  p.text = p.text.replace(SPACES, "");
  return p;
}

// Plain functions, not closures over map and base: this runs for every citation.
const startIn = (t: IToken, map: OffsetMap, base: number): number => base + map.toOriginal(t.startOffset, "start");
const endIn = (t: IToken, map: OffsetMap, base: number): number => base + map.toOriginal(endOf(t), "end");
const piece = (t: IToken, map: OffsetMap, base: number): Piece => ({ text: t.image, start: startIn(t, map, base), end: endIn(t, map, base) });
/** The year inside the number; "200l" (repair "l-for-1") as 2001, its offsets the text's. */
function yearPiece(t: IToken, repairs: CitationParse["repairs"], map: OffsetMap, base: number): Piece {
  const p = piece(t, map, base);
  if (repairs.length > 0 && repairs.includes("l-for-1")) p.text = p.text.replace(/l$/, "1");
  return p;
}

/**
 * The tokens' images, in an array of one site: map() gives an empty array one elements kind and a
 * full one another, and readIssuer, reading both, met a map its compiled code had not seen (a deopt
 * and a recompile in every process). Arrays from this literal all take the kind its first full
 * one had, empty or not.
 */
function images(tokens: readonly IToken[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) out.push(tokens[i].image);
  return out;
}
