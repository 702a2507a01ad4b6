import { describe, expect, it } from "vitest";
import { createGraph } from "../../../src/graph/build.js";
import type { DocumentAttributes } from "../../../src/graph/attributes.js";
import { nodeSizes } from "../../../src/view/browser/sizes.js";

function graphOf(n: number) {
  const g = createGraph();
  for (let i = 0; i < n; i++) g.addNode(`d${i}`, { citedBy: i % 50, files: i % 3 ? ["f"] : [] } as unknown as DocumentAttributes);
  return g;
}

const covered = (sizes: Map<string, number>) => [...sizes.values()].reduce((sum, r) => sum + Math.PI * r * r, 0);

describe("nodeSizes", () => {
  it("keeps a small graph's radii, larger the more a document is cited", () => {
    const { sizes, scale } = nodeSizes(graphOf(60), 900 * 600);
    expect(scale).toBe(1);
    expect(sizes.get("d0")).toBe(3);
    expect(sizes.get("d49")!).toBeGreaterThan(sizes.get("d48")!);
    expect(covered(sizes)).toBeLessThan(0.5 * 900 * 600);
  });

  it("shrinks a large graph's discs together until they cover half the area, none below the smallest", () => {
    const { sizes: big, scale } = nodeSizes(graphOf(20_000), 900 * 600);
    const { sizes: natural } = nodeSizes(graphOf(20_000), 1e12);
    expect(scale).toBeLessThan(0.5);
    expect(big.get("d49")).toBeCloseTo(natural.get("d49")! * scale, 10);
    expect(covered(natural)).toBeGreaterThan(900 * 600);
    expect(covered(big)).toBeLessThanOrEqual(0.5 * 900 * 600 * 1.01);
    expect(Math.min(...big.values())).toBeGreaterThanOrEqual(1.2);
    // The order stays: the most cited is still the largest.
    expect(big.get("d49")!).toBeGreaterThan(big.get("d0")!);
    expect(big.get("d49")! / big.get("d1")!).toBeCloseTo(natural.get("d49")! / natural.get("d1")!, 5);
  });
});
