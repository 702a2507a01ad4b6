/**
 * How much more a run over `large` costs than one over `small`, in this process's CPU time (other
 * busy processes stretch the wall clock, not this), the smallest of several back-to-back pairs:
 * about the size ratio when linear, its square when quadratic. Given `under` (the bound the test
 * holds the ratio to), pairs stop at the first one under it, which gives the test the verdict the
 * smallest of all pairs would; `pairs` + 2 pairs at most, as bench/hostile.mjs pairedMinRatio.
 *
 * Each measure repeats `run` until it has used MEASURE_MS of CPU and takes the cost of one call: a
 * trigger of a few milliseconds is then not at the mercy of one collector pause (session 64 saw a
 * min-of-five ratio of 64 at load 26 where a measure was two calls of about a millisecond), and a
 * trigger of a second is run once, not twice.
 *
 * Only `small` is warmed before the pairs (`warm`: `run` unless `run` repeats a call itself). A cold
 * small run would read dear and let a quadratic large one pass; a cold large run can only read dear,
 * failing a pair that the next, warm one decides. Warming the large text too cost a fifth of every
 * linearity test and decided nothing (session 64).
 */
const MEASURE_MS = 20;
const MAX_CALLS = 1_000;

export function cpuRatio(run: (text: string) => unknown, large: string, small: string, pairs = 3, under = 0, warm: (text: string) => unknown = run): number {
  const cost = (text: string) => {
    const before = process.cpuUsage();
    let calls = 0;
    let used = 0;
    do {
      run(text);
      calls++;
      const spent = process.cpuUsage(before);
      used = spent.user + spent.system;
    } while (used < MEASURE_MS * 1000 && calls < MAX_CALLS);
    return Math.max(1, used) / calls;
  };
  warm(small);
  let best = Infinity;
  for (let i = 0; i < pairs + 2 && !(best < under); i++) best = Math.min(best, cost(large) / cost(small));
  return best;
}
