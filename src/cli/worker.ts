/**
 * The worker thread (dist/worker.js): takes one Task at a time from the pool, reads and analyses
 * it, and posts back plain data. Every failure becomes a Failed result, so the pool always gets
 * an answer for every task it sent.
 */
import { parentPort, workerData } from "node:worker_threads";
import { processFile } from "./process-file.js";
import type { Failed, Task, TaskResult, WorkerConfig } from "./protocol.js";

const config = workerData as WorkerConfig;

/** Tasks started and not yet answered: more than one only while a reader awaits (a PDF's thread). */
let active = 0;
/** The pool cannot tell when a new worker has started up: its first task says when it begins. */
let first = true;

parentPort?.on("message", async (task: Task) => {
  let result: TaskResult;
  const begin = () => parentPort?.postMessage({ index: task.index, begin: true });
  // A task that starts while none other is under way needs no word: the pool starts its clock
  // when it sends it to an idle worker that is up, or when the task before it is answered (see Begin).
  if (active > 0 || first) begin();
  first = false;
  active++;
  // The last part rides with the result: most files have one part, and a message costs the two
  // threads more than the text it carries.
  let held: string | undefined;
  const emit = (part: string) => {
    if (held !== undefined) parentPort?.postMessage({ index: task.index, part: held });
    held = part;
  };
  try {
    result = await processFile(task, config, emit, begin);
  } catch (error) {
    result = internal(task, error);
  }
  active--;
  try {
    parentPort?.postMessage(held === undefined ? result : { ...result, tail: held });
  } catch (error) {
    // A result that cannot be cloned (a bug upstream) must still answer the task.
    parentPort?.postMessage(held === undefined ? internal(task, error) : { ...internal(task, error), tail: held });
  }
});

function internal(task: Task, error: unknown): Failed {
  return { index: task.index, ok: false, code: "internal", message: `internal error: ${error instanceof Error ? error.message : String(error)}` };
}
