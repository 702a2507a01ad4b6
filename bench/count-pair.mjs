#!/usr/bin/env node
/**
 * Two builds' instructions side by side, counted by cachegrind over bench/passes.mjs: the warm pass
 * ((p24 − p8) / 16, 3 warm-ups each) that sessions 27–68 compared builds by, and a cold process (one
 * warm-up pass and one counted pass) beside it. A change can save instructions in every warm pass
 * and still cost more where users run it: a command reads each file once, and code V8 compiles
 * again, or compiles for the first time, is paid in the first passes (bench/README.md, session 68:
 * +189 M cold against −7.6 M a warm pass). Give both builds paths of the same length (the path is
 * hashed into the process's strings).
 *
 *   node bench/count-pair.mjs <dist-a> <dist-b> <folder of .txt> [extract|analyze]
 *
 * Needs valgrind. Runs two counts at a time; over /tmp/devx5 on an idle 2-core machine ~10 minutes.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const [a, b, dir, mode = "analyze"] = process.argv.slice(2);
if (!a || !b || !dir || !["extract", "analyze"].includes(mode)) {
  console.error("usage: node bench/count-pair.mjs <dist-a> <dist-b> <folder of .txt> [extract|analyze]");
  process.exit(2);
}
const passes = fileURLToPath(new URL("./passes.mjs", import.meta.url));
const NODE_FLAGS = ["--single-threaded", "--predictable", "--predictable-gc-schedule", "--hash-seed=1", "--random-seed=1"];

/** "I refs" of one process: `count` passes after `warm` warm-up passes. */
async function instructions(dist, count, warm) {
  const args = ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", process.execPath, ...NODE_FLAGS, passes, dist, dir, String(count), mode, String(warm)];
  const { stderr } = await run("valgrind", args, { maxBuffer: 1 << 24 });
  const m = /I\s+refs:\s+([\d,]+)/.exec(stderr);
  if (m === null) throw new Error(`no "I refs" in valgrind's output for ${dist} (${count} passes): ${stderr.slice(-400)}`);
  return Number(m[1].replaceAll(",", ""));
}

const counted = {};
for (const [count, warm] of [[1, 1], [8, 3], [24, 3]]) {
  // The two builds at once: each count is exact whatever the load, so pairing costs nothing in accuracy.
  const [x, y] = await Promise.all([instructions(a, count, warm), instructions(b, count, warm)]);
  counted[`p${count}`] = [x, y];
}
const M = (n) => (n / 1e6).toFixed(2);
const warmOf = (i) => (counted.p24[i] - counted.p8[i]) / 16;
console.log(`| ${mode} | cold (1 warm-up, 1 pass) | p8 | p24 | warm (p24 − p8)/16 |`);
console.log("|---|---:|---:|---:|---:|");
[a, b].forEach((dist, i) => console.log(`| ${dist} | ${M(counted.p1[i])} M | ${M(counted.p8[i])} M | ${M(counted.p24[i])} M | ${M(warmOf(i))} M |`));
console.log(`| b − a | ${M(counted.p1[1] - counted.p1[0])} M | | | ${M(warmOf(1) - warmOf(0))} M |`);
