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
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import { UsageError } from "./errors.js";
// format.ts, not read/index.ts: the main thread must not load every reader just to list files.
import { READ_EXTENSIONS } from "../read/format.js";
import { GENERATOR_META } from "../shared/generator.js";
import { loadFile } from "../read/load.js";

export type Input =
  | { kind: "file"; path: string }
  | { kind: "stdin"; path: "-" }
  /** Something the walk itself could not get through: a directory that cannot be listed. */
  | { kind: "error"; path: string; code: string; message: string };

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

function idOf(info: fs.Stats): string {
  return `${info.dev}:${info.ino}`;
}

/**
 * The walk's calls on each file are synchronous: it runs before any worker starts, so nothing
 * waits on the main thread meanwhile, and three asynchronous calls per file (stat, realpath, and
 * a stat again for the file's identity) cost about 0.1 ms of CPU each, far more than the calls.
 */
function statOrNull(file: string, follow = true): fs.Stats | null {
  try {
    return (follow ? fs.statSync(file, { throwIfNoEntry: false }) : fs.lstatSync(file, { throwIfNoEntry: false })) ?? null;
  } catch {
    return null;
  }
}

/** Patterns the glob matcher can take; the others are left out with a note naming their file. */
function usablePatterns(patterns: string[], file: string, note: (message: string) => void): string[] {
  const usable = patterns.filter((p) => p.length <= MAX_PATTERN_LENGTH);
  if (usable.length < patterns.length) {
    note(`${file}: ${patterns.length - usable.length} pattern(s) longer than ${MAX_PATTERN_LENGTH} characters ignored`);
  }
  return usable;
}

/**
 * Files under `cwd` matching `patterns`, as `prefix + relative path`. Unlistable directories and
 * files that are not regular files come back as error inputs; dangling symlinks come back as
 * files (reading them gives the real reason). Symlinks whose target is outside `cwd` are left out
 * and counted, unless `follow`.
 */
async function globIn(
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

function within(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

function specialKind(info: fs.Stats): string {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * The file-system methods fast-glob walks with, wrapped so that (1) a symlink to a directory that
 * is one of its own ancestors is reported as broken instead of followed, and (2) a directory that
 * cannot be listed is recorded and walked as empty instead of aborting the whole walk.
 */
class LoopSafeFs {
  readonly loops = new Set<string>();
  /** Symlinked directories that lead outside `root`, not followed. */
  readonly outside = new Set<string>();
  readonly failures = new Map<string, NodeJS.ErrnoException>();
  private readonly real = new Map<string, Promise<string | null>>();

  /** root: the walked directory's real path, outside which symlinks are not followed; null to follow them all. */
  constructor(private readonly root: string | null = null) {}

  methods(): Partial<fg.FileSystemAdapter> {
    const readdir = ((dir: string, opts: object, done: (e: Error | null, entries: unknown[]) => void) => {
      fs.readdir(dir, opts as { withFileTypes: true }, (error, entries) => {
        if (error) {
          this.failures.set(path.resolve(dir), error);
          done(null, []);
        } else done(null, entries);
      });
    }) as unknown as fg.FileSystemAdapter["readdir"];
    const statFollow = ((file: string, done: (e: Error | null, stats?: fs.Stats) => void) => {
      fs.stat(file, (error, stats) => {
        if (error || !stats.isDirectory()) return done(error, stats);
        const link = path.resolve(file);
        this.isLoop(link).then(async (loop) => {
          if (loop) {
            this.loops.add(link);
            return done(Object.assign(new Error(`symlink loop: ${file}`), { code: "ELOOP" }));
          }
          const target = this.root === null ? null : await this.realOf(link);
          if (this.root !== null && target !== null && !within(this.root, target)) {
            this.outside.add(link);
            return done(Object.assign(new Error(`symlink out of the walked directory: ${file}`), { code: "ELOOP" }));
          }
          done(null, stats);
        }, done);
      });
    }) as unknown as fg.FileSystemAdapter["stat"];
    return { readdir, stat: statFollow };
  }

  /**
   * Whether the directory `link` resolves to is also one of the directories on its own path (as
   * walked, symlinks included): following it would come back to where it is, for ever.
   */
  private async isLoop(link: string): Promise<boolean> {
    const target = await this.realOf(link);
    if (target === null) return false;
    for (let dir = path.dirname(link); ; dir = path.dirname(dir)) {
      if ((await this.realOf(dir)) === target) return true;
      if (dir === path.dirname(dir)) return false;
    }
  }

  private realOf(p: string): Promise<string | null> {
    let r = this.real.get(p);
    if (!r) {
      r = realpath(p).catch(() => null);
      this.real.set(p, r);
    }
    return r;
  }
}

/** A walked directory's own .gitignore, if it has one. */
async function readGitignore(dir: string, note: (message: string) => void): Promise<string[]> {
  const file = path.join(dir, ".gitignore");
  if (!(await stat(file).catch(() => null))) return [];
  const text = await readIgnoreFile(file).catch((error: Error) => {
    note(`${error.message}; not used`);
    return "";
  });
  return parseIgnoreFile(text);
}

/** Ignore files are read as files are: regular files only (a FIFO would block the walk), and not past 10 MB. */
const MAX_IGNORE_FILE = 10 * 1024 * 1024;

async function readIgnoreFile(file: string): Promise<string> {
  return new TextDecoder().decode(await loadFile(file, MAX_IGNORE_FILE));
}

/** gitignore lines: blank lines and comments skipped. Negations ("!keep.txt") are not supported and skipped. */
export function parseIgnoreFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(trimUnescaped)
    .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("!"));
}

/**
 * The line without trailing whitespace, except one escaped by a backslash ("a\ "). A loop, not
 * /(?<!\\)\s+$/, which retries from every space of a long run that does not end the line
 * (a 100,000-character line took seconds).
 */
function trimUnescaped(line: string): string {
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  if (end < line.length && end > 0 && line[end - 1] === "\\") end++;
  return line.slice(0, end);
}

/**
 * fast-glob ignore globs for one gitignore pattern: a pattern without an inner "/" matches at any
 * depth, a leading "/" anchors it to the walked directory, a trailing "/" matches directories only.
 */
function ignoreGlobs(pattern: string): string[] {
  const dirOnly = pattern.endsWith("/");
  const base = anchor(pattern.replace(/\/+$/, ""));
  return dirOnly ? [`${base}/**`] : [base, `${base}/**`];
}

/** fast-glob include globs for one gitignore-style pattern ("*.pdf" means at any depth). */
function includeGlobs(pattern: string): string[] {
  return [anchor(pattern.replace(/\/+$/, ""))];
}

function anchor(pattern: string): string {
  if (pattern.startsWith("/")) return pattern.slice(1);
  if (pattern.includes("/") || pattern.startsWith("**")) return pattern;
  return `**/${pattern}`;
}

function errorCode(error: NodeJS.ErrnoException): string {
  return error.code ?? error.message;
}
