/**
 * Runs the inputs of a command through the worker pool and hands each result to the command in
 * input order, with the progress bar and the one-line stderr message for each failed file.
 */
import { availableParallelism } from "node:os";
import { DEFAULT_LIMITS } from "../read/limits.js";
import { errorLine } from "./output.js";
import { TaskOutput, WorkerPool, inOrder } from "./pool.js";
import { Progress } from "./progress.js";
import { readStdin, StdinTooLarge } from "./stdin.js";
import type { Failed, TaskResult, WorkerConfig } from "./protocol.js";
import type { Input } from "./walk.js";

interface RunOptions {
  /** Worker threads; default: see defaultJobs. */
  jobs?: number;
  /** Draw the progress bar (only happens when stderr is a terminal). */
  progress: boolean;
}

interface RunSummary {
  files: number;
  failed: number;
  /** Records of listings that could not be read. */
  badRecords: number;
  citations: number;
}

/** The bundled worker sits next to the bundled CLI (dist/worker.js beside dist/cli.js). */
const WORKER_SCRIPT = new URL("./worker.js", import.meta.url);

export async function runInputs(
  inputs: readonly Input[],
  config: WorkerConfig,
  options: RunOptions,
  handlers: {
    /** A part of the current file's formatted output (extract mode), in order. */
    onPart?: (part: string) => Promise<void>;
    /** The file's result, after all its parts. */
    onResult: (input: Input, result: TaskResult) => Promise<void> | void;
  },
): Promise<RunSummary> {
  const needWorkers = inputs.filter((input) => input.kind !== "error").length;
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(needWorkers), needWorkers));
  const pool = new WorkerPool(WORKER_SCRIPT, jobs, config);
  const progress = new Progress(inputs.length, Progress.wanted(options.progress));
  const summary: RunSummary = { files: inputs.length, failed: 0, badRecords: 0, citations: 0 };

  const start = (index: number): TaskOutput => {
    const input = inputs[index];
    if (input.kind === "error") return TaskOutput.of({ index, ok: false, code: input.code, message: input.message });
    if (input.kind === "file") return pool.run({ index, path: input.path });
    const output = new TaskOutput();
    const max = config.limits?.maxFileSize ?? DEFAULT_LIMITS.maxFileSize;
    readStdin(max).then(
      (bytes) => pool.run({ index, path: input.path, bytes }, output),
      (error) => output.finish(stdinFailed(index, error)),
    );
    return output;
  };

  try {
    // Four tasks per worker: two sent to it (see DEPTH in pool.ts) and room for two finished ones
    // to wait behind a slow file, so one big file does not leave the other workers idle at once.
    for await (const output of inOrder(inputs.length, start, jobs * 4)) {
      const parts = output.drain();
      let next = await parts.next();
      for (; !next.done; next = await parts.next()) await handlers.onPart?.(next.value);
      const result = next.value;
      const input = inputs[result.index];
      if (result.ok) {
        summary.citations += result.citations;
        progress.fileDone(result.citations, result.chars);
        for (const bad of result.badRecords ?? []) {
          summary.badRecords++;
          progress.log(errorLine(bad.file, bad.message));
        }
      } else {
        summary.failed++;
        progress.fileDone(0, 0);
        progress.log(errorLine(input.path, result.message));
      }
      await handlers.onResult(input, result);
    }
  } finally {
    progress.finish();
    await pool.close();
  }
  return summary;
}

/**
 * A worker takes about half a second to start (it loads the readers and builds the grammar), while
 * a typical plan takes milliseconds: by default no more than one worker per FILES_PER_WORKER
 * files, so a handful of files is not slowed down by starting idle workers. And one worker fewer
 * than the cores: a worker does not run alone. The main thread takes its output (and builds the
 * graph, for `graph`), and V8's helper threads compile and collect for it; with one worker on 2,000
 * plans the process used ~1.3 cores (`extract`) and ~1.6 (`graph`). Each worker also warms up its
 * own isolate (a cold pass costs about twice a warm one). On 2 cores a second worker made
 * `extract` and `graph` no faster by the clock (4.1-6.6 s against 4.3-4.6 s, 6.9-10.1 against
 * 6.4-9.6 s, three pairs at load 2-3) for 35-50 % more CPU and 35 MB more memory (bench/README.md,
 * Session 24); on an idle 2-core machine it once saved ~20 % of the clock (10,000 plans: 11.7 s
 * with --jobs 1, 9.5 s with 2), which --jobs 2 still gives. An explicit --jobs is obeyed as given.
 */
const FILES_PER_WORKER = 8;

function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism() - 1, Math.ceil(files / FILES_PER_WORKER)));
}

function stdinFailed(index: number, error: unknown): Failed {
  if (error instanceof StdinTooLarge) return { index, ok: false, code: "too-large", message: `standard input is ${error.message}` };
  const code = (error as NodeJS.ErrnoException).code ?? "error";
  return { index, ok: false, code: "unreadable", message: `cannot read standard input (${code})` };
}
