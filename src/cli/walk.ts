/**
 * Turns command-line paths into the ordered list of inputs to read.
 *
 * - "-" is standard input.
 * - An existing directory is walked with fast-glob (default: every extension the reader layer
 *   handles); --include/--exclude patterns and the walked directory's .gitignore use gitignore
 *   syntax. Symlinks are followed, but a symlink back to one of its own ancestors is not
 *   (a loop would otherwise be walked ~40 levels deep, fanning out at every level).
 * - A path that does not exist but looks like a glob is expanded; anything else is taken as a
 *   file as given, so a missing or unreadable file becomes an error record when read, not here.
 *
 * Output paths are as the user wrote them, joined with "/", sorted by UTF-16 code unit inside each
 * argument (readdir order varies between file systems; output must not).
 */
import fs from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import { UsageError } from "./errors.js";
// format.ts, not read/index.ts: the main thread must not load every reader just to list files.
import { READ_EXTENSIONS } from "../read/format.js";

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
}

/** Patterns that are never worth walking into. */
const ALWAYS_EXCLUDED = ["node_modules/"];

export const DEFAULT_INCLUDE = [`**/*.{${Object.keys(READ_EXTENSIONS).map((e) => e.slice(1)).join(",")}}`];

export async function walk(args: readonly string[], options: WalkOptions = {}): Promise<Input[]> {
  const include = options.include?.length ? options.include.flatMap(includeGlobs) : DEFAULT_INCLUDE;
  const shared = [...ALWAYS_EXCLUDED, ...(options.exclude ?? [])];
  for (const file of options.ignoreFiles ?? []) {
    const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read the ignore file ${file} (${error.code ?? error.message})`);
    });
    shared.push(...parseIgnoreFile(text));
  }

  const seen = new Set<string>();
  const inputs: Input[] = [];
  const add = (input: Input) => {
    if (seen.has(input.path)) return;
    seen.add(input.path);
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
      if (options.gitignore !== false) ignore.push(...(await readGitignore(arg)));
      const prefix = given === "." || given === "./" ? "" : given.replace(/\/+$/, "") + "/";
      for (const input of await globIn(arg, include, ignore.flatMap(ignoreGlobs), prefix)) add(input);
    } else if (!info && fg.isDynamicPattern(given)) {
      for (const input of await globIn(".", [given], shared.flatMap(ignoreGlobs), "")) add(input);
    } else {
      add({ kind: "file", path: given });
    }
  }
  return inputs;
}

/**
 * Files under `cwd` matching `patterns`, as `prefix + relative path`. Unlistable directories come
 * back as error inputs; dangling symlinks come back as files (reading them gives the real reason).
 */
async function globIn(cwd: string, patterns: string[], ignore: string[], prefix: string): Promise<Input[]> {
  const adapter = new LoopSafeFs();
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
  for (const entry of entries) {
    if (entry.dirent.isDirectory()) continue;
    const absolute = path.resolve(cwd, entry.path);
    if (adapter.loops.has(absolute)) continue;
    inputs.push({ kind: "file", path: prefix + entry.path });
  }
  for (const [dir, error] of adapter.failures) {
    const rel = path.relative(path.resolve(cwd), dir).split(path.sep).join("/");
    const shown = rel === "" ? prefix.replace(/\/$/, "") || "." : prefix + rel;
    inputs.push({ kind: "error", path: shown, code: "unreadable", message: `cannot list directory (${errorCode(error)})` });
  }
  return inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The file-system methods fast-glob walks with, wrapped so that (1) a symlink to a directory that
 * is one of its own ancestors is reported as broken instead of followed, and (2) a directory that
 * cannot be listed is recorded and walked as empty instead of aborting the whole walk.
 */
class LoopSafeFs {
  readonly loops = new Set<string>();
  readonly failures = new Map<string, NodeJS.ErrnoException>();
  private readonly real = new Map<string, Promise<string | null>>();

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
        this.isLoop(path.resolve(file)).then((loop) => {
          if (!loop) return done(null, stats);
          this.loops.add(path.resolve(file));
          done(Object.assign(new Error(`symlink loop: ${file}`), { code: "ELOOP" }));
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
async function readGitignore(dir: string): Promise<string[]> {
  const text = await readFile(path.join(dir, ".gitignore"), "utf8").catch(() => "");
  return parseIgnoreFile(text);
}

/** gitignore lines: blank lines and comments skipped. Negations ("!keep.txt") are not supported and skipped. */
function parseIgnoreFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(?<!\\)\s+$/, ""))
    .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("!"));
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
