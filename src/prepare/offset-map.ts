import { lastAtOrBefore } from "../shared/search.js";

const identity = (n: number): number => n;

/**
 * Maps offsets in prepared text back to the caller's original text, and forth.
 * Preparation only changes lengths inside a few short runs (NFC of a base letter and its
 * combining marks), so the map is stored as those runs, not as one entry per character.
 */
export class OffsetMap {
  /** Sorted run starts in prepared coordinates, with the original start and both lengths. */
  private readonly prepStarts: number[] = [];
  private readonly origStarts: number[] = [];
  private readonly prepLens: number[] = [];
  private readonly origLens: number[] = [];

  /** Records that original[origStart, origStart+origLen) became prepared[prepStart, prepStart+prepLen). */
  addRun(prepStart: number, prepLen: number, origStart: number, origLen: number): void {
    this.prepStarts.push(prepStart);
    this.prepLens.push(prepLen);
    this.origStarts.push(origStart);
    this.origLens.push(origLen);
  }

  get isIdentity(): boolean {
    return this.prepStarts.length === 0;
  }

  /**
   * Original offset of a prepared offset. An offset inside a changed run maps to the run's start
   * (for a span start) or its end (for a span end), so a span never splits a letter from its marks.
   */
  toOriginal(prep: number, side: "start" | "end" = "start"): number {
    const i = lastAtOrBefore(this.prepStarts, prep, identity);
    if (i < 0) return prep;
    const ps = this.prepStarts[i];
    const pl = this.prepLens[i];
    const os = this.origStarts[i];
    const ol = this.origLens[i];
    if (prep === ps) return os;
    if (prep < ps + pl) return side === "start" ? os : os + ol;
    return os + ol + (prep - ps - pl);
  }

  fromOriginal(orig: number): number {
    const i = lastAtOrBefore(this.origStarts, orig, identity);
    if (i < 0) return orig;
    const ps = this.prepStarts[i];
    const pl = this.prepLens[i];
    const os = this.origStarts[i];
    const ol = this.origLens[i];
    if (orig < os + ol) return ps;
    return ps + pl + (orig - os - ol);
  }
}
