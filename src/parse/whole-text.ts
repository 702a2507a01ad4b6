import { lex, parseListAt } from "../../grammars/citation/index.js";
import type { IToken } from "chevrotain";
import { prepare, type Prepared } from "../prepare/prepare.js";
import { findAnchors } from "../find/anchors.js";
import { PlaceDateLines } from "../find/place-date-lines.js";
import { toParsed } from "./convert.js";
import { joinedNumberAt, keptJoined, lineInNumberAt, tokenAt } from "./island.js";
import type { ParsedCitation } from "./types.js";
import { lastAtOrBefore } from "../shared/search.js";

/**
 * The reference path: prepare and lex the whole text once, then parse at every anchor. Slower
 * than parseIslands and kept as its test oracle: both must give identical results.
 */
export function parseWholeText(text: string): ParsedCitation[] {
  const prepared = prepare(text);
  const tokens = lex(prepared.text);
  const out: ParsedCitation[] = [];
  const dateLines = new PlaceDateLines(text);
  let covered = 0;
  for (const anchor of findAnchors(text)) {
    if (anchor < covered) continue;
    // A line break inside the number's digits, read as the island path reads it (parse/island.ts lineInNumberAt).
    const brk = lineInNumberAt(text, anchor);
    const joined = brk >= 0 ? parseJoined(text, brk, dateLines) : null;
    const found = joined ?? parseAt(text, prepared, tokens, anchor, dateLines);
    if (found === null) continue;
    out.push(...found);
    covered = found[found.length - 1].end;
  }
  return out;
}

/** The citations whose first number is at `anchor`, read from the whole text's tokens; null where none is. */
function parseAt(text: string, prepared: Prepared, tokens: IToken[], anchor: number, dateLines: PlaceDateLines): ParsedCitation[] | null {
  const at = tokenAt(tokens, prepared.map.fromOriginal(anchor));
  if (at < 0) return null;
  // No citation reads on into the document's place and date line: its tokens end before it, as an island's window does.
  const dateLine = dateLines.firstAfter(anchor, text.length);
  const end = dateLine < 0 ? tokens.length : lastAtOrBefore(tokens, prepared.map.fromOriginal(dateLine) - 1, (t) => t.startOffset) + 1;
  const list = parseListAt(tokens, at, false, end);
  return list ? list.citations.map((c) => toParsed(c, prepared.map, 0)) : null;
}

/**
 * The whole text prepared and lexed again with the line break at `brk` read as what prints nothing, one unit for one,
 * as the island path reads it in the anchor's window (parseJoined there): the citations read from the joined number's
 * first digit where the joined reading is kept (keptJoined, which adds its repair), else null. Rare: only where
 * lineInNumberAt found a number split by a line break, which no real text of the sets holds.
 */
function parseJoined(text: string, brk: number, dateLines: PlaceDateLines): ParsedCitation[] | null {
  const { from, split } = joinedNumberAt(text, brk);
  const prepared = prepare(`${text.slice(0, brk)}\u2060${text.slice(brk + 1)}`);
  const found = parseAt(text, prepared, lex(prepared.text), from, dateLines);
  return found !== null && keptJoined(found, brk, split) ? found : null;
}
