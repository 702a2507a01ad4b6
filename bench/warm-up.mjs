#!/usr/bin/env node
/**
 * What a process pays before the library runs at its steady speed: extract() or analyze() over a folder, pass after
 * pass in one process, the CPU time of each chunk of files printed. The first pass against the last is the warm-up
 * (V8 compiling and tiering up the library's functions and regexes, inline caches filling) that a command over
 * that many files pays once; the last pass is what the same work costs warm.
 *
 *   npm run build && node bench/warm-up.mjs DIR [extract|analyze] [--passes 3] [--chunk 250] [--dist DIST]
 *
 * CPU time (process.cpuUsage: user + system, V8's compiler threads included), so a loaded machine moves it less
 * than the clock; each build and mode in a process of its own.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const passes = Number(option("--passes", 3));
const chunk = Number(option("--chunk", 250));
const dist = resolve(option("--dist", new URL("../dist", import.meta.url).pathname));
const [dir, mode = "analyze"] = args;
if (!dir || !["extract", "analyze"].includes(mode) || !(passes >= 1) || !(chunk >= 1)) {
  console.error("usage: node bench/warm-up.mjs DIR [extract|analyze] [--passes N] [--chunk N] [--dist DIST]");
  process.exit(2);
}

const lib = await import(pathToFileURL(join(dist, "index.js")).href);
const texts = readdirSync(dir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(join(dir, name), "utf8"));
if (texts.length === 0) {
  console.error(`no .txt files in ${dir}`);
  process.exit(2);
}
const run = mode === "extract" ? (text) => lib.extract(text) : (text) => lib.analyze(text, { path: "x" });
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

console.log(`${mode}, ${texts.length} files, chunks of ${chunk}, ${dist}`);
const totals = [];
for (let pass = 0; pass < passes; pass++) {
  const chunks = [];
  for (let from = 0; from < texts.length; from += chunk) {
    const since = process.cpuUsage();
    for (let i = from; i < Math.min(from + chunk, texts.length); i++) run(texts[i]);
    chunks.push(cpuMs(since));
  }
  const total = chunks.reduce((a, b) => a + b, 0);
  totals.push(total);
  console.log(`pass ${pass + 1}: ${total.toFixed(0)} ms CPU; chunks: ${chunks.map((ms) => ms.toFixed(0)).join(" ")}`);
}
if (passes > 1) {
  const first = totals[0];
  const last = totals[totals.length - 1];
  console.log(`first pass / last pass: ${(first / last).toFixed(2)}; the warm-up: ${(first - last).toFixed(0)} ms CPU`);
}
