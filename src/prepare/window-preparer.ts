/**
 * prepare() of the overlapping windows of one text, each character looked at about once.
 */
import { itself, lastAtOrBefore } from "../shared/search.js";
import { flatSlice } from "../shared/strings.js";
import { GLUED_REACH } from "./changes.js";
import { needsPreparing } from "./needs-preparing.js";
import { type Prepared, UNCHANGED, prepare } from "./prepare.js";

/**
 * prepare() of windows of one text, asked for in text order and overlapping (the island parser's:
 * each anchor's window reaches ~110 characters on, where the next anchor's window starts again).
 * The stretch of text known to need no preparing is remembered, so each character is looked at
 * about once for what prepare would change, not once per window that holds it; a window inside
 * that stretch is its own prepared text. A window reaching past it is tested from the stretch's
 * last character on (needsPreparing reads pairs: a glued number may straddle the stretch's end).
 *
 * Every stretch found clean is kept, so that a later pass over the same text (the laws by name,
 * whose windows run 400 characters on from each kind word, through the citations the islands read)
 * asks needsPreparing only of what the islands did not read: cleanWithin.
 */
export class WindowPreparer {
  /** text[cleanFrom, cleanTo) needs no preparing. */
  private cleanFrom = 0;
  private cleanTo = 0;
  /**
   * The stretches found clean, by start: text[froms[k], tos[k]) needs no preparing. The last is the
   * current one (cleanFrom), perhaps longer where it took in stretches a window that grew back reached.
   */
  private readonly froms: number[] = [];
  private readonly tos: number[] = [];

  /**
   * `allClean`: the caller knows that no stretch of `text` needs preparing (analyze()'s prepareDocument
   * found nothing to change in the whole document): every window is its own prepared text, and
   * needsPreparing is asked of none.
   */
  constructor(
    private readonly text: string,
    private readonly allClean = false,
  ) {}

  /**
   * prepare(text.slice(from, to)). One call of prepare() for every window that needs it: the
   * island loop, which has this inlined, was compiled again in every process when a window inside
   * a clean stretch first needed preparing, at a second call site its compiled code had never seen run.
   */
  prepare(from: number, to: number, joinAt = -1): Prepared {
    // A copy, not a view into the text: the lexer reads a window character by character (flatSlice).
    if (joinAt < from || joinAt >= to) {
      const window = flatSlice(this.text, from, to);
      return this.allClean || this.clean(from, to, window) ? { text: window, map: UNCHANGED } : prepare(window);
    }
    // The line break at joinAt read as what prints nothing (parse/island.ts parseJoined), one unit for one.
    return prepare(`${this.text.slice(from, joinAt)}\u2060${this.text.slice(joinAt + 1, to)}`);
  }

  /**
   * Whether text[from, to) needs no preparing, as needsPreparing of it answers; asked of the parts
   * no stretch found clean covers (each with GLUED_REACH characters of the stretches beside it, so
   * that the parts and the stretches, each clean, are clean together). Asked in any order; nothing
   * is remembered of the answer (the caller keeps its own stretch, as the islands do theirs).
   */
  cleanWithin(from: number, to: number): boolean {
    if (this.allClean) return true;
    const { froms, tos } = this;
    // What is known clean of [from, to), from its start on: text[from, knownTo).
    let knownTo = from;
    for (let k = Math.max(0, lastAtOrBefore(froms, from, itself)); k < froms.length && froms[k] < to && knownTo < to; k++) {
      const f = froms[k];
      const t = tos[k];
      if (t <= knownTo) continue;
      // The stretch covers the start of what is not known yet, or shares GLUED_REACH characters with what is.
      if (f <= from || f <= knownTo - GLUED_REACH) {
        knownTo = t;
        continue;
      }
      // The part between, from GLUED_REACH before its start to GLUED_REACH into the stretch.
      const partEnd = Math.min(to, t, f + GLUED_REACH);
      if (needsPreparing(this.text.slice(Math.max(from, knownTo - GLUED_REACH), partEnd))) return false;
      knownTo = partEnd < Math.min(t, f + GLUED_REACH) ? partEnd : t;
    }
    return knownTo >= to || !needsPreparing(this.text.slice(Math.max(from, knownTo - GLUED_REACH), to));
  }

  /** Whether `window`, text[from, to), needs no preparing; extends the clean stretch where it can. */
  private clean(from: number, to: number, window: string): boolean {
    if (from >= this.cleanFrom && from <= this.cleanTo) {
      if (to <= this.cleanTo) return true;
      // Something in [cleanTo - GLUED_REACH, to) may change (or only a run starting before `from`): prepare decides.
      if (needsPreparing(this.text.slice(Math.max(this.cleanFrom, this.cleanTo - GLUED_REACH), to))) return false;
      this.cleanTo = to;
      const last = this.tos.length - 1;
      if (last >= 0 && this.froms[last] === this.cleanFrom) this.tos[last] = Math.max(this.tos[last], to);
      else this.keep(this.cleanFrom, to);
      return true;
    }
    if (needsPreparing(window)) return false;
    this.cleanFrom = from;
    this.cleanTo = to;
    this.keep(from, to);
    return true;
  }

  /**
   * Keeps text[from, to), found clean, as the last stretch. A window that grew back starts before
   * stretches kept already: each it holds, or shares GLUED_REACH characters with, is one stretch
   * with it; one it does not reach so far is let go (forgotten, its text is only asked again).
   */
  private keep(from: number, to: number): void {
    const { froms, tos } = this;
    let end = to;
    while (froms.length > 0 && froms[froms.length - 1] >= from) {
      const k = froms.length - 1;
      if (tos[k] <= end || froms[k] <= end - GLUED_REACH) end = Math.max(end, tos[k]);
      froms.pop();
      tos.pop();
    }
    froms.push(from);
    tos.push(end);
  }
}
