#!/usr/bin/env node
/**
 * The cost of analyze() per document, against extract() of the same text: the roles, parts and
 * relations analyze adds on top of finding citations. Documents are generated plans of ~16 KB
 * (bench/corpus.mjs) and the 60 real texts of fixtures/dev, each analysed once per round.
 *
 *   node bench/analyze.bench.mjs [--dist dist] [--files 600] [--rounds 7]
 *
 * --dist names another build (e.g. a worktree of an older commit) to compare the same documents.
 * Figures: MB/s of each (median of the rounds) and the paired ratio analyze/extract.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateDocuments } from "./corpus.mjs";

const { values } = parseArgs({ options: { dist: { type: "string", default: "dist" }, files: { type: "string", default: "600" }, rounds: { type: "string", default: "7" } } });
const lib = await import(pathToFileURL(resolve(values.dist, "index.js")).href);
const generated = [...generateDocuments({ seed: 7, files: Number(values.files) })].map((d) => d.text);
const devDir = new URL("../fixtures/dev/texts/", import.meta.url);
const real = readdirSync(devDir).sort().map((f) => readFileSync(join(devDir.pathname, f), "utf8"));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function measure(name, docs) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  for (const d of docs.slice(0, 50)) lib.analyze(d); // warm up
  const ex = [];
  const an = [];
  const ratio = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    let t = performance.now();
    for (const d of docs) lib.extract(d);
    const e = performance.now() - t;
    t = performance.now();
    for (const d of docs) lib.analyze(d);
    const a = performance.now() - t;
    ex.push(e);
    an.push(a);
    ratio.push(a / e);
  }
  const mbs = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(
    `${name.padEnd(24)} ${(bytes / 1e6).toFixed(1)} MB  extract ${mbs(median(ex))} MB/s  analyze ${mbs(median(an))} MB/s  analyze/extract ${median(ratio).toFixed(2)} (paired median)`,
  );
}
console.log(`dist: ${values.dist}`);
measure(`generated plans (${generated.length})`, generated);
measure(`dev texts (${real.length})`, real);
