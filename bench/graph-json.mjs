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

/** The provinces generated documents belong to: name, slug, and the province it merges into. */
export const PROVINCES = [
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

/**
 * What an edge line needs of document i (id, label, date, issuer's name), made without the
 * whole attribute object: at 10 million edges the writer spends its time here. The values are
 * those of layout(docs).doc(i) (test/store/graph-json.test.ts).
 */
function edgeEnds(docs) {
  const { nCentral, level } = layout(docs);
  const dates = [];
  for (let y = 0; y < 9; y++) for (let m = 0; m < 12; m++) for (let d = 0; d < 28; d++) dates.push(`${2015 + y}-${String(1 + m).padStart(2, "0")}-${String(1 + d).padStart(2, "0")}`);
  const dateOf = (i) => dates[(i % 9) * 336 + (i % 12) * 28 + (i % 28)];
  const central = CENTRAL_KINDS.map(([, symbol, normative, , name, word]) => ({ symbol, normative, name, word }));
  const provinceIssuer = PROVINCES.map(([pname]) => `Ủy ban nhân dân tỉnh ${pname}`);
  const districtIssuer = Array.from({ length: 97 }, (_, k) => `Ủy ban nhân dân huyện ${k}`);
  return (i) => {
    const year = 2015 + (i % 9);
    const n = 1 + Math.floor(i / 3);
    const number = n < 10 ? `0${n}` : String(n);
    if (i < nCentral) {
      const k = central[i % central.length];
      const designation = k.normative ? `${number}/${year}/${k.symbol}` : `${number}/${k.symbol}`;
      return { id: k.normative ? designation : `${designation}@${year}`, label: `${k.word} ${designation}`, date: dateOf(i), issuer: k.name };
    }
    const p = i % PROVINCES.length;
    const isProvince = level(i) === "province";
    return {
      id: isProvince ? `${number}/KH-UBND@${year}~${PROVINCES[p][1]}` : `${number}/KH-UBND@${year}~${PROVINCES[p][1]}/huyen-${i % 97}`,
      label: `Kế hoạch ${number}/KH-UBND`,
      date: dateOf(i),
      issuer: isProvince ? provinceIssuer[p] : districtIssuer[i % 97],
    };
  };
}

/**
 * Writes the graph JSON to `out`, streamed in 4 MB writes; returns { documents, edges }.
 * Edge lines are written as text, not through JSON.stringify: every value in them is made here
 * from digits, ids and fixed Vietnamese words, none with a quote, backslash or control character.
 */
export function writeGraphJSON({ docs, edges, out, seed = 1 }) {
  const { doc } = layout(docs);
  const ends = edgeEnds(docs);
  const citedBy = new Int32Array(docs);
  let edgeCount = 0;
  for (const [, to] of relations(docs, edges, seed)) {
    citedBy[to]++;
    edgeCount++;
  }
  const fd = openSync(out, "w");
  // Each piece is encoded into one buffer at once: pieces held until a big write would outlive
  // the young generation and make the garbage collector the writer's main cost.
  const buffer = Buffer.allocUnsafe(1 << 22);
  let used = 0;
  const write = (s) => {
    if (used + 3 * s.length > buffer.length) {
      writeSync(fd, buffer, 0, used);
      used = 0;
    }
    if (3 * s.length > buffer.length) writeSync(fd, s);
    else used += buffer.write(s, used);
  };
  try {
    write(`{"options":{"type":"directed","multi":true,"allowSelfLoops":false},"attributes":{},"nodes":[`);
    for (let i = 0; i < docs; i++) {
      const { id, ...attributes } = doc(i);
      write((i ? "," : "") + JSON.stringify({ key: id, attributes: { ...attributes, citedBy: citedBy[i] } }));
    }
    write(`],"edges":[`);
    let n = 0;
    let from = -1;
    let a = null;
    for (const [f, to, type] of relations(docs, edges, seed)) {
      if (f !== from) {
        from = f;
        a = ends(f);
      }
      const b = ends(to);
      const cue = type === "implements" ? "Thực hiện" : type === "based_on" ? "Căn cứ" : "Theo";
      const at = 150 * (n % 10);
      write(
        `${n ? "," : ""}{"key":"${type}:${a.id}->${b.id}","source":"${a.id}","target":"${b.id}","attributes":{"type":"${type}","evidence":[{"file":"corpus/${from}.txt","start":${200 + at},"end":${260 + at},"page":null,"sentence":"${cue} ${b.label} ngày ${b.date} của ${b.issuer} về công tác cải cách hành chính (${n})"}],"weight":1}}`,
      );
      n++;
    }
    write("]}\n");
    writeSync(fd, buffer, 0, used);
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
