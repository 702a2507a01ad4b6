/**
 * A fixed-size pool of worker threads running dist/worker.js, and `inOrder`, which runs tasks on
 * it and hands results back in input order. Output order therefore never depends on which worker
 * finishes first, and --jobs changes only the speed.
 */
import { Worker } from "node:worker_threads";
import type { Failed, Task, TaskResult, WorkerConfig, WorkerMessage } from "./protocol.js";

interface Pending {
  task: Task;
  output: TaskOutput;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly config: WorkerConfig,
  ) {}

  /** Runs one task; its parts and result arrive in the returned output. A crashed worker gives a Failed result and is replaced. */
  run(task: Task, output = new TaskOutput()): TaskOutput {
    this.queue.push({ task, output });
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
      let slot = [...this.slots].find((s) => s.current === null);
      if (!slot && this.slots.size < this.size) slot = this.spawn();
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.current = pending;
      const bytes = pending.task.bytes;
      // Standard input's bytes are moved, not copied, to the worker.
      slot.worker.postMessage(pending.task, bytes ? [bytes.buffer as ArrayBuffer] : []);
    }
  }

  private spawn(): Slot {
    // stdout/stderr are captured: a library printing to console.log in a worker must not end up
    // in the middle of the NDJSON on our stdout.
    const worker = new Worker(this.script, { workerData: this.config, stdout: true, stderr: true });
    const forward = (chunk: Buffer) => process.stderr.write(chunk);
    worker.stdout.on("data", forward);
    worker.stderr.on("data", forward);
    const slot: Slot = { worker, current: null };
    this.slots.add(slot);
    worker.on("message", (message: WorkerMessage) => {
      const pending = slot.current;
      if ("part" in message) {
        pending?.output.push(message.part);
        return;
      }
      slot.current = null;
      pending?.output.finish(message);
      this.dispatch();
    });
    const lost = (reason: string) => {
      if (!this.slots.delete(slot)) return;
      const pending = slot.current;
      slot.current = null;
      if (pending) pending.output.finish(crashed(pending.task, reason));
      this.dispatch();
    };
    worker.on("error", (error) => lost(`worker crashed (${error.message})`));
    worker.on("exit", (code) => lost(`worker exited with code ${code}`));
    return slot;
  }
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
