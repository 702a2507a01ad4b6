/** .docx (Office Open XML) through mammoth's raw-text extraction: paragraphs, tables, lists. */
import mammoth from "mammoth";
import { ReadError, fileLabel, type Extracted } from "./types";

export async function readDocx(bytes: Uint8Array, path?: string): Promise<Extracted> {
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.extractRawText({ buffer: toBuffer(bytes) });
  } catch (cause) {
    throw new ReadError("corrupt", path, `${fileLabel(path)}cannot read this .docx (${errorText(cause)})`, { cause });
  }
  const warnings = result.messages.map((m) => ({ code: `docx-${m.type}`, message: m.message }));
  // mammoth ends every paragraph with "\n\n"; the last one is not text.
  return { text: result.value.replace(/\n+$/, ""), warnings };
}

export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
