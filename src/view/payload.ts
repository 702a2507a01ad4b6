import type { DocumentAttributes, EvidenceRecord } from "../graph/attributes.js";
import { createGraph, edgeKey, type CitationMultiGraph } from "../graph/build.js";
import type { RelationType } from "../types.js";
import type { Layout } from "./layout.js";

/**
 * The graph as the page carries it: documents by position instead of by repeated id, relation
 * types and evidence files by index, evidence as flat tuples. Half the size of graphology's
 * serialization on large graphs, which is most of the time a browser spends opening the page.
 */
export interface CompactGraph {
  /** The graph's own attributes (its warnings), as they are. */
  attributes: ReturnType<CitationMultiGraph["getAttributes"]>;
  /** Document ids, in layout order. */
  ids: string[];
  /** Attributes of each document, in the order of `ids`. */
  nodes: DocumentAttributes[];
  types: RelationType[];
  /** Files named by evidence (null: an analysis without a path). */
  files: (string | null)[];
  /**
   * One per relation: [source, target, type, then per evidence file, start, end, page, sentence],
   * source and target indexes into `ids`, type into `types`, file into `files`.
   */
  edges: (number | string | null)[][];
}

/** What the view's page reads from its <script id="vncite-data">. */
export interface ViewPayload {
  /** Shape version, for pages written by other vncite releases. */
  v: 1;
  title: string;
  /** Set when the page draws only a neighbourhood (`--around`). */
  around: { id: string; depth: number; of: { documents: number; relations: number } } | null;
  graph: CompactGraph;
  /** x0, y0, x1, y1, ... in the order of graph.ids. */
  xy: number[];
}

export function viewPayload(graph: CitationMultiGraph, layout: Layout, title: string, around: ViewPayload["around"] = null): ViewPayload {
  return { v: 1, title, around, graph: compactGraph(graph, layout.ids), xy: layout.xy };
}

/** The graph in `ids` order (every document of the graph, once); relations in edge key order. */
export function compactGraph(graph: CitationMultiGraph, ids: string[]): CompactGraph {
  const index = new Map(ids.map((id, i) => [id, i]));
  const types: RelationType[] = [];
  const typeIndex = new Map<RelationType, number>();
  const files: (string | null)[] = [];
  const fileIndex = new Map<string | null, number>();
  const intern = <T>(map: Map<T, number>, list: T[], value: T) => {
    let i = map.get(value);
    if (i === undefined) map.set(value, (i = list.push(value) - 1));
    return i;
  };
  const edges: CompactGraph["edges"] = [];
  for (const key of graph.edges().sort()) {
    const a = graph.getEdgeAttributes(key);
    const row: (number | string | null)[] = [index.get(graph.source(key))!, index.get(graph.target(key))!, intern(typeIndex, types, a.type)];
    for (const e of a.evidence) row.push(intern(fileIndex, files, e.file), e.start, e.end, e.page, e.sentence);
    edges.push(row);
  }
  return { attributes: graph.getAttributes(), ids, nodes: ids.map((id) => graph.getNodeAttributes(id)), types, files, edges };
}

/** The graph back from its compact form (what the page runs its queries on). */
export function expandGraph(c: CompactGraph): CitationMultiGraph {
  const graph = createGraph();
  if (c.attributes) graph.replaceAttributes(c.attributes);
  c.ids.forEach((id, i) => graph.addNode(id, c.nodes[i]));
  for (const row of c.edges) {
    const source = c.ids[row[0] as number];
    const target = c.ids[row[1] as number];
    const type = c.types[row[2] as number];
    const evidence: EvidenceRecord[] = [];
    for (let k = 3; k + 4 < row.length; k += 5) {
      evidence.push({ file: c.files[row[k] as number], start: row[k + 1] as number, end: row[k + 2] as number, page: row[k + 3] as number | null, sentence: row[k + 4] as string });
    }
    graph.addDirectedEdgeWithKey(edgeKey(type, source, target), source, target, { type, evidence, weight: evidence.length });
  }
  return graph;
}
