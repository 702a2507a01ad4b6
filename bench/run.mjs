#!/usr/bin/env node
/**
 * Runs every bench/*.bench.mjs, one after another, each in its own Node process so that one
 * bench's heap and JIT state do not colour the next one's figures. `npm run bench` builds first.
 *
 *   node bench/run.mjs                 # all of them, in name order
 *   node bench/run.mjs extract graph   # only files whose name contains one of the words
 *   node bench/run.mjs extract -- --size 10MB   # arguments after "--" go to every bench
 *
 * Benches are started with `--import tsx`, so one may measure TypeScript sources when the built
 * dist lacks what it needs. Exit status is non-zero when any bench failed; the others still run.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const argv = process.argv.slice(2);
const dashes = argv.indexOf("--");
const filters = dashes >= 0 ? argv.slice(0, dashes) : argv;
const forwarded = dashes >= 0 ? argv.slice(dashes + 1) : [];

const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

if (files.length === 0) {
  console.error(`no bench/*.bench.mjs matches ${filters.join(", ")}`);
  process.exit(1);
}

const failed = [];
for (const f of files) {
  console.log(`\n=== ${f} ${forwarded.join(" ")}`.trimEnd());
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", `${dir}${f}`, ...forwarded], { stdio: "inherit" });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed.push(f);
    console.log(`=== ${f} FAILED (${r.signal ?? `exit ${r.status}`}) after ${secs} s`);
  } else console.log(`=== ${f} done in ${secs} s`);
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(", ")}`);
  process.exit(1);
}
