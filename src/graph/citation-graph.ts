import type { DocumentAttributes, GraphWarning, RelationAttributes } from "./attributes.js";
import { addAnalysis, addGraph, createGraph, edgeKey, type CitationMultiGraph, type GraphInput } from "./build.js";
import { exportGEXF, exportGEXFChunks, importFlatGraph, importGEXF, type FlatGraphSource } from "./export-gexf.js";
import { exportGraphML, exportGraphMLChunks } from "./export-graphml.js";
import { exportJSON, exportJSONChunks, graphWarnings, importJSON, type SerializedCitationGraph } from "./export-json.js";
import { importJSONChunks } from "./import-json-chunks.js";
import { mergeUndatedMentions } from "./merge-undated.js";
import {
  amendmentsOf,
  citedBy,
  cites,
  implementersOf,
  instrumentsOf,
  possiblyCitedBy,
  type ChainHit,
  type ChainOptions,
  type InstrumentsOptions,
  type NeighborHit,
  type PossibleHit,
} from "./queries.js";
import { resolve, resolveOne, type ResolveResult } from "./resolve.js";

/**
 * The citation graph of a set of analysed files: a graphology MultiDirectedGraph (`graph`) with a
 * node per document id and an edge per (relation type, from, to), plus the queries users ask.
 *
 * Queries take a reference (an id, a path, or citation text, see `resolve`) and throw a
 * `ResolveError` (with `code` "not-found" or "ambiguous" and the sorted `candidates`) unless it
 * names exactly one document.
 */
export class CitationGraph {
  readonly graph: CitationMultiGraph;

  constructor(graph: CitationMultiGraph = createGraph()) {
    this.graph = graph;
  }

  /** A graph of these analyses; the same analyses in any order give byte-identical toJSON(). */
  static from(analyses: Iterable<GraphInput>): CitationGraph {
    const g = new CitationGraph();
    for (const a of analyses) g.add(a);
    g.mergeUndatedMentions();
    return g;
  }

  /**
   * Settles the mentions without a year once all files are added (`from` and `vncite graph` call it):
   * a law, the Constitution or another document named without its year ("law:dat-dai@?",
   * "constitution:hien-phap@?") is merged into the one dated document of that name
   * (an `undated-merged` warning), unless a citing document is older; a numbered mention without its
   * year ("15/CT-TTg@?") is never merged, a number alone proving nothing: it stays its own node and
   * an `undated-candidate` warning names the one dated document of its number it may be (its citers
   * are that document's `possiblyCitedBy`). Several candidates: `ambiguous-mention`. Returns the ids
   * merged away, sorted.
   */
  mergeUndatedMentions(): string[] {
    return mergeUndatedMentions(this.graph);
  }

  /** Loads what toJSON() wrote (the object or its JSON text). */
  static fromJSON(data: SerializedCitationGraph | string | unknown): CitationGraph {
    return new CitationGraph(importJSON(data));
  }

  /** Loads graph JSON given in pieces (a file read chunk by chunk): never the whole text at once. */
  static fromJSONChunks(chunks: Iterable<string>): CitationGraph {
    return new CitationGraph(importJSONChunks(chunks));
  }

  /** Loads what toGEXF() wrote. */
  static fromGEXF(xml: string): CitationGraph {
    return new CitationGraph(importGEXF(xml));
  }

  /**
   * Wraps a graph read by a graphology parser from toGEXF()/toGraphML() output (flat attributes,
   * JSON text decoded here), e.g. `CitationGraph.fromFlatGraph(graphml.parse(MultiDirectedGraph, xml))`.
   */
  static fromFlatGraph(graph: FlatGraphSource): CitationGraph {
    return new CitationGraph(importFlatGraph(graph));
  }

  /**
   * Adds one analysed file. Throws if the same file (path and document) was added before, or, for an
   * analysis without a path, if the same analysis (document, citations and their places, relations) was.
   */
  add(analysis: GraphInput): this {
    addAnalysis(this.graph, analysis);
    return this;
  }

  /**
   * What the analysed files warned of (with their file) and what the graph itself warns of (`file`
   * null: `date-conflict`, `ambiguous-mention`, `undated-candidate`, `undated-merged`,
   * `possible-twin`), sorted. Read-only.
   */
  get warnings(): readonly GraphWarning[] {
    return graphWarnings(this.graph);
  }

  /**
   * Merges another graph into this one, node by node as files merge (facts, files, citation
   * counts) and edge by edge (evidence); throws, changing nothing, when both hold the same file.
   * Run mergeUndatedMentions() once every graph is in, as after add().
   */
  addGraph(other: CitationGraph): this {
    addGraph(this.graph, other.graph);
    return this;
  }

  /** Number of documents. */
  get order(): number {
    return this.graph.order;
  }

  /** Number of relation edges. */
  get size(): number {
    return this.graph.size;
  }

  hasDocument(id: string): boolean {
    return this.graph.hasNode(id);
  }

  /** Attributes of a document by exact id, or undefined. */
  document(id: string): DocumentAttributes | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
  }

  /** Attributes of the edge of `type` from `from` to `to`, or undefined. */
  relation(type: RelationAttributes["type"], from: string, to: string): RelationAttributes | undefined {
    const key = edgeKey(type, from, to);
    return this.graph.hasEdge(key) ? this.graph.getEdgeAttributes(key) : undefined;
  }

  /**
   * Every document a reference names (never throws). A reference without a year ("Chỉ thị
   * 15/CT-TTg") names the dated document, not the undated mention kept apart beside it
   * ("15/CT-TTg@?"), which is named by its id. A reference with a year ("năm 2021", "@2021", a
   * date) names the documents of that year only, never a mention whose year is unknown: with none of
   * that year it names nothing (its possible citers: possiblyCitedBy).
   */
  resolve(ref: string): ResolveResult {
    return resolve(this.graph, ref);
  }

  /** The one document a reference names; throws ResolveError. */
  resolveOne(ref: string): string {
    return resolveOne(this.graph, ref);
  }

  implementersOf(ref: string, options?: ChainOptions | null): ChainHit[] {
    return implementersOf(this.graph, ref, options);
  }

  amendmentsOf(ref: string, options?: ChainOptions | null): ChainHit[] {
    return amendmentsOf(this.graph, ref, options);
  }

  instrumentsOf(ref: string, options?: InstrumentsOptions | null): ChainHit[] {
    return instrumentsOf(this.graph, ref, options);
  }

  /** The documents with an edge to `ref` (any relation, one step): proven citers only (see possiblyCitedBy). */
  citedBy(ref: string): NeighborHit[] {
    return citedBy(this.graph, ref);
  }

  /**
   * The documents that may cite `ref` but are not proven to: those citing a mention of it without
   * its year ("Chỉ thị 15/CT-TTg" for 15/CT-TTg@2020), kept apart from it. Each is `possible: true`
   * with `via`, the undated node; none is among citedBy's, none was issued in a year before `ref`,
   * and there are none when the mention's Party term rules `ref` out. A reference naming a year no
   * document of its number has ("Chỉ thị 15/CT-TTg năm 2021" beside 15/CT-TTg@2020 and 15/CT-TTg@?)
   * names nothing, yet gets the undated mention's citers, as for a document of that year. Sorted by
   * id; throws ResolveError otherwise.
   */
  possiblyCitedBy(ref: string): PossibleHit[] {
    return possiblyCitedBy(this.graph, ref);
  }

  cites(ref: string): NeighborHit[] {
    return cites(this.graph, ref);
  }

  toJSON(): SerializedCitationGraph {
    return exportJSON(this.graph);
  }

  /** The text of JSON.stringify(toJSON()) in pieces, for very large graphs or streaming to a file. */
  toJSONChunks(): Generator<string, void, undefined> {
    return exportJSONChunks(this.graph);
  }

  toGEXF(): string {
    return exportGEXF(this.graph);
  }

  /** toGEXF() in pieces, one per node or edge. */
  toGEXFChunks(): Generator<string, void, undefined> {
    return exportGEXFChunks(this.graph);
  }

  toGraphML(): string {
    return exportGraphML(this.graph);
  }

  /** toGraphML() in pieces, one per node or edge. */
  toGraphMLChunks(): Generator<string, void, undefined> {
    return exportGraphMLChunks(this.graph);
  }
}
