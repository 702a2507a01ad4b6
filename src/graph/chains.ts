import type { RelationType } from "../types.js";
import { RELATION_TYPES, compareStrings } from "./attributes.js";
import type { CitationMultiGraph } from "./build.js";

/*
 * The chain queries on documents already named by their ids. queries.ts resolves a reference
 * first (with the extract stage); the view's page answers "who carries this out" for the document
 * selected, and imports this module alone, so that the extract stage is set up only when the
 * page's search needs it (view/browser/resolver.ts).
 */

/** One answer of a chain query. */
export interface ChainHit {
  /** The document found. */
  id: string;
  /**
   * Ids along the edges' direction, both ends included: for implementersOf and amendmentsOf from
   * the hit down to the queried document, for instrumentsOf from the queried plan up to the hit.
   */
  path: string[];
  /** Type of the first edge of `path` (the hit's own relation for implementersOf/amendmentsOf). */
  relation: RelationType;
}

/** A neighbour and every relation type between it and the queried document, in RELATION_TYPES order. */
export interface NeighborHit {
  id: string;
  relations: RelationType[];
}

export interface ChainOptions {
  /** Follow chains (plans implementing plans implementing the ref). */
  transitive?: boolean;
  /** Relation types to follow; the first listed wins when two link the same pair. */
  relations?: readonly RelationType[];
}

export interface InstrumentsOptions extends ChainOptions {
  /** Do not climb past central-level documents (default true). */
  stopAtCentral?: boolean;
}

/**
 * A query's options as given by JavaScript callers too: null or undefined mean the defaults; a value
 * of the wrong shape is a TypeError naming the option, not a crash deep in the walk. (Bad options are
 * a programming error, unlike a reference that names no document, which is a ResolveError.)
 */
export function readChainOptions(
  given: InstrumentsOptions | null | undefined,
  defaults: { relations: readonly RelationType[]; transitive: boolean },
): { relations: readonly RelationType[]; transitive: boolean; stopAtCentral: boolean } {
  if (given === null || given === undefined) return { ...defaults, stopAtCentral: true };
  if (typeof given !== "object") throw new TypeError(`query options must be an object, not ${typeof given}`);
  const { relations = defaults.relations, transitive = defaults.transitive, stopAtCentral = true } = given;
  if (!Array.isArray(relations)) throw new TypeError("options.relations must be an array of relation types");
  const unknown = relations.filter((r) => !(RELATION_TYPES as readonly unknown[]).includes(r));
  if (unknown.length > 0) {
    throw new TypeError(`options.relations: unknown relation type ${unknown.map((r) => JSON.stringify(r)).join(", ")}; known: ${RELATION_TYPES.join(", ")}`);
  }
  if (typeof transitive !== "boolean") throw new TypeError("options.transitive must be true or false");
  if (typeof stopAtCentral !== "boolean") throw new TypeError("options.stopAtCentral must be true or false");
  return { relations, transitive, stopAtCentral };
}

export const IMPLEMENTING_RELATIONS: readonly RelationType[] = Object.freeze(["implements", "based_on"]);
export const AMENDING_RELATIONS: readonly RelationType[] = Object.freeze(["amends", "replaces", "repeals"]);

/**
 * Breadth-first walk from `start` against (direction "in") or along ("out") edges of the given
 * types. Each document is reported once, with a shortest path; ties go to the path through the
 * smaller ids. Cycles are safe: a document already reached is never reached again.
 */
export function walk(
  graph: CitationMultiGraph,
  start: string,
  direction: "in" | "out",
  relations: readonly RelationType[],
  transitive: boolean,
  expand: (id: string) => boolean = () => true,
): ChainHit[] {
  const rank = new Map<RelationType, number>();
  relations.forEach((r, i) => {
    if (!rank.has(r)) rank.set(r, i);
  });
  const seen = new Set<string>([start]);
  const paths = new Map<string, string[]>([[start, [start]]]);
  const hits: ChainHit[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const current of frontier) {
      if (current !== start && !expand(current)) continue;
      // Best relation per neighbour of `current`.
      const best = new Map<string, RelationType>();
      const visit = (_e: string, a: { type: RelationType }, source: string, target: string) => {
        const r = rank.get(a.type);
        if (r === undefined) return;
        const other = direction === "in" ? source : target;
        if (seen.has(other)) return;
        const had = best.get(other);
        if (had === undefined || r < rank.get(had)!) best.set(other, a.type);
      };
      if (direction === "in") graph.forEachInEdge(current, visit);
      else graph.forEachOutEdge(current, visit);
      const here = paths.get(current)!;
      for (const other of [...best.keys()].sort(compareStrings)) {
        seen.add(other);
        const path = direction === "in" ? [other, ...here] : [...here, other];
        paths.set(other, path);
        hits.push({ id: other, path, relation: best.get(other)! });
        next.push(other);
      }
    }
    if (!transitive) break;
    frontier = next.sort(compareStrings);
  }
  return hits.sort((a, b) => a.path.length - b.path.length || compareStrings(a.id, b.id));
}

/** implementersOf for a document's id (see queries.ts). */
export function implementersOfId(graph: CitationMultiGraph, id: string, options?: ChainOptions | null): ChainHit[] {
  const { relations, transitive } = readChainOptions(options, { relations: IMPLEMENTING_RELATIONS, transitive: false });
  return walk(graph, id, "in", relations, transitive);
}

export function neighbors(graph: CitationMultiGraph, id: string, direction: "in" | "out"): NeighborHit[] {
  const found = new Map<string, Set<RelationType>>();
  const visit = (_e: string, a: { type: RelationType }, source: string, target: string) => {
    const other = direction === "in" ? source : target;
    let set = found.get(other);
    if (!set) found.set(other, (set = new Set()));
    set.add(a.type);
  };
  if (direction === "in") graph.forEachInEdge(id, visit);
  else graph.forEachOutEdge(id, visit);
  return [...found.keys()].sort(compareStrings).map((other) => ({
    id: other,
    relations: RELATION_TYPES.filter((r) => found.get(other)!.has(r)),
  }));
}
