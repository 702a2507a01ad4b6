/**
 * Extraction over overlapping chunks is extract() on the whole text, field for field, whatever
 * the chunk size and however the text arrives, in the memory of a chunk.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../src/extract.js";
import { extractChunks } from "../src/extract-chunks.js";
import { chunkText, type ChunkSizes } from "../src/read/text-chunks.js";

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

  it("moves the amended law's offset of units inside an amending law's name with the chunk, as extract() gives it", async () => {
    const filler = "Văn bản này không dẫn chiếu gì. ".repeat(600);
    const text = [filler, "Căn cứ Pháp lệnh sửa đổi Điều 10 của Pháp lệnh dân số ngày 27 tháng 12 năm 2008;", filler].join("\n");
    const whole = extract(text);
    expect(whole[0].pinpoint?.amendedAt).toBe(text.indexOf("Pháp lệnh dân số"));
    expect(JSON.stringify(await chunked(text, { size: 8_000, overlap: 2_000 }))).toBe(JSON.stringify(whole));
  });
});

describe("memory", () => {
  const DIST = new URL("../dist/index.js", import.meta.url);
  const CHILD = new URL("hostile/chunks-child.mjs", import.meta.url);
  // The built library, as users get it: `npm test` builds first.
  // 22 MB: with Chevrotain bundled into dist the library loads with less heap, and 11 MB read whole
  // came to fit in 32 MB; twice that does not, while the chunks' memory stays flat. The cap is 36 MB:
  // the chunks need about 28 MB (the loaded library's ~21 MB and one chunk's work), and under a 32 MB
  // cap a loaded machine, its incremental marking late, went over once (session 57's CI rehearsal;
  // the session's start build needs the same). The text held whole is 44 MB of UTF-16: still past it.
  it.runIf(existsSync(DIST))("extracts 22 MB of text under a 36 MB heap in chunks of 1 M characters; held whole in the heap, it cannot", () => {
    const unit = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ.\n" + "Văn bản này nói về việc thực hiện các nhiệm vụ được giao trong năm, không dẫn chiếu văn bản nào khác.\n".repeat(20);
    const path = join(dir, "large.txt");
    writeFileSync(path, unit.repeat(8000));
    const child = (mode: string) =>
      spawnSync(process.execPath, ["--max-old-space-size=36", CHILD.pathname, mode, path, String(1 << 20)], { encoding: "utf8" });
    const chunks = child("chunks");
    expect(chunks.status, chunks.stderr).toBe(0);
    const [count, rss] = chunks.stdout.trim().split(" ").map(Number);
    expect(count).toBe(8000);
    expect(rss / 1024).toBeLessThan(250);
    // The same file as one string in the heap is past the cap: V8 aborts. (readDocument's own
    // text of a file this large is an external string, outside the heap: "read-whole" fits.)
    expect(child("whole").status).not.toBe(0);
    expect(child("read-whole").status).toBe(0);
  });
});

describe("extractChunks and a kind word pointing back", () => {
  it("resolves 'Thông tư nêu trên' against a circular chunks before it, and calls two ambiguous, as extract() does", async () => {
    const filler = "Văn bản này không dẫn chiếu gì. ".repeat(600);
    const text = [
      "Căn cứ Thông tư số 09/2023/TT-BNV ngày 2/6/2023;",
      filler,
      "Thực hiện Thông tư nêu trên và Quyết định nói trên.",
      "Căn cứ Quyết định số 11/2020/QĐ-UBND;",
      filler,
      "Sửa đổi Quyết định nêu trên; Quyết định 27 nêu trên.",
      filler,
      "Bãi bỏ Quyết định đã nêu.",
    ].join("\n");
    const whole = extract(text);
    expect(whole.filter((c) => c.form === "short").map((c) => c.id)).toEqual(["09/2023/TT-BNV", "short:decision@?", "11/2020/QĐ-UBND", "short:decision/27@?", "short:decision@?"]);
    for (const sizes of [{ size: 8_000, overlap: 2_000 }, { size: 1_000, overlap: 500 }]) expect(JSON.stringify(await chunked(text, sizes))).toBe(JSON.stringify(whole));
  });
});
