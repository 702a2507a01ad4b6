import type { CitationMultiGraph } from "../graph/build.js";
import { possibleCitersOfId, undatedCandidateOf } from "../graph/possible.js";

/**
 * What identity cannot prove, as the page shows it beside what the graph proves (indexes into the
 * payload's `ids`, and into its graph warnings): worked out at write time from graph/, so that the
 * page's code reads numbers and never the rules of merge-undated.ts.
 */
export interface NoteTable {
  /**
   * target, via, citer for each possible citer (possiblyCitedBy): `citer` cites the undated mention
   * `via` ("15/CT-TTg@?"), which may be `target` ("15/CT-TTg@2020"). The relations are the page's
   * own edges from citer to via. Sorted by target, then citer.
   */
  possible: number[];
  /** undated mention, dated candidate for each mention without its year the graph knows a candidate of. */
  candidates: number[];
  /**
   * document, warning for each graph warning about a document: one without a file whose message
   * names the document's id, or one of a file the document comes from. Sorted by document.
   */
  warnings: number[];
}

/** The note table of the graph, documents in `ids` order. */
export function noteTable(graph: CitationMultiGraph, ids: readonly string[]): NoteTable {
  const index = new Map(ids.map((id, i) => [id, i]));
  const possible: number[] = [];
  const candidates: number[] = [];
  ids.forEach((id, i) => {
    const via = undatedCandidateOf(id, graph.getNodeAttributes(id));
    if (via === null || !index.has(via)) return;
    candidates.push(index.get(via)!, i);
    for (const hit of possibleCitersOfId(graph, id)) possible.push(i, index.get(hit.via)!, index.get(hit.id)!);
  });
  return { possible, candidates, warnings: warningPairs(graph, ids, index) };
}

/** Trailing punctuation a message puts after an id ("…@2020, the one…", "…@?: kept apart"). */
const TRAILING = /[,;:.)]+$/;

function warningPairs(graph: CitationMultiGraph, ids: readonly string[], index: Map<string, number>): number[] {
  const warnings = graph.getAttributes().warnings ?? [];
  const byFile = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  warnings.forEach((w, k) => {
    if (w.file !== null) {
      const list = byFile.get(w.file) ?? [];
      list.push(k);
      byFile.set(w.file, list);
      return;
    }
    // Ids hold no spaces: a message names one as a word of its own (a substring could be another
    // id's end: "1/CT-TTg@2020" inside "11/CT-TTg@2020").
    const named = new Set<number>();
    for (const word of w.message.split(/\s+/)) {
      const i = index.get(word) ?? index.get(word.replace(TRAILING, ""));
      if (i !== undefined) named.add(i);
    }
    for (const i of named) pairs.push([i, k]);
  });
  if (byFile.size > 0) {
    ids.forEach((id, i) => {
      for (const f of graph.getNodeAttribute(id, "files")) for (const k of byFile.get(f) ?? []) pairs.push([i, k]);
    });
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return pairs.flat();
}
