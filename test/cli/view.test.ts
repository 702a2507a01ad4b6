/** `vncite view` and `vncite annotate` through the built CLI (the pages' behaviour: test/view/*.browser.test.ts). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/citation-graph.js";
import { exportJSON } from "../../src/graph/export-json.js";
import { fixtureAnalyses } from "../graph/fixture-analyses.js";
import { readViewPage } from "../../src/view/page.js";
import { expandGraph } from "../../src/view/payload.js";
import { FIXTURES, removeTempDirs, tempDir, vncite } from "./helpers.js";

afterAll(removeTempDirs);

const dir = tempDir("view");
const GRAPH = join(dir, "graph.json");

/** The data a view page carries. */
function payload(page: string): any {
  return readViewPage(readFileSync(page, "utf8"));
}

describe("vncite view", () => {
  beforeAll(async () => {
    expect((await vncite(["graph", ...FIXTURES, "-o", GRAPH, "--jobs", "1"])).code).toBe(0);
  }, 60_000);

  it("writes the same page for the same graph, whether read from graph.json or from the files", async () => {
    const a = join(dir, "a.html");
    const c = join(dir, "c.html");
    const runA = await vncite(["view", GRAPH, "-o", a, "--title", "t"]);
    expect(runA.code, runA.stderr).toBe(0);
    expect(runA.stderr).toMatch(/^vncite: \d+ documents, \d+ relations -> .*a\.html\n$/);
    expect((await vncite(["view", ...[...FIXTURES].reverse(), "-o", c, "--title", "t", "--jobs", "2"])).code).toBe(0);
    const page = readFileSync(a, "utf8");
    expect(readFileSync(c, "utf8")).toBe(page);
    const data = payload(a);
    expect(exportJSON(expandGraph(data.graph))).toEqual(JSON.parse(readFileSync(GRAPH, "utf8")));
    expect(data.xy).toHaveLength(2 * data.graph.ids.length);
    // Self-contained: the app is inside, nothing is fetched.
    expect(page.length).toBeGreaterThan(300_000);
    expect(page).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  });

  it("draws a neighbourhood with --around and --depth", async () => {
    const out = join(dir, "around.html");
    const run = await vncite(["view", GRAPH, "--around", "Chỉ thị 43/CT-TTg", "--depth", "1", "-o", out]);
    expect(run.code, run.stderr).toBe(0);
    const whole = JSON.parse(readFileSync(GRAPH, "utf8"));
    const center = "43/CT-TTg@2020";
    const near = new Set([center]);
    for (const e of whole.edges) {
      if (e.source === center) near.add(e.target);
      if (e.target === center) near.add(e.source);
    }
    const data = payload(out);
    expect(new Set(data.graph.ids)).toEqual(near);
    expect(data.around).toEqual({ id: center, depth: 1, of: { documents: whole.nodes.length, relations: whole.edges.length } });
    expect(run.stderr).toContain(`(of ${whole.nodes.length} and ${whole.edges.length})`);
  });

  it("says when a graph is too large to draw whole and offers --around; writes nothing", async () => {
    const out = join(dir, "big.html");
    const run = await vncite(["view", GRAPH, "--max-documents", "10", "-o", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/has \d+ documents and \d+ relations/);
    expect(run.stderr).toContain("--around");
    expect(existsSync(out)).toBe(false);
  });

  it("lists the candidates of an ambiguous --around (exit 3) and reports one that names nothing (exit 4)", async () => {
    const ambiguous = await vncite(["view", GRAPH, "--around", "Kế hoạch 103/KH-UBND", "-o", join(dir, "x.html")]);
    expect(ambiguous.code).toBe(3);
    expect(ambiguous.stderr).toMatch(/matches 2 documents/);
    const none = await vncite(["view", GRAPH, "--around", "Nghị định 999/2099/NĐ-CP", "-o", join(dir, "y.html")]);
    expect(none.code).toBe(4);
    expect(none.stderr).toMatch(/no document .* matches/);
    expect(existsSync(join(dir, "x.html")) || existsSync(join(dir, "y.html"))).toBe(false);
  });

  it("keeps an old page when none of the files could be read (--force writes the empty one), as graph and extract do", async () => {
    const out = join(dir, "old.html");
    writeFileSync(out, "OLD");
    const binary = join(dir, "binary.txt");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const kept = await vncite(["view", binary, "-o", out]);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toMatch(/no input could be read; .*old\.html was not written \(--force writes it anyway\)/);
    expect(readFileSync(out, "utf8")).toBe("OLD");
    const forced = await vncite(["view", binary, "-o", out, "--force"]);
    expect(forced.code).toBe(1);
    expect(payload(out).documents ?? payload(out)).toBeTruthy();
    expect(readFileSync(out, "utf8")).not.toBe("OLD");
  });

  it("counts in its summary as graph does: 1 document, 0 relations", async () => {
    const one = join(dir, "one.txt");
    writeFileSync(one, "Kế hoạch tuyên truyền, không dẫn văn bản nào.\n");
    const run = await vncite(["view", one, "-o", join(dir, "one.html")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(`vncite: 1 document, 0 relations -> ${join(dir, "one.html")}\n`);
  });

  it("refuses a GraphML file with a way out", async () => {
    const ml = join(dir, "g.graphml");
    writeFileSync(ml, CitationGraph.from(fixtureAnalyses().slice(0, 1)).toGraphML());
    const run = await vncite(["view", ml, "-o", join(dir, "z.html")]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/not GraphML|vncite graph -o graph\.json/);
  });
});

describe("vncite annotate", () => {
  it("writes the marked text; with --graph, links relative to the page", async () => {
    const out = join(dir, "pages", "plan.html");
    mkdirSync(join(dir, "pages"), { recursive: true });
    const run = await vncite(["annotate", FIXTURES[0], "-o", out, "--graph", join(dir, "graph.html")]);
    expect(run.code, run.stderr).toBe(0);
    const root = parse(readFileSync(out, "utf8"));
    const links = root.querySelectorAll("a.cite");
    expect(links.length).toBeGreaterThan(50);
    expect(links[0].getAttribute("href")).toMatch(/^\.\.\/graph\.html#ref=/);
    expect(run.stderr).toBe(`vncite: ${links.length} citations -> ${out}\n`);
  });

  it("reads standard input and writes to standard output", async () => {
    const run = await vncite(["annotate", "-"], { input: "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;" });
    expect(run.code, run.stderr).toBe(0);
    const mark = parse(run.stdout).querySelector("mark.cite")!;
    expect(mark.getAttribute("data-id")).toBe("61/2018/NĐ-CP");
    expect(mark.getAttribute("data-date")).toBe("2018-04-23");
  });

  it("reports a file it cannot read, exits 1 and leaves no page", async () => {
    const out = join(dir, "missing.html");
    const run = await vncite(["annotate", join(dir, "nope.pdf"), "-o", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nope\.pdf/);
    expect(existsSync(out)).toBe(false);
  });

  // Its errors say "raise --max-file-size (maxFileSize)": annotate had no such option, and buffered
  // standard input whole, however large, before the reader refused it.
  it("takes the read limits, for a file and for standard input", async () => {
    const out = join(dir, "limited.html");
    const file = await vncite(["annotate", FIXTURES[0], "--max-file-size", "1K", "-o", out]);
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/larger than the 1 KiB limit .*raise --max-file-size/);
    expect(existsSync(out)).toBe(false);
    const stdin = await vncite(["annotate", "-", "--max-file-size", "1K"], { input: readFileSync(FIXTURES[0]) });
    expect(stdin.code).toBe(1);
    expect(stdin.stderr).toBe("vncite: -: standard input is larger than the 1 KiB limit; raise --max-file-size to read it\n");
    expect(stdin.stdout).toBe("");
    const text = await vncite(["annotate", FIXTURES[0], "--max-text-length", "100"]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/raise --max-text-length/);
  });
});
