#!/usr/bin/env node
/**
 * The library's share of a `vncite extract|graph --jobs 1` run, as a whole process: one worker
 * thread made as the pool makes it (the same V8 flags, the same young generation), which reads
 * each file as the bare scan does (readFileSync, UTF-8) and runs the function the command's worker
 * runs on it (analyzeWithoutRelations for extract, analyze for graph), from the CLI's own bundle,
 * and posts back only a count. No reader, no records, no messages per file, no output, no graph:
 * the command's CPU less this one's is what the command adds around the library (issue 15).
 *
 *   /usr/bin/time -v node bench/cli-library.mjs <dist> <dir> extract|graph
 *
 * Prints the files and citations seen, so a run that analysed nothing is visible.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

if (isMainThread) {
  const [dist, dir, mode = "extract"] = process.argv.slice(2);
  if (!dist || !dir || !["extract", "graph"].includes(mode)) {
    console.error("usage: node bench/cli-library.mjs <dist> <dir> extract|graph");
    process.exit(2);
  }
  // The flags WorkerPool sets before it starts its workers (src/cli/pool.ts).
  for (const flag of ["--heap-growing-percent=50", "--max-inlined-bytecode-size-cumulative=100", "--no-regexp-tier-up", `--interrupt-budget=${2 * 67_584}`]) setFlagsFromString(flag);
  // The CLI bundle's chunk that exports both analyses (its name is a content hash).
  const chunk = readdirSync(dist).find((f) => f.endsWith(".js") && /export \{\s*analyze,\s*analyzeWithoutRelations\s*\}/.test(readFileSync(join(dist, f), "utf8")));
  if (!chunk) throw new Error(`no chunk in ${dist} exports analyze and analyzeWithoutRelations`);
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { chunk: pathToFileURL(resolve(dist, chunk)).href, dir: resolve(dir), mode },
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  worker.on("message", (m) => console.log(`${m.files} files, ${m.citations} citations (${mode}, library only)`));
  worker.on("error", (e) => {
    throw e;
  });
} else {
  const { chunk, dir, mode } = workerData;
  const lib = await import(chunk);
  const analyse = mode === "graph" ? lib.analyze : lib.analyzeWithoutRelations;
  function* files(path) {
    if (!statSync(path).isDirectory()) return yield path;
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  }
  let count = 0;
  let citations = 0;
  for (const file of files(dir)) {
    citations += analyse(readFileSync(file).toString("utf8"), { path: file }).citations.length;
    count++;
  }
  parentPort.postMessage({ files: count, citations });
}
