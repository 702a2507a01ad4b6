#!/usr/bin/env node
/**
 * Where extract() spends its time: a CPU profile of extract() alone (the corpus is generated
 * before the profiler starts), summarised as the functions with the most self time and the most
 * inclusive time. Not a *.bench.mjs file, so bench/run.mjs does not run it.
 *
 *   npm run build && node bench/extract.profile.mjs [--size 20MB] [--runs 3] [--strategy islands|whole-text]
 *   options: --lib <module> (default ../dist/index.js), --out <file.cpuprofile> (open it in Chrome
 *            DevTools or VS Code for the full tree), --top <rows, default 25>
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateText, parseSize } from "./corpus.mjs";

const { values: opt } = parseArgs({
  options: {
    size: { type: "string", default: "20MB" },
    runs: { type: "string", default: "3" },
    strategy: { type: "string", default: "islands" },
    lib: { type: "string" },
    out: { type: "string" },
    top: { type: "string", default: "25" },
    seed: { type: "string", default: "1" },
  },
});

const lib = resolve(opt.lib ?? new URL("../dist/index.js", import.meta.url).pathname);
const { extract } = await import(pathToFileURL(lib).href);
const { text, bytes } = generateText({ seed: Number(opt.seed), bytes: parseSize(opt.size) });
const strategy = opt.strategy;
extract(text.slice(0, 2_000_000), { strategy }); // compiled before the profile starts

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const t0 = performance.now();
for (let i = 0; i < Number(opt.runs); i++) extract(text, { strategy });
const ms = performance.now() - t0;
const { profile } = await session.post("Profiler.stop");
if (opt.out) writeFileSync(opt.out, JSON.stringify(profile));

console.log(`${lib}, ${strategy}: ${opt.runs} runs over ${(bytes / 1e6).toFixed(1)} MB, ${((bytes * Number(opt.runs)) / 1e3 / ms).toFixed(1)} MB/s while profiled`);
summarise(profile, Number(opt.top));

/** Self and inclusive time per function (name, file, line), as a share of all samples. */
function summarise(p, top) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const timeOf = new Map();
  let total = 0;
  p.samples.forEach((id, i) => {
    timeOf.set(id, (timeOf.get(id) ?? 0) + p.timeDeltas[i]);
    total += p.timeDeltas[i];
  });
  const label = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split("/").slice(-2).join("/") : "";
    return `${f.functionName || "(anonymous)"} ${file}${file ? `:${f.lineNumber + 1}` : ""}`;
  };
  const self = new Map();
  const incl = new Map();
  for (const [id, t] of timeOf) {
    const k = label(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + t);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const kx = label(byId.get(x));
      if (!seen.has(kx)) incl.set(kx, (incl.get(kx) ?? 0) + t);
      seen.add(kx);
    }
  }
  const print = (title, m) => {
    console.log(`\n${title}`);
    for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`);
    }
  };
  print("self time", self);
  print("inclusive time", incl);
}
