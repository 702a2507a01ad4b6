/**
 * A walked directory's .gitignore and the --include/--exclude patterns, as fast-glob's globs.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { loadFile } from "../../read/load.js";

/** A walked directory's own .gitignore, if it has one. */
export async function readGitignore(dir: string, note: (message: string) => void): Promise<string[]> {
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

export async function readIgnoreFile(file: string): Promise<string> {
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
export function ignoreGlobs(pattern: string): string[] {
  const dirOnly = pattern.endsWith("/");
  const base = anchor(pattern.replace(/\/+$/, ""));
  return dirOnly ? [`${base}/**`] : [base, `${base}/**`];
}

/** fast-glob include globs for one gitignore-style pattern ("*.pdf" means at any depth). */
export function includeGlobs(pattern: string): string[] {
  return [anchor(pattern.replace(/\/+$/, ""))];
}

function anchor(pattern: string): string {
  if (pattern.startsWith("/")) return pattern.slice(1);
  if (pattern.includes("/") || pattern.startsWith("**")) return pattern;
  return `**/${pattern}`;
}
