import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/citation-graph.js";
import { neighbourhood } from "../../src/view/neighbourhood.js";
import { fixtureAnalyses } from "../graph/fixture-analyses.js";

describe("neighbourhood", () => {
  const graph = CitationGraph.from(fixtureAnalyses());
  const center = graph.resolveOne("Chỉ thị 43/CT-TTg");

  it("keeps the documents within depth relations, either way, and the relations among them", () => {
    const one = neighbourhood(graph.graph, center, 1);
    expect(new Set(one.nodes())).toEqual(new Set([center, ...graph.graph.neighbors(center)]));
    one.forEachEdge((key, a, s, t) => {
      expect(graph.graph.getEdgeAttributes(key)).toEqual(a);
      expect([s, t].every((n) => one.hasNode(n))).toBe(true);
    });
    let expected = 0;
    graph.graph.forEachEdge((_k, _a, s, t) => {
      if (one.hasNode(s) && one.hasNode(t)) expected++;
    });
    expect(one.size).toBe(expected);
    const two = neighbourhood(graph.graph, center, 2);
    expect(two.order).toBeGreaterThan(one.order);
    for (const n of one.nodes()) expect(two.hasNode(n)).toBe(true);
  });

  it("is the document alone at depth 0, and copies rather than shares attributes", () => {
    const zero = neighbourhood(graph.graph, center, 0);
    expect(zero.nodes()).toEqual([center]);
    zero.getNodeAttributes(center).files.push("changed");
    expect(graph.document(center)!.files).not.toContain("changed");
  });
});
