import { describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/index.js";
import { fixtureAnalyses } from "./fixture-analyses.js";

// The measurement of issue 4 on hand-made analyses of the five fixtures (built from the gold
// files as analyze() is specified to); analyze-fixtures.test.ts repeats it with analyze() itself.
describe("graph of the five fixtures (hand-made analyses)", () => {
  const analyses = fixtureAnalyses();
  const g = CitationGraph.from(analyses);

  it("keeps the two 103/KH-UBND apart", () => {
    expect(g.hasDocument("103/KH-UBND@2021~tien-giang")).toBe(true);
    expect(g.hasDocument("103/KH-UBND@2021~tra-vinh")).toBe(true);
    const r = g.resolve("Kế hoạch 103/KH-UBND");
    expect(r).toEqual({ matches: ["103/KH-UBND@2021~tien-giang", "103/KH-UBND@2021~tra-vinh"], ambiguous: true });
    expect(g.resolve("Kế hoạch 103/KH-UBND tỉnh Trà Vinh")).toEqual({ matches: ["103/KH-UBND@2021~tra-vinh"], ambiguous: false });
    expect(g.resolve("Kế hoạch số 103/KH-UBND ngày 12/4/2021 của UBND tỉnh Tiền Giang").matches).toEqual(["103/KH-UBND@2021~tien-giang"]);
    // The analysed one is the Tiền Giang plan itself; the Trà Vinh one is only cited.
    expect(g.document("103/KH-UBND@2021~tien-giang")!.files).toEqual(["fixtures/001_69a87f8fa69e4c9a.txt"]);
    expect(g.document("103/KH-UBND@2021~tra-vinh")!.files).toEqual([]);
  });

  it("has one node for 76/NQ-CP, cited by two files", () => {
    const ids = g.graph.filterNodes((_id, a) => a.number === "76" && a.symbol === "NQ-CP");
    expect(ids).toEqual(["76/NQ-CP@2021"]);
    expect(g.document("76/NQ-CP@2021")!.citedBy).toBe(2);
    expect(g.citedBy("nghị quyết 76/nq-cp").map((h) => h.id)).toEqual([
      "file:fixtures/000_d68bdff47092aead.txt",
      "file:fixtures/004_2d26f027d69bfb37.txt",
    ]);
  });

  it("finds 63/KH-UBND among the implementers of 43/CT-TTg", () => {
    const hits = g.implementersOf("Chỉ thị 43/CT-TTg");
    expect(hits).toContainEqual({
      id: "63/KH-UBND@2021~hau-giang",
      path: ["63/KH-UBND@2021~hau-giang", "43/CT-TTg@2020"],
      relation: "implements",
    });
  });

  it("has seed 001's own plan based_on 424/QĐ-BNV", () => {
    expect(g.relation("based_on", "103/KH-UBND@2021~tien-giang", "424/QĐ-BNV@2021")).toBeDefined();
    expect(g.instrumentsOf("fixtures/001_69a87f8fa69e4c9a.txt").map((h) => h.id)).toContain("424/QĐ-BNV@2021");
  });

  it("has 107/2021/NĐ-CP amending 61/2018/NĐ-CP", () => {
    const e = g.relation("amends", "107/2021/NĐ-CP", "61/2018/NĐ-CP")!;
    expect(e.evidence[0].sentence).toContain("sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP");
    expect(e.evidence[0].file).toBe("fixtures/000_d68bdff47092aead.txt");
    expect(g.amendmentsOf("Nghị định 61/2018/NĐ-CP").map((h) => h.id)).toEqual(["107/2021/NĐ-CP"]);
  });

  it("has seed 003's plan promulgated_by 608/QĐ-UBND", () => {
    const hits = g.cites("fixtures/003_b25d2e1b7847da88.txt");
    expect(hits).toHaveLength(1);
    expect(hits[0].id).toMatch(/^608\/QĐ-UBND@2022~vinh-long/);
    expect(hits[0].relations).toEqual(["promulgated_by"]);
  });

  it("labels documents", () => {
    expect(g.document("61/2018/NĐ-CP")!.label).toBe("Nghị định 61/2018/NĐ-CP");
    expect(g.document("05-CT/TU@2021~hau-giang")!.label).toBe("Chỉ thị 05-CT/TU");
    expect(g.document("file:fixtures/000_d68bdff47092aead.txt")!.label).toBe("Kế hoạch Tuyên truyền cải cách hành chính năm 2022");
  });

  it("gives byte-identical JSON whatever the order of the files", () => {
    const expected = JSON.stringify(g.toJSON());
    const perms = (xs: number[]): number[][] =>
      xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
    for (const order of perms([0, 1, 2, 3, 4])) {
      const h = CitationGraph.from(order.map((i) => analyses[i]));
      expect(JSON.stringify(h.toJSON())).toBe(expected);
    }
    // Nor on the order of citations and relations inside a file.
    const reversed = analyses.map((a) => ({ ...a, citations: [...a.citations].reverse(), relations: [...a.relations].reverse() }));
    expect(JSON.stringify(CitationGraph.from(reversed).toJSON())).toBe(expected);
  });
});
