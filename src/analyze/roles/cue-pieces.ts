/**
 * The parts of cueRegions' regions whose cues readRoles can use (session 68, bench/README.md): the cue search reads
 * these pieces, and finds in each of them what it finds there over the whole regions.
 */
import type { Clause } from "../clauses.js";
import { CUE_LOOKBACK, isSilent, NOT_IN_CUES } from "../cue-finder.js";
import { WHITESPACE } from "../../shared/chars.js";
import { BULLET_CLASS } from "../../vocab/bullets.js";
import { SIGNATURE_STAMP_OPENING } from "../../vocab/page-lines.js";

interface Region {
  start: number;
  end: number;
}

/**
 * What headingMayFollowAt reads at the first character after a clause's blanks: a signature's stamp (pastPageFurniture),
 * or, where a line break stands before it with at most two characters and then blanks alone between (as wherever
 * listFollows' lineEnds holds: a break in the three characters before the clause's end, or after its spaces), what a
 * list's item or a table's header row opens with (LIST_ITEM's marker or TABLE_ROW's cell, FIRST_ROW's "*", "#" or "|",
 * "STT", "TT", "Số TT", "Số thứ tự").
 */
const HEAD_OPENS = new RegExp(`${SIGNATURE_STAMP_OPENING}|(?<=\\n[^]{0,2}\\s*)(?:[*#|0-9a-zđ${BULLET_CLASS}]|S[TỐố]|TT)`, "uy");

/**
 * True wherever headingMayFollow (settle.ts) is, asked of a clause ending at `end` whose next citation is spans[next],
 * from the first character after the blanks alone: only blanks before the next citation (documentLineFollows), or
 * HEAD_OPENS there. One regex, where session 68's tables of characters, a second loop and startsWith made TurboFan's
code for cuePieces four times the size (bench/README.md, session 69).
 * @public exported for test/analyze/roles/cue-pieces.test.ts.
 */
export function headingMayFollowAt(text: string, spans: readonly Region[], end: number, next: number): boolean {
  let p = end;
  while (p < text.length && WHITESPACE[text.charCodeAt(p)] === 1) p++;
  if (next < spans.length && p >= spans[next].start) return true;
  HEAD_OPENS.lastIndex = p;
  return HEAD_OPENS.test(text);
}

/**
 * The stretches of cueRegions' regions (toLastCitation) holding the clauses whose cues readRoles reads, each started
 * where the search over the whole regions stands as it would (below); the regions themselves where one cannot be so
 * started.
 *
 * Read: a clause holding a citation; one with none that may make its cue the heading of what follows (its cues are read
 * then, readClause); and one with none that passes its cue on (";" or ":") unless that cue can reach no citation. Such
 * a clause's cues leave r.carried alone to the clauses after it (r.heading only where headingMayFollow holds; readCue
 * and settleClause touch nothing else without a citation), and the next clause clears it unread when it holds no
 * citation, passes nothing on and can head nothing (settleClause), as a silent part does, and readRoles stops past the
 * last citation; one that passes it on and can head nothing carries it further. A citation, an annex's clause or a
 * clause that may head a list reads it. So a run of clauses that pass their cue on and can head nothing is read where
 * the clause after it reaches (holds a citation, is an annex's, or may head), and left where it does not.
 *
 * Started where the search stands: no cue match holds a character of NOT_IN_CUES, so after one the search reads the
 * same matches from wherever before it it started. A piece starts right after the last such character before it,
 * or at its region's start when nothing before its region (past the previous region's end) differs.
 *
 * Its compile is paid once by every process that analyses, its saving by each document: one walk forward over the
 * clauses (which builds the regions too) and one over the clauses read, no typed arrays, no function of its own but
 * headingMayFollowAt (session 68's three walks cost as much to compile as findCues: bench/README.md, session 69).
 */
export function cuePieces(text: string, clauses: readonly Clause[], spans: readonly Region[]): Region[] {
  // cueRegions' regions (toLastCitation), built here as it builds them: its walk is this one's, and its own function
  // one more compile (read-skips.test.ts compares the analysis with cueRegions' own regions searched whole).
  const regions: Region[] = [];
  let open: Region | null = null;
  const read: number[] = [];
  let c = 0;
  // The first of the run of clauses before this one that pass their cue on and can head nothing, or -1.
  let waiting = -1;
  for (let j = 0; j < clauses.length; j++) {
    const clause = clauses[j];
    while (c < spans.length && spans[c].start < clause.start) c++;
    // readRoles reads no clause past its last citation.
    if (c === spans.length) break;
    if (isSilent(clause.part)) {
      waiting = -1;
      continue;
    }
    const cited = spans[c].start < clause.end;
    if (cited || clause.opensList) {
      const start = Math.max(0, clause.start - CUE_LOOKBACK);
      if (open !== null && start <= open.end) open.end = Math.max(open.end, clause.end);
      else regions.push((open = { start, end: clause.end }));
    }
    if (!cited && clause.part !== "annex" && !headingMayFollowAt(text, spans, clause.end, c)) {
      if (!clause.opensList) waiting = -1;
      else if (waiting < 0) waiting = j;
      continue;
    }
    // This clause reaches: the run before it is read, and so is it (an annex's clause with no citation if it passes
    // its cue on).
    if (waiting >= 0) for (let k = waiting; k < j; k++) read.push(k);
    waiting = -1;
    if (cited || clause.opensList || clause.part !== "annex") read.push(j);
  }
  // Each read clause's part inside the regions (a part outside every region is not searched today). A clause meets one
  // region at most: a region ends where a clause does, and one that holds a clause's end holds the clause, as a region
  // starts no earlier than a lookback before the clause it is for.
  const out: Region[] = [];
  let r = 0;
  // The region of the last piece, or -1.
  let last = -1;
  for (let i = 0; i < read.length; i++) {
    const clause = clauses[read[i]];
    while (r < regions.length && regions[r].end <= clause.start) r++;
    if (r === regions.length || regions[r].start >= clause.end) continue;
    const from = Math.max(clause.start, regions[r].start);
    const to = Math.min(clause.end, regions[r].end);
    const piece = last === r ? out[out.length - 1] : null;
    last = r;
    if (piece !== null && piece.end >= from - GAP) {
      piece.end = to;
      continue;
    }
    // The last stop before `from`: after the piece before it in its region, or after its region's start or between
    // it and the previous region's end (where the search, both ways, stands at the region's start).
    const floor = piece !== null ? piece.end : r === 0 ? regions[0].start : regions[r - 1].end;
    let z = from - 1;
    while (z >= floor && NOT_IN_CUES[text.charCodeAt(z)] !== 1) z--;
    if (z < floor && piece !== null) piece.end = to;
    else if (z < floor && r > 0) return regions;
    else out.push({ start: z < floor ? regions[0].start : Math.max(z + 1, regions[r].start), end: to });
  }
  return out;
}

/** Pieces closer than this go on as one search: a new piece costs a search of its own. */
const GAP = 32;
