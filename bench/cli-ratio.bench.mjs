#!/usr/bin/env node
/**
 * The command against a bare scan of the same files, in CPU time (user + sys of whole processes,
 * workers included), paired run by run on a shared machine where wall clocks mean nothing:
 *
 *   bare scan   node bench/bare-scan.mjs DIR (read, decode, NFC, the anchor regex; nothing less finds citations)
 *   extract     vncite extract DIR --jobs 1 / default --no-progress -o FILE
 *   graph       vncite graph DIR --jobs 1 / default --no-progress -o FILE
 *   library     the analysis extract's and graph's workers run, alone (bench/cli-library.mjs): the command less this is what it adds
 *
 * and analyze() against extract() per document: one pass of each over the same files in a
 * process of its own (reading and loading excluded), since a second pass would find the
 * library's caches warm.
 *
 *   npm run build && node bench/cli-ratio.bench.mjs [--files 2000] [--seed 7] [--rounds 4] [--dir DIR] [--dist DIST] [--only REGEX]
 *
 * --dir measures an existing folder instead of generating one (bench/corpus.mjs --files N --seed S);
 * --dist another build (a copy of dist inside the checkout, so that it finds node_modules);
 * --against a second build, each of whose commands runs right after this build's, with their
 * outputs compared byte for byte and the CPU ratio of the pair printed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    files: { type: "string", default: "2000" },
    seed: { type: "string", default: "7" },
    rounds: { type: "string", default: "4" },
    dir: { type: "string" },
    dist: { type: "string", default: "dist" },
    against: { type: "string" },
    // Only the cases whose names match this regex, and no analyze()/extract() passes (a loaded machine's shorter round).
    only: { type: "string" },
    // Internal: one pass of extract() or analyze() over a folder, printing its CPU seconds.
    pass: { type: "string" },
  },
});
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = resolve(root, values.dist);

if (values.pass) {
  const lib = await import(pathToFileURL(join(dist, "index.js")).href);
  const texts = readdirSync(values.dir).sort().map((f) => readFileSync(join(values.dir, f), "utf8"));
  const t = process.cpuUsage();
  let n = 0;
  for (const [i, text] of texts.entries()) n += values.pass === "extract" ? lib.extract(text).length : lib.analyze(text, { path: String(i) }).citations.length;
  const u = process.cpuUsage(t);
  console.log(JSON.stringify({ cpu: (u.user + u.system) / 1e6, citations: n }));
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), "vncite-bench-ratio-"));
try {
  const dir = values.dir ?? join(work, "plans");
  if (!values.dir) {
    const gen = spawnSync(process.execPath, [join(root, "bench", "corpus.mjs"), "--out", dir, "--files", values.files, "--seed", values.seed], { encoding: "utf8" });
    if (gen.status !== 0) throw new Error(`corpus generation failed: ${gen.stderr}`);
  }
  const names = readdirSync(dir);
  const bytes = names.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const anchor = spawnSync(process.execPath, ["-e", `import(${JSON.stringify(pathToFileURL(join(dist, "index.js")).href)}).then((m) => process.stdout.write(m.ANCHOR.source))`], { encoding: "utf8" }).stdout;
  const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");
  console.log(`machine: ${cpus().length} CPUs (${cpus()[0].model.trim()}), Node ${process.version}, ${new Date().toISOString()}, load ${load()}`);
  console.log(`corpus: ${names.length} files, ${(bytes / 1e6).toFixed(1)} MB${values.dir ? ` (${values.dir})` : ` (bench/corpus.mjs --files ${values.files} --seed ${values.seed})`}\n`);

  /** CPU seconds (user + sys) and peak RSS of one process, from /usr/bin/time -v. */
  const timed = (args) => {
    const r = spawnSync("/usr/bin/time", ["-v", ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr.slice(-2000)}`);
    const field = (name) => Number(new RegExp(`${name}.*: ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
    return { cpu: field("User time \\(seconds\\)") + field("System time \\(seconds\\)"), rss: field("Maximum resident set size \\(kbytes\\)") / 1024 };
  };
  // Without --against there is no other build: its command is null, never run.
  const cli = (command, jobs, build = dist, tag = "") => build === null ? null : [process.execPath, join(build, "cli.js"), command, dir, ...(jobs ? ["--jobs", jobs] : []), "--no-progress", "-o", join(work, `${command}-${jobs ?? "default"}${tag}.out`)];
  const against = values.against ? resolve(root, values.against) : null;
  const library = (mode, build = dist) => (build === null ? null : [process.execPath, join(root, "bench", "cli-library.mjs"), build, dir, mode]);
  const cases = [
    ["extract --jobs 1", cli("extract", "1"), cli("extract", "1", against, ".other")],
    ["extract (default jobs)", cli("extract"), cli("extract", undefined, against, ".other")],
    ["graph --jobs 1", cli("graph", "1"), cli("graph", "1", against, ".other")],
    ["graph (default jobs)", cli("graph"), cli("graph", undefined, against, ".other")],
    // The library alone in a worker made as the pool makes it (bench/cli-library.mjs): what the command adds is the difference.
    ["library only, extract's analysis", library("extract"), library("extract", against)],
    ["library only, graph's analysis", library("graph"), library("graph", against)],
  ];
  if (values.only) cases.splice(0, cases.length, ...cases.filter(([name]) => new RegExp(values.only).test(name)));
  const versus = new Map(cases.map(([name]) => [name, []]));
  const ratios = new Map(cases.map(([name]) => [name, []]));
  const pass = (mode) => JSON.parse(spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--pass", mode, "--dir", dir, "--dist", dist], { encoding: "utf8" }).stdout).cpu;
  const perDoc = [];
  const other = against ? " other CPU s | other peak RSS MB | this / other |" : "";
  console.log(`| round | load | bare scan CPU s | command | CPU s | peak RSS MB | ratio to bare |${other}`);
  console.log(`|---:|---|---:|---|---:|---:|---:|${against ? "---:|---:|---:|" : ""}`);
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const [name, args, otherArgs] of cases) {
      // Paired: each command right after its own bare scan, so both see the same load; the
      // other build's first in odd rounds, second in even ones.
      const bare = timed([process.execPath, join(root, "bench", "bare-scan.mjs"), "--anchor", anchor, dir]);
      const first = against && round % 2 === 1 ? timed(otherArgs) : null;
      const run = timed(args);
      const them = against ? (first ?? timed(otherArgs)) : null;
      ratios.get(name).push(run.cpu / bare.cpu);
      let line = `| ${round} | ${load()} | ${bare.cpu.toFixed(2)} | ${name} | ${run.cpu.toFixed(2)} | ${run.rss.toFixed(0)} | ${(run.cpu / bare.cpu).toFixed(2)} |`;
      if (them) {
        if (args[1].endsWith("cli.js") && !readFileSync(args.at(-1)).equals(readFileSync(otherArgs.at(-1)))) throw new Error(`${name}: the two builds' outputs differ`);
        versus.get(name).push(run.cpu / them.cpu);
        line += ` ${them.cpu.toFixed(2)} | ${them.rss.toFixed(0)} | ${(run.cpu / them.cpu).toFixed(2)} |`;
      }
      console.log(line);
    }
    if (values.only) continue;
    const e = pass("extract");
    const a = pass("analyze");
    perDoc.push(a / e);
    console.log(`| ${round} | ${load()} | – | analyze() / extract(), one pass each | ${a.toFixed(2)} / ${e.toFixed(2)} | – | ${(a / e).toFixed(2)} |`);
  }
  const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} (median ${[...xs].sort((x, y) => x - y)[xs.length >> 1].toFixed(2)})`;
  console.log("");
  for (const [name, xs] of ratios) console.log(`${name} / bare scan: ${range(xs)}`);
  if (against) for (const [name, xs] of versus) console.log(`${name}, this build / ${values.against}: ${range(xs)}`);
  if (perDoc.length) console.log(`analyze() / extract(): ${range(perDoc)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
