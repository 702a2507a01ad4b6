#!/usr/bin/env node
/**
 * One cold pass of extract() or analyze() over a folder, in this fresh process, and the CPU each
 * thread spent on it: the main thread (vncite's own code running) and V8's helper threads
 * (TurboFan compiling hot functions, parallel garbage collection). process.cpuUsage() sums them;
 * on a cold pass the helpers' share was ~40 % (bench/README, session 16), which only a per-thread
 * reading shows. Linux only: it reads /proc/self/task/<tid>/schedstat (nanoseconds on the CPU).
 *
 *   npm run build && node bench/threads.mjs /tmp/p2k analyze [--dist DIST] [--runs 3]
 *
 * With --runs N the pass runs in N fresh processes (one after another) and each prints a line;
 * run two builds alternately (--dist) to compare them: on a shared machine a single run moves by
 * tens of per cent.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: "string", default: "dist" }, runs: { type: "string", default: "1" }, child: { type: "boolean", default: false } },
});
const [dir, mode = "analyze"] = positionals;
if (!dir || (mode !== "extract" && mode !== "analyze")) {
  console.error("usage: node bench/threads.mjs <folder> [extract|analyze] [--dist DIST] [--runs N]");
  process.exit(2);
}
if (!existsSync("/proc/self/task")) {
  console.error("bench/threads.mjs reads /proc/self/task: Linux only");
  process.exit(2);
}

if (!values.child) {
  for (let run = 0; run < Number(values.runs); run++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dir, mode, "--dist", values.dist, "--child"], { stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  process.exit(0);
}

/** CPU milliseconds of each thread of this process, by thread id. */
function perThread() {
  const out = new Map();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      out.set(tid, Number(readFileSync(`/proc/self/task/${tid}/schedstat`, "utf8").split(" ")[0]) / 1e6);
    } catch {
      // A thread that ended between the listing and the read: it spent nothing more.
    }
  }
  return out;
}

const lib = await import(pathToFileURL(join(resolve(values.dist), "index.js")).href);
const texts = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const before = perThread();
let citations = 0;
for (const [i, text] of texts.entries()) citations += mode === "extract" ? lib.extract(text).length : lib.analyze(text, { path: String(i) }).citations.length;
const after = perThread();
let main = 0;
let helpers = 0;
for (const [tid, ms] of after) {
  const spent = ms - (before.get(tid) ?? 0);
  if (tid === String(process.pid)) main += spent;
  else helpers += spent;
}
console.log(`${values.dist} ${mode}: ${texts.length} files, ${citations} citations; main thread ${main.toFixed(0)} ms, V8 helper threads ${helpers.toFixed(0)} ms, total ${(main + helpers).toFixed(0)} ms`);
