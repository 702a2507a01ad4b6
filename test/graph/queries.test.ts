import { describe, expect, it } from "vitest";
import { CitationGraph, ResolveError, implementersOf, resolve } from "../../src/graph/index.js";
import { analysis, rel } from "./make.js";
import { analyze } from "../../src/analyze/index.js";

// A chain: the directive C; province plan P implements C; district plan D implements P (and
// references C); commune plan X is based on D; D also claims to implement X (a cycle).
// Decree N amends decree M; decree R replaces N; L is a law C is based on.
const C = "43/CT-TTg@2020";
const P = "63/KH-UBND@2021~hau-giang";
const D = "12/KH-UBND@2021~hau-giang/thi-xa-nga-bay";
const X = "05/KH-UBND@2022~hau-giang/xa-tan-thanh";
const M = "61/2018/NĐ-CP";
const N = "107/2021/NĐ-CP";
const R = "200/2023/NĐ-CP";
const L = "76/2015/QH13";

function chain(): CitationGraph {
  return CitationGraph.from([
    analysis("p.txt", P, [[C, "implements"]], [rel("based_on", C, L)]),
    analysis("d.txt", D, [[P, "implements"], [C, "references"], [X, "implements"]]),
    analysis("x.txt", X, [[D, "based_on"]]),
    analysis("n.txt", "file:n.txt", [[N, "references"], [M, "references"]], [rel("amends", N, M), rel("replaces", R, N)]),
  ]);
}

describe("implementersOf", () => {
  const g = chain();

  it("lists direct implementers with their relation", () => {
    expect(g.implementersOf("Chỉ thị 43/CT-TTg")).toEqual([{ id: P, path: [P, C], relation: "implements" }]);
  });

  it("follows chains with `transitive`, shortest path first, cycle-safe", () => {
    expect(g.implementersOf(C, { transitive: true })).toEqual([
      { id: P, path: [P, C], relation: "implements" },
      { id: D, path: [D, P, C], relation: "implements" },
      { id: X, path: [X, D, P, C], relation: "based_on" },
    ]);
    // D implements X and X is based on D: each is reported once.
    expect(g.implementersOf(D, { transitive: true })).toEqual([{ id: X, path: [X, D], relation: "based_on" }]);
    expect(g.implementersOf(X, { transitive: true })).toEqual([{ id: D, path: [D, X], relation: "implements" }]);
  });

  it("takes the relation types to follow", () => {
    expect(g.implementersOf(C, { transitive: true, relations: ["implements"] }).map((h) => h.id)).toEqual([P, D]);
    expect(g.implementersOf(C, { relations: ["references", "implements"] })).toEqual([
      { id: D, path: [D, C], relation: "references" },
      { id: P, path: [P, C], relation: "implements" },
    ]);
  });

  it("is also a function over a plain graphology graph", () => {
    expect(implementersOf(g.graph, C).map((h) => h.id)).toEqual([P]);
  });
});

describe("query options from JavaScript callers", () => {
  const g = chain();

  it("reads null and undefined options as the defaults", () => {
    expect(g.implementersOf(C, null)).toEqual(g.implementersOf(C));
    expect(g.amendmentsOf(M, null)).toEqual(g.amendmentsOf(M));
    expect(g.instrumentsOf(X, null)).toEqual(g.instrumentsOf(X));
    expect(g.instrumentsOf(X, undefined).map((h) => h.id)).toEqual([D, P, C]);
  });

  it("names the option of the wrong shape in a TypeError", () => {
    // @ts-expect-error: an unknown relation type
    expect(() => g.implementersOf(C, { relations: ["implement"] })).toThrow(/options\.relations: unknown relation type "implement"; known: .*based_on/);
    // @ts-expect-error: a string, not an array
    expect(() => g.amendmentsOf(M, { relations: "amends" })).toThrow(/options\.relations must be an array/);
    // @ts-expect-error: a string, not a boolean
    expect(() => g.instrumentsOf(X, { transitive: "yes" })).toThrow(/options\.transitive must be true or false/);
    // @ts-expect-error: a string, not a boolean
    expect(() => g.instrumentsOf(X, { stopAtCentral: 0 })).toThrow(/options\.stopAtCentral/);
    // @ts-expect-error: not an object
    expect(() => g.implementersOf(C, true)).toThrow(/query options must be an object, not boolean/);
    // Told before the reference is looked up: the caller's mistake first.
    // @ts-expect-error: an unknown relation type
    expect(() => implementersOf(g.graph, "nothing like it", { relations: [1] })).toThrow(TypeError);
  });
});

describe("instrumentsOf, amendmentsOf, citedBy, cites", () => {
  const g = chain();

  it("climbs from a plan up to the central level, not past it", () => {
    expect(g.instrumentsOf(X).map((h) => [h.id, h.path.length])).toEqual([
      [D, 2],
      [P, 3],
      [C, 4],
    ]);
    expect(g.instrumentsOf(X, { stopAtCentral: false }).map((h) => h.id)).toEqual([D, P, C, L]);
    expect(g.instrumentsOf(X, { transitive: false }).map((h) => h.id)).toEqual([D]);
  });

  it("follows amends/replaces/repeals chains", () => {
    expect(g.amendmentsOf("Nghị định 61/2018/NĐ-CP")).toEqual([
      { id: N, path: [N, M], relation: "amends" },
      { id: R, path: [R, N, M], relation: "replaces" },
    ]);
    expect(g.amendmentsOf(M, { transitive: false }).map((h) => h.id)).toEqual([N]);
  });

  it("lists neighbours with every relation between them", () => {
    expect(g.citedBy(C)).toEqual([
      { id: D, relations: ["references"] },
      { id: P, relations: ["implements"] },
    ]);
    expect(g.cites(D)).toEqual([
      { id: X, relations: ["implements"] },
      { id: C, relations: ["references"] },
      { id: P, relations: ["implements"] },
    ]);
  });
});

describe("resolve", () => {
  const g = CitationGraph.from([
    analysis("a.txt", "file:a.txt", [
      ["103/KH-UBND@2021~tra-vinh", "implements"],
      ["103/KH-UBND@2021~tien-giang", "references"],
      ["103/KH-UBND@2019~tien-giang", "references"],
      ["76/NQ-CP@2021", "references"],
      ["61/2018/NĐ-CP", "based_on"],
      ["61/2019/NĐ-CP", "references"],
      ["05-CT/TU@2021~hau-giang", "references"],
    ]),
  ]);

  it("takes an exact id, a file path or a file: id", () => {
    expect(g.resolve("103/KH-UBND@2021~tra-vinh")).toEqual({ matches: ["103/KH-UBND@2021~tra-vinh"], ambiguous: false });
    expect(g.resolve("a.txt").matches).toEqual(["file:a.txt"]);
    expect(g.resolve("file:a.txt").matches).toEqual(["file:a.txt"]);
    expect(g.resolve("file:b.txt").matches).toEqual([]);
  });

  it("takes a file's path however it is spelled: './', doubled slashes and './' segments name the same file; two files stay two", () => {
    const h = CitationGraph.from([analysis("./plans//a.txt", "file:./plans//a.txt", []), analysis("plans/./b.txt", "file:plans/./b.txt", [])]);
    for (const ref of ["plans/a.txt", "./plans/a.txt", "file:plans/a.txt", "././plans//a.txt"]) expect(h.resolve(ref).matches, ref).toEqual(["file:./plans//a.txt"]);
    expect(h.resolve("plans/b.txt").matches).toEqual(["file:plans/./b.txt"]);
    expect(h.resolve("../plans/a.txt").matches).toEqual([]);
    h.add(analysis("plans/a.txt", "file:plans/a.txt", []));
    expect(h.resolve("plans/a.txt").matches).toEqual(["file:plans/a.txt"]);
    expect(h.resolve("plans//a.txt")).toEqual({ matches: ["file:./plans//a.txt", "file:plans/a.txt"], ambiguous: true });
  });

  it("reads citation text as typed, any case", () => {
    expect(g.resolve("nghị quyết 76/nq-cp").matches).toEqual(["76/NQ-CP@2021"]);
    expect(g.resolve("NGHỊ ĐỊNH 61/2018/NĐ-CP").matches).toEqual(["61/2018/NĐ-CP"]);
    expect(g.resolve("Nghị định số 61/2019/NĐ-CP").matches).toEqual(["61/2019/NĐ-CP"]);
    expect(g.resolve("Chỉ thị số 05-CT/TU").matches).toEqual(["05-CT/TU@2021~hau-giang"]);
    expect(g.resolve("Chỉ thị 05/CT-TU").matches).toEqual(["05-CT/TU@2021~hau-giang"]);
  });

  it("reports every candidate of an ambiguous reference, narrowed by year and province", () => {
    expect(g.resolve("Kế hoạch 103/KH-UBND")).toEqual({
      matches: ["103/KH-UBND@2019~tien-giang", "103/KH-UBND@2021~tien-giang", "103/KH-UBND@2021~tra-vinh"],
      ambiguous: true,
    });
    expect(g.resolve("Kế hoạch 103/KH-UBND tỉnh Tiền Giang").matches).toEqual(["103/KH-UBND@2019~tien-giang", "103/KH-UBND@2021~tien-giang"]);
    expect(g.resolve("Kế hoạch 103/KH-UBND năm 2021").matches).toEqual(["103/KH-UBND@2021~tien-giang", "103/KH-UBND@2021~tra-vinh"]);
    expect(g.resolve("Kế hoạch 103/KH-UBND năm 2021 tỉnh Trà Vinh").matches).toEqual(["103/KH-UBND@2021~tra-vinh"]);
    expect(g.resolve("Kế hoạch số 103/KH-UBND ngày 05/3/2019 của UBND tỉnh Tiền Giang").matches).toEqual(["103/KH-UBND@2019~tien-giang"]);
    expect(g.resolve("103/kh-ubnd@2021~tien-giang").matches).toEqual(["103/KH-UBND@2021~tien-giang"]);
    expect(g.resolve("103/KH-UBND@2021").matches).toEqual(["103/KH-UBND@2021~tien-giang", "103/KH-UBND@2021~tra-vinh"]);
    expect(g.resolve("Kế hoạch 103/KH-UBND tỉnh Hậu Giang").matches).toEqual([]);
  });

  it("matches nothing for text that names no document", () => {
    expect(g.resolve("")).toEqual({ matches: [], ambiguous: false });
    expect(g.resolve("Chỉ thị 99/CT-TTg").matches).toEqual([]);
    expect(g.resolve("xin chào").matches).toEqual([]);
  });

  it("makes the queries throw ResolveError with the candidates", () => {
    const err = (() => {
      try {
        g.citedBy("Kế hoạch 103/KH-UBND năm 2021");
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ResolveError);
    expect(err).toMatchObject({ code: "ambiguous", candidates: ["103/KH-UBND@2021~tien-giang", "103/KH-UBND@2021~tra-vinh"] });
    expect((err as Error).message).toBe(
      'ambiguous: "Kế hoạch 103/KH-UBND năm 2021" matches 2 documents; candidates: 103/KH-UBND@2021~tien-giang, 103/KH-UBND@2021~tra-vinh',
    );
    expect(() => g.implementersOf("Chỉ thị 99/CT-TTg")).toThrow('no document matches "Chỉ thị 99/CT-TTg"');
    expect(() => g.implementersOf("Chỉ thị 99/CT-TTg")).toThrow(expect.objectContaining({ code: "not-found", candidates: [] }));
  });

  it("sees documents added after a first query", () => {
    const h = CitationGraph.from([analysis("a.txt", "file:a.txt", [["76/NQ-CP@2021", "references"]])]);
    expect(resolve(h.graph, "Chỉ thị 43/CT-TTg").matches).toEqual([]);
    h.add(analysis("b.txt", "file:b.txt", [["43/CT-TTg@2020", "references"]]));
    expect(resolve(h.graph, "Chỉ thị 43/CT-TTg").matches).toEqual(["43/CT-TTg@2020"]);
    // A file that is a document already in the graph adds no node, only a path.
    expect(resolve(h.graph, "ct43.txt").matches).toEqual([]);
    h.add(analysis("ct43.txt", "43/CT-TTg@2020", []));
    expect(resolve(h.graph, "ct43.txt").matches).toEqual(["43/CT-TTg@2020"]);
  });
});

describe("keys that name properties of every object", () => {
  it("are refused as document ids, on import and when added, so no query on a neighbour breaks", () => {
    for (const key of ["__proto__", "constructor", "toString"]) {
      const json = {
        nodes: [{ key }, { key: "43/CT-TTg@2020" }],
        edges: [{ source: key, target: "43/CT-TTg@2020", attributes: { type: "implements", evidence: [] } }],
      };
      expect(() => CitationGraph.fromJSON(json)).toThrow(`graph: "${key}" cannot be a document id`);
    }
    const graph = new CitationGraph();
    const analysis = analyze("Thực hiện Chỉ thị số 43/CT-TTg ngày 1/1/2020", { path: "p.txt" });
    graph.add(analysis);
    expect(() => graph.add({ ...analysis, path: "q.txt", self: { ...analysis.self, id: "__proto__" } })).toThrow(/cannot be a document id/);
    expect(graph.citedBy("43/CT-TTg@2020").map((h) => h.id)).toEqual(["file:p.txt"]);
  });
});

describe("possiblyCitedBy of a year no document of the number has", () => {
  const dated = analyze("Thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ.", { path: "a.txt" });
  const undated = analyze("Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ.", { path: "b.txt" });
  const older = analyze(
    "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 12/KH-UBND\nTrà Vinh, ngày 01 tháng 3 năm 2019\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ.",
    { path: "old.txt" },
  );
  const g = CitationGraph.from([dated, undated, older]);

  it("offers the undated mention's citers as possible (via it), none proven, not one issued before the year", () => {
    for (const ref of ["Chỉ thị 15/CT-TTg năm 2021", "15/CT-TTg@2021"]) {
      expect(() => g.citedBy(ref)).toThrow(ResolveError);
      expect(g.possiblyCitedBy(ref)).toEqual([{ id: "file:b.txt", relations: ["implements"], possible: true, via: "15/CT-TTg@?" }]);
    }
    // Asked for 2018, the 2019 plan may cite it too.
    expect(g.possiblyCitedBy("15/CT-TTg@2018").map((h) => h.id)).toEqual(["12/KH-UBND@2019~tra-vinh", "file:b.txt"]);
  });

  it("still throws not-found when no mention without its year is there, or the reference names no year", () => {
    expect(() => CitationGraph.from([dated]).possiblyCitedBy("15/CT-TTg@2021")).toThrow(expect.objectContaining({ code: "not-found" }));
    expect(() => g.possiblyCitedBy("16/CT-TTg@2021")).toThrow(expect.objectContaining({ code: "not-found" }));
  });

  it("offers none when the mention's Party term rules the year out", () => {
    const termIX = analyze("Tiếp tục thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị khoá IX về công tác đối với người Việt Nam ở nước ngoài.", { path: "c.txt" });
    const party = CitationGraph.from([termIX]);
    // The mention is "36-NQ/TW@2001-2006" (its term's years): a year outside them names nothing.
    expect(() => party.possiblyCitedBy("36-NQ/TW@2014")).toThrow(ResolveError);
    expect(party.possiblyCitedBy("36-NQ/TW@2004").map((h) => h.id)).toEqual(["file:c.txt"]);
  });
});
