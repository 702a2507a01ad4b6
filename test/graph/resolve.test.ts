/** nearMatches: what a reference that names no document is nearest to, for the CLI to say. */
import { describe, expect, it } from "vitest";
import { CitationGraph, nearMatches } from "../../src/graph/index.js";
import { analysis } from "./make.js";
import { analyze } from "../../src/analyze/index.js";

describe("nearMatches", () => {
  const g = CitationGraph.from([
    analysis("a.txt", "file:a.txt", [
      ["103/KH-UBND@2021~tra-vinh", "implements"],
      ["103/KH-UBND@2021~tien-giang", "references"],
      ["76/NQ-CP@2021", "references"],
      ["76/QĐ-UBND@2020~hau-giang", "references"],
      ["61/2018/NĐ-CP", "based_on"],
    ]),
  ]);

  it("gives the documents with the number and ký hiệu that the year or place ruled out", () => {
    expect(g.resolve("Kế hoạch 103/KH-UBND năm 2019").matches).toEqual([]);
    expect(nearMatches(g.graph, "Kế hoạch 103/KH-UBND năm 2019")).toEqual({
      read: "103/KH-UBND, năm 2019",
      by: "number and ký hiệu",
      ids: ["103/KH-UBND@2021~tien-giang", "103/KH-UBND@2021~tra-vinh"],
      total: 2,
    });
    expect(nearMatches(g.graph, "103/KH-UBND@2021~ha-noi").read).toBe("103/KH-UBND, năm 2021, ~ha-noi");
  });

  it("failing any, the documents with its number under another ký hiệu, at most `limit`", () => {
    expect(g.resolve("Nghị quyết 76/NQ-HĐND").matches).toEqual([]);
    expect(nearMatches(g.graph, "Nghị quyết 76/NQ-HĐND")).toEqual({ read: "76/NQ-HĐND", by: "number", ids: ["76/NQ-CP@2021", "76/QĐ-UBND@2020~hau-giang"], total: 2 });
    expect(nearMatches(g.graph, "Nghị quyết 76/NQ-HĐND", 1)).toMatchObject({ ids: ["76/NQ-CP@2021"], total: 2 });
    expect(nearMatches(g.graph, "Nghị định 61/2099/NĐ-CP")).toMatchObject({ read: "61/2099/NĐ-CP", by: "number and ký hiệu", ids: ["61/2018/NĐ-CP"] });
  });

  it("says what was sought when nothing is near, and reads nothing in what holds no citation", () => {
    expect(nearMatches(g.graph, "Nghị định 99/2099/NĐ-CP")).toEqual({ read: "99/2099/NĐ-CP", by: "number", ids: [], total: 0 });
    expect(nearMatches(g.graph, "Luật Đất đai 2003")).toMatchObject({ by: "name", ids: [], total: 0 });
    expect(nearMatches(g.graph, "zzz")).toEqual({ read: null, by: null, ids: [], total: 0 });
  });
});

describe("resolve: a year asked is that year's document only", () => {
  const dated = analyze("Thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ.", { path: "a.txt" });
  const undated = analyze("Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ.", { path: "b.txt" });
  const g = CitationGraph.from([dated, undated]);

  it("never lands on the mention without its year when no document has the year (not-found, the same-number ids near)", () => {
    expect(g.graph.nodes().filter((n) => n.startsWith("15/")).sort()).toEqual(["15/CT-TTg@2020", "15/CT-TTg@?"]);
    for (const ref of ["Chỉ thị 15/CT-TTg năm 2021", "15/CT-TTg@2021", "15/ct-ttg@2021", "Chỉ thị số 15/CT-TTg ngày 01/02/2021"]) {
      expect(g.resolve(ref)).toEqual({ matches: [], ambiguous: false });
      expect(() => g.citedBy(ref)).toThrow(expect.objectContaining({ name: "ResolveError", code: "not-found", candidates: [] }));
      expect(nearMatches(g.graph, ref)).toMatchObject({ by: "number and ký hiệu", ids: ["15/CT-TTg@2020", "15/CT-TTg@?"], total: 2 });
    }
    // The year it has, the mention by its id, the reference without a year: as before.
    expect(g.resolve("Chỉ thị 15/CT-TTg năm 2020").matches).toEqual(["15/CT-TTg@2020"]);
    expect(g.resolve("15/CT-TTg@?").matches).toEqual(["15/CT-TTg@?"]);
    expect(g.resolve("Chỉ thị 15/CT-TTg").matches).toEqual(["15/CT-TTg@2020"]);
  });

  it("is not-found with only the undated mention there too", () => {
    const only = CitationGraph.from([undated]);
    expect(only.resolve("15/CT-TTg@2021").matches).toEqual([]);
    expect(only.resolve("Chỉ thị 15/CT-TTg").matches).toEqual(["15/CT-TTg@?"]);
  });

  it("takes the year inside a number for the document's year when it has no date", () => {
    const decree = CitationGraph.from([analyze("Căn cứ Nghị định số 61/2018/NĐ-CP của Chính phủ.", { path: "c.txt" })]);
    expect(decree.resolve("Nghị định 61/2018/NĐ-CP năm 2018").matches).toEqual(["61/2018/NĐ-CP"]);
    expect(decree.resolve("Nghị định 61/2018/NĐ-CP năm 2019").matches).toEqual([]);
  });
});
