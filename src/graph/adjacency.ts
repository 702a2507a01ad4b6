/**
 * graphology (0.26) keeps each node's neighbours in two plain objects, `in` and `out`, keyed by
 * the neighbour's id. Made as `{}`, such an object starts in V8's fast mode, where every new key
 * makes a new hidden class (a map and its descriptors) for that object alone: no two nodes share
 * their neighbours' ids, so every edge of the graph made two maps that only that node ever used,
 * and a node cited by many files copied its descriptors again at each new citer until V8 gave up
 * and made the object a dictionary. Over /tmp/p2k's 2,000 plans that was most of graphology's
 * `attachMulti` (11 % of the graph's build on the main thread) and much of its garbage
 * (bench/README.md, Session 46).
 *
 * Here a graph's node records are made with both objects in dictionary mode from the start: an
 * ordinary object (Object.prototype, so `hasOwnProperty` and `in` answer as before) made from a
 * null-prototype one, which V8 creates as a dictionary and keeps so. Keys, their order (insertion
 * order, as for any object) and every answer of the graph stay the same; only the cost changes.
 * Where graphology's records are not as expected (another version), the graph is left as it is.
 */

type NodeRecord = { in?: unknown; out?: unknown; clear(): void };
type NodeRecordClass = new (key: string, attributes: unknown) => NodeRecord;

/** An empty object in dictionary mode, with Object.prototype. */
function dictionary(): object {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as object;
}

/** One subclass per graphology record class, so every graph's records share their hidden classes. */
const subclasses = new WeakMap<NodeRecordClass, NodeRecordClass>();

function withDictionaries(Base: NodeRecordClass): NodeRecordClass {
  let Sub = subclasses.get(Base);
  if (Sub === undefined) {
    // graphology calls clear() from the record's constructor and when a graph drops its edges.
    Sub = class extends Base {
      override clear(): void {
        super.clear();
        if (typeof this.in === "object") this.in = dictionary();
        if (typeof this.out === "object") this.out = dictionary();
      }
    };
    subclasses.set(Base, Sub);
    subclasses.set(Sub, Sub);
  }
  return Sub;
}

/** Makes the graph's future node records keep their neighbours in dictionaries; call it on an empty graph. */
export function useDictionaryAdjacency(graph: object): void {
  const g = graph as { NodeDataClass?: unknown };
  const Base = g.NodeDataClass;
  if (typeof Base !== "function" || typeof (Base.prototype as Partial<NodeRecord> | undefined)?.clear !== "function") return;
  g.NodeDataClass = withDictionaries(Base as NodeRecordClass);
}
