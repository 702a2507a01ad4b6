import { lex, parseListAt } from "../../grammars/citation/index.js";
import type { IToken } from "chevrotain";
import { prepare, type Prepared } from "../prepare/prepare.js";
import { findAnchors } from "../find/anchors.js";
import { PlaceDateLines } from "../find/place-date-lines.js";
import { toParsed } from "./convert.js";
import { joinedNumberAt, keptJoined, lineInNumberAt, tokenAt } from "./island.js";
import type { ParsedCitation } from "./types.js";
import { lastAtOrBefore } from "../shared/search.js";
import { isWhitespaceAt } from "../shared/chars.js";

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

/**
 * The citations whose first number is at `anchor`, read from the tokens of `prepared`: the whole text, or the stretch
 * of it from `base` to `windowEnd` (parseJoined's window); null where none is.
 */
function parseAt(text: string, prepared: Prepared, tokens: IToken[], anchor: number, dateLines: PlaceDateLines, base = 0, windowEnd = text.length): ParsedCitation[] | null {
  const at = tokenAt(tokens, prepared.map.fromOriginal(anchor - base));
  if (at < 0) return null;
  // No citation reads on into the document's place and date line: its tokens end before it, as an island's window does.
  const dateLine = dateLines.firstAfter(anchor, text.length);
  const end = dateLine < 0 || dateLine >= windowEnd ? tokens.length : lastAtOrBefore(tokens, prepared.map.fromOriginal(dateLine - base) - 1, (t) => t.startOffset) + 1;
  const list = parseListAt(tokens, at, false, end);
  return list ? list.citations.map((c) => toParsed(c, prepared.map, base)) : null;
}

/**
 * How far before the joined number its window starts (a kind word, "số", an issuer before it: the island path's
 * MAX_BACK is 320), and how far after it the window first ends, doubled while the parse ends too near its end.
 */
const JOINED_BACK = 512;
const JOINED_FORWARD = 512;
/** How close to a window's end (not the text's) the citations read may end and still be kept: the grammar's lookahead. */
const JOINED_MARGIN = 256;
/** How far a window's edge moves to reach whitespace, so that no word is cut. */
const JOINED_SNAP = 64;

/**
 * The text around the line break at `brk` prepared and lexed again with the break read as what prints nothing, one unit
 * for one, as the island path reads it in the anchor's window (parseJoined there): the citations read from the joined
 * number's first digit where the joined reading is kept (keptJoined, which adds its repair), else null. Rare: only where
 * lineInNumberAt found a number split by a line break, which no real text of the sets holds. A window, not the whole
 * text: prepared and lexed whole for each such number, a text of many of them cost the square of its length (4 times
 * the text, 14 times the time; test/reliability/session56-rules.test.ts). The window grows forward, doubling, until
 * what was read ends JOINED_MARGIN before its end, or it reaches the text's end: what follows cannot change the reading.
 */
function parseJoined(text: string, brk: number, dateLines: PlaceDateLines): ParsedCitation[] | null {
  const { from, split } = joinedNumberAt(text, brk);
  const start = snapBack(text, from - JOINED_BACK);
  for (let forward = JOINED_FORWARD; ; forward *= 2) {
    const end = snapForward(text, brk + forward);
    const prepared = prepare(`${text.slice(start, brk)}\u2060${text.slice(brk + 1, end)}`);
    const found = parseAt(text, prepared, lex(prepared.text), from, dateLines, start, end);
    const whole = end >= text.length || (found === null ? from + JOINED_MARGIN : found[found.length - 1].end + JOINED_MARGIN) <= end;
    if (whole) return found !== null && keptJoined(found, brk, split) ? found : null;
  }
}

/** `at`, moved back to just after whitespace (a line's start, a space) within JOINED_SNAP, or 0. */
function snapBack(text: string, at: number): number {
  if (at <= 0) return 0;
  for (let i = at; i > at - JOINED_SNAP && i > 0; i--) if (isWhitespaceAt(text, i - 1)) return i;
  return at;
}

/** `at`, moved on to whitespace within JOINED_SNAP, or the text's end. */
function snapForward(text: string, at: number): number {
  if (at >= text.length) return text.length;
  for (let i = at; i < at + JOINED_SNAP && i < text.length; i++) if (isWhitespaceAt(text, i)) return i;
  return at;
}
