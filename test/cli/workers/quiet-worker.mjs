// A stand-in for dist/worker.js that, like it, says when it begins a task only for its first task
// and for a task started while another is under way: the pool starts the others' clocks itself.
// Answers each task synchronously, and spins for ever on any path containing "hang".
import { parentPort } from "node:worker_threads";

let first = true;

parentPort.on("message", (task) => {
  if (first) parentPort.postMessage({ index: task.index, begin: true });
  first = false;
  const until = performance.now() + 5;
  while (performance.now() < until);
  if (task.path.includes("hang")) for (;;);
  parentPort.postMessage({ index: task.index, ok: true, chars: task.path.length, citations: 1 });
});
