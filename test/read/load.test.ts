/** loadFileSync's `above`: a regular file past it is left unread (null); the checks are the same either way. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadFileSync, openRegularFile } from "../../src/read/load.js";

const dir = mkdtempSync(join(tmpdir(), "vncite-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadFileSync with above", () => {
  const file = join(dir, "plan.txt");
  writeFileSync(file, "Căn cứ Luật Đất đai năm 2013;\n");
  const size = Buffer.byteLength("Căn cứ Luật Đất đai năm 2013;\n");

  it("reads a file of up to `above` bytes, and leaves a larger one unread", () => {
    expect(Buffer.from(loadFileSync(file, 1 << 20, size)!).toString("utf8")).toBe("Căn cứ Luật Đất đai năm 2013;\n");
    expect(loadFileSync(file, 1 << 20, size - 1)).toBeNull();
    expect(Buffer.from(loadFileSync(file, 1 << 20)).length).toBe(size);
  });

  it("is null for a file past both `above` and the size limit (the caller looks closer), and refuses one past the limit only", () => {
    expect(loadFileSync(file, size - 1, size - 2)).toBeNull();
    expect(() => loadFileSync(file, size - 1, size)).toThrow(/larger than/);
  });

  it("refuses what is not a regular file, and a missing one, as without it", () => {
    const sub = join(dir, "folder.txt");
    mkdirSync(sub);
    expect(() => loadFileSync(sub, 1 << 20, 0)).toThrow(/not a regular file/);
    expect(() => loadFileSync(join(dir, "missing.txt"), 1 << 20, 0)).toThrow(/cannot open/);
  });
});

describe("a file whose name is not UTF-8", () => {
  it("is said to be so when it cannot be opened, not only 'no such file' for a file the walk listed", async () => {
    // "Quyết định.txt" in Windows-1258 bytes, as an archive made on an older Windows unpacks it: the walk's
    // string for the name holds U+FFFD where the bytes were not UTF-8, and no file has that name.
    const raw = Buffer.concat([Buffer.from(dir + "/Quy"), Buffer.from([0xea, 0xec]), Buffer.from("t.txt")]);
    writeFileSync(raw, "Căn cứ Luật Đất đai năm 2013;\n");
    const named = raw.toString("utf8");
    expect(named).toContain("\ufffd");
    const message = /cannot open \(ENOENT[^)]*\): its name is not valid UTF-8[^]*rename it/;
    expect(() => loadFileSync(named, 1 << 20)).toThrow(message);
    await expect(openRegularFile(named, 1 << 20)).rejects.toThrow(message);
    // A missing file with a plain name is as before.
    expect(() => loadFileSync(join(dir, "missing.txt"), 1 << 20)).toThrow(/cannot open \(ENOENT[^)]*\)$/);
  });
});
