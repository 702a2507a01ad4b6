#!/usr/bin/env node
/**
 * The hostile inputs of issue 18 at the sizes that took the old code minutes, gigabytes or the
 * whole process: each is run through the built CLI in its own process under a heap cap, and the
 * time, peak RSS (workers included) and outcome are printed. `npm test` runs the same cases at
 * sizes that take seconds (test/read/hostile.test.ts, test/cli/hostile.test.ts).
 *
 *   npm run build && node --import tsx bench/hostile-files.bench.mjs [case words...]
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, closeSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, createDeflateRaw } from "node:zlib";
import { makeDocx, makePdf } from "../test/hostile/make-files.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const WRAPPER = join(ROOT, "test", "hostile", "rss-wrapper.mjs");
const HEAP = "--max-old-space-size=2048";
const dir = mkdtempSync(join(tmpdir(), "vncite-hostile-"));
const only = process.argv.slice(2);

/** Runs the CLI with a heap cap; a shell command's output can be piped to its standard input. */
function cli(args, { stdinFrom, timeout = 300_000 } = {}) {
  return new Promise((done) => {
    const started = performance.now();
    const command = [process.execPath, HEAP, WRAPPER, CLI, ...args].map((a) => `'${a}'`).join(" ");
    const child = spawn("bash", ["-c", stdinFrom ? `${stdinFrom} | ${command}` : `${command} < /dev/null`], { cwd: dir });
    let out = "";
    let err = "";
    child.stdout.on("data", (b) => (out += b));
    child.stderr.on("data", (b) => (err += b));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const codes = out.split("\n").filter((l) => l.startsWith('{"record":"error"')).map((l) => JSON.parse(l).code);
      const documents = out.split("\n").filter((l) => l.startsWith('{"record":"document"')).length;
      const rss = Number(/maxRSS (\d+)/.exec(err)?.[1] ?? 0) / 1024;
      const cpu = Number(/cpu (\d+)/.exec(err)?.[1] ?? 0) / 1e6;
      done({ seconds: (performance.now() - started) / 1000, cpu, rss, code, signal, outcome: [...codes, ...(documents ? [`${documents} read`] : [])].join(", ") });
    });
  });
}

/** A .docx whose document.xml inflates to `bytes` of one repeated paragraph, deflated as a stream. */
async function docxBomb(bytes) {
  const unit = Buffer.from("<w:p><w:r><w:t>Căn cứ Nghị định 61/2018/NĐ-CP</w:t></w:r></w:p>".repeat(16_384));
  const head = Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>');
  const deflate = createDeflateRaw({ level: 9 });
  const packed = [];
  deflate.on("data", (c) => packed.push(c));
  const ended = new Promise((r) => deflate.on("end", r));
  let crc = crc32(head);
  deflate.write(head);
  let size = head.length;
  for (; size < bytes; size += unit.length) {
    crc = crc32(unit, crc);
    if (!deflate.write(unit)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await ended;
  const data = Buffer.concat(packed);
  // Reuse a real small .docx's other parts: swap in this document.xml by rebuilding the zip by hand.
  const name = Buffer.from("word/document.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(size >>> 0, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16); central.writeUInt32LE(data.length, 20);
  // The directory says 1 KB: only counting while inflating can catch it.
  central.writeUInt32LE(1024, 24); central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12); end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const MB = 1024 * 1024;
const cases = [
  ["135 MB of non-breaking spaces (look-alike repair)", async () => {
    writeFileSync(join(dir, "nbsp.txt"), "\u00a0".repeat(Math.ceil((135 * MB) / 2)));
    return cli(["extract", "-j", "1", "--max-file-size", "200M", "--max-text-length", "200000000", "nbsp.txt"]);
  }],
  ["symlink to /dev/zero and a FIFO in a folder", async () => {
    mkdirSync(join(dir, "special"));
    symlinkSync("/dev/zero", join(dir, "special", "zero.txt"));
    spawn("mkfifo", [join(dir, "special", "pipe.txt")]);
    await new Promise((r) => setTimeout(r, 200));
    return cli(["extract", "-j", "1", "special"]);
  }],
  ["3 GB on standard input", () => cli(["extract", "-"], { stdinFrom: "yes 'Căn cứ Nghị định 61/2018/NĐ-CP' | head -c 3G" })],
  ["500 MB .txt (sparse)", () => {
    closeSync(openSync(join(dir, "big.txt"), "w"));
    truncateSync(join(dir, "big.txt"), 500 * MB);
    return cli(["extract", "big.txt"]);
  }],
  ["500 MB .txt of text, --max-file-size 600M: analysed in chunks", async () => {
    const unit = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ.\n" + "Văn bản này nói về việc thực hiện các nhiệm vụ được giao trong năm, không dẫn chiếu văn bản nào khác.\n".repeat(20);
    const block = Buffer.from(unit.repeat(Math.ceil(MB / Buffer.byteLength(unit))));
    const out = createWriteStream(join(dir, "text.txt"));
    for (let size = 0; size < 500 * MB; size += block.length) if (!out.write(block)) await new Promise((r) => out.once("drain", r));
    await new Promise((r) => out.end(r));
    const run = await cli(["extract", "-j", "1", "text.txt", "--max-file-size", "600M"], { timeout: 1_800_000 });
    rmSync(join(dir, "text.txt"));
    return run;
  }],
  [".docx of 400,000 empty paragraphs", () => {
    writeFileSync(join(dir, "empty.docx"), makeDocx([...Array(400_000).fill(""), "Nghị định 61/2018/NĐ-CP"]));
    return cli(["extract", "empty.docx"]);
  }],
  [".docx inflating to 2 GB, directory saying 1 KB", async () => {
    writeFileSync(join(dir, "bomb.docx"), await docxBomb(2048 * MB));
    return cli(["extract", "bomb.docx"]);
  }],
  ["HTML, unterminated <script> (3.8 MB)", () => {
    writeFileSync(join(dir, "script.html"), "<html><body><p>Căn cứ 1/QĐ-TTg</p><script>" + "if (a < b) { x = '<div>2/QĐ-TTg</div>'; }\n".repeat(90_000));
    return cli(["extract", "script.html"]);
  }],
  ["HTML, 100,000 nested elements", () => {
    writeFileSync(join(dir, "deep.html"), "<html><body>" + "<div>".repeat(100_000) + "Căn cứ Nghị định 61/2018/NĐ-CP");
    return cli(["extract", "deep.html"]);
  }],
  ["HTML, 8 M unclosed <div>s", () => {
    writeFileSync(join(dir, "divs.html"), "<html><body>" + "<div>".repeat(8_000_000));
    return cli(["extract", "divs.html"]);
  }],
  ["PDF, 100,000 pages in a flat tree", () => {
    writeFileSync(join(dir, "flat.pdf"), makePdf(100_000));
    return cli(["extract", "flat.pdf"]);
  }],
  ["PDF, 100,000 pages, --max-pages raised, --time-limit 5", () => cli(["extract", "flat.pdf", "--max-pages", "200000", "--time-limit", "5"])],
  ["PDF, 100,000 pages in 600 KB (one page object)", () => {
    writeFileSync(join(dir, "shared.pdf"), makePdf(100_000, undefined, undefined, true));
    return cli(["extract", "shared.pdf"]);
  }],
  ["PDF, 100,000 pages in 600 KB, --max-pages raised, --time-limit 5", () => cli(["extract", "shared.pdf", "--max-pages", "200000", "--time-limit", "5"])],
  [".gitignore with a 100,000-character line", () => {
    mkdirSync(join(dir, "ignored"));
    writeFileSync(join(dir, "ignored", ".gitignore"), " ".repeat(100_000) + "x\n");
    writeFileSync(join(dir, "ignored", "a.txt"), "Căn cứ Nghị định 61/2018/NĐ-CP");
    return cli(["extract", "ignored"]);
  }],
];

console.log(`heap cap ${HEAP}; scratch ${dir}\n`);
console.log("| input | s | CPU s | peak RSS MB | exit | outcome |\n|---|---:|---:|---:|---:|---|");
try {
  for (const [name, make] of cases) {
    if (only.length > 0 && !only.some((w) => name.toLowerCase().includes(w.toLowerCase()))) continue;
    const r = await make();
    const exit = r.signal ?? r.code;
    console.log(`| ${name} | ${r.seconds.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.rss.toFixed(0)} | ${exit} | ${r.outcome} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
