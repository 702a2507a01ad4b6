#!/usr/bin/env node
/**
 * Where a command's CPU goes, by stage: on-CPU samples of every thread (`perf record -g` at 999 Hz
 * with `node --perf-basic-prof`), each charged to the innermost frame on its stack that names a
 * stage (GC, compiling, messaging, JSON, reading, prepare, extract(), analyze(), graph building ...),
 * and counted per thread: the main thread, the worker(s) (the threads whose stacks hold processFile)
 * and V8's helper threads. On-CPU samples, not wall time: a thread waiting for a core is not counted.
 *
 *   node bench/cli-breakdown.mjs -- node dist/cli.js extract /tmp/p2k --jobs 1 --format ndjson --no-progress -o /tmp/x.ndjson
 *   node bench/cli-breakdown.mjs --data perf.data            # an existing recording
 *   node bench/cli-breakdown.mjs --show worker:"read+decode" --data perf.data   # a stage's top stacks
 *
 * A JS function TurboFan inlined has no frame of its own: its samples go to its caller's stage.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Innermost match wins; the order settles a frame that two patterns match. */
const STAGES = [
  ["GC", /Heap::|Scavenge|MarkCompact|GCTracer|ScavengerCollector|Sweeper|ConcurrentMarking|MinorMC|IncrementalMarking|Evacuat|MemoryAllocator/],
  ["regex compile", /RegExpImpl::Compile|RegExpCompiler|RegExp::Compile|RegExpParser|RegExpBytecode|CharacterRange|IrregexpPrepare/],
  ["JS compile (parse, bytecode, Sparkplug, TurboFan)", /Compiler::|Parser::|ParserBase|BytecodeGenerator|compiler::|Pipeline|Maglev|Baseline|Scanner::|PreParser/],
  ["messaging (serialise, deserialise, post)", /ValueSerializer|ValueDeserializer|PostMessage|Message::Serialize|Message::Deserialize/],
  ["JSON.stringify", /JsonStringifier|JsonStringify/],
  ["writing output", /writeSync|WriteString|Utf8Buffer|writePieces|AtomicFile/],
  ["graph: JSON export", /exportJSONChunks|sortedNodeKeys|sortedEdgeKeys/],
  ["graph: merging undated mentions", /mergeUndatedMentions/],
  ["graph: building (addAnalysis)", /addAnalysis|upsert/],
  ["records (fileRecords, formatParts, graphInput)", /fileRecords|formatParts|formatChunk|graphInput|lineCounter|pageAt/],
  ["extract() inside analyze()", /extractListing/],
  ["prepare (prepareDocument)", /prepareDocument|preparedWhole/],
  ["analyze() own", /analyze|Analysis/],
  ["reading and decoding", /readDocument|loadFileSync|decode|Utf8Decoder|readSync|toNFC/],
  ["processFile, the rest", /processFile/],
  ["module loading", /ModuleWrap|loadESM|BuiltinLoader|compileFunction/],
];

const args = process.argv.slice(2);
const dash = args.indexOf("--");
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 && (dash < 0 || i < dash) ? args[i + 1] : undefined;
};
let data = opt("--data");
const show = opt("--show");
const work = data ? null : mkdtempSync(join(tmpdir(), "vncite-cli-breakdown-"));
try {
  if (!data) {
    if (dash < 0) {
      console.error("usage: node bench/cli-breakdown.mjs [--show thread:stage] (--data perf.data | -- node dist/cli.js ...)");
      process.exit(2);
    }
    data = join(work, "perf.data");
    const [node, ...rest] = args.slice(dash + 1);
    const r = spawnSync("perf", ["record", "-F", "999", "-g", "-o", data, node, "--perf-basic-prof", ...rest], { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error("perf record failed");
  }
  report(data);
} finally {
  if (work) rmSync(work, { recursive: true, force: true });
}

function stageOf(stack) {
  for (const frame of stack) for (const [name, re] of STAGES) if (re.test(frame)) return name;
  return "other (event loop, syscalls, page faults, start-up)";
}

function report(file) {
  const text = spawnSync("perf", ["script", "-i", file, "-F", "tid,ip,sym"], { encoding: "utf8", maxBuffer: 1 << 30 }).stdout;
  const samples = [];
  for (const line of text.split("\n")) {
    if (/^\s*\d+\s*$/.test(line)) samples.push({ tid: line.trim(), stack: [] });
    else if (line.trim() && samples.length) samples.at(-1).stack.push(line.trim().replace(/^[0-9a-f]+\s+/, ""));
  }
  const main = String(Math.min(...samples.map((s) => Number(s.tid))));
  const workers = new Set(samples.filter((s) => s.stack.some((f) => f.includes("processFile"))).map((s) => s.tid));
  const threads = { main: [], worker: [], helpers: [] };
  for (const s of samples) threads[s.tid === main ? "main" : workers.has(s.tid) ? "worker" : "helpers"].push(s);
  console.log(`${samples.length} samples (999 Hz): main ${threads.main.length}, worker ${threads.worker.length}, V8 helpers ${threads.helpers.length}`);
  for (const [name, ss] of Object.entries(threads)) {
    const counts = new Map();
    for (const s of ss) counts.set(stageOf(s.stack), (counts.get(stageOf(s.stack)) ?? 0) + 1);
    console.log(`${name}:`);
    for (const [stage, n] of [...counts].sort((x, y) => y[1] - x[1])) {
      console.log(`  ${String(n).padStart(6)} ${((100 * n) / samples.length).toFixed(1).padStart(5)} %  ${stage}`);
    }
    if (show?.startsWith(name + ":")) {
      const stacks = new Map();
      for (const s of ss.filter((s) => stageOf(s.stack) === show.slice(name.length + 1))) {
        const k = s.stack.slice(0, 4).join(" < ").slice(0, 200);
        stacks.set(k, (stacks.get(k) ?? 0) + 1);
      }
      for (const [k, n] of [...stacks].sort((x, y) => y[1] - x[1]).slice(0, 20)) console.log(`         ${n} ${k}`);
    }
  }
}
