/** Options shared by the commands that read files (extract, graph), and their parsing. */
import { InvalidArgumentError, type Command } from "commander";
import { parseListingFields, type ListingFields } from "../../read/listing.js";
import { DEFAULT_INCLUDE, type WalkOptions } from "../walk.js";

export interface InputOptions {
  include?: string[];
  exclude?: string[];
  ignoreFile?: string[];
  gitignore: boolean;
  jobs?: number;
  progress: boolean;
  fields?: ListingFields;
}

export function addInputOptions(command: Command): Command {
  return command
    .option("--include <glob>", "files to take inside directories, gitignore syntax (repeatable; default: every readable extension)", collect)
    .option("--exclude <glob>", "files or directories to skip, gitignore syntax (repeatable)", collect)
    .option("--ignore-file <file>", "read more --exclude patterns from a gitignore-style file (repeatable)", collect)
    .option("--no-gitignore", "do not honour a .gitignore at the top of a walked directory")
    .option("-j, --jobs <n>", "worker threads (default: number of cores, at most one per 8 files)", positiveInteger)
    .option("--no-progress", "never draw the progress bar (it is drawn only when stderr is a terminal)")
    .option(
      "--fields <role=column,...>",
      "read .csv/.jsonl files as listings, one document per record: text=<column> (required), number=, date=, title=, kind=",
      listingFields,
    );
}

export function walkOptions(options: InputOptions): WalkOptions {
  // With --fields, listings in a walked folder are inputs too.
  const include = options.include ?? (options.fields ? [...DEFAULT_INCLUDE, ...LISTING_INCLUDE] : undefined);
  return { include, exclude: options.exclude, ignoreFiles: options.ignoreFile, gitignore: options.gitignore };
}

const LISTING_INCLUDE = ["*.csv", "*.jsonl", "*.ndjson"];

/** The worker's share of --fields. */
export function listingOption(options: InputOptions): { fields?: ListingFields } {
  return options.fields ? { fields: options.fields } : {};
}

function listingFields(value: string): ListingFields {
  try {
    return parseListingFields(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
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
