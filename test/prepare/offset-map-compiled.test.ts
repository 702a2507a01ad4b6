import { describe, expect, it } from "vitest";
import { setFlagsFromString } from "node:v8";
// A copy of the module of this file's own (another id): its class and its methods' feedback are new, and what made
// them settled is offset-map.ts' own load alone, whatever files ran before this one in the worker.
const OWN_COPY = "../../src/prepare/offset-map.js?compiled-test";
const { OffsetMap } = (await import(OWN_COPY)) as typeof import("../../src/prepare/offset-map.js");

describe("code compiled over maps of no runs, then a map with runs", () => {
  // V8 internals (Node 20), as test/analyze/index-compiled.test.ts uses them: %GetOptimizationStatus's bit 16 is "optimized".
  setFlagsFromString("--allow-natives-syntax");
  const prepare = new Function("f", "%PrepareFunctionForOptimization(f)") as (f: unknown) => void;
  const optimizeNext = new Function("f", "%OptimizeFunctionOnNextCall(f)") as (f: unknown) => void;
  const status = new Function("f", "return %GetOptimizationStatus(f)") as (f: unknown) => number;
  const OPTIMIZED = 16;

  // Most windows need no preparing: the shared map of no runs (prepare.ts UNCHANGED) is what a reader meets first,
  // for thousands of windows, before the first window that needs preparing makes a map with runs (addRun). The
  // first addRun's stores, and the runs' paths of toOriginal and fromOriginal, threw such code away once a process.
  it("stays compiled when the first map with runs comes", () => {
    const none = new OffsetMap();
    const read = (m: InstanceType<typeof OffsetMap>, p: number): number => none.toOriginal(p) + m.toOriginal(p, "end") + m.fromOriginal(p);
    prepare(read);
    for (let k = 0; k < 50; k++) read(none, k);
    optimizeNext(read);
    expect(read(none, 7)).toBe(21);
    expect(status(read) & OPTIMIZED).toBe(OPTIMIZED);
    // A CRLF text's map: the prepared text's "\\n" at 10 stands for the caller's "\\r\\n" at 10–11.
    const crlf = new OffsetMap();
    crlf.addRun(10, 1, 10, 2);
    expect(read(crlf, 12)).toBe(12 + 13 + 11);
    expect(status(read) & OPTIMIZED).toBe(OPTIMIZED);
  });
});
