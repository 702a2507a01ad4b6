import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze/index.js";
import { IMPLEMENTING_RELATIONS } from "../../../src/graph/chains.js";
import { CitationGraph } from "../../../src/graph/citation-graph.js";
import { possibleFocus } from "../../../src/view/browser/highlight.js";
import { PageNotes } from "../../../src/view/browser/notes.js";
import { ViewState } from "../../../src/view/browser/state.js";
import { possibleEdgeStyle, RELATION_STYLES } from "../../../src/view/palette.js";
import { compactGraph, expandGraph } from "../../../src/view/payload.js";

const DATED = "15/CT-TTg@2020";
const UNDATED = "15/CT-TTg@?";
const texts = [
  ["a.txt", "Thực hiện Chỉ thị số 15/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ."],
  ["b.txt", "Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ."],
  ["d.txt", "Báo cáo nêu kết quả sau khi Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ được ban hành."],
];
const graph = CitationGraph.from(texts.map(([path, text]) => analyze(text, { path })));
// The page's side: the payload after its trip through JSON, its notes read by PageNotes.
const compact = JSON.parse(JSON.stringify(compactGraph(graph.graph, graph.graph.nodes().sort())));
const page = expandGraph(compact);
const notes = new PageNotes(compact.ids, compact.notes, compact.attributes.warnings);

describe("possibleFocus: what a selection's highlight draws apart", () => {
  it("lights each possible citer of the payload's notes, the undated mention it goes through, and its relations to that mention", () => {
    const hits = notes.possibleCiters(DATED);
    expect(hits).toEqual(graph.possiblyCitedBy(DATED).map(({ id, via }) => ({ id, via })));
    const focus = possibleFocus(page, DATED, hits);
    expect([...focus.nodes].sort()).toEqual([UNDATED, "file:b.txt", "file:d.txt"]);
    expect([...focus.edges].sort()).toEqual([`implements:file:b.txt->${UNDATED}`, `references:file:d.txt->${UNDATED}`]);
    // No relation of the proven citer, nor of the dated document: the mention is linked to it apart, once.
    for (const edge of focus.edges) expect(page.extremities(edge)).not.toContain(DATED);
    expect(focus.links).toEqual([[UNDATED, DATED]]);
  });

  it("keeps to the given relations (who carries this out: the implementing ones)", () => {
    const carriers = notes.possibleCiters(DATED).filter((hit) => hit.id === "file:b.txt");
    const focus = possibleFocus(page, DATED, carriers, IMPLEMENTING_RELATIONS);
    expect([...focus.edges]).toEqual([`implements:file:b.txt->${UNDATED}`]);
    expect(focus.links).toEqual([[UNDATED, DATED]]);
    expect(possibleFocus(page, DATED, notes.possibleCiters(DATED), ["amends"]).edges.size).toBe(0);
  });

  it("has nothing to light for a mention without its year, whose citers are proven, nor for a relation the graph does not hold yet", () => {
    const none = possibleFocus(page, UNDATED, notes.possibleCiters(UNDATED));
    expect([none.nodes.size, none.edges.size, none.links.length]).toEqual([0, 0, 0]);
    expect(possibleFocus(page, DATED, [{ id: "file:b.txt", via: "15/CT-TTg@2019" }]).edges.size).toBe(0);
  });

  it("is kept by the view's state only beside a focus, and cleared with it", () => {
    const state = new ViewState(page);
    const focus = possibleFocus(page, DATED, notes.possibleCiters(DATED));
    state.focus(new Set([DATED, "file:a.txt"]), new Set([`implements:file:a.txt->${DATED}`]), focus);
    expect(state.possibleEdges).toBe(focus.edges);
    expect(state.possibleNodes).toBe(focus.nodes);
    expect(state.possibleLinks).toBe(focus.links);
    state.focus(null, null, focus);
    expect([state.possibleEdges, state.possibleNodes, state.possibleLinks]).toEqual([null, null, null]);
  });
});

describe("possibleEdgeStyle", () => {
  it("draws a possible relation lighter and thinner than a proven one of its type, with the same head", () => {
    for (const style of Object.values(RELATION_STYLES)) {
      const apart = possibleEdgeStyle(style);
      expect(apart.colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(apart.colour).not.toBe(style.colour);
      const lightness = (c: string) => [1, 3, 5].reduce((sum, i) => sum + parseInt(c.slice(i, i + 2), 16), 0);
      expect(lightness(apart.colour)).toBeGreaterThan(lightness(style.colour));
      expect(apart.size).toBeLessThan(style.size);
      expect(apart.arrow).toBe(style.arrow);
    }
    expect(possibleEdgeStyle(RELATION_STYLES.implements).colour).toBe("#e1a086");
  });
});
