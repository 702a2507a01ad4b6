import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/index.js";
import type { DocumentAttributes, RelationAttributes } from "../../src/graph/attributes.js";
import { edgeJSON, nodeJSON } from "../../src/graph/json-text.js";
import { fixtureAnalyses } from "./fixture-analyses.js";
import { analysis, rel } from "./make.js";

/** Strings JSON.stringify escapes, or writes as they are though a naive writer might not. */
const ODD = ['say "so"', "back\\slash", "tab\tnew\nline\r", "\u0000\u001f\u007f", "lone \ud800 high", "lone \udc00 low", "pair 😀", "\u2028\u2029", "Căn cứ Điều 1", "Hòa".normalize("NFD"), ""];

const node = (key: string, a: unknown) => nodeJSON(key, a as DocumentAttributes);
const edge = (key: string, a: unknown) => edgeJSON(key, "a", "b", a as RelationAttributes);
const nodeText = (key: string, a: unknown) => JSON.stringify({ key, attributes: a });
const edgeText = (key: string, a: unknown) => JSON.stringify({ key, source: "a", target: "b", attributes: a });

function documentOf(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "decree",
    number: "61",
    year: 2018,
    symbol: "NĐ-CP",
    style: "state",
    date: "2018-04-23",
    title: "Về thực hiện cơ chế một cửa",
    issuer: Object.freeze({ code: "CP", name: "Chính phủ", level: "central", place: null }),
    jurisdiction: { level: "central", province: null, provinceSuccessor: null, district: null },
    level: "central",
    label: "Nghị định 61/2018/NĐ-CP",
    files: ["a.txt", "thư mục/b.txt"],
    citedBy: 3,
    ...over,
  };
}

const evidenceOf = (over: Record<string, unknown> = {}) => ({ file: "a.txt", start: 10, end: 40, page: null, sentence: "Căn cứ Nghị định số 61/2018/NĐ-CP;", pinpoint: "Điều 5", ...over });
const relationOf = (over: Record<string, unknown> = {}) => ({ type: "based_on", evidence: [evidenceOf(), evidenceOf({ start: 50 })], weight: 2, ...over });

describe("nodeJSON and edgeJSON", () => {
  it("write every node and edge of the fixtures' graph as JSON.stringify does", () => {
    const odd = analysis("x/\"q\".txt", "file:x/\"q\".txt", [["61/2018/NĐ-CP", "based_on"]], [rel("implements", "file:x/\"q\".txt", "61/2018/NĐ-CP", 5, ODD.join(" | "))], {
      title: ODD.join(" "),
    });
    const g = CitationGraph.from([odd, ...fixtureAnalyses()]).graph;
    expect(g.order).toBeGreaterThan(50);
    g.forEachNode((key, a) => expect(nodeJSON(key, a)).toBe(JSON.stringify({ key, attributes: a })));
    g.forEachEdge((key, a, source, target) => expect(edgeJSON(key, source, target, a)).toBe(JSON.stringify({ key, source, target, attributes: a })));
  });

  it("write odd strings and numbers as JSON.stringify does", () => {
    for (const s of ODD) {
      for (const a of [documentOf({ title: s }), documentOf({ files: [s, "b"] }), documentOf({ issuer: { code: s, name: null, level: null, place: s } })]) {
        expect(node(s, a)).toBe(nodeText(s, a));
      }
      const r = relationOf({ evidence: [evidenceOf({ sentence: s, pinpoint: s, file: s })] });
      expect(edgeJSON(s, s, s, r as RelationAttributes)).toBe(JSON.stringify({ key: s, source: s, target: s, attributes: r }));
    }
    for (const n of [0, -0, 1.5, 1e21, 1e-7, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2]) {
      expect(node("k", documentOf({ year: n, citedBy: n }))).toBe(nodeText("k", documentOf({ year: n, citedBy: n })));
      expect(edge("k", relationOf({ weight: n, evidence: [evidenceOf({ start: n, page: n })] }))).toBe(
        edgeText("k", relationOf({ weight: n, evidence: [evidenceOf({ start: n, page: n })] })),
      );
    }
  });

  it("hand any record not in the canonical shape to JSON.stringify", () => {
    const { kind: _kind, ...withoutKind } = documentOf();
    const { year, ...rest } = documentOf();
    const inherited = Object.assign(Object.create({ extra: 1 }), documentOf());
    const withGetter = documentOf();
    Object.defineProperty(withGetter, "title", { get: () => "từ getter", enumerable: true });
    const hidden = documentOf();
    Object.defineProperty(hidden, "secret", { value: "x", enumerable: false });
    const sparse = documentOf({ files: ["a", , "c"] });
    const documents: unknown[] = [
      documentOf({ extra: "more" }),
      withoutKind,
      { ...rest, year },
      inherited,
      withGetter,
      hidden,
      sparse,
      documentOf({ title: undefined }),
      documentOf({ title: true }),
      documentOf({ date: new Date(0) }),
      documentOf({ toJSON: () => "mine" }),
      documentOf({ title: { toJSON: () => "its own" } }),
      documentOf({ issuer: { code: "CP", name: "Chính phủ", level: "central", place: null, more: 1 } }),
      documentOf({ issuer: { name: "Chính phủ", code: "CP", level: "central", place: null } }),
      documentOf({ jurisdiction: { level: "central" } }),
      documentOf({ files: "a.txt" }),
      documentOf({ files: [1, null, "x"] }),
      documentOf({ files: [["nested"]] }),
      documentOf({ [Symbol("s")]: "ignored" }),
      [],
      null,
    ];
    for (const a of documents) expect(node("k", a)).toBe(nodeText("k", a));
    const relations: unknown[] = [
      relationOf({ extra: 1 }),
      { weight: 2, type: "based_on", evidence: [] },
      relationOf({ evidence: [null, evidenceOf()] }),
      relationOf({ evidence: [evidenceOf({ more: 1 })] }),
      relationOf({ evidence: [evidenceOf({ page: undefined })] }),
      relationOf({ evidence: "none" }),
      relationOf({ evidence: [] }),
      relationOf({ type: 7 }),
    ];
    for (const r of relations) expect(edge("k", r)).toBe(edgeText("k", r));
  });

  it("match JSON.stringify on 2,000 random records", () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    const values: unknown[] = [...ODD, null, 0, -1, 2.5, NaN, 2024, undefined, true, {}, [], ["a"]];
    for (let i = 0; i < 2000; i++) {
      const over: Record<string, unknown> = {};
      for (const k of Object.keys(documentOf())) if (next() < 0.15) over[k] = pick(values);
      if (next() < 0.05) over[pick(["extra", "0", "toJSON"])] = pick(values);
      const a = documentOf(over);
      const key = pick(ODD);
      expect(node(key, a)).toBe(nodeText(key, a));
      const e: Record<string, unknown> = evidenceOf();
      for (const k of Object.keys(e)) if (next() < 0.15) e[k] = pick(values);
      const r = relationOf({ evidence: [evidenceOf(), e], weight: pick(values) });
      expect(edge(key, r)).toBe(edgeText(key, r));
    }
  });
});
