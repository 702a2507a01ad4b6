/// <reference lib="dom" />
import type { CitationMultiGraph } from "../../graph/build.js";
import type { RelationType } from "../../types.js";
import { facetsOf, type Facets } from "./facets.js";
import type { PossibleFocus } from "./highlight.js";

export interface Filters {
  relations: Set<RelationType>;
  kinds: Set<string>;
  provinces: Set<string>;
  yearFrom: number | null;
  yearTo: number | null;
  undated: boolean;
}

/** Documents above which a graph is drawn sparingly (fewer labels and edges, plain lines). */
export const LARGE = 2000;

/**
 * The relation types the filters show at first. Above LARGE documents, plain references (most
 * edges, the least telling) start hidden: the relations that say who carries out what stay
 * readable, and software WebGL stays quick.
 */
function initialRelations(order: number, types: Iterable<RelationType>): Set<RelationType> {
  const relations = new Set(types);
  if (order > LARGE && relations.size > 1) relations.delete("references");
  return relations;
}

/** Relations by type. */
function relationCounts(graph: CitationMultiGraph): Map<RelationType, number> {
  const counts = new Map<RelationType, number>();
  graph.forEachEdge((_e, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  return counts;
}

/** Everything the drawing depends on; whoever changes it calls `changed()`. */
export class ViewState {
  readonly facets: Map<string, Facets>;
  readonly filters: Filters;
  /** Documents the filters hide. */
  hidden = new Set<string>();
  selected: string | null = null;
  /** When set, only these documents and relations are drawn in colour (a selection, a chain). */
  focusNodes: Set<string> | null = null;
  focusEdges: Set<string> | null = null;
  /**
   * Drawn with the focus, apart from it (palette's possibleEdgeStyle): possible citers, the
   * mentions without their year they go through, and their relations to those mentions.
   */
  possibleNodes: Set<string> | null = null;
  possibleEdges: Set<string> | null = null;
  /** Undated mention, the selected document it may be: drawn dashed (possible-links.ts). */
  possibleLinks: PossibleFocus["links"] | null = null;
  private listeners: (() => void)[] = [];

  /**
   * `counts`: the relations of each type the page has, which the graph itself may not hold yet
   * (page-graph.ts); by default, the graph's. `facets`: each document's, when the page carries
   * them (payload.ts); by default, worked out here.
   */
  constructor(
    readonly graph: CitationMultiGraph,
    readonly counts: ReadonlyMap<RelationType, number> = relationCounts(graph),
    facets?: Map<string, Facets>,
  ) {
    if (facets) this.facets = facets;
    else {
      this.facets = new Map();
      graph.forEachNode((id, a) => this.facets.set(id, facetsOf(id, a)));
    }
    const kinds = new Set<string>();
    const provinces = new Set<string>();
    for (const f of this.facets.values()) {
      kinds.add(f.kind);
      provinces.add(f.province);
    }
    this.filters = { relations: initialRelations(graph.order, counts.keys()), kinds, provinces, yearFrom: null, yearTo: null, undated: true };
    this.recompute();
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    this.recompute();
    for (const listener of this.listeners) listener();
  }

  /** The documents the filters hide. */
  private recompute(): void {
    this.hidden = new Set();
    const f = this.filters;
    for (const [id, facet] of this.facets) {
      const yearOk =
        facet.year === null ? f.undated : (f.yearFrom === null || facet.year >= f.yearFrom) && (f.yearTo === null || facet.year <= f.yearTo);
      if (!yearOk || !f.kinds.has(facet.kind) || !f.provinces.has(facet.province)) this.hidden.add(id);
    }
  }

  /** Whether the filters show a relation; its type, when the caller has it, spares a lookup. */
  edgeShown(edge: string, type: RelationType = this.graph.getEdgeAttribute(edge, "type")): boolean {
    if (!this.filters.relations.has(type)) return false;
    // Most of the time no document is hidden: then a relation's ends need not be looked up.
    if (this.hidden.size === 0) return true;
    const [source, target] = this.graph.extremities(edge);
    return !this.hidden.has(source) && !this.hidden.has(target);
  }

  relationShown(type: RelationType, source: string, target: string): boolean {
    return this.filters.relations.has(type) && !this.hidden.has(source) && !this.hidden.has(target);
  }

  /**
   * Highlights `nodes` (and `edges`), dimming the rest; null clears. `possible`: what identity
   * cannot prove, highlighted too but drawn apart (possible citers, through their undated mentions).
   */
  focus(nodes: Set<string> | null, edges: Set<string> | null, possible: PossibleFocus | null = null): void {
    this.focusNodes = nodes;
    this.focusEdges = edges;
    this.possibleNodes = nodes && possible ? possible.nodes : null;
    this.possibleEdges = nodes && possible ? possible.edges : null;
    this.possibleLinks = nodes && possible ? possible.links : null;
    for (const listener of this.listeners) listener();
  }
}

/** The document and its neighbours, with the relations between it and them. */
export function neighbourhoodOf(graph: CitationMultiGraph, id: string): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([id]);
  const edges = new Set<string>();
  graph.forEachEdge(id, (edge, _a, source, target) => {
    edges.add(edge);
    nodes.add(source === id ? target : source);
  });
  return { nodes, edges };
}
