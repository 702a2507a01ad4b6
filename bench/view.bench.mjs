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
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { chromium } from "playwright-core";
import { CitationGraph } from "../dist/index.js";

const { values } = parseArgs({ options: { docs: { type: "string", default: "20000" }, "per-file": { type: "string", default: "5.1" }, runs: { type: "string", default: "3" } } });
const N = Number(values.docs);
const PER_FILE = Number(values["per-file"]);
const RUNS = Number(values.runs);
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const LOAD = loadavg().map((x) => x.toFixed(1));

let seed = 0x2545f491;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
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

const dir = mkdtempSync(join(tmpdir(), "vncite-view-bench-"));
try {
  const graph = CitationGraph.from(analyses());
  const json = join(dir, "graph.json");
  writeFileSync(json, [...graph.toJSONChunks()].join("") + "\n");
  const page = process.env.VNCITE_VIEW_BENCH_PAGE ?? join(dir, "graph.html");
  let t = performance.now();
  execFileSync(process.execPath, ["dist/cli.js", "view", json, "-o", page, "--max-documents", String(N)], { stdio: ["ignore", "ignore", "inherit"] });
  const writeMs = performance.now() - t;

  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const target = central[7];
  const rows = [];
  for (let run = 0; run < RUNS; run++) {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    p.on("pageerror", (e) => errors.push(e.message));
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    t = performance.now();
    await p.goto(pathToFileURL(page).href, { timeout: 120_000 });
    await p.waitForSelector("html[data-ready=true]", { state: "attached", timeout: 120_000 });
    const openMs = performance.now() - t;
    const text = `Chỉ thị số ${target.number}/CT-TTg năm ${target.date.slice(0, 4)}`;
    t = performance.now();
    await p.fill("#search", text);
    await p.waitForSelector(`#suggestions li[data-id="${target.id}"]`, { timeout: 60_000 });
    const suggestMs = performance.now() - t;
    await p.keyboard.press("Enter");
    await p.waitForFunction((label) => document.getElementById("doc-label")?.textContent === label, `Chỉ thị ${target.number}/CT-TTg`, { timeout: 60_000 });
    const searchMs = performance.now() - t;
    await p.waitForFunction(() => performance.getEntriesByName("vncite:highlighted").length > 0, null, { timeout: 60_000 });
    const highlightMs = performance.now() - t;
    const marks = await p.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name.replace("vncite:", ""), Math.round(m.startTime)])));
    t = performance.now();
    await p.click("#carry");
    await p.waitForSelector("#carrier-list", { state: "attached", timeout: 60_000 });
    const carryMs = performance.now() - t;
    const carriers = await p.locator("#carrier-list > li").count();
    if (errors.length) throw new Error(errors.join("\n"));
    rows.push({ openMs, suggestMs, searchMs, highlightMs, carryMs, carriers, marks });
    await p.close();
  }
  await browser.close();
  const ms = (x) => `${Math.round(x)} ms`;
  const range = (k) => `${ms(Math.min(...rows.map((r) => r[k])))}–${ms(Math.max(...rows.map((r) => r[k])))}`.replace(/ ms–/, "–");
  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0].model}, ${execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim()}`);
  console.log(`graph: ${graph.order.toLocaleString("en")} documents, ${graph.size.toLocaleString("en")} relations; page ${(statSync(page).size / 1e6).toFixed(1)} MB, written (layout included) in ${ms(writeMs)}`);
  console.log(`load average before: ${LOAD.join(", ")}; after: ${loadavg().map((x) => x.toFixed(1)).join(", ")}`);
  console.log(`| open (to drawn) | search: typing to suggestion | typing to side panel | typing to highlight drawn | who carries this out (hits) |`);
  console.log(`|---:|---:|---:|---:|---:|`);
  console.log(`| ${range("openMs")} | ${range("suggestMs")} | ${range("searchMs")} | ${range("highlightMs")} | ${range("carryMs")} (${rows[0].carriers}) |`);
  console.log(`marks of the last run (ms from navigation): ${JSON.stringify(rows[rows.length - 1].marks)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
