/**
 * PDF through Mozilla's pdf.js (legacy build, the one that runs on Node).
 *
 * Text items are joined in content-stream order (the order the producer wrote them, which is
 * reading order for office exports), with "\n" where the baseline moves and "\n\n" between pages.
 * Citations broken across lines ("343/2016/TT-⏎BTC") are left as they are: the prepare stage
 * mends them. pdf.js parses in a thread of its own (pdf-thread.ts), which the time limit stops,
 * and never touches the network: its font and CMap data come from the installed package.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { countMatches } from "../shared/chunked.js";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.js";
import { pdfThread, type PdfThread } from "./pdf-thread.js";
import { errorText } from "./util.js";
import { ReadError, fileLabel, type Extracted, type PageSpan, type ReadWarning } from "./types.js";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** A page with fewer letters than this has no real text layer (a scan with a stamped page number). */
const MIN_LETTERS_PER_PAGE = 10;
const PAGE_SEPARATOR = "\n\n";

let pdfjs: Promise<PdfJs> | undefined;

/** Load pdf.js once, on first use: it is big, and most runs read no PDF. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjs;
}

/**
 * pdf.js's handle on a thread, made once per thread (pdf.js allows one per port). Its verbosity
 * is the thread's: made before getDocument sets the main thread's, it would default to warnings,
 * and pdf.js would print "Warning: Indexing all PDF objects" on the caller's stderr for a broken file.
 */
function pdfWorkerOf(thread: PdfThread, PDFWorker: PdfJs["PDFWorker"]): InstanceType<PdfJs["PDFWorker"]> {
  thread.pdfWorker ??= new PDFWorker({ port: thread.port as never, verbosity: 0 });
  return thread.pdfWorker as InstanceType<PdfJs["PDFWorker"]>;
}

/** pdf.js's data folders in the installed package, read from disk (never fetched). */
function pdfjsDataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  // __filename in the CommonJS bundle, import.meta.url in ESM.
  const require = createRequire(typeof __filename === "string" ? __filename : import.meta.url);
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  return { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
}

export async function readPdf(bytes: Uint8Array, path?: string, limits: Required<ReadLimits> = DEFAULT_LIMITS): Promise<Extracted> {
  const { getDocument, OPS, PDFWorker } = await loadPdfJs();
  const thread = pdfThread();
  const task = getDocument({
    worker: pdfWorkerOf(thread, PDFWorker),
    data: new Uint8Array(bytes), // pdf.js takes ownership of the array it is given
    ...pdfjsDataDirs(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
  });
  // The time limit is checked between pages, and by a timer that stops pdf.js's thread whatever
  // it is doing (this thread only waits for it, so the timer fires on time).
  const deadline = Date.now() + limits.timeLimit;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stopped = true;
      thread.stop();
      reject(timedOut(path, limits.timeLimit));
    }, limits.timeLimit);
  });
  const lost = thread.lost.then((cause) => {
    stopped = true;
    if ((cause as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") {
      throw new ReadError("out-of-memory", path, `${fileLabel(path)}pdf.js ran out of memory reading this PDF (a larger heap: node --max-old-space-size=<MB>)`, { cause });
    }
    throw new ReadError("corrupt", path, `${fileLabel(path)}pdf.js stopped while reading this PDF (${errorText(cause)})`, { cause });
  });
  lost.catch(() => {}); // settles after this read is over when the thread dies later: not this read's failure
  try {
    return await Promise.race([readPages(task, OPS, path, limits, deadline), timeout, lost]);
  } finally {
    clearTimeout(timer);
    if (stopped) {
      // The thread is gone: nothing would answer the clean-up's messages.
      void task.destroy().catch(() => {});
    } else {
      await task.destroy();
      thread.release();
    }
  }
}

async function readPages(
  task: ReturnType<PdfJs["getDocument"]>,
  ops: PdfJs["OPS"],
  path: string | undefined,
  limits: Required<ReadLimits>,
  deadline: number,
): Promise<Extracted> {
  const doc = await task.promise.catch((cause: unknown) => {
    throw openError(cause, path);
  });
  if (doc.numPages > limits.maxPages) {
    throw new ReadError(
      "too-many-pages",
      path,
      `${fileLabel(path)}the PDF has ${doc.numPages} pages, more than the limit of ${limits.maxPages}; raise --max-pages (maxPages) to read it`,
    );
  }
  const pageTexts: string[] = [];
  let length = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    if (Date.now() > deadline) throw timedOut(path, limits.timeLimit);
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const text = joinItems(content.items.filter((item): item is TextItem => "str" in item));
    pageTexts.push(text);
    page.cleanup();
    length += text.length + PAGE_SEPARATOR.length;
    if (length > limits.maxTextLength) {
      throw new ReadError(
        "text-too-large",
        path,
        `${fileLabel(path)}its text is longer than the limit of ${limits.maxTextLength} characters; raise --max-text-length (maxTextLength) to read it`,
      );
    }
  }
  // pdf.js leaves out text drawn outside the page's box. A PDF that gives no text at all yet
  // draws some is said so, rather than passed off as a scan. Only then, and on one page: the
  // operator list decodes every image, which would make reading a real scan several times slower.
  const noText = doc.numPages > 0 && pageTexts.every((t) => letterCount(t) < MIN_LETTERS_PER_PAGE);
  const offPage = noText && (await drawsText(await doc.getPage(1), ops)) ? [1] : [];
  return assemble(pageTexts, offPage, path);
}

/** Whether a page's content shows any text at all (visible or not). */
async function drawsText(page: { getOperatorList(): Promise<{ fnArray: number[] }> }, ops: PdfJs["OPS"]): Promise<boolean> {
  const shows = new Set<number>([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText]);
  const { fnArray } = await page.getOperatorList();
  return fnArray.some((fn) => shows.has(fn));
}

function timedOut(path: string | undefined, ms: number): ReadError {
  return new ReadError(
    "timeout",
    path,
    `${fileLabel(path)}reading the PDF took longer than the limit of ${ms / 1000} s; raise --time-limit (timeLimit) to wait longer`,
  );
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
export function joinItems(items: TextItem[]): string {
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
  const parts: string[] = [];
  let prev: TextItem | undefined;
  for (const item of sorted) {
    if (prev) {
      // Producers often place words as separate items with no space item between them.
      const gap = x(item) - (x(prev) + prev.width);
      const size = fontSize(item) || fontSize(prev) || 10;
      // The previous item's last character, not /\s$/ on the line so far, which tries every
      // position of the line (and first joins its pieces) for every item.
      if (gap > size * 0.15 && !/\s/.test(prev.str.slice(-1)) && !/^\s/.test(item.str)) parts.push(" ");
    }
    parts.push(item.str);
    prev = item;
  }
  // Trailing blanks carry no meaning. trimEnd, not /\s+$/: same blanks, without retrying from
  // every blank of a long run inside the line.
  return parts.join("").trimEnd();
}

const x = (item: TextItem): number => item.transform[4];
const y = (item: TextItem): number => item.transform[5];
const fontSize = (item: TextItem): number => Math.hypot(item.transform[2], item.transform[3]);

function assemble(pageTexts: string[], offPage: number[], path: string | undefined): Extracted {
  const warnings: ReadWarning[] = [];
  const drawnOff = new Set(offPage);
  const empty = pageTexts.flatMap((t, i) => (letterCount(t) < MIN_LETTERS_PER_PAGE && !drawnOff.has(i + 1) ? [i + 1] : []));
  if (offPage.length > 0) {
    warnings.push({
      code: "text-outside-page",
      message: `${offPage.length > 1 ? `pages ${offPage.join(", ")} draw` : `page ${offPage[0]} draws`} text outside the visible page (its MediaBox), which is not read`,
    });
  }
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
  const unreadable = countMatches(text, /[\uE000-\uF8FF\uFFFD]/g);
  if (unreadable > 0.1 * letterCount(text)) {
    warnings.push({
      code: "garbled-text",
      message: "much of the PDF's text maps to private-use or unknown characters (fonts without a Unicode map): citations may be missed",
    });
  }
  return { text, pages, warnings };
}

/** Any letter. A module constant: the bundler writes a literal holding \p{…} as `new RegExp(…)`, a new regex at every call. */
const ANY_LETTER = /\p{L}/gu;

function letterCount(text: string): number {
  return countMatches(text, ANY_LETTER);
}
