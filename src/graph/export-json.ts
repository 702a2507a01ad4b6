import {
  compareEvidence,
  compareStrings,
  insertSorted,
  isRelationType,
  normalizeGraphAttributes,
  normalizeRelationAttributes,
  type DocumentAttributes,
  type GraphAttributes,
  type RelationAttributes,
} from "./attributes.js";
import { normalizeDocumentAttributes } from "./facts.js";
import { checkNodeKey, createGraph, edgeKey, type CitationMultiGraph } from "./build.js";
import { pathlessPrints } from "./pathless.js";
import { sortedNodeKeys } from "./sorted-keys.js";
import { edgeJSON, nodeJSON } from "./json-text.js";

export interface SerializedNode {
  key: string;
  attributes: DocumentAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: RelationAttributes;
}

/** graphology's serialization format (`graph.export()`), nodes and edges sorted by key. */
export interface SerializedCitationGraph {
  options: { type: "directed"; multi: true; allowSelfLoops: false };
  attributes: GraphAttributes;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

const byKey = (a: { key: string }, b: { key: string }) => compareStrings(a.key, b.key);

const OPTIONS: SerializedCitationGraph["options"] = Object.freeze({ type: "directed", multi: true, allowSelfLoops: false });

/** A copy the caller may change: the graph's own `files` list is not handed out. Key order is kept. */
function copyDocument(a: DocumentAttributes): DocumentAttributes {
  return { ...a, files: a.files.slice() };
}

function sortedNodes(graph: CitationMultiGraph): SerializedNode[] {
  const nodes: SerializedNode[] = new Array(graph.order);
  let i = 0;
  graph.forEachNode((key, a) => {
    nodes[i++] = { key, attributes: copyDocument(a) };
  });
  return nodes.sort(byKey);
}

function sortedEdges(graph: CitationMultiGraph): SerializedEdge[] {
  const edges: SerializedEdge[] = new Array(graph.size);
  let i = 0;
  graph.forEachEdge((key, a, source, target) => {
    edges[i++] = { key, source, target, attributes: { type: a.type, evidence: a.evidence.slice(), weight: a.weight } };
  });
  return edges.sort(byKey);
}

/**
 * The graph in graphology's serialization format (what `graph.export()` gives), with nodes and
 * edges sorted by key: the same documents give the same JSON text whatever order they were added
 * in. Arrays are copied; evidence records and issuer/jurisdiction objects are shared with the
 * graph (treat them as read-only).
 */
export function exportJSON(graph: CitationMultiGraph): SerializedCitationGraph {
  // The analyses added without a path only where there are any: a graph of files writes what it wrote before.
  const pathless = pathlessPrints(graph);
  const attributes: GraphAttributes = pathless.length ? { warnings: graphWarnings(graph).slice(), pathless } : { warnings: graphWarnings(graph).slice() };
  return { options: { ...OPTIONS }, attributes, nodes: sortedNodes(graph), edges: sortedEdges(graph) };
}

/** The graph's warnings (the graph's own list: do not change it). */
export function graphWarnings(graph: CitationMultiGraph): GraphAttributes["warnings"] {
  const w = graph.getAttribute("warnings");
  return Array.isArray(w) ? w : [];
}

/**
 * The text of `JSON.stringify(exportJSON(graph))`, byte for byte, in pieces (one per node or
 * edge), for graphs whose JSON is too large for one string (V8 caps strings at ~512 M characters)
 * or to stream to a file: `for (const s of exportJSONChunks(g)) out.write(s)`.
 */
export function* exportJSONChunks(graph: CitationMultiGraph): Generator<string, void, undefined> {
  yield `{"options":${JSON.stringify(OPTIONS)},"attributes":{"warnings":[`;
  let first = true;
  for (const w of graphWarnings(graph)) {
    yield (first ? "" : ",") + JSON.stringify(w);
    first = false;
  }
  const pathless = pathlessPrints(graph);
  yield pathless.length ? `],"pathless":${JSON.stringify(pathless)}},"nodes":[` : `]},"nodes":[`;
  first = true;
  // Straight from the graph, uncopied: each node is written at once, and a copy of them all
  // would be the largest thing alive while a big graph is written. Each piece is the text
  // JSON.stringify gives for { key, attributes } (json-text.ts).
  for (const key of sortedNodeKeys(graph)) {
    const text = nodeJSON(key, graph.getNodeAttributes(key));
    yield first ? text : "," + text;
    first = false;
  }
  yield `],"edges":[`;
  first = true;
  for (const key of sortedEdgeKeys(graph)) {
    const text = edgeJSON(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
    yield first ? text : "," + text;
    first = false;
  }
  yield "]}";
}

/**
 * Edge keys in export order: sort()'s own order for strings is compareStrings' (UTF-16 code units),
 * and without a comparator V8 does not call back into JavaScript for each comparison (Session 29).
 */
export function sortedEdgeKeys(graph: CitationMultiGraph): string[] {
  return graph.edges().sort();
}

/** A node or edge as read from any format, before normalisation. */
export interface LooseNode {
  key: string;
  attributes?: Record<string, unknown>;
}
export interface LooseEdge {
  key?: string;
  source: string;
  target: string;
  attributes?: Record<string, unknown>;
}

export function typeOfEdge(e: LooseEdge): string {
  const t = e.attributes?.type;
  if (typeof t === "string") return t;
  const k = e.key ?? "";
  return k.slice(0, Math.max(0, k.indexOf(":")));
}

/**
 * A graph from nodes and edges read back from JSON, GEXF or GraphML: attributes normalised to
 * the canonical form, edge keys recomputed from (type, source, target), duplicate edges merged.
 * Throws on an edge whose type is unknown or whose ends are missing.
 */
export function graphFromParts(nodes: Iterable<LooseNode>, edges: Iterable<LooseEdge>, attributes?: unknown): CitationMultiGraph {
  const graph = createGraph();
  graph.replaceAttributes(normalizeGraphAttributes(attributes));
  for (const n of nodes) addNodePart(graph, n);
  for (const e of edges) addEdgePart(graph, e);
  return graph;
}

/** Adds one node read from a file; throws on a missing key or a node seen twice. */
export function addNodePart(graph: CitationMultiGraph, n: LooseNode): void {
  if (typeof n?.key !== "string") throw new Error("graph import: a node has no string key");
  if (graph.hasNode(n.key)) throw new Error(`graph import: node "${n.key}" appears twice`);
  checkNodeKey(n.key);
  graph.addNode(n.key, normalizeDocumentAttributes(n.key, n.attributes));
}

/** Adds one edge read from a file (its ends must be there already), merging a duplicate's evidence. */
export function addEdgePart(graph: CitationMultiGraph, e: LooseEdge): void {
  const type = typeOfEdge(e);
  if (!isRelationType(type)) throw new Error(`graph import: edge "${e.key}" has unknown relation type "${type}"`);
  for (const end of [e.source, e.target]) {
    if (typeof end !== "string" || !graph.hasNode(end)) {
      throw new Error(`graph import: edge "${e.key}" points at a missing node "${String(end)}"`);
    }
  }
  if (e.source === e.target) return;
  const attrs = normalizeRelationAttributes(type, e.attributes);
  const key = edgeKey(type, e.source, e.target);
  if (graph.hasEdge(key)) {
    const have = graph.getEdgeAttributes(key);
    for (const ev of attrs.evidence) insertSorted(have.evidence, ev, compareEvidence);
    have.weight = have.evidence.length;
  } else {
    graph.addDirectedEdgeWithKey(key, e.source, e.target, attrs);
  }
}

/** Loads what exportJSON wrote (an object or its JSON text). */
export function importJSON(data: unknown): CitationMultiGraph {
  const d = typeof data === "string" ? (JSON.parse(data) as unknown) : data;
  if (!d || typeof d !== "object") throw new Error("graph import: expected a serialized graph object");
  const { nodes, edges, attributes } = d as { nodes?: unknown; edges?: unknown; attributes?: unknown };
  if (!Array.isArray(nodes)) throw new Error("graph import: `nodes` must be an array");
  if (edges !== undefined && !Array.isArray(edges)) throw new Error("graph import: `edges` must be an array");
  return graphFromParts(nodes as LooseNode[], (edges ?? []) as LooseEdge[], attributes);
}
