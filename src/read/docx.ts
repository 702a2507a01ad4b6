/**
 * .docx (Office Open XML): the raw text mammoth's extractRawText gives (paragraphs, tables,
 * lists, text boxes), read by docx-text.ts in one pass over the main part, and by mammoth itself
 * for what that does not model.
 */
import type { ReadLimits } from "./limits.js";
import { DEFAULT_LIMITS, sizeText } from "./limits.js";
import { trimTrailingNewlines } from "./trim.js";
import { ReadError, fileLabel, type Extracted, type ReadWarning } from "./types.js";
import { errorText, toBuffer } from "./util.js";
import { docxRawText } from "./docx-text.js";
import { scanXml } from "./xml-scan.js";
import { entryBytes, inflatedSize, isXmlPart, zipEntries, type Inflated, type ZipEntry } from "./zip-bound.js";

/**
 * Past this many XML elements mammoth takes seconds and gigabytes (10 µs and 1.8 KB each): a
 * document this large that holds what only mammoth reads exactly is read without it.
 */
const MAMMOTH_ELEMENTS = 200_000;

export async function readDocx(bytes: Uint8Array, path?: string, limits: Required<ReadLimits> = DEFAULT_LIMITS): Promise<Extracted> {
  const { entries, elements } = await checkInflatedSize(bytes, path, limits);
  const xml = await mainPart(bytes, entries, limits).catch(() => null);
  let raw = xml === null ? null : docxRawText(xml);
  const warnings: ReadWarning[] = [];
  if (raw === null && xml !== null && elements > MAMMOTH_ELEMENTS) {
    raw = docxRawText(xml, true);
    if (raw !== null) {
      warnings.push({
        code: "docx-approximate",
        message: `read without mammoth (${elements} XML elements would take it too long): symbol characters (w:sym) are left out, check boxes read as the character they show`,
      });
    }
  }
  raw ??= await mammothText(bytes, path);
  // mammoth ends every paragraph with "\n\n"; one line per paragraph is what the other formats
  // give (an empty paragraph stays a blank line), and the last break is not text.
  return { text: trimTrailingNewlines(raw.replace(/\n\n/g, "\n")), warnings };
}

/** The main part's XML, or null when there is none (mammoth then says what is wrong). */
async function mainPart(bytes: Uint8Array, entries: ZipEntry[], limits: Required<ReadLimits>): Promise<string | null> {
  const mainPath = await mainDocumentPath(bytes, entries, limits);
  const main = entries.find((e) => e.name === mainPath);
  if (!main) return null;
  return new TextDecoder("utf-8").decode(await entryBytes(bytes, main, limits.maxInflatedSize));
}

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/** Where the package's relationships say the main part is, as mammoth finds it (the first that exists), or word/document.xml. */
async function mainDocumentPath(bytes: Uint8Array, entries: ZipEntry[], limits: Required<ReadLimits>): Promise<string> {
  const names = new Set(entries.map((e) => e.name));
  const rels = entries.find((e) => e.name === "_rels/.rels");
  const targets: string[] = [];
  if (rels) {
    scanXml(new TextDecoder("utf-8").decode(await entryBytes(bytes, rels, limits.maxInflatedSize)), RELATIONSHIPS, {
      open: (name, attributes) => {
        if (name === "relationships:Relationship" && attributes.Type === OFFICE_DOCUMENT && attributes.Target) targets.push(attributes.Target);
      },
      close: () => {},
      text: () => {},
    });
  }
  return targets.map((t) => t.replace(/^\//, "")).find((t) => names.has(t)) ?? "word/document.xml";
}

const RELATIONSHIPS = { "http://schemas.openxmlformats.org/package/2006/relationships": "relationships" };

async function mammothText(bytes: Uint8Array, path: string | undefined): Promise<string> {
  let result: { value: string };
  try {
    // Loaded on first use: mammoth takes ~0.3 s to load, which a run over plain text never needs.
    const { default: mammoth } = await import("mammoth");
    result = await mammoth.extractRawText({ buffer: toBuffer(bytes) });
  } catch (cause) {
    throw new ReadError("corrupt", path, `${fileLabel(path)}cannot read this .docx (${errorText(cause)})`, { cause });
  }
  // mammoth's messages are warnings about styles and elements raw text does not use (its only
  // "error" messages come from its HTML conversion).
  return result.value;
}

/**
 * mammoth holds every XML part as a tree, 1-2 KB per element: refuse a bomb before that, by the
 * sizes the zip's directory declares, then by inflating and counting (a directory can lie).
 */
async function checkInflatedSize(
  bytes: Uint8Array,
  path: string | undefined,
  limits: Required<ReadLimits>,
): Promise<{ entries: ZipEntry[]; elements: number }> {
  let counted: Inflated;
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes);
    const parts = entries.filter((e) => isXmlPart(e.name));
    const declared = parts.reduce((sum, e) => sum + e.size, 0);
    counted =
      declared > limits.maxInflatedSize
        ? { bytes: declared, elements: 0, over: "bytes" }
        : await inflatedSize(bytes, parts, { bytes: limits.maxInflatedSize, elements: limits.maxElements });
  } catch (cause) {
    throw new ReadError("corrupt", path, `${fileLabel(path)}cannot read this .docx (${errorText(cause)})`, { cause });
  }
  if (counted.over === "bytes") {
    throw new ReadError(
      "inflated-too-large",
      path,
      `${fileLabel(path)}its XML inflates to more than the ${sizeText(limits.maxInflatedSize)} limit (a zip bomb, or a giant document); raise --max-inflated-size (maxInflatedSize) to read it`,
    );
  }
  if (counted.over === "elements") {
    throw new ReadError(
      "too-many-elements",
      path,
      `${fileLabel(path)}its XML has more than the limit of ${limits.maxElements} elements; raise --max-elements (maxElements) to read it`,
    );
  }
  return { entries, elements: counted.elements };
}
