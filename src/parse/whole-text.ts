import { lex, parseListAt } from "../../grammars/citation/index.js";
import { prepare } from "../prepare/prepare.js";
import { findAnchors } from "../find/anchors.js";
import { PlaceDateLines } from "../find/place-date-lines.js";
import { toParsed } from "./convert.js";
import { tokenAt } from "./island.js";
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
    const at = tokenAt(tokens, prepared.map.fromOriginal(anchor));
    if (at < 0) continue;
    // No citation reads on into the document's place and date line: its tokens end before it, as an island's window does.
    const dateLine = dateLines.firstAfter(anchor, text.length);
    const end = dateLine < 0 ? tokens.length : lastAtOrBefore(tokens, prepared.map.fromOriginal(dateLine) - 1, (t) => t.startOffset) + 1;
    const list = parseListAt(tokens, at, false, end);
    if (!list) continue;
    const found = list.citations.map((c) => toParsed(c, prepared.map, 0));
    out.push(...found);
    covered = found[found.length - 1].end;
  }
  return out;
}
