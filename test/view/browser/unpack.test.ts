import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../../src/graph/citation-graph.js";
import { EvidenceStore } from "../../../src/view/browser/unpack.js";
import { compactGraph } from "../../../src/view/payload.js";
import { fixtureAnalyses } from "../../graph/fixture-analyses.js";

const whole = CitationGraph.from(fixtureAnalyses()).graph;
const compact = compactGraph(whole, whole.nodes().sort());
const store = () => new EvidenceStore(compact.files, async () => compact.evidence.join("\n"));

describe("EvidenceStore", () => {
  it("gives nothing until loaded, then each relation's evidence as written", async () => {
    const evidence = store();
    const i = compact.evidence.findIndex((e) => e !== "[]");
    expect(evidence.loaded).toBe(false);
    expect(evidence.get(i)).toEqual([]);
    await Promise.all([evidence.load(), evidence.load()]);
    expect(evidence.loaded).toBe(true);
    const key = whole.edges().sort()[i];
    expect(evidence.get(i)).toEqual(whole.getEdgeAttribute(key, "evidence"));
    expect(evidence.relation("implements", i).weight).toBe(whole.getEdgeAttribute(key, "evidence").length);
  });
});
