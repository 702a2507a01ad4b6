#!/usr/bin/env node
/**
 * Seeded corpus generator: prose from the fixtures with citations in every form of DOMAIN.md
 * inserted between, about one per 1.2 KB like the fixtures, plus the look-alikes that are not
 * citations. Every inserted citation is returned with what vncite must report for it, so tests
 * can import this to make small samples with known answers.
 *
 *   node bench/corpus.mjs --size 100MB --out /tmp/corpus.txt [--seed 1] [--truth t.jsonl]
 *   node bench/corpus.mjs --files 10000 --out /tmp/docs [--size 160MB] [--seed 1]
 *
 * Same seed and options, same bytes. Sizes are UTF-8 bytes; "MB" is 10^6 bytes.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createRng } from "./corpus/rng.mjs";
import { citationEvent, ownNumber, REALISTIC_MUTATIONS } from "./corpus/citations.mjs";
import { prose } from "./corpus/prose.mjs";
import { HEADINGS, PROVINCES, TRAPS } from "./corpus/vocab.mjs";

export { createRng } from "./corpus/rng.mjs";
export { MUTATION_NAMES, NO_MUTATIONS, REALISTIC_MUTATIONS, citationEvent } from "./corpus/citations.mjs";

const DEFAULTS = {
  seed: 1,
  bytes: 1_000_000,
  mutations: REALISTIC_MUTATIONS,
  /** Chance of a not-a-citation sentence between two citations. */
  traps: 0.3,
  /** Mean UTF-8 bytes per citation asked of the gaps; prose comes in whole sentences, so the corpus lands near 1.2 KB (the fixtures: 98 KB, 90 citations). */
  density: 1080,
  /** Chance that a prose segment is decomposed (seed 000 has NFD letters in composed text). */
  nfdProse: 0.01,
};

/** Accumulates text pieces and shifts each event's citations to absolute offsets. */
class Sink {
  constructor() {
    this.pieces = [];
    this.length = 0;
    this.bytes = 0;
    this.citations = [];
  }
  add(text, citations = []) {
    for (const c of citations) {
      this.citations.push({
        ...c,
        start: c.start + this.length,
        end: c.end + this.length,
        numberStart: c.numberStart + this.length,
        numberEnd: c.numberEnd + this.length,
      });
    }
    this.pieces.push(text);
    this.length += text.length;
    this.bytes += Buffer.byteLength(text);
  }
  result() {
    return { text: this.pieces.join(""), citations: this.citations, bytes: this.bytes };
  }
}

/** Prose, maybe a trap sentence, then a citation event, until `bytes` is reached. */
function writeBody(rng, sink, bytes, o) {
  const target = sink.bytes + bytes;
  while (sink.bytes < target) {
    const ev = citationEvent(rng, o.mutations);
    const gap = ev.citations.length * o.density * (0.4 + 1.2 * rng.float()) - Buffer.byteLength(ev.text);
    sink.add(prose(rng, Math.max(gap, 1), o.nfdProse));
    if (rng.chance(o.traps)) sink.add(rng.pick(TRAPS));
    sink.add(ev.text, ev.citations);
  }
}

/**
 * About `bytes` of running text with citations. Returns the text, the inserted citations
 * (start/end/numberStart/numberEnd in UTF-16 units; kind, number, symbol, style, date, year as
 * vncite must report them) and the UTF-8 size.
 */
export function generateText(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const rng = o.rng ?? createRng(o.seed);
  const sink = new Sink();
  writeBody(rng, sink, o.bytes, o);
  return sink.result();
}

/** One document as a file: the heading of a plan (issuer, own number, place and date, title), then the body. */
export function generateDocument(rng, bytes, options = {}) {
  const o = { ...DEFAULTS, ...options };
  const sink = new Sink();
  const [kindTitle, typeCode, title] = rng.pick(HEADINGS);
  const place = rng.pick(PROVINCES);
  sink.add(`UBND TỈNH ${place.toUpperCase()} \n\n`);
  const own = ownNumber(rng, typeCode);
  sink.add(own.text, [own.citation]);
  sink.add(` \n\n${place}, ngày ${rng.int(1, 28)} tháng ${rng.int(1, 12)} năm ${rng.int(2019, 2024)} \n\n`);
  sink.add(`${kindTitle} \n\n${title} \n\n`);
  writeBody(rng, sink, Math.max(bytes - sink.bytes, 1), o);
  return sink.result();
}

/**
 * `files` documents of `bytes` in all (16 KB each by default), in the order writeCorpus writes
 * them. Sizes vary as real plans do (the fixtures: 10 to 33 KB).
 */
export function* generateDocuments({ rng, seed = 1, files, bytes }) {
  const r = rng ?? createRng(seed);
  const mean = (bytes ?? files * 16_000) / files;
  for (let i = 0; i < files; i++) yield generateDocument(r, Math.round(mean * (0.3 + 1.4 * r.float())));
}

/** Chunks of about `chunkBytes` whose concatenation is one corpus of `bytes`: for corpora too big for one string. */
export function* generateChunks(options = {}) {
  const o = { ...DEFAULTS, chunkBytes: 4_000_000, ...options };
  const rng = o.rng ?? createRng(o.seed);
  for (let done = 0; done < o.bytes; ) {
    const sink = new Sink();
    writeBody(rng, sink, Math.min(o.chunkBytes, o.bytes - done), o);
    done += sink.bytes;
    yield sink.result();
  }
}

/** "50MB", "1GB", "800kB", "12345" → bytes (SI units). */
export function parseSize(s) {
  const m = /^\s*([\d.]+)\s*([kmg]?)b?\s*$/i.exec(String(s));
  if (!m) throw new Error(`bad size: ${s}`);
  return Math.round(Number(m[1]) * { "": 1, k: 1e3, m: 1e6, g: 1e9 }[m[2].toLowerCase()]);
}

function writeTruth(fd, file, citations) {
  if (fd === null) return;
  for (const c of citations) writeSync(fd, JSON.stringify({ file, ...c }) + "\n");
}

/** Writes one big file (streamed) or `files` documents into a directory. Returns totals. */
export function writeCorpus({ out, seed = 1, bytes, files = 0, truth = null }) {
  const rng = createRng(seed);
  const truthFd = truth ? openSync(truth, "w") : null;
  let total = 0;
  let count = 0;
  try {
    if (files > 0) {
      mkdirSync(out, { recursive: true });
      const width = String(files - 1).length;
      let i = 0;
      for (const doc of generateDocuments({ rng, files, bytes })) {
        const name = `doc-${String(i++).padStart(width, "0")}.txt`;
        const fd = openSync(join(out, name), "w");
        writeSync(fd, doc.text);
        closeSync(fd);
        writeTruth(truthFd, name, doc.citations);
        total += doc.bytes;
        count += doc.citations.length;
      }
    } else {
      const fd = openSync(out, "w");
      let offset = 0;
      for (const chunk of generateChunks({ rng, bytes: bytes ?? 10_000_000 })) {
        writeSync(fd, chunk.text);
        writeTruth(
          truthFd,
          null,
          chunk.citations.map((c) => ({
            ...c,
            start: c.start + offset,
            end: c.end + offset,
            numberStart: c.numberStart + offset,
            numberEnd: c.numberEnd + offset,
          })),
        );
        offset += chunk.text.length;
        total += chunk.bytes;
        count += chunk.citations.length;
      }
      closeSync(fd);
    }
  } finally {
    if (truthFd !== null) closeSync(truthFd);
  }
  return { bytes: total, citations: count, files };
}

function main() {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      size: { type: "string" },
      files: { type: "string" },
      seed: { type: "string", default: "1" },
      truth: { type: "string" },
    },
  });
  if (!values.out) {
    console.error("usage: node bench/corpus.mjs --out PATH [--size 100MB] [--files N] [--seed N] [--truth FILE.jsonl]");
    process.exit(2);
  }
  const t0 = performance.now();
  const r = writeCorpus({
    out: values.out,
    seed: Number(values.seed),
    bytes: values.size ? parseSize(values.size) : undefined,
    files: values.files ? Number(values.files) : 0,
    truth: values.truth ?? null,
  });
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `${values.out}: ${(r.bytes / 1e6).toFixed(1)} MB, ${r.citations} citations ` +
      `(one per ${Math.round(r.bytes / r.citations)} bytes)${r.files ? `, ${r.files} files` : ""}, ${secs.toFixed(1)} s`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
