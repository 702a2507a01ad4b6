#!/usr/bin/env node
/**
 * What each stage of extract() costs per citation: the pipeline is run cumulatively (scan; scan +
 * prepare; + lex; + parse; + map offsets; + identify) over fixed windows around each anchor, and
 * each stage's cost is the difference from the one before (best of N runs, so the figures are the
 * machine's floor, not its noise). The fixed window (40 characters back, 70 forward) is about the
 * size the island parser uses, without its window growth, edge snapping and hard stops; the lex
 * stage lexes as many tokens as the parse then reads (the parser lexes on demand), so it is the
 * lexing the shipped path does. The last line is the real extract() for comparison.
 * Not a *.bench.mjs file, so bench/run.mjs does not run it. The stages are internal functions, not
 * in dist, so the script bundles them from the sources with esbuild as tsup builds dist (tsx, which
 * wraps every function for its name, makes the parser's per-call closures about four times dearer).
 *
 *   node bench/extract.stages.mjs [--size 10MB] [--runs 12] [--seed 1]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { generateText, parseSize } from "./corpus.mjs";

const { findAnchors, prepare, TokenStream, parseListAt, toParsed, identify, extract } = await bundleStages();

const { values: opt } = parseArgs({
  options: {
    size: { type: "string", default: "10MB" },
    runs: { type: "string", default: "12" },
    seed: { type: "string", default: "1" },
  },
});
const { text, bytes } = generateText({ seed: Number(opt.seed), bytes: parseSize(opt.size) });
const BACK = 40;
const FORWARD = 70;
const STAGES = ["anchor scan", "+ prepare (NFC, look-alikes)", "+ lex (the tokens the parse reads)", "+ parse (Chevrotain)", "+ map offsets", "+ identify"];

/**
 * How many tokens the parse reads in each window: the parser lexes on demand (a TokenStream), so
 * the lex stage lexes that many and no more, and the parse stage adds only the parsing.
 */
const needed = [];
for (const anchor of findAnchors(text)) {
  const from = Math.max(0, anchor - BACK);
  const prepared = prepare(text.slice(from, Math.min(text.length, anchor + FORWARD)));
  const tokens = new TokenStream(prepared.text);
  const at = tokens.indexAt(prepared.map.fromOriginal(anchor - from));
  if (at >= 0) parseListAt(tokens, at);
  needed.push(tokens.tokens.length);
}

/** The pipeline up to stage `upTo` (index into STAGES); returns a count so nothing is optimised away. */
function pipeline(upTo) {
  let n = 0;
  let w = 0;
  for (const anchor of findAnchors(text)) {
    const need = needed[w++];
    if (upTo === 0) {
      n++;
      continue;
    }
    const from = Math.max(0, anchor - BACK);
    const prepared = prepare(text.slice(from, Math.min(text.length, anchor + FORWARD)));
    if (upTo === 1) {
      n += prepared.text.length;
      continue;
    }
    const tokens = new TokenStream(prepared.text);
    if (upTo === 2) {
      n += tokens.at(need - 1) ? need : 0;
      continue;
    }
    const at = tokens.indexAt(prepared.map.fromOriginal(anchor - from));
    const list = at < 0 ? null : parseListAt(tokens, at);
    if (!list) continue;
    if (upTo === 3) {
      n += list.citations.length;
      continue;
    }
    const parsed = list.citations.map((c) => toParsed(c, prepared.map, from));
    if (upTo === 4) {
      n += parsed.length;
      continue;
    }
    for (const p of parsed) n += identify(p, text).end > 0 ? 1 : 0;
  }
  return n;
}

const best = STAGES.map(() => Infinity);
let real = Infinity;
let citations = 0;
for (let run = 0; run < Number(opt.runs); run++) {
  for (let s = 0; s < STAGES.length; s++) {
    const t = performance.now();
    pipeline(s);
    best[s] = Math.min(best[s], performance.now() - t);
  }
  const t = performance.now();
  citations = extract(text).length;
  real = Math.min(real, performance.now() - t);
}

const mb = bytes / 1e6;
const us = (ms) => ((ms * 1000) / citations).toFixed(2);
console.log(`${mb.toFixed(1)} MB, ${citations} citations, best of ${opt.runs} runs\n`);
console.log("| stage | ms | µs per citation | cumulative MB/s |\n|---|---:|---:|---:|");
STAGES.forEach((name, s) => {
  const own = s === 0 ? best[0] : best[s] - best[s - 1];
  console.log(`| ${name} | ${own.toFixed(1)} | ${us(own)} | ${(mb / (best[s] / 1000)).toFixed(0)} |`);
});
console.log(`| extract() as shipped (islands, growth, snapping) | ${real.toFixed(1)} | ${us(real)} | ${(mb / (real / 1000)).toFixed(0)} |`);
console.log(`\nextract / anchor scan: ${(best[0] / real).toFixed(3)}`);

/** The stage functions, bundled from the sources into a temporary module. */
async function bundleStages() {
  const root = new URL("..", import.meta.url).pathname;
  const entry = [
    'export { findAnchors } from "./src/find/anchors.ts";',
    'export { prepare } from "./src/prepare/prepare.ts";',
    'export { TokenStream, parseListAt } from "./grammars/citation/index.ts";',
    'export { extract } from "./src/extract.ts";',
    'export { toParsed } from "./src/parse/convert.ts";',
    'export { identify } from "./src/identify/identify.ts";',
  ].join("\n");
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "error",
  });
  const dir = mkdtempSync(join(tmpdir(), "vncite-stages-"));
  const file = join(dir, "stages.mjs");
  writeFileSync(file, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
