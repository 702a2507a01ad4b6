import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/index.js";
import { topLevelArrayItems } from "../../src/graph/import-json-chunks.js";
import { fixtureAnalyses } from "./fixture-analyses.js";

const pieces = (text: string, size: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
};

describe("importJSONChunks", () => {
  const graph = CitationGraph.from(fixtureAnalyses());
  const compact = JSON.stringify(graph.toJSON());

  it("loads the same graph as fromJSON, however the text is cut and laid out", () => {
    for (const text of [compact, JSON.stringify(graph.toJSON(), null, 2)]) {
      for (const size of [1, 3, 64, 4096, text.length]) {
        expect(JSON.stringify(CitationGraph.fromJSONChunks(pieces(text, size)).toJSON())).toBe(compact);
      }
    }
  });

  it("reads edges written before the nodes", () => {
    const { options, attributes, nodes, edges } = graph.toJSON();
    const reordered = JSON.stringify({ options, attributes, edges, nodes });
    expect(JSON.stringify(CitationGraph.fromJSONChunks(pieces(reordered, 100)).toJSON())).toBe(compact);
  });

  it("cuts only at top-level commas: brackets, commas and quotes inside strings stay put", () => {
    const text = '{"a":[1,2],"nodes":[{"k":"x,]\\"}"}, 3 ,[4,5]],"edges":[]}';
    expect([...topLevelArrayItems(pieces(text, 2), ["nodes", "edges"])]).toEqual([
      { array: "nodes", text: '{"k":"x,]\\"}"}' },
      { array: "nodes", text: "3" },
      { array: "nodes", text: "[4,5]" },
    ]);
  });

  it("says what is wrong with a broken file", () => {
    expect(() => CitationGraph.fromJSONChunks([compact.slice(0, compact.length / 2)])).toThrow(/ends in the middle|JSON/);
    expect(() => CitationGraph.fromJSONChunks(['{"edges":[]}'])).toThrow(/without a `nodes` array/);
    expect(() => CitationGraph.fromJSONChunks(["hello"])).toThrow(/not a JSON object \(the text starts with "hello"\)/);
    expect(() => CitationGraph.fromJSONChunks(["  "])).toThrow(/empty/);
  });
});
