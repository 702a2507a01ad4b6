#!/usr/bin/env node
/**
 * What a command's worker does around the analysis, stage by stage, for counting instructions under
 * valgrind: one worker thread (the pool's V8 flags and young generation) going through a folder's
 * files in order, doing only
 *
 *   lib      read (loadFileSync, readDocument) and analyse (analyzeWithoutRelations for extract, analyze for graph)
 *   format   processFile itself: lib, then the NDJSON records (extract) or the packed analysis (graph), kept nowhere
 *   post     format, each part and result posted to the main thread, which drops them
 *
 * Each stage's cost is its run less the run of the stage before it; the whole command less `post` is
 * the main thread's (start, walk, receiving, writing; for graph, building, merging and the export)
 * plus what a bundle of dist differs by (see below).
 *
 *   node bench/worker-stages.mjs bundle <checkout> /tmp/ws.mjs
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node --single-threaded \
 *     --predictable --predictable-gc-schedule --hash-seed=1 --random-seed=1 \
 *     /tmp/ws.mjs /tmp/p2k extract|graph lib|format|post
 *
 * The modules come from src/ (bundled with esbuild) because dist's chunks are not named; a bundle of
 * another shape counts differently (Session 47: `extract` over /tmp/p2k, a bundle of these stages' `post` 20.92 G
 * against the command's 19.96 G), so compare stages of one bundle with each other, not with dist.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const [step, a, b] = process.argv.slice(2);
if (step !== "bundle") {
  console.error("usage: node bench/worker-stages.mjs bundle <checkout> <out.mjs>; then node <out.mjs> <dir> extract|graph lib|format|post");
  process.exit(2);
}
const entry = join(resolve(a), ".worker-stages-entry.ts");
writeFileSync(
  entry,
  `
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { setFlagsFromString } from "node:v8";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze, analyzeWithoutRelations } from "./src/analyze/index.js";
import { readDocument } from "./src/read/index.js";
import { loadFileSync } from "./src/read/load.js";
import { processFile } from "./src/cli/process-file.js";

if (isMainThread) {
  const [dir, mode, level] = process.argv.slice(2);
  // As pool.ts sets them, before the worker starts.
  setFlagsFromString("--heap-growing-percent=50");
  setFlagsFromString("--max-inlined-bytecode-size-cumulative=100");
  setFlagsFromString("--no-regexp-tier-up");
  setFlagsFromString("--interrupt-budget=" + 2 * 67584);
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  const worker = new Worker(new URL(import.meta.url), { workerData: { files, mode, level }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  let messages = 0;
  worker.on("message", (m) => {
    if (m && m.done) {
      console.log(mode, level, "citations", m.citations, "messages", messages);
      void worker.terminate();
    } else messages++;
  });
} else {
  const { files, mode, level } = workerData as { files: string[]; mode: "extract" | "graph"; level: string };
  const config = { mode, format: "ndjson" as const };
  let citations = 0;
  for (let index = 0; index < files.length; index++) {
    const path = files[index];
    if (level === "lib") {
      const read = await readDocument(loadFileSync(path, 50 * 1024 * 1024), { path });
      citations += (mode === "graph" ? analyze : analyzeWithoutRelations)(read.text, { path }).citations.length;
      continue;
    }
    const post = level === "post";
    const result = (await processFile({ index, path }, config, (part) => {
      if (post) parentPort!.postMessage({ index, part });
    })) as { citations?: number };
    citations += result.citations ?? 0;
    if (post) parentPort!.postMessage(result);
  }
  parentPort!.postMessage({ done: true, citations });
}
`,
);
const esbuild = resolve("node_modules/.bin/esbuild");
const r = spawnSync(esbuild, [entry, "--bundle", "--platform=node", "--format=esm", `--outfile=${resolve(b)}`, "--log-level=error"], { stdio: "inherit" });
rmSync(entry);
process.exit(r.status ?? 1);
