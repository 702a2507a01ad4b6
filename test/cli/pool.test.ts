/** The worker pool on its own, with a fake worker: input order kept, crashes confined to their task. */
import { describe, expect, it } from "vitest";
import { TaskOutput, WorkerPool, inOrder } from "../../src/cli/pool.js";

const FAKE = new URL("./workers/fake-worker.mjs", import.meta.url);
const QUIET = new URL("./workers/quiet-worker.mjs", import.meta.url);

async function runAll(paths: string[], jobs: number, timeLimit?: number, worker = FAKE): Promise<string[]> {
  const pool = new WorkerPool(worker, jobs, { mode: "extract", format: "ndjson", limits: { timeLimit } });
  const out: string[] = [];
  try {
    for await (const output of inOrder(paths.length, (index): TaskOutput => pool.run({ index, path: paths[index] }), jobs * 4)) {
      const parts = output.drain();
      let next = await parts.next();
      for (; !next.done; next = await parts.next()) out.push(next.value);
      const result = next.value;
      out.push(result.ok ? `${paths[result.index]} ok\n` : `${paths[result.index]} failed (${result.code}): ${result.message}\n`);
    }
  } finally {
    await pool.close();
  }
  return out;
}

describe("WorkerPool + inOrder", () => {
  const paths = Array.from({ length: 40 }, (_, i) => (i === 13 || i === 27 ? `crash-${i}` : `file-${i}`));

  it("gives results in input order, the same for any number of workers", async () => {
    const [one, two, three] = await Promise.all([runAll(paths, 1), runAll(paths, 2), runAll(paths, 3)]);
    expect(two).toEqual(one);
    expect(three).toEqual(one);
    expect(one.slice(0, 3)).toEqual(["file-0:a\n", "file-0:b\n", "file-0 ok\n"]);
  });

  it("fails only the task that kills its worker; the tasks it shared the worker with are rerun", async () => {
    const out = await runAll(paths, 2);
    const failed = out.filter((line) => line.includes("failed"));
    expect(failed).toEqual([
      "crash-13 failed (internal): internal error: worker exited with code 7\n",
      "crash-27 failed (internal): internal error: worker exited with code 7\n",
    ]);
    expect(out.filter((line) => line.endsWith(" ok\n"))).toHaveLength(38);
  });

  it("stops a worker stuck past the time budget: that task fails with 'timeout', the others are done", async () => {
    const some = Array.from({ length: 12 }, (_, i) => (i === 4 ? "hang-4" : `file-${i}`));
    const started = performance.now();
    const out = await runAll(some, 2, 200);
    expect(out.filter((line) => line.includes("failed"))).toEqual([expect.stringMatching(/^hang-4 failed \(timeout\): took longer than/)]);
    expect(out.filter((line) => line.endsWith(" ok\n"))).toHaveLength(11);
    // Budget 200 ms * 1.25 + 200 ms: a hang would otherwise never end.
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it("times a task the worker did not say it began: from the answer to the task before it", async () => {
    const some = Array.from({ length: 12 }, (_, i) => (i === 5 ? "hang-5" : `file-${i}`));
    const out = await runAll(some, 1, 200, QUIET);
    expect(out.filter((line) => line.includes("failed"))).toEqual([expect.stringMatching(/^hang-5 failed \(timeout\): took longer than/)]);
    expect(out.filter((line) => line.endsWith(" ok\n"))).toHaveLength(11);
  });
});
