import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { natives } from "../helpers/v8-natives.js";
import { useDictionaryAdjacency } from "../../src/graph/adjacency.js";
import { addAnalysis, createGraph, type CitationMultiGraph } from "../../src/graph/build.js";
import { exportJSON } from "../../src/graph/export-json.js";
import { mergeUndatedMentions } from "../../src/graph/merge-undated.js";
import { fixtureAnalyses } from "./fixture-analyses.js";

// V8's own test of an object's mode, allowed for the functions compiled after the flag is set.
const { hasFastProperties } = natives();

type NodeRecord = { in: object; out: object };
const recordOf = (g: CitationMultiGraph, id: string) => (g as unknown as { _nodes: Map<string, NodeRecord> })._nodes.get(id)!;

/** A graph as createGraph made it before adjacency.ts: graphology's own node records. */
function plainGraph(): CitationMultiGraph {
  const g = new MultiDirectedGraph({ allowSelfLoops: false }) as CitationMultiGraph;
  g.replaceAttributes(createGraph().getAttributes());
  return g;
}

function built(make: () => CitationMultiGraph): CitationMultiGraph {
  const g = make();
  for (const a of fixtureAnalyses()) addAnalysis(g, a);
  mergeUndatedMentions(g);
  return g;
}

describe("dictionary adjacency", () => {
  it("keeps a node's neighbours in dictionary-mode objects that still inherit Object.prototype", () => {
    const g = createGraph();
    g.addNode("a", {} as never);
    g.addNode("b", {} as never);
    g.addDirectedEdgeWithKey("k", "a", "b", {} as never);
    for (const side of [recordOf(g, "a").out, recordOf(g, "b").in, recordOf(g, "a").in]) {
      expect(hasFastProperties(side)).toBe(false);
      expect(Object.getPrototypeOf(side)).toBe(Object.prototype);
    }
    // graphology's two-argument forms call the objects' own hasOwnProperty.
    expect([g.hasEdge("a", "b"), g.hasDirectedEdge("a", "b"), g.hasDirectedEdge("b", "a")]).toEqual([true, true, false]);
    // Dropping the edges makes the records again through clear(): still dictionaries.
    g.clearEdges();
    expect(hasFastProperties(recordOf(g, "a").out)).toBe(false);
    expect(g.hasEdge("a", "b")).toBe(false);
  });

  it("gives the same graph as graphology's own records: export, neighbours in order, degrees", () => {
    const a = built(createGraph);
    const b = built(plainGraph);
    expect(hasFastProperties(recordOf(b, b.nodes()[0]).in)).toBe(true);
    expect(JSON.stringify(exportJSON(a))).toBe(JSON.stringify(exportJSON(b)));
    expect(a.nodes()).toEqual(b.nodes());
    for (const n of a.nodes()) {
      expect(a.outNeighbors(n)).toEqual(b.outNeighbors(n));
      expect(a.inNeighbors(n)).toEqual(b.inNeighbors(n));
      expect(a.outEdges(n)).toEqual(b.outEdges(n));
      expect(a.inDegree(n)).toBe(b.inDegree(n));
    }
  });

  it("leaves alone a graph whose records are not graphology's, and a graph made twice shares one class", () => {
    const odd = { NodeDataClass: undefined };
    useDictionaryAdjacency(odd);
    expect(odd.NodeDataClass).toBeUndefined();
    const first = (createGraph() as unknown as { NodeDataClass: unknown }).NodeDataClass;
    const g = createGraph();
    useDictionaryAdjacency(g);
    expect((g as unknown as { NodeDataClass: unknown }).NodeDataClass).toBe(first);
  });
});
