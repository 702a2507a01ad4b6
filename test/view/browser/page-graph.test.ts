import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../../src/graph/citation-graph.js";
import { exportJSON } from "../../../src/graph/export-json.js";
import { PageGraph } from "../../../src/view/browser/page-graph.js";
import { EvidenceStore } from "../../../src/view/browser/unpack.js";
import { compactGraph, expandGraph, nodesOf } from "../../../src/view/payload.js";
import { fixtureAnalyses } from "../../graph/fixture-analyses.js";

const whole = CitationGraph.from(fixtureAnalyses()).graph;
const compact = compactGraph(whole, whole.nodes().sort());
const store = () => new EvidenceStore(compact.files, async () => compact.evidence.join("\n"));

describe("PageGraph", () => {
  it("holds every document and only the relations of the types shown, then the rest as asked", async () => {
    const evidence = store();
    const page = new PageGraph(compact, nodesOf(compact.nodes), (type, i) => evidence.relation(type, i));
    expect(page.graph.size).toBe(0);
    for (const type of page.counts.keys()) if (type !== "references") expect(page.loadType(type)).toBe(true);
    const references = whole.filterEdges((_e, a) => a.type === "references");
    expect(references.length).toBeGreaterThan(0);
    expect(page.graph.order).toBe(whole.order);
    expect(page.graph.size).toBe(whole.size - references.length);
    expect(page.counts.get("references")).toBe(references.length);

    // The panel lists a document's relations, those not in the graph yet included, without adding them.
    const id = whole.source(references[0]);
    const before = page.graph.size;
    const { out, into } = page.relationsOf(id);
    expect(page.graph.size).toBe(before);
    expect(out.map(([key, other]) => [key, other]).sort()).toEqual(whole.outEdges(id).map((e) => [e, whole.target(e)]).sort());
    expect(into.map(([key, other]) => [key, other]).sort()).toEqual(whole.inEdges(id).map((e) => [e, whole.source(e)]).sort());
    for (const [key, , r] of [...out, ...into]) expect(r.type).toBe(whole.getEdgeAttribute(key, "type"));
    expect(page.relationsOf("no such document")).toEqual({ out: [], into: [] });

    // A selected document gets all of its relations, whatever their type.
    page.loadDocument(id);
    expect(page.graph.edges(id).sort()).toEqual(whole.edges(id).sort());

    expect(page.loadType("references")).toBe(true);
    expect(page.loadType("references")).toBe(false);
    await evidence.load();
    expect(exportJSON(page.graph)).toEqual(exportJSON(expandGraph(compact)));
  });
});
