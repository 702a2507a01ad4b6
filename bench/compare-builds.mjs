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
  console.error("usage: node bench/compare-builds.mjs <other dist folder>");
  process.exit(2);
}
const base = await import(pathToFileURL(resolve(other, "index.js")).href);
const cur = await import(new URL("../dist/index.js", import.meta.url).href);
const docs = [...generateDocuments({ seed: 7, files: 300 })].map((d) => d.text);
const time = (f) => {
  const t = process.cpuUsage();
  for (const d of docs) f(d);
  const u = process.cpuUsage(t);
  return u.user + u.system;
};
for (let i = 0; i < 2; i++) {
  time(base.extract);
  time(cur.extract);
}
const rx = [];
const ra = [];
for (let i = 0; i < 7; i++) {
  rx.push(time(cur.extract) / time(base.extract));
  ra.push(time((d) => cur.analyze(d, { path: "x" })) / time((d) => base.analyze(d, { path: "x" })));
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(`extract this/other: ${rx.map((x) => x.toFixed(2)).join(" ")}  median ${med(rx).toFixed(2)}`);
console.log(`analyze this/other: ${ra.map((x) => x.toFixed(2)).join(" ")}  median ${med(ra).toFixed(2)}`);
