/**
 * The worker thread's entry (dist/worker.js). It runs the worker's code, dist/worker-body.cjs (one
 * CommonJS file built from worker.ts with the library inside), through vm.Script with the V8 code
 * cache the build made for it (dist/worker-body.cache): each worker then starts from the bytecode
 * of the functions a run needs instead of parsing and compiling them. A cold run is mostly V8
 * compiling, and each worker pays it again in an isolate of its own; Node 20 has no compile cache
 * for modules (module.enableCompileCache came with Node 22), so the worker's code is a script.
 *
 * A cache is used only when it fits, and otherwise the body is compiled as it would be without one,
 * to the same code: the file starts with the CRC-32 and the length of the body it was made from
 * (V8's own check compares only the source's length), and V8 rejects one made by another V8 or
 * under other V8 flags (`cachedDataRejected`). A CRC, not a cryptographic hash: it tells builds
 * apart (whoever can write dist/ can change the code itself), and zlib is loaded by the body anyway,
 * where node:crypto would cost the worker its own load (1.5 % of a one-file extract's instructions,
 * with the hashing). Nothing here writes outside dist/, and only when the build asks.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { parentPort, threadId } from "node:worker_threads";
import { crc32 } from "node:zlib";

const BODY = fileURLToPath(new URL("./worker-body.cjs", import.meta.url));
const CACHE = fileURLToPath(new URL("./worker-body.cache", import.meta.url));
const HEADER_BYTES = 8;

const bytes = readFileSync(BODY);
const header = Buffer.alloc(HEADER_BYTES);
header.writeUInt32BE(crc32(bytes), 0);
header.writeUInt32BE(bytes.length, 4);
const source = bytes.toString("utf8");
const cache = cacheFor(header);
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
      if (data.length > largest) writeCache(Buffer.concat([header, data]));
      largest = Math.max(largest, data.length);
    }
    post(message, transfer as never);
  };
}

const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(BODY), module, BODY, dirname(BODY));

/** The cache's V8 data when it was made from this body; none (compile as usual) otherwise. */
function cacheFor(header: Buffer): { data?: Buffer; state: "used" | "stale" | "none" } {
  let file: Buffer;
  try {
    file = readFileSync(CACHE);
  } catch {
    return { state: "none" };
  }
  if (file.length <= HEADER_BYTES || !file.subarray(0, HEADER_BYTES).equals(header)) return { state: "stale" };
  return { data: file.subarray(HEADER_BYTES), state: "used" };
}

function writeCache(data: Buffer): void {
  const temporary = `${CACHE}.${process.pid}.${threadId}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, CACHE);
}
