/// <reference lib="dom" />
import type { DocumentAttributes, RelationAttributes } from "../../graph/attributes.js";
import { createGraph, edgeKey, type CitationMultiGraph } from "../../graph/build.js";
import type { RelationType } from "../../types.js";
import type { CompactGraph } from "../payload.js";

/** A relation as the side panel lists it: its key, the document at its other end, its attributes. */
export type Relation = [key: string, other: string, attributes: RelationAttributes];

/**
 * The page's graph, built from the payload a part at a time: every document at once, then the
 * relations of the types the filters show (loadType). The relations of a type the filters start
 * hidden (`references` on a large graph: most of its edges) join the graph when the filters show
 * their type, or, a document's own, when it is selected. Until then neither graphology nor sigma
 * spends anything on them; the queries the page runs (who carries this out) follow other types.
 */
export class PageGraph {
  readonly graph: CitationMultiGraph = createGraph();
  /** Relations in the payload, by type. */
  readonly counts = new Map<RelationType, number>();
  private readonly added: Uint8Array;
  private readonly loadedTypes = new Set<number>();
  /** For each document, the relations it is an end of (built at the first selection). */
  private incident: { start: Uint32Array; list: Uint32Array } | null = null;

  /**
   * `nodes`: the documents' attributes (nodesOf(c.nodes)), which the page gives their positions.
   */
  constructor(
    private readonly c: Omit<CompactGraph, "evidence">,
    nodes: DocumentAttributes[],
    private readonly relation: (type: RelationType, i: number) => RelationAttributes,
  ) {
    if (c.attributes) this.graph.replaceAttributes(c.attributes);
    for (let i = 0; i < c.ids.length; i++) this.graph.addNode(c.ids[i], nodes[i]);
    const n = c.edges.length / 3;
    this.added = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const type = c.types[c.edges[3 * i + 2]];
      this.counts.set(type, (this.counts.get(type) ?? 0) + 1);
    }
  }

  /** Every relation of `type`; false when they were all there already. */
  loadType(type: RelationType): boolean {
    const t = this.c.types.indexOf(type);
    if (t < 0 || this.loadedTypes.has(t)) return false;
    this.loadedTypes.add(t);
    const { edges } = this.c;
    for (let i = 0; i < this.added.length; i++) if (edges[3 * i + 2] === t) this.add(i);
    return true;
  }

  /** Every relation of document `id`, whatever its type. */
  loadDocument(id: string): void {
    if (this.loadedTypes.size === this.c.types.length) return;
    const index = (this.incident ??= this.incidence());
    const at = this.c.ids.indexOf(id);
    if (at < 0) return;
    for (let k = index.start[at]; k < index.start[at + 1]; k++) this.add(index.list[k]);
  }

  /**
   * Every relation of document `id` in the page, whether the graph holds it yet or not, as
   * [key, other document, attributes], outgoing and incoming. The side panel lists them without
   * adding them to the graph: an addition makes sigma draw a frame, which software WebGL pays a
   * large share of a second for, and the relations a filter hides would not show in it anyway.
   */
  relationsOf(id: string): { out: Relation[]; into: Relation[] } {
    const out: Relation[] = [];
    const into: Relation[] = [];
    const at = this.c.ids.indexOf(id);
    if (at < 0) return { out, into };
    const index = (this.incident ??= this.incidence());
    const { ids, edges, types } = this.c;
    for (let k = index.start[at]; k < index.start[at + 1]; k++) {
      const i = index.list[k];
      const source = ids[edges[3 * i]];
      const target = ids[edges[3 * i + 1]];
      const type = types[edges[3 * i + 2]];
      const key = edgeKey(type, source, target);
      const attributes = this.added[i] ? this.graph.getEdgeAttributes(key) : this.relation(type, i);
      // No relation joins a document to itself (graph/build.ts drops them).
      if (source === id) out.push([key, target, attributes]);
      else into.push([key, source, attributes]);
    }
    return { out, into };
  }

  private add(i: number): void {
    if (this.added[i]) return;
    this.added[i] = 1;
    const { ids, edges, types } = this.c;
    const source = ids[edges[3 * i]];
    const target = ids[edges[3 * i + 1]];
    const type = types[edges[3 * i + 2]];
    this.graph.addDirectedEdgeWithKey(edgeKey(type, source, target), source, target, this.relation(type, i));
  }

  private incidence(): { start: Uint32Array; list: Uint32Array } {
    const { ids, edges } = this.c;
    const n = this.added.length;
    const start = new Uint32Array(ids.length + 1);
    for (let i = 0; i < n; i++) {
      start[edges[3 * i] + 1]++;
      start[edges[3 * i + 1] + 1]++;
    }
    for (let d = 0; d < ids.length; d++) start[d + 1] += start[d];
    const fill = start.slice(0, ids.length);
    const list = new Uint32Array(2 * n);
    for (let i = 0; i < n; i++) {
      list[fill[edges[3 * i]]++] = i;
      list[fill[edges[3 * i + 1]]++] = i;
    }
    return { start, list };
  }
}
