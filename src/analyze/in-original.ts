// A document's warnings found on the prepared text, given back with the caller's offsets (analyze/index.ts).
import type { Warning } from "../types.js";
import type { OffsetMap } from "../prepare/offset-map.js";

/**
 * Warnings pointing into the prepared text, mapped to the caller's. Filled by push, not map (as analyzeText fills its own
 * arrays): Array.prototype.map's array, packed while analyzeText was interpreted and holey once compiled, met the
 * spread after it with a map its feedback had not seen, and V8 threw analyzeText's compiled code away and compiled it
 * again (~65 ms of TurboFan, +225 M instructions a process over the dev texts, crlf56's one-time cost: bench/README,
 * session 57).
 */
export function inOriginal(warnings: readonly Warning[], map: OffsetMap): Warning[] {
  const out: Warning[] = [];
  for (const w of warnings) out.push(w.start === undefined || w.end === undefined ? w : { ...w, start: map.toOriginal(w.start, "start"), end: map.toOriginal(w.end, "end") });
  return out;
}
