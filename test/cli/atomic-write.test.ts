/** AtomicFile's refusals, each said in words a user can act on. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AtomicFile } from "../../src/cli/atomic-write.js";
import { CLI } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "vncite-atomic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("AtomicFile.create", () => {
  it("names the missing folder of an -o path ('-o out/graph.json' before out/ is made), before any input is read", async () => {
    await expect(AtomicFile.create(join(dir, "out", "graph.json"))).rejects.toThrow(
      new Error(`cannot write ${join(dir, "out", "graph.json")} (ENOENT: the folder ${join(dir, "out")} does not exist; make it first)`),
    );
    // A folder that is a file: said as the system says it.
    writeFileSync(join(dir, "file"), "");
    await expect(AtomicFile.create(join(dir, "file", "graph.json"))).rejects.toThrow(/^cannot write .*graph\.json \(ENOTDIR\)$/);
    const ok = await AtomicFile.create(join(dir, "graph.json"));
    await ok.abort();
  });
});

describe("AtomicFile's temporary file", () => {
  it("is named .<target>.<pid>-<8 hex digits>.tmp beside the target, apart for two writers, and renamed into place whole", async () => {
    const target = join(dir, "out.ndjson");
    const [a, b] = await Promise.all([AtomicFile.create(target), AtomicFile.create(target)]);
    const temps = readdirSync(dir).filter((f) => f.startsWith(".out.ndjson."));
    expect(temps).toHaveLength(2);
    for (const t of temps) expect(t).toMatch(new RegExp(`^\\.out\\.ndjson\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
    await b.abort();
    await a.write('{"record":"document"}\n');
    await a.commit();
    expect(readFileSync(target, "utf8")).toBe('{"record":"document"}\n');
    expect(readdirSync(dir).filter((f) => f.startsWith(".out.ndjson."))).toEqual([]);
  });

  it("costs the CLI no node:crypto: its first use starts OpenSSL (33-53 M instructions a run) for a name", () => {
    expect(readFileSync(CLI, "utf8")).not.toMatch(/from "(node:)?crypto"|require\("(node:)?crypto"\)/);
  });
});
