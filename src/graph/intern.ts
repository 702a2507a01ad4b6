/**
 * One copy of each repeated string a graph keeps (file paths, issuer names, ký hiệu, dates).
 * Every analysis a worker thread sends arrives with its own copies, and a graph of 10,000 files
 * held some 300,000 duplicates of a few thousand values.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  of(s: string): string {
    const have = this.strings.get(s);
    if (have !== undefined) return have;
    const own = ownCopy(s);
    this.strings.set(own, own);
    return own;
  }

  maybe(s: string | null): string | null {
    return s === null ? null : this.of(s);
  }
}

/**
 * The string as a flat string of its own. A substring of 13 characters or more is a view into
 * the text it was cut from (V8's sliced strings) and keeps all of that text alive; a string made
 * by `+` is a tree of its pieces. Kept once per value, so the copy is paid once.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
