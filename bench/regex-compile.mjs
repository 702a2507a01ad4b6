#!/usr/bin/env node
/**
 * What compiling analyze()'s own regexes costs a fresh process: the regexes analyze() runs over a
 * folder that extract() over the same folder never runs, and the time V8 takes to compile each
 * (bench/README, sessions 18 and 19: ~100 of them, ~200-300 ms of a cold pass).
 *
 *   npm run build && node bench/regex-compile.mjs /tmp/p2k [--dist DIST] [--files 2000] [--runs 5] [--top 30]
 *
 * The list: one process runs extract() then analyze() over the files with RegExp.prototype.exec
 * wrapped (test, match, replace and split reach a regex through it once it is replaced), noting each
 * regex's source and flags and how often it ran. The cost: each of --runs fresh processes first runs
 * extract() over 100 files (so V8's one-time regex and case-mapping set-up is paid, as analyze() finds
 * it paid), then compiles every listed regex in a random order and times its first three execs on a
 * short line (bytecode, then the native code V8 tiers up to). Wall time of the main thread: on a
 * loaded machine read the medians, and compare two builds in alternating runs.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: "string", default: "dist" },
    files: { type: "string", default: "2000" },
    runs: { type: "string", default: "5" },
    top: { type: "string", default: "30" },
    child: { type: "string" },
  },
});
const [dir] = positionals;
if (!dir) {
  console.error("usage: node bench/regex-compile.mjs <folder> [--dist DIST] [--files N] [--runs N] [--top N]");
  process.exit(2);
}
const lib = await import(pathToFileURL(join(resolve(values.dist), "index.js")).href);
const files = readdirSync(dir).sort().slice(0, Number(values.files));
const read = (f) => readFileSync(join(dir, f), "utf8");

if (values.child) {
  // One timing run: warm the regex engine as an extract() pass does, then compile each listed regex.
  for (const f of files.slice(0, 100)) lib.extract(read(f));
  const list = JSON.parse(readFileSync(values.child, "utf8"));
  const order = list.map((_, i) => [Math.random(), i]).sort((a, b) => a[0] - b[0]);
  const line = "Căn cứ Luật số 12/2020/QH14 ngày 1/1/2020 của Ủy ban nhân dân tỉnh Nghệ An";
  const ms = new Array(list.length);
  for (const [, i] of order) {
    const t0 = process.hrtime.bigint();
    const re = new RegExp(list[i].source, list[i].flags);
    for (let k = 0; k < 3; k++) {
      re.lastIndex = 0;
      re.exec(line);
    }
    ms[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  console.log(JSON.stringify(ms));
  process.exit(0);
}

// The list, in this process.
const exec = RegExp.prototype.exec;
let seen = new Map();
RegExp.prototype.exec = function (s) {
  const key = `${this.flags}/${this.source}`;
  seen.set(key, (seen.get(key) ?? 0) + 1);
  return exec.call(this, s);
};
const texts = files.map(read);
for (const t of texts) lib.extract(t);
const byExtract = seen;
seen = new Map();
for (const [i, t] of texts.entries()) lib.analyze(t, { path: String(i) });
RegExp.prototype.exec = exec;
const list = [...seen]
  .filter(([key]) => !byExtract.has(key))
  .map(([key, calls]) => ({ flags: key.slice(0, key.indexOf("/")), source: key.slice(key.indexOf("/") + 1), calls }));
const listFile = join(mkdtempSync(join(tmpdir(), "regex-compile-")), "list.json");
writeFileSync(listFile, JSON.stringify(list));

const runs = [];
for (let r = 0; r < Number(values.runs); r++) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dir, "--dist", values.dist, "--files", values.files, "--child", listFile], { encoding: "utf8" });
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    process.exit(child.status ?? 1);
  }
  runs.push(JSON.parse(child.stdout));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = list.map((r, i) => ({ ...r, ms: median(runs.map((run) => run[i])) })).sort((a, b) => b.ms - a.ms);
console.log(`${values.dist}: ${byExtract.size} regexes run by extract(), ${seen.size} by analyze(), ${list.length} by analyze() alone (${files.length} files)`);
console.log(`compile ms of those, each run's sum: ${runs.map((run) => run.reduce((s, x) => s + x, 0).toFixed(0)).join(" ")}; sum of medians ${rows.reduce((s, r) => s + r.ms, 0).toFixed(0)}`);
console.log("median ms    calls  flags  source");
for (const r of rows.slice(0, Number(values.top))) {
  console.log(`${r.ms.toFixed(1).padStart(9)} ${String(r.calls).padStart(8)}  ${r.flags.padEnd(5)}  ${r.source.slice(0, 100)}`);
}
