/** .docx (Office Open XML) through mammoth's raw-text extraction: paragraphs, tables, lists. */
import type { ReadLimits } from "./limits.js";
import { DEFAULT_LIMITS, sizeText } from "./limits.js";
import { trimTrailingNewlines } from "./trim.js";
import { ReadError, fileLabel, type Extracted } from "./types.js";
import { errorText, toBuffer } from "./util.js";
import { inflatedSize, isXmlPart, zipEntries, type Inflated } from "./zip-bound.js";

export async function readDocx(bytes: Uint8Array, path?: string, limits: Required<ReadLimits> = DEFAULT_LIMITS): Promise<Extracted> {
  await checkInflatedSize(bytes, path, limits);
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    // Loaded on first use: mammoth takes ~0.3 s to load, which a run over plain text never needs.
    const { default: mammoth } = await import("mammoth");
    result = await mammoth.extractRawText({ buffer: toBuffer(bytes) });
  } catch (cause) {
    throw new ReadError("corrupt", path, `${fileLabel(path)}cannot read this .docx (${errorText(cause)})`, { cause });
  }
  // mammoth's warnings are about styles it cannot map to HTML, which raw text does not use.
  const warnings = result.messages
    .filter((m) => m.type === "error")
    .map((m) => ({ code: "docx-error", message: m.message }));
  // mammoth ends every paragraph with "\n\n"; one line per paragraph is what the other formats
  // give (an empty paragraph stays a blank line), and the last break is not text.
  return { text: trimTrailingNewlines(result.value.replace(/\n\n/g, "\n")), warnings };
}

/**
 * mammoth holds every XML part as a tree, 1-2 KB per element: refuse a bomb before that, by the
 * sizes the zip's directory declares, then by inflating and counting (a directory can lie).
 */
async function checkInflatedSize(bytes: Uint8Array, path: string | undefined, limits: Required<ReadLimits>): Promise<void> {
  let counted: Inflated;
  try {
    const parts = zipEntries(bytes).filter((e) => isXmlPart(e.name));
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
}
