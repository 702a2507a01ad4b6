/**
 * Turns command-line paths into the ordered list of inputs to read.
 *
 * - "-" is standard input.
 * - An existing directory is walked with fast-glob (default: every extension the reader layer
 *   handles); --include/--exclude patterns and the walked directory's .gitignore use gitignore
 *   syntax. Symlinks are followed inside the directory, but not out of it (unless
 *   followSymlinks), and never back to one of their own ancestors (a loop would otherwise be
 *   walked ~40 levels deep, fanning out at every level).
 * - Only regular files are read: a FIFO, device or socket found in a directory (also through a
 *   symlink) is an error input, so /dev/zero or a pipe never reaches a reader.
 * - A file is read once, under the first name it is listed by, whatever its other names
 *   (symlinks, hard links, the same file given twice).
 * - A path that does not exist but looks like a glob is expanded; anything else is taken as a
 *   file as given, so a missing or unreadable file becomes an error record when read, not here.
 *
 * Output paths are as the user wrote them, joined with "/", sorted by UTF-16 code unit inside each
 * argument (readdir order varies between file systems; output must not).
 */
import fs from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import { UsageError } from "./errors.js";
// format.ts, not read/index.ts: the main thread must not load every reader just to list files.
import { READ_EXTENSIONS } from "../read/format.js";
import { GENERATOR_META } from "../shared/generator.js";
import { type Input, globIn, idOf, statOrNull } from "./walk/glob-in.js";
import { ignoreGlobs, includeGlobs, parseIgnoreFile, readGitignore, readIgnoreFile } from "./walk/ignore-files.js";

export type { Input } from "./walk/glob-in.js";

export interface WalkOptions {
  /** Patterns of files to take inside directories (gitignore syntax); default: all readable extensions. */
  include?: string[];
  /** Patterns to skip inside directories and glob results (gitignore syntax). */
  exclude?: string[];
  /** Files of gitignore-style patterns applied to every walked directory. */
  ignoreFiles?: string[];
  /** Honour a .gitignore at the top of each walked directory (default true). */
  gitignore?: boolean;
  /** Follow symlinks that lead out of the walked directory (default false). */
  followSymlinks?: boolean;
  /**
   * The command's own -o file: never taken from a walked directory or a glob (an earlier run's
   * table in .txt or page in .html would be read back as an input), though read when named.
   */
  output?: string;
  /** Where notes about skipped entries go (default: a "vncite: " line on stderr). */
  onNote?: (message: string) => void;
}

/** Longer patterns are refused by the glob matcher (it stops the whole walk); no real one comes near. */
const MAX_PATTERN_LENGTH = 4096;

/** Patterns that are never worth walking into. */
const ALWAYS_EXCLUDED = ["node_modules/"];

export const DEFAULT_INCLUDE = [`**/*.{${Object.keys(READ_EXTENSIONS).map((e) => e.slice(1)).join(",")}}`];

export async function walk(args: readonly string[], options: WalkOptions = {}): Promise<Input[]> {
  const note = options.onNote ?? ((message: string) => process.stderr.write(`vncite: ${message}\n`));
  const include = options.include?.length ? options.include.flatMap(includeGlobs) : DEFAULT_INCLUDE;
  const shared = [...ALWAYS_EXCLUDED, ...(options.exclude ?? [])];
  for (const file of options.ignoreFiles ?? []) {
    const text = await readIgnoreFile(file).catch((error: Error & { cause?: NodeJS.ErrnoException }) => {
      throw new UsageError(`cannot read the ignore file ${file} (${error.cause?.code ?? error.message.replace(`${file}: `, "")})`);
    });
    shared.push(...usablePatterns(parseIgnoreFile(text), file, note));
  }

  const seen = new Set<string>();
  const files = new Set<string>();
  const inputs: Input[] = [];
  const output = options.output === undefined ? null : { path: path.resolve(options.output), id: fileId(options.output) };
  /**
   * `id`: the file's device and inode when the walk has them already (it stat'ed the file);
   * `found`: listed by a walk or glob, not named.
   */
  let ownPages = 0;
  const add = (input: Input, id?: string | null, found = false) => {
    if (seen.has(input.path)) return;
    seen.add(input.path);
    if (input.kind === "file") {
      // The same file under another name (a symlink, a hard link) is not read twice.
      id ??= fileId(input.path);
      if (found && output && ((id !== null && id === output.id) || path.resolve(input.path) === output.path)) return;
      // A page vncite wrote (a view, an annotated plan) found in the folder is no document of it: an
      // annotated plan read back would be the plan twice, a view a file with no text (an error).
      if (found && isOwnPage(input.path)) {
        ownPages++;
        return;
      }
      if (id !== null && files.has(id)) return;
      if (id !== null) files.add(id);
    }
    inputs.push(input);
  };

  for (const arg of args) {
    if (arg === "-") {
      add({ kind: "stdin", path: "-" });
      continue;
    }
    const given = arg.replace(/\\/g, "/");
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const ignore = [...shared];
      if (options.gitignore !== false) ignore.push(...usablePatterns(await readGitignore(arg, note), path.join(arg, ".gitignore"), note));
      const prefix = given === "." || given === "./" ? "" : given.replace(/\/+$/, "") + "/";
      const walked = await globIn(arg, include, ignore.flatMap(ignoreGlobs), prefix, options.followSymlinks === true);
      if (walked.outside > 0) {
        note(`${given}: ${walked.outside} symlink${walked.outside > 1 ? "s" : ""} leading outside it not followed (--follow-symlinks follows them)`);
      }
      for (const input of walked.inputs) add(input, walked.ids.get(input.path), true);
    } else if (!info && fg.isDynamicPattern(given)) {
      const walked = await globIn(".", [given], shared.flatMap(ignoreGlobs), "", true);
      for (const input of walked.inputs) add(input, walked.ids.get(input.path), true);
    } else {
      add({ kind: "file", path: given });
    }
  }
  if (ownPages > 0) note(`${ownPages} page${ownPages > 1 ? "s" : ""} vncite wrote (view, annotate) not read as ${ownPages > 1 ? "documents" : "a document"} (name one to read it)`);
  return inputs;
}

/** Whether an .html file opens as vncite's own pages do (GENERATOR_META within its first 2 KB). */
function isOwnPage(file: string): boolean {
  if (!/\.html?$/i.test(file)) return false;
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, "r");
    const head = Buffer.alloc(2048);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString("utf8").includes(GENERATOR_META);
  } catch {
    // Unreadable: the read says why, in its place.
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Device and inode: what two names of one file share. Null when it cannot be stat'ed (the read will say why). */
function fileId(file: string): string | null {
  const info = statOrNull(file);
  return info ? idOf(info) : null;
}

/** Patterns the glob matcher can take; the others are left out with a note naming their file. */
function usablePatterns(patterns: string[], file: string, note: (message: string) => void): string[] {
  const usable = patterns.filter((p) => p.length <= MAX_PATTERN_LENGTH);
  if (usable.length < patterns.length) {
    note(`${file}: ${patterns.length - usable.length} pattern(s) longer than ${MAX_PATTERN_LENGTH} characters ignored`);
  }
  return usable;
}
