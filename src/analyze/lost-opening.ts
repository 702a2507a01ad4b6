import { LOST_OPENING_BASIS_CUE, LOST_OPENING_CUE } from "../vocab/cues.js";
import { isWhitespaceAt } from "../shared/chars.js";
import { phraseAt } from "../shared/strings.js";
import type { FoundCue } from "./cue-finder.js";

/**
 * The cue of each clause that opens with "n cứ", a preamble item whose "Căn cứ" lost its first letters
 * (vocab/cues.ts LOST_OPENING_BASIS_CUE): analyze/clauses.ts opens a clause at such a line, so its first
 * character is asked, once a clause; the rest only where that is an "n".
 */
export function lostOpeningCues(text: string, clauses: readonly { start: number }[]): FoundCue[] {
  let out: FoundCue[] | null = null;
  for (const clause of clauses) {
    if (text.charCodeAt(clause.start) !== N) continue;
    // Its space any run of blanks (phraseAt), as clauses.ts opens the clause: a justified copy's "n  cứ  Luật …".
    const end = phraseAt(text, LOST_OPENING_BASIS_CUE, clause.start);
    if (end >= 0 && isWhitespaceAt(text, end)) (out ??= []).push({ start: clause.start, end, cue: LOST_OPENING_CUE });
  }
  return out ?? NONE;
}
const N = 0x6e;
const NONE: FoundCue[] = [];
