#!/usr/bin/env node
/**
 * A CPU profile of warm passes only: extract() or analyze() over a folder of .txt files, `warm`
 * passes first with the profiler off, then `passes` with it on (node:inspector), written as a
 * .cpuprofile. `node --cpu-prof` over bench/passes.mjs profiles the whole process: its first passes
 * run regexes in V8's bytecode interpreter (they show as "RegExp: …" frames of their own) and
 * compile the code, and there the regexes and the compiler looked several times costlier than in
 * the passes that follow (bench/README.md, Session 45, helper speed45). Here a regex's work is
 * counted in the function that runs it.
 *
 *   node --no-turbo-inlining bench/profile-steady.mjs <dist> /tmp/devx5 [passes=25] [analyze|extract] [warm=15] [out=steady.cpuprofile]
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Session } from "node:inspector/promises";

const [dist, dir, passes = "25", mode = "analyze", warm = "15", out = "steady.cpuprofile"] = process.argv.slice(2);
if (!dist || !dir) {
  console.error("usage: node bench/profile-steady.mjs <dist> <folder of .txt> [passes] [analyze|extract] [warm-up passes] [out]");
  process.exit(2);
}
const lib = await import(pathToFileURL(join(resolve(dist), "index.js")).href);
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const run = (text, i) => (mode === "extract" ? lib.extract(text) : lib.analyze(text, { path: String(i) }));
for (let w = 0; w < Number(warm); w++) texts.forEach(run);
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
for (let p = 0; p < Number(passes); p++) texts.forEach(run);
const { profile } = await session.post("Profiler.stop");
writeFileSync(out, JSON.stringify(profile));
console.log(`${out}: ${profile.samples.length} samples`);
