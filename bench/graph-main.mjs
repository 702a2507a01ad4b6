#!/usr/bin/env node
/**
 * The main thread's share of `vncite graph`, stage by stage, for counting instructions under
 * valgrind: the analyses of a folder as the workers send them (GraphInput, structured-cloned), then
 * in one process: receiving them (v8.deserialize, as a message is), addAnalysis, mergeUndatedMentions,
 * the JSON export. Each stage's instructions are a run's count less the run of the stage before it.
 *
 *   node bench/graph-main.mjs bundle <checkout> /tmp/g.mjs      # the graph's modules of a checkout's src/, one file
 *   node bench/graph-main.mjs dump <dist> /tmp/p2k /tmp/gin.bin  # the analyses, one message each, as this checkout's worker sends them
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node --single-threaded \
 *     --predictable --predictable-gc-schedule --hash-seed=1 --random-seed=1 \
 *     bench/graph-main.mjs run /tmp/g.mjs /tmp/gin.bin none|receive|build|merge|json|export
 *
 * merge: build + mergeUndatedMentions; json: merge + the JSON export, its pieces' lengths summed; export: the same
 * with a hash of every character (the hash loop alone reads ~1,000 M instructions over /tmp/p2k's graph).
 *
 * The graph's modules come from src/ (bundled with esbuild) because dist's chunks are not named.
 * `run` prints the graph's order, size and the export's length and a hash of it, so two bundles'
 * runs show they built the same graph.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";

const [step, a, b, c] = process.argv.slice(2);
const url = (p) => pathToFileURL(resolve(p)).href;

if (step === "bundle") {
  const entry = join(resolve(a), ".graph-main-entry.ts");
  writeFileSync(
    entry,
    [
      'export { addAnalysis, createGraph } from "./src/graph/build.js";',
      'export { mergeUndatedMentions } from "./src/graph/merge-undated.js";',
      'export { exportJSONChunks } from "./src/graph/export-json.js";',
      // Since session 29 a worker sends its analyses packed (src/cli/graph-packed.ts); before, as GraphInput objects.
      ...(existsSync(join(resolve(a), "src/cli/graph-packed.ts"))
        ? ['export { packGraphInput as graphInput } from "./src/cli/graph-input.js";', 'export { unpackGraphInput } from "./src/cli/graph-packed.js";']
        : ['export { graphInput } from "./src/cli/graph-input.js";', "export const unpackGraphInput = (a) => a;"]),
    ].join("\n"),
  );
  const esbuild = resolve("node_modules/.bin/esbuild");
  const r = spawnSync(esbuild, [entry, "--bundle", "--platform=node", "--format=esm", `--outfile=${resolve(b)}`, "--log-level=warning"], { stdio: "inherit" });
  rmSync(entry);
  process.exit(r.status ?? 1);
} else if (step === "dump") {
  const { analyze } = await import(url(join(a, "index.js")));
  const bundle = join(process.env.TMPDIR ?? "/tmp", `graph-main-${process.pid}.mjs`);
  spawnSync(process.execPath, [process.argv[1], "bundle", ".", bundle], { stdio: "inherit" });
  const { graphInput } = await import(url(bundle));
  rmSync(bundle);
  const messages = readdirSync(b)
    .sort()
    .map((f) => join(b, f))
    .map((p) => v8.serialize(graphInput(analyze(readFileSync(p, "utf8"), { path: p }))));
  writeFileSync(c, v8.serialize(messages));
} else if (step === "run") {
  const stage = c ?? "export";
  const g = await import(url(a));
  const messages = v8.deserialize(readFileSync(b));
  const graph = g.createGraph();
  if (stage === "receive") for (const m of messages) g.unpackGraphInput(v8.deserialize(m));
  else if (stage !== "none") for (const m of messages) g.addAnalysis(graph, g.unpackGraphInput(v8.deserialize(m)));
  if (stage === "export" || stage === "json" || stage === "merge") g.mergeUndatedMentions(graph);
  let length = 0;
  let hash = 0;
  if (stage === "json") for (const piece of g.exportJSONChunks(graph)) length += piece.length;
  if (stage === "export") {
    for (const piece of g.exportJSONChunks(graph)) {
      length += piece.length;
      for (let i = 0; i < piece.length; i++) hash = (Math.imul(hash, 31) + piece.charCodeAt(i)) | 0;
    }
  }
  console.log(stage, graph.order, graph.size, length, hash);
} else {
  console.error("usage: node bench/graph-main.mjs bundle <checkout> <out.mjs> | dump <dist> <dir> <out.bin> | run <bundle.mjs> <in.bin> [none|receive|build|merge|json|export]");
  process.exit(2);
}
