import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/citation-graph.js";
import { exportJSON } from "../../src/graph/export-json.js";
import { computeLayout } from "../../src/view/layout.js";
import { ViewState } from "../../src/view/browser/state.js";
import { compactGraph, expandGraph, facetsFrom, viewPayload } from "../../src/view/payload.js";
import { fixtureAnalyses } from "../graph/fixture-analyses.js";

describe("compactGraph and expandGraph", () => {
  const graph = CitationGraph.from(fixtureAnalyses()).graph;

  it("give back the same graph, attributes, evidence and edge keys included", () => {
    const ids = graph.nodes().sort();
    const round = expandGraph(JSON.parse(JSON.stringify(compactGraph(graph, ids))));
    expect(exportJSON(round)).toEqual(exportJSON(graph));
    graph.forEachEdge((key) => expect(round.hasEdge(key)).toBe(true));
  });

  it("keep the layout's order and share repeated types and files", () => {
    const layout = computeLayout(graph);
    const payload = viewPayload(graph, layout, "t");
    expect(payload.graph.ids).toEqual(layout.ids);
    expect(payload.xy).toBe(layout.xy);
    expect(new Set(payload.graph.types).size).toBe(payload.graph.types.length);
    expect(new Set(payload.graph.files).size).toBe(payload.graph.files.length);
    expect(JSON.stringify(payload.graph).length).toBeLessThan(JSON.stringify(exportJSON(graph)).length);
  });

  it("carry each document's facets as the page's filters would work them out", () => {
    const ids = graph.nodes().sort();
    const c = JSON.parse(JSON.stringify(compactGraph(graph, ids)));
    expect(facetsFrom(c.ids, c.facets)).toEqual(new ViewState(graph).facets);
  });

  it("keep evidence without a file or a page", () => {
    const g = new CitationGraph().graph;
    const blank = { kind: null, number: null, year: null, symbol: null, style: null, date: null, title: null, issuer: null, jurisdiction: null, level: null, label: "x", files: [], citedBy: 0 };
    g.addNode("a", { ...blank });
    g.addNode("b", { ...blank, label: "y" });
    const evidence = [{ file: null, start: 0, end: 3, page: null, sentence: "s", pinpoint: null }, { file: "f.pdf", start: 5, end: 9, page: 2, sentence: "t", pinpoint: "khoản 2 Điều 5" }];
    g.addDirectedEdgeWithKey("implements:a->b", "a", "b", { type: "implements", evidence, weight: 2 });
    const round = expandGraph(compactGraph(g, ["a", "b"]));
    expect(round.getEdgeAttributes("implements:a->b")).toEqual({ type: "implements", evidence, weight: 2 });
  });
});
