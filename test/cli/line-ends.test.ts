/** `vncite extract` and `vncite graph` on files saved with CRLF or CR line ends: the output of the "\n" files but for offsets (crlf56). */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, SLOW_RUNS_TIMEOUT, records, removeTempDirs, tempDir, vncite } from "./helpers.js";

afterAll(removeTempDirs);

// The five plans, and texts whose CRLF copies read otherwise before (a title's end, a heading's blank date, a role,
// a kind word over a break) or whose CR copies did (a law's name over its line's end).
const FILES = [
  ...FIXTURES,
  "fixtures/fresh/fresh29a/texts/fresh29a-012.txt",
  "fixtures/fresh/fresh55f/texts/fresh55f-004.txt",
  "fixtures/fresh/fresh30b/texts/fresh30b-010.txt",
  "fixtures/fresh/fresh29h/texts/fresh29h-013.txt",
  "fixtures/fresh/fresh29a/texts/fresh29a-006.txt",
];
const LINE_ENDS = { lf: "\n", crlf: "\r\n", cr: "\r" } as const;

/** A folder per line end, each with the same files, their lines ended so. */
function folders(): { dir: string; texts: Map<string, string> } {
  const dir = tempDir("line-ends");
  const texts = new Map<string, string>();
  for (const [name, end] of Object.entries(LINE_ENDS)) mkdirSync(join(dir, name));
  for (const f of FILES) {
    const lf = readFileSync(join(ROOT, f), "utf8").replace(/\r\n?/g, "\n");
    const base = f.split("/").at(-1)!;
    texts.set(base, lf);
    for (const [name, end] of Object.entries(LINE_ENDS)) writeFileSync(join(dir, name, base), lf.replaceAll("\n", end));
  }
  return { dir, texts };
}

/** `x` (of the "\n" file) as its copy with `end` writes it: offsets shifted by the units each line end before them adds, strings with its line ends. */
function asWritten(x: unknown, lf: string, end: string, key = ""): unknown {
  if (typeof x === "number" && /^(start|end|numberStart|numberEnd|amendedAt)$/.test(key)) {
    let breaks = 0;
    for (let i = lf.indexOf("\n"); i >= 0 && i < x; i = lf.indexOf("\n", i + 1)) breaks++;
    return x + breaks * (end.length - 1);
  }
  if (typeof x === "string") return x.replaceAll("\n", end);
  if (Array.isArray(x)) return x.map((v) => asWritten(v, lf, end));
  if (x !== null && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, asWritten(v, lf, end, k)]));
  return x;
}

/** `x` as a run inside `folder` writes it: its paths ("file", "path", a document's "file:" id) without `folder`. */
function inFolder(x: unknown, folder: string): unknown {
  if (typeof x === "string") return x.startsWith(folder) ? x.slice(folder.length) : x.replace(`file:${folder}`, "file:");
  if (Array.isArray(x)) return x.map((v) => inFolder(v, folder));
  if (x !== null && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, inFolder(v, folder)]));
  return x;
}

/** The graph's JSON without its offsets (a graph's records carry several files' offsets). */
const withoutOffsets = (json: string) => json.replace(/"(start|end)":\d+/g, '"$1":0');

describe("vncite on files saved with other line ends", () => {
  it(
    "extract gives the records of the \\n files, offsets and lines into each file as written (CRLF, CR alone)",
    async () => {
      const { dir, texts } = folders();
      // One run over the three folders (each run loads the library twice): each folder's records as its own run gave them.
      const run = await vncite(["extract", "."], { cwd: dir });
      expect(run.code).toBe(0);
      const all = records(run.stdout);
      const [lf, ...others] = Object.keys(LINE_ENDS).map((name) =>
        all
          .filter((r) => r.file.startsWith(`${name}/`))
          .map((r) => inFolder(r, `${name}/`) as (typeof all)[number])
          .sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1)),
      );
      expect(lf.length + others[0].length + others[1].length).toBe(all.length);
      expect(lf.filter((r) => r.record === "citation").length).toBeGreaterThan(100);
      for (const [i, end] of [LINE_ENDS.crlf, LINE_ENDS.cr].entries()) {
        const want = lf.map((r) => asWritten(r, texts.get(r.file)!, end));
        expect(others[i]).toEqual(want);
      }
      // The line numbers are the "\n" file's: a CR alone ends a line too.
      expect(others[1].filter((r) => r.record === "citation").map((r) => r.line)).toEqual(lf.filter((r) => r.record === "citation").map((r) => r.line));
      expect(new Set(lf.filter((r) => r.record === "citation").map((r) => r.line)).size).toBeGreaterThan(20);
    },
    SLOW_RUNS_TIMEOUT,
  );

  it(
    "extract of a file read in chunks (--chunk-size) numbers the lines of a CR file as of the \\n one",
    async () => {
      const dir = tempDir("line-ends-chunks");
      // Every text above in one file, past the smallest chunk size (16K).
      const lf = FILES.map((f) => readFileSync(join(ROOT, f), "utf8").replace(/\r\n?/g, "\n")).join("\n");
      expect(lf.length).toBeGreaterThan(3 * 16 * 1024);
      for (const [name, end] of Object.entries(LINE_ENDS)) writeFileSync(join(dir, `${name}.txt`), lf.replaceAll("\n", end));
      const runs = await Promise.all(Object.keys(LINE_ENDS).map((name) => vncite(["extract", "--chunk-size", "16K", `${name}.txt`], { cwd: dir })));
      const cited = runs.map((r) => records(r.stdout).filter((c) => c.record === "citation"));
      expect(cited[0].length).toBeGreaterThan(100);
      // The CR file is the "\n" file's length, cut into the same chunks: the same citations on the same lines.
      expect(cited[2].map((c) => [c.id, c.line])).toEqual(cited[0].map((c) => [c.id, c.line]));
      // The CRLF file is longer, its chunks cut elsewhere (a place read near a chunk's edge may differ): each line is
      // still the one its offset is on in the "\n" file.
      const lineOf = (start: number) => lf.slice(0, start).split("\n").length;
      const crlf = lf.replaceAll("\n", "\r\n");
      expect(cited[1].map((c) => c.line)).toEqual(cited[1].map((c) => lineOf(crlf.slice(0, c.start).replaceAll("\r\n", "\n").length)));
    },
    SLOW_RUNS_TIMEOUT,
  );

  it(
    "graph gives the graph of the \\n files but for offsets (CRLF, CR alone)",
    async () => {
      const { dir } = folders();
      const runs = await Promise.all(Object.keys(LINE_ENDS).map((name) => vncite(["graph", "."], { cwd: join(dir, name) })));
      for (const r of runs) expect(r.code).toBe(0);
      const [lf, crlf, cr] = runs.map((r) => withoutOffsets(r.stdout));
      expect(lf.length).toBeGreaterThan(10_000);
      expect(crlf).toBe(lf);
      expect(cr).toBe(lf);
      expect(runs[1].stderr).toBe(runs[0].stderr);
    },
    SLOW_RUNS_TIMEOUT,
  );
});
