import { describe, expect, it } from "vitest";
import { analyze, extract } from "../../src/index.js";
import { loadGolds, precision, recall, scoreCitations, scoreNamed } from "./score.js";
import { scoreAnalysis } from "./score-analysis.js";

/** The accuracy floor on the hand-checked fixtures; `npm run eval` prints the detail. */
describe.each(loadGolds())("gold $name", ({ name, text, gold }) => {
  const s = scoreCitations(text, gold.citations, extract(text));
  const a = scoreAnalysis(text, gold, analyze(text, { path: name }));

  it("finds every numbered citation and nothing else (P, R ≥ 0.98)", () => {
    expect({ missed: s.missed, spurious: s.spurious }).toEqual({ missed: [], spurious: [] });
    expect(precision(s)).toBeGreaterThanOrEqual(0.98);
    expect(recall(s)).toBeGreaterThanOrEqual(0.98);
  });

  it("finds the laws named without a number, with their name and year", () => {
    const n = scoreNamed(gold.named ?? [], extract(text));
    expect({ missed: n.missed, spurious: n.spurious, fields: n.fieldErrors }).toEqual({ missed: [], spurious: [], fields: [] });
  });

  it("reads every field right", () => {
    expect(s.fieldErrors).toEqual([]);
  });

  it("assigns roles, relations and self (≥ 0.95)", () => {
    expect(a.rolesRight / Math.max(1, a.rolesChecked)).toBeGreaterThanOrEqual(0.95);
    expect(precision(a.relations)).toBeGreaterThanOrEqual(0.95);
    expect(recall(a.relations)).toBeGreaterThanOrEqual(0.95);
    expect(a.selfRight / a.selfChecked).toBeGreaterThanOrEqual(0.95);
  });

  it("gives identical results on the island and whole-text paths", () => {
    expect(extract(text)).toEqual(extract(text, { strategy: "whole-text" }));
  });
});
