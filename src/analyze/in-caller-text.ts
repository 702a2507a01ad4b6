/**
 * An analysis of a text converted from a legacy font encoding (prepare/legacy-text.ts), given back
 * with offsets into the string the caller gave, and the conversion said in its warnings.
 */
import type { Analysis } from "../types.js";
import type { LegacyText } from "../prepare/legacy-text.js";
import { citationInCallerText, pinpointInCallerText, warningInCallerText } from "../extract/in-caller-text.js";

/**
 * Maps `analysis`, read in `legacy.text`, to `original`, in place: its citations (self.promulgatedBy is
 * one of them), its parts, its relations' evidence and its warnings, the conversion's warning first. The
 * evidence's sentence and the citations' names stay as read (Unicode): what a reader wants to see.
 */
export function inCallerText(analysis: Analysis, legacy: LegacyText, original: string): Analysis {
  const { map, text } = legacy;
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
  analysis.warnings.unshift(legacy.warning);
  return analysis;
}
