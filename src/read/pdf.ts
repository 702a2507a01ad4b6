/**
 * PDF through Mozilla's pdf.js (legacy build, the one that runs on Node).
 *
 * Text items are joined in content-stream order (the order the producer wrote them, which is
 * reading order for office exports), with "\n" where the baseline moves and "\n\n" between pages.
 * Citations broken across lines ("343/2016/TT-⏎BTC") are left as they are: the prepare stage
 * mends them. pdf.js runs in-process without a worker thread and never touches the network: its
 * font and CMap data come from the installed package.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { errorText } from "./util.js";
import { ReadError, fileLabel, type Extracted, type PageSpan, type ReadWarning } from "./types.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** A page with fewer letters than this has no real text layer (a scan with a stamped page number). */
const MIN_LETTERS_PER_PAGE = 10;
const PAGE_SEPARATOR = "\n\n";

let pdfjs: Promise<PdfJs> | undefined;

/** Load pdf.js once, on first use: it is big, and most runs read no PDF. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    // With the worker's handler on globalThis, pdf.js runs it in this thread instead of
    // loading a worker script from a URL.
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return pdfjs;
}

/** pdf.js's data folders in the installed package, read from disk (never fetched). */
function pdfjsDataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  // __filename in the CommonJS bundle, import.meta.url in ESM.
  const require = createRequire(typeof __filename === "string" ? __filename : import.meta.url);
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  return { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
}

export async function readPdf(bytes: Uint8Array, path?: string): Promise<Extracted> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the array it is given
    ...pdfjsDataDirs(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
  });
  try {
    const doc = await task.promise.catch((cause: unknown) => {
      throw openError(cause, path);
    });
    const pageTexts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pageTexts.push(joinItems(content.items.filter((item): item is TextItem => "str" in item)));
      page.cleanup();
    }
    return assemble(pageTexts, path);
  } finally {
    await task.destroy();
  }
}

function openError(cause: unknown, path: string | undefined): ReadError {
  const name = cause instanceof Error ? cause.name : "";
  if (name === "PasswordException") {
    return new ReadError("encrypted", path, `${fileLabel(path)}the PDF is password-protected`, { cause });
  }
  return new ReadError("corrupt", path, `${fileLabel(path)}cannot read this PDF (${errorText(cause)})`, { cause });
}

/**
 * One page's items to lines. A line is a run of consecutive items on one baseline; inside it the
 * items are put in x order, because producers write glyphs from a fallback font after the rest of
 * the line (LibreOffice draws "TỈNH" as "T", "NH", then "Ỉ").
 */
function joinItems(items: TextItem[]): string {
  const lines: TextItem[][] = [];
  let line: TextItem[] = [];
  let baseline = 0;
  let size = 0;
  for (const item of items) {
    if (item.str === "") continue; // empty items only carry hasEOL: geometry decides lines
    const itemSize = fontSize(item) || 10;
    // Half a glyph height: superscripts stay on their line, the next line does not.
    if (line.length === 0 || Math.abs(y(item) - baseline) > 0.5 * Math.max(itemSize, size)) {
      line = [];
      lines.push(line);
      baseline = y(item);
      size = itemSize;
    }
    line.push(item);
  }
  return lines.map(lineText).join("\n");
}

function lineText(items: TextItem[]): string {
  const sorted = [...items].sort((a, b) => x(a) - x(b));
  let out = "";
  let prev: TextItem | undefined;
  for (const item of sorted) {
    if (prev) {
      // Producers often place words as separate items with no space item between them.
      const gap = x(item) - (x(prev) + prev.width);
      const size = fontSize(item) || fontSize(prev) || 10;
      if (gap > size * 0.15 && !/\s$/.test(out) && !/^\s/.test(item.str)) out += " ";
    }
    out += item.str;
    prev = item;
  }
  // Trailing blanks carry no meaning.
  return out.replace(/\s+$/, "");
}

const x = (item: TextItem): number => item.transform[4];
const y = (item: TextItem): number => item.transform[5];
const fontSize = (item: TextItem): number => Math.hypot(item.transform[2], item.transform[3]);

function assemble(pageTexts: string[], path: string | undefined): Extracted {
  const warnings: ReadWarning[] = [];
  const empty = pageTexts.flatMap((t, i) => (letterCount(t) < MIN_LETTERS_PER_PAGE ? [i + 1] : []));
  if (empty.length === pageTexts.length) {
    throw new ReadError(
      "needs-ocr",
      path,
      `${fileLabel(path)}the PDF has no text layer (a scanned or image-only document): OCR is needed before citations can be read`,
    );
  }
  if (empty.length > 0) {
    warnings.push({
      code: "empty-page",
      message: `page${empty.length > 1 ? "s" : ""} ${empty.join(", ")} of ${pageTexts.length} ${empty.length > 1 ? "hold" : "holds"} no text (scanned?): OCR ${empty.length > 1 ? "them to read their" : "it to read its"} citations`,
    });
  }
  const pages: PageSpan[] = [];
  let text = "";
  for (const pageText of pageTexts) {
    if (pages.length > 0) text += PAGE_SEPARATOR;
    pages.push({ start: text.length, end: text.length + pageText.length });
    text += pageText;
  }
  const unreadable = (text.match(/[\uE000-\uF8FF\uFFFD]/g) ?? []).length;
  if (unreadable > 0.1 * letterCount(text)) {
    warnings.push({
      code: "garbled-text",
      message: "much of the PDF's text maps to private-use or unknown characters (fonts without a Unicode map): citations may be missed",
    });
  }
  return { text, pages, warnings };
}

function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}
