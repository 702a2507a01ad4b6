import { describe, expect, it } from "vitest";
import { CitationGraph, buildGraph, edgeKey, exportJSON } from "../../src/graph/index.js";
import type { Analysis } from "../../src/types.js";
import { analyze } from "../../src/analyze/index.js";
import { TRA_VINH, analysis, cite, rel, self } from "./make.js";

describe("building", () => {
  it("keeps the parts an amendment acts on with its evidence, through JSON and back", () => {
    const text = "Căn cứ Luật Đất đai năm 2013;\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi điểm a khoản 2 Điều 5 Quyết định số 12/2019/QĐ-UBND ngày 3/4/2019 như sau:";
    const g = CitationGraph.from([analyze(text, { path: "qd.txt" })]);
    const amends = g.graph.edges().find((k) => k.startsWith("amends:"))!;
    expect(g.graph.getEdgeAttribute(amends, "evidence").map((e) => e.pinpoint)).toEqual(["điểm a khoản 2 Điều 5"]);
    const based = g.graph.edges().find((k) => k.startsWith("based_on:"))!;
    expect(g.graph.getEdgeAttribute(based, "evidence")[0].pinpoint).toBeNull();
    const back = CitationGraph.fromJSON(JSON.stringify(g.toJSON()));
    expect(back.graph.getEdgeAttribute(amends, "evidence")[0].pinpoint).toBe("điểm a khoản 2 Điều 5");
  });

  it("makes a node for an analysed file with no number, keyed by its path", () => {
    const g = CitationGraph.from([analysis("a.txt", "file:a.txt", [["61/2018/NĐ-CP", "based_on"]], [], { title: "Kế hoạch A" })]);
    expect(g.document("file:a.txt")).toMatchObject({ files: ["a.txt"], title: "Kế hoạch A", citedBy: 0, kind: "plan" });
    expect(g.document("61/2018/NĐ-CP")).toMatchObject({ label: "Nghị định 61/2018/NĐ-CP", citedBy: 1, level: "central", files: [] });
    expect(g.graph.edges()).toEqual(["based_on:file:a.txt->61/2018/NĐ-CP"]);
    expect(edgeKey("based_on", "file:a.txt", "61/2018/NĐ-CP")).toBe("based_on:file:a.txt->61/2018/NĐ-CP");
  });

  it("merges the same relation seen twice into one edge with sorted, de-duplicated evidence", () => {
    const a = analysis("b.txt", "file:b.txt", [["43/CT-TTg@2020", "implements"]], [
      rel("implements", "63/KH-UBND@2021~hau-giang", "43/CT-TTg@2020", 900, "Kế hoạch 63 triển khai Chỉ thị 43"),
      rel("implements", "63/KH-UBND@2021~hau-giang", "43/CT-TTg@2020", 900, "Kế hoạch 63 triển khai Chỉ thị 43"),
    ]);
    const c = analysis("a.txt", "file:a.txt", [["43/CT-TTg@2020", "references"]], [
      rel("implements", "63/KH-UBND@2021~hau-giang", "43/CT-TTg@2020", 50, "Kế hoạch số 63/KH-UBND thực hiện Chỉ thị số 43/CT-TTg"),
    ]);
    const g = CitationGraph.from([a, c]);
    const e = g.relation("implements", "63/KH-UBND@2021~hau-giang", "43/CT-TTg@2020")!;
    expect(e.evidence.map((x) => [x.file, x.start])).toEqual([
      ["a.txt", 50],
      ["b.txt", 900],
    ]);
    expect(e.weight).toBe(2);
    // A relation endpoint no citation described still gets a node, from its id.
    expect(g.document("63/KH-UBND@2021~hau-giang")).toMatchObject({
      number: "63",
      symbol: "KH-UBND",
      label: "Kế hoạch 63/KH-UBND",
      jurisdiction: { level: "province", province: "Hậu Giang", provinceSuccessor: "Cần Thơ", district: null },
      citedBy: 0,
    });
  });

  it("fills evidence.file with the analysis path and keeps a given one", () => {
    const a = analysis("x.txt", "file:x.txt", [["61/2018/NĐ-CP", "references"]]);
    a.relations[0].evidence.file = "other.txt";
    const g = buildGraph([a]);
    expect(g.getEdgeAttribute("references:file:x.txt->61/2018/NĐ-CP", "evidence")[0].file).toBe("other.txt");
  });

  it("merges a document seen as a citation and as an analysed file, in either order", () => {
    const id = "103/KH-UBND@2021~tra-vinh";
    const citing = analysis("002.txt", "file:002.txt", [[id, "implements"]], [], { jurisdiction: TRA_VINH });
    citing.citations[0] = cite(id, "implements", { date: "2021-12-24", issuer: { code: "UBND", name: "Ủy ban nhân dân", level: null, place: null }, jurisdiction: TRA_VINH });
    const itself: Analysis = {
      path: "103.txt",
      self: self(id, {
        path: "103.txt",
        number: "103",
        symbol: "KH-UBND",
        style: "state",
        date: "2021-12-24",
        title: "Tuyên truyền cải cách hành chính năm 2022",
        issuer: { code: "UBND", name: "Ủy ban nhân dân tỉnh Trà Vinh", level: "province", place: "Trà Vinh" },
        jurisdiction: TRA_VINH,
      }),
      citations: [cite(id, "self", { date: "2021-12-24" })],
      relations: [],
      warnings: [],
    };
    const one = CitationGraph.from([citing, itself]);
    const two = CitationGraph.from([itself, citing]);
    expect(JSON.stringify(one.toJSON())).toBe(JSON.stringify(two.toJSON()));
    expect(one.document(id)).toEqual({
      kind: "plan",
      number: "103",
      year: null,
      symbol: "KH-UBND",
      style: "state",
      date: "2021-12-24",
      title: "Tuyên truyền cải cách hành chính năm 2022",
      issuer: { code: "UBND", name: "Ủy ban nhân dân tỉnh Trà Vinh", level: "province", place: "Trà Vinh" },
      jurisdiction: { level: "province", province: "Trà Vinh", provinceSuccessor: "Vĩnh Long", district: null },
      level: "province",
      label: "Kế hoạch 103/KH-UBND",
      files: ["103.txt"],
      citedBy: 1,
    });
  });

  it("counts every citation of a document, but not the document's mention of itself", () => {
    const a = analysis("a.txt", "12/KH-UBND@2022~hau-giang", [["61/2018/NĐ-CP", "based_on"]]);
    a.citations.push(cite("61/2018/NĐ-CP", "references"), cite("12/KH-UBND@2022~hau-giang", "self"));
    const g = CitationGraph.from([a]);
    expect(g.document("61/2018/NĐ-CP")!.citedBy).toBe(2);
    expect(g.document("12/KH-UBND@2022~hau-giang")!.citedBy).toBe(0);
  });

  it("lists the files of a document analysed twice (two copies), sorted", () => {
    const mk = (p: string) => analysis(p, "12/KH-UBND@2022~hau-giang", [["61/2018/NĐ-CP", "based_on"]]);
    const g = CitationGraph.from([mk("z/12.pdf"), mk("a/12.txt")]);
    expect(g.document("12/KH-UBND@2022~hau-giang")!.files).toEqual(["a/12.txt", "z/12.pdf"]);
    expect(g.relation("based_on", "12/KH-UBND@2022~hau-giang", "61/2018/NĐ-CP")!.evidence).toHaveLength(2);
  });

  it("keeps the files' warnings and warns of one id mentioned with two dates, whatever the order", () => {
    const mk = (path: string, date: string) => {
      const a = analysis(path, `file:${path}`, []);
      a.citations.push(cite("30/KH-UBND@2020~quang-nam", "implements", { date }));
      a.warnings.push({ code: "year-mismatch", message: `seen in ${path}`, start: 7, end: 9 });
      return a;
    };
    const files = [mk("a.txt", "2020-03-10"), mk("b.txt", "2020-04-06"), mk("c.txt", "2020-03-10"), mk("d.txt", "2020-05-01")];
    const orders = [files, [...files].reverse(), [files[3], files[0], files[2], files[1]]];
    const texts = orders.map((o) => JSON.stringify(CitationGraph.from(o).toJSON()));
    expect(new Set(texts).size).toBe(1);
    const g = CitationGraph.from(files);
    const conflicts = g.warnings.filter((w) => w.code === "date-conflict");
    expect(conflicts.map((w) => [w.file, w.message.match(/\d{4}-\d\d-\d\d/g)])).toEqual([
      [null, ["2020-03-10", "2020-04-06"]],
      [null, ["2020-03-10", "2020-05-01"]],
      [null, ["2020-04-06", "2020-05-01"]],
    ]);
    expect(g.warnings.filter((w) => w.file !== null)).toEqual(
      ["a.txt", "b.txt", "c.txt", "d.txt"].map((file) => ({ file, code: "year-mismatch", message: `seen in ${file}`, start: 7, end: 9 })),
    );
    // Kept through every format.
    expect(CitationGraph.fromJSON(JSON.stringify(g.toJSON())).warnings).toEqual(g.warnings);
    expect(CitationGraph.fromJSONChunks([...g.toJSONChunks()]).warnings).toEqual(g.warnings);
    expect(CitationGraph.fromGEXF(g.toGEXF()).warnings).toEqual(g.warnings);
    // Mentions that agree give no warning.
    expect(CitationGraph.from([files[0], files[2]]).warnings.filter((w) => w.file === null)).toEqual([]);
  });

  it("shows the warnings sorted to whoever reads them, graphology's accessors included", () => {
    const mk = (path: string, date: string) => {
      const a = analysis(path, `file:${path}`, []);
      a.citations.push(cite("30/KH-UBND@2020~quang-nam", "implements", { date }));
      a.warnings.push({ code: "year-mismatch", message: `seen in ${path}`, start: 7, end: 9 });
      return a;
    };
    const g = new CitationGraph();
    g.add(mk("d.txt", "2020-05-01")).add(mk("b.txt", "2020-04-06"));
    const list = g.graph.getAttribute("warnings");
    expect(list.map((w) => w.file)).toEqual([null, "b.txt", "d.txt"]);
    g.add(mk("a.txt", "2020-03-10")).add(mk("c.txt", "2020-03-10"));
    const expected = [null, null, null, "a.txt", "b.txt", "c.txt", "d.txt"];
    // The same array, now with the later warnings sorted in, however it is reached.
    expect(g.graph.getAttribute("warnings")).toBe(list);
    expect(list.map((w) => w.file)).toEqual(expected);
    expect(JSON.parse(JSON.stringify(g.graph.getAttributes())).warnings.map((w: { file: string | null }) => w.file)).toEqual(expected);
    expect(g.graph.export().attributes.warnings).toEqual(g.warnings);
    // A graph whose attributes were replaced (as an import does) keeps its list and sorts new ones in.
    const back = CitationGraph.fromJSON(JSON.stringify(g.toJSON()));
    back.add(mk("e.txt", "2020-06-01"));
    // (an imported graph knows one date per document: the new date conflicts with that one)
    expect(back.warnings.map((w) => w.file)).toEqual([null, null, null, null, "a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]);
    const conflicts = back.warnings.filter((w) => w.file === null).map((w) => w.message);
    expect(conflicts).toEqual([...conflicts].sort());
  });

  it("shares one frozen issuer and jurisdiction record between documents that have the same", () => {
    const a = analysis("a.txt", "file:a.txt", [["63/KH-UBND@2021~hau-giang", "implements"], ["64/KH-UBND@2021~hau-giang", "references"]]);
    const g = CitationGraph.from([a]);
    const [x, y] = [g.document("63/KH-UBND@2021~hau-giang")!, g.document("64/KH-UBND@2021~hau-giang")!];
    expect(x.issuer).toEqual({ code: "UBND", name: "Ủy ban nhân dân", level: "province", place: null });
    expect(x.issuer).toBe(y.issuer);
    expect(x.jurisdiction).toBe(y.jurisdiction);
    expect(Object.isFrozen(x.issuer)).toBe(true);
    // The analysis's own records are left as they were.
    expect(Object.isFrozen(a.citations[0].issuer)).toBe(false);
  });

  it("refuses the same file twice", () => {
    const a = analysis("a.txt", "file:a.txt", [["61/2018/NĐ-CP", "based_on"]]);
    const g = CitationGraph.from([a]);
    expect(() => g.add(a)).toThrow(/already added: a\.txt/);
  });

  it("refuses the same analysis twice without a path, and changes nothing; another analysis of the same document is added", () => {
    const text = "Số: 30/KH-UBND\nKẾ HOẠCH\nTriển khai Chỉ thị số 16/CT-TTg ngày 3/4/2021 của Thủ tướng Chính phủ\nCăn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ;";
    const a = analyze(text);
    const g = new CitationGraph().add(a);
    const before = JSON.stringify(g.toJSON());
    expect(() => g.add(a)).toThrow(/already added: the same analysis of 30\/KH-UBND@\?, without a path/);
    expect(() => g.add(analyze(text))).toThrow(/already added/);
    expect(JSON.stringify(g.toJSON())).toBe(before);
    expect(g.document("16/CT-TTg@2021")!.citedBy).toBe(1);
    // The same document with other citations (an amended text, a second part) is another analysis; with a path, a file.
    g.add(analyze(text.replace("34/2016", "154/2020")));
    g.add(analyze(text, { path: "kh30.txt" }));
    expect(g.document("16/CT-TTg@2021")!.citedBy).toBe(3);
  });

  it("still refuses the same analysis without a path after the graph is saved and loaded, whole or in pieces, or merged", () => {
    const text = "Số: 12/KH-UBND\nKẾ HOẠCH\nThực hiện Nghị quyết số 20/NQ-CP ngày 8/2/2022 của Chính phủ\nCăn cứ Luật Quy hoạch năm 2017;";
    const a = analyze(text);
    const g = new CitationGraph().add(a);
    const json = g.toJSON();
    expect(json.attributes.pathless).toHaveLength(1);
    expect(json.attributes.pathless![0]).toMatch(/^[0-9a-f]{16}$/);
    expect([...g.toJSONChunks()].join("")).toBe(JSON.stringify(json));
    for (const loaded of [CitationGraph.fromJSON(json), CitationGraph.fromJSON(JSON.stringify(json)), CitationGraph.fromJSONChunks(g.toJSONChunks())]) {
      const before = JSON.stringify(loaded.toJSON());
      expect(before).toBe(JSON.stringify(json));
      expect(() => loaded.add(analyze(text))).toThrow(/already added: the same analysis of 12\/KH-UBND@\?, without a path/);
      expect(JSON.stringify(loaded.toJSON())).toBe(before);
      // Another analysis is added, and both are kept through the next round trip, sorted.
      loaded.add(analyze(text.replace("20/NQ-CP", "21/NQ-CP")));
      const again = CitationGraph.fromJSON(loaded.toJSON());
      expect(again.toJSON().attributes.pathless).toHaveLength(2);
      expect(() => again.add(analyze(text.replace("20/NQ-CP", "21/NQ-CP")))).toThrow(/already added/);
    }
    // Merging a graph that holds the same analysis is refused too, as the same file is.
    expect(() => new CitationGraph().add(a).addGraph(CitationGraph.fromJSON(json))).toThrow(/already added/);
    // A graph of files writes no list: its JSON is what it was.
    expect(Object.keys(CitationGraph.from([analyze(text, { path: "kh12.txt" })]).toJSON().attributes)).toEqual(["warnings"]);
  });

  it("drops self-loops and unknown relation types", () => {
    const a = analysis("a.txt", "file:a.txt", [], [
      rel("amends", "61/2018/NĐ-CP", "61/2018/NĐ-CP"),
      { ...rel("references", "file:a.txt", "61/2018/NĐ-CP"), type: "self" as never },
    ]);
    const g = CitationGraph.from([a]);
    expect(g.size).toBe(0);
  });

  it("exports nodes and edges sorted, attributes in a fixed key order", () => {
    const g = CitationGraph.from([
      analysis("b.txt", "file:b.txt", [["76/NQ-CP@2021", "references"], ["43/CT-TTg@2020", "implements"]]),
    ]);
    const j = exportJSON(g.graph);
    expect(j.nodes.map((n) => n.key)).toEqual(["43/CT-TTg@2020", "76/NQ-CP@2021", "file:b.txt"]);
    expect(j.edges.map((e) => e.key)).toEqual(["implements:file:b.txt->43/CT-TTg@2020", "references:file:b.txt->76/NQ-CP@2021"]);
    expect(Object.keys(j.nodes[0].attributes)).toEqual([
      "kind", "number", "year", "symbol", "style", "date", "title", "issuer", "jurisdiction", "level", "label", "files", "citedBy",
    ]);
    expect(Object.keys(j.edges[0].attributes)).toEqual(["type", "evidence", "weight"]);
    expect(j.options).toEqual({ type: "directed", multi: true, allowSelfLoops: false });
  });
});

describe("addGraph", () => {
  const files = [
    analysis("a.txt", "63/KH-UBND@2021~hau-giang", [["43/CT-TTg@2020", "implements"], ["61/2018/NĐ-CP", "based_on"]], [], { title: "Kế hoạch A" }),
    analysis("b.txt", "file:b.txt", [["63/KH-UBND@2021~hau-giang", "implements"], ["43/CT-TTg@2020", "references"]]),
    analysis("c.txt", "file:c.txt", [["61/2018/NĐ-CP", "based_on"], ["63/KH-UBND@2021~hau-giang", "references"]]),
  ];

  it("merges two graphs as if their files had been added to one", () => {
    for (const split of [1, 2]) {
      const g = CitationGraph.from(files.slice(0, split)).addGraph(CitationGraph.from(files.slice(split)));
      expect(JSON.stringify(g.toJSON())).toBe(JSON.stringify(CitationGraph.from(files).toJSON()));
    }
  });

  it("refuses a graph holding a file already added, and changes nothing", () => {
    const g = CitationGraph.from(files.slice(0, 2));
    const before = JSON.stringify(g.toJSON());
    expect(() => g.addGraph(CitationGraph.from(files.slice(1)))).toThrow(/already added: b\.txt/);
    expect(JSON.stringify(g.toJSON())).toBe(before);
  });
});

describe("documents cited without a ký hiệu (bare ids)", () => {
  it("are nodes with edges of their own, never merged with a ký hiệu'd document of the same number and date", () => {
    const head = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 1028/QĐ-UB\nHải Phòng, ngày 2 tháng 11 năm 1991\nQUYẾT ĐỊNH\n";
    const bare = analyze(`${head}Căn cứ Quyết định số 213 ngày 24-10-1991 của Bộ Tài chính về giá;\nQUYẾT ĐỊNH:\nĐiều 1. Nay quy định giá.`, { path: "a.txt" });
    const full = analyze(`${head}Căn cứ Quyết định số 213/QĐ-BTC ngày 24-10-1991 của Bộ Tài chính về giá;\nQUYẾT ĐỊNH:\nĐiều 1. Nay quy định giá.`, { path: "b.txt" });
    const g = buildGraph([bare, full]);
    const cited = g.nodes().filter((n) => n.includes("213"));
    expect(cited.sort()).toEqual(["213/QĐ-BTC@1991", "bare:decision/213@1991-10-24/BTC"]);
    expect(g.inDegree("bare:decision/213@1991-10-24/BTC")).toBe(1);
  });
});
