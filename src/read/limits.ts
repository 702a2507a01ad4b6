/**
 * What one file may cost. vncite reads thousands of files nobody checked (portal downloads), so
 * each reader stops at these bounds with a ReadError naming the limit, instead of taking the
 * process's memory or time; the caller raises a limit when a real document needs more.
 */

export interface ReadLimits {
  /** Bytes of the file itself (also bytes given directly, and standard input). Default 100 MiB. */
  maxFileSize?: number;
  /** Bytes the XML parts of a .docx inflate to, read from the zip's directory and counted while inflating. Default 64 MiB. */
  maxInflatedSize?: number;
  /** UTF-16 code units of extracted text (a small PDF can hold a huge text layer). Default 50 M, some 25,000 dense pages. */
  maxTextLength?: number;
  /** Pages of a PDF (pdf.js takes time quadratic in the pages of a flat page tree). Default 2,000. */
  maxPages?: number;
  /**
   * Elements of an HTML page, or of a .docx's XML parts: the parsed trees take about 1-2 KB each,
   * and a small file can hold millions (64 MiB of "<w:p/>" is 11 million). Default 1,000,000.
   */
  maxElements?: number;
  /** Milliseconds for reading one PDF: its parsing thread is stopped at the limit, mid-page too. Default 120,000. */
  timeLimit?: number;
}

export const DEFAULT_LIMITS: Readonly<Required<ReadLimits>> = Object.freeze({
  maxFileSize: 100 * 1024 * 1024,
  maxInflatedSize: 64 * 1024 * 1024,
  maxTextLength: 50_000_000,
  maxPages: 2_000,
  maxElements: 1_000_000,
  timeLimit: 120_000,
});

/** The limits in force: each given one that is a positive number, the default for the rest. */
export function resolveLimits(given: ReadLimits | undefined): Required<ReadLimits> {
  const out = { ...DEFAULT_LIMITS };
  if (!given || typeof given !== "object") return out;
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[]) {
    const value = given[key];
    if (typeof value === "number" && value > 0) out[key] = value;
  }
  return out;
}

/** "100 MiB" for messages. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
