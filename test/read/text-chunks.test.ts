/** Text files read as overlapping chunks, as readDocument reads them whole. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/index.js";
import { chunkText, readTextChunks, type TextChunk } from "../../src/read/text-chunks.js";

const dir = mkdtempSync(join(tmpdir(), "vncite-text-chunks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text in pieces of irregular sizes, as a decoder hands it over. */
function* pieces(text: string): Generator<string> {
  for (let at = 0, n = 1; at < text.length; at += 997 * n, n = (n % 7) + 1) yield text.slice(at, at + 997 * n);
}

describe("chunkText", () => {
  it("cuts a text into chunks that cover it, each answering for the middle of its overlaps", async () => {
    const text = "abcdefghij".repeat(1000);
    const chunks: TextChunk[] = [];
    for await (const c of chunkText(pieces(text), { size: 3000, overlap: 1000 })) chunks.push(c);
    expect(chunks.map((c) => [c.start, c.from, c.to])).toEqual([[0, 0, 2500], [2000, 2500, 4500], [4000, 4500, 6500], [6000, 6500, 8500], [8000, 8500, 10000]]);
    for (const c of chunks) expect(c.text).toBe(text.slice(c.start, c.start + c.text.length));
    const empty: TextChunk[] = [];
    for await (const c of chunkText([], { size: 3000, overlap: 1000 })) empty.push(c);
    expect(empty).toEqual([{ text: "", start: 0, from: 0, to: 0 }]);
  });
});

describe("readTextChunks", () => {
  it("reads UTF-8 (with or without a BOM) and UTF-16 files as readDocument does, characters split across reads", async () => {
    const text = ("Căn cứ Nghị định số 61/2018/NĐ-CP 𝄞 " + "x".repeat(300) + "\n").repeat(4000);
    const files = {
      "plain.txt": Buffer.from(text),
      "bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      "utf16.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      let joined = "";
      let end = 0;
      for await (const c of readTextChunks(path, 1 << 30, { size: 100_000, overlap: 10_000 })) {
        joined += c.text.slice(end - c.start);
        end = c.start + c.text.length;
      }
      expect(joined).toBe((await readDocument(path)).text);
    }
  });

  it("refuses what readDocument refuses: too large, NUL bytes, invalid UTF-8", async () => {
    const drain = async (path: string, max = 1 << 30) => {
      for await (const _ of readTextChunks(path, max, { size: 100_000, overlap: 10_000 }));
    };
    writeFileSync(join(dir, "big.txt"), "a".repeat(5000));
    writeFileSync(join(dir, "nul.txt"), "a\0b");
    writeFileSync(join(dir, "bad.txt"), Buffer.from([0x61, 0xff, 0x61]));
    await expect(drain(join(dir, "big.txt"), 4096)).rejects.toMatchObject({ code: "too-large" });
    await expect(drain(join(dir, "nul.txt"))).rejects.toMatchObject({ code: "binary" });
    await expect(drain(join(dir, "bad.txt"))).rejects.toMatchObject({ code: "invalid-utf8" });
    await expect(drain(dir)).rejects.toMatchObject({ code: "not-a-file" });
  });

  it("refuses a file of nothing but white space as empty, as readDocument does, however many chunks it spans", async () => {
    const drain = async (path: string) => {
      for await (const _ of readTextChunks(path, 1 << 30, { size: 4000, overlap: 1000 }));
    };
    writeFileSync(join(dir, "blank.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(" \r\n\t".repeat(30_000))]));
    writeFileSync(join(dir, "blank16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("\n ".repeat(600_000), "utf16le")]));
    await expect(readDocument(join(dir, "blank.txt"))).rejects.toMatchObject({ code: "empty" });
    await expect(drain(join(dir, "blank.txt"))).rejects.toMatchObject({ code: "empty" });
    await expect(drain(join(dir, "blank16.txt"))).rejects.toMatchObject({ code: "empty" });
    // One letter past the first MiB read is text.
    writeFileSync(join(dir, "late.txt"), " ".repeat(1_100_000) + "x");
    await expect(drain(join(dir, "late.txt"))).resolves.toBeUndefined();
  });

  it("refuses damaged UTF-16 as readDocument does, naming the encoding: a truncated file, a lone surrogate", async () => {
    const drain = async (path: string) => {
      for await (const _ of readTextChunks(path, 1 << 30, { size: 100_000, overlap: 10_000 }));
    };
    const le = Buffer.from("Căn cứ Nghị định số 61/2018/NĐ-CP;\n", "utf16le");
    const damaged = {
      "odd.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), le, Buffer.from([0x61])]),
      "surrogate.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), le, Buffer.from([0x00, 0xd8, 0x61, 0x00])]),
      "odd-be.txt": Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16(), Buffer.from([0x61])]),
    };
    for (const [name, bytes] of Object.entries(damaged)) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const whole = await readDocument(path).then(() => null, (e: unknown) => e);
      expect(whole, name).toMatchObject({ code: "invalid-utf8", message: expect.stringMatching(/not valid UTF-16/) });
      await expect(drain(path), name).rejects.toMatchObject({ code: "invalid-utf8", message: expect.stringMatching(/not valid UTF-16/) });
    }
  });
});

