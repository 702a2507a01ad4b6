/** Shapes shared by the readers. */

export type ReadFormat = "pdf" | "docx" | "doc" | "html" | "text";

export interface ReadWarning {
  /** Stable machine code: "legacy-encoding", "empty-page", "format-mismatch", "docx-approximate"... (README, "Warnings and errors"). */
  code: string;
  message: string;
}

/** A page's text as text.slice(start, end); UTF-16 offsets into ReadResult.text. */
export interface PageSpan {
  start: number;
  end: number;
}

export interface ReadResult {
  text: string;
  /** Page n is pages[n - 1]. Present for PDFs, and for text files holding form feeds (pdftotext output). */
  pages?: PageSpan[];
  format: ReadFormat;
  warnings: ReadWarning[];
}

/** What one format reader hands back; readDocument adds the format and legacy-encoding conversion. */
export interface Extracted {
  text: string;
  pages?: PageSpan[];
  warnings: ReadWarning[];
}

export type ReadErrorCode =
  /** The file could not be opened (missing, permissions). */
  | "unreadable"
  /** The bytes are not a valid file of the format (truncated, damaged, not what the name says). */
  | "corrupt"
  /** A PDF with no text layer: a scan, OCR is needed. */
  | "needs-ocr"
  /** A file of any other format with no text at all: no bytes, blanks only, an empty page or document. */
  | "empty"
  /** A PDF that needs a password. */
  | "encrypted"
  /** A .txt that is neither UTF-8/UTF-16 nor a recognisable legacy Vietnamese text (damaged UTF-16 included). */
  | "invalid-utf8"
  /** A .txt that holds NUL bytes: some binary file with a text name. */
  | "binary"
  /** A format vncite does not read (RTF). */
  | "unsupported-format"
  /** Not a regular file (a FIFO, device or socket): reading one could block or never end. */
  | "not-a-file"
  /** Neither a path nor bytes were given. */
  | "invalid-input"
  /** More bytes than ReadLimits.maxFileSize (a file, bytes given, or standard input). */
  | "too-large"
  /** A .docx whose XML parts inflate past ReadLimits.maxInflatedSize (a zip bomb, or a giant text). */
  | "inflated-too-large"
  /** Text longer than ReadLimits.maxTextLength once extracted (a PDF's text layer, say). */
  | "text-too-large"
  /** A PDF with more pages than ReadLimits.maxPages. */
  | "too-many-pages"
  /** HTML, or a .docx's XML, with more elements than ReadLimits.maxElements. */
  | "too-many-elements"
  /** Reading took longer than ReadLimits.timeLimit. */
  | "timeout"
  /** The reader's own thread (pdf.js's) ran out of memory and was stopped. */
  | "out-of-memory";

/** Why a file could not be read; the CLI turns it into an error record. */
export class ReadError extends Error {
  readonly code: ReadErrorCode;
  /** The file's path, when known (a buffer read without options.path has none). */
  readonly path: string | undefined;

  constructor(code: ReadErrorCode, path: string | undefined, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ReadError";
    this.code = code;
    this.path = path;
  }
}

/** "report.pdf: " or "" — error messages name the file when there is one. */
export function fileLabel(path: string | undefined): string {
  return path ? `${path}: ` : "";
}
