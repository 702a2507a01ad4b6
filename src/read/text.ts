/**
 * Plain text files (.txt, .md): UTF-8 (BOM stripped) or UTF-16 with a BOM.
 *
 * A file that is not valid UTF-8 is accepted only when it is recognisably a legacy Vietnamese
 * single-byte text (TCVN3 / VNI typed in a DOS or Windows editor, or Windows-1258); anything else
 * is an error rather than a silent guess, because wrong text means wrong citations.
 */
import { detectLegacyEncoding, legacyStats } from "../shared/legacy-encoding.js";
import { ReadError, fileLabel, type Extracted, type PageSpan, type ReadWarning } from "./types.js";
import { decodeUtf8 } from "./util.js";


export function readText(bytes: Uint8Array, path?: string): Extracted {
  const warnings: ReadWarning[] = [];
  const text = decode(bytes, path, warnings);
  const pages = formFeedPages(text);
  return pages ? { text, pages, warnings } : { text, warnings };
}

function decode(bytes: Uint8Array, path: string | undefined, warnings: ReadWarning[]): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le", path);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be", path);

  // Anywhere in the file, not only its start: a NUL is never text, and the search is a memchr.
  if (bytes.includes(0)) {
    throw new ReadError("binary", path, `${fileLabel(path)}holds NUL bytes: a binary file, or UTF-16 text without a byte order mark`);
  }
  try {
    return utf8(bytes, path);
  } catch (error) {
    // A UTF-8 file with a few damaged bytes is not a legacy file: decoding it as one would turn
    // every good letter into mojibake ("Quyáº¿t" even looks like TCVN3).
    const { valid, invalid } = utf8Profile(bytes);
    const legacy = valid < invalid ? singleByteFallback(bytes, warnings) : null;
    if (legacy !== null) return legacy;
    throw error;
  }
}

/** UTF-16 after its byte order mark; a truncated or damaged file is refused, as bad UTF-8 is, not read with U+FFFD in it. */
function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", path: string | undefined): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new ReadError("invalid-utf8", path, `${fileLabel(path)}not valid ${encoding.toUpperCase()} (a truncated or damaged file); save it again, as UTF-8`, { cause });
  }
}

function utf8(bytes: Uint8Array, path: string | undefined): string {
  try {
    return decodeUtf8(bytes, { fatal: true, ignoreBOM: true });
  } catch (cause) {
    const at = utf8Profile(bytes).firstInvalid;
    throw new ReadError(
      "invalid-utf8",
      path,
      `${fileLabel(path)}not valid UTF-8 (first bad byte at offset ${at}) and not a recognised TCVN3/VNI/Windows-1258 text; save it as UTF-8`,
      { cause },
    );
  }
}

/**
 * Legacy editors wrote one byte per character. TCVN3 and VNI bytes decode to their mojibake
 * under Windows-1252 (which readDocument then converts); Windows-1258 decodes straight to Vietnamese.
 */
function singleByteFallback(bytes: Uint8Array, warnings: ReadWarning[]): string | null {
  if (!looksTyped(bytes)) return null;
  const latin = new TextDecoder("windows-1252").decode(bytes);
  const font = detectLegacyEncoding(latin);
  const cp1258 = new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
  const stats = legacyStats(cp1258);
  const codePage = stats.words > 0 && stats.unicode >= 0.2 * stats.words;
  // Windows-1258 writes a tone as a byte after its vowel, and under Windows-1252 those bytes are
  // letters TCVN3 uses ("Quyết" reads "Quyêìt"): a few words of a Windows-1258 text pass for
  // TCVN3. The reading that makes more Vietnamese words is the file's.
  if (font !== null && !(codePage && stats.unicode > legacyStats(latin)[font])) {
    warnings.push({ code: "single-byte", message: "not UTF-8: read as single-byte text in a legacy Vietnamese font encoding" });
    return latin;
  }
  if (codePage) {
    warnings.push({ code: "windows-1258", message: "not UTF-8: decoded as Windows-1258 (Vietnamese code page)" });
    return cp1258;
  }
  return null;
}

/**
 * Whether single-byte bytes could be typed text. A Vietnamese text in any legacy code page is
 * mostly ASCII letters (a toned letter is one byte among a word's plain ones) and holds no
 * control characters but tab and line breaks; random or binary bytes are mostly high bytes, and
 * enough of them fall on TCVN3's symbols to pass for it.
 */
function looksTyped(bytes: Uint8Array): boolean {
  let letters = 0;
  let high = 0;
  let controls = 0;
  for (const b of bytes) {
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) letters++;
    else if (b >= 0x80) high++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls <= 0.001 * bytes.length && letters >= 1.5 * high;
}

/**
 * Well-formed multi-byte UTF-8 sequences vs bytes that fit none, and where the first bad one is.
 * Single-byte legacy text is almost all "invalid"; damaged UTF-8 is almost all valid.
 * The second byte's range is the one TextDecoder allows (RFC 3629: no overlong form, no
 * surrogate, nothing past U+10FFFF), so the first bad byte is the one it stopped at: an encoded
 * surrogate (ED A0 80, as a lone surrogate written out by a lax encoder) was counted as valid
 * and the message pointed at offset 0.
 */
function utf8Profile(b: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let ok = need >= 0;
    for (let k = 1; ok && k <= need; k++) {
      const next = b[i + k];
      ok = i + k < b.length && (k === 1 ? secondByteFits(c, next) : (next & 0xc0) === 0x80);
    }
    if (!ok) {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
      continue;
    }
    if (need > 0) valid++;
    i += need + 1;
  }
  return { valid, invalid, firstInvalid: Math.max(firstInvalid, 0) };
}

/** Whether `second` may follow the lead byte `lead` in well-formed UTF-8 (RFC 3629, table 3-7 of Unicode). */
function secondByteFits(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return (second & 0xc0) === 0x80;
}

/** pdftotext and some exporters separate pages with form feeds: keep those pages. */
function formFeedPages(text: string): PageSpan[] | undefined {
  if (!text.includes("\f")) return undefined;
  const pages: PageSpan[] = [];
  let start = 0;
  for (let at = text.indexOf("\f"); at !== -1; at = text.indexOf("\f", start)) {
    pages.push({ start, end: at });
    start = at + 1;
  }
  // A final form feed ends the last page; it does not open an empty one.
  if (start < text.length) pages.push({ start, end: text.length });
  return pages;
}
