/**
 * The worker thread's entry (dist/worker.js). It runs the worker's code, dist/worker-body.cjs (one
 * CommonJS file built from worker.ts with the library inside), through vm.Script with the V8 code
 * cache the build made for it (dist/worker-body.cache): each worker then starts from the bytecode
 * of the functions a run needs instead of parsing and compiling them. A cold run is mostly V8
 * compiling, and each worker pays it again in an isolate of its own; Node 20 has no compile cache
 * for modules (module.enableCompileCache came with Node 22), so the worker's code is a script.
 *
 * A cache is used only when it fits, and otherwise the body is compiled as it would be without one,
 * to the same code: the file starts with the SHA-256 of the body it was made from (V8's own check
 * compares only the source's length), and V8 rejects one made by another V8 or under other V8
 * flags (`cachedDataRejected`). Nothing here writes outside dist/, and only when the build asks.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { parentPort, threadId } from "node:worker_threads";

const BODY = fileURLToPath(new URL("./worker-body.cjs", import.meta.url));
const CACHE = fileURLToPath(new URL("./worker-body.cache", import.meta.url));
const HASH_BYTES = 32;

const source = readFileSync(BODY, "utf8");
const hash = createHash("sha256").update(source).digest();
const cache = cacheFor(hash);
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: BODY,
  cachedData: cache.data,
});
// What became of the cache, for the tests (test/cli/worker-start.test.ts) and for whoever wonders
// why a worker starts slowly: "used", "rejected" (by V8), "stale" (another body's) or "none".
if (process.env.VNCITE_DEBUG_WORKER_CACHE === "1") {
  process.stderr.write(`vncite: worker code cache ${cache.data && script.cachedDataRejected ? "rejected" : cache.state}\n`);
}

// The build's training run (scripts/build.mjs) sets this. A cache holds the functions whose
// bytecode is alive when it is made, and V8 flushes the bytecode of functions not run for a few
// collections (the start-up's, after some files: 65 texts left 0.6 MB of the 1.5 MB one file
// leaves), so the largest cache of the run is kept, each made before a result is posted (the pool
// may stop the worker once it has the last one).
if (process.env.VNCITE_WRITE_WORKER_CACHE === "1" && parentPort) {
  const port = parentPort;
  const post = port.postMessage.bind(port);
  let largest = 0;
  port.postMessage = (message: { ok?: unknown }, transfer?: readonly Transferable[]) => {
    if (message && "ok" in message) {
      const data = script.createCachedData();
      if (data.length > largest) writeCache(Buffer.concat([hash, data]));
      largest = Math.max(largest, data.length);
    }
    post(message, transfer as never);
  };
}

const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(BODY), module, BODY, dirname(BODY));

/** The cache's V8 data when it was made from this body; none (compile as usual) otherwise. */
function cacheFor(hash: Buffer): { data?: Buffer; state: "used" | "stale" | "none" } {
  let file: Buffer;
  try {
    file = readFileSync(CACHE);
  } catch {
    return { state: "none" };
  }
  if (file.length <= HASH_BYTES || !file.subarray(0, HASH_BYTES).equals(hash)) return { state: "stale" };
  return { data: file.subarray(HASH_BYTES), state: "used" };
}

function writeCache(data: Buffer): void {
  const temporary = `${CACHE}.${process.pid}.${threadId}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, CACHE);
}
