#!/usr/bin/env node
/**
 * Instructions per JavaScript function and per regex, counted: callgrind's instruction-level output
 * of a node process run with `--perf-basic-prof`, each instruction of V8's generated code (which
 * callgrind names only by its address, "???") given the name V8 wrote for that address in
 * /tmp/perf-<pid>.map. A regex's own compiled code is a name of its own ("RegExp: <source>"), so a
 * regex's walk is told apart from the function that runs it, as a sampled profile cannot; builtins
 * and the runtime are in callgrind's own listing (`callgrind_annotate`). Counts one whole process
 * (warm-up passes too, and a function's optimized code apart from its bytecode: "*name" and "^name").
 *
 *   valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file=/tmp/cg.out \
 *     node --single-threaded --predictable --predictable-gc-schedule --hash-seed=1 --random-seed=1 \
 *     --perf-basic-prof --no-compact-code-space bench/passes.mjs <dist> /tmp/p300 3 extract 2
 *   node bench/jit-profile.mjs /tmp/cg.out /tmp/perf-<pid of that run>.map [top=60]
 *
 * Code space is not compacted (the flag), but freed code's addresses may be used again: each address
 * takes the last name written for a range holding it (bench/README.md, Session 47, helper speed47a).
 */
import { readFileSync } from "node:fs";

const [cgFile, mapFile, top = "60"] = process.argv.slice(2);
if (!cgFile || !mapFile) {
  console.error("usage: node bench/jit-profile.mjs <callgrind.out with --dump-instr=yes> <perf-PID.map> [top]");
  process.exit(2);
}
// The map's ranges, by start; a later line for the same start replaces an earlier one.
const byStart = new Map();
for (const line of readFileSync(mapFile, "utf8").split("\n")) {
  const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line);
  if (m) byStart.set(parseInt(m[1], 16), { size: parseInt(m[2], 16), name: m[3] });
}
const starts = [...byStart.keys()].sort((a, b) => a - b);
const nameAt = (addr) => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= addr) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i >= 0 && lo - i < 8; i--) {
    const r = byStart.get(starts[i]);
    if (starts[i] <= addr && addr < starts[i] + r.size) return r.name;
  }
  return "(not in the map)";
};

const names = new Map();
const cost = new Map();
let fn = "";
let last = 0;
let callCost = false;
for (const line of readFileSync(cgFile, "utf8").split("\n")) {
  const named = /^c?fn=\((\d+)\)(?: (.*))?$/.exec(line);
  if (named) {
    if (named[2] !== undefined) names.set(named[1], named[2]);
    if (line.startsWith("fn=")) fn = names.get(named[1]) ?? "";
    continue;
  }
  if (line.startsWith("calls=")) {
    callCost = true;
    continue;
  }
  const c = line.charCodeAt(0);
  if (!(c === 0x2b || c === 0x2d || c === 0x2a || (c >= 0x30 && c <= 0x39))) continue;
  const parts = line.split(" ");
  const a = parts[0];
  const addr = a.startsWith("0x") ? parseInt(a, 16) : a[0] === "+" ? last + Number(a.slice(1)) : a[0] === "-" ? last - Number(a.slice(1)) : a === "*" ? last : NaN;
  if (Number.isNaN(addr)) continue;
  last = addr;
  // The line after "calls=" is the call's inclusive cost, at the call's address: not this code's own.
  if (callCost) {
    callCost = false;
    continue;
  }
  if (!fn.startsWith("0x") || parts.length < 3) continue;
  cost.set(addr, (cost.get(addr) ?? 0) + Number(parts[2]));
}
const byName = new Map();
for (const [addr, n] of cost) {
  const name = nameAt(addr);
  byName.set(name, (byName.get(name) ?? 0) + n);
}
const total = [...byName.values()].reduce((a, b) => a + b, 0);
console.log(`generated code: ${(total / 1e6).toFixed(1)} M instructions`);
for (const [name, n] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${(n / 1e6).toFixed(2).padStart(9)} M ${((100 * n) / total).toFixed(1).padStart(5)} %  ${name.slice(0, 140)}`);
}
