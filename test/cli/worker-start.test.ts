import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, run } from "./helpers.js";

// The worker's code runs from the code cache the build makes (src/cli/worker-start.ts). These run
// the CLI of a copy of dist/ (inside the checkout, so that it finds node_modules) whose cache is
// missing, another body's, or damaged: each must give the same output as the build's, and say
// what became of the cache when asked (VNCITE_DEBUG_WORKER_CACHE).
mkdirSync(join(ROOT, ".tmp"), { recursive: true });
const work = mkdtempSync(join(ROOT, ".tmp", "worker-start-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyOfDist(name: string, change: (cache: Buffer) => Buffer | null): string {
  const dist = join(work, name);
  cpSync(join(ROOT, "dist"), dist, { recursive: true });
  const changed = change(readFileSync(join(dist, "worker-body.cache")));
  if (changed === null) rmSync(join(dist, "worker-body.cache"));
  else writeFileSync(join(dist, "worker-body.cache"), changed);
  return dist;
}

async function extract(dist: string): Promise<{ cache: string; output: string }> {
  const out = join(work, `${Math.random().toString(36).slice(2)}.ndjson`);
  // Without NODE_OPTIONS, whose V8 flags would make V8 reject any cache the build made.
  const env: NodeJS.ProcessEnv = { ...process.env, VNCITE_DEBUG_WORKER_CACHE: "1" };
  delete env.NODE_OPTIONS;
  const result = await run(process.execPath, [join(dist, "cli.js"), "extract", ...FIXTURES, "--jobs", "1", "--no-progress", "-o", out], { env });
  expect(result.code).toBe(0);
  return { cache: /worker code cache (\w+)/.exec(result.stderr)?.[1] ?? "(not said)", output: readFileSync(out, "utf8") };
}

describe("the worker's code cache", () => {
  it("is made by the build and taken by the CLI's worker", async () => {
    const built = await extract(join(ROOT, "dist"));
    expect(built.cache).toBe("used");
  });

  it("falls back to compiling, to the same output, when missing, another body's, or damaged", async () => {
    const built = await extract(join(ROOT, "dist"));
    const missing = await extract(copyOfDist("missing", () => null));
    expect(missing).toEqual({ cache: "none", output: built.output });
    const stale = await extract(copyOfDist("stale", (cache) => Buffer.concat([Buffer.alloc(8), cache.subarray(8)])));
    expect(stale).toEqual({ cache: "stale", output: built.output });
    // V8 checks its data's checksum and header: bytes changed past ours make it reject the data.
    const damaged = await extract(copyOfDist("damaged", (cache) => {
      const copy = Buffer.from(cache);
      for (let i = 16; i < 48; i++) copy[i] ^= 0xff;
      return copy;
    }));
    expect(damaged).toEqual({ cache: "rejected", output: built.output });
  });
});
