/**
 * Files that go wrong, through the built CLI: each gets the documented behaviour (an error record
 * and one stderr line, or a normal result), the run goes on, the exit code is 1 at the end, and an
 * -o file is never left half-written.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, FIXTURES, ROOT, records, removeTempDirs, run as spawnRun, tempDir, vncite, type Run } from "./helpers.js";

afterAll(removeTempDirs);

const runIn = (cwd: string, command: string, args: string[]) => spawnRun(command, args, { cwd });

// As root, chmod 000 does not stop reading: use another kind of unreadable file there.
const IS_ROOT = process.getuid?.() === 0;
const GOOD = readFileSync(join(ROOT, FIXTURES[1]));

function faultyFolder(): string {
  const dir = tempDir("faults");
  writeFileSync(join(dir, "good.txt"), GOOD);
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  // Vietnamese text whose UTF-8 was damaged: "Quyết định" then a broken sequence.
  writeFileSync(join(dir, "invalid.txt"), Buffer.concat([Buffer.from("Quyết định số 12/QĐ-UBND "), Buffer.from([0xc3, 0x28]), Buffer.from(" ngày")]));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), GOOD]));
  writeFileSync(join(dir, "crlf.txt"), GOOD.toString("utf8").replace(/\n/g, "\r\n"));
  writeFileSync(join(dir, "one-line.txt"), GOOD.toString("utf8").replace(/\s+/g, " ").repeat(40));
  // Deleted between listing and reading: a name the walk lists whose file is gone.
  symlinkSync("deleted-file.txt", join(dir, "gone.txt"));
  // Unreadable: permissions for a normal user; a symlink to itself (ELOOP on open) for root.
  if (IS_ROOT) symlinkSync("locked.txt", join(dir, "locked.txt"));
  else {
    writeFileSync(join(dir, "locked.txt"), GOOD);
    chmodSync(join(dir, "locked.txt"), 0o000);
  }
  // A symlink loop between directories, and a directory whose name looks like a file.
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "sub", "inner.md"), GOOD);
  symlinkSync("..", join(dir, "sub", "back"));
  mkdirSync(join(dir, "folder.txt"));
  return dir;
}

describe("a folder of faulty files", () => {
  const dir = faultyFolder();
  let run: Run;
  let recs: Record<string, any>[];
  beforeAll(async () => {
    run = await vncite(["extract", "-j", "1", "."], { cwd: dir });
    recs = records(run.stdout);
  }, 60_000);

  it("exits 1, with one error record and one stderr line per bad file, in path order", () => {
    expect(run.code).toBe(1);
    const errors = recs.filter((r) => r.record === "error");
    expect(errors.map((e) => [e.file, e.code])).toEqual([
      ["binary.txt", "binary"],
      ["empty.txt", "empty"],
      ["gone.txt", "unreadable"],
      ["invalid.txt", "invalid-utf8"],
      ["locked.txt", "unreadable"],
    ]);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    for (const [i, e] of errors.entries()) expect(lines[i]).toBe(`vncite: ${e.file}: ${e.message}`);
  });

  it("reads every other file completely, the symlink loop once", () => {
    const documents = recs.filter((r) => r.record === "document").map((r) => r.file);
    expect(documents).toEqual(["bom.txt", "crlf.txt", "good.txt", "one-line.txt", "sub/inner.md"]);
    const ids = (file: string) => recs.filter((r) => r.record === "citation" && r.file === file).map((r) => `${r.role} ${r.id}`);
    expect(ids("good.txt").length).toBeGreaterThan(2);
    for (const same of ["bom.txt", "crlf.txt", "sub/inner.md"]) expect(ids(same)).toEqual(ids("good.txt"));
    const oneLine = recs.filter((r) => r.record === "citation" && r.file === "one-line.txt");
    expect(oneLine.length).toBeGreaterThanOrEqual(40);
    expect(new Set(oneLine.map((r) => r.line))).toEqual(new Set([1]));
  });

  // chmod 000 does not stop root, so as root this runs the CLI as "nobody" through setpriv(1).
  const asNobody = IS_ROOT && existsSync("/usr/bin/setpriv");
  it.skipIf(IS_ROOT && !asNobody)("reports a file and a directory it has no permission to read, and goes on", async (ctx) => {
    const locked = tempDir("locked");
    chmodSync(locked, 0o755);
    writeFileSync(join(locked, "good.txt"), GOOD);
    writeFileSync(join(locked, "secret.txt"), GOOD);
    chmodSync(join(locked, "secret.txt"), 0o000);
    mkdirSync(join(locked, "private"));
    writeFileSync(join(locked, "private", "hidden.txt"), GOOD);
    chmodSync(join(locked, "private"), 0o000);
    const nobody = asNobody ? await cliForNobody(locked) : null;
    if (nobody && "reason" in nobody) {
      chmodSync(join(locked, "private"), 0o755);
      console.log(`skipped: the permission test cannot run the CLI as nobody: ${nobody.reason}`);
      ctx.skip(nobody.reason);
      return;
    }
    const r = nobody
      ? await runIn(locked, "setpriv", [...AS_NOBODY, process.execPath, nobody.cli, "extract", "-j", "1", "."])
      : await vncite(["extract", "-j", "1", "."], { cwd: locked });
    // Permissions back, so the folder can be removed afterwards.
    chmodSync(join(locked, "private"), 0o755);
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((x) => [x.record, x.file, x.code])).toEqual([
      ["document", "good.txt", undefined],
      ...records(r.stdout).filter((x) => x.file === "good.txt" && x.record === "citation").map((x) => ["citation", "good.txt", undefined]),
      ["error", "private", "unreadable"],
      ["error", "secret.txt", "unreadable"],
    ]);
    expect(r.stderr).toMatch(/^vncite: private: cannot list directory \(EACCES\)\nvncite: secret\.txt: cannot open \(EACCES/);
  });
});

describe("broken documents of each format", () => {
  it("are one error record and one stderr line each: no reader's own console output", async () => {
    const dir = tempDir("broken-formats");
    writeFileSync(join(dir, "good.txt"), GOOD);
    // Not what the names say: pdf.js warned "Indexing all PDF objects" on stderr for such a PDF.
    writeFileSync(join(dir, "a.pdf"), "not a PDF at all\n");
    writeFileSync(join(dir, "b.pdf"), "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    writeFileSync(join(dir, "c.docx"), "not a zip");
    writeFileSync(join(dir, "d.doc"), "not a Word file");
    const r = await vncite(["extract", "-j", "1", "."], { cwd: dir });
    expect(r.code).toBe(1);
    const errors = records(r.stdout).filter((x) => x.record === "error");
    expect(errors.map((e) => [e.file, e.code])).toEqual([
      ["a.pdf", "corrupt"],
      ["b.pdf", "corrupt"],
      ["c.docx", "corrupt"],
      ["d.doc", "corrupt"],
    ]);
    expect(r.stderr.trimEnd().split("\n")).toEqual(errors.map((e) => `vncite: ${e.file}: ${e.message}`));
  }, 60_000);
});

const AS_NOBODY = ["--reuid=65534", "--regid=65534", "--clear-groups"];

/**
 * The CLI as "nobody" can run it: the checkout's own, or, when the checkout sits in a folder
 * other users cannot enter (a clone into a private temporary folder, or under /root), a copy of
 * dist beside hard links to node_modules in a world-readable temporary folder. Otherwise the
 * reason it cannot.
 */
async function cliForNobody(cwd: string): Promise<{ cli: string } | { reason: string }> {
  const probe = (cli: string) => runIn(cwd, "setpriv", [...AS_NOBODY, process.execPath, cli, "--version"]);
  const own = await probe(CLI);
  if (own.code === 0) return { cli: CLI };
  const copy = tempDir("nobody-cli");
  chmodSync(copy, 0o755);
  try {
    cpSync(join(ROOT, "dist"), join(copy, "dist"), { recursive: true });
    copyFileSync(join(ROOT, "package.json"), join(copy, "package.json"));
    execFileSync("cp", ["-al", join(ROOT, "node_modules"), join(copy, "node_modules")], { stdio: "pipe" });
  } catch (error) {
    return { reason: `${ROOT} is closed to other users, and linking it into ${copy} failed (${(error as Error).message.split("\n")[0]})` };
  }
  const cli = join(copy, "dist", "cli.js");
  const copied = await probe(cli);
  return copied.code === 0 ? { cli } : { reason: `nobody cannot run ${process.execPath} ${cli}: ${copied.stderr.trim().split("\n")[0]}` };
}

describe("-o is never left half-written", () => {
  /** A folder big enough that a run lasts several seconds. */
  function manyFiles(): string {
    const dir = tempDir("many");
    for (let i = 0; i < 60; i++) for (const f of FIXTURES) copyFileSync(join(ROOT, f), join(dir, `${i}-${f.slice(9)}`));
    return dir;
  }
  const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

  it("an interrupted run leaves the old file in place (SIGTERM: and no temporary file; SIGKILL: still no half file)", async () => {
    const input = manyFiles();
    const out = tempDir("out");
    const targets = ["term.json", "kill.json", "int.ndjson"].map((f) => join(out, f));
    for (const t of targets) writeFileSync(t, "OLD");
    // Killed once its temporary file exists (the run is under way), plus a moment of work.
    const interrupted = (args: string[], signal: NodeJS.Signals, target: string) =>
      vncite(args, {
        started: (child) => {
          const prefix = `.${basename(target)}.`;
          const poll = setInterval(() => {
            if (!readdirSync(out).some((f) => f.startsWith(prefix))) return;
            clearInterval(poll);
            setTimeout(() => child.kill(signal), 300);
          }, 20);
        },
      });
    const [term, kill, int] = await Promise.all([
      interrupted(["graph", input, "-o", targets[0], "-j", "1"], "SIGTERM", targets[0]),
      interrupted(["graph", input, "-o", targets[1], "-j", "1"], "SIGKILL", targets[1]),
      interrupted(["extract", input, "-o", targets[2], "-j", "1"], "SIGINT", targets[2]),
    ]);
    expect([term.code, kill.signal, int.code]).toEqual([143, "SIGKILL", 130]);
    for (const t of targets) expect(readFileSync(t, "utf8")).toBe("OLD");
    // Only SIGKILL leaves a temporary file (it proves the kill came mid-run), never in the target's place.
    expect(leftovers(out)).toEqual([expect.stringMatching(/^\.kill\.json\.\d+-[0-9a-f]+\.tmp$/)]);
  });

  it("an -o that is a symbolic link writes the file it links to, atomically, and keeps the link", async () => {
    const out = tempDir("out-link");
    const kept = join(out, "kept");
    mkdirSync(kept);
    writeFileSync(join(kept, "graph-2024.json"), "OLD");
    // A link to a link, relative to its own folder, as a user points "current" at this year's file.
    symlinkSync(join("kept", "graph-2024.json"), join(out, "year.json"));
    symlinkSync("year.json", join(out, "current.json"));
    const r = await vncite(["graph", FIXTURES[0], "-o", join(out, "current.json")]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(out, "current.json")).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(out, "year.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(kept, "graph-2024.json"), "utf8")).nodes.length).toBeGreaterThan(0);
    expect([...leftovers(out), ...leftovers(kept)]).toEqual([]);
    // A link to a file not written yet: the file is made where the link points.
    symlinkSync(join("kept", "new.ndjson"), join(out, "next.ndjson"));
    expect((await vncite(["extract", FIXTURES[0], "-o", join(out, "next.ndjson")])).code).toBe(0);
    expect(lstatSync(join(out, "next.ndjson")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(kept, "new.ndjson"), "utf8")).toContain('"id"');
    // A loop of links is refused in one line, nothing written.
    symlinkSync("loop-b.json", join(out, "loop-a.json"));
    symlinkSync("loop-a.json", join(out, "loop-b.json"));
    const loop = await vncite(["graph", FIXTURES[0], "-o", join(out, "loop-a.json")]);
    expect(loop.code).toBe(1);
    expect(loop.stderr).toMatch(/^vncite: cannot write [^\n]*loop-a\.json \(ELOOP\)\n$/);
  });

  it("an -o that cannot be renamed into place fails cleanly", async () => {
    const out = tempDir("out-dir");
    mkdirSync(join(out, "graph.json"));
    const r = await vncite(["graph", FIXTURES[0], "-o", join(out, "graph.json")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*graph\.json/);
    expect(leftovers(out)).toEqual([]);
  });
});

describe("progress", () => {
  const hasScript = existsSync("/usr/bin/script");

  it.skipIf(!hasScript)("is drawn on stderr only when stderr is a terminal", () => {
    const out = join(tempDir("progress"), "out.ndjson");
    // script(1) gives the CLI a pseudo-terminal; stdout goes to a file through -o.
    const tty = execFileSync("script", ["-qec", `node "${CLI}" extract ${FIXTURES.join(" ")} -o "${out}"`, "/dev/null"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(tty).toMatch(/\r\x1b\[K\[[#-]+\] \d+\/5 files {2}\d+ citations/);
    expect(records(readFileSync(out, "utf8")).filter((r) => r.record === "document")).toHaveLength(5);
  });
});
