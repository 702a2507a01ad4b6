/// <reference lib="dom" />
import type { CitationMultiGraph } from "../../graph/build.js";
import type { RelationType } from "../../types.js";
import type { PossibleCiter } from "./notes.js";

/** Documents and relations a highlight draws in the possible style: cited through a mention identity cannot prove. */
export interface PossibleFocus {
  nodes: Set<string>;
  edges: Set<string>;
  /**
   * Undated mention, the selected document it may be: no relation of the graph, drawn as a dashed
   * line of its own (possible-links.ts) so that the picture shows what the possible citers go through.
   */
  links: [via: string, target: string][];
}

/**
 * What the selection of `target` adds to the highlight for its possible citers `hits` (the
 * payload's notes, read by PageNotes: nothing is worked out again here): each citer, the undated
 * mention it goes through, the citer's relations to that mention, of `types` when given (who
 * carries this out lists the citers whose relation implements the mention, and draws those), and
 * a link from each mention to `target`. The relations must be in the page's graph already
 * (PageGraph.loadDocument of the mention).
 */
export function possibleFocus(graph: CitationMultiGraph, target: string, hits: readonly PossibleCiter[], types?: readonly RelationType[]): PossibleFocus {
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
  const vias = [...new Set(hits.map((hit) => hit.via))].filter((via) => nodes.has(via)).sort();
  return { nodes, edges, links: graph.hasNode(target) ? vias.map((via) => [via, target]) : [] };
}
