/** `vncite graph` and `vncite query`, through the built CLI. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, removeTempDirs, tempDir, vncite, type Run } from "./helpers.js";

afterAll(removeTempDirs);

const dir = tempDir("graph");
const GRAPH = join(dir, "graph.json");

describe("vncite graph", () => {
  let first: Run;
  beforeAll(async () => {
    first = await vncite(["graph", ...FIXTURES, "-o", GRAPH, "--jobs", "1"]);
  }, 60_000);

  it("writes the graph to -o and a one-line summary to stderr", () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    expect(first.stderr).toMatch(/^vncite: 5 files, \d+ documents, \d+ edges, \d+ warnings -> .*graph\.json\n$/);
    const graph = JSON.parse(readFileSync(GRAPH, "utf8"));
    expect(graph.nodes.length).toBeGreaterThan(20);
    expect(graph.edges.length).toBeGreaterThan(20);
    const files = graph.nodes.flatMap((n: any) => n.attributes.files);
    expect(files.sort()).toEqual(FIXTURES);
  });

  it("gives the page of each piece of evidence read from a PDF", async () => {
    const out = join(dir, "pdf.json");
    const run = await vncite(["graph", "fixtures/formats/004_2d26f027d69bfb37.pdf", "-o", out, "--jobs", "1"]);
    expect(run.code).toBe(0);
    const evidence = JSON.parse(readFileSync(out, "utf8")).edges.flatMap((e: any) => e.attributes.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e.page).toBeGreaterThanOrEqual(1);
    // The plan's preamble ("Thực hiện Quyết định số 64/QĐ-UBND ...") is on its first page.
    expect(evidence.filter((e: any) => /64\/QĐ-UBND/.test(e.sentence)).map((e: any) => e.page)).toContain(1);
  }, 60_000);

  it("is byte-identical for --jobs 2, for the paths in reverse order, and as a quoted glob", async () => {
    const [two, reversed, globbed] = await Promise.all([
      vncite(["graph", ...FIXTURES, "-o", join(dir, "two.json"), "--jobs", "2"]),
      vncite(["graph", ...[...FIXTURES].reverse(), "-o", join(dir, "reversed.json"), "-j", "1"]),
      vncite(["graph", "fixtures/*.txt", "-j", "1", "--verbose"]),
    ]);
    const want = readFileSync(GRAPH, "utf8");
    expect(two.code).toBe(0);
    expect(readFileSync(join(dir, "two.json"), "utf8")).toBe(want);
    expect(readFileSync(join(dir, "reversed.json"), "utf8")).toBe(want);
    expect(globbed.stdout).toBe(want);

    // The warnings the summary counts are in the graph's attributes, and --verbose lists them.
    const warnings = JSON.parse(want).attributes.warnings;
    const count = Number(/(\d+) warnings/.exec(first.stderr)![1]);
    expect(count).toBeGreaterThan(0);
    expect(warnings).toHaveLength(count);
    const lines = globbed.stderr.split("\n").filter((l) => l.startsWith("vncite: warning: "));
    expect(lines).toHaveLength(count);
    const w = warnings[0];
    expect(lines[0]).toBe(`vncite: warning: ${w.file ?? "graph"}${w.start !== null ? `:${w.start}` : ""}: ${w.code}: ${w.message}`);
    expect(first.stderr).not.toContain("vncite: warning:");
  });

  it("writes GEXF and GraphML, chosen by the -o extension or --format", async () => {
    const [gexf, graphml] = await Promise.all([
      vncite(["graph", FIXTURES[1], "-o", join(dir, "g.gexf")]),
      vncite(["graph", FIXTURES[1], "--format", "graphml"]),
    ]);
    expect(gexf.code).toBe(0);
    expect(readFileSync(join(dir, "g.gexf"), "utf8")).toMatch(/^<\?xml[^]*<gexf[^]*103\/KH-UBND/);
    expect(graphml.stdout).toMatch(/^<\?xml[^]*<graphml[^]*103\/KH-UBND/);
    // query reads GEXF back as well as JSON.
    const fromGexf = await vncite(["query", join(dir, "g.gexf"), "cites", FIXTURES[1], "-f", "json"]);
    // The plan also names a law without its number ("Luật sửa đổi, bổ sung ... năm 2015").
    const CITED = ["342/KH-UBND@2020~tien-giang", "424/QĐ-BNV@2021", "law:sua-doi-bo-sung-mot-so-dieu-luat-ban-hanh-van-ban-quy-pham-phap-luat@2015"];
    expect(JSON.parse(fromGexf.stdout).results.map((x: any) => x.id)).toEqual(CITED);
  });
});

describe("vncite query", () => {
  // The graph of the first describe block is written before these run (files run in order).
  const query = (...args: string[]) => vncite(["query", GRAPH, ...args]);

  it("answers each query as JSON", async () => {
    const [instruments, citedBy, cites, implementers, amendments, resolved] = await Promise.all([
      query("instruments", FIXTURES[0], "--no-transitive", "-f", "json"),
      query("cited-by", "215/KH-UBND@2021~hau-giang"),
      query("cites", "Kế hoạch số 103/KH-UBND tỉnh Tiền Giang"),
      query("implementers", "Kế hoạch 215/KH-UBND", "--transitive"),
      query("amendments", "Quyết định 424/QĐ-BNV"),
      query("resolve", "424/qđ-bnv"),
    ]);
    for (const r of [instruments, citedBy, cites, implementers, amendments, resolved]) expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(instruments.stdout).results).toEqual([
      expect.objectContaining({ id: "215/KH-UBND@2021~hau-giang", relation: "implements" }),
    ]);
    expect(JSON.parse(citedBy.stdout).results.map((x: any) => x.id)).toEqual([`file:${FIXTURES[0]}`]);
    expect(JSON.parse(cites.stdout).results.map((x: any) => x.id)).toEqual([
      "342/KH-UBND@2020~tien-giang",
      "424/QĐ-BNV@2021",
      "law:sua-doi-bo-sung-mot-so-dieu-luat-ban-hanh-van-ban-quy-pham-phap-luat@2015",
    ]);
    expect(JSON.parse(implementers.stdout).results.map((x: any) => x.id)).toEqual([`file:${FIXTURES[0]}`]);
    expect(JSON.parse(amendments.stdout).results).toEqual([]);
    expect(JSON.parse(resolved.stdout)).toMatchObject({ query: "resolve", id: "424/QĐ-BNV@2021", results: [{ id: "424/QĐ-BNV@2021" }] });
  });

  it("cited-by lists apart, marked possible, the citers of an undated mention of the document (a number without its year proves nothing)", async () => {
    const texts = tempDir("undated");
    writeFileSync(join(texts, "a.txt"), "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.\n");
    writeFileSync(join(texts, "b.txt"), "Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ.\n");
    const graph = join(texts, "g.json");
    const built = await vncite(["graph", join(texts, "a.txt"), join(texts, "b.txt"), "-o", graph, "-j", "1", "--verbose"]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain("undated-candidate: 76/NQ-CP@? may be 76/NQ-CP@2021");
    const [json, text] = await Promise.all([
      vncite(["query", graph, "cited-by", "Nghị quyết 76/NQ-CP", "-f", "json"]),
      vncite(["query", graph, "cited-by", "Nghị quyết 76/NQ-CP", "-f", "table"]),
    ]);
    const answer = JSON.parse(json.stdout);
    expect(answer.id).toBe("76/NQ-CP@2021");
    expect(answer.results.map((x: any) => x.id)).toEqual([`file:${join(texts, "a.txt")}`]);
    expect(answer.possible).toEqual([expect.objectContaining({ id: `file:${join(texts, "b.txt")}`, relations: ["implements"], possible: true, via: "76/NQ-CP@?" })]);
    expect(text.stdout).toContain("possibly cited-by of 76/NQ-CP@2021: they cite 76/NQ-CP@?, a mention without its year kept apart from it (not proven)\n");
    // Other queries carry no such list.
    expect(JSON.parse((await vncite(["query", graph, "cites", join(texts, "b.txt"), "-f", "json"])).stdout)).not.toHaveProperty("possible");
  });

  it("a year no document of the number has is not-found (exit 4, the same-number ids on stderr), its possible citers listed apart with exit 0", async () => {
    const texts = tempDir("undated-year");
    writeFileSync(join(texts, "a.txt"), "Thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ.\n");
    writeFileSync(join(texts, "b.txt"), "Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ.\n");
    const graph = join(texts, "g.json");
    const built = await vncite(["graph", join(texts, "a.txt"), join(texts, "b.txt"), "-o", graph, "-j", "1"]);
    expect(built.code, built.stderr).toBe(0);
    const ref = "Chỉ thị 15/CT-TTg năm 2021";
    const [resolved, cites, json, text, amendments] = await Promise.all([
      vncite(["query", graph, "resolve", ref, "-f", "json"]),
      vncite(["query", graph, "cites", "15/CT-TTg@2021", "-f", "json"]),
      vncite(["query", graph, "cited-by", ref, "-f", "json"]),
      vncite(["query", graph, "cited-by", "15/CT-TTg@2021", "-f", "table"]),
      vncite(["query", graph, "amendments", ref, "-f", "json"]),
    ]);
    // resolve and cites: not-found, nothing on stdout, the undated mention and the other year named near.
    for (const r of [resolved, cites]) {
      expect(r.code).toBe(4);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/nearest, by number and ký hiệu:\n\s+15\/CT-TTg@2020\s.*\n\s+15\/CT-TTg@\?\s/);
    }
    // cited-by: no proven citer of a 2021 directive, the undated mention's citer a possible one.
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).toContain(`no document in ${graph} matches "${ref}"`);
    const answer = JSON.parse(json.stdout);
    expect(answer).toMatchObject({ query: "cited-by", id: null, results: [] });
    expect(answer.possible).toEqual([expect.objectContaining({ id: `file:${join(texts, "b.txt")}`, relations: ["implements"], possible: true, via: "15/CT-TTg@?" })]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('possibly cited-by of "15/CT-TTg@2021": they cite 15/CT-TTg@?, a mention without its year kept apart from it (not proven)\n');
    // amendments: the citer implements, it amends nothing: no possible answer, not-found as before.
    expect(amendments.code).toBe(4);
    expect(amendments.stdout).toBe("");
  });

  it("prints a table with --format table: each document's id, date, label, title (where the label lacks it) and files", async () => {
    const r = await query("cites", FIXTURES[1], "--format", "table");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^cites of 103\/KH-UBND@2021~tien-giang\n\s+RELATION\s+ID\s+DATE\s+LABEL\n\s+based_on\s+342\/KH-UBND@2020~tien-giang\s+2020-12-08\s+Kế hoạch 342\/KH-UBND\n/);
    const resolved = await query("resolve", "103/KH-UBND@2021~tien-giang", "--format", "table");
    expect(resolved.stdout).toMatch(
      /^\s+ID\s+DATE\s+LABEL\s+TITLE\s+FILES\n\s+103\/KH-UBND@2021~tien-giang\s+2021-04-12\s+Kế hoạch 103\/KH-UBND\s+Thông tin, tuyên truyền [^\n]+\s+fixtures\/001_69a87f8fa69e4c9a\.txt\n$/,
    );
  });

  it("an ambiguous reference lists the candidates and exits 3; an unknown one exits 4; a missing graph 5", async () => {
    const [ambiguous, unknown, missingGraph, empty] = await Promise.all([
      query("implementers", "Kế hoạch 103/KH-UBND"),
      query("cites", "Nghị định 99/2099/NĐ-CP"),
      vncite(["query", join(dir, "nope.json"), "resolve", "x"]),
      query("amendments", "Quyết định 424/QĐ-BNV", "-f", "json"),
    ]);
    expect(ambiguous.code).toBe(3);
    expect(ambiguous.stdout).toBe("");
    expect(ambiguous.stderr).toContain("103/KH-UBND@2021~tien-giang");
    expect(ambiguous.stderr).toContain("103/KH-UBND@2021~tra-vinh");
    expect(unknown.code).toBe(4);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/no document/);
    expect(missingGraph.code).toBe(5);
    expect(missingGraph.stderr).toMatch(/^vncite: .*nope\.json: cannot read the graph file \(ENOENT\)\n$/);
    // A question with no answer is not a failure.
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout).results).toEqual([]);
  });

  it("resolve of a reference that names no document exits 4 with nothing on stdout, and says on stderr what it read and what is near", async () => {
    const [wrongYear, wrongCode, none] = await Promise.all([
      query("resolve", "Kế hoạch 103/KH-UBND năm 2019", "-f", "json"),
      query("resolve", "Quyết định 424/QĐ-UBND", "-f", "json"),
      query("resolve", "Nghị định 99/2099/NĐ-CP", "-f", "json"),
    ]);
    for (const r of [wrongYear, wrongCode, none]) {
      expect(r.code).toBe(4);
      expect(r.stdout).toBe("");
    }
    expect(wrongYear.stderr).toMatch(/^vncite: no document in .*graph\.json matches "Kế hoạch 103\/KH-UBND năm 2019" \(read as 103\/KH-UBND, năm 2019\); nearest, by number and ký hiệu:\n/);
    expect(wrongYear.stderr).toMatch(/\n {2}103\/KH-UBND@2021~tien-giang {2}Kế hoạch 103\/KH-UBND\n {2}103\/KH-UBND@2021~tra-vinh {4}Kế hoạch 103\/KH-UBND\n$/);
    expect(wrongCode.stderr).toMatch(/\(read as 424\/QĐ-UBND\); nearest, by number:\n {2}424\/QĐ-BNV@2021 {2}Quyết định 424\/QĐ-BNV\n$/);
    expect(none.stderr).toMatch(/\(read as 99\/2099\/NĐ-CP\); none in the graph has its number\n$/);
  });

  it("resolve prints an ambiguous reference's candidates as its result, JSON or table, and exits 3", async () => {
    const [json, table] = await Promise.all([
      query("resolve", "Kế hoạch 103/KH-UBND", "-f", "json"),
      query("resolve", "Kế hoạch 103/KH-UBND", "-f", "table"),
    ]);
    expect(json.code).toBe(3);
    const out = JSON.parse(json.stdout);
    expect(out).toMatchObject({ query: "resolve", id: null, ambiguous: true });
    expect(out.results.map((x: any) => x.id)).toEqual(["103/KH-UBND@2021~tien-giang", "103/KH-UBND@2021~tra-vinh"]);
    expect(out.results[0].files).toEqual([FIXTURES[1]]);
    expect(table.code).toBe(3);
    expect(table.stdout).toMatch(/103\/KH-UBND@2021~tien-giang[^\n]*fixtures\/001_69a87f8fa69e4c9a\.txt/);
    expect(table.stdout).toContain("103/KH-UBND@2021~tra-vinh");
  });

  it("names the files each document was read from, in JSON and in the table", async () => {
    const [json, table] = await Promise.all([
      query("implementers", "Kế hoạch 215/KH-UBND", "-f", "json"),
      query("implementers", "Kế hoạch 215/KH-UBND", "-f", "table"),
    ]);
    expect(JSON.parse(json.stdout).results.map((x: any) => x.files)).toEqual([[FIXTURES[0]]]);
    expect(table.stdout).toMatch(/\n\s+RELATION\s+DEPTH\s+ID\s+LABEL\s+FILES\n[^\n]*fixtures\/000_d68bdff47092aead\.txt\n/);
  });

  it("a file that is not a graph gets one line saying why, and exit 5", async () => {
    const truncated = join(dir, "truncated.gexf");
    const hello = join(dir, "hello.json");
    const gexf = readFileSync(join(dir, "g.gexf"), "utf8");
    writeFileSync(truncated, gexf.slice(0, Math.floor(gexf.length / 2)));
    writeFileSync(hello, "hello");
    const [t, h] = await Promise.all([vncite(["query", truncated, "resolve", "x"]), vncite(["query", hello, "resolve", "x"])]);
    for (const r of [t, h]) {
      expect(r.code).toBe(5);
      expect(r.stdout).toBe("");
      expect(r.stderr.split("\n")).toHaveLength(2); // one line and its newline
    }
    expect(t.stderr).toMatch(/truncated\.gexf: not a graph written by vncite graph \(not well-formed XML/);
    expect(h.stderr).toMatch(/hello\.json: not a graph written by vncite graph \(not a JSON object \(the text starts with "hello"\)\)/);
  });
});
