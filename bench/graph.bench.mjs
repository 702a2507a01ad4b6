#!/usr/bin/env node
/**
 * Graph layer benchmark: build a CitationGraph from generated analyses, export it, and time the
 * queries users run. Each size runs in its own Node process so that peak memory is its own.
 *
 *   node bench/graph.bench.mjs                 # 10k, 100k and 1M edges (1k, 10k, 100k documents)
 *   node bench/graph.bench.mjs --edges 100000  # one size
 *
 * The generated corpus mimics the fixtures' shape: 2% central documents (decrees, directives,
 * resolutions), 18% province plans and 80% district plans, every non-central document an analysed
 * file. Each file cites ~10 documents: one or two `implements` of a document one level up,
 * a few `based_on` central ones, the rest `references` to anything, and one relation between two
 * cited documents in one file out of four. Every relation carries a ~110-character evidence
 * sentence, unique per relation, as real ones are.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { createRng } from "./corpus/rng.mjs";
import { PROVINCES } from "./graph-json.mjs";

const SELF = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

if (!arg("--child")) {
  const sizes = arg("--edges") ? [Number(arg("--edges"))] : [10_000, 100_000, 1_000_000];
  const rows = [];
  for (const edges of sizes) {
    const r = spawnSync(
      process.execPath,
      ["--expose-gc", "--max-old-space-size=12288", "--import", "tsx", SELF, "--child", "--edges", String(edges)],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_NO_WARNINGS: "1" } },
    );
    if (r.status !== 0) {
      console.error(`size ${edges} failed (${r.status ?? r.signal})`);
      process.exit(1);
    }
    const line = r.stdout.trim().split("\n").pop();
    rows.push(JSON.parse(line));
  }
  const mb = (b) => (b / 2 ** 20).toFixed(0);
  const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  console.log(`node ${process.version}, ${rows[0].cpus} × ${rows[0].cpu}`);
  console.log("");
  const n = (x) => x.toLocaleString("en");
  const table = (head, cells) => {
    console.log(`| ${head.join(" | ")} |`);
    console.log(`|${head.map(() => "---:").join("|")}|`);
    for (const r of rows) console.log(`| ${cells(r).join(" | ")} |`);
    console.log("");
  };
  table(["documents", "edges", "build", "graph heap (after GC)", "RSS before build", "peak RSS after build", "peak RSS, whole run"], (r) => [
    n(r.nodes), n(r.edges), `${ms(r.buildMs)} ms`, `${mb(r.heapBytes)} MB`, `${mb(r.rssBeforeBuildBytes)} MB`, `${mb(r.rssAfterBuildBytes)} MB`, `${mb(r.peakRssBytes)} MB`,
  ]);
  table(["edges", "JSON size", "toJSON + stringify", "toJSONChunks", "JSON.parse", "fromJSON (parsed)", "GEXF, streamed (size)", "GraphML, streamed (size)"], (r) => [
    n(r.edges), `${mb(r.jsonBytes)} MB`, `${ms(r.jsonMs)} ms`, `${ms(r.chunksMs)} ms`, `${ms(r.parseMs)} ms`, `${ms(r.fromJsonMs)} ms`,
    `${ms(r.gexfMs)} ms (${mb(r.gexfBytes)} MB)`, `${ms(r.graphmlMs)} ms (${mb(r.graphmlBytes)} MB)`,
  ]);
  table(["edges", "implementersOf direct (hits)", "implementersOf transitive (hits)", "transitive, all 10 relation types (hits)", "resolve(citation text)"], (r) => [
    n(r.edges), `${ms(r.directMs)} ms (${n(r.directHits)})`, `${ms(r.transitiveMs)} ms (${n(r.transitiveHits)})`, `${ms(r.worstMs)} ms (${n(r.worstHits)})`, `${ms(r.resolveMs)} ms`,
  ]);
  process.exit(0);
}

// ------------------------------------------------------------------------------------------------
// Child: one size.
// ------------------------------------------------------------------------------------------------

const { CitationGraph } = await import("../src/graph/index.ts");
const os = await import("node:os");

const targetEdges = Number(arg("--edges"));
const nDocs = Math.max(100, Math.round(targetEdges / 10));

// The corpus generator's seeded generator: the same graph for the same seed on every machine.
const rng = createRng(0x9e3779b9);
const rand = rng.float;
const pick = rng.pick;

/** Documents: [id, facts] with facts shaped like an AnalyzedCitation's. */
const docs = [];
const nCentral = Math.max(5, Math.round(nDocs * 0.02));
const nProvince = Math.round(nDocs * 0.18);
const central = [];
const province = [];
const district = [];
const CENTRAL_KINDS = [
  ["decree", "NĐ-CP", true, "CP", "Chính phủ"],
  ["directive", "CT-TTg", false, "TTg", "Thủ tướng Chính phủ"],
  ["resolution", "NQ-CP", false, "CP", "Chính phủ"],
  ["decision", "QĐ-TTg", false, "TTg", "Thủ tướng Chính phủ"],
];
for (let i = 0; i < nDocs; i++) {
  const year = 2015 + (i % 9);
  const date = `${year}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
  const number = String(1 + Math.floor(i / 3)).padStart(2, "0");
  if (i < nCentral) {
    const [kind, symbol, normative, code, name] = CENTRAL_KINDS[i % CENTRAL_KINDS.length];
    const id = normative ? `${number}/${year}/${symbol}` : `${number}/${symbol}@${year}`;
    const d = {
      id, kind, number, year: normative ? year : null, symbol, style: "state", date,
      issuer: { code, name, level: "central", place: null },
      jurisdiction: { level: "central", province: null, provinceSuccessor: null, district: null },
      level: "central",
    };
    docs.push(d);
    central.push(d);
  } else {
    const [pname, pslug, succ] = PROVINCES[i % PROVINCES.length];
    const isProvince = i < nCentral + nProvince;
    const districtSlug = `huyen-${i % 97}`;
    const id = isProvince ? `${number}/KH-UBND@${year}~${pslug}` : `${number}/KH-UBND@${year}~${pslug}/${districtSlug}`;
    const d = {
      id, kind: "plan", number, year: null, symbol: "KH-UBND", style: "state", date,
      issuer: { code: "UBND", name: isProvince ? `Ủy ban nhân dân tỉnh ${pname}` : `Ủy ban nhân dân huyện ${i % 97}`, level: isProvince ? "province" : "district", place: isProvince ? pname : `huyện ${i % 97}` },
      jurisdiction: { level: isProvince ? "province" : "district", province: pname, provinceSuccessor: succ, district: isProvince ? null : `huyện ${i % 97}` },
      level: isProvince ? "province" : "district",
    };
    docs.push(d);
    (isProvince ? province : district).push(d);
  }
}

const files = [...province, ...district];
const perFile = targetEdges / files.length;

function citationOf(d, role, start) {
  return {
    start, end: start + 60, raw: `Kế hoạch số ${d.number}/${d.symbol}`, kind: d.kind, kindText: null,
    number: d.number, year: d.year, symbol: d.symbol, typeCode: d.symbol.split("-")[0], style: d.style,
    date: d.date, issuer: d.issuer, id: d.id, numberStart: start + 12, numberEnd: start + 24, warnings: [],
    role, jurisdiction: d.jurisdiction,
  };
}

function sentence(role, d, k) {
  const cue = role === "implements" ? "Thực hiện" : role === "based_on" ? "Căn cứ" : "Theo";
  return `${cue} ${d.kind === "plan" ? "Kế hoạch" : "Văn bản"} số ${d.number}/${d.symbol} ngày ${d.date} của ${d.issuer.name} về công tác cải cách hành chính (${k})`;
}

let serial = 0;
function* analyses() {
  for (let f = 0; f < files.length; f++) {
    const me = files[f];
    const path = `corpus/${me.level}/${f}.txt`;
    const want = Math.max(1, Math.round(perFile * (f + 1)) - Math.round(perFile * f));
    const targets = new Map();
    const up = me.level === "province" ? central : rand() < 0.7 ? province : central;
    targets.set(pick(up).id, "implements");
    if (rand() < 0.3) targets.set(pick(up).id, "implements");
    for (let k = 0; k < 3 && targets.size < want; k++) {
      const c = pick(central).id;
      if (!targets.has(c)) targets.set(c, "based_on");
    }
    let guard = 0;
    while (targets.size < want && guard++ < 100) {
      const d = pick(docs);
      if (d.id !== me.id && !targets.has(d.id)) targets.set(d.id, "references");
    }
    targets.delete(me.id);
    const citations = [];
    const relations = [];
    let start = 200;
    for (const [id, role] of targets) {
      const d = docIndex.get(id);
      citations.push(citationOf(d, role, start));
      relations.push({ type: role, from: me.id, to: id, evidence: { start, end: start + 60, sentence: sentence(role, d, serial++) } });
      start += 150;
    }
    // One nested relation in four files: "Kế hoạch X triển khai Chỉ thị Y".
    if (f % 4 === 0 && citations.length >= 2) {
      const a = citations[0];
      const b = citations[citations.length - 1];
      if (a.id !== b.id) relations.push({ type: "references", from: b.id, to: a.id, evidence: { start: b.start, end: b.end, sentence: `nested ${serial++}` } });
    }
    yield {
      path,
      self: {
        id: me.id, kind: me.kind, title: `Kế hoạch tuyên truyền cải cách hành chính ${f}`, number: me.number, year: null,
        symbol: me.symbol, style: "state", date: me.date, issuer: me.issuer, jurisdiction: me.jurisdiction, promulgatedBy: null, path,
      },
      citations,
      relations,
      warnings: [],
    };
  }
}
const docIndex = new Map(docs.map((d) => [d.id, d]));

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rssBeforeBuildBytes = process.memoryUsage().rss;

let g = new CitationGraph();
let buildMs = 0;
for (const a of analyses()) {
  const t = performance.now();
  g.add(a);
  buildMs += performance.now() - t;
}
const rssAfterBuildBytes = process.resourceUsage().maxRSS * 1024;
globalThis.gc?.();
const heapBytes = process.memoryUsage().heapUsed - heapBefore;

let t;
// The most implemented central document: the heaviest transitive query of the corpus.
let target = central[0].id;
let most = -1;
for (const c of central) {
  const n = g.graph.inDegree(c.id);
  if (n > most) {
    most = n;
    target = c.id;
  }
}
function median(f, runs) {
  const times = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    out = f();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return [times[Math.floor(times.length / 2)], out];
}
const [transitiveMs, hits] = median(() => g.implementersOf(target, { transitive: true }), 5);
const [directMs, direct] = median(() => g.implementersOf(target), 5);
// Worst case: every relation type, so the walk crosses most of the graph.
const ALL = ["based_on", "implements", "promulgated_by", "proposed_by", "guides", "amends", "replaces", "repeals", "corrects", "references"];
const [worstMs, worst] = median(() => g.implementersOf(target, { transitive: true, relations: ALL }), 3);
const td = docIndex.get(target);
const refText = `${td.kind === "decree" ? "Nghị định" : "Văn bản"} số ${td.number}/${td.year ? `${td.year}/` : ""}${td.symbol} ngày ${td.date.split("-").reverse().join("/")}`;
const [resolveMs, resolved] = median(() => g.resolve(refText), 5);
if (!resolved.matches.includes(target)) throw new Error(`resolve(${refText}) missed ${target}: ${JSON.stringify(resolved)}`);

/** Time and UTF-8 size of an export written piece by piece, as `vncite graph -o` streams it to a file. */
function streamed(chunks) {
  const start = performance.now();
  let bytes = 0;
  for (const piece of chunks) bytes += Buffer.byteLength(piece, "utf8");
  return [performance.now() - start, bytes];
}
const [gexfMs, gexfBytes] = streamed(g.toGEXFChunks());
const [graphmlMs, graphmlBytes] = streamed(g.toGraphMLChunks());

t = performance.now();
let text = JSON.stringify(g.toJSON());
const jsonMs = performance.now() - t;
const jsonBytes = Buffer.byteLength(text, "utf8");

t = performance.now();
let chunkBytes = 0;
for (const c of g.toJSONChunks()) chunkBytes += Buffer.byteLength(c, "utf8");
const chunksMs = performance.now() - t;
if (chunkBytes !== jsonBytes) throw new Error("toJSONChunks differs from JSON.stringify(toJSON())");

// Loading, as `vncite query` does: only the loaded graph alive.
const order = g.order;
const size = g.size;
g = null;
globalThis.gc?.();
t = performance.now();
const parsed = JSON.parse(text);
const parseMs = performance.now() - t;
text = null;
t = performance.now();
const back = CitationGraph.fromJSON(parsed);
const fromJsonMs = performance.now() - t;
if (back.size !== size || back.order !== order) throw new Error("fromJSON lost nodes or edges");

const peakRssBytes = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    nodes: order,
    edges: size,
    parseMs,
    buildMs,
    heapBytes,
    peakRssBytes,
    jsonMs,
    jsonBytes,
    fromJsonMs,
    target,
    transitiveMs,
    transitiveHits: hits.length,
    worstMs,
    worstHits: worst.length,
    rssAfterBuildBytes,
    rssBeforeBuildBytes,
    chunksMs,
    directMs,
    directHits: direct.length,
    resolveMs,
    gexfMs,
    gexfBytes,
    graphmlMs,
    graphmlBytes,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "?",
  }),
);
