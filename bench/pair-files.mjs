#!/usr/bin/env node
/**
 * analyze() (or extract()) of two builds in one process, taking turns file by file: for each file
 * one build runs and then the other (which goes first flips at every file and every pass), and the
 * CPU time of each call (process.cpuUsage, µs) is summed per build over a pass. A neighbour's burst
 * then falls on both builds alike: on the shared 2-core machine at load 8-12 the ratio of a pass
 * moved by ±3 %, where separate processes (and passes taken in turn) moved by ±10 %.
 *
 *   node bench/pair-files.mjs <dist A> <dist B> <folder of .txt> [passes=8] [analyze|extract] [cold]
 *
 * With "cold" there are no warm-up passes: the first pass is what the command's worker pays, V8
 * compiling both builds' code and regexes as it meets them (run it in fresh processes, passes=1).
 *
 * Prints each pass's B/A and the ratio over all passes. Run it both ways round (A and B swapped):
 * the two orders have been seen to differ by a per cent or two.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [a, b, dir, passesArg = "8", mode = "analyze", cold = ""] = process.argv.slice(2);
if (!a || !b || !dir) {
  console.error("usage: node bench/pair-files.mjs <dist A> <dist B> <folder> [passes] [analyze|extract]");
  process.exit(2);
}
const A = await import(pathToFileURL(join(resolve(a), "index.js")).href);
const B = await import(pathToFileURL(join(resolve(b), "index.js")).href);
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const run = (lib, text, i) => (mode === "extract" ? lib.extract(text) : lib.analyze(text, { path: String(i) }));
const timed = (lib, text, i) => {
  const t = cpu();
  run(lib, text, i);
  return cpu() - t;
};
// Two warm-up passes each: the first pass of a process is mostly V8 compiling.
for (let w = 0; w < (cold === "cold" ? 0 : 2); w++) for (const [i, text] of texts.entries()) { run(A, text, i); run(B, text, i); }
let sumA = 0;
let sumB = 0;
const ratios = [];
for (let p = 0; p < Number(passesArg); p++) {
  let ta = 0;
  let tb = 0;
  for (const [i, text] of texts.entries()) {
    if ((i + p) % 2) {
      ta += timed(A, text, i);
      tb += timed(B, text, i);
    } else {
      tb += timed(B, text, i);
      ta += timed(A, text, i);
    }
  }
  sumA += ta;
  sumB += tb;
  ratios.push(tb / ta);
  console.log(`pass ${p}: A ${(ta / 1000).toFixed(0)} ms, B ${(tb / 1000).toFixed(0)} ms, B/A ${(tb / ta).toFixed(3)}`);
}
ratios.sort((x, y) => x - y);
console.log(`${mode} B/A over all passes ${(sumB / sumA).toFixed(3)}, median pass ${ratios[ratios.length >> 1].toFixed(3)}, range ${ratios[0].toFixed(3)}-${ratios[ratios.length - 1].toFixed(3)}`);
