import { describe, expect, it } from "vitest";
import { loadIdentityPairs, scoreIdentity } from "./identity.js";

describe("graph-level identity on real texts (fixtures/identity/gold.json)", () => {
  const pairs = loadIdentityPairs();
  const score = scoreIdentity(pairs);

  it("finds every mention the gold names", () => {
    expect(score.unfound).toEqual([]);
  });

  it("never merges two documents into one node", () => {
    expect(score.merged).toEqual([]);
    expect(score.apart).toBe(pairs.filter((p) => !p.same).length);
  });

  it("joins what the ids prove one: spellings of one number (a decree's missing year, a ministry's &), copies, the text's own number", () => {
    for (const split of score.split) expect(split).not.toMatch(/NĐ-CP|BLĐTB/);
    expect(score.joined).toBeGreaterThanOrEqual(12);
  });
});
