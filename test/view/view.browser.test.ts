/** `vncite view` pages in Chromium: search, side panel, who carries this out, filters, links. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CitationGraph } from "../../src/graph/citation-graph.js";
import { readViewPage } from "../../src/view/page.js";
import { expandGraph } from "../../src/view/payload.js";
import { FIXTURES, removeTempDirs, tempDir, vncite } from "../cli/helpers.js";
import { HAVE_CHROMIUM, colourCount, launch, pngSize, screenshotDir, watch, type Watch } from "./chromium.js";

const dir = tempDir("view-browser");
const PAGE = join(dir, "graph.html");
const URL_ = pathToFileURL(PAGE).href;
const VIEWPORT = { width: 1280, height: 800 };

describe.skipIf(!HAVE_CHROMIUM)("vncite view in Chromium", () => {
  let browser: Browser;
  /** The graph the page draws, as `vncite graph` writes it, and the same graph to query. */
  let graph: any;
  let citationGraph: CitationGraph;

  beforeAll(async () => {
    const run = await vncite(["view", ...FIXTURES, "-o", PAGE, "--title", "Five plans", "--jobs", "1"]);
    expect(run.code, run.stderr).toBe(0);
    const data = readViewPage(readFileSync(PAGE, "utf8"));
    citationGraph = new CitationGraph(expandGraph(data.graph));
    graph = citationGraph.toJSON();
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    removeTempDirs();
  });

  async function open(hash = ""): Promise<{ page: Page; seen: Watch }> {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const seen = watch(page);
    await page.goto(URL_ + hash);
    await page.waitForSelector("html[data-ready=true]", { state: "attached" });
    return { page, seen };
  }

  /** Nothing but the page itself was requested, and nothing went wrong. */
  function clean(seen: Watch, ...allowed: string[]): void {
    expect(seen.errors).toEqual([]);
    expect(seen.requests.map((u) => u.replace(/#.*$/, ""))).toEqual([URL_, ...allowed]);
  }

  const status = (page: Page) => page.textContent("#status");

  it("finds a directive as it is typed, as vncite query resolves it, and shows who carries it out with the evidence", async () => {
    const { page, seen } = await open();
    // What `vncite query` answers (test/cli/graph.test.ts runs the command itself).
    const resolved = citationGraph.resolveOne("Chỉ thị 43/CT-TTg");
    const implementers = citationGraph.implementersOf("Chỉ thị 43/CT-TTg", { transitive: true });

    // Typed without diacritics, half-way: the suggestions already list it.
    await page.locator("#search").pressSequentially("chi thi 43");
    await expect.poll(() => page.locator("#suggestions li[data-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toContain(resolved);

    await page.locator("#search").fill("");
    await page.locator("#search").pressSequentially("Chỉ thị 43/CT-TTg");
    const first = page.locator("#suggestions li[data-id]").first();
    await expect.poll(() => first.getAttribute("data-id")).toBe(resolved);
    expect(await first.locator(".tag").textContent()).toBe("match");
    await page.keyboard.press("Enter");
    expect(await page.textContent("#doc-label")).toBe("Chỉ thị 43/CT-TTg");

    // The relation in, with its evidence sentence from the graph.
    const edge = graph.edges.find((e: any) => e.target === resolved && e.attributes.type === "implements" && e.source.startsWith("63/KH-UBND"));
    const item = page.locator(`#in li[data-relation="implements"][data-other="${edge.source}"]`);
    expect(await item.locator("blockquote").first().innerText()).toContain(edge.attributes.evidence[0].sentence.trim().slice(0, 80));

    await page.click("#carry");
    const carriers = page.locator("#carrier-list > li");
    await expect.poll(() => carriers.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual(implementers.map((r) => r.id));
    const plan = page.locator(`#carrier-list > li[data-id="${edge.source}"]`);
    expect(await plan.locator("button.doc").textContent()).toBe("Kế hoạch 63/KH-UBND");
    expect(await plan.locator("blockquote").innerText()).toContain("triển khai thi hành Chỉ thị số 43/CT");

    await page.waitForTimeout(400); // the camera's move to the document
    const png = await page.screenshot();
    writeFileSync(join(screenshotDir(dir), "view.png"), png);
    expect(pngSize(png)).toEqual(VIEWPORT);
    expect(png.length).toBeGreaterThan(30_000);
    expect(await colourCount(browser, png)).toBeGreaterThan(100);
    // The graph itself, not only the panel: the camera went to the document, whose label is drawn.
    const box = (await page.locator("#graph").boundingBox())!;
    const drawn = await page.screenshot({ clip: box });
    expect(await colourCount(browser, drawn)).toBeGreaterThan(30);
    clean(seen);
    await page.close();
  });

  it("hides what each filter says and shows it again", async () => {
    const { page, seen } = await open();
    const n = graph.nodes.length;
    const e = graph.edges.length;
    expect(await status(page)).toBe(`${n} of ${n} documents, ${e} of ${e} relations shown`);

    const references = graph.edges.filter((x: any) => x.attributes.type === "references").length;
    expect(references).toBeGreaterThan(0);
    await page.uncheck('#filters input[name="relation"][value="references"]');
    expect(await status(page)).toBe(`${n} of ${n} documents, ${e - references} of ${e} relations shown`);
    await page.check('#filters input[name="relation"][value="references"]');

    const plans = new Set(graph.nodes.filter((x: any) => x.attributes.kind === "plan").map((x: any) => x.key));
    const kept = graph.edges.filter((x: any) => !plans.has(x.source) && !plans.has(x.target)).length;
    await page.uncheck('#filters input[name="kind"][value="plan"]');
    expect(await status(page)).toBe(`${n - plans.size} of ${n} documents, ${kept} of ${e} relations shown`);
    await page.check('#filters input[name="kind"][value="plan"]');

    const undated = graph.nodes.filter((x: any) => !x.attributes.date && !/@\d{4}/.test(x.key) && x.attributes.year === null).length;
    await page.uncheck('#filters input[name="undated"]');
    expect(await status(page)).toMatch(new RegExp(`^${n - undated} of ${n} documents`));
    await page.check('#filters input[name="undated"]');
    expect(await status(page)).toBe(`${n} of ${n} documents, ${e} of ${e} relations shown`);
    clean(seen);
    await page.close();
  });

  it("selects the document a link names (#ref=...), by id or citation text", async () => {
    const plan = graph.nodes.find((x: any) => x.key.startsWith("63/KH-UBND")).key;
    for (const ref of [plan, "Kế hoạch 63/KH-UBND"]) {
      const { page, seen } = await open(`#ref=${encodeURIComponent(ref)}`);
      expect(await page.textContent("#doc-label")).toBe("Kế hoạch 63/KH-UBND");
      expect(await page.inputValue("#search")).toBe("Kế hoạch 63/KH-UBND");
      clean(seen);
      await page.close();
    }
  });

  it("draws Vietnamese labels and the legend of the kinds present", async () => {
    const { page, seen } = await open();
    const kinds = new Set(graph.nodes.map((x: any) => x.attributes.kind));
    expect(await page.locator('#filters input[name="kind"]').count()).toBe(kinds.size);
    expect(await page.locator("#legend").innerText()).toContain("Kế hoạch");
    expect(await page.title()).toBe("Five plans");
    const png = await page.screenshot();
    writeFileSync(join(screenshotDir(dir), "view-overview.png"), png);
    expect(await colourCount(browser, png)).toBeGreaterThan(100);
    clean(seen);
    await page.close();
  });
});
