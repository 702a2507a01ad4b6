/**
 * The parts of cueRegions' regions whose cues readRoles can use (session 68, bench/README.md): the cue search reads
 * these pieces, and finds in each of them what it finds there over the whole regions.
 */
import type { Clause } from "../clauses.js";
import { isSilent, NOT_IN_CUES } from "../cue-finder.js";
import { markClass, WHITESPACE } from "../../shared/chars.js";
import { BULLET_CLASS } from "../../vocab/bullets.js";
import { SIGNATURE_STAMP_OPENING } from "../../vocab/page-lines.js";

interface Region {
  start: number;
  end: number;
}

/** What may open the line listFollows reads: LIST_ITEM's marker or TABLE_ROW's cell, FIRST_ROW's "*", "#" or "|". */
const ITEM_OPENING = markClass(new Uint8Array(0x10000), new RegExp(`[*#|0-9a-zđ${BULLET_CLASS}]`, "u"));
const LINE_FEED = 10;

/**
 * True wherever headingMayFollow (settle.ts) is, asked of a clause ending at `end` whose next citation is spans[next],
 * from the first character after the blanks alone: only blanks before the next citation (documentLineFollows), a
 * signature's stamp (pastPageFurniture), or the clause ending its line and the next line opening with what a list's
 * item or a table's header row opens with (listFollows: LIST_ITEM, FIRST_ROW's "STT", "TT", "Số TT", "Số thứ tự").
 * @public exported for test/analyze/roles/cue-pieces.test.ts.
 */
export function headingMayFollowAt(text: string, spans: readonly Region[], end: number, next: number): boolean {
  let p = end;
  while (p < text.length && WHITESPACE[text.charCodeAt(p)] === 1) p++;
  if (next < spans.length && p >= spans[next].start) return true;
  if (p >= text.length) return false;
  if (text.startsWith(SIGNATURE_STAMP_OPENING, p)) return true;
  if (!lineEndsAt(text, end)) return false;
  const c = text.charCodeAt(p);
  if (ITEM_OPENING[c] === 1) return true;
  const d = text.charCodeAt(p + 1);
  // "S" before "T", "Ố" or "ố"; "T" before "T".
  return (c === 0x53 && (d === 0x54 || d === 0x1ed0 || d === 0x1ed1)) || (c === 0x54 && d === 0x54);
}
/** listFollows' lineEnds, its window not bounded: a line break in the three characters before `end`, or after its spaces. */
function lineEndsAt(text: string, end: number): boolean {
  for (let i = Math.max(0, end - 3); i < end; i++) if (text.charCodeAt(i) === LINE_FEED) return true;
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return text.charCodeAt(i) === LINE_FEED;
}

/**
 * The stretches of `regions` (cueRegions') holding the clauses whose cues readRoles reads, each started where the
 * search over the whole regions stands as it would (below); `regions` itself where one cannot be so started.
 *
 * Read: a clause holding a citation; one with none that may make its cue the heading of what follows (its cues are read
 * then, readClause); and one with none that passes its cue on (";" or ":") unless that cue can reach no citation. Such
 * a clause's cues leave r.carried alone to the clauses after it (r.heading only where headingMayFollow holds; readCue
 * and settleClause touch nothing else without a citation), and the next clause clears it unread when it holds no
 * citation, passes nothing on and can head nothing (settleClause), as a silent part does, and readRoles stops past the
 * last citation; one that passes it on and can head nothing carries it further. A citation, an annex's clause or a
 * clause that may head a list reads it.
 *
 * Started where the search stands: no cue match holds a character of NOT_IN_CUES, so after one the search reads the
 * same matches from wherever before it it started. A piece starts right after the last such character before it,
 * or at its region's start when nothing before its region (past the previous region's end) differs.
 */
export function cuePieces(text: string, clauses: readonly Clause[], spans: readonly Region[], regions: readonly Region[]): Region[] {
  if (regions.length === 0) return [];
  // The clauses readRoles reads: up to the first with no citation at or after its start. For each, its first
  // citation at or after its start, and whether it may head what follows.
  const first = new Int32Array(clauses.length);
  let n = 0;
  for (let c = 0; n < clauses.length; n++) {
    while (c < spans.length && spans[c].start < clauses[n].start) c++;
    if (c === spans.length) break;
    first[n] = c;
  }
  const heads = new Uint8Array(n);
  // reaches[j]: the cue carried into clause j can reach a citation. Walked back from where readRoles stops.
  const reaches = new Uint8Array(n + 1);
  for (let j = n - 1; j >= 0; j--) {
    const clause = clauses[j];
    const c = first[j];
    if (isSilent(clause.part)) continue;
    if (spans[c].start < clause.end || clause.part === "annex") {
      reaches[j] = 1;
      continue;
    }
    let next = c;
    while (next < spans.length && spans[next].start < clause.end) next++;
    heads[j] = headingMayFollowAt(text, spans, clause.end, next) ? 1 : 0;
    reaches[j] = heads[j] === 1 || (clause.opensList && reaches[j + 1] === 1) ? 1 : 0;
  }
  const out: Region[] = [];
  let r = 0;
  let inRegion = -1;
  for (let j = 0; j < n; j++) {
    const clause = clauses[j];
    const c = first[j];
    if (isSilent(clause.part)) continue;
    const cited = spans[c].start < clause.end;
    const read = cited || heads[j] === 1 || (clause.opensList && (clause.part === "annex" || reaches[j + 1] === 1));
    if (!read) continue;
    while (r < regions.length && regions[r].end <= clause.start) r++;
    // A clause's part outside every region (a heading's words before a region's lookback) is not searched today.
    for (let k = r; k < regions.length && regions[k].start < clause.end; k++) {
      const from = Math.max(clause.start, regions[k].start);
      const to = Math.min(clause.end, regions[k].end);
      if (!add(text, regions, k, from, to, out, inRegion)) return regions as Region[];
      inRegion = k;
    }
  }
  return out;
}

/** Pieces closer than this go on as one search: a new piece costs a search of its own. */
const GAP = 32;

/** Adds [from, to) of regions[k] to `out`, whose last piece lies in regions[inRegion]; false where it cannot start exactly. */
function add(text: string, regions: readonly Region[], k: number, from: number, to: number, out: Region[], inRegion: number): boolean {
  const piece = out.length > 0 && inRegion === k ? out[out.length - 1] : null;
  if (piece !== null && piece.end >= from - GAP) {
    piece.end = Math.max(piece.end, to);
    return true;
  }
  const least = piece !== null ? piece.end : regions[k].start;
  let z = from - 1;
  while (z >= least && NOT_IN_CUES[text.charCodeAt(z)] !== 1) z--;
  if (z >= least) out.push({ start: z + 1, end: to });
  else if (piece !== null) piece.end = to;
  else if (k === 0 || hasStop(text, regions[k - 1].end, regions[k].start)) out.push({ start: regions[k].start, end: to });
  else return false;
  return true;
}
/** Whether text[from, to) holds a character of NOT_IN_CUES: the search then stands before `to` after the region before. */
function hasStop(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (NOT_IN_CUES[text.charCodeAt(i)] === 1) return true;
  return false;
}
