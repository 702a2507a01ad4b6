#!/usr/bin/env node
/**
 * Warm passes of extract() or analyze() over a folder of .txt files, nothing else: the process to
 * count instructions of under valgrind, where wall-clock on the shared machine swings by ±30 % and
 * `perf stat -e instructions` is not supported. Two runs differing only in `passes` give the
 * instructions of one warm pass by their difference; two builds run with the same `passes` compare
 * whole processes. V8 made as deterministic as it goes: without --predictable-gc-schedule V8 sizes its
 * heap from GC speed measured in wall time, and runs of one build moved by up to 8 % with the machine's
 * load; with it they agree to 0.002 % (bench/README, session 27). It keeps the heap small, so GC costs
 * more than in a real run: compare code with it, allocation without it (and average runs).
 *
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
 *     node --single-threaded --predictable --predictable-gc-schedule --hash-seed=1 --random-seed=1 \
 *     bench/passes.mjs <dist> /tmp/p300 [passes=4] [extract|analyze] [warm-up passes=3]
 *
 * and read "I refs". Each run of 7 passes over /tmp/p300 takes 2-5 minutes.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dist, dir, passes = "4", mode = "extract", warm = "3"] = process.argv.slice(2);
if (!dist || !dir) {
  console.error("usage: node bench/passes.mjs <dist> <folder of .txt> [passes] [extract|analyze] [warm-up passes]");
  process.exit(2);
}
const lib = await import(pathToFileURL(join(resolve(dist), "index.js")).href);
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const run = (text, i) => (mode === "extract" ? lib.extract(text) : lib.analyze(text, { path: String(i) }));
for (let w = 0; w < Number(warm); w++) texts.forEach(run);
for (let p = 0; p < Number(passes); p++) texts.forEach(run);
