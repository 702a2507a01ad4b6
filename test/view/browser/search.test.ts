import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../../src/graph/citation-graph.js";
import { fold } from "../../../src/view/browser/dom.js";
import { searchIndex, suggest } from "../../../src/view/browser/search.js";
import { ViewState } from "../../../src/view/browser/state.js";
import { fixtureAnalyses } from "../../graph/fixture-analyses.js";
import { resolve } from "../../../src/graph/resolve.js";

const graph = CitationGraph.from(fixtureAnalyses());
const state = new ViewState(graph.graph);
const index = searchIndex(state);

describe("suggest", () => {
  it("puts first what vncite query resolves the text to, tagged as resolved", () => {
    for (const text of ["Chỉ thị 43/CT-TTg", "nghị quyết 76/nq-cp", "Kế hoạch 63/KH-UBND"]) {
      const resolved = graph.resolve(text).matches;
      expect(resolved.length).toBeGreaterThan(0);
      const got = suggest(state, text, index, resolve);
      expect(got.slice(0, resolved.length)).toEqual(resolved.map((id) => ({ id, resolved: true })));
    }
  });

  it("lists every candidate of an ambiguous reference", () => {
    const { matches } = graph.resolve("Kế hoạch 103/KH-UBND");
    expect(matches).toHaveLength(2);
    expect(suggest(state, "Kế hoạch 103/KH-UBND", index, resolve).filter((s) => s.resolved).map((s) => s.id)).toEqual(matches);
  });

  it("matches partial text without diacritics, labels before titles, at most ten, no repeats", () => {
    const got = suggest(state, "chi thi 43", index, resolve);
    expect(got.map((s) => s.id)).toContain(graph.resolveOne("Chỉ thị 43/CT-TTg"));
    const many = suggest(state, "kế hoạch", index, resolve);
    expect(many).toHaveLength(10);
    expect(new Set(many.map((s) => s.id)).size).toBe(10);
    for (const s of many) expect(fold(graph.document(s.id)!.label + " " + s.id + " " + (graph.document(s.id)!.title ?? ""))).toContain("ke hoach");
  });

  it("gives nothing for blank or unmatched text, and never throws", () => {
    expect(suggest(state, "   ", index, resolve)).toEqual([]);
    expect(suggest(state, "zzzz qqqq", index, resolve)).toEqual([]);
    for (const odd of ["\u0000", "/", "@", "~", "((((", "\ud800", "43/"]) expect(() => suggest(state, odd, index, resolve)).not.toThrow();
  });
});

describe("ViewState filters", () => {
  it("hides documents by kind, province and year, and keeps the undated unless told", () => {
    const s = new ViewState(graph.graph);
    expect(s.hidden.size).toBe(0);
    s.filters.kinds.delete("plan");
    s.changed();
    const plans = graph.graph.filterNodes((_id, a) => a.kind === "plan");
    expect([...s.hidden].sort()).toEqual(plans.sort());
    s.filters.kinds.add("plan");
    s.filters.yearFrom = 2021;
    s.changed();
    for (const id of s.hidden) expect(s.facets.get(id)!.year).toBeLessThan(2021);
    for (const [id, f] of s.facets) if (f.year === null || f.year >= 2021) expect(s.hidden.has(id)).toBe(false);
    s.filters.undated = false;
    s.changed();
    for (const [id, f] of s.facets) if (f.year === null) expect(s.hidden.has(id)).toBe(true);
  });

  it("reads a local document's province from its id", () => {
    const id = graph.resolveOne("Kế hoạch 63/KH-UBND");
    expect(state.facets.get(id)).toMatchObject({ kind: "plan", province: "hau-giang", year: 2021 });
  });
});
