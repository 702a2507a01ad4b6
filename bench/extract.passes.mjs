#!/usr/bin/env node
/**
 * What each pass of extract() adds, measured inside extract() itself: src/extract.ts is bundled
 * (as tsup bundles dist, Chevrotain inside each bundle) in variants that stop after the island
 * parse, after laws by name, after short forms, and whole, plus one that scans for anchors only
 * (findAnchors, as before laws by name); all run in one process over the same plans, the variants
 * alternating pass by pass, least CPU time of each. A pass timed alone, outside extract(), reads
 * cheaper than what it adds inside (other passes' work in between evicts its caches and ICs), so
 * the differences here are the ones to trust. Not a *.bench.mjs file: bench/run.mjs does not run it.
 *
 *   node bench/extract.passes.mjs [--dir /tmp/p2k] [--rounds 10]
 *   (/tmp/p2k: node bench/corpus.mjs --files 2000 --seed 7 --out /tmp/p2k)
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const { values: opt } = parseArgs({ options: { dir: { type: "string", default: "/tmp/p2k" }, rounds: { type: "string", default: "10" } } });
const root = new URL("..", import.meta.url).pathname;
const source = readFileSync(join(root, "src/extract.ts"), "utf8");
const WHOLE = "return withPinpoints(text, withShort(text, marks, withNamed(text, marks, out, amended, ignorables, preparer), candidates, before), ignorables);";
const ISLANDS = "eachIsland(text, (p) => (isForm(p, text) ? undefined : out.push(identify(p, text))), marks.anchors, preparer);";
const SCAN = "readLandmarks(textAsRead(text))";
const IMPORT = 'import { findLandmarks, readLandmarks, type Landmarks } from "./find/anchors.js";';
// The last occurrence: the whole-text strategy's branch, earlier in extract(), ends the same way.
const replaceLast = (from, to, s = source) => {
  const at = s.lastIndexOf(from);
  if (at < 0) throw new Error(`src/extract.ts changed: "${from}" not found`);
  return s.slice(0, at) + to + s.slice(at + from.length);
};
const variant = (from, to) => replaceLast(from, to);
// What 9aeb1b9's extract() did: no scan (no landmarks; findAnchors alone), the islands.
const anchorsOnly = [
  [WHOLE, "return out;"],
  [ISLANDS, "eachIsland(text, (p) => (isForm(p, text) ? undefined : out.push(identify(p, text))), findAnchors(text), preparer);"],
  [SCAN, "{ read: textAsRead(text), marks: { anchors: [], numbers: [], lawRhymes: [], ignorables: false } as Landmarks }"],
  [IMPORT, IMPORT.replace("{ findLandmarks", "{ findAnchors, findLandmarks")],
].reduce((s, [from, to]) => replaceLast(from, to, s), source);
const VARIANTS = {
  "anchors only, islands": anchorsOnly,
  "scan, islands": variant(WHOLE, "return out;"),
  "+ laws by name": variant(WHOLE, "return withNamed(text, marks, out, amended, ignorables, preparer);"),
  "+ short forms": variant(WHOLE, "return withShort(text, marks, withNamed(text, marks, out, amended, ignorables, preparer), candidates, before);"),
  "+ pinpoints (extract)": source,
};

const dir = mkdtempSync(join(tmpdir(), "vncite-passes-"));
const extracts = {};
try {
  for (const [name, contents] of Object.entries(VARIANTS)) {
    const out = await build({
      stdin: { contents, resolveDir: join(root, "src"), sourcefile: "extract.ts", loader: "ts" },
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      write: false,
      logLevel: "error",
    });
    const file = join(dir, `${Object.keys(extracts).length}.mjs`);
    writeFileSync(file, out.outputFiles[0].text);
    extracts[name] = (await import(pathToFileURL(file).href)).extract;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const texts = readdirSync(opt.dir).sort().map((f) => readFileSync(join(opt.dir, f), "utf8"));
// A variant that throws inside extract() returns [] and would time nothing: each must find what
// the islands alone find, or at least one citation.
for (const name of Object.keys(extracts)) {
  const found = texts.slice(0, 20).reduce((n, t) => n + extracts[name](t).length, 0);
  if (found === 0) throw new Error(`variant "${name}" finds no citation in the first 20 texts: the rewrite of src/extract.ts broke it`);
}
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
const names = Object.keys(extracts);
const least = Object.fromEntries(names.map((n) => [n, Infinity]));
for (let r = 0; r < Number(opt.rounds) + 2; r++) {
  for (const name of r % 2 ? [...names].reverse() : names) {
    const t = cpu();
    for (const text of texts) extracts[name](text);
    if (r >= 2) least[name] = Math.min(least[name], cpu() - t); // the first two rounds warm up
  }
}
let before = null;
console.log(`${texts.length} texts from ${opt.dir}, least CPU ms a pass of ${opt.rounds} rounds`);
for (const name of names) {
  const added = before === null || name.startsWith("scan") ? "" : `  (+${(least[name] - before).toFixed(1)})`;
  console.log(`${name.padEnd(24)} ${least[name].toFixed(1).padStart(8)}${added}`);
  before = least[name];
}
console.log(`scan instead of anchors only: +${(least["scan, islands"] - least["anchors only, islands"]).toFixed(1)}`);
