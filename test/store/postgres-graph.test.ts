/**
 * The graph in a real PostgreSQL (started for this file) against the in-memory graph: loaded
 * from the fixtures and the development corpus, every query asked both ways; loaded twice, in two
 * halves, and across undated mentions, compared with CitationGraph's own merge.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { CitationGraph, ResolveError, nearMatches } from "../../src/graph/index.js";
import type { Analysis } from "../../src/types.js";
import { PostgresGraph, StoreError, partsOfGraph, partsOfJSON } from "../../src/store/index.js";
import { freshDatabase, testCluster } from "./cluster.js";

const { cluster, why } = await testCluster();
const withDb = it.skipIf(cluster === null);

const ROOT = new URL("../../", import.meta.url);
function analysesOf(dir: string): Analysis[] {
  return readdirSync(new URL(dir, ROOT))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => analyze(readFileSync(new URL(dir + f, ROOT), "utf8"), { path: dir + f }));
}
const analyses = cluster ? [...analysesOf("fixtures/"), ...analysesOf("fixtures/dev/texts/")] : [];

/**
 * The graph as JSON, without the graph-level warnings: the store keeps documents, relations and
 * evidence (what the queries read), not the analysis warnings `vncite graph` lists.
 */
const json = (g: CitationGraph) => JSON.stringify({ ...g.toJSON(), attributes: {} });

async function opened<T>(url: string, work: (db: PostgresGraph) => Promise<T>): Promise<T> {
  const db = await PostgresGraph.open(url);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** A query's answer or the ResolveError it threw, as comparable data. */
async function outcome(f: () => unknown): Promise<unknown> {
  try {
    return await f();
  } catch (error) {
    if (error instanceof ResolveError) return { error: error.code, candidates: error.candidates };
    if (error instanceof TypeError) return { typeError: error.message };
    throw error;
  }
}

describe(`PostgresGraph ${why}`, () => {
  withDb("holds the fixtures and dev corpus graph byte for byte, and answers every query as the in-memory graph", async () => {
    const memory = CitationGraph.from(analyses);
    const url = await freshDatabase(cluster!);
    const summary = await PostgresGraph.load(url, partsOfGraph(memory), { batchSize: 97 });
    expect(summary).toMatchObject({ documents: memory.order, edges: memory.size, reload: false, merged: [] });
    await opened(url, async (db) => {
      expect(json(await db.toCitationGraph())).toBe(json(memory));
      // Every document resolved by id, label (citation text) and file path; every query asked of
      // each analysed file, each document cited twice or more, and every fourth other document.
      const refs = new Set<string>(["", "no such thing", "Chỉ thị 43/CT-TTg", "nghị quyết 76/nq-cp", "Kế hoạch 103/KH-UBND"]);
      const texts = new Set<string>();
      let i = 0;
      memory.graph.forEachNode((id, a) => {
        texts.add(id);
        texts.add(a.label);
        for (const f of a.files) texts.add(f);
        if (a.files.length > 0 || a.citedBy >= 2 || i++ % 4 === 0) refs.add(id);
        // A year asked beside a mention without its year: not-found, its citers possible (or none, by year or term).
        if (/@\?(?:~|$)/.test(id)) for (const year of ["1995", "2005", "2021"]) refs.add(id.replace("@?", `@${year}`));
      });
      const yearRefs = [...refs].filter((r) => /@(?:1995|2005|2021)(?:~|$)/.test(r));
      expect(yearRefs.length).toBeGreaterThan(0);
      for (const ref of yearRefs) expect(await db.resolve(ref), ref).toEqual(memory.resolve(ref));
      for (const ref of texts) expect(await db.resolve(ref), ref).toEqual(memory.resolve(ref));
      // What an unknown reference is nearest to: a year no document has, on every label; another ký hiệu; a law by name.
      const unknown = [...texts].filter((t) => !t.includes(":") && !t.includes(".")).map((t) => `${t} năm 1901`);
      unknown.push("Quyết định 424/QĐ-UBND", "Nghị định 99/2099/NĐ-CP", "Luật Đất đai 1901", "no such thing");
      let near = 0;
      for (const ref of unknown) {
        const expected = nearMatches(memory.graph, ref);
        expect(await db.nearMatches(ref), ref).toEqual(expected);
        if (expected.ids.length > 0) near++;
      }
      expect(near).toBeGreaterThan(10);
      let asked = 0;
      for (const ref of refs) {
        const pairs: [string, () => unknown, () => unknown][] = [
          ["implementers", () => memory.implementersOf(ref), () => db.implementersOf(ref)],
          ["implementers transitive", () => memory.implementersOf(ref, { transitive: true }), () => db.implementersOf(ref, { transitive: true })],
          ["amendments", () => memory.amendmentsOf(ref), () => db.amendmentsOf(ref)],
          ["instruments", () => memory.instrumentsOf(ref), () => db.instrumentsOf(ref)],
          ["instruments past central", () => memory.instrumentsOf(ref, { stopAtCentral: false }), () => db.instrumentsOf(ref, { stopAtCentral: false })],
          ["references", () => memory.implementersOf(ref, { relations: ["references", "based_on"], transitive: true }), () => db.implementersOf(ref, { relations: ["references", "based_on"], transitive: true })],
          ["null options", () => memory.instrumentsOf(ref, null), () => db.instrumentsOf(ref, null)],
          ["unknown relation", () => memory.amendmentsOf(ref, { relations: ["amend" as never] }), () => db.amendmentsOf(ref, { relations: ["amend" as never] })],
          ["cited-by", () => memory.citedBy(ref), () => db.citedBy(ref)],
          ["possibly cited-by", () => memory.possiblyCitedBy(ref), () => db.possiblyCitedBy(ref)],
          ["cites", () => memory.cites(ref), () => db.cites(ref)],
        ];
        for (const [name, inMemory, inDb] of pairs) {
          expect(await outcome(inDb), `${name} ${ref}`).toEqual(await outcome(inMemory));
          asked++;
        }
      }
      expect(asked).toBeGreaterThan(1000);
    });
  }, 240_000);

  withDb("gives the same database when the same graph is loaded twice, and merges two halves as addGraph does", async () => {
    const even = analyses.filter((_, i) => i % 2 === 0);
    const odd = analyses.filter((_, i) => i % 2 === 1);
    const whole = CitationGraph.from(analyses);
    const first = CitationGraph.from(even);
    const second = CitationGraph.from(odd);
    const expected = CitationGraph.from(even).addGraph(CitationGraph.from(odd));
    expected.mergeUndatedMentions();

    const twice = await freshDatabase(cluster!);
    await PostgresGraph.load(twice, partsOfGraph(whole));
    const again = await PostgresGraph.load(twice, partsOfJSON(() => whole.toJSONChunks()), { batchSize: 50 });
    expect(again.reload).toBe(true);
    await opened(twice, async (db) => expect(json(await db.toCitationGraph())).toBe(json(whole)));

    const halves = await freshDatabase(cluster!);
    await PostgresGraph.load(halves, partsOfGraph(first));
    await PostgresGraph.load(halves, partsOfGraph(second), { batchSize: 10 });
    await opened(halves, async (db) => expect(json(await db.toCitationGraph())).toBe(json(expected)));
    // The halves loaded again, in the other order: nothing changes.
    await PostgresGraph.load(halves, partsOfGraph(second));
    await PostgresGraph.load(halves, partsOfGraph(first));
    await opened(halves, async (db) => expect(json(await db.toCitationGraph())).toBe(json(expected)));

    // A graph sharing some files with a load but not all would count their citations twice.
    const overlap = CitationGraph.from([even[0], odd[0]]);
    await expect(PostgresGraph.load(halves, partsOfGraph(overlap))).rejects.toMatchObject({ code: "conflict" });
    await opened(halves, async (db) => expect(json(await db.toCitationGraph())).toBe(json(expected)));
  }, 120_000);

  withDb("merges a law named without its year as the in-memory graph does, in one load or two", async () => {
    // A numbered law is a candidate of its name's undated mention: with law:dat-dai@2013 beside
    // 13/2003/QH11 "Luật Đất đai" names two laws and stays apart; with 13/2003/QH11 alone it joins it.
    const two = analyze("Căn cứ Luật Đất đai số 13/2003/QH11;\nCăn cứ Luật Đất đai năm 2013;\n", { path: "a.txt" });
    const one = analyze("Căn cứ Luật Đất đai số 13/2003/QH11;\n", { path: "a.txt" });
    const bare = analyze("Căn cứ Luật Đất đai;\n", { path: "b.txt" });
    const named = analyze("Căn cứ Luật Đất đai năm 2003;\n", { path: "c.txt" });
    for (const files of [[two, bare], [one, bare], [one, named, bare], [bare, named, one]]) {
      const memory = CitationGraph.from(files);
      const whole = await freshDatabase(cluster!);
      await PostgresGraph.load(whole, partsOfGraph(memory));
      await opened(whole, async (db) => expect(json(await db.toCitationGraph())).toBe(json(memory)));
      const apart = await freshDatabase(cluster!);
      for (const f of files) await PostgresGraph.load(apart, partsOfGraph(CitationGraph.from([f])));
      await opened(apart, async (db) => expect(json(await db.toCitationGraph())).toBe(json(memory)));
    }
  }, 120_000);

  withDb("keys a graph with no files by what it holds: loaded again, a reload, its citations counted once", async () => {
    // Analyses without a path: the graph names no file a load could be known by.
    const texts = readdirSync(new URL("fixtures/", ROOT)).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(new URL("fixtures/" + f, ROOT), "utf8"));
    const pathless = (from: number, to: number) => CitationGraph.from(texts.slice(from, to).map((t) => analyze(t)));
    const one = pathless(0, 3);
    const db = await freshDatabase(cluster!);
    const first = await PostgresGraph.load(db, partsOfGraph(one));
    const again = await PostgresGraph.load(db, partsOfGraph(pathless(0, 3)));
    expect([first.files, again.files, again.reload, again.load]).toEqual([0, 0, true, first.load]);
    await opened(db, async (g) => expect(json(await g.toCitationGraph())).toBe(json(one)));
    // Another graph without files is another load: both counted.
    const other = await PostgresGraph.load(db, partsOfGraph(pathless(3, 5)));
    expect([other.reload, other.load === first.load]).toEqual([false, false]);
  }, 120_000);

  withDb("applies a bulk load (indexes dropped and built again) as the row-by-row one: same tables, the schema's indexes", async () => {
    const even = CitationGraph.from(analyses.filter((_, i) => i % 2 === 0));
    const odd = CitationGraph.from(analyses.filter((_, i) => i % 2 === 1));
    // Every edge listed twice: the second copy's evidence is the first's, written once.
    const doubled = odd.toJSON();
    const oddTwice = partsOfJSON(() => [JSON.stringify({ ...doubled, edges: [...doubled.edges, ...doubled.edges] })]);
    const indexes = async (url: string) => {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query("SELECT indexname, indexdef FROM pg_indexes WHERE tablename LIKE 'vncite%' ORDER BY indexname");
      await client.end();
      return rows;
    };
    const states: { graph: string; indexes: unknown }[] = [];
    for (const bulk of [false, true]) {
      const url = await freshDatabase(cluster!);
      const before = await (async () => {
        await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([])), { bulk: false });
        return indexes(url);
      })();
      expect((await PostgresGraph.load(url, partsOfGraph(even), { bulk })).bulk).toBe(bulk);
      await PostgresGraph.load(url, oddTwice, { bulk, batchSize: 30 });
      await PostgresGraph.load(url, partsOfGraph(odd), { bulk });
      expect(await indexes(url)).toEqual(before);
      states.push({ graph: await opened(url, async (db) => json(await db.toCitationGraph())), indexes: await indexes(url) });
    }
    expect(states[1]).toEqual(states[0]);
    const expected = CitationGraph.from(analyses.filter((_, i) => i % 2 === 0)).addGraph(CitationGraph.from(analyses.filter((_, i) => i % 2 === 1)));
    expected.mergeUndatedMentions();
    expect(states[0].graph).toBe(json(expected));
    // By default a load is bulk when it brings more edges than the database holds.
    const url = await freshDatabase(cluster!);
    expect((await PostgresGraph.load(url, partsOfGraph(even))).bulk).toBe(true);
    expect((await PostgresGraph.load(url, partsOfGraph(even))).bulk).toBe(false);
  }, 120_000);

  withDb("walks a cycle, a deep chain and a wide fan as the in-memory graph does, each document once", async () => {
    // Plans 1..120 each implement the one before (plan 1 the decree), plan 1 implements plan 120
    // (a cycle through the whole chain), and 100 more plans are based on plan 60 (a fan).
    const plan = (i: number) => `${i}/KH-UBND@2020~hau-giang`;
    const nodes = [{ key: "1/2020/NĐ-CP" }, ...Array.from({ length: 220 }, (_, i) => ({ key: plan(i + 1) }))];
    const edge = (type: string, from: string, to: string) => ({ key: `${type}:${from}->${to}`, source: from, target: to, attributes: { type, evidence: [] } });
    const edges = [edge("implements", plan(1), "1/2020/NĐ-CP"), edge("implements", plan(1), plan(120))];
    for (let i = 2; i <= 120; i++) edges.push(edge("implements", plan(i), plan(i - 1)));
    for (let i = 121; i <= 220; i++) edges.push(edge("based_on", plan(i), plan(60)), edge("references", plan(i), plan(i - 1)));
    const memory = CitationGraph.fromJSON({ nodes, edges });
    const url = await freshDatabase(cluster!);
    await PostgresGraph.load(url, partsOfGraph(memory));
    await opened(url, async (db) => {
      for (const ref of ["1/2020/NĐ-CP", plan(60), plan(220)]) {
        const all = { relations: ["implements", "based_on", "references"] as const, transitive: true };
        const implementers = await db.implementersOf(ref, { transitive: true });
        expect(implementers, ref).toEqual(memory.implementersOf(ref, { transitive: true }));
        expect(new Set(implementers.map((h) => h.id)).size).toBe(implementers.length);
        expect(await db.implementersOf(ref, { ...all, relations: [...all.relations] }), ref).toEqual(memory.implementersOf(ref, { ...all, relations: [...all.relations] }));
        expect(await db.instrumentsOf(ref, { stopAtCentral: false }), ref).toEqual(memory.instrumentsOf(ref, { stopAtCentral: false }));
      }
      // The decree's implementers: the whole chain (the cycle does not bring plan 1 back) and the fan.
      const hits = await db.implementersOf("1/2020/NĐ-CP", { transitive: true });
      expect(hits).toHaveLength(220);
      expect(Math.max(...hits.map((h) => h.path.length))).toBe(121);
    });
  }, 60_000);

  withDb("keeps a numbered undated mention apart from a dated document that arrives in a later load, and offers its citers as possible", async () => {
    const dated = analyze("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.", { path: "a.txt" });
    const undated = analyze("Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ. Căn cứ Kế hoạch số 12/KH-UBND.", { path: "b.txt" });
    const otherYear = analyze("Căn cứ Nghị quyết số 76/NQ-CP ngày 01/02/2019 của Chính phủ.", { path: "c.txt" });
    const older = analyze(
      "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 12/KH-UBND\nTrà Vinh, ngày 01 tháng 3 năm 2019\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 76/NQ-CP của Chính phủ.",
      { path: "old.txt" },
    );
    const url = await freshDatabase(cluster!);
    await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([undated, older])));
    const second = await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([dated])));
    expect(second.merged).toEqual([]);
    const expected = CitationGraph.from([undated, older]).addGraph(CitationGraph.from([dated]));
    expect(expected.mergeUndatedMentions()).toEqual([]);
    expect(expected.hasDocument("76/NQ-CP@?")).toBe(true);
    await opened(url, async (db) => {
      expect(json(await db.toCitationGraph())).toBe(json(expected));
      expect((await db.document("76/NQ-CP@2021"))?.citedBy).toBe(1);
      for (const ref of ["nghị quyết 76/nq-cp", "76/NQ-CP@2021", "76/NQ-CP@?", "76/nq-cp@?", "76/NQ-CP@2022", "Nghị quyết 76/NQ-CP năm 2018", "76/NQ-CP@2019"]) {
        expect(await db.resolve(ref), ref).toEqual(expected.resolve(ref));
        expect(await outcome(() => db.possiblyCitedBy(ref)), ref).toEqual(await outcome(() => expected.possiblyCitedBy(ref)));
      }
      // b.txt may cite the 2021 resolution; the 2019 plan cannot.
      expect((await db.possiblyCitedBy("76/NQ-CP@2021")).map((h) => h.id)).toEqual(["file:b.txt"]);
      // No resolution of 2018: not-found, and who cites the mention without its year may cite it (the 2019 plan too).
      expect(await db.resolve("Nghị quyết 76/NQ-CP năm 2018")).toEqual({ matches: [], ambiguous: false });
      expect((await db.possiblyCitedBy("Nghị quyết 76/NQ-CP năm 2018")).map((h) => h.id)).toEqual(["12/KH-UBND@2019~tra-vinh", "file:b.txt"]);
    });
    await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([otherYear])));
    expected.addGraph(CitationGraph.from([otherYear]));
    expected.mergeUndatedMentions();
    await opened(url, async (db) => {
      expect(json(await db.toCitationGraph())).toBe(json(expected));
      expect(await db.possiblyCitedBy("76/NQ-CP@2019")).toEqual(expected.possiblyCitedBy("76/NQ-CP@2019"));
    });
  });

  withDb("merges a law named without a year only when no document issued before the one law cites it, as in memory", async () => {
    const older = analyze(
      "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 12/KH-UBND\nTrà Vinh, ngày 01 tháng 3 năm 2010\n\nKẾ HOẠCH\nCác hộ gia đình được bồi thường theo quy định của Luật Đất đai.",
      { path: "old.txt" },
    );
    const yearless = analyze("Các hộ gia đình được bồi thường theo quy định của Luật Đất đai.\n", { path: "d.txt" });
    const dated = analyze("Căn cứ Luật Đất đai năm 2013;\n", { path: "e.txt" });
    for (const files of [[older, dated], [yearless, dated]]) {
      const expected = CitationGraph.from(files);
      const url = await freshDatabase(cluster!);
      for (const f of files) await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([f])));
      await opened(url, async (db) => expect(json(await db.toCitationGraph())).toBe(json(expected)));
    }
    expect(CitationGraph.from([older, dated]).hasDocument("law:dat-dai@?")).toBe(true);
    expect(CitationGraph.from([yearless, dated]).hasDocument("law:dat-dai@?")).toBe(false);
  });

  withDb("keeps an undated Party mention cited with a term apart from a dated document of another term, as in memory", async () => {
    const termIX = analyze("Tiếp tục thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị khoá IX về công tác đối với người Việt Nam ở nước ngoài.", { path: "b.txt" });
    const dated2014 = analyze("Thực hiện Nghị quyết số 36-NQ/TW ngày 01/7/2014 của Bộ Chính trị về ứng dụng công nghệ thông tin.", { path: "a.txt" });
    const url = await freshDatabase(cluster!);
    await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([termIX])));
    const second = await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([dated2014])));
    const expected = CitationGraph.from([termIX]).addGraph(CitationGraph.from([dated2014]));
    expect(expected.mergeUndatedMentions()).toEqual([]);
    expect(second.merged).toEqual([]);
    await opened(url, async (db) => {
      expect(json(await db.toCitationGraph())).toBe(json(expected));
      expect(await db.possiblyCitedBy("36-NQ/TW@2014")).toEqual([]);
      expect(expected.possiblyCitedBy("36-NQ/TW@2014")).toEqual([]);
      // A year of the term no document has: the mention's citer is possible ("36-NQ/TW@2001-2006"); a year outside it names nothing.
      for (const ref of ["36-NQ/TW@2004", "36-NQ/TW@2016"]) expect(await outcome(() => db.possiblyCitedBy(ref)), ref).toEqual(await outcome(() => expected.possiblyCitedBy(ref)));
      expect((await db.possiblyCitedBy("36-NQ/TW@2004")).map((h) => h.id)).toEqual(["file:b.txt"]);
      expect(await outcome(() => db.possiblyCitedBy("36-NQ/TW@2016"))).toMatchObject({ error: "not-found" });
    });
  });

  // fixtures/identity/README.md, session 62 (identity62b): a central Party number and its term are one document.
  withDb("joins an undated Party mention cited with its term to the one dated document of the term in a later load, as in memory, and not two", async () => {
    const termXI = analyze("Tiếp tục thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa XI về ứng dụng công nghệ thông tin.", { path: "c.txt" });
    const dated2014 = analyze("Thực hiện Nghị quyết số 36-NQ/TW ngày 01/7/2014 của Bộ Chính trị về ứng dụng công nghệ thông tin.", { path: "a.txt" });
    const dated2012 = analyze("Căn cứ Nghị quyết số 36-NQ/TW ngày 05/3/2012 của Bộ Chính trị.", { path: "d.txt" });
    for (const [first, second] of [[termXI, dated2014], [dated2014, termXI]]) {
      const url = await freshDatabase(cluster!);
      await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([first])));
      const loaded = await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([second])));
      const expected = CitationGraph.from([first]).addGraph(CitationGraph.from([second]));
      expect(expected.mergeUndatedMentions()).toEqual(["36-NQ/TW@2011-2016"]);
      expect(loaded.merged).toEqual(["36-NQ/TW@2011-2016"]);
      await opened(url, async (db) => {
        expect(json(await db.toCitationGraph())).toBe(json(expected));
        expect((await db.citedBy("36-NQ/TW@2014")).map((h) => h.id)).toEqual(["file:a.txt", "file:c.txt"]);
      });
    }
    // Two dated documents of the number in the term: the mention stays apart, in both.
    const url = await freshDatabase(cluster!);
    await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([termXI])));
    const loaded = await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([dated2012, dated2014])));
    const expected = CitationGraph.from([termXI]).addGraph(CitationGraph.from([dated2012, dated2014]));
    expect(expected.mergeUndatedMentions()).toEqual([]);
    expect(loaded.merged).toEqual([]);
    await opened(url, async (db) => {
      expect(json(await db.toCitationGraph())).toBe(json(expected));
      expect(await db.document("36-NQ/TW@2011-2016")).toBeDefined();
    });
  });

  withDb("merges a law named without its number into the numbered law of a later load, and resolves it by name", async () => {
    const named = analyze("Căn cứ Luật Đất đai năm 2003; Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ.", { path: "n.txt" });
    const numbered = analyze("Căn cứ Luật Đất đai số 13/2003/QH11 ngày 26 tháng 11 năm 2003.", { path: "m.txt" });
    const url = await freshDatabase(cluster!);
    await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([named])));
    const second = await PostgresGraph.load(url, partsOfGraph(CitationGraph.from([numbered])));
    const expected = CitationGraph.from([named]).addGraph(CitationGraph.from([numbered]));
    expect(second.merged).toEqual(expected.mergeUndatedMentions());
    expect(second.merged.some((id) => id.startsWith("law:"))).toBe(true);
    await opened(url, async (db) => {
      expect(json(await db.toCitationGraph())).toBe(json(expected));
      for (const ref of ["Luật Đất đai 2003", "luật đất đai", "Luật Đất đai năm 2013"]) expect(await db.resolve(ref), ref).toEqual(expected.resolve(ref));
    });
  });

  withDb("resolves a file's path spelled with or without './' and doubled slashes as the graph in memory does", async () => {
    const url = await freshDatabase(cluster!);
    const memory = CitationGraph.from([
      analyze("Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ.", { path: "./plans//a.txt" }),
      analyze("Thực hiện Chỉ thị số 43/CT-TTg của Thủ tướng.", { path: "plans/./b.txt" }),
    ]);
    await PostgresGraph.load(url, partsOfGraph(memory));
    await opened(url, async (db) => {
      for (const ref of ["./plans//a.txt", "plans/a.txt", "./plans/a.txt", "file:plans/a.txt", "plans/b.txt", "././plans/b.txt", "plans/c.txt", "../plans/a.txt"]) {
        expect(await db.resolve(ref), ref).toEqual(memory.resolve(ref));
      }
      expect((await db.resolve("plans/a.txt")).matches).toEqual(["file:./plans//a.txt"]);
    });
  });

  withDb("leaves the database as it was when a load fails half-way", async () => {
    const url = await freshDatabase(cluster!);
    const memory = CitationGraph.from(analyses.slice(0, 10));
    await PostgresGraph.load(url, partsOfGraph(memory));
    const before = await opened(url, async (db) => json(await db.toCitationGraph()));
    const later = CitationGraph.from(analyses.slice(10, 30));
    const broken = {
      *parts() {
        let n = 0;
        for (const part of partsOfGraph(later).parts()) {
          if (++n === 100) throw new Error("input broke");
          yield part;
        }
      },
    };
    await expect(PostgresGraph.load(url, broken, { batchSize: 20 })).rejects.toThrow("input broke");
    expect(await opened(url, async (db) => json(await db.toCitationGraph()))).toBe(before);
    // What only the whole graph shows is found at the end, and refused as CitationGraph.fromJSON refuses it.
    const good = later.toJSON();
    const dangling = { ...good, edges: [...good.edges, { ...good.edges[0], target: "99/NQ-CP@2099" }] };
    const twice = { ...good, nodes: [...good.nodes, good.nodes[3]] };
    for (const [bad, message] of [[dangling, /points at a missing node "99\/NQ-CP@2099"/], [twice, /appears twice/]] as const) {
      expect(() => CitationGraph.fromJSON(bad)).toThrow(message);
      await expect(PostgresGraph.load(url, partsOfJSON(() => [JSON.stringify(bad)]))).rejects.toThrow(message);
    }
    expect(await opened(url, async (db) => json(await db.toCitationGraph()))).toBe(before);
  });

  withDb("says what is wrong with the database in a StoreError", async () => {
    await expect(PostgresGraph.open("http://localhost/x")).rejects.toMatchObject({ code: "url" });
    await expect(PostgresGraph.open(cluster!.urlWith("vncite", "wrong"))).rejects.toMatchObject({ code: "auth" });
    await expect(PostgresGraph.open(`postgres://vncite:x@127.0.0.1:1/postgres`)).rejects.toMatchObject({ code: "connect" });
    await expect(PostgresGraph.open(await freshDatabase(cluster!))).rejects.toMatchObject({ code: "schema" });
    await expect(PostgresGraph.open("http://localhost/x")).rejects.toBeInstanceOf(StoreError);
  });
});
