/** `vncite extract` and `vncite parse`, the global flags and usage errors, through the built CLI. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, SLOW_RUNS_TIMEOUT, records, removeTempDirs, sh, tempDir, vncite } from "./helpers.js";

afterAll(removeTempDirs);

const CITATION_FIELDS = ["start", "end", "raw", "kind", "kindText", "number", "year", "symbol", "typeCode", "style", "date", "issuer", "id", "numberStart", "numberEnd", "warnings"];

describe("vncite (global)", () => {
  it("--version prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const r = await vncite(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it("--help for every command exits 0 and shows its usage", async () => {
    const commands = ["extract", "graph", "query", "parse", "load", "view", "annotate"];
    const runs = await Promise.all(commands.map((c) => vncite([c, "--help"])));
    for (const [i, c] of commands.entries()) {
      expect(runs[i].code).toBe(0);
      expect(runs[i].stdout).toContain(`Usage: vncite ${c}`);
    }
    // Each command's help lists the exit codes it can give, and only those.
    const codes = (help: string) => [...help.split("Exit codes:")[1].matchAll(/^ {2}(\d) /gm)].map((m) => Number(m[1]));
    expect(runs.map((r) => codes(r.stdout))).toEqual([
      [0, 1, 2],
      [0, 1, 2],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      [0, 1, 2, 4],
      [0, 1, 2, 5, 6, 7, 8, 9],
      [0, 1, 2, 3, 4, 5],
      [0, 1, 2],
    ]);
  });

  it("usage errors exit 2", async () => {
    const runs = await Promise.all([
      vncite([]),
      vncite(["frobnicate"]),
      vncite(["extract"]),
      vncite(["extract", "--jobs", "0", "x.txt"]),
      vncite(["extract", "--format", "xml", "x.txt"]),
      vncite(["extract", "--no-such-flag", "x.txt"]),
      vncite(["query", "graph.json", "teleport", "x"]),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toBe("");
    }
  });
});

describe("vncite parse", () => {
  it("prints the typed identifier of one citation as JSON", async () => {
    const r = await vncite(["parse", "nghị quyết 76/nq-cp"]);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c).toMatchObject({ kind: "resolution", number: "76", symbol: "NQ-CP", style: "state" });
    expect(Object.keys(c)).toEqual(expect.arrayContaining(CITATION_FIELDS));
  });

  it("exits 4 (nothing found) when the text holds no citation", async () => {
    const r = await vncite(["parse", "không có gì ở đây"]);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no citation found/);
  });

  it("prints every citation of its arguments, as an array when there are several", async () => {
    const [two, words] = await Promise.all([
      vncite(["parse", "Chỉ thị số 05/CT-TU ngày 18/01/2021", "Nghị định 61/2018/NĐ-CP"]),
      vncite(["parse", "Nghị", "định", "61/2018/NĐ-CP"]),
    ]);
    expect(two.code).toBe(0);
    expect(JSON.parse(two.stdout).map((c: any) => c.id)).toEqual(["05-CT/TU@2021", "61/2018/NĐ-CP"]);
    // Unquoted words are one citation.
    expect(JSON.parse(words.stdout).id).toBe("61/2018/NĐ-CP");
  });
});

describe("vncite extract", () => {
  it("ndjson: a document record then citation records per file, in input order", async () => {
    const r = await vncite(["extract", "-j", "1", "--format", "ndjson", ...FIXTURES]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const recs = records(r.stdout);
    expect(recs.filter((x) => x.record === "document").map((x) => x.file)).toEqual(FIXTURES);
    const first = recs.find((x) => x.record === "citation")!;
    expect(Object.keys(first).slice(0, 2)).toEqual(["record", "file"]);
    expect(Object.keys(first)).toEqual(expect.arrayContaining([...CITATION_FIELDS, "role", "jurisdiction", "line"]));
    // Offsets are into the file as read: raw is the file's own text.
    for (const c of recs.filter((x) => x.record === "citation").slice(0, 20)) {
      expect(readFileSync(join(ROOT, c.file), "utf8").slice(c.start, c.end)).toBe(c.raw);
    }
    const doc = recs.find((x) => x.record === "document" && x.file === FIXTURES[1])!;
    expect(doc.self).toMatchObject({ number: "103", symbol: "KH-UBND", date: "2021-04-12" });
  });

  it("defaults to ndjson when stdout is not a terminal; json is the same records as one array", async () => {
    const [plain, json] = await Promise.all([vncite(["extract", FIXTURES[0]]), vncite(["extract", "-f", "json", FIXTURES[0]])]);
    expect(JSON.parse(json.stdout)).toEqual(records(plain.stdout));
    expect(json.stdout.startsWith("[\n")).toBe(true);
  });

  it("table: a heading per file and aligned rows", async () => {
    const r = await vncite(["extract", "--format", "table", FIXTURES[1]]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toContain(FIXTURES[1]);
    expect(lines[1]).toMatch(/^\s+LINE\s+ROLE\s+KIND\s+NUMBER\s+DATE\s+ISSUER$/);
    expect(r.stdout).toContain("424/QĐ-BNV");
  });

  it("--jobs 1 and --jobs 2 give byte-identical output (ndjson and table)", async () => {
    const runs = await Promise.all([
      vncite(["extract", "-j", "1", ...FIXTURES]),
      vncite(["extract", "-j", "2", ...FIXTURES]),
      vncite(["extract", "-j", "1", "-f", "table", ...FIXTURES]),
      vncite(["extract", "-j", "2", "-f", "table", ...FIXTURES]),
    ]);
    expect(runs[0].stdout.length).toBeGreaterThan(10_000);
    expect(runs[1].stdout).toBe(runs[0].stdout);
    expect(runs[3].stdout).toBe(runs[2].stdout);
  });

  it("walks a directory (every readable format, .gitignore honoured) and expands a quoted glob; paths as given with /", async () => {
    const dir = tempDir("walk");
    for (const f of FIXTURES.slice(0, 2)) copyFileSync(join(ROOT, f), join(dir, f.slice("fixtures/".length)));
    copyFileSync(join(ROOT, "fixtures/formats/003_b25d2e1b7847da88.html"), join(dir, "page.html"));
    writeFileSync(join(dir, "notes.csv"), "Nghị quyết 76/NQ-CP");
    mkdirSync(join(dir, "drafts"));
    copyFileSync(join(ROOT, FIXTURES[2]), join(dir, "drafts", "draft.txt"));
    writeFileSync(join(dir, ".gitignore"), "# drafts are not plans\ndrafts/\n");
    const [walked, globbed, filtered] = await Promise.all([
      vncite(["extract", "-j", "1", "./"], { cwd: dir }),
      vncite(["extract", "*.csv"], { cwd: dir }),
      vncite(["extract", "-j", "1", ".", "--exclude", "000_*", "--include", "*.txt", "--include", "*.csv", "--no-gitignore"], { cwd: dir }),
    ]);
    const files = (r: { stdout: string }) => records(r.stdout).filter((x) => x.record === "document").map((x) => x.file);
    expect(files(walked)).toEqual(["000_d68bdff47092aead.txt", "001_69a87f8fa69e4c9a.txt", "page.html"]);
    expect(records(walked.stdout).find((x) => x.file === "page.html")).toMatchObject({ format: "html" });
    expect(files(globbed)).toEqual(["notes.csv"]);
    expect(files(filtered)).toEqual(["001_69a87f8fa69e4c9a.txt", "drafts/draft.txt", "notes.csv"]);
  });

  it('reads standard input for "-"', async () => {
    const text = readFileSync(join(ROOT, FIXTURES[2]), "utf8");
    const [fromStdin, fromFile] = await Promise.all([vncite(["extract", "-"], { input: text }), vncite(["extract", FIXTURES[2]])]);
    expect(fromStdin.code).toBe(0);
    const strip = (r: { stdout: string }) => records(r.stdout).filter((x) => x.record === "citation").map(({ file, ...c }) => c);
    expect(records(fromStdin.stdout)[0]).toMatchObject({ record: "document", file: "-" });
    expect(strip(fromStdin).length).toBeGreaterThan(0);
    expect(strip(fromStdin).map((c) => [c.start, c.id])).toEqual(strip(fromFile).map((c) => [c.start, c.id]));
  });

  it("never reads its own -o file back from a walked folder: a second run writes what the first did", async () => {
    // "vncite extract plans -f table -o plans/citations.txt", "vncite view plans -o plans/graph.html":
    // the earlier output has a readable extension and sits in the folder walked.
    const [dir, other] = [tempDir("own-output"), tempDir("own-page")];
    copyFileSync(join(ROOT, FIXTURES[1]), join(dir, "plan.txt"));
    copyFileSync(join(ROOT, FIXTURES[1]), join(other, "plan.txt"));
    const table = join(dir, "citations.txt");
    const page = join(other, "graph.html");
    const runs = async () => [await vncite(["extract", dir, "-f", "table", "-o", table]), await vncite(["view", other, "-o", page])];
    const first = await runs();
    const [tableOnce, pageOnce] = [readFileSync(table, "utf8"), readFileSync(page, "utf8")];
    const second = await runs();
    for (const r of [...first, ...second]) expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(table, "utf8")).toBe(tableOnce);
    expect(readFileSync(page, "utf8")).toBe(pageOnce);
    // Given by name, a file is read whatever it is.
    const named = await vncite(["extract", table]);
    expect(records(named.stdout)[0]).toMatchObject({ record: "document", file: table });
  }, SLOW_RUNS_TIMEOUT);

  it("does not read back a page vncite wrote (a view, an annotated plan) found in a walked folder; named, it is read", async () => {
    const dir = tempDir("own-pages");
    copyFileSync(join(ROOT, FIXTURES[1]), join(dir, "plan.txt"));
    const [view, annotated] = [
      await vncite(["view", join(dir, "plan.txt"), "-o", join(dir, "graph.html")]),
      await vncite(["annotate", join(dir, "plan.txt"), "-o", join(dir, "plan.html")]),
    ];
    for (const r of [view, annotated]) expect(r.code, r.stderr).toBe(0);
    // An annotated plan read back was the plan twice; the view, a file with no text (exit 1).
    const again = await vncite(["extract", dir]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain("2 pages vncite wrote (view, annotate) not read as documents");
    expect(new Set(records(again.stdout).map((r) => r.file))).toEqual(new Set([join(dir, "plan.txt")]));
    const named = await vncite(["extract", join(dir, "plan.html")]);
    expect(records(named.stdout)[0]).toMatchObject({ record: "document", file: join(dir, "plan.html") });
  }, SLOW_RUNS_TIMEOUT);

  it("`vncite extract dir | head -1` ends quietly", async () => {
    // Enough output (~1.5 MB) to overflow the pipe long after head has gone.
    const dir = tempDir("head");
    for (let i = 0; i < 30; i++) for (const f of FIXTURES) copyFileSync(join(ROOT, f), join(dir, `${i}-${f.slice(9)}`));
    const r = await sh(`node "${join(ROOT, "dist/cli.js")}" extract -j 1 "${dir}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(r.stdout).record).toBe("document");
    expect(r.stderr).toBe("status=0\n");
  });
});
