/**
 * Maps offsets in prepared text back to the caller's original text, and forth.
 * Preparation only changes lengths inside a few short runs (NFC of a base letter and its
 * combining marks), so the map is stored as those runs, not as one entry per character.
 * Most windows need no run at all: the list is only created by the first one. The runs are kept
 * in a typed array: a whole NFD document has a run per letter, and tens of millions of them in a
 * plain array would pass V8's array size limit, which aborts the process.
 */
export class OffsetMap {
  /** Runs in prepared order, four numbers each: prepared start, prepared length, original start, original length. */
  private runs: Int32Array | null = null;
  /** Numbers used in `runs` (four per run). */
  private used = 0;

  /**
   * Records that original[origStart, origStart+origLen) became prepared[prepStart, prepStart+prepLen).
   * A run of prepared length 0 records characters dropped; a run after it at the same prepared start is added after it.
   */
  addRun(prepStart: number, prepLen: number, origStart: number, origLen: number): void {
    let runs = this.runs ?? new Int32Array(64);
    if (this.used + RUN > runs.length) {
      const grown = new Int32Array(runs.length * 2);
      grown.set(runs);
      runs = grown;
    }
    // Element by element: `runs.set([...])` made an array per run, and a decomposed window has a run per letter.
    const u = this.used;
    runs[u] = prepStart;
    runs[u + 1] = prepLen;
    runs[u + 2] = origStart;
    runs[u + 3] = origLen;
    this.used = u + RUN;
    this.runs = runs;
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
    const r = lastRunAtOrBefore(runs, this.used, PREP_START, prep);
    if (r < 0) return prep;
    const ps = runs[r];
    const pl = runs[r + 1];
    const os = runs[r + 2];
    const ol = runs[r + 3];
    // A run nothing in the prepared text stands for (what prints nothing, dropped): a span starts after it, ends before it.
    if (pl === 0 && prep === ps) return side === "start" ? os + ol : os;
    if (prep === ps) return os;
    if (prep < ps + pl) return side === "start" ? os : os + ol;
    return os + ol + (prep - ps - pl);
  }

  /**
   * This map for the text with the unit at each of `at` (prepared offsets, ascending) dropped and the unit after it
   * standing for both: a CRLF file's "\r\n" read as one "\n" (joinCrlf). A span that starts or ends at such a break
   * starts or ends before its CR, as one at the "\n" of the same text written with "\n" alone. Each unit at `at` and
   * the one after it must lie outside every run (the caller checks it).
   */
  joinedAt(at: readonly number[]): OffsetMap {
    const out = new OffsetMap();
    const runs = this.runs;
    const used = runs === null ? 0 : this.used;
    let r = 0;
    let dropped = 0;
    for (const q of at) {
      // A run before the unit, or one nothing stands for right at it (what prints nothing before the CR): first.
      while (r < used && (runs![r] < q || (runs![r] === q && runs![r + 1] === 0))) {
        out.addRun(runs![r] - dropped, runs![r + 1], runs![r + 2], runs![r + 3]);
        r += RUN;
      }
      out.addRun(q - dropped, 1, this.toOriginal(q), 2);
      dropped++;
    }
    for (; r < used; r += RUN) out.addRun(runs![r] - dropped, runs![r + 1], runs![r + 2], runs![r + 3]);
    return out;
  }

  fromOriginal(orig: number): number {
    const runs = this.runs;
    if (runs === null) return orig;
    const r = lastRunAtOrBefore(runs, this.used, ORIG_START, orig);
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
function lastRunAtOrBefore(runs: Int32Array, used: number, field: number, x: number): number {
  let lo = 0;
  let hi = used / RUN - 1;
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
