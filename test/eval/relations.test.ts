import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { analyzeDev, edgesOf, f1Of, fixtureRelations, loadDevGold, precisionOf, recallOf, scoreRelations } from "./relations.js";
import { loadGolds } from "./score.js";

/**
 * Floors on document-level relations (the graph's typed edges), scored as fixtures/dev/score.py
 * scores them; `npm run eval` prints the detail per type.
 */
describe("document-level relations", () => {
  const dev = loadDevGold();
  const found = analyzeDev(analyze);

  it("dev texts: F1 ≥ 0.90, precision ≥ 0.93", () => {
    const s = scoreRelations(dev.texts, found);
    expect(f1Of(s.total)).toBeGreaterThanOrEqual(0.9);
    expect(precisionOf(s.total)).toBeGreaterThanOrEqual(0.93);
  });

  it("dev listing: F1 ≥ 0.95, precision ≥ 0.97", () => {
    const s = scoreRelations(dev.listing, found);
    expect(f1Of(s.total)).toBeGreaterThanOrEqual(0.95);
    expect(precisionOf(s.total)).toBeGreaterThanOrEqual(0.97);
  });

  it("laws named without a number (the gold's `named`): found with the right type ≥ 0.90, precision ≥ 0.95", () => {
    const s = scoreRelations([...dev.texts, ...dev.listing], found, "named");
    expect(recallOf(s.total)).toBeGreaterThanOrEqual(0.9);
    expect(precisionOf(s.total)).toBeGreaterThanOrEqual(0.95);
  });

  it("fixtures: every relation, nothing else", () => {
    const golds = loadGolds();
    const s = scoreRelations(
      golds.map((g) => fixtureRelations(g.name, g.gold.citations)),
      new Map(golds.map((g) => [g.name, edgesOf(analyze(g.text, { path: g.name }))])),
    );
    expect({ misses: s.misses, extras: s.extras }).toEqual({ misses: [], extras: [] });
  });
});
