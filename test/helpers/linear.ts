/**
 * How much more a run over `large` costs than one over `small`, in this process's CPU time (other
 * busy processes stretch the wall clock, not this), the smallest of several back-to-back pairs:
 * about the size ratio when linear, its square when quadratic. Given `under` (the bound the test
 * holds the ratio to), pairs stop at the first one under it, which gives the test the verdict the
 * smallest of all pairs would (bench/hostile.mjs pairedMinRatio says how many pairs at most).
 * `warm`, run once on each text before any pair, is `run` unless `run` repeats a call to steady its measure.
 */
import { pairedMinRatio } from "../../bench/hostile.mjs";

export function cpuRatio(run: (text: string) => unknown, large: string, small: string, pairs = 3, under = 0, warm: (text: string) => unknown = run): number {
  const cost = (text: string) => {
    const before = process.cpuUsage();
    run(text);
    const used = process.cpuUsage(before);
    return Math.max(1, used.user + used.system) / 1000;
  };
  return pairedMinRatio(cost, large, small, pairs, under, warm);
}
