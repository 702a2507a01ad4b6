#!/usr/bin/env node
/**
 * The view of a large graph: `vncite view` on a generated graph of 20,000 documents and about
 * 100,000 relations, then the page opened in headless Chromium (Debian's, via playwright-core):
 * how long until it is drawn, and how long a search takes from typing to the side panel.
 *
 *   npm run build && node bench/view.bench.mjs [--docs 20000] [--per-file 5.1] [--runs 3]
 *
 * The graph is shaped like the graph bench's: 2 % central documents, 18 % province plans, 80 %
 * district plans; each plan an analysed file citing ~5 documents (one or two `implements` one
 * level up, a `based_on` central one, the rest `references`), each relation with its own
 * ~110-character evidence sentence.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { chromium } from "playwright-core";
import { CitationGraph } from "../dist/index.js";
import { createRng } from "./corpus/rng.mjs";

const { values } = parseArgs({
  options: {
    docs: { type: "string", default: "20000" },
    "per-file": { type: "string", default: "5.1" },
    runs: { type: "string", default: "3" },
    // An existing page to open instead of writing one (the layout of 20,000 documents takes minutes).
    page: { type: "string" },
    // Keep graph.json and graph.html in this folder.
    keep: { type: "string" },
    // Write a CPU profile of the page's start (DevTools' .cpuprofile) here.
    profile: { type: "string" },
  },
});
const N = Number(values.docs);
const PER_FILE = Number(values["per-file"]);
const RUNS = Number(values.runs);
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const LOAD = loadavg().map((x) => x.toFixed(1));

// The corpus generator's seeded generator: the same graph for the same seed on every machine.
const rng = createRng(0x2545f491);
const rand = rng.float;
const pick = rng.pick;
const PROVINCES = [["Hậu Giang", "hau-giang"], ["Trà Vinh", "tra-vinh"], ["Tiền Giang", "tien-giang"], ["Vĩnh Long", "vinh-long"], ["Nghệ An", "nghe-an"]];

const docs = [];
const central = [];
const province = [];
const district = [];
for (let i = 0; i < N; i++) {
  const year = 2015 + (i % 9);
  const date = `${year}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
  const number = String(1 + Math.floor(i / 3)).padStart(2, "0");
  if (i < N * 0.02) {
    const d = { id: `${number}/CT-TTg@${year}`, kind: "directive", number, year: null, symbol: "CT-TTg", date, issuer: { code: "TTg", name: "Thủ tướng Chính phủ", level: "central", place: null }, jurisdiction: { level: "central", province: null, district: null }, level: "central" };
    docs.push(d);
    central.push(d);
  } else {
    const [name, slug] = PROVINCES[i % PROVINCES.length];
    const isProvince = i < N * 0.2;
    const id = isProvince ? `${number}/KH-UBND@${year}~${slug}` : `${number}/KH-UBND@${year}~${slug}/huyen-${i % 97}`;
    const d = {
      id, kind: "plan", number, year: null, symbol: "KH-UBND", date, level: isProvince ? "province" : "district",
      issuer: { code: "UBND", name: isProvince ? `Ủy ban nhân dân tỉnh ${name}` : `Ủy ban nhân dân huyện ${i % 97}`, level: isProvince ? "province" : "district", place: name },
      jurisdiction: { level: isProvince ? "province" : "district", province: name, district: isProvince ? null : `huyện ${i % 97}` },
    };
    docs.push(d);
    (isProvince ? province : district).push(d);
  }
}

const byId = new Map(docs.map((d) => [d.id, d]));

function* analyses() {
  const files = [...province, ...district];
  let serial = 0;
  for (let f = 0; f < files.length; f++) {
    const me = files[f];
    const path = `corpus/${f}.txt`;
    const want = Math.max(1, Math.round(PER_FILE * (f + 1)) - Math.round(PER_FILE * f));
    const targets = new Map([[pick(me.level === "province" ? central : province).id, "implements"]]);
    if (rand() < 0.3) targets.set(pick(central).id, "based_on");
    for (let guard = 0; targets.size < want && guard < 50; guard++) {
      const d = pick(docs);
      if (d.id !== me.id && !targets.has(d.id)) targets.set(d.id, "references");
    }
    const citations = [];
    const relations = [];
    let start = 200;
    for (const [id, role] of targets) {
      const d = byId.get(id);
      citations.push({ start, end: start + 60, raw: `${d.number}/${d.symbol}`, kind: d.kind, kindText: null, number: d.number, year: d.year, symbol: d.symbol, typeCode: d.symbol.split("-")[0], style: "state", date: d.date, issuer: d.issuer, id, numberStart: start, numberEnd: start + 5, warnings: [], role, jurisdiction: d.jurisdiction });
      const cue = role === "implements" ? "Thực hiện" : role === "based_on" ? "Căn cứ" : "Theo";
      relations.push({ type: role, from: me.id, to: id, evidence: { start, end: start + 60, sentence: `${cue} văn bản số ${d.number}/${d.symbol} ngày ${d.date} của ${d.issuer.name} về công tác cải cách hành chính (${serial++})` } });
      start += 150;
    }
    yield { path, self: { id: me.id, kind: me.kind, title: `Kế hoạch tuyên truyền cải cách hành chính ${f}`, number: me.number, year: null, symbol: me.symbol, style: "state", date: me.date, issuer: me.issuer, jurisdiction: me.jurisdiction, promulgatedBy: null, path }, citations, relations, warnings: [] };
  }
}

/**
 * CPU seconds (user + system) of every process started under this one (Chromium's browser, GPU
 * process and renderers), in all and by Chromium's --type.
 */
function treeCpu() {
  const parent = new Map();
  const cpu = new Map();
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(pid), Number(f[1]));
      const kind = /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, "utf8"))?.[1] ?? "browser";
      cpu.set(Number(pid), { kind, ms: (Number(f[11]) + Number(f[12])) * 10 });
    } catch {}
  }
  const mine = new Map();
  for (const [pid, c] of cpu) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === process.pid) {
        mine.set(pid, c);
        break;
      }
    }
  }
  return mine;
}

/** CPU ms each kind of process spent between two treeCpu() readings (processes that ended are lost). */
function cpuDelta(before, after) {
  const by = { total: 0 };
  for (const [pid, { kind, ms }] of after) {
    const d = ms - (before.get(pid)?.ms ?? 0);
    by.total += d;
    by[kind] = (by[kind] ?? 0) + d;
  }
  return by;
}

/** The renderer's main-thread and process CPU seconds, as Chromium counts them (CDP Performance). */
async function rendererCpu(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { thread: m.ThreadTime, process: m.ProcessTime, script: m.ScriptDuration };
}

/** Self time of the profile's functions, the largest first. */
function topFunctions(profile, n) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const [id, us] of dt) {
    const { functionName, lineNumber, columnNumber } = byId.get(id).callFrame;
    const key = `${functionName || "(anonymous)"} ${lineNumber}:${columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${(100 * us / total).toFixed(1).padStart(5)} %  ${k}`);
}

const dir = values.keep ?? mkdtempSync(join(tmpdir(), "vncite-view-bench-"));
try {
  const graph = CitationGraph.from(analyses());
  const json = join(dir, "graph.json");
  const page = values.page ?? join(dir, "graph.html");
  let writeMs = null;
  let t;
  if (!values.page || !existsSync(page)) {
    writeFileSync(json, [...graph.toJSONChunks()].join("") + "\n");
    t = performance.now();
    execFileSync(process.execPath, ["dist/cli.js", "view", json, "-o", page, "--max-documents", String(N)], { stdio: ["ignore", "ignore", "inherit"] });
    writeMs = performance.now() - t;
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const target = central[7];
  const rows = [];
  for (let run = 0; run < RUNS; run++) {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await p.context().newCDPSession(p);
    await cdp.send("Performance.enable");
    const profiling = values.profile && run === 0;
    if (profiling) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    const errors = [];
    p.on("pageerror", (e) => errors.push(e.message));
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    // The page's marks carry the main thread's own clock (tts) in a trace: CPU time between them.
    const trace = [];
    cdp.on("Tracing.dataCollected", (e) => trace.push(...e.value));
    const traced = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
    await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["blink.user_timing"] }, transferMode: "ReportEvents" });
    let cpu0 = treeCpu();
    let r0 = await rendererCpu(cdp);
    t = performance.now();
    await p.goto(pathToFileURL(page).href, { timeout: 120_000 });
    await p.waitForSelector("html[data-ready=true]", { state: "attached", timeout: 120_000 });
    const openMs = performance.now() - t;
    let r1 = await rendererCpu(cdp);
    const openCpu = { tree: cpuDelta(cpu0, treeCpu()), thread: r1.thread - r0.thread, process: r1.process - r0.process, script: r1.script - r0.script };
    if (profiling) {
      const { profile } = await cdp.send("Profiler.stop");
      writeFileSync(values.profile, JSON.stringify(profile));
      console.log(`profile of the start -> ${values.profile}; self time:\n${topFunctions(profile, 30).join("\n")}`);
    }
    // Let the first frames settle before the search is timed. The page sets up what the search
    // needs (the resolver, the index of labels) when it is first idle after its first frame: that
    // work falls in the open's figures when it has started before they are read (the marks
    // drawn → prepared say how much it was), and here otherwise.
    cpu0 = treeCpu();
    r0 = await rendererCpu(cdp);
    await p.waitForTimeout(500);
    r1 = await rendererCpu(cdp);
    const settleCpu = { tree: cpuDelta(cpu0, treeCpu()), thread: r1.thread - r0.thread };
    const text = `Chỉ thị số ${target.number}/CT-TTg năm ${target.date.slice(0, 4)}`;
    cpu0 = treeCpu();
    r0 = await rendererCpu(cdp);
    t = performance.now();
    await p.fill("#search", text);
    await p.waitForSelector(`#suggestions li[data-id="${target.id}"]`, { timeout: 60_000 });
    const suggestMs = performance.now() - t;
    await p.keyboard.press("Enter");
    await p.waitForFunction((label) => document.getElementById("doc-label")?.textContent === label, `Chỉ thị ${target.number}/CT-TTg`, { timeout: 60_000 });
    const searchMs = performance.now() - t;
    r1 = await rendererCpu(cdp);
    const searchCpu = { tree: cpuDelta(cpu0, treeCpu()), thread: r1.thread - r0.thread, process: r1.process - r0.process };
    await p.waitForFunction(() => performance.getEntriesByName("vncite:highlighted").length > 0, null, { timeout: 60_000 });
    const highlightMs = performance.now() - t;
    const r2 = await rendererCpu(cdp);
    const highlightCpu = { tree: cpuDelta(cpu0, treeCpu()), thread: r2.thread - r0.thread, process: r2.process - r0.process };
    await cdp.send("Tracing.end");
    await traced;
    const markCpu = {};
    let last = null;
    for (const e of trace.filter((x) => x.name.startsWith("vncite:") && x.tts !== undefined).sort((a, b) => a.ts - b.ts)) {
      if (last) markCpu[`${last.name.slice(7)}→${e.name.slice(7)}`] = Math.round((e.tts - last.tts) / 1000);
      last = e;
    }
    const marks = await p.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name.replace("vncite:", ""), Math.round(m.startTime)])));
    t = performance.now();
    await p.click("#carry");
    await p.waitForSelector("#carrier-list", { state: "attached", timeout: 60_000 });
    const carryMs = performance.now() - t;
    const carriers = await p.locator("#carrier-list > li").count();
    if (errors.length) throw new Error(errors.join("\n"));
    rows.push({ openMs, suggestMs, searchMs, highlightMs, carryMs, carriers, marks, markCpu, openCpu, settleCpu, searchCpu, highlightCpu });
    await p.close();
  }
  await browser.close();
  const ms = (x) => `${Math.round(x)} ms`;
  const range = (f) => {
    const xs = rows.map(f);
    return `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`.replace(/ ms–/, "–");
  };
  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0].model}, ${execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim()}`);
  console.log(`graph: ${graph.order.toLocaleString("en")} documents, ${graph.size.toLocaleString("en")} relations; page ${(statSync(page).size / 1e6).toFixed(1)} MB${writeMs === null ? " (given)" : `, written (layout included) in ${ms(writeMs)} (wall)`}`);
  console.log(`load average before: ${LOAD.join(", ")}; after: ${loadavg().map((x) => x.toFixed(1)).join(", ")}`);
  console.log(`| | open (to drawn) | search: typing to side panel | typing to highlight drawn |`);
  console.log(`|---|---:|---:|---:|`);
  console.log(`| CPU, renderer main thread | ${range((r) => r.openCpu.thread * 1000)} | ${range((r) => r.searchCpu.thread * 1000)} | ${range((r) => r.highlightCpu.thread * 1000)} |`);
  console.log(`| CPU, renderer process | ${range((r) => r.openCpu.process * 1000)} | ${range((r) => r.searchCpu.process * 1000)} | ${range((r) => r.highlightCpu.process * 1000)} |`);
  console.log(`| CPU, all of Chromium's processes | ${range((r) => r.openCpu.tree.total)} | ${range((r) => r.searchCpu.tree.total)} | ${range((r) => r.highlightCpu.tree.total)} |`);
  console.log(`| wall clock | ${range((r) => r.openMs)} | ${range((r) => r.searchMs)} | ${range((r) => r.highlightMs)} |`);
  console.log(`the half second between the open and the search: main thread ${range((r) => r.settleCpu.thread * 1000)}, all of Chromium ${range((r) => r.settleCpu.tree.total)}`);
  console.log(`typing to suggestion (wall): ${range((r) => r.suggestMs)}; who carries this out (wall): ${range((r) => r.carryMs)} (${rows[0].carriers} documents)`);
  console.log(`script time of the open (CDP ScriptDuration): ${range((r) => r.openCpu.script * 1000)}`);
  console.log(`CPU by process, last run (ms): open ${JSON.stringify(rows[rows.length - 1].openCpu.tree)}; search to highlight ${JSON.stringify(rows[rows.length - 1].highlightCpu.tree)}`);
  console.log(`main-thread CPU between the page's marks, last run (ms): ${JSON.stringify(rows[rows.length - 1].markCpu)}`);
  console.log(`marks of the last run (ms from navigation): ${JSON.stringify(rows[rows.length - 1].marks)}`);
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
