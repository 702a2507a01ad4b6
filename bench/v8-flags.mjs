#!/usr/bin/env node
/**
 * Node or V8 flags against none, in whole-process CPU (user + sys from /usr/bin/time, every thread),
 * run in rotation round by round so that each variant meets the same load, with each variant's
 * output compared byte for byte to the first's.
 *
 *   node bench/v8-flags.mjs --rounds 6 --variant "base=" --variant "maglev=--maglev" \
 *     -- dist/cli.js extract /tmp/p2k --jobs 1 --no-progress -o {out}
 *
 * A variant is `name=flags` (flags split at spaces, placed before the script: `node FLAGS ARGS`;
 * a token `env:KEY=VALUE` sets an environment variable instead, `script:PATH` replaces the script);
 * `{out}` in the command becomes a file of the variant's own. V8's flags given to node are the
 * process's, so they reach the CLI's workers too. Prints each run, then per variant the median CPU
 * and the median of its per-round ratios to the first variant.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const dash = process.argv.indexOf("--");
if (dash < 0) {
  console.error('usage: node bench/v8-flags.mjs [--rounds N] --variant "name=flags"... -- script args ({out} for an output file)');
  process.exit(2);
}
const { values } = parseArgs({
  args: process.argv.slice(2, dash),
  options: { rounds: { type: "string", default: "4" }, variant: { type: "string", multiple: true, default: ["base="] } },
});
const command = process.argv.slice(dash + 1);
const variants = values.variant.map((v) => {
  const at = v.indexOf("=");
  const tokens = v.slice(at + 1).split(" ").filter(Boolean);
  const env = Object.fromEntries(tokens.filter((t) => t.startsWith("env:")).map((t) => t.slice(4).split("=")));
  const script = tokens.find((t) => t.startsWith("script:"))?.slice(7);
  const flags = tokens.filter((t) => !t.startsWith("env:") && !t.startsWith("script:"));
  return { name: v.slice(0, at), flags, env, script, spec: tokens.join(" "), cpu: [], ratio: [], rss: [] };
});
const work = mkdtempSync(join(tmpdir(), "vncite-v8-flags-"));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
try {
  for (let round = 1; round <= Number(values.rounds); round++) {
    // Rotated: variant k runs k-th in round 1, (k+1)-th in round 2, and so on.
    const order = variants.map((_, i) => variants[(i + round - 1) % variants.length]);
    const outs = new Map();
    for (const v of order) {
      const out = join(work, `${v.name}.out`);
      const args = command.map((a, i) => (i === 0 && v.script ? v.script : a).replaceAll("{out}", out));
      const r = spawnSync("/usr/bin/time", ["-f", "%U %S %M", process.execPath, ...v.flags, ...args], { encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, ...v.env } });
      if (r.status !== 0) throw new Error(`${v.name} failed: ${r.stderr.slice(-2000)}`);
      const [user, sys, rss] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
      v.cpu.push(user + sys);
      v.rss.push(rss / 1024);
      outs.set(v.name, command.some((a) => a.includes("{out}")) ? readFileSync(out) : Buffer.from(r.stdout));
    }
    const base = variants[0];
    const line = [`round ${round} (load ${loadavg()[0].toFixed(1)}):`];
    for (const v of variants) {
      if (!outs.get(v.name).equals(outs.get(base.name))) throw new Error(`${v.name}: output differs from ${base.name}'s`);
      v.ratio.push(v.cpu.at(-1) / base.cpu.at(-1));
      line.push(`${v.name} ${v.cpu.at(-1).toFixed(2)} s (${v.ratio.at(-1).toFixed(3)})`);
    }
    console.log(line.join("  "));
  }
  console.log("");
  for (const v of variants) {
    const lo = Math.min(...v.ratio).toFixed(3);
    const hi = Math.max(...v.ratio).toFixed(3);
    console.log(`${v.name.padEnd(16)} CPU median ${median(v.cpu).toFixed(2)} s, peak RSS median ${median(v.rss).toFixed(0)} MB, / ${variants[0].name}: median ${median(v.ratio).toFixed(3)} (${lo}–${hi})  ${v.spec}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
