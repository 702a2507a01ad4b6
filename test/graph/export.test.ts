import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGEXF } from "graphology-gexf";
import { parse as parseGraphML } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { CitationGraph, RELATION_TYPES } from "../../src/graph/index.js";
import { analyze } from "../../src/index.js";
import { KINDS } from "../../src/vocab/kinds.js";
import { fixtureAnalyses } from "./fixture-analyses.js";
import { analysis, rel } from "./make.js";

const schema = JSON.parse(readFileSync(new URL("../../schema/graph.schema.json", import.meta.url), "utf8"));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Text that breaks naive writers: Vietnamese (NFC and NFD), XML specials, quotes, tab, CR/LF, astral. */
const NASTY = 'Căn cứ "Luật" <Tổ chức> & \'chính quyền\'\tđịa phương\r\nngày 19/6/2015 — Điều 1; Ð; 😀; ' + "Hòa".normalize("NFD");

function sample(): CitationGraph {
  const a = analysis("thư mục/kế hoạch <1>.txt", "file:thư mục/kế hoạch <1>.txt", [
    ["76/2015/QH13", "based_on"],
    ["43/CT-TTg@2020", "implements"],
    ["05-CT/TU@2021~hau-giang", "references"],
  ], [rel("implements", "63/KH-UBND@2021~hau-giang", "43/CT-TTg@2020", 400, NASTY)], { title: `Kế hoạch ${NASTY}` });
  a.relations[0].evidence.sentence = NASTY;
  const b = analysis("b.txt", "12/KH-UBND@2022~hau-giang", [["43/CT-TTg@2020", "implements"]], [], {
    number: "12",
    symbol: "KH-UBND",
    style: "state",
    date: "2022-03-05",
    title: "Phòng chống thiên tai",
  });
  return CitationGraph.from([a, b, ...fixtureAnalyses()]);
}

const json = (g: CitationGraph) => JSON.stringify(g.toJSON());

describe("JSON", () => {
  const g = sample();

  it("validates against schema/graph.schema.json", () => {
    const ok = validate(JSON.parse(json(g)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("validates with the analyses added without a path listed (attributes.pathless)", () => {
    const pathless = new CitationGraph().add(analysis(undefined as never, "12/KH-UBND@2022", [["20/NQ-CP@2022", "implements"]]));
    const written = JSON.parse(json(pathless));
    expect(written.attributes.pathless).toHaveLength(1);
    expect(validate(written)).toBe(true);
    expect(validate({ ...written, attributes: { ...written.attributes, pathless: ["not a hash"] } })).toBe(false);
  });

  it("is graphology's own export, sorted", () => {
    const own = g.graph.export();
    const byKey = (a: { key?: string }, b: { key?: string }) => (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0);
    expect(g.toJSON()).toEqual({ ...own, nodes: [...own.nodes].sort(byKey), edges: [...own.edges].sort(byKey) });
  });

  it("streams the same bytes in chunks", () => {
    expect([...g.toJSONChunks()].join("")).toBe(json(g));
    expect([...new CitationGraph().toJSONChunks()].join("")).toBe(json(new CitationGraph()));
  });

  it("the schema's kind and relation lists are vncite's", () => {
    expect(schema.definitions.kind.enum).toEqual(KINDS.map((k) => k.slug));
    expect(schema.definitions.relationType.enum).toEqual([...RELATION_TYPES]);
  });

  it("rejects what is not a graph of this shape", () => {
    const bad = JSON.parse(json(g));
    bad.nodes[0].attributes.citedBy = -1;
    bad.edges[0].attributes.type = "likes";
    expect(validate(bad)).toBe(false);
  });

  it("round-trips through fromJSON (object and text) and answers the same queries", () => {
    const back = CitationGraph.fromJSON(g.toJSON());
    expect(json(back)).toBe(json(g));
    expect(json(CitationGraph.fromJSON(json(g)))).toBe(json(g));
    expect(back.implementersOf("Chỉ thị 43/CT-TTg", { transitive: true })).toEqual(g.implementersOf("Chỉ thị 43/CT-TTg", { transitive: true }));
    expect(back.resolve("Kế hoạch 103/KH-UBND")).toEqual(g.resolve("Kế hoạch 103/KH-UBND"));
    expect(back.citedBy("76/NQ-CP@2021")).toEqual(g.citedBy("76/NQ-CP@2021"));
  });

  it("grows after loading as it would have from the start", () => {
    const [first, ...rest] = fixtureAnalyses();
    const loaded = CitationGraph.fromJSON(CitationGraph.from(rest).toJSON()).add(first);
    expect(json(loaded)).toBe(json(CitationGraph.from([first, ...rest])));
    expect(() => loaded.add(first)).toThrow(/already added/);
  });

  it("refuses malformed input with a clear message", () => {
    expect(() => CitationGraph.fromJSON({})).toThrow("`nodes` must be an array");
    expect(() => CitationGraph.fromJSON({ nodes: [], edges: [{ key: "x", source: "a", target: "b", attributes: { type: "references" } }] })).toThrow(
      'missing node "a"',
    );
  });
});

describe("GEXF", () => {
  const g = sample();
  const xml = g.toGEXF();

  it("is GEXF 1.2 with labels, typed attributes and weights", () => {
    expect(xml).toContain('<gexf version="1.2"');
    expect(xml).toContain('label="Nghị định 61/2018/NĐ-CP"');
    expect(xml).toContain('<attribute id="year" title="year" type="integer"/>');
    expect(xml).toMatch(/<edge id="amends:107\/2021\/NĐ-CP->61\/2018\/NĐ-CP" source="107\/2021\/NĐ-CP" target="61\/2018\/NĐ-CP" weight="1" label="amends">/);
  });

  it("round-trips every node and edge attribute, Vietnamese text included", () => {
    const back = CitationGraph.fromGEXF(xml);
    expect(json(back)).toBe(json(g));
    expect(back.document("file:thư mục/kế hoạch <1>.txt")!.title).toBe(`Kế hoạch ${NASTY}`);
  });

  it("reads with plain graphology-gexf (what Gephi-side tools see)", () => {
    const plain = parseGEXF(MultiDirectedGraph, xml);
    expect(plain.order).toBe(g.order);
    expect(plain.size).toBe(g.size);
    expect(plain.getNodeAttribute("61/2018/NĐ-CP", "label")).toBe("Nghị định 61/2018/NĐ-CP");
    expect(plain.getNodeAttribute("61/2018/NĐ-CP", "year")).toBe(2018);
  });

  it("is deterministic", () => {
    expect(CitationGraph.from([...fixtureAnalyses()].reverse()).toGEXF()).toBe(CitationGraph.from(fixtureAnalyses()).toGEXF());
  });

  it("streams one piece per node and edge, and gives Gephi the edge weight and relation label", () => {
    const pieces = [...g.toGEXFChunks()];
    expect(pieces).toHaveLength(g.order + g.size + 3);
    expect(pieces.join("")).toBe(xml);
    const plain = parseGEXF(MultiDirectedGraph, xml);
    const edge = "amends:107/2021/NĐ-CP->61/2018/NĐ-CP";
    expect([plain.getEdgeAttribute(edge, "weight"), plain.getEdgeAttribute(edge, "label")]).toEqual([1, "amends"]);
  });
});

describe("GraphML", () => {
  const g = sample();
  const xml = g.toGraphML();

  it("streams one piece per node and edge", () => {
    const pieces = [...g.toGraphMLChunks()];
    expect(pieces).toHaveLength(g.order + g.size + 2);
    expect(pieces.join("")).toBe(xml);
  });

  it("declares every attribute and is directed", () => {
    expect(xml).toContain('<graph id="vncite" edgedefault="directed">');
    expect(xml).toContain('<key id="n_year" for="node" attr.name="year" attr.type="int"/>');
    expect(xml).toContain('<key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>');
  });

  it("round-trips through graphology-graphml, Vietnamese text included", () => {
    const parsed = parseGraphML(MultiDirectedGraph, xml);
    expect(parsed.order).toBe(g.order);
    expect(parsed.size).toBe(g.size);
    const back = CitationGraph.fromFlatGraph(parsed);
    expect(json(back)).toBe(json(g));
    expect(back.relation("implements", "63/KH-UBND@2021~hau-giang", "43/CT-TTg@2020")!.evidence.map((e) => e.sentence)).toContain(NASTY);
  });

  it("keeps NEL and LINE SEPARATOR, which the XML parser reads as line ends, in titles, evidence, keys and warnings", () => {
    // U+0085 is what a Windows-1252 ellipsis becomes read as Latin-1; U+2028 comes from word processors.
    const a = analysis("d\u0085.txt", "file:d\u0085.txt", [["61/2018/NĐ-CP", "references"]], [], { title: "A\u2028B\u0085C" });
    a.relations[0].evidence.sentence = "x\u2028y\u0085z";
    a.warnings = [{ code: "year-mismatch", message: "m\u2028n\u0085o", start: 0, end: 1 }];
    const h = CitationGraph.from([a]);
    for (const back of [CitationGraph.fromFlatGraph(parseGraphML(MultiDirectedGraph, h.toGraphML())), CitationGraph.fromGEXF(h.toGEXF())]) {
      expect(json(back)).toBe(json(h));
      expect(back.warnings.map((w) => w.message)).toContain("m\u2028n\u0085o");
    }
  });

  it("replaces the characters XML cannot carry in plain strings, and keeps them in JSON ones", () => {
    const a = analysis("c.txt", "file:c.txt", [["61/2018/NĐ-CP", "references"]], [], { title: "A\u000cB" });
    a.relations[0].evidence.sentence = "x\u0001y\uffff";
    const h = CitationGraph.from([a]);
    for (const back of [CitationGraph.fromFlatGraph(parseGraphML(MultiDirectedGraph, h.toGraphML())), CitationGraph.fromGEXF(h.toGEXF())]) {
      expect(back.document("file:c.txt")!.title).toBe("A\ufffdB");
      expect(back.relation("references", "file:c.txt", "61/2018/NĐ-CP")!.evidence[0].sentence).toBe("x\u0001y\uffff");
    }
  });

  it("carries the analyses added without a path (attributes.pathless) in GEXF and GraphML, round-tripped with the warnings", () => {
    const text = "Số: 31/KH-UBND\nKẾ HOẠCH\nThực hiện Chỉ thị số 07/CT-TTg ngày 4/3/2023 của Thủ tướng Chính phủ;\nThực hiện Chỉ thị số 07/CT-TTg ngày 5/3/2023;";
    const p = new CitationGraph().add(analyze(text)).add(analyze(text.replace("31/KH", "32/KH")));
    const written = json(p);
    expect(JSON.parse(written).attributes.pathless).toHaveLength(2);
    expect(p.warnings.length).toBeGreaterThan(0);
    const fromGEXF = CitationGraph.fromGEXF(p.toGEXF());
    const fromGraphML = CitationGraph.fromFlatGraph(parseGraphML(MultiDirectedGraph, p.toGraphML()));
    for (const back of [fromGEXF, fromGraphML]) {
      expect(json(back)).toBe(written);
      // The same analysis is still refused after the round trip, as after JSON's.
      expect(() => back.add(analyze(text))).toThrow(/already added/);
    }
    // Streamed in pieces, the same text; a graph of files writes no list and declares none.
    expect([...p.toGEXFChunks()].join("")).toBe(p.toGEXF());
    expect([...p.toGraphMLChunks()].join("")).toBe(p.toGraphML());
    expect(g.toGraphML()).not.toContain("pathless");
    expect(g.toGEXF()).not.toContain("pathless");
  });

  it("an empty graph writes and reads in every format", () => {
    const e = new CitationGraph();
    expect(json(CitationGraph.fromGEXF(e.toGEXF()))).toBe(json(e));
    expect(json(CitationGraph.fromFlatGraph(parseGraphML(MultiDirectedGraph, e.toGraphML())))).toBe(json(e));
    expect(validate(e.toJSON())).toBe(true);
  });
});
