import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/citation-graph.js";
import { exportJSON } from "../../src/graph/export-json.js";
import { computeLayout } from "../../src/view/layout.js";
import { ViewState } from "../../src/view/browser/state.js";
import { compactGraph, expandGraph, facetsFrom, viewPayload } from "../../src/view/payload.js";
import { fixtureAnalyses } from "../graph/fixture-analyses.js";
import { analyze } from "../../src/analyze/index.js";
import { PageNotes } from "../../src/view/browser/notes.js";

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

describe("the payload's notes: what identity cannot prove, and the warnings about each document", () => {
  const dated = analyze("Thực hiện Chỉ thị số 15/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.", { path: "a.txt" });
  const undated = analyze("Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ.", { path: "b.txt" });
  const older = analyze("Căn cứ Chỉ thị số 15/CT-TTg ngày 02/5/2019 của Thủ tướng Chính phủ.", { path: "c.txt" });
  /** The notes as the page reads them, after the payload's trip through JSON. */
  const notesOf = (g: CitationGraph) => {
    const c = JSON.parse(JSON.stringify(compactGraph(g.graph, g.graph.nodes().sort())));
    return new PageNotes(c.ids, c.notes, c.attributes.warnings);
  };

  it("offer an undated mention's citers as possible citers of its one dated candidate, as possiblyCitedBy does", () => {
    const g = CitationGraph.from([dated, undated]);
    const notes = notesOf(g);
    expect(notes.possibleCiters("15/CT-TTg@2020")).toEqual(g.possiblyCitedBy("15/CT-TTg@2020").map(({ id, via }) => ({ id, via })));
    expect(notes.possibleCiters("15/CT-TTg@2020")).toEqual([{ id: "file:b.txt", via: "15/CT-TTg@?" }]);
    expect(notes.possibleCiters("15/CT-TTg@?")).toEqual([]);
  });

  it("tag the undated mention, name its candidate, and give each document the warnings that name it", () => {
    const g = CitationGraph.from([dated, undated]);
    const notes = notesOf(g);
    expect(notes.undated("15/CT-TTg@?")).toBe(true);
    expect(notes.undated("15/CT-TTg@2020")).toBe(false);
    expect(notes.candidates("15/CT-TTg@?")).toEqual(["15/CT-TTg@2020"]);
    const warning = g.warnings.find((w) => w.code === "undated-candidate")!;
    expect(notes.warningsOf("15/CT-TTg@?")).toEqual([warning]);
    expect(notes.warningsOf("15/CT-TTg@2020")).toEqual([warning]);
    // A file's own warnings go with the document read from it (here, that it states no number).
    expect(notes.warningsOf("file:a.txt").map((w) => [w.code, w.file])).toEqual([["no-own-number", "a.txt"]]);
  });

  it("name every candidate of a mention two dated documents share (ambiguous-mention)", () => {
    const g = CitationGraph.from([dated, undated, older]);
    const notes = notesOf(g);
    expect(notes.candidates("15/CT-TTg@?")).toEqual(["15/CT-TTg@2019", "15/CT-TTg@2020"]);
    expect(notes.warningsOf("15/CT-TTg@?").map((w) => w.code)).toEqual(["ambiguous-mention"]);
    expect(notes.possibleCiters("15/CT-TTg@2019")).toEqual([{ id: "file:b.txt", via: "15/CT-TTg@?" }]);
  });

  it("match a warning's ids as whole words, and give a document its files' warnings", () => {
    const g = new CitationGraph().graph;
    const blank = { kind: null, number: null, year: null, symbol: null, style: null, date: null, title: null, issuer: null, jurisdiction: null, level: null, label: "x", files: [] as string[], citedBy: 0 };
    g.addNode("1/CT-TTg@2020", { ...blank });
    g.addNode("11/CT-TTg@2020", { ...blank });
    g.addNode("file:f.txt", { ...blank, files: ["f.txt"] });
    const a = { file: null, code: "date-conflict", message: "11/CT-TTg@2020 is mentioned with two dates", start: null, end: null };
    const b = { file: "f.txt", code: "no-self", message: "no number", start: 0, end: 1 };
    g.replaceAttributes({ warnings: [a, b] });
    const notes = notesOf(new CitationGraph(g));
    expect(notes.warningsOf("11/CT-TTg@2020")).toEqual([a]);
    expect(notes.warningsOf("1/CT-TTg@2020")).toEqual([]);
    expect(notes.warningsOf("file:f.txt")).toEqual([b]);
  });
});
