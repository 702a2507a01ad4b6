/**
 * Index of the last item whose key is at most `x`, in items sorted by key; -1 when none is.
 * Spans (pages, sentences, prepared runs, tokens) are looked up by offset everywhere in the pipeline.
 */
export function lastAtOrBefore<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first item whose key is at least `x` (integer keys: offsets), in items sorted by key; items.length when none is. */
export function firstAtOrAfter<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  return lastAtOrBefore(items, x - 1, key) + 1;
}

/** A citation's or span's start, the key most look-ups ask by. */
export const startOf = (x: { start: number }): number => x.start;

/** lastAtOrBefore's key when the items are the offsets themselves (sorted starts or ends). */
export const itself = (x: number): number => x;

/**
 * `re.exec(s)`, asked only where `s` holds `literal`, which every match of `re` holds: a stretch
 * without it (a copy printed without its heading has no "Số") is not tried at each of its characters.
 */
export function execWhereHeld(re: RegExp, s: string, literal: string): RegExpExecArray | null {
  return s.includes(literal) ? re.exec(s) : null;
}
