/**
 * A regex written `(?:^|\n)<line>` (no "m" flag) is tried by irregexp at every character of the text it
 * reads, ~9 instructions each, where it can match only at the text's start and at a line break: over the
 * dev texts the whole-text ones cost ~1 % of an analyze() pass (bench/README.md, sessions 53 and 54).
 * firstLineMatch asks the same regex, made sticky, only there.
 */

/** A table of the code units in `chars`, both cases given by the caller. */
export function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * The first match `/(?:^|\n)<line>/` would give in `text`: `sticky` is that regex with the "y" flag (and
 * no "g"), `<line>` opening with a run of `blanks` and then a code unit of `opens`. It is asked at the
 * text's start (where both of its branches may match) and at each line break after it whose line, past
 * its blanks, opens with one of `opens`: the first place it matches is the first the unanchored regex
 * finds, so the match (index, text, groups) is the same. The reads stop at the text's end: a read past it
 * (a text ending in a line break) made the optimized loop deoptimize ("out of bounds") and compile again
 * in every process (bench/README.md, session 53, helper speed53c). The tables are data, not callbacks,
 * so that every caller runs the same compiled loop.
 */
export function firstLineMatch(sticky: RegExp, text: string, blanks: Uint8Array, opens: Uint8Array): RegExpExecArray | null {
  sticky.lastIndex = 0;
  const first = sticky.exec(text);
  if (first !== null) return first;
  const length = text.length;
  for (let nl = text.indexOf("\n", 1); nl >= 0; nl = text.indexOf("\n", nl + 1)) {
    let k = nl + 1;
    while (k < length && blanks[text.charCodeAt(k)] === 1) k++;
    if (k >= length || opens[text.charCodeAt(k)] !== 1) continue;
    sticky.lastIndex = nl;
    const m = sticky.exec(text);
    if (m !== null) return m;
  }
  return null;
}
