/**
 * Debian's Chromium driven by playwright-core (no browser is downloaded). The browser tests run
 * when /usr/bin/chromium (or $CHROMIUM) exists and are skipped, with a line saying so, when not.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

if (!HAVE_CHROMIUM) {
  process.stderr.write(`\nvncite: SKIPPING the browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)\n\n`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM });
}

/** What a page did that a self-contained, offline page must not do. */
export interface Watch {
  /** console.error messages and uncaught exceptions. */
  errors: string[];
  /** Every URL the page requested, its own file included. */
  requests: string[];
}

export function watch(page: Page): Watch {
  const w: Watch = { errors: [], requests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") w.errors.push(m.text());
  });
  page.on("pageerror", (e) => w.errors.push(e.message));
  page.on("request", (r) => w.requests.push(r.url()));
  return w;
}

/** Width and height from a PNG's header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * How many distinct colours a PNG has, decoded by the browser in a blank page of its own (so the
 * tested page's request log stays its own). A blank or one-colour screenshot has one or two.
 */
export async function colourCount(browser: Browser, png: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    }, png.toString("base64"));
  } finally {
    await page.close();
  }
}

/** Where screenshots go: $VNCITE_SCREENSHOTS (the README's come from docs/screenshots), else the test's temp folder. */
export function screenshotDir(fallback: string): string {
  return process.env.VNCITE_SCREENSHOTS ?? fallback;
}
