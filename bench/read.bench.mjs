#!/usr/bin/env node
/**
 * How fast the reader layer turns files into text: pages/s and MB/s for PDF and .docx (and .doc,
 * HTML), next to reading plain text and running extract() on it, on the committed test documents
 * in fixtures/formats. Answers "what does a folder of 10,000 PDFs cost".
 *
 *   npm run build && node bench/read.bench.mjs     # the built dist, if it exports readDocument
 *   node --import tsx bench/read.bench.mjs          # the TypeScript sources
 *   options: --time <seconds per case, default 3>
 *            --module <path>: any built module exporting readDocument and extract
 *
 * Files are read from disk once; each run parses bytes already in memory, so the numbers are
 * CPU cost, not disk speed. MB are 10^6 bytes of the input file. A .docx/.doc/.txt has no pages
 * of its own: it is credited with the page count of the PDF LibreOffice made from the same text.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { time: { type: "string", default: "3" }, module: { type: "string" } } });
const minSeconds = Number(values.time);

const api = await loadApi();
const dir = new URL("../fixtures/formats/", import.meta.url);
const file = (name) => readFileSync(new URL(name, dir));
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

// The first PDF read in a process also loads pdf.js: the fixed cost of a CLI run.
const cold = await time(() => api.readDocument(file("002_4540b16e731d674a.pdf"), { path: "x.pdf" }));

const pdf004 = file("004_2d26f027d69bfb37.pdf");
const text004 = fixture("004_2d26f027d69bfb37.txt");
const CASES = [
  { name: "PDF, fixture 004", pages: 7, bytes: pdf004, run: (b) => api.readDocument(b, { path: "a.pdf" }) },
  { name: "PDF, fixture 002", pages: 4, bytes: file("002_4540b16e731d674a.pdf"), run: (b) => api.readDocument(b, { path: "a.pdf" }) },
  { name: ".docx, fixture 002", pages: 4, bytes: file("002_4540b16e731d674a.docx"), run: (b) => api.readDocument(b, { path: "a.docx" }) },
  { name: ".doc, fixture 002", pages: 4, bytes: file("002_4540b16e731d674a.doc"), run: (b) => api.readDocument(b, { path: "a.doc" }) },
  { name: "HTML page, fixture 003", pages: null, bytes: file("003_b25d2e1b7847da88.html"), run: (b) => api.readDocument(b, { path: "a.html" }) },
  { name: "TCVN3 .txt, fixture 001", pages: null, bytes: file("001_69a87f8fa69e4c9a.tcvn3.txt"), run: (b) => api.readDocument(b, { path: "a.txt" }) },
  { name: "UTF-8 .txt, fixture 004", pages: 7, bytes: text004, run: (b) => api.readDocument(b, { path: "a.txt" }) },
  { name: "extract() on text, fixture 004", pages: 7, bytes: text004, run: (b) => api.extract(b.toString("utf8")) },
  {
    name: "PDF read + extract(), fixture 004",
    pages: 7,
    bytes: pdf004,
    run: async (b) => api.extract((await api.readDocument(b, { path: "a.pdf" })).text),
  },
];

console.log(`# vncite reader bench (${api.from}), ${new Date().toISOString().slice(0, 10)}`);
console.log(`Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? "?"}, ${minSeconds} s per case\n`);
console.log(`First PDF read in a fresh process (loads pdf.js): ${cold.toFixed(0)} ms\n`);
console.log("| input | size | ms/file | pages/s | MB/s |");
console.log("|---|---:|---:|---:|---:|");
for (const c of CASES) {
  const { seconds, runs } = await measure(() => c.run(c.bytes));
  const perRun = seconds / runs;
  const pagesPerSecond = c.pages ? (c.pages / perRun).toFixed(0) : "–";
  const mbPerSecond = (c.bytes.length / 1e6 / perRun).toFixed(2);
  console.log(`| ${c.name} | ${(c.bytes.length / 1000).toFixed(1)} KB | ${(perRun * 1000).toFixed(2)} | ${pagesPerSecond} | ${mbPerSecond} |`);
}

async function measure(fn) {
  for (let i = 0; i < 3; i++) await fn(); // warm up the JIT and pdf.js's caches
  let runs = 0;
  const start = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < minSeconds || runs < 5) {
    await fn();
    runs++;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { seconds, runs };
}

async function time(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The built package when it exports the reader; otherwise the sources (needs the tsx loader). */
async function loadApi() {
  if (values.module) {
    const mod = await import(pathToFileURL(resolve(values.module)).href);
    return { readDocument: mod.readDocument, extract: mod.extract, from: values.module };
  }
  try {
    const dist = await import("../dist/index.js");
    if (typeof dist.readDocument === "function" && typeof dist.extract === "function") {
      return { readDocument: dist.readDocument, extract: dist.extract, from: "dist" };
    }
  } catch {
    // not built: fall through to the sources
  }
  try {
    const read = await import("../src/read/index.ts");
    const core = await import("../src/index.ts");
    return { readDocument: read.readDocument, extract: core.extract, from: "src via tsx" };
  } catch (error) {
    console.error("Cannot load vncite: build it (npm run build) or run with `node --import tsx bench/read.bench.mjs`.");
    throw error;
  }
}
