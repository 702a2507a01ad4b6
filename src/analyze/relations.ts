/**
 * The relations analyze() reports: the document's to each citation, then those read between cited
 * documents, each with the clause it was read in as evidence.
 */
import type { AnalyzedCitation, Citation, Evidence, Relation, RelationType } from "../types.js";
import type { ListedAmendment } from "../extract.js";
import type { OffsetMap } from "../prepare/offset-map.js";
import type { NestedRelation } from "./roles/index.js";
import { isWhitespaceAt } from "../shared/chars.js";
import { type Clause, opensWithCue } from "./clauses.js";
import { lastAtOrBefore } from "../shared/search.js";
import { type Sentence, tidy } from "./sentences.js";
/**
 * "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số
 * 27/2023/QH15 …": the amending law's name says it amends each law it lists (extractListing), as
 * "Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, …" says it
 * with its cue (read by readRoles). Each such relation joins the nested ones, in the order of the
 * citation acted on, unless read already.
 */
export function withListedAmendments(nested: NestedRelation[], amended: readonly ListedAmendment[], found: readonly Citation[]): void {
  const index = new Map<Citation, number>();
  for (let i = 0; i < found.length; i++) index.set(found[i], i);
  for (const a of amended) {
    const from = index.get(a.from);
    const to = index.get(a.to);
    if (from === undefined || to === undefined || nested.some((r) => r.from === from && r.to === to && r.type === "amends")) continue;
    let k = nested.length;
    while (k > 0 && nested[k - 1].to > to) k--;
    nested.splice(k, 0, { type: "amends", from, to });
  }
}

/**
 * A relation read after the document's own number is the document's own: "THÔNG TƯ CỦA BỘ TÀI
 * CHÍNH SỐ 121/2004/TT-BTC NGÀY 16 THÁNG 12 NĂM 2004 HƯỚNG DẪN … THỰC HIỆN QUYẾT ĐỊNH SỐ
 * 134/2004/QĐ-TTG" (older titles name the document so), "Kế hoạch số 103/KH-UBND … triển khai
 * Chỉ thị số 43/CT-TTg" in the plan's own annex. The cited document takes it as its role when it
 * has none of its own; read as nested, the document stood in two relations to it.
 */
export function ownNested(citations: AnalyzedCitation[], nested: readonly NestedRelation[]): readonly NestedRelation[] {
  if (!nested.some((r) => citations[r.from].role === "self")) return nested;
  const out: NestedRelation[] = [];
  for (const r of nested) {
    const to = citations[r.to];
    if (citations[r.from].role === "self" && (to.role === "references" || to.role === r.type)) to.role = r.type;
    else out.push(r);
  }
  return out;
}

/** A mention's further acts: the ones its verbs join (alsoActs) or else the scheme it approved that the document carries out (schemes.ts). */
export function withSchemeActs(alsoActs: readonly (readonly RelationType[] | null)[], schemes: readonly (RelationType | null)[]): readonly (readonly RelationType[] | null)[] {
  if (!schemes.some((s) => s !== null)) return alsoActs;
  const out: (readonly RelationType[] | null)[] = [];
  for (let i = 0; i < schemes.length; i++) {
    const scheme = schemes[i];
    out.push(alsoActs[i] ?? (scheme === null ? null : [scheme]));
  }
  return out;
}

/** What the evidence of a relation is read from: the text as given and as prepared, with its clauses and citations. */
interface EvidenceSource {
  text: string;
  prepared: string;
  map: OffsetMap;
  clauses: readonly Clause[];
  spans: readonly { start: number; end: number }[];
  sentenceOf: readonly Sentence[];
  path: string | undefined;
}

/**
 * The document's relation to each citation it does not name itself by, then the relations read
 * between cited documents. The evidence of a relation is the clause it was read in (a
 * paragraph-long sentence is not evidence anyone reads), with the offsets of the whole sentence;
 * one clause serves every relation read in it, tidied once.
 */
export function relationsOf(src: EvidenceSource, citations: readonly AnalyzedCitation[], selfId: string, nested: readonly NestedRelation[], alsoActs: readonly (readonly RelationType[] | null)[]): Relation[] {
  const clauseText = new Map<number | string, { start: number; end: number; sentence: string }>();
  const widened = new Map<number, { key: number; start: number; end: number }>();
  const evidence = (i: number): Evidence => {
    const { map } = src;
    const s = src.sentenceOf[i];
    const clause = evidenceClause(src.prepared, src.clauses, src.spans[i].start, widened) ?? { key: -1 - i, start: s.start, end: s.end };
    let at: { key: number | string; start: number; end: number } = clause;
    // A clause longer than EVIDENCE_WINDOW (a text with no stop: thousands of citations in one "sentence"
    // made each relation's evidence the whole text, and what analyze's caller writes out its square):
    // the window of it that the citation opens in, windows EVIDENCE_STEP apart, each shared by the citations opening in it.
    if (clause.end - clause.start > EVIDENCE_WINDOW) {
      const block = Math.floor((src.spans[i].start - clause.start) / EVIDENCE_STEP);
      const start = clause.start + block * EVIDENCE_STEP;
      at = { key: `${clause.key}:${block}`, start, end: Math.min(clause.end, start + EVIDENCE_WINDOW) };
    }
    let e = clauseText.get(at.key);
    if (!e) {
      const sentence = tidy(src.text.slice(map.toOriginal(at.start, "start"), map.toOriginal(at.end, "end")));
      clauseText.set(at.key, (e = { start: map.toOriginal(s.start, "start"), end: map.toOriginal(s.end, "end"), sentence }));
    }
    // Written out, not spread: a spread that adds properties costs microseconds on Node 20.
    const out: Evidence = src.path !== undefined ? { file: src.path, start: e.start, end: e.end, sentence: e.sentence } : { start: e.start, end: e.end, sentence: e.sentence };
    const pinpoint = citations[i].pinpoint;
    // Units inside an amending law's name ("Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số") are the amended law's, not those of the law this relation reaches.
    if (pinpoint && pinpoint.amendedAt === undefined) out.pinpoint = pinpoint;
    return out;
  };
  const relations: Relation[] = [];
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    if (c.role !== "self") relations.push({ type: c.role, from: selfId, to: c.id, evidence: evidence(i) });
    // "Sửa đổi, bổ sung, bãi bỏ một số điều của Nghị định số X": X is amended and repealed in part,
    // two relations of one mention (Reading.alsoActs), while the citation keeps its first act as its role.
    const also = alsoActs[i];
    if (also !== null && also !== undefined && c.role !== "self" && c.role !== "references") {
      for (const type of also) if (type !== c.role) relations.push({ type, from: selfId, to: c.id, evidence: evidence(i) });
    }
  }
  for (const r of nested) {
    const from = citations[r.from];
    const to = citations[r.to];
    // A short form that names no full citation is no document: no typed relation, nested or not.
    if (from.id !== to.id && !isUnresolved(from) && !isUnresolved(to)) relations.push({ type: r.type, from: from.id, to: to.id, evidence: evidence(r.to) });
  }
  return relations;
}

/** "Quyết định 15" naming no full citation of the text: no document, so no typed relation. */
export function isUnresolved(c: Citation): boolean {
  return c.form === "short" && c.id.startsWith("short:");
}

/**
 * A clause shorter than this ("b) Quyết định số ...;") is shown with the clause that introduced it;
 * counted with each run of whitespace as one, as the evidence is shown (justified text doubles spaces).
 */
const SHORT_EVIDENCE = 80;

/** The longest evidence written out: a longer clause gives the window of it the citation opens in (relationsOf). */
const EVIDENCE_WINDOW = 2000;
/** How far apart those windows start: a citation opening in one has at least EVIDENCE_WINDOW - EVIDENCE_STEP characters of it after its start. */
const EVIDENCE_STEP = 1000;

/**
 * The clause holding an offset, widened back over a list's introduction while it is short and
 * does not open with a cue of its own: "Căn cứ Luật Đất đai ngày …;" after another "Căn cứ …;"
 * is evidence alone, and "a) Nghị định số …;" is shown with its "Căn cứ các văn bản sau:" only.
 */
function evidenceClause(
  text: string,
  clauses: readonly Clause[],
  offset: number,
  widened: Map<number, { key: number; start: number; end: number }>,
): { key: number; start: number; end: number } | null {
  const k = lastAtOrBefore(clauses, offset, (c) => c.start);
  if (k < 0 || clauses[k].end <= offset) return null;
  // The widening depends on the clause alone: most relations are read in a clause another was read
  // in already (over the dev texts, 2,492 of 2,940), and each was widened again, a count of up to
  // SHORT_EVIDENCE characters a step back. Kept by clause for the document (relationsOf's `widened`).
  const known = widened.get(k);
  if (known !== undefined) return known;
  let first = k;
  while (
    first > 0 &&
    clauses[first - 1].opensList &&
    shownShort(text, clauses[first].start, clauses[k].end) &&
    !opensWithCue(text, clauses[first].start)
  ) first--;
  const out = { key: k, start: clauses[first].start, end: clauses[k].end };
  widened.set(k, out);
  return out;
}

/**
 * Whether text[from, to) is shown shorter than SHORT_EVIDENCE (shownLength). Where its first SHORT_EVIDENCE
 * characters hold no two blanks in a row, each of them counts, and it is not: answered by one regex test
 * of them, not a count character by character (1,500 counts a devx5 pass, ~80 characters each).
 */
export function shownShort(text: string, from: number, to: number): boolean {
  if (to - from >= SHORT_EVIDENCE && !BLANK_PAIR.test(text.slice(from, from + SHORT_EVIDENCE))) return false;
  return shownLength(text, from, to) < SHORT_EVIDENCE;
}
/** Two whitespace characters in a row: the second is not counted by shownLength. */
const BLANK_PAIR = /\s\s/;

/** The length of text[from, to) with each run of whitespace counted once; stops counting at SHORT_EVIDENCE. */
export function shownLength(text: string, from: number, to: number): number {
  let n = 0;
  // Whether the character before i is whitespace (not asked before `from`): each character read once.
  let white = false;
  for (let i = from; i < to && n < SHORT_EVIDENCE; i++) {
    const here = isWhitespaceAt(text, i);
    if (!here || i === from || !white) n++;
    white = here;
  }
  return n;
}
