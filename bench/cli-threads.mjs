#!/usr/bin/env node
/**
 * A command's CPU thread by thread: the main thread, the worker threads and V8's helper threads
 * (TurboFan compiling, parallel GC), which `/usr/bin/time` adds up into one figure.
 *
 *   node bench/cli-threads.mjs -- node dist/cli.js extract /tmp/p2k --jobs 1 --no-progress -o /tmp/out.ndjson
 *   node bench/cli-threads.mjs --perf "analyze,recordTexts,addAnalysis" -- node dist/cli.js graph /tmp/p2k -o /tmp/g.json
 *
 * Without --perf, `/proc/<pid>/task/<tid>/stat` is read every 10 ms, and each thread's last reading
 * printed (tid relative to the process: 0 is the main thread; V8's helpers start next, the workers
 * last). With --perf, the command runs under `perf record -g` (on-CPU samples of every thread, at
 * 499 Hz) with `node --perf-basic-prof`, and for the busiest threads this prints how many samples
 * have each of the given frames on their stack, and the top leaf frames. `node --cpu-prof` samples
 * wall time, and on a loaded machine a thread pre-empted on its way out of a system call is charged
 * to that call (a worker's `readSync` showed 22 % of its profile, which perf puts at 3 %). A frame
 * named after a regex in perf's output may be other code at the same address since (the map is
 * never pruned): read those with care.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const dash = args.indexOf("--");
if (dash < 0 || dash === args.length - 1) {
  console.error('usage: node bench/cli-threads.mjs [--perf "frameA,frameB"] -- <command...>');
  process.exit(2);
}
const perfAt = args.indexOf("--perf");
const marks = perfAt >= 0 && perfAt < dash ? args[perfAt + 1].split(",").filter(Boolean) : null;
const command = args.slice(dash + 1);

if (marks === null) {
  const child = spawn(command[0], command.slice(1), { stdio: ["ignore", "ignore", "inherit"] });
  const seen = new Map();
  const poll = () => {
    let tids;
    try {
      tids = readdirSync(`/proc/${child.pid}/task`);
    } catch {
      return;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        seen.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        // The thread ended between the listing and the read: its last reading stands.
      }
    }
  };
  const timer = setInterval(poll, 10);
  child.on("exit", () => {
    clearInterval(timer);
    const rows = [...seen].filter(([, cpu]) => cpu > 0).sort((a, b) => a[0] - b[0]);
    const total = rows.reduce((n, [, cpu]) => n + cpu, 0);
    console.log(rows.map(([tid, cpu]) => `${tid - child.pid}:${cpu.toFixed(2)}`).join(" ") + `  total ${total.toFixed(2)} s`);
  });
} else {
  const work = mkdtempSync(join(tmpdir(), "vncite-cli-threads-"));
  try {
    const data = join(work, "perf.data");
    const [node, ...rest] = command;
    const recorded = spawnSync("perf", ["record", "-F", "499", "-g", "-o", data, node, "--perf-basic-prof", ...rest], { stdio: ["ignore", "ignore", "inherit"] });
    if (recorded.status !== 0) throw new Error("perf record failed");
    const text = spawnSync("perf", ["script", "-i", data, "-F", "tid,ip,sym"], { encoding: "utf8", maxBuffer: 1 << 30 }).stdout;
    const samples = [];
    for (const line of text.split("\n")) {
      if (/^\s*\d+\s*$/.test(line)) samples.push({ tid: line.trim(), stack: [] });
      else if (line.trim() && samples.length) samples.at(-1).stack.push(line.trim().replace(/^[0-9a-f]+\s+/, ""));
    }
    const byTid = new Map();
    for (const s of samples) {
      if (!byTid.has(s.tid)) byTid.set(s.tid, []);
      byTid.get(s.tid).push(s);
    }
    const threads = [...byTid].sort((a, b) => b[1].length - a[1].length);
    console.log(`${samples.length} samples (499 Hz): ` + threads.map(([tid, ss]) => `${tid}:${ss.length}`).join(" "));
    for (const [tid, ss] of threads.slice(0, 3)) {
      console.log(`thread ${tid}, ${ss.length} samples`);
      for (const mark of marks) {
        const n = ss.filter((s) => s.stack.some((f) => f.includes(mark))).length;
        console.log(`  ${mark}: ${n} (${((100 * n) / ss.length).toFixed(1)} %)`);
      }
      const leaves = new Map();
      for (const s of ss) {
        const leaf = (s.stack[0] ?? "?").slice(0, 100);
        leaves.set(leaf, (leaves.get(leaf) ?? 0) + 1);
      }
      for (const [leaf, n] of [...leaves].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`    ${n} ${leaf}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    // --perf-basic-prof leaves /tmp/perf-<pid>.map files; they are the command's, named by its pid.
  }
}
