#!/usr/bin/env node
/**
 * The bare scan the CLI is measured against: a Node process that reads the same files, decodes
 * them as UTF-8, NFC-normalises them and runs vncite's anchor regex over each (resuming one past
 * each match, as findAnchors does). Nothing less can find citations; the CLI's whole-process CPU
 * is reported as a multiple of this one's (bench/cli-ratio.bench.mjs).
 *
 *   node bench/bare-scan.mjs --anchor "$(node -p 'require("./dist/index.cjs").ANCHOR.source')" <dir or file>...
 *
 * The regex comes as an argument because loading the library costs about a second of CPU (the
 * grammar is built at load), which a bare scan would not pay; without --anchor it is imported
 * from dist, load included. Prints the files, bytes and anchors it saw, so a run that read
 * nothing is visible.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { anchor: { type: "string" } } });
const source = values.anchor ?? (await import(pathToFileURL(resolve("dist/index.js")).href)).ANCHOR.source;

function* files(path) {
  if (!statSync(path).isDirectory()) return yield path;
  for (const name of readdirSync(path).sort()) yield* files(join(path, name));
}

let count = 0;
let bytes = 0;
let anchors = 0;
const re = new RegExp(source, "g");
for (const root of positionals) {
  for (const file of files(root)) {
    const buffer = readFileSync(file);
    const text = buffer.toString("utf8").normalize("NFC");
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      anchors++;
      re.lastIndex = m.index + 1;
    }
    count++;
    bytes += buffer.length;
  }
}
console.log(`${count} files, ${(bytes / 1e6).toFixed(1)} MB, ${anchors} anchors`);
