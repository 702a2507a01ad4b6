// A stand-in for dist/worker.js in the pool tests: answers after a random delay (so tasks finish
// out of order), in two parts, dies outright on any path containing "crash", and spins for ever
// (never yielding, as a stuck parser would) on any path containing "hang".
import { parentPort } from "node:worker_threads";

parentPort.on("message", (task) => {
  parentPort.postMessage({ index: task.index, begin: true });
  setTimeout(() => {
    if (task.path.includes("hang")) for (;;);
    if (task.path.includes("crash")) process.exit(7);
    parentPort.postMessage({ index: task.index, part: `${task.path}:a\n` });
    parentPort.postMessage({ index: task.index, part: `${task.path}:b\n` });
    parentPort.postMessage({ index: task.index, ok: true, chars: task.path.length, citations: 1 });
  }, Math.random() * 20);
});
