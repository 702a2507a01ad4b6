import type { Citation, Kind, Role } from "../types.js";
import { ATTACHED_TO, DOCUMENT_CUES, PROPOSED_BY } from "../vocab/cues.js";
import { KINDS } from "../vocab/kinds.js";
import { phraseSource } from "../vocab/phrases.js";
import type { Layout } from "./sentences.js";

/** A sentence opening with a cue that names documents: "Căn cứ Quyết định ...", "Thực hiện các Kế hoạch ...". */
const KIND_WORDS = phraseSource(KINDS.flatMap((k) => k.words));
const OPENING_CUES = DOCUMENT_CUES.map((c) => ({
  type: c.type,
  re: new RegExp(String.raw`^\s*(?:[-+•*#(]+\s*)*(?:[a-zđ]\)\s*|\d+\.\s*)?(?:${phraseSource(c.phrases)})\s+(?:các\s+)?(?:${KIND_WORDS})`, "iu"),
}));
/** Only at the head of its sentence: "(Ban hành kèm theo Quyết định số ...)". Inside a description
 * ("Quy chế ... ban hành kèm theo Quyết định số 23/2014/QĐ-UBND") it says nothing about this document. */
const ATTACHED = new RegExp(String.raw`^[\s(*_]*(?:${phraseSource(ATTACHED_TO)})\s*$`, "iu");
const PROPOSAL = new RegExp(phraseSource([PROPOSED_BY.lead]), "iu");
const AT_WORD = new RegExp(String.raw`${phraseSource([PROPOSED_BY.at])}\s*$`, "iu");
/**
 * The document acting on others in its own words: "Quyết định này có hiệu lực kể từ ngày ký và
 * thay thế Quyết định số ...", "Kế hoạch này sửa đổi, bổ sung một số điều của Kế hoạch số ...".
 */
const SELF_ACTING: ReadonlySet<string> = new Set(["amends", "replaces", "repeals", "corrects"]);
const SELF_ACTS = DOCUMENT_CUES.filter((c) => SELF_ACTING.has(c.type)).map((c) => ({
  type: c.type,
  re: new RegExp(String.raw`(?:${KIND_WORDS})\s+này[^;.]*?(?:${phraseSource(c.phrases)})\s+(?:các\s+)?$`, "iu"),
}));
const THIS = /này/i;
/** How far back in its sentence a "... này thay thế" is looked for. */
const SELF_ACT_REACH = 400;
/** Between two members of one list: "Thông tư số 61/2017/TT-BTC và Thông tư số 90/2018/TT-BTC". */
const LIST_GAP = /^[\s,]*(?:và|hoặc|,)?\s*(?:các\s+)?$/u;

export interface SelfKey {
  kind: Kind | null;
  number: string | null;
  symbol: string | null;
}

/** The role of each citation for the citing document. */
export function assignRoles(doc: Layout, citations: readonly Citation[], self: SelfKey): Role[] {
  const { text, spans, sentenceOf } = doc;
  const roles: Role[] = [];
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    const before = text.slice(sentenceOf[i].start, spans[i].start);
    if (self.number !== null && c.number === self.number && c.symbol === self.symbol) {
      roles.push("self");
    } else if (ATTACHED.test(before)) {
      roles.push(self.kind !== null && c.kind === self.kind && self.number === null ? "self" : "promulgated_by");
    } else if (PROPOSAL.test(before) && AT_WORD.test(before) && c.kind === "submission") {
      roles.push("proposed_by");
    } else {
      roles.push(openingRole(doc, i) ?? selfActRole(doc, i) ?? "references");
    }
  }
  return roles;
}

/**
 * The sentence's opening cue governs the documents at the head of each of its clauses
 * ("Thực hiện A ...; B ..."): not those named inside another's description ("A ... triển khai B").
 */
function openingRole(doc: Layout, i: number): Role | null {
  const s = doc.sentenceOf[i];
  const cue = OPENING_CUES.find((c) => c.re.test(doc.text.slice(s.start, s.end)));
  return cue && isClauseHead(doc, i) ? cue.type : null;
}

function isClauseHead({ text, spans, sentenceOf }: Layout, i: number): boolean {
  const s = sentenceOf[i];
  for (let j = i; j >= 0; j--) {
    const prevInSentence = j > 0 && sentenceOf[j - 1] === s;
    const gap = text.slice(prevInSentence ? spans[j - 1].end : s.start, spans[j].start);
    if (!prevInSentence || gap.includes(";")) return true;
    if (!LIST_GAP.test(gap)) return false;
  }
  return true;
}

/** "Quyết định này ... thay thế A và B": the role of A and B, the list after the citing document's own act. */
function selfActRole({ text, spans, sentenceOf }: Layout, i: number): Role | null {
  const s = sentenceOf[i];
  let first = i;
  while (first > 0 && sentenceOf[first - 1] === s && LIST_GAP.test(text.slice(spans[first - 1].end, spans[first].start))) first--;
  const before = text.slice(Math.max(s.start, spans[first].start - SELF_ACT_REACH), spans[first].start);
  // Most sentences never say "này": a native search rules them out before the regexes run.
  if (!THIS.test(before)) return null;
  return SELF_ACTS.find((a) => a.re.test(before))?.type ?? null;
}
