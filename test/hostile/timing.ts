/**
 * Timing for the hostile-input tests, made to hold on a loaded machine: the best of a few runs
 * (the figure least disturbed by other processes), and only ever compared with another timing
 * taken in the same process, never with a fixed number of milliseconds.
 */
export async function bestTime(run: () => unknown, runs = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * How much longer `large` takes than `small`, each the best of a few runs. For inputs 4x apart,
 * linear code gives about 4 and quadratic code about 16: tests allow up to 8 or 10.
 */
export async function growth(small: () => unknown, large: () => unknown, runs = 3): Promise<number> {
  await small(); // warm up: loading a reader's library is not part of its cost
  const a = await bestTime(small, runs);
  const b = await bestTime(large, runs);
  return b / Math.max(a, 1);
}
