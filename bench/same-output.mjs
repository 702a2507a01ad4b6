#!/usr/bin/env node
/**
 * Whether two builds give the same output: analyze()'s and extract()'s JSON of every .txt file under
 * the folders given (recursively), compared byte for byte between the builds, in one process (each
 * build is a bundle of its own: their module-level caches are not shared). For a change meant to
 * save work and nothing else (bench/README.md, Session 45, helper speed45).
 *
 *   node bench/same-output.mjs <distA> <distB> fixtures /tmp/p300
 *
 * Prints the files read and how many differ (the first few named, with the first differing
 * character); exits 1 when any differs.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [distA, distB, ...folders] = process.argv.slice(2);
if (!distA || !distB || folders.length === 0) {
  console.error("usage: node bench/same-output.mjs <distA> <distB> <folder…>");
  process.exit(2);
}
const load = (dist) => import(pathToFileURL(join(resolve(dist), "index.js")).href);
const [a, b] = await Promise.all([load(distA), load(distB)]);

function* textFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* textFiles(path);
    else if (name.endsWith(".txt")) yield path;
  }
}

const firstDifference = (x, y) => {
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i;
};

let files = 0;
let differ = 0;
for (const folder of folders) {
  for (const path of textFiles(folder)) {
    const text = readFileSync(path, "utf8");
    const options = { path: relative(folder, path) };
    files++;
    for (const [what, run] of [
      ["analyze", (lib) => lib.analyze(text, options)],
      ["extract", (lib) => lib.extract(text)],
    ]) {
      const x = JSON.stringify(run(a));
      const y = JSON.stringify(run(b));
      if (x === y) continue;
      differ++;
      if (differ <= 10) {
        const at = firstDifference(x, y);
        console.log(`${what} differs: ${path} at ${at}\n  A …${x.slice(Math.max(0, at - 80), at + 80)}\n  B …${y.slice(Math.max(0, at - 80), at + 80)}`);
      }
      break;
    }
  }
}
console.log(`${files} files, ${differ} differ`);
process.exit(differ === 0 ? 0 : 1);
