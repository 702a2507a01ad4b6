/**
 * `vncite load` and `vncite query --db` through the built CLI, against a PostgreSQL started for
 * this file: the same answers as the query of the graph file, a load killed half-way leaving
 * nothing behind, and one line and an exit code of its own for each way a database fails.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeGraphJSON } from "../../bench/graph-json.mjs";
import { CitationGraph } from "../../src/graph/index.js";
import { PostgresGraph } from "../../src/store/index.js";
import { freshDatabase, testCluster } from "../store/cluster.js";
import { FIXTURES, vncite } from "./helpers.js";

const { cluster, why } = await testCluster();
const withDb = it.skipIf(cluster === null);
const dir = mkdtempSync(join(tmpdir(), "vncite-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The store keeps documents, relations and evidence, not the graph-level analysis warnings. */
const withoutWarnings = (g: object) => JSON.stringify({ ...g, attributes: {} });

async function snapshot(url: string): Promise<string> {
  const db = await PostgresGraph.open(url);
  try {
    return withoutWarnings((await db.toCitationGraph()).toJSON());
  } finally {
    await db.close();
  }
}

describe(`vncite load and query --db ${why}`, () => {
  withDb("answers every query as vncite query answers from the graph file, byte for byte", async () => {
    const url = await freshDatabase(cluster!);
    const graph = join(dir, "fixtures.json");
    expect((await vncite(["graph", ...FIXTURES, "-o", graph])).code).toBe(0);
    const loaded = await vncite(["load", graph, "--db", url]);
    expect(loaded.stderr).toMatch(/-> postgres:\/\/vncite:\*\*\*@/);
    expect(loaded.code).toBe(0);
    // The same files analysed by load itself make the same database.
    const again = await vncite(["load", ...FIXTURES, "--db", url]);
    expect(again.stderr).toContain("a reload of the same files");
    expect(await snapshot(url)).toBe(withoutWarnings(CitationGraph.fromJSON(await import("node:fs").then((fs) => fs.readFileSync(graph, "utf8"))).toJSON()));

    // A load that shares some files with the loaded set but not all is refused: exit 9, one line.
    const overlap = await vncite(["load", FIXTURES[0], "--db", url]);
    expect(overlap.code).toBe(9);
    expect(overlap.stderr).toMatch(/^vncite: [^\n]*was loaded before with other files[^\n]*\n$/);

    // A few queries (the library test asks every query of the dev corpus's documents); an
    // ambiguous and an unknown reference; a table.
    const asks = [
      ["implementers", "Chỉ thị 43/CT-TTg", "--transitive", "-f", "json"],
      ["cites", FIXTURES[1], "-f", "table"],
      ["instruments", FIXTURES[0], "-f", "json"],
      ["resolve", "424/qđ-bnv", "-f", "json"],
      ["implementers", "Kế hoạch 103/KH-UBND"],
      ["cites", "Nghị định 99/2099/NĐ-CP"],
      // Unknown references whose nearest documents stderr lists: by number and ký hiệu, by number.
      ["resolve", "Kế hoạch 103/KH-UBND năm 2019", "-f", "json"],
      ["cites", "Quyết định 424/QĐ-UBND"],
    ];
    {
      for (const ask of asks) {
        const [fromFile, fromDb] = await Promise.all([
          vncite(["query", graph, ...ask]),
          vncite(["query", "--db", url, ...ask]),
        ]);
        expect(fromDb.stdout, ask.join(" ")).toBe(fromFile.stdout);
        expect(fromDb.code, ask.join(" ")).toBe(fromFile.code);
        expect(fromDb.stderr.replace(/postgres:\S+/, "URL"), ask.join(" ")).toBe(fromFile.stderr.replace(graph, "URL"));
      }
    }
  }, 240_000);

  withDb("leaves nothing of a load killed half-way", async () => {
    const url = await freshDatabase(cluster!);
    const small = join(dir, "small.json");
    const big = join(dir, "big.json");
    writeGraphJSON({ docs: 300, edges: 1500, out: small, seed: 1 });
    writeGraphJSON({ docs: 20_000, edges: 100_000, out: big, seed: 2 });
    expect((await vncite(["load", small, "--db", url])).code).toBe(0);
    const before = await snapshot(url);

    let staged = false;
    const killed = await vncite(["load", big, "--db", url, "--batch-size", "200", "-v"], {
      started: (child) => {
        child.stderr!.on("data", (b: Buffer) => {
          if (!staged && b.toString().includes("staged")) {
            staged = true;
            child.kill("SIGKILL");
          }
        });
      },
    });
    expect(staged).toBe(true);
    expect(killed.signal).toBe("SIGKILL");
    expect(await snapshot(url)).toBe(before);
    // Nothing held either: the next load goes through.
    expect((await vncite(["load", small, "--db", url])).stderr).toContain("a reload");
    expect(await snapshot(url)).toBe(before);
  }, 120_000);

  withDb("says in one line why the database cannot be used, with an exit code per reason", async () => {
    const graph = join(dir, "tiny.json");
    writeGraphJSON({ docs: 100, edges: 300, out: graph });
    const cases: [string, number, RegExp][] = [
      ["not a url", 6, /not a database URL/],
      ["mysql://u:p@127.0.0.1/x", 6, /not a PostgreSQL URL/],
      ["postgres://vncite:x@127.0.0.1:1/postgres", 7, /cannot connect .*connection refused/],
      [cluster!.urlWith("vncite", "wrong password"), 8, /authentication failed .*password/],
      [cluster!.url.replace(/\/postgres$/, "/no_such_db"), 7, /database "no_such_db" does not exist/],
    ];
    const runs = cases.flatMap(([url, code, message], i) => {
      // load reports them as query does (the same connect()); twice is enough to show it.
      const commands = i === 0 || i === 3 ? [["query", "--db", url, "resolve", "x"], ["load", graph, "--db", url]] : [["query", "--db", url, "resolve", "x"]];
      return commands.map((args) => ({ args, url, code, message }));
    });
    const results = await Promise.all(runs.map((r) => vncite(r.args)));
    for (const [i, { args, url, code, message }] of runs.entries()) {
      {
        const r = results[i];
        expect(r.code, `${args[0]} ${url}`).toBe(code);
        expect(r.stderr, url).toMatch(message);
        expect(r.stderr.trimEnd().split("\n"), url).toHaveLength(1);
        expect(r.stderr).not.toContain("wrong password");
        expect(r.stdout).toBe("");
      }
    }
    // A database vncite has not written: nothing to query yet.
    const empty = await vncite(["query", "--db", await freshDatabase(cluster!), "resolve", "x"]);
    expect(empty.code).toBe(9);
    expect(empty.stderr).toMatch(/run vncite load first/);
  }, 120_000);

  // A graph file that is no graph is the file's fault: exit 5 and its name, as query and view say it.
  // A byte that is not UTF-8 (the decoder's TypeError carries a `code`) was a "database error", exit 9.
  withDb("refuses a graph .json that is no graph, or not UTF-8, naming the file (exit 5), and loads nothing", async () => {
    const url = await freshDatabase(cluster!);
    const good = join(dir, "good.json");
    writeGraphJSON({ docs: 50, edges: 100, out: good, seed: 3 });
    expect((await vncite(["load", good, "--db", url])).code).toBe(0);
    const before = await snapshot(url);
    const text = readFileSync(good);
    const files: [string, Buffer, RegExp][] = [
      ["truncated.json", text.subarray(0, Math.floor(text.length / 2)), /truncated\.json: not a graph written by vncite graph \(the JSON text ends in the middle\)/],
      ["array.json", Buffer.from("[1, 2]"), /array\.json: not a graph written by vncite graph/],
      ["latin1.json", Buffer.concat([text.subarray(0, 200), Buffer.from([0xff, 0xfe]), text.subarray(200)]), /latin1\.json: not a graph written by vncite graph/],
    ];
    for (const [name, bytes, message] of files) {
      writeFileSync(join(dir, name), bytes);
      const r = await vncite(["load", join(dir, name), "--db", url]);
      expect(r.code, name).toBe(5);
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr.trimEnd().split("\n"), name).toHaveLength(1);
    }
    expect(await snapshot(url)).toBe(before);
  }, 120_000);
});
