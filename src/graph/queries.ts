import type { CitationMultiGraph } from "./build.js";
import {
  AMENDING_RELATIONS,
  IMPLEMENTING_RELATIONS,
  implementersOfId,
  neighbors,
  readChainOptions,
  walk,
  type ChainHit,
  type ChainOptions,
  type InstrumentsOptions,
  type NeighborHit,
} from "./chains.js";
import { possibleCitersOfId, possibleCitersOfYear, type PossibleHit } from "./possible.js";
import { ResolveError, resolveOne, undatedMentionFor } from "./resolve.js";

export type { PossibleHit } from "./possible.js";
export { AMENDING_RELATIONS, IMPLEMENTING_RELATIONS, readChainOptions, type ChainHit, type ChainOptions, type InstrumentsOptions, type NeighborHit } from "./chains.js";

/**
 * The documents that carry out `ref` (by default `implements` and `based_on` edges pointing at it);
 * with `transitive`, also those carrying out those, and so on. Sorted by distance, then id.
 * Throws ResolveError when `ref` names no document or several.
 */
export function implementersOf(graph: CitationMultiGraph, ref: string, options?: ChainOptions | null): ChainHit[] {
  readChainOptions(options, { relations: IMPLEMENTING_RELATIONS, transitive: false }); // a bad option is told before the reference is resolved
  return implementersOfId(graph, resolveOne(graph, ref), options);
}

/**
 * The documents that amend, replace or repeal `ref`, and (transitive by default) those that amend,
 * replace or repeal them. Sorted by distance, then id. Throws ResolveError.
 */
export function amendmentsOf(graph: CitationMultiGraph, ref: string, options?: ChainOptions | null): ChainHit[] {
  const { relations, transitive } = readChainOptions(options, { relations: AMENDING_RELATIONS, transitive: true });
  return walk(graph, resolveOne(graph, ref), "in", relations, transitive);
}

/**
 * What a plan carries out: the documents it implements or is based on, and (transitive by default)
 * what those carry out, climbing until central-level documents (not climbing past them unless
 * `stopAtCentral: false`). Sorted by distance, then id. Throws ResolveError.
 */
export function instrumentsOf(graph: CitationMultiGraph, ref: string, options?: InstrumentsOptions | null): ChainHit[] {
  const { relations, transitive, stopAtCentral } = readChainOptions(options, { relations: IMPLEMENTING_RELATIONS, transitive: true });
  return walk(
    graph,
    resolveOne(graph, ref),
    "out",
    relations,
    transitive,
    stopAtCentral ? (n) => graph.getNodeAttribute(n, "level") !== "central" : undefined,
  );
}

/** Every document with an edge to `ref` (any relation), sorted by id: proven citers only (possible ones: possiblyCitedBy). Throws ResolveError. */
export function citedBy(graph: CitationMultiGraph, ref: string): NeighborHit[] {
  return neighbors(graph, resolveOne(graph, ref), "in");
}

/**
 * The documents that may cite `ref` but are not proven to: those citing an undated mention of it
 * ("Chỉ thị 15/CT-TTg" for 15/CT-TTg@2020) that mergeUndatedMentions keeps apart, a number without
 * its year proving nothing (see possible.ts). Each is marked `possible: true` with the undated node
 * it cites (`via`); none is among citedBy's. A reference naming a year no document of its number
 * has ("Chỉ thị 15/CT-TTg năm 2021" beside 15/CT-TTg@2020 and 15/CT-TTg@?) names nothing, yet its
 * possible citers are the undated mention's, as for a document of that year. Sorted by id. Throws
 * ResolveError otherwise.
 */
export function possiblyCitedBy(graph: CitationMultiGraph, ref: string): PossibleHit[] {
  let id: string;
  try {
    id = resolveOne(graph, ref);
  } catch (error) {
    // A year no document of the number has ("Chỉ thị 15/CT-TTg năm 2021"), its mention without a year
    // there: the reference names nothing, but who cites that mention may cite it.
    const mention = error instanceof ResolveError && error.code === "not-found" ? undatedMentionFor(graph, ref) : null;
    if (mention === null) throw error;
    return possibleCitersOfYear(graph, mention.via, mention.year);
  }
  return possibleCitersOfId(graph, id);
}

/** Every document `ref` has an edge to (any relation), sorted by id. Throws ResolveError. */
export function cites(graph: CitationMultiGraph, ref: string): NeighborHit[] {
  return neighbors(graph, resolveOne(graph, ref), "out");
}
