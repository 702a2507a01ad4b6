/** build.ts's createGraph keeps each node's neighbours in dictionary-mode objects: every query reads as graphology's own. */
import { MultiDirectedGraph } from "graphology";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createGraph } from "../../src/graph/build.js";
import type { DocumentAttributes, RelationAttributes } from "../../src/graph/attributes.js";

const KEYS = ["a", "b", "12", "3", "09/QĐ-TTg@2015", "law:dat-dai@2013", "hasOwnProperty2", "Đ"];

describe("createGraph's neighbour objects", () => {
  it("answer every neighbour query as a plain graphology graph does, in the same order", () => {
    const edge = fc.record({ from: fc.constantFrom(...KEYS), to: fc.constantFrom(...KEYS), type: fc.constantFrom("amends", "based_on") });
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 20 }), fc.array(fc.constantFrom(...KEYS), { maxLength: 3 }), (edges, drops) => {
        const ours = createGraph();
        const plain = new MultiDirectedGraph<DocumentAttributes, RelationAttributes>({ allowSelfLoops: false });
        for (const g of [ours, plain] as MultiDirectedGraph<DocumentAttributes, RelationAttributes>[]) {
          for (const e of edges) {
            if (e.from === e.to) continue;
            for (const k of [e.from, e.to]) if (!g.hasNode(k)) g.addNode(k, {} as DocumentAttributes);
            const key = `${e.type}:${e.from}->${e.to}`;
            if (!g.hasEdge(key)) g.addDirectedEdgeWithKey(key, e.from, e.to, {} as RelationAttributes);
          }
          for (const k of drops) if (g.hasNode(k)) g.dropNode(k);
        }
        for (const k of KEYS) {
          expect(ours.hasNode(k)).toBe(plain.hasNode(k));
          if (!plain.hasNode(k)) continue;
          expect(ours.outNeighbors(k)).toEqual(plain.outNeighbors(k));
          expect(ours.inNeighbors(k)).toEqual(plain.inNeighbors(k));
          expect(ours.edges(k)).toEqual(plain.edges(k));
          for (const o of KEYS) if (plain.hasNode(o)) expect(ours.hasDirectedEdge(k, o)).toBe(plain.hasDirectedEdge(k, o));
        }
        expect(ours.edges()).toEqual(plain.edges());
      }),
      { numRuns: 300 },
    );
  });
});
