/**
 * Extraction over overlapping chunks is extract() on the whole text, field for field, whatever
 * the chunk size and however the text arrives; and a file is read in chunks as readDocument
 * reads it whole.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../src/extract.js";
import { extractChunks } from "../src/extract-chunks.js";
import { readDocument } from "../src/read/index.js";
import { chunkText, readTextChunks, type ChunkSizes, type TextChunk } from "../src/read/text-chunks.js";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const texts = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(new URL(f, FIXTURES), "utf8")),
  ...readdirSync(new URL("dev/texts/", FIXTURES)).slice(0, 20).map((f) => readFileSync(new URL(`dev/texts/${f}`, FIXTURES), "utf8")),
];
const dir = mkdtempSync(join(tmpdir(), "vncite-chunks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text in pieces of irregular sizes, as a decoder hands it over. */
function* pieces(text: string): Generator<string> {
  for (let at = 0, n = 1; at < text.length; at += 997 * n, n = (n % 7) + 1) yield text.slice(at, at + 997 * n);
}

async function chunked(text: string, sizes: ChunkSizes) {
  const out = [];
  for await (const part of extractChunks(() => chunkText(pieces(text), sizes))) out.push(...part);
  return out;
}

describe("extractChunks", () => {
  it("gives extract()'s citations on the whole text, byte for byte, with chunks of 12,000 and of 1,000 characters", async () => {
    const text = texts.join("\n\n");
    expect(text.length).toBeGreaterThan(150_000);
    const whole = JSON.stringify(extract(text));
    expect(JSON.parse(whole).length).toBeGreaterThan(200);
    expect(JSON.stringify(await chunked(text, { size: 12_000, overlap: 4_000 }))).toBe(whole);
    expect(JSON.stringify(await chunked(text, { size: 1_000, overlap: 500 }))).toBe(whole);
  });

  it("resolves a short form against a full citation chunks away, and calls two of them ambiguous, as extract() does", async () => {
    const filler = "Văn bản này không dẫn chiếu gì. ".repeat(600);
    const text = [
      "Căn cứ Nghị định số 64/2018/NĐ-CP ngày 7 tháng 5 năm 2018 của Chính phủ;",
      filler,
      "Thực hiện Nghị định 64, khoản 2 Điều 3 Quyết định 15 và Quyết định số 2210 nêu trên.",
      filler,
      "Quyết định số 15/QĐ-UBND ngày 3/1/2020; Quyết định số 15/QĐ-UBND ngày 4/2/2021; Quyết định số 2210/QĐ-TTg ngày 5/5/2019.",
    ].join("\n");
    const whole = extract(text);
    expect(whole.filter((c) => c.form === "short").map((c) => c.id)).toEqual(["64/2018/NĐ-CP", "short:decision/15@?", "2210/QĐ-TTg@2019"]);
    expect(JSON.stringify(await chunked(text, { size: 8_000, overlap: 2_000 }))).toBe(JSON.stringify(whole));
  });

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
});

describe("memory", () => {
  const DIST = new URL("../dist/index.js", import.meta.url);
  const CHILD = new URL("hostile/chunks-child.mjs", import.meta.url);
  // The built library, as users get it: `npm test` builds first.
  it.runIf(existsSync(DIST))("extracts 11 MB of text under a 32 MB heap in chunks of 1 M characters; read whole, it cannot", () => {
    const unit = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ.\n" + "Văn bản này nói về việc thực hiện các nhiệm vụ được giao trong năm, không dẫn chiếu văn bản nào khác.\n".repeat(20);
    const path = join(dir, "large.txt");
    writeFileSync(path, unit.repeat(4000));
    const child = (mode: string) =>
      spawnSync(process.execPath, ["--max-old-space-size=32", CHILD.pathname, mode, path, String(1 << 20)], { encoding: "utf8" });
    const chunks = child("chunks");
    expect(chunks.status, chunks.stderr).toBe(0);
    const [count, rss] = chunks.stdout.trim().split(" ").map(Number);
    expect(count).toBe(4000);
    expect(rss / 1024).toBeLessThan(250);
    // The same file as one string (and its prepared copy) is past the heap: V8 aborts.
    expect(child("whole").status).not.toBe(0);
  });
});
