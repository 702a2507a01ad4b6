/**
 * An analysis of a text converted from a legacy font encoding (prepare/legacy-text.ts), or read single-spaced
 * (prepare/double-spaced.ts), given back with offsets into the string the caller gave, and a conversion said in its
 * warnings.
 */
import type { Analysis, Warning } from "../types.js";
import type { OffsetMap } from "../prepare/offset-map.js";
import { citationInCallerText, pinpointInCallerText, warningInCallerText } from "../extract/in-caller-text.js";

/**
 * Maps `analysis`, read in `read.text`, to `original`, in place: its citations (self.promulgatedBy is
 * one of them), its parts, its relations' evidence and its warnings, a conversion's warning first. The
 * evidence's sentence and the citations' names stay as read (Unicode): what a reader wants to see.
 */
export function inCallerText(analysis: Analysis, read: { text: string; map: OffsetMap; warning?: Warning }, original: string): Analysis {
  const { map, text } = read;
  const done = new Set<object>();
  for (const c of analysis.citations) citationInCallerText(c, map, original, text, done);
  if (analysis.self.promulgatedBy) citationInCallerText(analysis.self.promulgatedBy, map, original, text, done);
  for (const p of analysis.parts ?? []) {
    p.start = map.toOriginal(p.start, "start");
    p.end = map.toOriginal(p.end, "end");
  }
  for (const r of analysis.relations) {
    const e = r.evidence;
    if (done.has(e)) continue;
    done.add(e);
    e.start = map.toOriginal(e.start, "start");
    e.end = map.toOriginal(e.end, "end");
    if (e.pinpoint) pinpointInCallerText(e.pinpoint, map, done);
  }
  for (const w of analysis.warnings) warningInCallerText(w, map, done);
  if (read.warning) analysis.warnings.unshift(read.warning);
  return analysis;
}
