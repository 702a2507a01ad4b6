/**
 * Detect and convert text typed in legacy Vietnamese font encodings (TCVN3/ABC, VNI-Windows).
 *
 * Such text reaches us as Latin-1 mojibake: either from a single-byte .txt decoded as
 * Windows-1252, or from a .docx/.doc/.html/.pdf whose characters are plain Latin-1 code points
 * drawn by a ".VnTime" or "VNI-Times" font. The tables are data in src/vocab/legacy-encodings.ts.
 * Shared by read() (a file's text, converted as read) and prepare (a string handed to analyze() or
 * extract() that holds the same mojibake, converted with an offset map back to it: src/prepare/legacy-text.ts).
 */
import { TCVN3_LOWER, TCVN3_UPPER, VNI_LOWER } from "../vocab/legacy-encodings.js";

export type LegacyEncoding = "tcvn3" | "vni";

/**
 * Told of each stretch whose length the conversion changed (a VNI letter written as two units, one
 * after it): out[outStart, outStart + outLen) stands for in[inStart, inStart + inLen). Stretches come
 * in text order; elsewhere a unit stands for a unit.
 */
export type LengthChange = (outStart: number, outLen: number, inStart: number, inLen: number) => void;

/** A "word" for detection and conversion: letters, digits, and every Latin-1 symbol (TCVN3 uses ¸ ® µ ...). */
const WORD = /[A-Za-z0-9\u00A1-\u024F\u0300-\u036F\u1E00-\u1EFF]+/g;

/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the U+1EA0 block, combining marks). */
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300-\u036F]/;

/**
 * TCVN3 spells common letters (á à đ ơ ô â ê ă ư) with Latin-1 symbols U+00A1-U+00BE, which real
 * words never hold, and some (ầ é ì ị ò ỗ ữ ỵ) with Latin-1 letters that neither Vietnamese nor
 * VNI uses (Ç Ð × Þ ß ç ÷ þ). Only the symbols TCVN3 writes a letter with: ° ± ² ³ ´ º ¯ ¿ spell none
 * ("25°C", "m²" in a text typed without marks are no sign of it).
 */
const TCVN3_SIGN_CHARS = String.raw`\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE\u00C7\u00D0\u00D7\u00DE\u00DF\u00E7\u00F7\u00FE`;
const TCVN3_SIGN = new RegExp(`[${TCVN3_SIGN_CHARS}]`);
const LETTER = /[A-Za-z\u00C0-\u00FF]/;
const ASCII_LETTER = /[A-Za-z]/;
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

/** Whether `text` may be legacy at all: a TCVN3 sign or VNI's đ/ư in it (the one scan that answers ordinary text). */
export const mayBeLegacy = (text: string): boolean => ANY_LEGACY_SIGN.test(text);

/**
 * ANY_LEGACY_SIGN's characters as the inside of a regex character class: the find stage's one scan over a text
 * looks for them as it looks for what prints nothing (find/anchors.ts), where a scan of its own cost ~5 % of
 * extract() (11 instructions a character, ~19 M a pass over the devx5 bench texts: cachegrind, session 62).
 */
export const LEGACY_SIGN_CLASS = `${TCVN3_SIGN_CHARS}${VNI_LETTER_CHARS}`;
const IS_LEGACY_SIGN = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) IS_LEGACY_SIGN[c] = ANY_LEGACY_SIGN.test(String.fromCharCode(c)) ? 1 : 0;
/** Whether the code unit is one of LEGACY_SIGN_CLASS. */
export const isLegacySign = (c: number): boolean => c < 0x100 && IS_LEGACY_SIGN[c] === 1;

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
    // A sign with an ASCII letter, or two Latin-1 characters: a TCVN3 syllable. A sign alone or with digits ("(×2)",
    // "©2020") is a symbol, whatever it spells in TCVN3: a markdown table's "×2" thrice made a line of 30 words TCVN3.
    const tcvn = TCVN3_SIGN.test(word) && (ASCII_LETTER.test(word) || countMatches(word, /[\u00A1-\u00FF]/g) >= 2);
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
export function decodeLegacy(text: string, encoding: LegacyEncoding, changed?: LengthChange): string {
  const out: Sink = { out: "", changed: changed ?? null };
  const decodeLine = encoding === "tcvn3" ? decodeTcvn3 : decodeVni;
  forEachLine(text, out, (from, to) => {
    const line = text.slice(from, to);
    const unicode = VIETNAMESE_UNICODE.test(line) && legacyStats(line)[encoding] === 0;
    if (unicode) out.out += line;
    else decodeLine(out, line, from);
  });
  return out.out;
}

/** Where decoders write: the text so far, and who is told of each change of length (null: nobody). */
interface Sink {
  out: string;
  changed: LengthChange | null;
}

/** Appends `s`, which stands for in[inStart, inStart + inLen), telling of a change of length. */
function emit(sink: Sink, s: string, inStart: number, inLen: number): void {
  if (sink.changed !== null && s.length !== inLen) sink.changed(sink.out.length, s.length, inStart, inLen);
  sink.out += s;
}

/**
 * Each line of `text` as [from, to) without its line end, the line end then written to `sink` as it is: the lines split
 * and joined again, with their offsets. A line ends at "\n", "\r", U+2028 or U+2029, as the rest of the reading takes
 * them: split at "\n" alone, a text whose lines end in "\r" or U+2028 was one line, and an all-capitals line's case
 * carried over to the next line's first word ("Sè:" under "BỘ TÀI CHÍNH" read "SỐ:", the own number lost: audit62).
 */
function forEachLine(text: string, sink: Sink, line: (from: number, to: number) => void): void {
  LINE_END.lastIndex = 0;
  let from = 0;
  for (;;) {
    const m = LINE_END.exec(text);
    const at = m === null ? -1 : m.index;
    line(from, at < 0 ? text.length : at);
    if (at < 0) return;
    sink.out += text[at];
    from = at + 1;
  }
}
const LINE_END = /[\n\r\u2028\u2029]/g;

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
export function decodeLegacyParagraphs(text: string, changed?: LengthChange): ParagraphsDecoded | null {
  return ANY_LEGACY_SIGN.test(text) ? paragraphsDecoded(text, changed ?? null) : null;
}
/** A text whose long legacy paragraphs were converted: how many, and from the first's start to the last's end in the text given. */
interface ParagraphsDecoded {
  text: string;
  encoding: LegacyEncoding;
  paragraphs: number;
  from: number;
  to: number;
}
function paragraphsDecoded(text: string, changed: LengthChange | null): ParagraphsDecoded | null {
  const out: Sink = { out: "", changed };
  let found: LegacyEncoding | null = null;
  let paragraphs = 0;
  let first = 0;
  let last = 0;
  forEachLine(text, out, (from, to) => {
    const line = text.slice(from, to);
    const encoding = !ANY_LEGACY_SIGN.test(line) || countMatches(line, WORD) < PARAGRAPH_WORDS ? null : detectSigned(line);
    if (encoding === null) {
      out.out += line;
      return;
    }
    (encoding === "tcvn3" ? decodeTcvn3 : decodeVni)(out, line, from);
    if (paragraphs++ === 0) first = from;
    last = to;
    found ??= encoding;
  });
  const encoding = found as LegacyEncoding | null;
  return encoding === null ? null : { text: out.out, encoding, paragraphs, from: first, to: last };
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
  const part = paragraphsDecoded(text, null);
  return part === null ? null : { encoding: part.encoding, paragraphs: part.text };
}

/**
 * legacyReading's conversion of a string handed to the library (src/prepare/legacy-text.ts), each
 * change of length told: the whole text when it passes the bar as a whole (converted line by line,
 * as decodeLegacy does), else its long legacy paragraphs (decodeLegacyParagraphs); null for ordinary
 * text, told by one scan for a legacy sign.
 */
export function legacyConverted(text: string, changed: LengthChange): (ParagraphsDecoded & { whole: boolean }) | null {
  if (!ANY_LEGACY_SIGN.test(text)) return null;
  const whole = detectSigned(text);
  if (whole !== null) return { text: decodeLegacy(text, whole, changed), encoding: whole, whole: true, paragraphs: 0, from: 0, to: text.length };
  const part = paragraphsDecoded(text, changed);
  return part === null ? null : { ...part, whole: false };
}

/** What the legacy-encoding warning says was converted: the whole text, or its paragraphs. */
export function legacyMessage(encoding: LegacyEncoding, whole: boolean): string {
  const name = encoding === "tcvn3" ? "TCVN3 (ABC, .VnTime)" : "VNI";
  return whole ? `text was in the legacy ${name} font encoding and was converted to Unicode` : `paragraphs in the legacy ${name} font encoding were converted to Unicode`;
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

/** `text` (one line, at `base` in the whole) converted from TCVN3, appended to `sink`. */
function decodeTcvn3(sink: Sink, text: string, base: number): void {
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
  let at = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    sink.out += text.slice(at, span.start);
    at = span.start + span.word.length;
    if (!span.legacy) {
      sink.out += span.word;
      continue;
    }
    let converted = "";
    for (const ch of span.word) converted += table.get(ch) ?? ch;
    // A toned capital is a lowercase code inside an all-caps word ("QUYÕT" = "QUYẾT").
    const upper = span.caps || (span.neutral && (isCapsLegacy(spans[i - 1]) || isCapsLegacy(spans[i + 1])));
    // One unit for one, but for what a capital may spell in two: the whole word is then one change.
    emit(sink, upper ? converted.toUpperCase() : converted, base + span.start, span.word.length);
  }
  sink.out += text.slice(at);
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

/** `text` (one line, at `base` in the whole) converted from VNI, appended to `sink`: a pair is one letter (a change of length). */
function decodeVni(sink: Sink, text: string, base: number): void {
  const { pattern, table } = vniDecoder();
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (VIETNAMESE_UNICODE.test(word)) continue;
    for (const seq of word.matchAll(pattern)) {
      const start = m.index + seq.index;
      sink.out += text.slice(at, start);
      // A base and a mark that do not go together ("ôâ"): each stands alone (ô alone is ơ).
      const s = seq[0];
      emit(sink, table.get(s) ?? [...s].map((ch) => table.get(ch) ?? ch).join(""), base + start, s.length);
      at = start + s.length;
    }
  }
  sink.out += text.slice(at);
}

function countMatches(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}
