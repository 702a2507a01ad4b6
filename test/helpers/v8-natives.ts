/**
 * V8's natives (Node 20), for the tests that check a shape or a compile: the flag is set on first use, and each
 * native is wrapped once. %GetOptimizationStatus's bit 16 is "optimized" (OPTIMIZED).
 */
import { setFlagsFromString } from "node:v8";

export interface Natives {
  prepare: (f: unknown) => void;
  optimizeNext: (f: unknown) => void;
  status: (f: unknown) => number;
  sameMap: (a: unknown, b: unknown) => boolean;
  hasFastProperties: (o: object) => boolean;
}
export const OPTIMIZED = 16;

let made: Natives | null = null;
export function natives(): Natives {
  if (made !== null) return made;
  setFlagsFromString("--allow-natives-syntax");
  made = {
    prepare: new Function("f", "%PrepareFunctionForOptimization(f)") as Natives["prepare"],
    optimizeNext: new Function("f", "%OptimizeFunctionOnNextCall(f)") as Natives["optimizeNext"],
    status: new Function("f", "return %GetOptimizationStatus(f)") as Natives["status"],
    sameMap: new Function("a", "b", "return %HaveSameMap(a, b)") as Natives["sameMap"],
    hasFastProperties: new Function("o", "return %HasFastProperties(o)") as Natives["hasFastProperties"],
  };
  return made;
}

/**
 * Whether `f`, compiled by TurboFan after thirty calls with `ordinary`, is still compiled after a call with each of
 * `rare` (a path first taken after the compile throws the compiled code away). Throws if the compile did not happen.
 */
export function staysCompiledThrough<A extends unknown[]>(f: (...args: A) => unknown, ordinary: A, rare: readonly A[]): boolean {
  const { prepare, optimizeNext, status } = natives();
  prepare(f);
  for (let k = 0; k < 30; k++) f(...ordinary);
  optimizeNext(f);
  f(...ordinary);
  if ((status(f) & OPTIMIZED) !== OPTIMIZED) throw new Error("not compiled after the ordinary calls");
  for (const args of rare) f(...args);
  return (status(f) & OPTIMIZED) === OPTIMIZED;
}
