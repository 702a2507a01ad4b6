/**
 * The spans of the full citations, in text order, as two arrays of offsets: numbers, not the
 * citations, since a citation comes in several shapes (numbered, named, a name given its number),
 * and each new one met here made findShortMentions' optimized code deopt. A module of its own, so
 * short.ts and above.ts, which both skip these spans, need not import each other.
 */
export interface TakenSpans {
  starts: readonly number[];
  ends: readonly number[];
}
