/**
 * Maps offsets in prepared text back to the caller's original text, and forth.
 * Preparation only changes lengths inside a few short runs (NFC of a base letter and its
 * combining marks), so the map is stored as those runs, not as one entry per character.
 * Most windows need no run at all: the list is only created by the first one.
 */
export class OffsetMap {
  /** Runs in prepared order, four numbers each: prepared start, prepared length, original start, original length. */
  private runs: number[] | null = null;

  /** Records that original[origStart, origStart+origLen) became prepared[prepStart, prepStart+prepLen). */
  addRun(prepStart: number, prepLen: number, origStart: number, origLen: number): void {
    (this.runs ??= []).push(prepStart, prepLen, origStart, origLen);
  }

  get isIdentity(): boolean {
    return this.runs === null;
  }

  /**
   * Original offset of a prepared offset. An offset inside a changed run maps to the run's start
   * (for a span start) or its end (for a span end), so a span never splits a letter from its marks.
   */
  toOriginal(prep: number, side: "start" | "end" = "start"): number {
    const runs = this.runs;
    if (runs === null) return prep;
    const r = lastRunAtOrBefore(runs, PREP_START, prep);
    if (r < 0) return prep;
    const ps = runs[r];
    const pl = runs[r + 1];
    const os = runs[r + 2];
    const ol = runs[r + 3];
    if (prep === ps) return os;
    if (prep < ps + pl) return side === "start" ? os : os + ol;
    return os + ol + (prep - ps - pl);
  }

  fromOriginal(orig: number): number {
    const runs = this.runs;
    if (runs === null) return orig;
    const r = lastRunAtOrBefore(runs, ORIG_START, orig);
    if (r < 0) return orig;
    const ps = runs[r];
    const pl = runs[r + 1];
    const os = runs[r + 2];
    const ol = runs[r + 3];
    if (orig < os + ol) return ps;
    return ps + pl + (orig - os - ol);
  }
}

const RUN = 4;
const PREP_START = 0;
const ORIG_START = 2;

/** Index (into the flat list) of the last run whose start, in the coordinates at `field`, is at most x; -1 if none. */
function lastRunAtOrBefore(runs: readonly number[], field: number, x: number): number {
  let lo = 0;
  let hi = runs.length / RUN - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid * RUN + field] <= x) {
      found = mid * RUN;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
