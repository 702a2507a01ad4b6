/**
 * Citations read in a text converted from a legacy font encoding (prepare/legacy-text.ts), given back
 * with offsets into the string the caller gave: extract()'s, and analyze()'s through it.
 */
import type { Citation, Pinpoint, Warning } from "../types.js";
import type { OffsetMap } from "../prepare/offset-map.js";

/**
 * Maps a citation read in `converted` to `original`, in place: its offsets, its pinpoint's and its
 * warnings'; its raw text is the caller's slice again (Citation.raw is text.slice(start, end) of the
 * text given), and so is its kind word as written. An object met before (`done`: the pinpoint a
 * relation's evidence shares, the citation a document's promulgatedBy is) is not mapped twice.
 */
export function citationInCallerText(c: Citation, map: OffsetMap, original: string, converted: string, done: Set<object>): void {
  if (done.has(c)) return;
  done.add(c);
  const kindAt = c.kindText === null ? -1 : converted.indexOf(c.kindText, c.start);
  if (c.kindText !== null && kindAt >= 0 && kindAt < c.end) {
    c.kindText = original.slice(map.toOriginal(kindAt, "start"), map.toOriginal(kindAt + c.kindText.length, "end"));
  }
  c.start = map.toOriginal(c.start, "start");
  c.end = map.toOriginal(c.end, "end");
  c.raw = original.slice(c.start, c.end);
  c.numberStart = map.toOriginal(c.numberStart, "start");
  c.numberEnd = map.toOriginal(c.numberEnd, "end");
  if (c.pinpoint) pinpointInCallerText(c.pinpoint, map, done);
  for (const w of c.warnings) warningInCallerText(w, map, done);
}

export function pinpointInCallerText(p: Pinpoint, map: OffsetMap, done: Set<object>): void {
  if (done.has(p)) return;
  done.add(p);
  p.start = map.toOriginal(p.start, "start");
  p.end = map.toOriginal(p.end, "end");
  if (p.amendedAt !== undefined) p.amendedAt = map.toOriginal(p.amendedAt, "start");
}

export function warningInCallerText(w: Warning, map: OffsetMap, done: Set<object>): void {
  if (done.has(w)) return;
  done.add(w);
  if (w.start !== undefined) w.start = map.toOriginal(w.start, "start");
  if (w.end !== undefined) w.end = map.toOriginal(w.end, "end");
}
