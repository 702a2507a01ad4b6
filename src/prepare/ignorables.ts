import { OffsetMap } from "./offset-map.js";
import { IGNORABLE_CLASS, IGNORABLES } from "../vocab/look-alikes.js";
import { StringBuilder } from "../shared/chunked.js";

const IGNORABLE_RUNS = new RegExp(`[${IGNORABLE_CLASS}]+`, "g");
/** Whether a string holds what prints nothing (not global: `test` keeps no state). */
export const HAS_IGNORABLE = new RegExp(`[${IGNORABLE_CLASS}]`);

/** `s` without what prints nothing, where no way back is needed (a word or a look-back asked a question). */
export const dropIgnorables = (s: string): string => (HAS_IGNORABLE.test(s) ? s.replace(IGNORABLE_RUNS, "") : s);

/** `s` with what prints nothing read as a blank, one unit for one: offsets stay put (a CRLF copy's CR is read so). */
export const blankIgnorables = (s: string): string => (HAS_IGNORABLE.test(s) ? s.replace(IGNORABLE_RUNS, (run) => " ".repeat(run.length)) : s);

/**
 * `original` without what prints nothing (vocab IGNORABLES), and the way back: each run dropped is a
 * run of the map that nothing stands for, so a span starts after it and ends before it. For the
 * passes that look for a word by its letters in the caller's text before any window is prepared
 * ("Lu\u00adật", a soft hyphen a page left in a law's kind word). The same string when there is none.
 */
export function withoutIgnorables(original: string): { text: string; map: OffsetMap } {
  const map = new OffsetMap();
  if (!HAS_IGNORABLE.test(original)) return { text: original, map };
  // A builder, not `+=`: a page with one after every slash has tens of thousands of runs.
  const out = new StringBuilder();
  let last = 0;
  IGNORABLE_RUNS.lastIndex = 0;
  for (let m = IGNORABLE_RUNS.exec(original); m; m = IGNORABLE_RUNS.exec(original)) {
    out.add(original.slice(last, m.index));
    map.addRun(out.length, 0, m.index, m[0].length);
    last = m.index + m[0].length;
  }
  out.add(original.slice(last));
  return { text: out.finish(), map };
}

const IS_IGNORABLE = new Uint8Array(0x10000);
for (const c of IGNORABLES) IS_IGNORABLE[c.charCodeAt(0)] = 1;

/** Whether text[from, to) holds what prints nothing: a look-up a character, no slice and no regex. */
export function hasIgnorableIn(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (IS_IGNORABLE[text.charCodeAt(i)] === 1) return true;
  return false;
}
