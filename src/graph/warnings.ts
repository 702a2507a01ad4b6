import { compareWarnings, type CitationMultiGraph, type GraphAttributes, type GraphWarning } from "./attributes.js";

/**
 * The graph's warnings are sorted and free of duplicates whenever they are read, but sorted in
 * when read, not as each is added: a corpus of 10,000 plans raises some 58,000 (every pair of
 * dates one id is mentioned with), and inserting each into the sorted list moved half the list
 * each time, half of the CPU of building that graph.
 */
const PENDING = Symbol("warnings not yet sorted in");

interface SortingAttributes extends GraphAttributes {
  [PENDING]: (GraphWarning | DateConflict)[];
}

/**
 * One id mentioned with two dates, kept as its three strings (shared with the graph) until the
 * list is read: the warning's message is some 250 bytes of its own, and 10,000 plans raise
 * 58,000 of them while their graph is built, when memory is at its peak.
 */
class DateConflict {
  constructor(
    readonly id: string,
    readonly a: string,
    readonly b: string,
  ) {}

  warning(): GraphWarning {
    // Joined, not concatenated: `+` would keep a tree of seven pieces per message.
    const message = [this.id, " is mentioned with two dates, ", this.a, " and ", this.b, ": two documents may share this id"].join("");
    return { file: null, code: "date-conflict", message, start: null, end: null };
  }
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
        const warnings = pending.map((w) => (w instanceof DateConflict ? w.warning() : w));
        mergeInto(sorted, warnings.sort(compareWarnings));
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

/** Warns that `id` is mentioned with the dates a and b (a < b): two documents may share it. */
export function addDateConflict(graph: CitationMultiGraph, id: string, a: string, b: string): void {
  addGraphWarning(graph, new DateConflict(id, a, b));
}

/** Adds a warning to the graph's attributes (once, in order, as seen by the next reader). */
export function addGraphWarning(graph: CitationMultiGraph, w: GraphWarning | DateConflict): void {
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
