/**
 * The generated graph the store bench loads (bench/graph-json.mjs): edge lines are written as
 * text, not through JSON.stringify, so check that they are graph JSON whose values are the
 * layout's documents.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layout, writeGraphJSON } from "../../bench/graph-json.mjs";
import { CitationGraph } from "../../src/graph/index.js";

interface Edge { key: string; source: string; target: string; attributes: { type: string; evidence: { file: string; sentence: string }[] } }

describe("bench/graph-json.mjs", () => {
  it("writes graph JSON whose edges name the layout's documents, with citedBy counting them", () => {
    const dir = mkdtempSync(join(tmpdir(), "vncite-graph-json-"));
    try {
      const out = join(dir, "g.json");
      const docs = 400;
      const written = writeGraphJSON({ docs, edges: 3000, out });
      const data = JSON.parse(readFileSync(out, "utf8")) as { nodes: { key: string; attributes: { citedBy: number } }[]; edges: Edge[] };
      const { doc } = layout(docs);
      const byId = new Map(Array.from({ length: docs }, (_, i) => [doc(i).id, doc(i)]));
      expect(data.nodes.map((n) => n.key)).toEqual([...byId.keys()]);
      expect(data.edges).toHaveLength(written.edges);
      const citedBy = new Map<string, number>();
      for (const e of data.edges) {
        const a = byId.get(e.source)!;
        const b = byId.get(e.target)!;
        expect(e.key).toBe(`${e.attributes.type}:${a.id}->${b.id}`);
        expect(e.attributes.evidence[0].file).toBe(a.files[0]);
        expect(e.attributes.evidence[0].sentence).toContain(`${b.label} ngày ${b.date} của ${b.issuer.name} về`);
        citedBy.set(e.target, (citedBy.get(e.target) ?? 0) + 1);
      }
      for (const n of data.nodes) expect(n.attributes.citedBy).toBe(citedBy.get(n.key) ?? 0);
      expect(CitationGraph.fromJSON(data).size).toBe(written.edges);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
