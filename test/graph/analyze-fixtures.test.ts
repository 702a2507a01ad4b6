import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGraphML } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { CitationGraph } from "../../src/graph/index.js";
import { FIXTURE_DIR, fixtureNames } from "./fixture-analyses.js";

// Issue 4's measurement on the five fixtures, analysed by analyze() itself.
const analyses = fixtureNames().map((name) => analyze(readFileSync(new URL(name, FIXTURE_DIR), "utf8"), { path: `fixtures/${name}` }));
const g = CitationGraph.from(analyses);
const F = (n: string) => `fixtures/${fixtureNames().find((x) => x.startsWith(n))}`;

describe("graph of the five fixtures (analyze)", () => {
  it("keeps the two 103/KH-UBND apart, and says a bare reference is ambiguous", () => {
    const ids = g.graph.filterNodes((_id, a) => a.number === "103" && a.symbol === "KH-UBND");
    expect(ids).toEqual(["103/KH-UBND@2021~tien-giang", "103/KH-UBND@2021~tra-vinh"]);
    expect(g.resolve("Kế hoạch 103/KH-UBND")).toEqual({ matches: ids, ambiguous: true });
    expect(() => g.citedBy("Kế hoạch 103/KH-UBND")).toThrow(expect.objectContaining({ code: "ambiguous", candidates: ids }));
    expect(g.resolve("Kế hoạch 103/KH-UBND tỉnh Trà Vinh").matches).toEqual(["103/KH-UBND@2021~tra-vinh"]);
    expect(g.document("103/KH-UBND@2021~tien-giang")!.files).toEqual([F("001")]);
  });

  it("has one 76/NQ-CP node, cited by two files", () => {
    expect(g.graph.filterNodes((_id, a) => a.number === "76" && a.symbol === "NQ-CP")).toEqual(["76/NQ-CP@2021"]);
    expect(g.document("76/NQ-CP@2021")!.citedBy).toBe(2);
    expect(g.citedBy("nghị quyết 76/nq-cp").map((h) => h.id)).toEqual([`file:${F("000")}`, `file:${F("004")}`]);
  });

  it("counts 63/KH-UBND among the implementers of 43/CT-TTg", () => {
    expect(g.implementersOf("Chỉ thị 43/CT-TTg").map((h) => [h.id, h.relation])).toContainEqual(["63/KH-UBND@2021~hau-giang", "implements"]);
    expect(g.implementersOf("Chỉ thị 43/CT-TTg", { transitive: true }).map((h) => h.id)).toContain("63/KH-UBND@2021~hau-giang");
  });

  it("has seed 001's own plan based_on 424/QĐ-BNV", () => {
    expect(g.relation("based_on", "103/KH-UBND@2021~tien-giang", "424/QĐ-BNV@2021")).toBeDefined();
    expect(g.cites(F("001"))).toContainEqual({ id: "424/QĐ-BNV@2021", relations: ["based_on"] });
  });

  it("has 107/2021/NĐ-CP amending 61/2018/NĐ-CP, with evidence", () => {
    const e = g.relation("amends", "107/2021/NĐ-CP", "61/2018/NĐ-CP")!;
    expect(e.evidence.length).toBeGreaterThan(0);
    expect(e.evidence[0].file).toBe(F("000"));
    expect(e.evidence[0].sentence).toContain("61/2018/NĐ-CP");
    expect(g.amendmentsOf("Nghị định 61/2018/NĐ-CP").map((h) => h.id)).toEqual(["107/2021/NĐ-CP"]);
  });

  it("has seed 003's plan promulgated_by 608/QĐ-UBND", () => {
    const hits = g.cites(F("003")).filter((h) => h.relations.includes("promulgated_by"));
    expect(hits.map((h) => h.id)).toEqual(["608/QĐ-UBND@2022~vinh-long/huyen-long-ho"]);
    expect(g.resolve("Quyết định 608/QĐ-UBND").matches).toEqual(["608/QĐ-UBND@2022~vinh-long/huyen-long-ho"]);
  });

  it("gives byte-identical JSON in any file order, valid against the schema, surviving every format", () => {
    const json = JSON.stringify(g.toJSON());
    expect(JSON.stringify(CitationGraph.from([...analyses].reverse()).toJSON())).toBe(json);
    expect(JSON.stringify(CitationGraph.from([2, 0, 4, 1, 3].map((i) => analyses[i])).toJSON())).toBe(json);
    const schema = JSON.parse(readFileSync(new URL("../../schema/graph.schema.json", import.meta.url), "utf8"));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(JSON.parse(json)) ? [] : validate.errors).toEqual([]);
    expect(JSON.stringify(CitationGraph.fromJSON(json).toJSON())).toBe(json);
    expect(JSON.stringify(CitationGraph.fromGEXF(g.toGEXF()).toJSON())).toBe(json);
    expect(JSON.stringify(CitationGraph.fromFlatGraph(parseGraphML(MultiDirectedGraph, g.toGraphML())).toJSON())).toBe(json);
  });
});
