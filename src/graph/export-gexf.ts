import Graph, { MultiDirectedGraph, MultiGraph } from "graphology";
import type { Attributes } from "graphology-types";
import { parse, write } from "graphology-gexf";
import type { CitationMultiGraph } from "./build.js";
import { decodeEdge, decodeNode, encodeEdge, encodeNode, xmlSafe, type Flat } from "./codec.js";
import { exportJSON, graphFromParts } from "./export-json.js";

/**
 * GEXF 1.2 (Gephi) via graphology-gexf, nodes and edges sorted by key. Strings and integers are
 * plain attributes; issuer, jurisdiction, files and evidence are JSON text; null values are left
 * out. The node label is the document label, the edge label its relation type, the edge weight
 * the number of pieces of evidence.
 */
export function exportGEXF(graph: CitationMultiGraph): string {
  const data = exportJSON(graph);
  const flat = new MultiDirectedGraph<Flat, Flat>({ allowSelfLoops: false });
  flat.replaceAttributes({ creator: "vncite" });
  for (const n of data.nodes) flat.addNode(xmlSafe(n.key), encodeNode(n.attributes));
  for (const e of data.edges) {
    flat.addDirectedEdgeWithKey(xmlSafe(e.key), xmlSafe(e.source), xmlSafe(e.target), encodeEdge(e.attributes));
  }
  return write(flat, {
    version: "1.2",
    formatNode: (_key, a) => {
      const { label, ...attributes } = a;
      return { label: String(label), attributes };
    },
    formatEdge: (_key, a) => {
      const { weight, ...attributes } = a;
      return { label: String(a.type), weight: Number(weight), attributes };
    },
  });
}

/** Reads a graph back from GEXF written by exportGEXF (or by Gephi from it). */
export function importGEXF(xml: string): CitationMultiGraph {
  // A mixed multigraph accepts what the parser infers (even "mixed" for a file without edges).
  const g = parse(MultiGraph, xml, { allowUndeclaredAttributes: true }) as unknown as Graph<Attributes, Attributes>;
  return importFlatGraph(g);
}

/** A graph read by a graphology XML parser (GEXF, GraphML) whose attributes are flat. */
export function importFlatGraph(g: Graph<Attributes, Attributes>): CitationMultiGraph {
  const nodes = g.mapNodes((key, a) => ({ key, attributes: decodeNode(a) }));
  const edges = g.mapEdges((key, a, source, target) => ({ key, source, target, attributes: decodeEdge(a) }));
  return graphFromParts(nodes, edges);
}
