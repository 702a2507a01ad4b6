import { absorbNode, upsertRelation, type CitationMultiGraph } from "./build.js";
import type { DocumentAttributes, RelationAttributes } from "./attributes.js";
import { namedKeyOf } from "./named.js";
import { addGraphWarning } from "./warnings.js";
import { sortedNodeKeys } from "./sorted-keys.js";
import { warnPossibleTwins } from "./twins.js";
import { termRangeOf, undatedKeyOf } from "../identify/id.js";
import { termAgainst } from "./party-term.js";
import { partyTermClosed, partyTermFrom } from "../vocab/party-terms.js";

/** For a numbered law with a name and year, the id of the law named without its number ("law:dat-dai@2003"); else null. */
export function namedMergeKeyOf(a: Pick<DocumentAttributes, "kind" | "number" | "title" | "year">): string | null {
  if (a.number === null || a.title === null || a.year === null) return null;
  return namedKeyOf(a.kind, a.title, a.year);
}

/**
 * The undated id a node may stand for: that of a dated id ("76/NQ-CP@2021" → "76/NQ-CP@?"), and
 * for a numbered law with a name and year that of its name ("13/2003/QH11" named "Đất đai" →
 * "law:dat-dai@?"): "Luật Đất đai" without a year may mean it as much as "law:dat-dai@2013", so a
 * graph knowing both has two candidates for it, not one.
 */
export function undatedKeyOfNode(id: string, a: Pick<DocumentAttributes, "kind" | "number" | "title" | "year">): string | null {
  const named = namedMergeKeyOf(a);
  return undatedKeyOf(id) ?? (named === null ? null : undatedKeyOf(named));
}

/**
 * An undated mention and the dated documents it may be. Identity is never guessed (DOMAIN.md §1:
 * administrative numbers restart every year for each issuer, so a number alone is never a key): a
 * numbered mention without its year ("Chỉ thị 15/CT-TTg", "15/CT-TTg@?") stays its own node even
 * when the graph knows exactly one dated document of that number ("15/CT-TTg@2020"), and an
 * `undated-candidate` warning names both; fixtures/identity/README.md, session 54, found 11 of 38
 * such merges wrong (a Government resolution's number returns every year, a Party body's every
 * term). The queries offer the mention's citers as possible citers of its candidate
 * (possiblyCitedBy), never as proven ones. A law named without its year ("Luật Đất đai",
 * "law:dat-dai@?") is merged into the one dated law of that name, as issue 14 asks, with an
 * `undated-merged` warning; with two candidates, or a citing document issued before the one, it
 * stays apart and `ambiguous-mention` says why, as it does for a numbered mention with several
 * candidates. Run it once all files are added: the result depends only on the whole graph, not on
 * the order files came in. Laws named without their number are merged first (mergeNamedLaws), so
 * that "law:dat-dai@2003" and "13/2003/QH11" count as the one document they are. Returns the ids
 * merged away, sorted.
 */
export function mergeUndatedMentions(graph: CitationMultiGraph): string[] {
  const merged = mergeNamedLaws(graph);
  const datedByKey = candidatesByUndatedKey(graph);
  for (const id of sortedNodeKeys(graph)) {
    const range = termRangeOf(id);
    if (range !== null) {
      if (mergeTermMention(graph, id, termCandidates(graph, datedByKey, range))) merged.push(id);
      continue;
    }
    const dated = datedByKey.get(id);
    if (!dated) continue;
    if (dated.length > 1) {
      warnDoubt(graph, id, "names no year, and the graph knows several dated documents it may be");
      continue;
    }
    const byName = graph.getNodeAttributes(id).number === null;
    const against = evidenceAgainst(graph, id, dated[0]);
    if (!byName) {
      warnCandidate(graph, id, dated[0], against);
      continue;
    }
    if (against !== null) {
      warnDoubt(graph, id, against);
      continue;
    }
    moveNode(graph, id, dated[0]);
    warnMerged(graph, id, dated[0]);
    merged.push(id);
  }
  warnPossibleTwins(graph);
  return merged.sort();
}

/**
 * The dated documents a central Party mention cited with its term may be ("18-NQ/TW@2016-2021",
 * termUndatedPartyMentions): those of its number issued within the term (termPlace "in"), and
 * those that may be (a congress's month, or a congress's year when no date is known: "maybe").
 */
function termCandidates(
  graph: CitationMultiGraph,
  datedByKey: ReadonlyMap<string, readonly string[]>,
  range: { undated: string; from: number; to: number | null },
): { id: string; place: "in" | "maybe" }[] {
  const out: { id: string; place: "in" | "maybe" }[] = [];
  for (const id of datedByKey.get(range.undated) ?? []) {
    const place = termPlace(graph.getNodeAttributes(id), range);
    if (place !== "out") out.push({ id, place });
  }
  return out;
}

/**
 * Where a document lies against a term: "in" when its date falls after the month of the congress
 * that opened the term and before the month of the one that closed it, "maybe" in either month (a
 * document of the congress's month may be of the term ending or the one beginning) or, its date
 * unknown, in a congress's year; "out" otherwise, or when neither date nor year is known.
 */
export function termPlace(a: Pick<DocumentAttributes, "date" | "year">, range: { from: number; to: number | null }): "in" | "maybe" | "out" {
  const term = partyTermFrom(range.from);
  if (term === undefined) return "out";
  const closed = partyTermClosed(term);
  if (a.date !== null) {
    const month = a.date.slice(0, 7);
    if (month < term.opened || (closed !== null && month > closed)) return "out";
    return month === term.opened || month === closed ? "maybe" : "in";
  }
  const year = issuedYear(a);
  if (year === null || year < range.from || (range.to !== null && year > range.to)) return "out";
  return year === range.from || year === range.to ? "maybe" : "in";
}

/**
 * A central Party number cited with its term is one document (a number runs per term, DOMAIN.md
 * §2): merged into the one dated document of that number issued in the term, with an
 * `undated-merged` warning; two there, or one of a congress's month (termPlace "maybe"), are a
 * doubt (`ambiguous-mention`); none leaves it its own node, as does a citing document issued before the one. Returns whether it was merged.
 */
function mergeTermMention(graph: CitationMultiGraph, id: string, candidates: readonly { id: string; place: "in" | "maybe" }[]): boolean {
  if (candidates.length === 0) return false;
  if (candidates.length > 1) {
    warnDoubt(graph, id, "names its term but no date, and the graph knows several dated documents of that number in the term");
    return false;
  }
  const into = candidates[0].id;
  if (candidates[0].place === "maybe") {
    warnDoubt(graph, id, `names its term but no date, and ${into} was issued as the term began or ended`);
    return false;
  }
  if (citedBeforeIssued(graph, id, into)) {
    warnDoubt(graph, id, "is cited by a document issued before the one dated document of that number in its term");
    return false;
  }
  moveNode(graph, id, into);
  addGraphWarning(graph, { file: null, code: "undated-merged", message: `${id} taken for ${into}, the one dated document of that number the graph knows in the term`, start: null, end: null });
  return true;
}

/** Undated id ("15/CT-TTg@?", "law:dat-dai@?") → the dated nodes it may stand for (undatedKeyOfNode). */
function candidatesByUndatedKey(graph: CitationMultiGraph): Map<string, string[]> {
  const datedByKey = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    const key = undatedKeyOfNode(id, a);
    if (key === null) return;
    const list = datedByKey.get(key) ?? [];
    list.push(id);
    datedByKey.set(key, list);
  });
  return datedByKey;
}

/**
 * What the citations of the undated mention `id` say against its being `into`: a citing document
 * issued before it (citedBeforeIssued), or a Party Central Committee term `into`'s year lies outside
 * of (termAgainst); null when they say nothing against it.
 */
function evidenceAgainst(graph: CitationMultiGraph, id: string, into: string): string | null {
  if (citedBeforeIssued(graph, id, into)) return "is cited by a document issued before the one dated document it may be";
  const year = issuedYear(graph.getNodeAttributes(into));
  const term = termAgainst(graph, id, year);
  if (term === null) return null;
  const years = `${term.from}–${term.to ?? ""}`;
  return `is cited with the Party Central Committee's term khóa ${term.roman} (${years}), and ${into} is of ${year}`;
}

/**
 * A law named without its number ("Luật Đất đai năm 2003", id "law:dat-dai@2003") is the numbered
 * law that some file names the same way with its number ("Luật Đất đai số 13/2003/QH11"): the
 * graph learns the alias from the corpus. Merged only when exactly one numbered node of that kind,
 * name and year exists; two are a doubt, and both stay.
 */
function mergeNamedLaws(graph: CitationMultiGraph): string[] {
  const numberedByKey = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    const key = namedMergeKeyOf(a);
    if (key === null) return;
    numberedByKey.set(key, [...(numberedByKey.get(key) ?? []), id]);
  });
  const merged: string[] = [];
  for (const id of sortedNodeKeys(graph)) {
    const into = numberedByKey.get(id);
    if (!into) continue;
    if (into.length > 1) {
      warnDoubt(graph, id, "names no number, and the graph knows several numbered laws of that name and year");
      continue;
    }
    moveNode(graph, id, into[0]);
    merged.push(id);
  }
  return merged;
}

/** The year a document was issued: its date's, else the year inside its number; null when neither is known. */
export function issuedYear(a: Pick<DocumentAttributes, "date" | "year">): number | null {
  return a.date !== null ? Number(a.date.slice(0, 4)) : a.year;
}

/**
 * Whether a document citing the undated mention `id` was issued in a year before the one dated document
 * it may be: no document cites one issued after it, so the mention is another document of that number
 * or name. A Government resolution's number comes back every year ("Nghị quyết số 76/NQ-CP" of 2019 is
 * not that of 2021), and two laws share a name ("Luật sửa đổi, bổ sung một số điều của Luật thuế tiêu
 * thụ đặc biệt" of 1993 amends the law of 1990, not 05/1998/QH10, the one numbered law of that name a
 * listing held: fixtures/fresh/listing50b rows 5 and 27). Years only: a date in the same year proves nothing.
 */
function citedBeforeIssued(graph: CitationMultiGraph, id: string, into: string): boolean {
  const issued = issuedYear(graph.getNodeAttributes(into));
  if (issued === null) return false;
  let earlier = false;
  graph.forEachInNeighbor(id, (_source, a) => {
    const year = issuedYear(a);
    if (year !== null && year < issued) earlier = true;
  });
  return earlier;
}

/**
 * A mention left apart because more than one document may be meant: a doubt the graph says, as it
 * says of an id mentioned with two dates. The message names no count nor candidates: files added
 * later only add candidates, and the warning read after the next merge stays the same.
 */
function warnDoubt(graph: CitationMultiGraph, id: string, why: string): void {
  addGraphWarning(graph, { file: null, code: "ambiguous-mention", message: `${id} ${why}: kept apart`, start: null, end: null });
}

/**
 * A numbered mention without its year kept apart from the one dated document of its number the
 * graph knows: the candidate is named, so a reader can check it, with what the citations say
 * against it (a citing document older than it, a Party term it lies outside of) when they do.
 */
function warnCandidate(graph: CitationMultiGraph, id: string, into: string, against: string | null): void {
  const why = "a number without its year does not prove it" + (against === null ? "" : `, and it ${against}`);
  const message = `${id} may be ${into}, the one dated document of that number the graph knows; kept apart: ${why}`;
  addGraphWarning(graph, { file: null, code: "undated-candidate", message, start: null, end: null });
}

/**
 * A law named without its year taken for the one dated law of that name the graph knows (issue 14):
 * said once per merge, so a reader can check each.
 */
function warnMerged(graph: CitationMultiGraph, id: string, into: string): void {
  addGraphWarning(graph, { file: null, code: "undated-merged", message: `${id} taken for ${into}, the one dated document of that name the graph knows`, start: null, end: null });
}

function moveNode(graph: CitationMultiGraph, from: string, into: string): void {
  absorbNode(graph, into, graph.getNodeAttributes(from));
  // Collected first: the graph is not changed while its adjacency is walked.
  const moves: [RelationAttributes, string, string][] = [];
  graph.forEachEdge(from, (_key, e, source, target) => {
    moves.push([e, source === from ? into : source, target === from ? into : target]);
  });
  graph.dropNode(from);
  for (const [e, source, target] of moves) for (const ev of e.evidence) upsertRelation(graph, e.type, source, target, ev);
}
