#!/usr/bin/env node
/**
 * CPU time of extract() and analyze() in this build against another (a worktree of an older
 * commit, built with tsup), over the same generated plans, in one process, paired round by round:
 * CPU time, not wall time, so that other processes on the machine hardly move the ratio.
 *
 *   git worktree add .tmp/base <commit> && (cd .tmp/base && ln -s ../../node_modules && npx tsup)
 *   node bench/compare-builds.mjs .tmp/base/dist
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateDocuments } from "./corpus.mjs";

const other = process.argv[2];
if (!other) {
  console.error("usage: node bench/compare-builds.mjs <other dist folder> [--rounds N] [--passes N]");
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
const base = await import(pathToFileURL(resolve(other, "index.js")).href);
const cur = await import(new URL("../dist/index.js", import.meta.url).href);
const docs = [...generateDocuments({ seed: 7, files: 300 })].map((d) => d.text);
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
