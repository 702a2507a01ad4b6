/**
 * The read stage: a file (path or bytes) to text, with page boundaries when the format has pages.
 *
 *   const { text, pages, format, warnings } = await readDocument("plan.pdf");
 *   pageAt(pages, citation.start) // -> 3
 *
 * Every format ends in the same place: text in legacy Vietnamese font encodings (TCVN3, VNI) is
 * converted to Unicode, with a warning. Failures are thrown as ReadError.
 */
import { lastAtOrBefore } from "../shared/search.js";
import { readDoc } from "./doc.js";
import { readDocx } from "./docx.js";
import { errorText } from "./util.js";
import { formatFromPath, sniffFormat, type Sniffed } from "./format.js";
import { readHtml } from "./html.js";
import { resolveLimits, type ReadLimits } from "./limits.js";
import { loadFile, tooLarge } from "./load.js";
import { decodeLegacy, decodeLegacyParagraphs, legacyMessage, legacyReading } from "../shared/legacy-encoding.js";
import { readPdf } from "./pdf.js";
import { readText } from "./text.js";
import { ReadError, fileLabel, type Extracted, type PageSpan, type ReadFormat, type ReadResult, type ReadWarning } from "./types.js";

export { ReadError } from "./types.js";
export type { PageSpan, ReadErrorCode, ReadFormat, ReadResult, ReadWarning } from "./types.js";
export { READ_EXTENSIONS } from "./format.js";
export { DEFAULT_LIMITS, type ReadLimits } from "./limits.js";

export interface ReadOptions extends ReadLimits {
  /** The file's name, for messages and to tell the format from its extension when input is bytes. */
  path?: string;
  /** Skip detection and read as this format. */
  format?: ReadFormat;
  /** Convert TCVN3/VNI text to Unicode when detected (default true). */
  convertLegacy?: boolean;
}

/**
 * Read a file (a path) or its bytes. Every failure, whatever the input, is a rejected ReadError;
 * each limit of ReadLimits is its own code.
 */
export async function readDocument(input: string | Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const opts: ReadOptions = options !== null && typeof options === "object" ? options : {};
  const path = typeof input === "string" ? input : typeof opts.path === "string" ? opts.path : undefined;
  const limits = resolveLimits(opts);
  let bytes: Uint8Array;
  if (typeof input === "string") bytes = await loadFile(input, limits.maxFileSize);
  else if (input instanceof Uint8Array) bytes = input;
  else throw new ReadError("invalid-input", path, `${fileLabel(path)}readDocument takes a path or bytes, not ${describe(input)}`);
  if (bytes.length > limits.maxFileSize) throw tooLarge(path, limits.maxFileSize, bytes.length);
  const warnings: ReadWarning[] = [];
  const format = opts.format ?? chooseFormat(bytes, path, warnings);
  const extracted = await extract(format, bytes, path, limits).catch((cause: unknown) => {
    // A reader's own failure (a library choking on a damaged file) is the file's fault, not ours.
    if (cause instanceof ReadError) throw cause;
    throw new ReadError("corrupt", path, `${fileLabel(path)}cannot read this ${format} file (${errorText(cause)})`, { cause });
  });
  if (extracted.text.length > limits.maxTextLength) {
    throw new ReadError(
      "text-too-large",
      path,
      `${fileLabel(path)}its text is longer than the limit of ${limits.maxTextLength} characters; raise --max-text-length (maxTextLength) to read it`,
    );
  }
  // Nothing to read, as a scanned PDF has nothing: said, not handed on as a document without
  // citations. (The PDF reader tells its own cases apart: a scan, text drawn outside the page.)
  if (format !== "pdf" && !/\S/.test(extracted.text)) throw new ReadError("empty", path, `${fileLabel(path)}holds no text`);
  const result = opts.convertLegacy === false ? extracted : convertLegacy(extracted);
  return {
    text: result.text,
    ...(result.pages ? { pages: result.pages } : {}),
    format,
    warnings: [...warnings, ...result.warnings],
  };
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

/**
 * The 1-based page holding a UTF-16 offset of the read text, or null when there are no pages or
 * the offset is outside them. The blank separator after a page counts as that page.
 */
export function pageAt(pages: readonly PageSpan[] | undefined, offset: number): number | null {
  if (!pages || pages.length === 0 || offset < pages[0].start || offset > pages[pages.length - 1].end) return null;
  return lastAtOrBefore(pages, offset, (p) => p.start) + 1;
}

/** The bytes' signature wins over the name: portals serve .doc files that are really .docx or HTML. */
function chooseFormat(bytes: Uint8Array, path: string | undefined, warnings: ReadWarning[]): ReadFormat {
  const named = path ? formatFromPath(path) : null;
  const sniffed = supported(sniffFormat(bytes), path);
  if (named === null) return sniffed ?? "text";
  if (sniffed === null || sniffed === named) return named;
  // A .txt that merely starts with "<" stays text; binary containers are what they say they are.
  if (named === "text" && sniffed === "html") return named;
  warnings.push({ code: "format-mismatch", message: `named as ${named} but the content is ${sniffed}; read as ${sniffed}` });
  return sniffed;
}

function supported(sniffed: Sniffed | null, path: string | undefined): ReadFormat | null {
  if (sniffed !== "rtf") return sniffed;
  throw new ReadError("unsupported-format", path, `${fileLabel(path)}is an RTF file, which vncite does not read; save it as .docx or .pdf`);
}

async function extract(format: ReadFormat, bytes: Uint8Array, path: string | undefined, limits: Required<ReadLimits>): Promise<Extracted> {
  switch (format) {
    case "pdf":
      return readPdf(bytes, path, limits);
    case "docx":
      return readDocx(bytes, path, limits);
    case "doc":
      return readDoc(bytes, path);
    case "html":
      return readHtml(bytes, path, limits);
    case "text":
      return readText(bytes, path);
  }
}

/** Convert TCVN3/VNI mojibake page by page, so page offsets stay right when VNI pairs shrink to one letter. */
function convertLegacy(doc: Extracted): Extracted {
  const reading = legacyReading(doc.text);
  if (reading === null) return doc;
  // A Unicode page can still carry a legacy body as long paragraphs: those alone are converted.
  const { encoding, paragraphs } = reading;
  const warning = { code: "legacy-encoding", message: legacyMessage(encoding, paragraphs === null) };
  const decode = (s: string) => (paragraphs === null ? decodeLegacy(s, encoding) : (decodeLegacyParagraphs(s)?.text ?? s));
  if (!doc.pages) return { text: paragraphs ?? decode(doc.text), warnings: [...doc.warnings, warning] };
  let text = "";
  let at = 0;
  const pages = doc.pages.map((page) => {
    text += decode(doc.text.slice(at, page.start));
    const start = text.length;
    text += decode(doc.text.slice(page.start, page.end));
    at = page.end;
    return { start, end: text.length };
  });
  text += decode(doc.text.slice(at));
  return { text, pages, warnings: [...doc.warnings, warning] };
}
