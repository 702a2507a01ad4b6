/**
 * Detect and convert text typed in legacy Vietnamese font encodings (TCVN3/ABC, VNI-Windows).
 *
 * Such text reaches us as Latin-1 mojibake: either from a single-byte .txt decoded as
 * Windows-1252, or from a .docx/.doc/.html/.pdf whose characters are plain Latin-1 code points
 * drawn by a ".VnTime" or "VNI-Times" font. The tables are data in src/vocab/legacy-encodings.ts.
 */
import { TCVN3_LOWER, TCVN3_UPPER, VNI_LOWER } from "../vocab/legacy-encodings.js";

type LegacyEncoding = "tcvn3" | "vni";

/** A "word" for detection and conversion: letters, digits, and every Latin-1 symbol (TCVN3 uses ¸ ® µ ...). */
const WORD = /[A-Za-z0-9\u00A1-\u024F\u0300-\u036F\u1E00-\u1EFF]+/g;

/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the U+1EA0 block, combining marks). */
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300-\u036F]/;

/**
 * TCVN3 spells common letters (á à đ ơ ô â ê ă ư) with Latin-1 symbols U+00A1-U+00BF, which real
 * words never hold, and some (ầ é ì ị ò ỗ ữ ỵ) with Latin-1 letters that neither Vietnamese nor
 * VNI uses (Ç Ð × Þ ß ç ÷ þ).
 */
const TCVN3_SIGN_CHARS = String.raw`\u00A1-\u00BF\u00C7\u00D0\u00D7\u00DE\u00DF\u00E7\u00F7\u00FE`;
const TCVN3_SIGN = new RegExp(`[${TCVN3_SIGN_CHARS}]`);
const LETTER = /[A-Za-z\u00C0-\u00FF]/;
const TCVN3_SIGNS = new RegExp(TCVN3_SIGN.source, "g");
/** One match per WORD holding a Unicode-only letter: from its first such letter to the word's end. */
const UNICODE_WORD = new RegExp(`${VIETNAMESE_UNICODE.source}[A-Za-z0-9\\u00A1-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF]*`, "g");

/**
 * VNI pairs that cannot occur in Unicode Vietnamese. Left out on purpose: "oá", "oà", "oã"
 * (Unicode "hoá", "hoà", "hoãn") and the single "ó", "ò", "í", "ì" (Unicode "có", "hò").
 */
const VNI_SIGN =
  /[aeouyAEOUYôöÔÖ][ùøûõïÙØÛÕÏ]|[aeAE][âáàåãäÂÁÀÅÃÄ]|[oO][âåäÂÅÄ]|[aA][êéèúüëÊÉÈÚÜË]|[ñÑöÖæÆîÎ]/;

/** VNI's đ and ư (ñ, ö): in almost every Vietnamese sentence, in no Unicode Vietnamese one. */
const VNI_LETTER_CHARS = "ñÑöÖ";
const VNI_LETTER = new RegExp(`[${VNI_LETTER_CHARS}]`);

/** TCVN3_SIGN or VNI_LETTER: one pass over an ordinary text, which holds neither, instead of two. */
const ANY_LEGACY_SIGN = new RegExp(`[${TCVN3_SIGN_CHARS}${VNI_LETTER_CHARS}]`);

interface LegacyStats {
  /** Words holding a letter. */
  words: number;
  /** Words holding a letter only Unicode Vietnamese has. */
  unicode: number;
  tcvn3: number;
  vni: number;
}

export function legacyStats(text: string): LegacyStats {
  const stats: LegacyStats = { words: 0, unicode: 0, tcvn3: 0, vni: 0 };
  for (const [word] of text.matchAll(WORD)) {
    if (VIETNAMESE_UNICODE.test(word)) {
      stats.words++;
      stats.unicode++;
      continue;
    }
    const tcvn = TCVN3_SIGN.test(word) && (LETTER.test(word) || countMatches(word, /[\u00A1-\u00FF]/g) >= 2);
    if (tcvn || LETTER.test(word)) stats.words++;
    if (tcvn) stats.tcvn3++;
    if (VNI_SIGN.test(word)) stats.vni++;
  }
  return stats;
}

/**
 * Which legacy encoding the text is in, or null for ordinary text.
 *
 * Legacy-looking words must clearly outnumber words with Unicode Vietnamese letters (converting
 * a Unicode text would corrupt it: "có" -> "cú") and be a fair share of all words. In real
 * documents about 40% of TCVN3 words hold a Latin-1 symbol and 75% of VNI words a VNI pair; the
 * VNI bar is higher because French or German words ("où", "coûte") can look like VNI pairs.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  // Fast path for the usual case: neither a TCVN3 sign nor VNI's đ/ư anywhere.
  return ANY_LEGACY_SIGN.test(text) ? detectSigned(text) : null;
}
/** detectLegacyEncoding for a text known to hold a TCVN3 sign or VNI's đ/ư. */
function detectSigned(text: string): LegacyEncoding | null {
  if (!VNI_LETTER.test(text)) {
    // Only TCVN3 could pass, and only with at least three words holding a sign and twice as many
    // as the Unicode words: two native counts settle most Unicode texts without reading every word.
    const signs = countMatches(text, TCVN3_SIGNS);
    if (signs < 3 || signs < 2 * countMatches(text, UNICODE_WORD)) return null;
  }
  const s = legacyStats(text);
  const passes = (count: number, share: number) => count >= 3 && count >= share * s.words && count >= 2 * s.unicode;
  if (passes(s.tcvn3, 0.1)) return "tcvn3";
  // VNI never writes a TCVN3 sign, while TCVN3 words trip VNI_SIGN now and then (ñ is "ủ").
  return s.tcvn3 <= 0.02 * s.vni && passes(s.vni, 0.35) && VNI_LETTER.test(text) ? "vni" : null;
}

/**
 * Convert legacy text to Unicode (NFC). Documents mix fonts (a Unicode heading over a TCVN3
 * body), so a line with Unicode Vietnamese letters and no legacy-looking word is kept as it is,
 * and so is any word holding a Unicode Vietnamese letter.
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  const decodeLine = encoding === "tcvn3" ? decodeTcvn3 : decodeVni;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const unicode = VIETNAMESE_UNICODE.test(line) && legacyStats(line)[encoding] === 0;
    if (!unicode) lines[i] = decodeLine(line);
  }
  return lines.join("\n");
}

/** Words a line needs before it is judged alone: a flattened body, not a quoted phrase or a title. */
const PARAGRAPH_WORDS = 30;

/**
 * A mostly-Unicode text with whole paragraphs in a legacy encoding, those paragraphs converted;
 * null when it has none. Download sites put a document's TCVN3 body, flattened into one long
 * paragraph ("Nội dung Text: … 1. v¨n phßng quèc héi … C¨n cø LuËt Tæ chøc ChÝnh phñ …"),
 * under a Unicode page header whose words outnumber what the bar for the whole text allows. Such
 * a paragraph is long enough to pass that bar on its own; a short line quoting a few legacy words
 * in a Unicode text is left as it is.
 */
export function decodeLegacyParagraphs(text: string): { text: string; encoding: LegacyEncoding } | null {
  return ANY_LEGACY_SIGN.test(text) ? paragraphsDecoded(text) : null;
}
function paragraphsDecoded(text: string): { text: string; encoding: LegacyEncoding } | null {
  const lines = text.split("\n");
  let found: LegacyEncoding | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!ANY_LEGACY_SIGN.test(line) || countMatches(line, WORD) < PARAGRAPH_WORDS) continue;
    const encoding = detectSigned(line);
    if (encoding === null) continue;
    lines[i] = encoding === "tcvn3" ? decodeTcvn3(line) : decodeVni(line);
    found ??= encoding;
  }
  return found === null ? null : { text: lines.join("\n"), encoding: found };
}

/**
 * How a read document's text is in a legacy encoding: as a whole (detectLegacyEncoding), or in
 * long paragraphs under a Unicode header (decodeLegacyParagraphs, its converted text given); null
 * for ordinary text, told by one scan for a legacy sign.
 */
export function legacyReading(text: string): { encoding: LegacyEncoding; paragraphs: string | null } | null {
  if (!ANY_LEGACY_SIGN.test(text)) return null;
  const whole = detectSigned(text);
  if (whole !== null) return { encoding: whole, paragraphs: null };
  const part = paragraphsDecoded(text);
  return part === null ? null : { encoding: part.encoding, paragraphs: part.text };
}

/** The inverse, for making test documents: Unicode (any normalization form) to legacy mojibake. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = encoding === "tcvn3" ? tcvn3Encoder() : vniEncoder();
  let out = "";
  for (const ch of text.normalize("NFC")) out += table.get(ch) ?? ch;
  return out;
}

// --- TCVN3 ---------------------------------------------------------------------------------

let tcvn3Decode: Map<string, string> | undefined;

function tcvn3Decoder(): Map<string, string> {
  tcvn3Decode ??= new Map([...TCVN3_LOWER, ...TCVN3_UPPER].map(([u, l]) => [l, u]));
  return tcvn3Decode;
}

function tcvn3Encoder(): Map<string, string> {
  const map = new Map<string, string>(TCVN3_LOWER);
  // No code for uppercase toned letters: like a .VnTimeH typist, write the lowercase code.
  for (const [u, l] of TCVN3_LOWER) if (!map.has(u.toUpperCase())) map.set(u.toUpperCase(), l);
  for (const [u, l] of TCVN3_UPPER) map.set(u, l);
  return map;
}

interface WordSpan {
  start: number;
  word: string;
  caps: boolean;
  legacy: boolean;
  /** No lowercase ASCII and at most one capital: case is decided by the neighbours. */
  neutral: boolean;
}

function isCapsLegacy(span: WordSpan | undefined): boolean {
  return span !== undefined && span.caps && span.legacy;
}

function decodeTcvn3(text: string): string {
  const table = tcvn3Decoder();
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const capitals = countMatches(word, /[A-Z\u00A1-\u00A7]/g);
    const lower = /[a-z]/.test(word);
    spans.push({
      start: m.index,
      word,
      // "QUYÕT" (QUYẾT), and "ñY" (ỦY): a capital after a legacy letter means the legacy letter is one too.
      caps: !lower && (capitals >= 2 || /[\u00A8-\u00FE][A-Z]/.test(word)),
      legacy: /[\u00A1-\u00FE]/.test(word) && !VIETNAMESE_UNICODE.test(word),
      neutral: !lower && capitals <= 1,
    });
  }
  let out = "";
  let at = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    out += text.slice(at, span.start);
    at = span.start + span.word.length;
    if (!span.legacy) {
      out += span.word;
      continue;
    }
    let converted = "";
    for (const ch of span.word) converted += table.get(ch) ?? ch;
    // A toned capital is a lowercase code inside an all-caps word ("QUYÕT" = "QUYẾT").
    const upper = span.caps || (span.neutral && (isCapsLegacy(spans[i - 1]) || isCapsLegacy(spans[i + 1])));
    out += upper ? converted.toUpperCase() : converted;
  }
  return out + text.slice(at);
}

// --- VNI -----------------------------------------------------------------------------------

let vni: { pattern: RegExp; table: Map<string, string> } | undefined;

function vniDecoder(): { pattern: RegExp; table: Map<string, string> } {
  if (vni) return vni;
  const table = new Map<string, string>();
  for (const [u, l] of VNI_LOWER) {
    const U = u.toUpperCase();
    if (l.length === 1) {
      table.set(l, u);
      table.set(l.toUpperCase(), U);
      continue;
    }
    // The base letter decides the case; real files mix "Aù" and "AÙ".
    const [b, m] = [l[0], l[1]];
    table.set(b + m, u);
    table.set(b + m.toUpperCase(), u);
    table.set(b.toUpperCase() + m, U);
    table.set(b.toUpperCase() + m.toUpperCase(), U);
  }
  // One character class per position is much faster than an alternation of ~250 sequences.
  const keys = [...table.keys()];
  const chars = (list: string[]) => `[${[...new Set(list)].join("")}]`;
  const pairs = keys.filter((k) => k.length === 2);
  const source = `${chars(pairs.map((k) => k[0]))}${chars(pairs.map((k) => k[1]))}|${chars(keys.filter((k) => k.length === 1))}`;
  vni = { pattern: new RegExp(source, "g"), table };
  return vni;
}

function vniEncoder(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [u, l] of VNI_LOWER) {
    map.set(u, l);
    map.set(u.toUpperCase(), l.toUpperCase());
  }
  return map;
}

function decodeVni(text: string): string {
  const { pattern, table } = vniDecoder();
  // A base and a mark that do not go together ("ôâ"): each stands alone (ô alone is ơ).
  const decodeSequence = (seq: string) => table.get(seq) ?? [...seq].map((ch) => table.get(ch) ?? ch).join("");
  return text.replace(WORD, (word) => (VIETNAMESE_UNICODE.test(word) ? word : word.replace(pattern, decodeSequence)));
}

function countMatches(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}
