#!/usr/bin/env node
/**
 * The hostile-input checks of test/reliability/hostile.test.ts timed by the wall clock, as a user
 * waits for them: each ratio is the best of a few runs of one input over the best of its
 * baseline's. The tests measure CPU time instead, so that they hold on a busy machine; this is
 * the figure to read on an idle one (the load average is printed with it).
 *
 *   npm run build && node bench/hostile.bench.mjs [--runs 5] [--lib <module exporting extract>]
 */
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateText } from "./corpus.mjs";
import { DENSE_LIMIT, FOREIGN_LIMIT, MB, RUNS_LIMIT, dense, foreign, runs } from "./hostile.mjs";

const { values: opt } = parseArgs({ options: { runs: { type: "string", default: "5" }, lib: { type: "string" } } });
const RUNS = Number(opt.runs);
const lib = opt.lib ? resolve(opt.lib) : new URL("../dist/index.js", import.meta.url).pathname;
const { extract } = await import(pathToFileURL(lib).href);

function best(text) {
  extract(text);
  let ms = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    extract(text);
    ms = Math.min(ms, performance.now() - t);
  }
  return ms;
}

console.log(`hostile inputs, wall clock, best of ${RUNS} runs; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
console.log("| input | ms | baseline ms | ratio | limit |\n|---|---:|---:|---:|---:|");
const row = (name, ms, base, limit) => {
  const ratio = ms / base;
  console.log(`| ${name} | ${ms.toFixed(1)} | ${base.toFixed(1)} | ${ratio.toFixed(2)}${ratio < limit ? "" : " (over)"} | ${limit} |`);
  return ratio < limit;
};
let ok = true;
const prose = best(generateText({ seed: 11, bytes: MB }).text);
for (const [name, text] of Object.entries(runs())) ok = row(`1 MB of ${name} / 1 MB of prose`, best(text), prose, RUNS_LIMIT) && ok;
for (const [name, [other, latin]] of Object.entries(foreign())) ok = row(`50 KB, ${name} / in Latin letters`, best(other), best(latin), FOREIGN_LIMIT) && ok;
for (const [name, [small, large]] of Object.entries(dense())) ok = row(`${name}: 160 KB / 40 KB`, best(large), best(small), DENSE_LIMIT) && ok;
console.log(ok ? "\nevery ratio under its limit" : "\nsome ratios over their limit (on a busy machine, wall-clock ratios are inflated: compare with the load average)");
