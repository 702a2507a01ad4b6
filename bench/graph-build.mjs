#!/usr/bin/env node
/**
 * The main thread's share of `vncite graph`: building the graph from analyses as they arrive
 * from the workers (copied by structured clone, as v8.deserialize copies them here), then
 * merging undated mentions. Prints the CPU time of that and the graph's heap after a full
 * collection; with --against, the same for another build, run by run, and checks that both
 * graphs write the same JSON.
 *
 *   npm run build && node bench/graph-build.mjs --dir /tmp/plans [--files 2000] [--against .tmp/base/dist] [--rounds 2]
 *
 * The analyses are made once, by this checkout's dist, and kept in a temporary file.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import v8 from "node:v8";

const { values } = parseArgs({
  options: {
    dir: { type: "string" },
    files: { type: "string" },
    dist: { type: "string", default: "dist" },
    against: { type: "string" },
    rounds: { type: "string", default: "2" },
    // Internal: "analyse" writes the analyses to --out; "build" builds from --in with --dist.
    step: { type: "string" },
    in: { type: "string" },
    out: { type: "string" },
  },
});
const root = fileURLToPath(new URL("..", import.meta.url));
const lib = (dist) => import(pathToFileURL(join(resolve(root, dist), "index.js")).href);

if (values.step === "analyse") {
  const { analyze } = await lib(values.dist);
  const names = readdirSync(values.dir).sort().slice(0, values.files ? Number(values.files) : undefined);
  const fd = openSync(values.out, "w");
  for (const name of names) {
    const path = join(values.dir, name);
    const bytes = v8.serialize(analyze(readFileSync(path, "utf8"), { path }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(bytes.length);
    writeSync(fd, length);
    writeSync(fd, bytes);
  }
  closeSync(fd);
  process.exit(0);
}

if (values.step === "build") {
  const { CitationGraph } = await lib(values.dist);
  const data = readFileSync(values.in);
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const t = process.cpuUsage();
  const graph = new CitationGraph();
  for (let at = 0; at < data.length; ) {
    const length = data.readUInt32LE(at);
    graph.add(v8.deserialize(data.subarray(at + 4, at + 4 + length)));
    at += 4 + length;
  }
  graph.mergeUndatedMentions();
  const u = process.cpuUsage(t);
  globalThis.gc();
  const heap = process.memoryUsage().heapUsed - before;
  const hash = (await import("node:crypto")).createHash("sha1");
  for (const piece of graph.toJSONChunks()) hash.update(piece);
  console.log(JSON.stringify({ cpu: (u.user + u.system) / 1e6, heap: heap / 1e6, documents: graph.order, edges: graph.size, json: hash.digest("hex") }));
  process.exit(0);
}

if (!values.dir) {
  console.error("usage: node bench/graph-build.mjs --dir <folder of plans> [--files N] [--against <other dist>] [--rounds N]");
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), "vncite-graph-build-"));
try {
  const file = join(work, "analyses.bin");
  const self = fileURLToPath(import.meta.url);
  const made = spawnSync(process.execPath, [self, "--step", "analyse", "--dir", values.dir, "--dist", values.dist, "--out", file, ...(values.files ? ["--files", values.files] : [])], { stdio: "inherit" });
  if (made.status !== 0) throw new Error("analysing failed");
  const build = (dist) => {
    const r = spawnSync(process.execPath, ["--expose-gc", self, "--step", "build", "--in", file, "--dist", dist], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`building with ${dist} failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  const builds = [values.dist, ...(values.against ? [values.against] : [])];
  console.log(`| round | build | CPU s | graph heap MB | documents | edges |\n|---:|---|---:|---:|---:|---:|`);
  for (let round = 1; round <= Number(values.rounds); round++) {
    // Alternated, so that neither build always runs first.
    const order = round % 2 ? builds : [...builds].reverse();
    const runs = order.map((dist) => [dist, build(dist)]);
    for (const [dist, r] of runs) console.log(`| ${round} | ${dist} | ${r.cpu.toFixed(2)} | ${r.heap.toFixed(1)} | ${r.documents} | ${r.edges} |`);
    if (new Set(runs.map(([, r]) => r.json)).size > 1) throw new Error("the builds' graphs write different JSON");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
