import type { IToken } from "chevrotain";
import { endOf, type CitationParse } from "../../grammars/citation/index.js";
import type { OffsetMap } from "../prepare/offset-map.js";
import type { ParsedCitation, Piece } from "./types.js";

/** Maps a grammar result from prepared-window offsets to the caller's offsets. */
export function toParsed(c: CitationParse, map: OffsetMap, base: number): ParsedCitation {
  const d = c.date;
  const iss = c.issuer;
  const parts: string[] = [];
  for (const t of c.parts) parts.push(t.image);
  return {
    start: startIn(c.first, map, base),
    end: endIn(c.last, map, base),
    kindWord: c.kindWord ? piece(c.kindWord, map, base) : null,
    inherited: c.inherited,
    number: piece(c.number, map, base),
    year: c.year ? piece(c.year, map, base) : null,
    written: c.written,
    parts,
    repairs: c.repairs,
    numberEnd: endIn(c.parts[c.parts.length - 1], map, base),
    date: d
      ? { day: d.day.image, month: d.month.image, year: d.year.image, start: startIn(d.first, map, base), end: endIn(d.last, map, base) }
      : null,
    issuer: iss
      ? {
          titles: iss.titles.map(imageOf),
          name: iss.name.image,
          placeType: iss.placeType?.image ?? null,
          placeWords: iss.placeWords.map(imageOf),
          provinceWords: iss.provinceWords.map(imageOf),
          term: iss.term?.image ?? null,
          start: startIn(iss.name, map, base),
          end: endIn(iss.last, map, base),
        }
      : null,
  };
}

// Plain functions, not closures over map and base: this runs for every citation.
const startIn = (t: IToken, map: OffsetMap, base: number): number => base + map.toOriginal(t.startOffset, "start");
const endIn = (t: IToken, map: OffsetMap, base: number): number => base + map.toOriginal(endOf(t), "end");
const piece = (t: IToken, map: OffsetMap, base: number): Piece => ({ text: t.image, start: startIn(t, map, base), end: endIn(t, map, base) });
const imageOf = (t: IToken): string => t.image;
