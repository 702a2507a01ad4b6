import { describe, expect, it } from "vitest";
import { natives, OPTIMIZED } from "../helpers/v8-natives.js";
import { OffsetMap } from "../../src/prepare/offset-map.js";
import type { Warning } from "../../src/types.js";
// vitest.config.ts shares one module cache per worker (isolate: false): a file run before this one may have analysed
// texts already and compiled inOriginal. A copy of the module of this file's own (another id) starts with no feedback.
const OWN_COPY = "../../src/analyze/in-original.js?compiled-test";
const { inOriginal } = (await import(OWN_COPY)) as typeof import("../../src/analyze/in-original.js");

describe("the heading's warnings mapped to the caller's text, compiled or not", () => {
  // V8 internals (Node 20): test/helpers/v8-natives.ts.
  const { prepare, optimizeNext, status, sameMap } = natives();

  // A CRLF text's map: the prepared text's "\n" at 10 stands for the caller's "\r\n" at 10–11.
  const map = new OffsetMap();
  map.addRun(10, 1, 10, 2);
  const warnings = (): Warning[] => [
    { code: "blank-number", message: "…", start: 3, end: 8 },
    { code: "blank-date", message: "…", start: 12, end: 20 },
    { code: "no-span", message: "…" },
  ];

  // Array.prototype.map's array was packed while analyzeText ran in the interpreter and holey once TurboFan had
  // compiled it: the spread after it met a map its feedback had not seen, and analyzeText was thrown away and
  // compiled again, once a process (crlf56's one-time cost, bench/README session 57). Filled by push, one map.
  it("gives an array of one map before and after it is compiled, the offsets the caller's", () => {
    prepare(inOriginal);
    const interpreted = inOriginal(warnings(), map);
    for (let k = 0; k < 50; k++) inOriginal(warnings(), map);
    optimizeNext(inOriginal);
    const compiled = inOriginal(warnings(), map);
    expect(status(inOriginal) & OPTIMIZED).toBe(OPTIMIZED);
    expect(sameMap(interpreted, compiled)).toBe(true);
    expect(compiled).toEqual(interpreted);
    expect(compiled).toEqual([
      { code: "blank-number", message: "…", start: 3, end: 8 },
      { code: "blank-date", message: "…", start: 13, end: 21 },
      { code: "no-span", message: "…" },
    ]);
  });
});
