/**
 * Writes a generated citation graph as vncite graph JSON, streamed: a document or edge is made
 * from its index and a seeded PRNG, so a graph of 10 million edges is written in constant memory
 * (one count per document, for citedBy). The shape follows bench/graph.bench.mjs: 2% central
 * documents, 18% province plans, 80% district plans; each plan `implements` one or two documents
 * a level up, is `based_on` up to three central ones and `references` the rest of its ~10
 * citations; every edge has one ~110-character evidence sentence.
 *
 *   node bench/graph-json.mjs --docs 100000 --edges 1000000 --out /tmp/g.json
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { createRng } from "./corpus/rng.mjs";

const PROVINCES = [
  ["Hậu Giang", "hau-giang", "Cần Thơ"],
  ["Trà Vinh", "tra-vinh", "Vĩnh Long"],
  ["Tiền Giang", "tien-giang", "Đồng Tháp"],
  ["Vĩnh Long", "vinh-long", "Vĩnh Long"],
  ["Nghệ An", "nghe-an", "Nghệ An"],
];
const CENTRAL_KINDS = [
  ["decree", "NĐ-CP", true, "CP", "Chính phủ", "Nghị định"],
  ["directive", "CT-TTg", false, "TTg", "Thủ tướng Chính phủ", "Chỉ thị"],
  ["resolution", "NQ-CP", false, "CP", "Chính phủ", "Nghị quyết"],
  ["decision", "QĐ-TTg", false, "TTg", "Thủ tướng Chính phủ", "Quyết định"],
];

/** The graph's layout: how many documents of each level, and document i's id and attributes. */
export function layout(docs) {
  const nCentral = Math.max(5, Math.round(docs * 0.02));
  const nProvince = Math.round(docs * 0.18);
  const level = (i) => (i < nCentral ? "central" : i < nCentral + nProvince ? "province" : "district");
  function doc(i) {
    const year = 2015 + (i % 9);
    const date = `${year}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const number = String(1 + Math.floor(i / 3)).padStart(2, "0");
    if (i < nCentral) {
      const [kind, symbol, normative, code, name, word] = CENTRAL_KINDS[i % CENTRAL_KINDS.length];
      const id = normative ? `${number}/${year}/${symbol}` : `${number}/${symbol}@${year}`;
      const designation = normative ? `${number}/${year}/${symbol}` : `${number}/${symbol}`;
      return {
        id, kind, number, year: normative ? year : null, symbol, style: "state", date, title: null,
        issuer: { code, name, level: "central", place: null },
        jurisdiction: { level: "central", province: null, provinceSuccessor: null, district: null },
        level: "central", label: `${word} ${designation}`, files: [],
      };
    }
    const [pname, pslug, succ] = PROVINCES[i % PROVINCES.length];
    const isProvince = level(i) === "province";
    const district = `huyện ${i % 97}`;
    const id = isProvince ? `${number}/KH-UBND@${year}~${pslug}` : `${number}/KH-UBND@${year}~${pslug}/huyen-${i % 97}`;
    return {
      id, kind: "plan", number, year: null, symbol: "KH-UBND", style: "state", date,
      title: `Kế hoạch tuyên truyền cải cách hành chính ${i}`,
      issuer: { code: "UBND", name: isProvince ? `Ủy ban nhân dân tỉnh ${pname}` : `Ủy ban nhân dân ${district}`, level: isProvince ? "province" : "district", place: isProvince ? pname : district },
      jurisdiction: { level: isProvince ? "province" : "district", province: pname, provinceSuccessor: succ, district: isProvince ? null : district },
      level: isProvince ? "province" : "district", label: `Kế hoạch ${number}/KH-UBND`, files: [`corpus/${i}.txt`],
    };
  }
  return { nCentral, nProvince, level, doc };
}

/** Each plan's citations as [fromIndex, toIndex, type], the same sequence for the same arguments. */
export function* relations(docs, edges, seed = 1) {
  const { nCentral, nProvince, level } = layout(docs);
  const rng = createRng(seed).float;
  const below = (n) => Math.floor(rng() * n);
  const plans = docs - nCentral;
  const perPlan = edges / plans;
  for (let p = 0; p < plans; p++) {
    const me = nCentral + p;
    const want = Math.max(1, Math.round(perPlan * (p + 1)) - Math.round(perPlan * p));
    const targets = new Map();
    const upProvince = level(me) === "district" && rng() < 0.7;
    const up = () => (upProvince ? nCentral + below(nProvince) : below(nCentral));
    targets.set(up(), "implements");
    if (rng() < 0.3) targets.set(up(), "implements");
    for (let k = 0; k < 3 && targets.size < want; k++) {
      const c = below(nCentral);
      if (!targets.has(c)) targets.set(c, "based_on");
    }
    for (let guard = 0; targets.size < want && guard < 100; guard++) {
      const d = below(docs);
      if (d !== me && !targets.has(d)) targets.set(d, "references");
    }
    targets.delete(me);
    for (const [to, type] of targets) yield [me, to, type];
  }
}

/** Writes the graph JSON to `out`; returns { documents, edges }. */
export function writeGraphJSON({ docs, edges, out, seed = 1 }) {
  const { doc } = layout(docs);
  const citedBy = new Int32Array(docs);
  let edgeCount = 0;
  for (const [, to] of relations(docs, edges, seed)) {
    citedBy[to]++;
    edgeCount++;
  }
  const fd = openSync(out, "w");
  let buffer = "";
  const write = (s) => {
    buffer += s;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = "";
    }
  };
  try {
    write(`{"options":{"type":"directed","multi":true,"allowSelfLoops":false},"attributes":{},"nodes":[`);
    for (let i = 0; i < docs; i++) {
      const { id, ...attributes } = doc(i);
      write((i ? "," : "") + JSON.stringify({ key: id, attributes: { ...attributes, citedBy: citedBy[i] } }));
    }
    write(`],"edges":[`);
    let n = 0;
    for (const [from, to, type] of relations(docs, edges, seed)) {
      const a = doc(from);
      const b = doc(to);
      const cue = type === "implements" ? "Thực hiện" : type === "based_on" ? "Căn cứ" : "Theo";
      const sentence = `${cue} ${b.label} ngày ${b.date} của ${b.issuer.name} về công tác cải cách hành chính (${n})`;
      const evidence = [{ file: a.files[0], start: 200 + 150 * (n % 10), end: 260 + 150 * (n % 10), page: null, sentence }];
      write((n ? "," : "") + JSON.stringify({ key: `${type}:${a.id}->${b.id}`, source: a.id, target: b.id, attributes: { type, evidence, weight: 1 } }));
      n++;
    }
    write("]}\n");
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return { documents: docs, edges: edgeCount };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const r = writeGraphJSON({ docs: Number(arg("--docs", "100000")), edges: Number(arg("--edges", "1000000")), out: arg("--out", "graph.json") });
  console.error(`${r.documents} documents, ${r.edges} edges -> ${arg("--out", "graph.json")}`);
}
