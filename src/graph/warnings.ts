import { compareWarnings, type GraphAttributes, type GraphWarning } from "./attributes.js";
import type { CitationMultiGraph } from "./build.js";

/**
 * The graph's warnings are sorted and free of duplicates whenever they are read, but sorted in
 * when read, not as each is added: a corpus of 10,000 plans raises some 58,000 (every pair of
 * dates one id is mentioned with), and inserting each into the sorted list moved half the list
 * each time, half of the CPU of building that graph.
 */
const PENDING = Symbol("warnings not yet sorted in");

interface SortingAttributes extends GraphAttributes {
  [PENDING]: GraphWarning[];
}

/**
 * Graph attributes whose `warnings` getter sorts the pending warnings in: graphology hands out
 * this object (getAttributes, getAttribute, export), so every reader sees the sorted list.
 */
export function graphAttributes(warnings: GraphWarning[] = [], others: object = {}): GraphAttributes {
  let sorted = warnings;
  const attributes = { ...others } as SortingAttributes;
  delete (attributes as Partial<GraphAttributes>).warnings;
  Object.defineProperty(attributes, PENDING, { value: [], writable: true, enumerable: false });
  Object.defineProperty(attributes, "warnings", {
    enumerable: true,
    configurable: true,
    get(): GraphWarning[] {
      const pending = attributes[PENDING];
      if (pending.length > 0) {
        attributes[PENDING] = [];
        mergeInto(sorted, pending.sort(compareWarnings));
      }
      return sorted;
    },
    set(value: GraphWarning[]) {
      sorted = value;
      attributes[PENDING] = [];
    },
  });
  return attributes;
}

/** Adds a warning to the graph's attributes (once, in order, as seen by the next reader). */
export function addGraphWarning(graph: CitationMultiGraph, w: GraphWarning): void {
  let attributes = graph.getAttributes() as Partial<SortingAttributes>;
  if (!(PENDING in attributes)) {
    // Attributes set from outside (an imported file's): take their list over.
    const list = Array.isArray(attributes.warnings) ? attributes.warnings : [];
    graph.replaceAttributes(graphAttributes(list, attributes));
    attributes = graph.getAttributes() as SortingAttributes;
  }
  attributes[PENDING]!.push(w);
}

/** Merges sorted `b` into sorted `a`, in place (the graph's list stays the same array); equal items once. */
function mergeInto(a: GraphWarning[], b: GraphWarning[]): void {
  const out: GraphWarning[] = [];
  let i = 0;
  let j = 0;
  let last: GraphWarning | undefined;
  const take = (w: GraphWarning) => {
    if (last === undefined || compareWarnings(last, w) !== 0) out.push((last = w));
  };
  while (i < a.length && j < b.length) take(compareWarnings(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) take(a[i++]);
  while (j < b.length) take(b[j++]);
  a.length = out.length;
  for (let k = 0; k < out.length; k++) a[k] = out[k];
}
