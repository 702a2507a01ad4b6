import { lex, parseListAt } from "../../grammars/citation/index.js";
import { prepare } from "../prepare/prepare.js";
import { findAnchors } from "../find/anchors.js";
import { toParsed } from "./convert.js";
import { tokenAt } from "./island.js";
import type { ParsedCitation } from "./types.js";

/**
 * The reference path: prepare and lex the whole text once, then parse at every anchor. Slower
 * than parseIslands and kept as its test oracle: both must give identical results.
 */
export function parseWholeText(text: string): ParsedCitation[] {
  const prepared = prepare(text);
  const tokens = lex(prepared.text);
  const out: ParsedCitation[] = [];
  let covered = 0;
  for (const anchor of findAnchors(text)) {
    if (anchor < covered) continue;
    const at = tokenAt(tokens, prepared.map.fromOriginal(anchor));
    if (at < 0) continue;
    const list = parseListAt(tokens, at);
    if (!list) continue;
    const found = list.citations.map((c) => toParsed(c, prepared.map, 0));
    out.push(...found);
    covered = found[found.length - 1].end;
  }
  return out;
}
