#!/usr/bin/env node
/**
 * What sending the graph's analyses from a worker to the main thread costs, by itself: a worker
 * posts the GraphInputs of bench/graph-main.mjs's dump one message each, as objects (what the
 * CLI does: structured cloning) or as JSON text parsed on arrival; "none" loads them and posts
 * nothing, the baseline to subtract. Prints the CPU of both threads from the first post.
 *
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node --single-threaded \
 *     --predictable --predictable-gc-schedule --hash-seed=1 --random-seed=1 \
 *     bench/graph-messages.mjs /tmp/gin.bin none|clone|json
 */
import { readFileSync } from "node:fs";
import v8 from "node:v8";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

if (isMainThread) {
  const [input, mode = "clone"] = process.argv.slice(2);
  const worker = new Worker(new URL(import.meta.url), { workerData: { input, mode } });
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let start = 0;
  let citations = 0;
  let messages = 0;
  worker.on("message", (m) => {
    if (m === "start") {
      start = cpu();
      return;
    }
    if (m === "end") {
      console.log(mode, messages, citations, Math.round(cpu() - start), "ms of CPU (both threads)");
      void worker.terminate();
      return;
    }
    const inputs = mode === "json" ? JSON.parse(m) : m;
    messages++;
    citations += inputs[0].citations.length;
  });
} else {
  const { input, mode } = workerData;
  // v8.deserialize makes a typed array a view on the whole message's buffer, and a view is posted
  // with all of its buffer: the packed analyses' slots (session 29) get a buffer of their own, as
  // the worker's have.
  const own = (a) => (ArrayBuffer.isView(a.slots) ? { ...a, slots: a.slots.slice() } : a);
  const inputs = v8.deserialize(readFileSync(input)).map((m) => own(v8.deserialize(m)));
  parentPort.postMessage("start");
  if (mode !== "none") for (const a of inputs) parentPort.postMessage(mode === "json" ? JSON.stringify([a]) : [a]);
  parentPort.postMessage("end");
}
