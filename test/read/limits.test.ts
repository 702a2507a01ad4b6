/**
 * Each limit of ReadLimits stops its own hostile file with its own ReadError code and the file's
 * name, instead of letting one file take the process's memory or time.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ReadError, readDocument } from "../../src/read/index.js";
import { makeDocx, makePdf, makeZip } from "../hostile/make-files.js";
import { bestTime } from "../hostile/timing.js";

const dir = mkdtempSync(join(tmpdir(), "vncite-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rejection = async (promise: Promise<unknown>): Promise<ReadError> => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
};

describe("read limits", () => {
  it("never throws a TypeError: null, numbers and objects are a ReadError 'invalid-input'", async () => {
    for (const input of [null, undefined, 42, {}, ["a.txt"]]) {
      expect(await rejection(readDocument(input as never))).toMatchObject({ code: "invalid-input" });
    }
    // null options are no options.
    expect((await readDocument(new TextEncoder().encode("a 1/QĐ-TTg"), null as never)).text).toBe("a 1/QĐ-TTg");
  });

  it("refuses a FIFO, a device and a directory at once, also through a symlink ('not-a-file')", async () => {
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    symlinkSync("/dev/zero", join(dir, "zero.txt"));
    symlinkSync(fifo, join(dir, "to-pipe.txt"));
    const started = performance.now();
    for (const name of ["pipe.txt", "zero.txt", "to-pipe.txt"]) {
      const error = await rejection(readDocument(join(dir, name)));
      expect(error).toMatchObject({ code: "not-a-file", path: join(dir, name) });
      expect(error.message).toMatch(/not a regular file/);
    }
    expect(await rejection(readDocument(dir))).toMatchObject({ code: "not-a-file" });
    // Blocking on the FIFO would never end; a refusal takes milliseconds.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("refuses a file, or bytes, larger than maxFileSize ('too-large'), naming the option", async () => {
    const file = join(dir, "big.txt");
    writeFileSync(file, "a".repeat(5000));
    const error = await rejection(readDocument(file, { maxFileSize: 4096 }));
    expect(error).toMatchObject({ code: "too-large", path: file });
    expect(error.message).toMatch(/4 KiB limit.*--max-file-size/);
    expect(await rejection(readDocument(new Uint8Array(5000).fill(65), { maxFileSize: 4096, path: "b.txt" }))).toMatchObject({
      code: "too-large",
      path: "b.txt",
    });
    expect((await readDocument(file, { maxFileSize: 5000 })).text).toHaveLength(5000);
  });

  it("refuses a .docx whose XML inflates past maxInflatedSize, from its directory ('inflated-too-large')", async () => {
    // 2 MB of one repeated paragraph packs into a few KB.
    const bomb = makeDocx(Array(100_000).fill("Nghị định 61/2018/NĐ-CP"));
    expect(bomb.length).toBeLessThan(100_000);
    const error = await rejection(readDocument(bomb, { path: "bomb.docx", maxInflatedSize: 1024 * 1024 }));
    expect(error).toMatchObject({ code: "inflated-too-large", path: "bomb.docx" });
    expect(error.message).toMatch(/--max-inflated-size/);
  });

  it("counts while inflating too: a directory that declares small sizes does not get a bomb through", async () => {
    const bomb = makeDocx(Array(100_000).fill("Nghị định 61/2018/NĐ-CP"));
    // Declare 1 KB for every entry in the central directory (uncompressed size at +24).
    const end = bomb.length - 22;
    let at = bomb.readUInt32LE(end + 16);
    for (let i = 0; i < bomb.readUInt16LE(end + 10); i++) {
      bomb.writeUInt32LE(1024, at + 24);
      at += 46 + bomb.readUInt16LE(at + 28);
    }
    expect(await rejection(readDocument(bomb, { path: "liar.docx", maxInflatedSize: 1024 * 1024 }))).toMatchObject({ code: "inflated-too-large" });
  });

  it("refuses a .docx with more XML elements than maxElements, counted while inflating ('too-many-elements')", async () => {
    // 400,000 empty paragraphs pack into a few KB and cost mammoth seconds and ~700 MB.
    const empty = makeDocx(Array(50_000).fill(""));
    const error = await rejection(readDocument(empty, { path: "empty.docx", maxElements: 40_000 }));
    expect(error).toMatchObject({ code: "too-many-elements", path: "empty.docx" });
    expect(error.message).toMatch(/--max-elements/);
  });

  it("reads a .docx under the limits, and calls a broken zip 'corrupt'", async () => {
    const ok = await readDocument(makeDocx(["Căn cứ Nghị định 61/2018/NĐ-CP", "", ""]), { path: "ok.docx" });
    expect(ok.text).toBe("Căn cứ Nghị định 61/2018/NĐ-CP");
    const broken = makeZip({ "word/document.xml": "<w:document/>" }).subarray(0, 40);
    expect(await rejection(readDocument(broken, { path: "broken.docx" }))).toMatchObject({ code: "corrupt" });
  });

  it("refuses a PDF with more than maxPages pages before reading any ('too-many-pages')", async () => {
    const error = await rejection(readDocument(makePdf(60), { path: "many.pdf", maxPages: 50 }));
    expect(error).toMatchObject({ code: "too-many-pages", path: "many.pdf" });
    expect(error.message).toMatch(/60 pages.*limit of 50.*--max-pages/);
  });

  it("stops a PDF at its time limit ('timeout') and at its text limit ('text-too-large')", async () => {
    const pdf = makePdf(200);
    await readDocument(makePdf(1), { path: "warm.pdf" }); // pdf.js's load is not the file's time
    expect(await rejection(readDocument(pdf, { path: "slow.pdf", timeLimit: 1 }))).toMatchObject({ code: "timeout", path: "slow.pdf" });
    expect(await rejection(readDocument(pdf, { path: "long.pdf", maxTextLength: 500 }))).toMatchObject({ code: "text-too-large" });
    expect((await readDocument(makePdf(3), { path: "fine.pdf" })).pages).toHaveLength(3);
  });

  it("stops pdf.js's thread at the time limit, also in the middle of a parse that never yields", async () => {
    // The issue's file: 100,000 pages in 600 KB (every entry of the tree is one page object).
    const issue = makePdf(100_000, undefined, undefined, true);
    expect(issue.length).toBeLessThan(700_000);
    expect(await rejection(readDocument(issue, { path: "flat.pdf" }))).toMatchObject({ code: "too-many-pages" });
    expect(await rejection(readDocument(issue, { path: "flat.pdf", maxPages: 200_000, timeLimit: 300 }))).toMatchObject({ code: "timeout" });
    // Opening 20,000 distinct pages is one stretch of pdf.js's parse without a yield (~1 s):
    // stopped at 100 ms, it ends long before the parse would.
    const flat = makePdf(20_000);
    const open = () => readDocument(flat, { path: "f.pdf", maxPages: 10 }).catch((e: ReadError) => expect(e.code).toBe("too-many-pages"));
    const stopped = () => readDocument(flat, { path: "f.pdf", maxPages: 100_000, timeLimit: 100 }).catch((e: ReadError) => expect(e.code).toBe("timeout"));
    expect((await bestTime(stopped, 1)) / (await bestTime(open, 1))).toBeLessThan(0.5);
    // A stopped thread is not reused: the next PDF reads.
    expect((await readDocument(makePdf(2), { path: "after.pdf" })).pages).toHaveLength(2);
  });

  it("says when a PDF draws its text outside the page, instead of calling it a scan", async () => {
    const result = await readDocument(makePdf(1, undefined, { x: 700, y: 700 }), { path: "off.pdf" });
    expect(result.warnings.map((w) => w.code)).toContain("text-outside-page");
    expect(result.warnings.find((w) => w.code === "text-outside-page")?.message).toMatch(/page 1 draws text outside/);
  });

  it("calls a PDF whose pages cannot be read 'corrupt', not an internal error", async () => {
    // The page tree's only kid is a number, not a page.
    const pdf = Buffer.from(makePdf(1).toString("latin1").replace("/Kids [5 0 R]", "/Kids [7]"), "latin1");
    expect(await rejection(readDocument(pdf, { path: "bad-tree.pdf" }))).toMatchObject({ code: "corrupt", path: "bad-tree.pdf" });
  });

  it("refuses HTML with more elements than maxElements ('too-many-elements')", async () => {
    const page = new TextEncoder().encode("<html><body>" + "<div>".repeat(2000) + "x");
    expect(await rejection(readDocument(page, { path: "p.html", maxElements: 1000 }))).toMatchObject({ code: "too-many-elements" });
    expect((await readDocument(page, { path: "p.html" })).text).toBe("x");
  });
});
