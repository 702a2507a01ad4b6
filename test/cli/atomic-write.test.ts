/** AtomicFile's refusals, each said in words a user can act on. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AtomicFile } from "../../src/cli/atomic-write.js";

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
