/**
 * A fixed-size pool of worker threads running dist/worker.js, and `inOrder`, which runs tasks on
 * it and hands results back in input order. Output order therefore never depends on which worker
 * finishes first, and --jobs changes only the speed.
 */
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { DEFAULT_LIMITS } from "../read/limits.js";
import type { Failed, Task, TaskResult, WorkerConfig, WorkerMessage } from "./protocol.js";

/**
 * Tasks sent to one worker before its previous ones are done. Two keeps a worker busy: while it
 * analyses one file, the next file's read is already under way (the read is async I/O), and the
 * next task does not wait for a round trip through the main thread.
 */
const DEPTH = 2;

/**
 * A worker's young generation, in MB (V8 gives each isolate up to ~48 MB by default). What a task
 * allocates dies with the task, so a small nursery does the same work in more, shorter
 * collections: on 2,000 plans `vncite graph --jobs 2` peaked 46 MB lower (283 → 237 MB) at the
 * same CPU time. The old generation, which holds a large file, keeps its default limit.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * How much a heap may grow past what the last full collection left alive, in percent. V8 lets
 * a heap grow up to four times that when collections are quick, which is what a worker's are
 * (a task's garbage dies young): over 10,000 plans each worker's heap reached ~110 MB holding
 * ~45 MB, and `extract --jobs 2` peaked at 270-300 MB of RSS; with 50 % it peaked at 227 MB,
 * and `graph` (whose main thread holds the growing graph) at 420-426 MB instead of 471-485 MB,
 * for the same CPU time within the noise of paired runs. V8 flags are the process's: this
 * holds for the main thread too, and for workers started after it is set (as does the next).
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * How much bytecode TurboFan may inline into one function it optimises (V8's default: 920).
 * A run of the command is mostly warm-up: one cold pass over 2,000 plans cost ~5 s of CPU
 * against ~2.5 s for a warm one, and a third of a run's CPU went to V8's compiler threads, much
 * of it recompiling large functions (with everything inlined) after deoptimisations. With 200,
 * `extract --jobs 1` on 2,000 plans took 12-16 % less CPU (medians of 8 and 5 paired runs; the
 * workers' own threads the same) and `graph` with the default jobs ~15 % less; outputs
 * identical, and warm passes within the noise (bench/README.md, Session 7). 200 -> 100 (Session
 * 41, in instructions, cachegrind of the whole process, outputs identical): `extract --jobs 1`
 * over 300 plans -2.2 %, over 2,000 -1.4 % (the same ~0.2-0.3 G saved: compiling, paid once a
 * worker), `graph --jobs 1` over 300 -2.0 %; 50 saved more over 300 plans and less over 2,000
 * (its code ran slower), 25 less than 50 over 300.
 */
const MAX_INLINED_BYTECODE_CUMULATIVE = 100;

/**
 * V8 runs a new regex in its bytecode interpreter and compiles it to machine code when it runs
 * again ("tier-up"); without tier-up a regex is compiled to machine code once, when first run. A
 * worker's ~450 regexes nearly all tier up within its first few files, so the bytecode compiles
 * and interpreted runs were spent for nothing: in instructions (cachegrind, whole process) a
 * one-file `extract` took 7.5 % fewer, `extract /tmp/p300 --jobs 1` 7.0 %, `--jobs 2` 9.4 % (each
 * worker saves it), `graph --jobs 1` 5.7 %; outputs identical (bench/README.md, Session 41).
 */
const REGEXP_TIER_UP = "--no-regexp-tier-up";

/**
 * How much a function runs (V8 counts bytecodes and loop iterations) between V8's looks at whether
 * to compile it with TurboFan; V8's default 67,584 (66 KiB). A worker's run is mostly its functions'
 * first runs: with the default, hundreds of per-document functions reached TurboFan within the
 * first few hundred files, many of them to be run a few hundred times more. Twice the budget
 * compiles only what keeps running: in instructions (cachegrind, whole process, outputs identical)
 * `extract /tmp/p300 --jobs 1` -8.6 %, over 2,000 plans -1.8 % (bench/README.md, Session 42).
 */
const INTERRUPT_BUDGET = 2 * 67_584;

interface Pending {
  task: Task;
  output: TaskOutput;
  /** Set when retried after a crash: runs alone on a fresh worker, so a crash is its own. */
  alone: boolean;
  /** Whether any output part has arrived (such a task cannot be rerun without repeating output). */
  started: boolean;
  /** Runs out when the task overruns its time budget. */
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, Pending>;
  /** Stopped for overrunning the time budget (its tasks that cannot be rerun fail with "timeout"). */
  overran?: boolean;
  /** Ended by reaching its heap limit (its tasks that cannot be rerun fail with "out-of-memory"). */
  outOfMemory?: boolean;
  /** Has posted a message: it is up, and takes a task the moment it is sent one when idle. */
  started?: boolean;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private closed = false;
  /**
   * A task's whole budget, past which its worker is stopped: the reader's own time limit (which
   * gives the clearer message when it can act) plus a margin for the analysis.
   */
  private readonly budget: number;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly config: WorkerConfig,
  ) {
    const limit = config.limits?.timeLimit ?? DEFAULT_LIMITS.timeLimit;
    this.budget = Math.round(limit * 1.25 + Math.min(limit, 5_000));
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${MAX_INLINED_BYTECODE_CUMULATIVE}`);
    setFlagsFromString(REGEXP_TIER_UP);
    setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  }

  /**
   * Runs one task; its parts and result arrive in the returned output. When a worker dies (out of
   * memory, say), its tasks are rerun one at a time on a fresh worker, so only the task that kills
   * a worker on its own gets a Failed result, whatever else happened to share the worker with it.
   */
  run(task: Task, output = new TaskOutput()): TaskOutput {
    this.queue.push({ task, output, alone: false, started: false });
    this.dispatch();
    return output;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
    this.slots.clear();
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const next = this.queue[0];
      const slot = this.slotFor(next);
      if (!slot) return;
      this.queue.shift();
      // An idle worker that has started up begins at once; see Begin in protocol.ts.
      if (slot.tasks.size === 0 && slot.started) this.startClock(slot, next);
      slot.tasks.set(next.task.index, next);
      slot.worker.postMessage(next.task);
    }
  }

  /** The least busy worker that may take `pending`, spawning one while under `size`; null to wait. */
  private slotFor(pending: Pending): Slot | null {
    let best: Slot | null = null;
    for (const slot of this.slots) {
      // A worker being stopped for overrunning is still listed until it exits: it takes nothing more.
      if (slot.overran) continue;
      const alone = [...slot.tasks.values()].some((t) => t.alone);
      if (alone || slot.tasks.size >= DEPTH || (pending.alone && slot.tasks.size > 0)) continue;
      if (!best || slot.tasks.size < best.tasks.size) best = slot;
    }
    if ((!best || best.tasks.size > 0) && this.slots.size < this.size) return this.spawn();
    return best;
  }

  private spawn(): Slot {
    // stdout/stderr are captured: a library printing to console.log in a worker must not end up
    // in the middle of the NDJSON on our stdout.
    const worker = new Worker(this.script, {
      workerData: this.config,
      stdout: true,
      stderr: true,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const forward = (chunk: Buffer) => process.stderr.write(chunk);
    worker.stdout.on("data", forward);
    worker.stderr.on("data", forward);
    const slot: Slot = { worker, tasks: new Map() };
    this.slots.add(slot);
    worker.on("message", (message: WorkerMessage) => {
      slot.started = true;
      const pending = slot.tasks.get(message.index);
      if (!pending) return;
      if ("begin" in message) {
        this.startClock(slot, pending); // a task that works in steps says so at each: its budget is per step
        return;
      }
      if ("part" in message) {
        pending.started = true;
        pending.output.push(message.part);
        return;
      }
      const { tail, ...result } = message;
      if (tail !== undefined) pending.output.push(tail);
      slot.tasks.delete(message.index);
      clearTimeout(pending.timer);
      // The worker goes on to the next task it was sent, unless that one began already.
      const next = slot.tasks.values().next().value;
      if (next && next.timer === undefined) this.startClock(slot, next);
      pending.output.finish(result);
      this.dispatch();
    });
    const lost = (reason: string) => {
      if (!this.slots.delete(slot)) return;
      // Rerun in input order, ahead of everything else, each alone.
      const retry = [...slot.tasks.values()].sort((a, b) => a.task.index - b.task.index);
      for (const pending of retry) clearTimeout(pending.timer);
      for (const pending of retry.reverse()) {
        if (slot.overran && (pending.alone || pending.started)) pending.output.finish(this.timedOut(pending.task));
        else if (slot.outOfMemory && (pending.alone || pending.started)) pending.output.finish(outOfMemory(pending.task));
        else if (pending.alone || pending.started || this.closed) pending.output.finish(crashed(pending.task, reason));
        else this.queue.unshift({ ...pending, alone: true });
      }
      slot.tasks.clear();
      this.dispatch();
    };
    worker.on("error", (error) => {
      // A worker past its heap limit is ended by Node alone; the rest of the run goes on.
      if ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") slot.outOfMemory = true;
      lost(`worker crashed (${error.message})`);
    });
    worker.on("exit", (code) => lost(`worker exited with code ${code}`));
    return slot;
  }

  /** The task's budget runs from now (again, for a task that works in steps). */
  private startClock(slot: Slot, pending: Pending): void {
    clearTimeout(pending.timer);
    pending.timer = setTimeout(() => this.overrun(slot, pending), this.budget);
  }

  /**
   * A task past its budget: stopping its worker is the only way to stop code that never yields.
   * A task that had the worker to itself fails with "timeout". One that shared it may have been
   * held up by the other: all of them are rerun, each alone on a fresh worker, where an overrun
   * is the task's own.
   */
  private overrun(slot: Slot, pending: Pending): void {
    if (slot.tasks.get(pending.task.index) !== pending) return;
    if (pending.alone || slot.tasks.size === 1) {
      slot.tasks.delete(pending.task.index);
      pending.output.finish(this.timedOut(pending.task));
    }
    slot.overran = true;
    void slot.worker.terminate();
  }

  private timedOut(task: Task): Failed {
    const seconds = Math.round(this.budget / 100) / 10;
    return { index: task.index, ok: false, code: "timeout", message: `took longer than ${seconds} s and was stopped; raise --time-limit to wait longer` };
  }
}

function outOfMemory(task: Task): Failed {
  return {
    index: task.index,
    ok: false,
    code: "out-of-memory",
    message: "ran out of memory and was stopped (a larger heap: node --max-old-space-size=<MB>; or lower the --max-* limits)",
  };
}

function crashed(task: Task, reason: string): Failed {
  return { index: task.index, ok: false, code: "internal", message: `internal error: ${reason}` };
}

/**
 * A task's output as it arrives: text parts (extract mode), then the result. The consumer drains
 * the parts of the task whose turn it is while later tasks keep buffering theirs.
 */
export class TaskOutput {
  private parts: string[] = [];
  private result: TaskResult | null = null;
  private wake: (() => void) | null = null;

  static of(result: TaskResult): TaskOutput {
    const output = new TaskOutput();
    output.finish(result);
    return output;
  }

  push(part: string): void {
    this.parts.push(part);
    this.wake?.();
  }

  finish(result: TaskResult): void {
    if (this.result) return;
    this.result = result;
    this.wake?.();
  }

  /** Yields each part as it arrives, and returns the result. */
  async *drain(): AsyncGenerator<string, TaskResult> {
    for (;;) {
      if (this.parts.length > 0) {
        const parts = this.parts;
        this.parts = [];
        yield* parts;
        continue;
      }
      if (this.result) return this.result;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}

/**
 * Starts tasks 0..count-1 with at most `window` started but not yet consumed, and yields their
 * outputs in index order. The window bounds memory: a slow file holds back at most `window`
 * finished outputs, and a slow consumer (a paused pipe) stops new work from starting.
 */
export async function* inOrder(count: number, start: (index: number) => TaskOutput, window: number): AsyncGenerator<TaskOutput> {
  const started: TaskOutput[] = [];
  let next = 0;
  while (next < count && started.length < window) started.push(start(next++));
  while (started.length > 0) {
    yield started.shift()!;
    if (next < count) started.push(start(next++));
  }
}
