#!/usr/bin/env node
/**
 * The CLI over a folder of many plans: wall time and peak memory of whole `vncite` processes, as a
 * user runs them, for --jobs 1 and --jobs 2. Needs the built CLI (`npm run build`).
 *
 *   node bench/cli.bench.mjs                 # 10,000 generated files
 *   node bench/cli.bench.mjs --files 2000    # fewer
 *
 * Each run is timed by /usr/bin/time -v: wall clock and maximum resident set size of the vncite
 * process (its workers are threads, so they are included). Output goes to a file, not a pipe, so
 * what is measured is vncite, not the reader of its output.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, readdirSync } from "node:fs";
import { tmpdir, cpus, totalmem, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

const { values } = parseArgs({ options: { files: { type: "string", default: "10000" }, seed: { type: "string", default: "7" } } });
const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const work = mkdtempSync(join(tmpdir(), "vncite-bench-cli-"));
const plans = join(work, "plans");

try {
  const gen = spawnSync(process.execPath, [join(root, "bench", "corpus.mjs"), "--out", plans, "--files", values.files, "--seed", values.seed], {
    encoding: "utf8",
  });
  if (gen.status !== 0) throw new Error(`corpus generation failed: ${gen.stderr}`);
  const bytes = readdirSync(plans).reduce((n, f) => n + statSync(join(plans, f)).size, 0);
  console.log(
    `machine: ${cpus().length} CPUs (${cpus()[0].model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
      `${new Date().toISOString()}, load ${loadavg().map((x) => x.toFixed(2)).join(" ")}`,
  );
  console.log(`corpus: ${values.files} files, ${(bytes / 1e6).toFixed(1)} MB (bench/corpus.mjs --files ${values.files} --seed ${values.seed})\n`);
  console.log("| command | --jobs | wall | peak RSS | output |");
  console.log("|---|---:|---:|---:|---:|");
  const outputs = new Map();
  for (const command of ["extract", "graph"]) {
    for (const jobs of ["1", "2"]) {
      const out = join(work, `${command}-${jobs}.out`);
      const args = command === "extract" ? ["extract", plans, "--jobs", jobs, "--no-progress", "-o", out] : ["graph", plans, "--jobs", jobs, "--no-progress", "-o", out];
      const r = spawnSync("/usr/bin/time", ["-v", process.execPath, cli, ...args], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`vncite ${args.join(" ")} failed: ${r.stderr.slice(-2000)}`);
      const wall = /Elapsed \(wall clock\) time.*: (.*)/.exec(r.stderr)?.[1] ?? "?";
      const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
      const size = statSync(out).size;
      console.log(`| vncite ${command} | ${jobs} | ${wall} | ${(rssKb / 1024).toFixed(0)} MB | ${(size / 1e6).toFixed(1)} MB |`);
      const previous = outputs.get(command);
      if (previous !== undefined && previous !== size) throw new Error(`${command}: --jobs 1 and 2 wrote different sizes`);
      outputs.set(command, size);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
