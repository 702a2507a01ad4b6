/** .docx (Office Open XML) through mammoth's raw-text extraction: paragraphs, tables, lists. */
import { ReadError, fileLabel, type Extracted } from "./types.js";
import { errorText, toBuffer } from "./util.js";

export async function readDocx(bytes: Uint8Array, path?: string): Promise<Extracted> {
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
  return { text: result.value.replace(/\n\n/g, "\n").replace(/\n+$/, ""), warnings };
}
