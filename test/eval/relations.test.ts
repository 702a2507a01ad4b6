import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { analyzeDev, edgesOf, f1Of, fixtureRelations, loadDevGold, precisionOf, recallOf, scoreRelations } from "./relations.js";
import { loadGolds } from "./score.js";
import { REWRITES } from "./rewrites.js";

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

  it("dev texts laid out as other editors write them: within 0.01 of the texts as written (names in capitals or a narrow column 0.02)", () => {
    const base = { numbered: f1Of(scoreRelations(dev.texts, found).total), named: f1Of(scoreRelations(dev.texts, found, "named").total) };
    const worse: string[] = [];
    for (const { name, rewrite, namedSlack = 0.01 } of REWRITES) {
      const got = analyzeDev((text, options) => analyze(rewrite(text), options), "texts");
      const numbered = f1Of(scoreRelations(dev.texts, got).total);
      const named = f1Of(scoreRelations(dev.texts, got, "named").total);
      if (numbered < base.numbered - 0.01 || named < base.named - namedSlack) worse.push(`${name}: F1 ${numbered.toFixed(3)}, named ${named.toFixed(3)}`);
    }
    expect(worse).toEqual([]);
  });

  it("README's accuracy tables state the figures measured here (relations, P, R, F1)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const figures = (c: { tp: number; fp: number; fn: number }) => [precisionOf(c), recallOf(c), f1Of(c)].map((x) => x.toFixed(3)).join(" | ");
    const golds = loadGolds();
    const fixtures = scoreRelations(
      golds.map((g) => fixtureRelations(g.name, g.gold.citations)),
      new Map(golds.map((g) => [g.name, edgesOf(analyze(g.text, { path: g.name }))])),
    ).total;
    for (const [corpus, c] of [["fixtures", fixtures], ["dev texts", scoreRelations(dev.texts, found).total], ["dev listing", scoreRelations(dev.listing, found).total]] as const) {
      expect(readme).toContain(`\n| ${corpus} | ${c.tp + c.fn} | ${figures(c)} |\n`);
    }
    const named = scoreRelations(dev.texts, found, "named").total;
    expect(readme).toContain(`\n| as written | ${figures(scoreRelations(dev.texts, found).total)} | ${recallOf(named).toFixed(3)} |\n`);
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
