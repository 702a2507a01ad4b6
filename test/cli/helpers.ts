/**
 * Running the built CLI (dist/cli.js, made by `npm run build`, which `npm test` runs first) as a
 * child process, the way users run it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = join(ROOT, "dist", "cli.js");
/** The five fixture plans, as paths relative to ROOT (the CLI runs with cwd ROOT unless told otherwise). */
export const FIXTURES = readdirSync(join(ROOT, "fixtures"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => `fixtures/${f}`);

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  cwd?: string;
  /** Written to the CLI's stdin, which is then closed; stdin is empty otherwise. */
  input?: string | Buffer;
  /** Called once the process has started (to kill it mid-run). */
  started?: (child: ChildProcess) => void;
}

/**
 * For a test that runs the CLI (or a checker: attw) several times one after the other: each run is
 * a process that loads the library, 1-2 s of CPU, and a machine loaded past its cores stretches
 * that several times over. Five such tests outran the suite's 60 s at load ~20-28 (session 38, a
 * full run beside another), all of them passing when run again; none measures time.
 */
export const SLOW_RUNS_TIMEOUT = 180_000;

export function vncite(args: string[], options: RunOptions = {}): Promise<Run> {
  return run(process.execPath, [CLI, ...args], options);
}

/** A shell pipeline, for `vncite ... | head -1`. */
export function sh(script: string, options: RunOptions = {}): Promise<Run> {
  return run("bash", ["-c", script], options);
}

export function run(command: string, args: string[], options: RunOptions): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", fail);
    child.on("close", (code, signal) =>
      done({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
    child.stdin.on("error", () => {}); // the CLI may exit before reading all of stdin
    child.stdin.end(options.input ?? "");
    options.started?.(child);
  });
}

const made: string[] = [];

/** A new temporary folder, removed by removeTempDirs (call it in afterAll). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `vncite-cli-test-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** NDJSON text to records. */
export function records(ndjson: string): Record<string, any>[] {
  return ndjson
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));
}
