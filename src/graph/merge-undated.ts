import { absorbNode, upsertRelation, type CitationMultiGraph } from "./build.js";
import type { DocumentAttributes, RelationAttributes } from "./attributes.js";
import { namedKeyOf } from "./named.js";
import { addGraphWarning } from "./warnings.js";
import { sortedNodeKeys } from "./sorted-keys.js";
import { warnPossibleTwins } from "./twins.js";
import { undatedKeyOf } from "../identify/id.js";

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
 * A document cited with its date in one file ("76/NQ-CP@2021") and without one in another
 * ("76/NQ-CP@?") is one document when the graph knows exactly one dated document of that number,
 * ký hiệu and place, and no document citing it was issued in an earlier year: the undated node is merged into it (its files, citation count and edges),
 * so that "Nghị quyết 76/NQ-CP" resolves to one document. With two dated candidates nothing is
 * merged. Run it once all files are added: the result depends only on the whole graph, not on
 * the order files came in. Laws named without their number are merged first (mergeNamedLaws), so
 * that "law:dat-dai@2003" and "13/2003/QH11" count as the one document they are. Returns the ids
 * merged away, sorted.
 */
export function mergeUndatedMentions(graph: CitationMultiGraph): string[] {
  const merged = mergeNamedLaws(graph);
  const datedByKey = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    const key = undatedKeyOfNode(id, a);
    if (key === null) return;
    const list = datedByKey.get(key) ?? [];
    list.push(id);
    datedByKey.set(key, list);
  });
  for (const id of sortedNodeKeys(graph)) {
    const dated = datedByKey.get(id);
    if (!dated) continue;
    if (dated.length > 1) {
      warnDoubt(graph, id, "names no year, and the graph knows several dated documents it may be");
      continue;
    }
    if (citedBeforeIssued(graph, id, dated[0])) {
      warnDoubt(graph, id, "is cited by a document issued before the one dated document it may be");
      continue;
    }
    moveNode(graph, id, dated[0]);
    merged.push(id);
  }
  warnPossibleTwins(graph);
  return merged.sort();
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
function issuedYear(a: DocumentAttributes): number | null {
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
