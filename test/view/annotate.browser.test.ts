/** `vncite annotate` pages in Chromium: the marks, their hover details, and links into a view. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, records, removeTempDirs, tempDir, vncite } from "../cli/helpers.js";
import { HAVE_CHROMIUM, colourCount, launch, pngSize, screenshotDir, watch } from "./chromium.js";

const dir = tempDir("annotate-browser");
const SEED = FIXTURES[0];
const VIEW = join(dir, "graph.html");
const PAGE = join(dir, "plan.html");
const VIEWPORT = { width: 1100, height: 700 };

describe.skipIf(!HAVE_CHROMIUM)("vncite annotate in Chromium", () => {
  let browser: Browser;
  let citations: Record<string, any>[];

  beforeAll(async () => {
    expect((await vncite(["view", ...FIXTURES, "-o", VIEW, "--jobs", "1"])).code).toBe(0);
    const run = await vncite(["annotate", SEED, "-o", PAGE, "--graph", VIEW]);
    expect(run.code, run.stderr).toBe(0);
    citations = records((await vncite(["extract", SEED])).stdout).filter((r) => r.record === "citation");
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    removeTempDirs();
  });

  it("marks as many citations as extract finds; hovering one shows its kind, id, date, issuer and role", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const seen = watch(page);
    await page.goto(pathToFileURL(PAGE).href);
    const marked = await page.locator(".cite").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-i")))].length);
    expect(citations.length).toBeGreaterThan(50);
    expect(marked).toBe(citations.length);
    expect(await page.textContent("#count")).toBe(String(citations.length));

    const pick = citations.findIndex((c) => c.date && c.issuer && c.role === "implements");
    expect(pick).toBeGreaterThanOrEqual(0);
    const mark = page.locator(`#c${pick}`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tip = page.locator("#tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    const c = citations[pick];
    expect(text).toContain(`id: ${c.id}`);
    expect(text).toContain(`date: ${c.date}`);
    expect(text).toContain(`(${c.kind})`);
    expect(text).toContain("role: implements");
    expect(text).toContain(c.issuer.name);
    expect(await mark.innerText()).toBe(c.raw);

    const png = await page.screenshot();
    writeFileSync(join(screenshotDir(dir), "annotate.png"), png);
    expect(pngSize(png)).toEqual(VIEWPORT);
    expect(await colourCount(browser, png)).toBeGreaterThan(100);

    expect(seen.errors).toEqual([]);
    expect(seen.requests).toEqual([pathToFileURL(PAGE).href]);
    await page.close();
  });

  it("links a citation to its document in the view", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const seen = watch(page);
    await page.goto(pathToFileURL(PAGE).href);
    const i = citations.findIndex((c) => /^43\/CT-TTg/.test(c.id));
    await page.locator(`#c${i}`).click();
    await page.waitForSelector("html[data-ready=true]", { state: "attached" });
    expect(page.url()).toBe(`${pathToFileURL(VIEW).href}#ref=${encodeURIComponent(citations[i].id)}`);
    expect(await page.textContent("#doc-label")).toBe("Chỉ thị 43/CT-TTg");
    expect(seen.errors).toEqual([]);
    expect(seen.requests.map((u) => u.replace(/#.*$/, ""))).toEqual([pathToFileURL(PAGE).href, pathToFileURL(VIEW).href]);
    await page.close();
  });
});
