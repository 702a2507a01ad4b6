/// <reference lib="dom" />
/**
 * Imported first by app.ts, so it runs before the bundled libraries set themselves up: the bench
 * (bench/view.bench.mjs) reads from this mark how long their setting up takes.
 */
export const SCRIPT_START = performance.mark("vncite:script").startTime;
