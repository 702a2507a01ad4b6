#!/usr/bin/env node
/**
 * CPU time of extract() and analyze() in this build against another (a worktree of an older
 * commit, built with tsup), over the same generated plans, in one process, paired round by round:
 * CPU time, not wall time, so that other processes on the machine hardly move the ratio.
 *
 *   git worktree add .tmp/base <commit> && (cd .tmp/base && ln -s ../../node_modules && npx tsup)
 *   node bench/compare-builds.mjs .tmp/base/dist
 *   node bench/compare-builds.mjs .tmp/base/dist --separate --rounds 6 --passes 3   # each build in its own processes
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateDocuments } from "./corpus.mjs";

const other = process.argv[2];
if (!other) {
  console.error("usage: node bench/compare-builds.mjs <other dist folder> [--rounds N] [--passes N] [--separate]");
  process.exit(2);
}
const flag = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = flag("--rounds", 7);
// Each timing covers this many passes over the plans: one pass (~50 ms) is too short to outlast a
// neighbour's burst on a shared machine.
const PASSES = flag("--passes", 1);
const docs = [...generateDocuments({ seed: 7, files: 300 })].map((d) => d.text);
const thisDist = fileURLToPath(new URL("../dist", import.meta.url));
const call = (lib, what) => (what === "extract" ? (d) => lib.extract(d) : (d) => lib.analyze(d, { path: "x" }));

// --child <dist> <extract|analyze>: one build alone in this process, warmed up, then the least
// CPU time (µs) of ROUNDS timings printed. Two builds in one process share whatever modules both
// import from node_modules (Chevrotain's engine, before it was bundled into dist), whose inline
// caches then serve two grammars: --separate measures each build in a process of its own.
if (other === "--child") {
  const lib = await import(pathToFileURL(resolve(process.argv[3], "index.js")).href);
  const f = call(lib, process.argv[4]);
  for (let i = 0; i < 3; i++) for (const d of docs) f(d);
  let best = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t = process.cpuUsage();
    for (let p = 0; p < PASSES; p++) for (const d of docs) f(d);
    const u = process.cpuUsage(t);
    best = Math.min(best, u.user + u.system);
  }
  console.log(best);
  process.exit(0);
}
if (process.argv.includes("--separate")) {
  const child = (dist, what) => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", dist, what, "--rounds", "3", "--passes", String(PASSES)], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    return Number(r.stdout.trim());
  };
  for (const what of ["extract", "analyze"]) {
    const ratios = [];
    const least = [Infinity, Infinity];
    for (let i = 0; i < ROUNDS; i++) {
      // The order alternates, so that a neighbour's burst does not always fall on the same build.
      let a, b;
      if (i % 2 === 0) {
        a = child(thisDist, what);
        b = child(other, what);
      } else {
        b = child(other, what);
        a = child(thisDist, what);
      }
      least[0] = Math.min(least[0], a);
      least[1] = Math.min(least[1], b);
      ratios.push(a / b);
    }
    const med = [...ratios].sort((x, y) => x - y)[ratios.length >> 1];
    const ms = (us) => (us / 1000 / PASSES).toFixed(1);
    console.log(`${what} this/other, separate processes: ${ratios.map((x) => x.toFixed(2)).join(" ")}  median ${med.toFixed(2)}; least ${ms(least[0])} / ${ms(least[1])} ms a pass = ${(least[0] / least[1]).toFixed(2)}`);
  }
  process.exit(0);
}

const base = await import(pathToFileURL(resolve(other, "index.js")).href);
const cur = await import(new URL("../dist/index.js", import.meta.url).href);
const time = (f) => {
  const t = process.cpuUsage();
  for (let p = 0; p < PASSES; p++) for (const d of docs) f(d);
  const u = process.cpuUsage(t);
  return u.user + u.system;
};
for (let i = 0; i < 2; i++) {
  time(base.extract);
  time(cur.extract);
}
const rx = [];
const ra = [];
// The least CPU time each build took, too: what a burst on a shared machine cannot add to.
const least = { x: [Infinity, Infinity], a: [Infinity, Infinity] };
const pair = (key, f, g) => {
  const a = time(f);
  const b = time(g);
  least[key][0] = Math.min(least[key][0], a);
  least[key][1] = Math.min(least[key][1], b);
  return a / b;
};
for (let i = 0; i < ROUNDS; i++) {
  rx.push(pair("x", cur.extract, base.extract));
  ra.push(pair("a", (d) => cur.analyze(d, { path: "x" }), (d) => base.analyze(d, { path: "x" })));
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const ms = (us) => (us / 1000 / PASSES).toFixed(1);
const mins = (key) => `least ${ms(least[key][0])} / ${ms(least[key][1])} ms a pass = ${(least[key][0] / least[key][1]).toFixed(2)}`;
console.log(`extract this/other: ${rx.map((x) => x.toFixed(2)).join(" ")}  median ${med(rx).toFixed(2)}; ${mins("x")}`);
console.log(`analyze this/other: ${ra.map((x) => x.toFixed(2)).join(" ")}  median ${med(ra).toFixed(2)}; ${mins("a")}`);
