/**
 * Hostile inputs through the built CLI, as a run over an unchecked folder meets them: special
 * files, symlinks out of the tree, aliases, oversized input, and -o runs that must not destroy a
 * good result. Each ends with an error record or a note, quickly and in bounded memory.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDocx, makePdf } from "../hostile/make-files.js";
import { CLI, FIXTURES, ROOT, SLOW_RUNS_TIMEOUT, records, removeTempDirs, run, tempDir, vncite, type Run } from "./helpers.js";

afterAll(removeTempDirs);

const GOOD = readFileSync(join(ROOT, FIXTURES[1]));
const WRAPPER = join(ROOT, "test", "hostile", "rss-wrapper.mjs");
const errors = (stdout: string) => records(stdout).filter((r) => r.record === "error").map((r) => [r.file, r.code]);
const documents = (stdout: string) => records(stdout).filter((r) => r.record === "document").map((r) => r.file);

function hostileFolder(): { dir: string; outside: string } {
  const base = tempDir("hostile");
  const dir = join(base, "plans");
  const outside = join(base, "elsewhere");
  mkdirSync(dir);
  mkdirSync(outside);
  writeFileSync(join(dir, "good.txt"), GOOD);
  writeFileSync(join(outside, "secret.txt"), GOOD);
  execFileSync("mkfifo", [join(dir, "pipe.txt")]);
  symlinkSync("/dev/zero", join(dir, "zero.txt"));
  symlinkSync("pipe.txt", join(dir, "to-pipe.txt"));
  symlinkSync(join(outside, "secret.txt"), join(dir, "secret.txt"));
  symlinkSync(outside, join(dir, "out"));
  symlinkSync("good.txt", join(dir, "alias.txt"));
  linkSync(join(dir, "good.txt"), join(dir, "hard.txt"));
  return { dir, outside };
}

describe("special files and symlinks in a folder", () => {
  const { dir } = hostileFolder();
  let walked: Run;
  let followed: Run;
  let named: Run;
  let seconds: number;
  beforeAll(async () => {
    const started = performance.now();
    [walked, followed, named] = await Promise.all([
      vncite(["extract", "-j", "1", "."], { cwd: dir }),
      vncite(["extract", "-j", "1", "--follow-symlinks", "."], { cwd: dir }),
      vncite(["extract", "-j", "1", "pipe.txt", "/dev/zero", "good.txt"], { cwd: dir }),
    ]);
    seconds = (performance.now() - started) / 1000;
  }, SLOW_RUNS_TIMEOUT);

  it("refuses FIFOs and devices with error records at once, reads each file once, does not leave the tree", () => {
    // Blocking on the FIFO, or reading /dev/zero, would never end; three CLI runs at once took 58 s at
    // load ~30 (session 38), so the bound is the hook's own limit less a margin, not a speed claim.
    expect(seconds).toBeLessThan(SLOW_RUNS_TIMEOUT / 1000 - 10);
    const r = walked;
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toEqual([
      ["pipe.txt", "not-a-file"],
      ["to-pipe.txt", "not-a-file"],
      ["zero.txt", "not-a-file"],
    ]);
    // alias.txt and hard.txt are good.txt under other names ("alias" sorts first).
    expect(documents(r.stdout)).toEqual(["alias.txt"]);
    expect(r.stderr).toMatch(/^vncite: \.: 2 symlinks leading outside it not followed \(--follow-symlinks follows them\)$/m);
    expect(r.stderr).toMatch(/^vncite: zero\.txt: is a character device, not a regular file: not read$/m);
  });

  it("follows symlinks out of the tree with --follow-symlinks", () => {
    expect(documents(followed.stdout)).toEqual(["alias.txt", "out/secret.txt"]);
  });

  it("refuses a FIFO or device named on the command line", () => {
    const r = named;
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toEqual([
      ["pipe.txt", "not-a-file"],
      ["/dev/zero", "not-a-file"],
    ]);
    expect(documents(r.stdout)).toEqual(["good.txt"]);
  });
});

describe("a .gitignore with a 100,000-character line", () => {
  it("is read in linear time; the pattern the matcher cannot take is skipped with a note naming the file", async () => {
    const dir = tempDir("gitignore");
    writeFileSync(join(dir, ".gitignore"), "drafts/\n" + " ".repeat(100_000) + "x\n" + "y".repeat(100_000) + "\n");
    writeFileSync(join(dir, "good.txt"), GOOD);
    mkdirSync(join(dir, "drafts"));
    writeFileSync(join(dir, "drafts", "draft.txt"), GOOD);
    const r = await vncite(["extract", "-j", "1", "."], { cwd: dir });
    expect(r.code).toBe(0);
    expect(documents(r.stdout)).toEqual(["good.txt"]);
    expect(r.stderr).toMatch(/\.gitignore: 2 pattern\(s\) longer than 4096 characters ignored/);
  });

  it("a .gitignore that is a FIFO is not read (it would block the walk), with a note", async () => {
    const dir = tempDir("fifo-ignore");
    writeFileSync(join(dir, "good.txt"), GOOD);
    execFileSync("mkfifo", [join(dir, ".gitignore")]);
    const r = await vncite(["extract", "-j", "1", "."], { cwd: dir });
    expect(r.code).toBe(0);
    expect(documents(r.stdout)).toEqual(["good.txt"]);
    expect(r.stderr).toMatch(/\.gitignore: is a FIFO \(named pipe\), not a regular file: not read; not used/);
  });
});

describe("-o keeps a good result", () => {
  it("is not replaced when no input could be read, unless --force; its mode is kept", async () => {
    const dir = tempDir("keep");
    writeFileSync(join(dir, "plan.txt"), GOOD);
    const ok = await vncite(["graph", "-j", "1", "plan.txt", "-o", "g.json"], { cwd: dir });
    expect(ok.code).toBe(0);
    const good = readFileSync(join(dir, "g.json"));
    chmodSync(join(dir, "g.json"), 0o444);

    writeFileSync(join(dir, "old.ndjson"), "old\n");
    const [typo, extract] = await Promise.all([
      vncite(["graph", "-j", "1", "typo.txt", "-o", "g.json"], { cwd: dir }),
      vncite(["extract", "-j", "1", "typo.txt", "-o", "old.ndjson"], { cwd: dir }),
    ]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/no input could be read; g\.json was not written \(--force writes it anyway\)/);
    expect(readFileSync(join(dir, "g.json"))).toEqual(good);
    expect(extract.code).toBe(1);
    expect(readFileSync(join(dir, "old.ndjson"), "utf8")).toBe("old\n");

    const again = await vncite(["graph", "-j", "1", "plan.txt", "-o", "g.json"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(statSync(join(dir, "g.json")).mode & 0o777).toBe(0o444);

    const forced = await vncite(["graph", "-j", "1", "typo.txt", "-o", "g.json", "--force"], { cwd: dir });
    expect(forced.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, "g.json"), "utf8"))).toMatchObject({ nodes: [], edges: [] });
  }, SLOW_RUNS_TIMEOUT);
});

describe("limits through the CLI", () => {
  it("standard input larger than --max-file-size is an error record 'too-large'", async () => {
    const r = await vncite(["extract", "-", "--max-file-size", "4k"], { input: GOOD.toString("utf8").repeat(10) });
    expect(r.code).toBe(1);
    expect(errors(r.stdout)).toEqual([["-", "too-large"]]);
    expect(r.stderr).toMatch(/standard input is larger than the 4 KiB limit/);
  });

  it("a text file past --chunk-size is analysed in chunks: the citations read whole, the document record first", async () => {
    const dir = tempDir("chunks");
    const text = FIXTURES.map((f) => readFileSync(join(ROOT, f), "utf8")).join("\f");
    writeFileSync(join(dir, "all.txt"), text);
    const whole = await vncite(["extract", "-j", "1", "all.txt"], { cwd: dir });
    const chunked = await vncite(["extract", "-j", "1", "all.txt", "--chunk-size", "48k"], { cwd: dir });
    expect(chunked.code, chunked.stderr).toBe(0);
    const [a, b] = [records(whole.stdout), records(chunked.stdout)];
    const { number, symbol, kind } = a[0].self;
    expect(b[0]).toMatchObject({ record: "document", citations: a[0].citations, self: { number, symbol, kind } });
    expect(b[0].warnings[0].code).toBe("read-in-chunks");
    // Roles and local ids are read within each chunk; the citations themselves are the same.
    const core = (r: Record<string, unknown>) => JSON.stringify({ ...r, role: 0, jurisdiction: 0, id: 0 });
    expect(b.slice(1).map(core)).toEqual(a.slice(1).map(core));
    expect(b.slice(1).map((r) => r.page)).toEqual(a.slice(1).map((r) => r.page));
    const graph = await vncite(["graph", "-j", "1", "all.txt", "--chunk-size", "48k", "-o", "g.json"], { cwd: dir });
    expect(graph.code, graph.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "g.json"), "utf8")).edges.length).toBeGreaterThan(50);
  }, SLOW_RUNS_TIMEOUT);

  it("--chunk-size below 16K is a usage error: its chunks would share too little to see a citation whole", async () => {
    const dir = tempDir("small-chunks");
    writeFileSync(join(dir, "plan.txt"), GOOD);
    const r = await vncite(["extract", "-j", "1", "plan.txt", "--chunk-size", "10"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--chunk-size.*at least 16K/s);
    expect(r.stdout).toBe("");
  });

  it("a text file past --chunk-size holding only white space is an empty file, as when read whole", async () => {
    const dir = tempDir("blank");
    writeFileSync(join(dir, "blank.txt"), " \n".repeat(100_000));
    for (const size of ["16M", "48k"]) {
      const r = await vncite(["extract", "-j", "1", "blank.txt", "--chunk-size", size], { cwd: dir });
      expect(r.code).toBe(1);
      expect(errors(r.stdout)).toEqual([["blank.txt", "empty"]]);
    }
  });

  it("a PDF of thousands of pages in a flat tree ends within seconds: too many pages, or out of time", async () => {
    const dir = tempDir("pdf");
    writeFileSync(join(dir, "flat.pdf"), makePdf(3_000));
    const started = performance.now();
    const r = await vncite(["extract", "-j", "1", "flat.pdf"], { cwd: dir });
    expect(errors(r.stdout)).toEqual([["flat.pdf", "too-many-pages"]]);
    const slow = await vncite(["extract", "-j", "1", "flat.pdf", "--max-pages", "5000", "--time-limit", "1"], { cwd: dir });
    expect(errors(slow.stdout)).toEqual([["flat.pdf", "timeout"]]);
    expect(performance.now() - started).toBeLessThan(45_000);
  });

  it("stays in bounded memory on /dev/zero, a FIFO, a big standard input and a .docx bomb", async () => {
    const dir = tempDir("rss");
    symlinkSync("/dev/zero", join(dir, "zero.txt"));
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    // About 18 MB of XML (a million elements) in a zip of a few dozen KB, read under an 8 MiB
    // limit: mammoth's tree of it would pass the 256 MB heap.
    writeFileSync(join(dir, "bomb.docx"), makeDocx(Array(300_000).fill("Căn cứ Nghị định 61/2018/NĐ-CP")));
    writeFileSync(join(dir, "good.txt"), GOOD);
    const input = Buffer.alloc(64 * 1024 * 1024, "a");
    const r = await run(process.execPath, ["--max-old-space-size=256", WRAPPER, CLI, "extract", "-j", "1", "--max-file-size", "8M", "--max-inflated-size", "8M", ".", "-"], {
      cwd: dir,
      input,
    });
    expect(r.signal).toBeNull();
    expect(errors(r.stdout)).toEqual([
      ["bomb.docx", "inflated-too-large"],
      ["pipe.txt", "not-a-file"],
      ["zero.txt", "not-a-file"],
      ["-", "too-large"],
    ]);
    const maxRss = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1]) * 1024;
    expect(maxRss).toBeGreaterThan(0);
    expect(maxRss).toBeLessThan(600 * 1024 * 1024);
  });

  it("query refuses a graph too big for its heap with a message, instead of aborting", async () => {
    const dir = tempDir("query");
    const file = join(dir, "big.json");
    writeFileSync(file, '{"options":');
    truncateSync(file, 1024 * 1024 * 1024); // sparse: a gigabyte on paper, nothing on disk
    const r = await run(process.execPath, ["--max-old-space-size=256", CLI, "query", file, "resolve", "x"], { cwd: dir });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(5); // the graph file cannot be read
    expect(r.stderr).toMatch(/a 1024 MB graph needs about \d+ MB of memory to query, more than this process's \d+ MB heap; run it with a larger one: node --max-old-space-size=\d+/);
  });
});
