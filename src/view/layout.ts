import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { compareStrings } from "../graph/attributes.js";
import type { CitationMultiGraph } from "../graph/build.js";

/** A point per document, in the order of `ids`. */
export interface Layout {
  ids: string[];
  /** x0, y0, x1, y1, ... rounded to hundredths, so the written file is stable and small. */
  xy: number[];
}

/** Same seed, same sequence (mulberry32): the start of the layout must not depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * ForceAtlas2 iterations: enough for a few hundred documents to settle; fewer as the graph grows,
 * since each costs O(n log n) and large graphs are read by zooming into their clusters anyway.
 */
export function iterationsFor(order: number): number {
  return Math.max(40, Math.min(400, Math.round(300_000 / Math.max(1, order))));
}

/**
 * Positions computed before the page is written, so the browser draws at once and the same graph
 * always gives the same file: seeded start, fixed iterations, documents taken in sorted order.
 * The parallel edges of one pair (several relation types) pull as one edge weighted by their count.
 */
export function computeLayout(graph: CitationMultiGraph, options: { seed?: number; iterations?: number } = {}): Layout {
  const ids = graph.nodes().sort(compareStrings);
  const simple = new Graph({ type: "undirected", allowSelfLoops: false });
  const random = seededRandom(options.seed ?? 1);
  // A disc whose area grows with the count: the forces start near their balance.
  const radius = 10 * Math.sqrt(ids.length);
  for (const id of ids) {
    const angle = 2 * Math.PI * random();
    const r = radius * Math.sqrt(random());
    simple.addNode(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  const pairs: [string, string][] = [];
  graph.forEachEdge((_e, _a, source, target) => {
    pairs.push(source < target ? [source, target] : [target, source]);
  });
  pairs.sort((p, q) => compareStrings(p[0], q[0]) || compareStrings(p[1], q[1]));
  for (const [a, b] of pairs) {
    if (a === b) continue;
    simple.updateEdge(a, b, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + 1 }));
  }
  if (simple.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(simple), gravity: 1, barnesHutOptimize: ids.length > 2000 };
    forceAtlas2.assign(simple, { iterations: options.iterations ?? iterationsFor(ids.length), settings, getEdgeWeight: "weight" });
  }
  const xy: number[] = [];
  for (const id of ids) {
    const { x, y } = simple.getNodeAttributes(id) as { x: number; y: number };
    xy.push(round(x), round(y));
  }
  return { ids, xy };
}

function round(v: number): number {
  // -0 and NaN would print as 0 and null: normalise them so JSON stays the same on every run.
  const r = Math.round(v * 100) / 100;
  return Number.isFinite(r) && r !== 0 ? r : 0;
}
