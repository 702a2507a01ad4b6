/** Options shared by the commands that read files (extract, graph), and their parsing. */
import { InvalidArgumentError, type Command } from "commander";
import { parseListingFields, type ListingFields } from "../../read/listing.js";
import type { ReadLimits } from "../../read/limits.js";
import { DEFAULT_INCLUDE, type WalkOptions } from "../walk.js";

/** The read limits are options of their own (--max-file-size ...), named as ReadLimits names them. */
export interface InputOptions extends ReadLimits {
  include?: string[];
  exclude?: string[];
  ignoreFile?: string[];
  gitignore: boolean;
  followSymlinks?: boolean;
  jobs?: number;
  progress: boolean;
  fields?: ListingFields;
  chunkSize?: number;
}

export function addInputOptions(command: Command): Command {
  command
    .option("--include <glob>", "files to take inside directories, gitignore syntax (repeatable; default: every readable extension)", collect)
    .option("--exclude <glob>", "files or directories to skip, gitignore syntax (repeatable)", collect)
    .option("--ignore-file <file>", "read more --exclude patterns from a gitignore-style file (repeatable)", collect)
    .option("--no-gitignore", "do not honour a .gitignore at the top of a walked directory")
    .option("--follow-symlinks", "follow symlinks in walked directories that lead outside them")
    .option("-j, --jobs <n>", "worker threads (default: one fewer than the cores, at least one, at most one per 8 files)", positiveInteger)
    .option("--no-progress", "never draw the progress bar (it is drawn only when stderr is a terminal)")
    .option(
      "--fields <role=column,...>",
      "read .csv/.jsonl files as listings, one document per record: text=<column> (required), number=, date=, title=, kind=",
      listingFields,
    );
  return addReadLimitOptions(command).option(
    "--chunk-size <size>",
    "analyse text files larger than this in overlapping chunks of this many characters, in bounded memory (default: 16M; at least 16K)",
    chunkSize,
  );
}

/**
 * The read limits, one option each: every command that reads a file has them (annotate, which
 * reads one, too: its errors say "raise --max-file-size", which must then be there to raise).
 */
export function addReadLimitOptions(command: Command): Command {
  return command
    .option("--max-file-size <size>", "skip files (and standard input) larger than this, e.g. 500M (default: 100M)", byteSize)
    .option("--max-inflated-size <size>", "skip .docx files whose XML inflates past this (default: 64M)", byteSize)
    .option("--max-text-length <n>", "skip files whose text is longer than this many characters (default: 50000000)", positiveInteger)
    .option("--max-pages <n>", "skip PDFs with more pages (default: 2000)", positiveInteger)
    .option("--max-elements <n>", "skip HTML pages and .docx files with more elements (default: 1000000)", positiveInteger)
    .option("--time-limit <seconds>", "give up on a file after this long (default: 120)", positiveInteger);
}

export function walkOptions(options: InputOptions & { output?: string }): WalkOptions {
  // With --fields, listings in a walked folder are inputs too.
  const include = options.include ?? (options.fields ? [...DEFAULT_INCLUDE, ...LISTING_INCLUDE] : undefined);
  return {
    include,
    exclude: options.exclude,
    ignoreFiles: options.ignoreFile,
    gitignore: options.gitignore,
    followSymlinks: options.followSymlinks === true,
    output: options.output,
  };
}

const LISTING_INCLUDE = ["*.csv", "*.jsonl", "*.ndjson"];

/** The worker's share of --fields and --chunk-size. */
export function workerOptions(options: InputOptions): { fields?: ListingFields; chunkSize?: number } {
  return { ...(options.fields ? { fields: options.fields } : {}), ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}) };
}

function listingFields(value: string): ListingFields {
  try {
    return parseListingFields(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** The read limits the options set (the reader's defaults for the rest). */
export function readLimits(options: ReadLimits): ReadLimits {
  return {
    maxFileSize: options.maxFileSize,
    maxInflatedSize: options.maxInflatedSize,
    maxTextLength: options.maxTextLength,
    maxPages: options.maxPages,
    maxElements: options.maxElements,
    timeLimit: options.timeLimit === undefined ? undefined : options.timeLimit * 1000,
  };
}

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "500M", "2G", "64k" or a number of bytes. */
function byteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new InvalidArgumentError("expected a size such as 500M, 2G or a number of bytes");
  return Math.round(Number(m[1]) * UNITS[m[2].toLowerCase()]);
}

/**
 * --chunk-size: neighbouring chunks share a quarter of it (src/cli/process-chunked.ts), and each
 * must see a citation whole with the words around it past what it answers for: --chunk-size 10
 * shared 2 characters, and a file of three citations gave none. 16K shares 4K, 2K each side.
 */
const MIN_CHUNK_SIZE = 16 * 1024;

function chunkSize(value: string): number {
  const size = byteSize(value);
  if (size < MIN_CHUNK_SIZE) throw new InvalidArgumentError("expected at least 16K: chunks share a quarter of it, which must hold a citation and its sentence");
  return size;
}

/** Repeatable options; no default array, so --help does not print "(default: [])". */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return Number(value);
}

/** Exit codes, as documented in --help (EXIT_CODES in main.ts). */
export const EXIT = { ok: 0, failed: 1, usage: 2, ambiguous: 3, notFound: 4, notGraph: 5, dbUrl: 6, dbConnect: 7, dbAuth: 8, dbError: 9 } as const;

/** The exit code of a database failure (a StoreError's code). */
export function exitForStore(code: string): number {
  return code === "url" ? EXIT.dbUrl : code === "connect" ? EXIT.dbConnect : code === "auth" ? EXIT.dbAuth : EXIT.dbError;
}

/** Said when -o is not written because no input could be read: an empty result must not replace a good one. */
export function keepOldOutput(target: string): void {
  process.stderr.write(`vncite: no input could be read; ${target} was not written (--force writes it anyway)\n`);
}
