#!/usr/bin/env node
/**
 * The graph in PostgreSQL: load time, the loading process's peak memory, and query latency, on a
 * generated graph (bench/graph-json.mjs), against the in-memory graph where it fits.
 *
 *   npm run build && node bench/store.bench.mjs --docs 100000 --edges 1000000
 *   node bench/store.bench.mjs --docs 1000000 --edges 10000000 --no-memory --no-reload
 *   node bench/store.bench.mjs ... --db postgres://user:pw@host/db   # an existing database (emptied first!)
 *   --wide adds a walk over every kind of citation, which reaches most of the graph
 *   node bench/store.bench.mjs --docs 1000000 --edges 10000000 --db URL --queries-only [--file graph.json]
 *       # only the queries, against a database already loaded with that graph (e.g. by
 *       # `/usr/bin/time -v vncite load graph.json --db URL`, to measure the CLI's own peak RSS),
 *       # and against the in-memory graph read from --file
 *
 * Without --db a throwaway cluster is started (scripts/pg-cluster.mjs: fsync off, as a bulk load
 * into a fresh database would run). The load runs in a child process (`loadGraph` from
 * dist/postgres.js, what `vncite load` runs) so its peak RSS is its own. Each query is timed as
 * the median of 7 runs after one warm-up; the in-memory graph (CitationGraph.fromJSONChunks in
 * another child) answers the same queries, and the answers are checked equal.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** A fingerprint of an answer: the answers are compared, and a wide one is megabytes. */
const digest = (answer) => createHash("sha256").update(JSON.stringify(answer)).digest("hex");

/** A child's result line, written whole before the process exits (a pipe is written asynchronously). */
function reply(result) {
  process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(0));
}

/** Times each query (median of 7 after a warm-up); returns { name: { ms, hits, answer } }. */
async function timeQueries(graph, queries) {
  const out = {};
  for (const [name, run] of Object.entries(queries)) {
    let answer = await run(graph);
    const times = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      answer = await run(graph);
      times.push(performance.now() - t);
    }
    out[name] = { ms: median(times), min: Math.min(...times), max: Math.max(...times), hits: Array.isArray(answer) ? answer.length : answer.matches.length, answer: digest(answer) };
  }
  return out;
}

const { layout } = await import("./graph-json.mjs");

/** The questions asked both ways: a central decree's implementers, a plan's instruments, … */
function queriesFor(docs) {
  const { doc, nCentral } = layout(docs);
  const decree = doc(0).id;
  const directive = doc(1).id;
  const plan = doc(docs - 1).id;
  const province = doc(nCentral).id;
  return {
    [`implementersOf(${decree})`]: (g) => g.implementersOf(decree),
    [`implementersOf(${decree}, transitive)`]: (g) => g.implementersOf(decree, { transitive: true }),
    [`implementersOf(${province}, transitive)`]: (g) => g.implementersOf(province, { transitive: true }),
    [`citedBy(${directive})`]: (g) => g.citedBy(directive),
    // --wide: a walk over every kind of citation, which reaches most of the graph.
    ...(args.includes("--wide") && {
      [`implementersOf(${province}, all relations, transitive)`]: (g) => g.implementersOf(province, { relations: ["implements", "based_on", "references"], transitive: true }),
    }),
    [`cites(${plan})`]: (g) => g.cites(plan),
    [`instrumentsOf(${plan})`]: (g) => g.instrumentsOf(plan),
    [`resolve("${doc(2).label}")`]: (g) => g.resolve(doc(2).label),
  };
}

// ------------------------------------------------------------------------------------------------
// Children: the load, and the in-memory graph.
// ------------------------------------------------------------------------------------------------

if (arg("--child") === "load") {
  const { loadGraph, partsOfJSONFile } = await import(join(ROOT, "dist", "postgres.js"));
  const t = performance.now();
  const summary = await loadGraph(arg("--url"), partsOfJSONFile(arg("--file")), {});
  const ms = performance.now() - t;
  reply({ ms, maxRss: process.resourceUsage().maxRSS * 1024, summary: { ...summary, merged: summary.merged.length } });
}

if (arg("--child") === "memory") {
  const { CitationGraph } = await import(join(ROOT, "dist", "index.js"));
  const { fileChunks } = await import(join(ROOT, "src", "shared", "file-chunks.ts"));
  const t = performance.now();
  // fromJSONChunks over 1 MB pieces, as `vncite query` reads a graph file.
  const graph = CitationGraph.fromJSONChunks(fileChunks(arg("--file")));
  const loadMs = performance.now() - t;
  const queries = await timeQueries(graph, queriesFor(Number(arg("--docs"))));
  reply({ loadMs, maxRss: process.resourceUsage().maxRSS * 1024, queries });
}

// ------------------------------------------------------------------------------------------------
// Parent.
// ------------------------------------------------------------------------------------------------

const { loadavg } = await import("node:os");
const loadAverage = () => loadavg().map((x) => x.toFixed(1)).join(" ");
const docs = Number(arg("--docs", "100000"));
const edges = Number(arg("--edges", "1000000"));
const memory = !args.includes("--no-memory");
const { writeGraphJSON } = await import("./graph-json.mjs");
const { startCluster } = await import("../scripts/pg-cluster.mjs");
const n = (x) => x.toLocaleString("en");
const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;
const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);

function child(kind, file, extra) {
  const r = spawnSync(process.execPath, ["--import", "tsx", SELF, "--child", kind, "--file", file, "--docs", String(docs), ...(args.includes("--wide") ? ["--wide"] : []), ...extra], {
    encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], cwd: ROOT, env: { ...process.env, NODE_NO_WARNINGS: "1" }, maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`${kind} child failed (${r.status ?? r.signal})`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/** The queries asked of the database, then of the in-memory graph read from `file` (when given), compared. */
async function compare(url, file) {
  const { PostgresGraph } = await import(join(ROOT, "dist", "postgres.js"));
  const db = await PostgresGraph.open(url);
  const inDb = await timeQueries(db, queriesFor(docs));
  await db.close();
  const inMemory = file ? child("memory", file, []) : null;
  if (inMemory) console.log(`in-memory graph: read in ${ms(inMemory.loadMs)}, peak RSS ${mb(inMemory.maxRss)}`);
  console.log("");
  console.log(`| query (${n(docs)} documents, ${n(edges)} edges) | hits | PostgreSQL median (min–max of 7) | in memory | same answer |`);
  console.log("|---|---:|---:|---:|:---:|");
  for (const [name, r] of Object.entries(inDb)) {
    const m = inMemory?.queries[name];
    console.log(`| ${name} | ${n(r.hits)} | ${ms(r.ms)} (${ms(r.min)}–${ms(r.max)}) | ${m ? ms(m.ms) : "–"} | ${m ? (m.answer === r.answer ? "yes" : "**NO**") : "–"} |`);
  }
  console.log(`load average at end: ${loadAverage()}`);
  if (inMemory && Object.entries(inDb).some(([name, r]) => inMemory.queries[name].answer !== r.answer)) process.exitCode = 1;
}

console.log(`load average at start: ${loadAverage()}`);
if (args.includes("--queries-only")) {
  await compare(arg("--db"), arg("--file"));
} else {
  const work = mkdtempSync(join(tmpdir(), "vncite-store-bench-"));
  const file = join(work, "graph.json");
  let cluster = null;
  try {
    const t = performance.now();
    const written = writeGraphJSON({ docs, edges, out: file });
    console.log(`generated ${n(written.documents)} documents, ${n(written.edges)} edges, ${mb(statSync(file).size)} of JSON in ${ms(performance.now() - t)}`);

    let url = arg("--db");
    if (!url) {
      cluster = await startCluster({ settings: ["shared_buffers=512MB", "maintenance_work_mem=512MB", "max_wal_size=8GB", "checkpoint_timeout=30min", "work_mem=64MB"] });
      url = cluster.url;
    }
    const load = child("load", file, ["--url", url]);
    console.log(`load: ${ms(load.ms)}, peak RSS ${mb(load.maxRss)} (${JSON.stringify(load.summary)})`);
    if (!args.includes("--no-reload")) {
      const reload = child("load", file, ["--url", url]);
      console.log(`reload of the same file: ${ms(reload.ms)}, peak RSS ${mb(reload.maxRss)}`);
    }
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const size = Number((await client.query("SELECT pg_database_size(current_database()) AS s")).rows[0].s);
    await client.end();
    console.log(`database size: ${mb(size)}`);
    await compare(url, memory ? file : null);
  } finally {
    cluster?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
