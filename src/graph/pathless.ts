import { compareStrings, type CitationMultiGraph } from "./attributes.js";

/**
 * The analyses added without a path, per graph (addAnalysis), as hashes of their fingerprints: a
 * set while the graph is built, seeded from the graph's own list when it was loaded from JSON
 * (GraphAttributes.pathless), written back there as a sorted list when it is saved (pathlessPrints).
 */
const pathlessSeen = new WeakMap<CitationMultiGraph, Set<string>>();

export function pathlessOf(graph: CitationMultiGraph): Set<string> {
  let seen = pathlessSeen.get(graph);
  if (seen === undefined) {
    const saved = graph.getAttribute("pathless");
    seen = new Set(Array.isArray(saved) ? saved : []);
    pathlessSeen.set(graph, seen);
  }
  return seen;
}

/** The analyses added to `graph` without a path, sorted (GraphAttributes.pathless): none for a graph of files. */
export function pathlessPrints(graph: CitationMultiGraph): string[] {
  const seen = pathlessSeen.get(graph);
  if (seen !== undefined) return [...seen].sort(compareStrings);
  const saved = graph.getAttribute("pathless");
  return Array.isArray(saved) ? saved.slice() : [];
}
