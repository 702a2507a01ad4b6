/**
 * Timing for the hostile-input tests, made to hold on a loaded machine: the best of a few runs
 * (the figure least disturbed by other processes), and only ever compared with another timing
 * taken in the same process, never with a fixed number of milliseconds.
 */
export async function bestTime(run: () => unknown, runs = 3, clock: Clock = "wall"): Promise<number> {
  const now = clock === "cpu" ? cpuMs : () => performance.now();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = now();
    await run();
    best = Math.min(best, now() - started);
  }
  return best;
}

/**
 * "cpu": the process's CPU time (all its threads), which a loaded machine stretches far less than
 * the wall clock; for code that does not wait on anything.
 */
export type Clock = "wall" | "cpu";

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * How much longer `large` takes than `small`, each the best of a few runs, taken in turns so
 * that a burst of load elsewhere falls on both alike. Tests compare inputs several times apart
 * with a generous bound: linear code grows by about the size ratio, quadratic by its square.
 */
export async function growth(small: () => unknown, large: () => unknown, runs = 3, clock: Clock = "wall"): Promise<number> {
  await small(); // warm up: loading a reader's library is not part of its cost
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    a = Math.min(a, await bestTime(small, 1, clock));
    b = Math.min(b, await bestTime(large, 1, clock));
  }
  return b / Math.max(a, 1);
}
