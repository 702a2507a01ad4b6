/// <reference lib="dom" />
import type { CitationMultiGraph } from "../../graph/build.js";
import type { RelationType } from "../../types.js";
import type { PossibleCiter } from "./notes.js";

/** Documents and relations a highlight draws in the possible style: cited through a mention identity cannot prove. */
export interface PossibleFocus {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * What a selection adds to the highlight for its possible citers (the payload's notes, read by
 * PageNotes: nothing is worked out again here): each citer, the undated mention it goes through,
 * and the citer's relations to that mention, of `types` when given (who carries this out lists
 * the citers whose relation implements the mention, and draws those relations). The relations must be in the page's graph already (PageGraph.loadDocument
 * of the mention); none joins the dated document itself, which no proven relation links to them.
 */
export function possibleFocus(graph: CitationMultiGraph, hits: readonly PossibleCiter[], types?: readonly RelationType[]): PossibleFocus {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const hit of hits) {
    if (!graph.hasNode(hit.id) || !graph.hasNode(hit.via)) continue;
    graph.forEachOutEdge(hit.id, hit.via, (edge, a) => {
      if (!types || types.includes(a.type)) edges.add(edge);
    });
    nodes.add(hit.id);
    nodes.add(hit.via);
  }
  return { nodes, edges };
}
