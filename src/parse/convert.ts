import type { IToken } from "chevrotain";
import { endOf, type CitationParse } from "../../grammars/citation/index.js";
import type { OffsetMap } from "../prepare/offset-map.js";
import type { ParsedCitation, Piece } from "./types.js";

/** Maps a grammar result from prepared-window offsets to the caller's offsets. */
export function toParsed(c: CitationParse, map: OffsetMap, base: number): ParsedCitation {
  const start = (t: IToken) => base + map.toOriginal(t.startOffset, "start");
  const end = (t: IToken) => base + map.toOriginal(endOf(t), "end");
  const piece = (t: IToken): Piece => ({ text: t.image, start: start(t), end: end(t) });
  const d = c.date;
  const iss = c.issuer;
  return {
    start: start(c.first),
    end: end(c.last),
    kindWord: c.kindWord ? piece(c.kindWord) : null,
    inherited: c.inherited,
    number: piece(c.number),
    year: c.year ? piece(c.year) : null,
    written: c.written,
    parts: c.parts.map(piece),
    date: d ? { day: d.day.image, month: d.month.image, year: d.year.image, start: start(d.first), end: end(d.last) } : null,
    issuer: iss
      ? {
          titles: iss.titles.map((t) => t.image),
          name: iss.name.image,
          placeType: iss.placeType?.image ?? null,
          placeWords: iss.placeWords.map((t) => t.image),
          term: iss.term?.image ?? null,
          start: start(iss.name),
          end: end(iss.last),
        }
      : null,
  };
}
