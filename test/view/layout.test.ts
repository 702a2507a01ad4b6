import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/citation-graph.js";
import { computeLayout, iterationsFor, seededRandom } from "../../src/view/layout.js";
import { fixtureAnalyses } from "../graph/fixture-analyses.js";

const analyses = fixtureAnalyses();

describe("computeLayout", () => {
  it("gives a finite point per document, in sorted id order", () => {
    const graph = CitationGraph.from(analyses).graph;
    const { ids, xy } = computeLayout(graph);
    expect(ids).toEqual(graph.nodes().sort());
    expect(xy).toHaveLength(2 * ids.length);
    for (const v of xy) expect(Number.isFinite(v)).toBe(true);
    // Not all on one spot: the layout spread the documents out.
    expect(new Set(xy.map((v) => Math.round(v))).size).toBeGreaterThan(ids.length / 2);
  });

  it("is the same whatever order the files were added in, and changes with the seed", () => {
    const a = computeLayout(CitationGraph.from(analyses).graph);
    const b = computeLayout(CitationGraph.from([...analyses].reverse()).graph);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = computeLayout(CitationGraph.from(analyses).graph, { seed: 2 });
    expect(c.ids).toEqual(a.ids);
    expect(c.xy).not.toEqual(a.xy);
  });

  it("pulls related documents closer than unrelated ones", () => {
    const graph = CitationGraph.from(analyses).graph;
    const { ids, xy } = computeLayout(graph);
    const at = new Map(ids.map((id, i) => [id, [xy[2 * i], xy[2 * i + 1]]]));
    const dist = (p: string, q: string) => Math.hypot(at.get(p)![0] - at.get(q)![0], at.get(p)![1] - at.get(q)![1]);
    let linked = 0;
    let n = 0;
    graph.forEachEdge((_e, _a, s, t) => {
      linked += dist(s, t);
      n++;
    });
    let all = 0;
    let m = 0;
    for (let i = 0; i < ids.length; i += 3) for (let j = i + 1; j < ids.length; j += 5) (all += dist(ids[i], ids[j])), m++;
    expect(linked / n).toBeLessThan(all / m);
  });

  it("handles an empty graph and a graph without edges", () => {
    expect(computeLayout(new CitationGraph().graph)).toEqual({ ids: [], xy: [] });
    const g = new CitationGraph();
    g.graph.addNode("a", {} as never);
    expect(computeLayout(g.graph).xy).toHaveLength(2);
  });
});

describe("seededRandom and iterationsFor", () => {
  it("repeats a sequence in [0, 1) for a seed", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(seededRandom(8)()).not.toBe(xs[0]);
  });

  it("spends fewer iterations on larger graphs, within bounds", () => {
    expect(iterationsFor(10)).toBe(400);
    expect(iterationsFor(20_000)).toBe(40);
    expect(iterationsFor(2_000)).toBeLessThan(iterationsFor(500));
  });
});
