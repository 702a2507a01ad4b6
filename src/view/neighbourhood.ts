import { compareStrings } from "../graph/attributes.js";
import { createGraph, type CitationMultiGraph } from "../graph/build.js";

/**
 * The documents within `depth` relations of `center` (either direction) and every relation among
 * them: what `vncite view --around` draws when the whole graph is too large to read.
 */
export function neighbourhood(graph: CitationMultiGraph, center: string, depth: number): CitationMultiGraph {
  const keep = new Set<string>([center]);
  let frontier = [center];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachNeighbor(id, (other) => {
        if (!keep.has(other)) {
          keep.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const sub = createGraph();
  for (const id of [...keep].sort(compareStrings)) sub.addNode(id, structuredClone(graph.getNodeAttributes(id)));
  graph.forEachEdge((key, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) sub.addDirectedEdgeWithKey(key, source, target, structuredClone(attributes));
  });
  return sub;
}
