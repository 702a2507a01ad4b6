/** nearMatches: what a reference that names no document is nearest to, for the CLI to say. */
import { describe, expect, it } from "vitest";
import { CitationGraph, nearMatches } from "../../src/graph/index.js";
import { analysis } from "./make.js";

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
