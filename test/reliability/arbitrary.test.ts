/**
 * Properties over arbitrary strings: whatever the caller passes, extract() returns well-formed
 * citations, the same ones every time, and the same ones on both parse paths.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { anyText, soup } from "./arbitraries.js";
import { extractUnguarded, spanProblems } from "./invariants.js";

const RUNS = { numRuns: 1000 };

describe("extract over arbitrary strings", () => {
  it("never throws, and neither does the pipeline under its safety net", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(Array.isArray(extract(text))).toBe(true);
        expect(() => extractUnguarded(text, "islands")).not.toThrow();
        expect(() => extractUnguarded(text, "whole-text")).not.toThrow();
      }),
      RUNS,
    );
  });

  it("gives spans in bounds whose slice is the raw mention, in order and disjoint", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(spanProblems(text, extract(text))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("finds something in the soup often enough for the other properties to mean something", () => {
    // Guards the generators, not the library: if the soup stopped producing citations the
    // properties above would pass vacuously.
    const texts = fc.sample(soup, { numRuns: 300, seed: 42 });
    const withCitations = texts.filter((t) => extract(t).length > 0).length;
    expect(withCitations).toBeGreaterThan(20);
  });

  it("is idempotent, and no state leaks from one call into the next", () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const first = extract(a);
        expect(extract(a)).toEqual(first);
        extract(b);
        expect(extract(a)).toEqual(first);
      }),
      RUNS,
    );
  });

  it("gives the same citations on the island and the whole-text paths", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(extract(text)).toEqual(extract(text, { strategy: "whole-text" }));
      }),
      RUNS,
    );
  });

  it("accepts non-strings and empty input without throwing", () => {
    for (const v of [undefined, null, 0, {}, [], "", Symbol("x")]) {
      expect(extract(v as unknown as string)).toEqual([]);
    }
  });
});
