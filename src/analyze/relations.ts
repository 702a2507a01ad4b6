import type { RelationType } from "../types.js";
import { CUE_FILLER_MAX_CHARS, RELATION_CUES } from "../vocab/cues.js";
import { phraseSource } from "../vocab/phrases.js";
import type { Layout } from "./sentences.js";

const CUES = RELATION_CUES.map((c) => ({ type: c.type, re: new RegExp(`(?:${phraseSource(c.phrases)})`, "giu") }));
/** Acting on what another document promulgated acts on that document: "bãi bỏ ... Quy chế ... ban hành kèm theo Quyết định số X". */
const ACTS_THROUGH_PROMULGATOR: ReadonlySet<RelationType> = new Set(["amends", "replaces", "repeals", "corrects"]);
const CONTINUATION = /(?:^|\s)(?:và|,)\s*(?:các\s+)?$/u;

export interface NestedRelation {
  type: RelationType;
  /** Indexes into the citation list. */
  from: number;
  to: number;
}

/**
 * Relations between cited documents, read inside one clause: "A ... triển khai thi hành B ... và C"
 * binds B and C to A; a new cue after B ("B ... sửa đổi, bổ sung một số điều của D") makes B the actor.
 */
export function findNestedRelations({ text, spans, sentenceOf }: Layout): NestedRelation[] {
  const out: NestedRelation[] = [];
  let actor: { index: number; type: RelationType } | null = null;
  for (let i = 1; i < spans.length; i++) {
    if (sentenceOf[i] !== sentenceOf[i - 1]) {
      actor = null;
      continue;
    }
    const gap = text.slice(spans[i - 1].end, spans[i].start);
    if (gap.includes(";")) {
      actor = null;
      continue;
    }
    const cue = governingCue(gap);
    if (cue) actor = { index: i - 1, type: cue };
    else if (!actor || !CONTINUATION.test(gap)) {
      actor = null;
      continue;
    }
    out.push({ type: actor.type, from: actor.index, to: i });
  }
  return out;
}

/** The cue that ends close enough before the next document to govern it, if any. */
function governingCue(gap: string): RelationType | null {
  const found: { type: RelationType; end: number; start: number }[] = [];
  for (const c of CUES) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(gap); m; m = c.re.exec(gap)) found.push({ type: c.type, start: m.index, end: m.index + m[0].length });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.end - b.end || a.start - b.start);
  const last = found[found.length - 1];
  const tail = gap.slice(last.end);
  if (tail.length > CUE_FILLER_MAX_CHARS || /[.;:]/.test(tail)) return null;
  if (last.type === "promulgated_by") {
    const acting = found.filter((f) => f.end <= last.start && ACTS_THROUGH_PROMULGATOR.has(f.type));
    return acting.length ? acting[acting.length - 1].type : null;
  }
  return last.type;
}
