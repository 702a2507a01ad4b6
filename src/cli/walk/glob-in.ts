/**
 * The files under one walked directory that match the patterns, each a file, an error input (a FIFO,
 * device or socket; an unlistable directory), or left out (a symlink out of the directory).
 */
import fs from "node:fs";
import { realpath } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import { LoopSafeFs, within } from "./loop-safe-fs.js";

export type Input =
  | { kind: "file"; path: string }
  | { kind: "stdin"; path: "-" }
  /** Something the walk itself could not get through: a directory that cannot be listed. */
  | { kind: "error"; path: string; code: string; message: string };

export function idOf(info: fs.Stats): string {
  return `${info.dev}:${info.ino}`;
}

/**
 * The walk's calls on each file are synchronous: it runs before any worker starts, so nothing
 * waits on the main thread meanwhile, and three asynchronous calls per file (stat, realpath, and
 * a stat again for the file's identity) cost about 0.1 ms of CPU each, far more than the calls.
 */
export function statOrNull(file: string, follow = true): fs.Stats | null {
  try {
    return (follow ? fs.statSync(file, { throwIfNoEntry: false }) : fs.lstatSync(file, { throwIfNoEntry: false })) ?? null;
  } catch {
    return null;
  }
}

/**
 * Files under `cwd` matching `patterns`, as `prefix + relative path`. Unlistable directories and
 * files that are not regular files come back as error inputs; dangling symlinks come back as
 * files (reading them gives the real reason). Symlinks whose target is outside `cwd` are left out
 * and counted, unless `follow`.
 */
export async function globIn(
  cwd: string,
  patterns: string[],
  ignore: string[],
  prefix: string,
  follow: boolean,
): Promise<{ inputs: Input[]; outside: number; ids: Map<string, string> }> {
  const root = follow ? null : await realpath(cwd).catch(() => path.resolve(cwd));
  const adapter = new LoopSafeFs(root);
  const entries = await fg(patterns, {
    cwd,
    ignore,
    objectMode: true,
    onlyFiles: false,
    followSymbolicLinks: true,
    dot: false,
    unique: true,
    caseSensitiveMatch: false,
    fs: adapter.methods(),
  });
  const inputs: Input[] = [];
  const ids = new Map<string, string>();
  let outside = adapter.outside.size;
  for (const entry of entries) {
    if (entry.dirent.isDirectory()) continue;
    const absolute = path.resolve(cwd, entry.path);
    if (adapter.loops.has(absolute) || adapter.outside.has(absolute)) continue;
    const shown = prefix + entry.path;
    // A name that is not itself a symlink lies where its directory does, and the walk enters no
    // directory outside the root: only a symlink needs its target stat'ed and its real path checked.
    const own = statOrNull(absolute, false);
    const link = own === null || own.isSymbolicLink();
    const target = link ? statOrNull(absolute) : own;
    if (target === null) {
      inputs.push({ kind: "file", path: shown });
      continue;
    }
    if (target.isDirectory()) continue;
    if (!target.isFile()) {
      inputs.push({ kind: "error", path: shown, code: "not-a-file", message: `is ${specialKind(target)}, not a regular file: not read` });
      continue;
    }
    if (link && root !== null && !within(root, realOrSelf(absolute))) {
      outside++;
      continue;
    }
    inputs.push({ kind: "file", path: shown });
    ids.set(shown, idOf(target));
  }
  for (const [dir, error] of adapter.failures) {
    const rel = path.relative(path.resolve(cwd), dir).split(path.sep).join("/");
    const shown = rel === "" ? prefix.replace(/\/$/, "") || "." : prefix + rel;
    inputs.push({ kind: "error", path: shown, code: "unreadable", message: `cannot list directory (${errorCode(error)})` });
  }
  return { inputs: inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), outside, ids };
}

function realOrSelf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function specialKind(info: fs.Stats): string {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

function errorCode(error: NodeJS.ErrnoException): string {
  return error.code ?? error.message;
}
