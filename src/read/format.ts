/** Which reader a file goes to: by extension, and by the bytes' signature. */
import type { ReadFormat } from "./types.js";

/** Extensions the readers handle (lower case, with the dot); the CLI walks these by default. */
export const READ_EXTENSIONS: Readonly<Record<string, ReadFormat>> = {
  ".pdf": "pdf",
  ".docx": "docx",
  ".doc": "doc",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".txt": "text",
  ".text": "text",
  ".md": "text",
};

export function formatFromPath(path: string): ReadFormat | null {
  const dot = path.lastIndexOf(".");
  if (dot < 0 || dot < Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"))) return null;
  return READ_EXTENSIONS[path.slice(dot).toLowerCase()] ?? null;
}

/** Formats with a signature; "rtf" is recognised only to refuse it clearly. */
export type Sniffed = ReadFormat | "rtf";

export function sniffFormat(bytes: Uint8Array): Sniffed | null {
  // One character per byte. Buffer's latin1 (ISO-8859-1) where TextDecoder("latin1") was
  // Windows-1252, five to ten times the cost for a worker's every file (bench/README.md, Session 37):
  // the two differ only on bytes 0x80-0x9F, which no test below reads (none is "<", ">", a space or
  // an ASCII letter, nor folds to one under /i).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
  // The PDF header may follow some junk bytes (PDF 32000-1, 7.5.2 leaves readers lenient).
  if (head.includes("%PDF-")) return "pdf";
  if (head.startsWith("PK\x03\x04")) return "docx";
  if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return "doc";
  if (head.startsWith("{\\rtf")) return "rtf";
  if (/^(?:\xEF\xBB\xBF)?\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head) || /<(?:html|body)[\s>]/i.test(head)) {
    return "html";
  }
  return null;
}
