import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createGraph } from "../../src/graph/build.js";
import { sortedNodeKeys } from "../../src/graph/sorted-keys.js";
import type { CitationMultiGraph, DocumentAttributes } from "../../src/graph/attributes.js";

const node = {} as DocumentAttributes;
const add = (g: CitationMultiGraph, key: string) => g.hasNode(key) || g.addNode(key, node);

describe("sortedNodeKeys (sorted-keys.ts)", () => {
  it("is the graph's keys in sort()'s order, after nodes are dropped, added, or dropped and added again", () => {
    const step = fc.record({ add: fc.array(fc.string({ unit: fc.constantFrom("a", "b", "Đ", "đ", "/", "@", "1", "9") }), { maxLength: 6 }), drop: fc.array(fc.nat(), { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        const g = createGraph();
        for (const s of steps) {
          for (const k of s.add) add(g, k);
          for (const i of s.drop) if (g.order > 0) g.dropNode(g.nodes()[i % g.order]);
          expect(sortedNodeKeys(g)).toEqual(g.nodes().sort());
        }
      }),
      { numRuns: 500 },
    );
  });

  it("hands out a copy: changing it does not change the next answer", () => {
    const g = createGraph();
    for (const k of ["b", "Đ", "a"]) add(g, k);
    const first = sortedNodeKeys(g);
    first.reverse().push("zz");
    expect(sortedNodeKeys(g)).toEqual(["a", "b", "Đ"]);
  });
});
