/**
 * A fixed-size pool of worker threads running dist/worker.js, and `inOrder`, which runs tasks on
 * it and hands results back in input order. Output order therefore never depends on which worker
 * finishes first, and --jobs changes only the speed.
 */
import { Worker } from "node:worker_threads";
import type { Failed, Task, TaskResult, WorkerConfig } from "./protocol.js";

interface Pending {
  task: Task;
  resolve: (result: TaskResult) => void;
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

  /** Runs one task. Never rejects: a crashed worker gives a Failed result and is replaced. */
  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
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
    worker.stdout.pipe(process.stderr, { end: false });
    worker.stderr.pipe(process.stderr, { end: false });
    const slot: Slot = { worker, current: null };
    this.slots.add(slot);
    worker.on("message", (result: TaskResult) => {
      const pending = slot.current;
      slot.current = null;
      pending?.resolve(result);
      this.dispatch();
    });
    const lost = (reason: string) => {
      if (!this.slots.delete(slot)) return;
      const pending = slot.current;
      slot.current = null;
      if (pending) pending.resolve(crashed(pending.task, reason));
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
 * Starts tasks 0..count-1 with at most `window` started but not yet yielded, and yields their
 * results in index order. The window bounds memory: a slow file holds back at most `window`
 * finished results, and a slow consumer (a paused pipe) stops new work from starting.
 */
export async function* inOrder<R>(count: number, start: (index: number) => Promise<R>, window: number): AsyncGenerator<R> {
  const started: Promise<R>[] = [];
  let next = 0;
  while (next < count && started.length < window) started.push(start(next++));
  while (started.length > 0) {
    const result = await started.shift()!;
    if (next < count) started.push(start(next++));
    yield result;
  }
}
