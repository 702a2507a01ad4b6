import type { OffsetMap } from "./offset-map.js";
import { HAS_COMBINING_MARK as HAS_COMBINING } from "../shared/chars.js";
import { toNFC } from "./normalize.js";

// How a letter and its marks map to their NFC form: moved out of prepare.ts (one job, the offset
// map's runs for composed letters), its code as it was; prepare.ts re-exports mapComposedRun.
/**
 * Records in `map` how a letter and its marks (`run`, at `origStart` in the original) became their
 * NFC form (`composed`, at `outStart`). Marks NFC could not absorb stay after the composed letter,
 * one for one with the run's last marks ("U" + horn + horn → "Ư" + horn): only the letter itself is
 * a many-to-one run. Some scripts' vowel signs compose with each other instead (Bengali "ে" + "া" →
 * "ো", Gurung Khema U+1611E twice → U+16121): those marks are then a run of their own, so that a
 * citation ending at the letter ends there in the original too. prepareDocument records its runs so.
 */
export function mapComposedRun(map: OffsetMap, outStart: number, origStart: number, run: string, composed: string): void {
  const apart = marksComposedApart(run, composed);
  if (apart !== null) {
    const origHead = run.length - apart.origMarks;
    if (apart.head !== origHead) map.addRun(outStart, apart.head, origStart, origHead);
    map.addRun(outStart + apart.head, composed.length - apart.head, origStart + origHead, apart.origMarks);
    return;
  }
  const head = composed.length - trailingLatinMarks(composed);
  const origHead = run.length - (composed.length - head);
  if (head !== origHead && origHead > 0) map.addRun(outStart, head, origStart, origHead);
  else if (origHead <= 0) map.addRun(outStart, composed.length, origStart, run.length);
}

/** The Latin marks that end `s` after its first character: the rule every other run is mapped by, as before. */
function trailingLatinMarks(s: string): number {
  let n = 0;
  while (n < s.length - 1 && HAS_COMBINING.test(s[s.length - 1 - n])) n++;
  return n;
}

/**
 * Where `composed` ends with marks (any script's) that are not the run's last marks as written but
 * their composition: the composed letter's length (head) and the length of the run's marks that
 * compose to the rest (found end by end, at most MARKS_COMPOSED units: such runs are a letter and a
 * few marks). Null for every other run (marks absorbed, kept, or only put in canonical order).
 */
function marksComposedApart(run: string, composed: string): { head: number; origMarks: number } | null {
  const head = composed.length - trailingMarks(composed);
  if (head === composed.length) return null;
  const marks = composed.slice(head);
  if (run.endsWith(marks)) return null;
  const letter = composed.slice(0, head);
  for (let n = marks.length + 1; n < run.length && n <= MARKS_COMPOSED; n++) {
    if (toNFC(run.slice(run.length - n)) === marks && toNFC(run.slice(0, run.length - n)) === letter) return { head, origMarks: n };
  }
  return null;
}
const MARKS_COMPOSED = 16;

/** The code units of the marks that end `s` after its first character (any script's marks, astral ones whole). */
function trailingMarks(s: string): number {
  let n = 0;
  for (;;) {
    const end = s.length - n;
    const width = end >= 2 && isLowSurrogate(s.charCodeAt(end - 1)) && isHighSurrogate(s.charCodeAt(end - 2)) ? 2 : 1;
    if (end - width < 1 || !IS_MARK.test(s.slice(end - width, end))) return n;
    n += width;
  }
}
const IS_MARK = /^\p{M}$/u;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
