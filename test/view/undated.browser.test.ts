/** `vncite view` in Chromium: what identity cannot prove (a mention without its year) shown apart from what it proves. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edgeKey } from "../../src/graph/build.js";
import { TEST_FLAG } from "../../src/view/browser/test-flag.js";
import { POSSIBLE_LINK, possibleEdgeStyle, RELATION_STYLES } from "../../src/view/palette.js";
import { removeTempDirs, tempDir, vncite } from "../cli/helpers.js";
import { HAVE_CHROMIUM, launch, watch, type Watch } from "./chromium.js";

const dir = tempDir("view-undated");
const PAGE = join(dir, "graph.html");
const URL_ = pathToFileURL(PAGE).href;
const DATED = "15/CT-TTg@2020";
const UNDATED = "15/CT-TTg@?";

describe.skipIf(!HAVE_CHROMIUM)("vncite view of a dated and an undated 15/CT-TTg", () => {
  let browser: Browser;

  beforeAll(async () => {
    writeFileSync(join(dir, "a.txt"), "Thực hiện Chỉ thị số 15/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.\n");
    writeFileSync(join(dir, "b.txt"), "Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ.\n");
    const run = await vncite(["view", "a.txt", "b.txt", "-o", PAGE, "--jobs", "1"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    removeTempDirs();
  });

  async function open(ref: string): Promise<{ page: Page; seen: Watch }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watch(page);
    // The tests' flag: the page then shows what sigma draws (window.vnciteView).
    await page.goto(`${URL_}?${TEST_FLAG}#ref=${encodeURIComponent(ref)}`);
    await page.waitForSelector("html[data-ready=true]", { state: "attached" });
    return { page, seen };
  }

  const ids = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => [e.getAttribute("data-id"), e.getAttribute("data-via")]));

  it("lists the undated mention's citer under its own heading, apart from the proven citers, in the panel and in who carries it out", async () => {
    const { page, seen } = await open(DATED);
    await expect.poll(() => page.textContent("#doc-label")).toBe("Chỉ thị 15/CT-TTg");
    expect(await page.locator("#in li").evaluateAll((els) => els.map((e) => e.getAttribute("data-other")))).toEqual(["file:a.txt"]);
    expect(await ids(page, "#possible > li")).toEqual([["file:b.txt", UNDATED]]);
    expect(await page.locator("#panel").innerText()).toMatch(/Có thể trích dẫn — not proven \(1\)/i);
    expect(await page.locator("#possible > li .rel").allTextContents()).toEqual(["implements"]);
    expect(await page.locator("#undated").count()).toBe(0);
    // The dated directive is named by the warning about the mention: shown here too.
    expect(await page.locator("#warnings li").evaluateAll((els) => els.map((e) => e.getAttribute("data-code")))).toEqual(["undated-candidate"]);

    await page.click("#carry");
    await expect.poll(() => page.locator("#carrier-list > li").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual(["file:a.txt"]);
    expect(await ids(page, "#possible-carriers > li")).toEqual([["file:b.txt", UNDATED]]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  /** What sigma draws a document or relation with (app.ts's vnciteView): colour, size, hidden, label. */
  type Display = { color: string; size: number; hidden: boolean; label: string | null } | undefined;
  const drawn = (page: Page, what: "node" | "edge", key: string) =>
    page.evaluate(([w, k]) => (window as any).vnciteView[w](k) as Display, [what, key] as const);

  /** Pixels drawn on the layer of dashed links (possible-links.ts), and those of POSSIBLE_LINK's colour among them. */
  const linkPixels = (page: Page) =>
    page.evaluate((colour) => {
      const canvas = document.querySelector<HTMLCanvasElement>("canvas.sigma-possible")!;
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      let drawn = 0;
      let exact = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] === 0) continue;
        drawn++;
        if (data[i + 3] === 255 && data[i] === r && data[i + 1] === g && data[i + 2] === b) exact++;
      }
      return { drawn, exact };
    }, POSSIBLE_LINK.colour);

  it("highlights the possible citer with the proven one when the dated directive is selected, its relation drawn lighter, and says so in the legend", async () => {
    const { page, seen } = await open(DATED);
    const proven = edgeKey("implements", "file:a.txt", DATED);
    const possible = edgeKey("implements", "file:b.txt", UNDATED);
    const style = RELATION_STYLES.implements;
    const apart = possibleEdgeStyle(style);
    // The highlight follows the panel (app.ts): once the proven citer's relation is lit.
    await expect.poll(async () => (await drawn(page, "edge", proven))?.color).toBe(style.colour);
    await expect.poll(async () => (await drawn(page, "edge", possible))?.color).toBe(apart.colour);
    expect(apart.colour).not.toBe(style.colour);
    const edge = (await drawn(page, "edge", possible))!;
    expect(edge.hidden).toBe(false);
    expect(edge.size).toBeLessThan((await drawn(page, "edge", proven))!.size);
    // The citer and the mention it goes through are lit (labelled, in their kind's colour), as the proven citer is.
    for (const id of ["file:a.txt", "file:b.txt", UNDATED]) expect((await drawn(page, "node", id))!.label, id).not.toBeNull();
    expect(await page.locator("#legend-possible").innerText()).toContain("possible, not proven");
    // The mention is linked to the directive by a dashed line: no relation of the graph, a layer of its own.
    await expect.poll(async () => (await linkPixels(page)).exact).toBeGreaterThan(20);

    // Who carries this out: the chain and the possible carrier, still apart.
    await page.click("#carry");
    await expect.poll(() => ids(page, "#possible-carriers > li")).toEqual([["file:b.txt", UNDATED]]);
    await expect.poll(async () => (await drawn(page, "edge", possible))?.color).toBe(apart.colour);
    expect((await drawn(page, "edge", proven))!.color).toBe(style.colour);
    expect((await drawn(page, "node", "file:b.txt"))!.label).not.toBeNull();
    // Off again: the selection's highlight, the possible citer in it.
    await page.click("#carry");
    await expect.poll(async () => (await drawn(page, "edge", possible))?.color).toBe(apart.colour);
    expect((await linkPixels(page)).exact).toBeGreaterThan(20);
    // Nothing selected (a click on the graph's empty corner): the dashed line goes.
    await page.locator("#graph").click({ position: { x: 5, y: 5 } });
    await expect.poll(async () => (await linkPixels(page)).drawn).toBe(0);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it("draws the undated mention's own citers as proven when the mention itself is selected", async () => {
    const { page, seen } = await open(UNDATED);
    const possible = edgeKey("implements", "file:b.txt", UNDATED);
    await expect.poll(async () => (await drawn(page, "edge", possible))?.color).toBe(RELATION_STYLES.implements.colour);
    // The dated directive is no neighbour of its mention: dimmed, and no dashed line drawn to it.
    expect((await drawn(page, "node", DATED))!.label).toBeNull();
    expect((await linkPixels(page)).drawn).toBe(0);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it("tags the mention without its year, in its panel and in the search, and names its candidate", async () => {
    const { page, seen } = await open(UNDATED);
    await expect.poll(() => page.locator("#undated").count()).toBe(1);
    expect(await page.locator("#undated").innerText()).toContain("without its year");
    expect(await page.locator("#undated button.doc").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual([DATED]);
    const warning = page.locator('#warnings li[data-code="undated-candidate"]');
    expect(await warning.innerText()).toContain(`${UNDATED} may be ${DATED}`);
    expect(await page.locator("#possible").count()).toBe(0);

    await page.locator("#search").fill("");
    await page.locator("#search").pressSequentially("15/CT-TTg");
    const tagged = page.locator(`#suggestions li[data-id="${UNDATED}"]`);
    await expect.poll(() => tagged.count()).toBe(1);
    expect(await tagged.getAttribute("data-undated")).toBe("true");
    expect(await tagged.locator(".tag.undated").textContent()).toBe("no year");
    expect(await tagged.locator(".candidates").textContent()).toBe(`may be ${DATED}`);
    expect(await page.locator(`#suggestions li[data-id="${DATED}"]`).getAttribute("data-undated")).toBeNull();
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it("sets the tests' window.vnciteView only when the page is opened with their flag", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const seen = watch(page);
    await page.goto(`${URL_}#ref=${encodeURIComponent(DATED)}`);
    await page.waitForSelector("html[data-ready=true]", { state: "attached" });
    // The page is working (the selection from its hash is made) and gives no global of sigma's.
    await expect.poll(() => page.textContent("#doc-label")).toBe("Chỉ thị 15/CT-TTg");
    expect(await page.evaluate(() => "vnciteView" in window)).toBe(false);
    expect(seen.errors).toEqual([]);
    await page.close();
    const flagged = await open(DATED);
    expect(await flagged.page.evaluate(() => "vnciteView" in window)).toBe(true);
    await flagged.page.close();
  });
});
