/**
 * A document's head read as lines once, for every reader of it: where its line breaks are. The header's, the record
 * page's and the enacting body's readers each looked for a line that opens with their words with a regex anchored at
 * a line's start ("(?:^|\n)…", or "^" under the "m" flag), asked at each of the head's thousands of characters
 * (~12 M instructions a devx5 pass between them: bench/README.md, session 67); at the line breaks alone they give the
 * same matches. The breaks are found as far as a reader asks (a head is read a few thousand characters in, a text may
 * be a megabyte), by indexOf, once a document. Lines are broken by "\n" alone, as analyze()'s prepared text writes
 * every break (unifyLineBreaks): a regex under the "m" flag, whose "^" opens a line after "\r" and U+2028 too, is
 * asked here only of text without them.
 */
export class HeadLines {
  /** The offsets of the "\n"s found so far, in order. */
  private readonly breaks: number[] = [];
  /** Where the search for the next break goes on (-1: the text has no more). */
  private from = 0;

  constructor(readonly text: string) {}

  /** The offset of the k-th "\n" of the text (from 0), or -1 where it has fewer. */
  breakAt(k: number): number {
    while (k >= this.breaks.length && this.from >= 0) {
      const nl = this.text.indexOf("\n", this.from);
      if (nl < 0) {
        this.from = -1;
        break;
      }
      this.breaks.push(nl);
      this.from = nl + 1;
    }
    return k < this.breaks.length ? this.breaks[k] : -1;
  }

  /** The number of the first "\n" at or after `at` (breakAt of it is -1 where none is). */
  firstBreakFrom(at: number): number {
    let k = 0;
    // The breaks found so far are searched by halves; past them, found one by one.
    let hi = this.breaks.length;
    while (k < hi) {
      const mid = (k + hi) >>> 1;
      if (this.breaks[mid] < at) k = mid + 1;
      else hi = mid;
    }
    while (k === this.breaks.length) {
      const nl = this.breakAt(k);
      if (nl < 0 || nl >= at) break;
      k++;
    }
    return k;
  }
}

/**
 * The first match of a regex in `s`, the text's slice from `offset`, whose every match opens at the slice's start or
 * at a "\n" ("(?:^|\n)…" without the "m" flag): `sticky` is that regex with the "y" flag, tried at those places alone,
 * in order, from `from` (an offset into `s`). The same match the regex's exec gives from `from`, its index into `s`.
 */
export function execAtBreaks(lines: HeadLines, sticky: RegExp, s: string, offset = 0, from = 0): RegExpExecArray | null {
  if (from === 0) {
    sticky.lastIndex = 0;
    const m = sticky.exec(s);
    if (m !== null) return m;
  }
  for (let k = lines.firstBreakFrom(offset + Math.max(from, 1)); ; k++) {
    const nl = lines.breakAt(k) - offset;
    if (nl < 0 || nl >= s.length) return null;
    sticky.lastIndex = nl;
    const m = sticky.exec(s);
    if (m !== null) return m;
  }
}

/**
 * The first match of a regex under the "m" flag in `s`, the text's slice from its start, whose every match opens at a
 * line's start ("^…"): `sticky` is that regex with the "y" flag (and "m"), tried at each line's start at or after
 * `from`, in order. The same match the regex's exec gives from `from` (lines broken by "\n" alone: HeadLines).
 */
export function execAtLineStarts(lines: HeadLines, sticky: RegExp, s: string, from: number): RegExpExecArray | null {
  for (let k = from === 0 ? -1 : lines.firstBreakFrom(from - 1); ; k++) {
    const start = k < 0 ? 0 : lines.breakAt(k) + 1;
    if (start <= 0 && k >= 0) return null;
    if (start > s.length) return null;
    sticky.lastIndex = start;
    const m = sticky.exec(s);
    if (m !== null) return m;
  }
}
