import { OffsetMap } from "../prepare/offset-map.js";
import { mapComposedRun, prepare, type Prepared } from "../prepare/prepare.js";
import { mayBeGlued } from "../prepare/needs-preparing.js";
import { joinSegmentedWords } from "../prepare/segmented-words.js";
import { readEmphasisBreaks } from "../prepare/emphasis-breaks.js";
import { toNFC } from "../prepare/normalize.js";
import { StringBuilder } from "../shared/chunked.js";
import { IGNORABLES, LOOK_ALIKES } from "../vocab/look-alikes.js";
import { isLineBreak, joinCrlf, LINE_BREAKS, unifyLineBreaks } from "../prepare/line-breaks.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";
import { isLegacySign, LEGACY_SIGN_CLASS } from "../shared/legacy-encoding.js";

/**
 * prepare() of a whole document, its line breaks unified (a "\r\n" as one "\n", joinCrlf; "\r", U+2028 … as "\n",
 * one unit for one, unifyLineBreaks): the same text and the same offset map (a test holds it to
 * joinCrlf(unifyLineBreaks(prepare(), true)) on random and real text), in one pass instead of five. prepare() is built for the
 * extractor's short windows, where one test usually settles it; over a whole document it scans
 * for marks and look-alikes, then for combining runs, then twice more for look-alikes, with a
 * character class that costs about 3 ns a character. Here one scan finds the look-alikes and the
 * runs of marks together and the text is rebuilt from what lies between them.
 *
 * A text with thousands of them (a decomposed document, a page of non-breaking spaces) goes to
 * prepare() itself, whose native replace handles each faster than this loop. So does a text with
 * another script's marks (OTHER_MARK): prepare() composes their runs too (a Bengali vowel sign's two
 * parts, a kana's voicing mark, a mark canonical order puts between a letter and its tone), which
 * this loop, reading the Latin block's marks only, would leave as written: the document's title,
 * read from this text, was then written otherwise than the windows the citations were read in.
 * So does a text where a space may have to be put back (mayBeGlued: "số1234", "2005củaỦy").
 */
export function prepareDocument(original: string): PreparedDocument {
  const document = preparedDocument(original);
  // A word-segmented copy's "_" between syllables read as its space, one for one, as prepare() reads it in every
  // window. joinSegmentedWords hands the string itself back where it joins nothing: one scan, no second search. An
  // emphasis break's asterisks likewise (emphasis-breaks.ts).
  const text = readEmphasisBreaks(joinSegmentedWords(document.text));
  return text === document.text ? document : { text, map: document.map, clean: false, signless: false };
}

/** A text with "\r\n" left in it (preparedDocument's loop leaves each that joinCrlf reads as one "\n"): read so. */
function withCrlfJoined(text: string, map: OffsetMap): PreparedDocument {
  const joined = joinCrlf(text, map);
  return { text: joined.text, map: joined.map, clean: false, signless: false };
}

function preparedDocument(original: string): PreparedDocument {
  // "Quyết định số1234/QĐ-UBND", "ngày 06/9/2005củaỦy ban": prepare() puts the glued space back, as
  // it does in the windows extract() reads; the document's title, header and clauses read the same words.
  if (mayBeGlued(original)) return preparedWhole(original);
  // One scan finds what may change (RARE): most documents hold none of it. Another script's mark sends the text to
  // prepare() wherever the scan meets it first: the answer is the same as had it been looked for before.
  const map = new OffsetMap();
  let out: StringBuilder | null = null;
  let last = 0;
  let found = 0;
  let otherRead = false;
  // Whether a "\r\n" was left for joinCrlf (counted in no `found`: no prepare() of the whole text reads it faster).
  let crlf = false;
  // Whether a legacy font sign was met (the find stage's scan asks for them in a text where none was: signless).
  let signed = false;
  // RARE until a legacy sign is met, then RARE_UNSIGNED from there: a legacy text has a sign in most words.
  let re = RARE;
  re.lastIndex = 0;
  for (let m = re.exec(original); m !== null; m = re.exec(original)) {
    const at = m.index;
    const c = original.charCodeAt(at);
    if (c === CR && original.charCodeAt(at + 1) === LF && !isMark(original.charCodeAt(at + 2))) {
      crlf = true;
      continue;
    }
    if (!otherRead && mayBeOtherMark(c)) {
      // Most documents hold nothing past the Latin letters and the punctuation block: read once, at the first that may be one.
      otherRead = true;
      if (OTHER_MARK().test(original)) return preparedWhole(original);
    }
    if (isMark(c)) {
      // The whole run of marks, as SPECIAL's scan took it.
      let end = at + 1;
      while (end < original.length && isMark(original.charCodeAt(end))) end++;
      re.lastIndex = end;
      if (++found > MANY) return preparedWhole(original);
      // Marks at the very start have no letter to join: prepare leaves them where they are.
      if (at === 0) continue;
      // The letter before the marks and the marks: prepare's combining run.
      const run = original.slice(at - 1, end);
      const { nfc, composed } = composedRun(run);
      out ??= new StringBuilder();
      out.add(original.slice(last, at - 1));
      // Recorded as prepare records it; repair and line breaks change no length.
      mapComposedRun(map, out.length, at - 1, run, nfc);
      out.add(composed);
      last = end;
      continue;
    }
    if (!IS_SINGLE[c]) {
      if (!signed && isLegacySign(c)) {
        signed = true;
        RARE_UNSIGNED.lastIndex = re.lastIndex;
        re = RARE_UNSIGNED;
      }
      continue;
    }
    if (++found > MANY) return preparedWhole(original);
    // What prints nothing inside a word (a soft hyphen, a zero-width space) is dropped by prepare() alone.
    if (IGNORABLE.has(c)) return preparedWhole(original);
    // A look-alike or a line break; left for its run when a mark follows it (prepare composes before it repairs).
    if (isMark(original.charCodeAt(at + 1))) continue;
    out ??= new StringBuilder();
    out.add(original.slice(last, at));
    out.add(isLineBreak(c) ? unifyLineBreaks(original.slice(at, at + 2))[0] : LOOK_ALIKES[original[at]]);
    last = at + 1;
  }
  // Neither a mark nor a look-alike, line break or what prints nothing, and no glued word (mayBeGlued): clean.
  if (out === null) return crlf ? withCrlfJoined(original, map) : { text: original, map, clean: found === 0, signless: found === 0 && !signed };
  out.add(original.slice(last));
  return crlf ? withCrlfJoined(out.finish(), map) : { text: out.finish(), map, clean: false, signless: false };
}

/**
 * prepareDocument's answer: the prepared text, its map, and whether the whole document is `clean`,
 * no stretch of it one that needsPreparing finds anything in (nor of the text extract() reads from
 * it, which only blanks page lines and escaped breaks with whitespace). needsPreparing's regex
 * (NEEDS_ANY) matches a mark, a look-alike or what prints nothing, which RARE's scan finds (it counts
 * each in `found`), or a glued word or number, which mayBeGlued finds: each of its lookarounds is a
 * positive one but the character's own class, so what it finds in a stretch it finds in the whole
 * text. extract() then takes every window as it is, asking needsPreparing of none (WindowPreparer).
 */
export interface PreparedDocument extends Prepared {
  clean: boolean;
  /**
   * Clean, and no legacy font sign anywhere in it (shared/legacy-encoding.ts), which RARE's scan looks for too: the
   * find stage's scan then asks for none (its class of them made its search stop at most characters, ~16 M
   * instructions a devx5 pass: bench/README.md, session 64).
   */
  signless: boolean;
}

/**
 * A run (a letter and its marks) composed, and its look-alikes and line breaks replaced. A decomposed
 * text repeats a few dozen runs (a vowel and its tone) thousands of times; String.prototype.normalize
 * costs a call into ICU each time (~0.3 µs, about 1 % of a warm analyze() over the generated plans),
 * so each run is composed once and kept. Only short runs are kept (V8 copies a slice that short,
 * where a longer one may point into the whole document and keep it alive), and the store is
 * emptied when full, so a text in another script with many distinct runs cannot grow it.
 */
function composedRun(run: string): { nfc: string; composed: string } {
  const keep = run.length <= KEPT_RUN_UNITS;
  let known = keep ? COMPOSED_RUNS.get(run) : undefined;
  if (known === undefined) {
    // A line break before marks is no letter, and no composition moves it: it is unified in its run.
    const nfc = toNFC(run);
    known = { nfc, composed: unifyLineBreaks(repair(nfc)) };
    if (!keep) return known;
    if (COMPOSED_RUNS.size >= KEPT_RUNS) COMPOSED_RUNS.clear();
    COMPOSED_RUNS.set(run, known);
  }
  return known;
}
const COMPOSED_RUNS = new Map<string, { nfc: string; composed: string }>();
const KEPT_RUNS = 4096;
const KEPT_RUN_UNITS = 8;

/** prepare() with its line breaks unified: the way a text with many marks or look-alikes goes. */
function preparedWhole(original: string): PreparedDocument {
  const p = prepare(original);
  const joined = joinCrlf(unifyLineBreaks(p.text, true), p.map);
  return { text: joined.text, map: joined.map, clean: false, signless: false };
}

/**
 * A code unit outside U+0000-U+036F and U+1E00-U+206F (which hold no mark but the Latin block's):
 * where another script's mark may be.
 */
const mayBeOtherMark = (c: number): boolean => (c > 0x36f && c < 0x1e00) || c > 0x206f;
/** A mark of any script but the Latin combining block (astral ones too), looked for only where mayBeOtherMark found a code unit that may be one. */
const OTHER_MARK = lazyRegExp(() => /(?![\u0300-\u036f])\p{M}/u);

/** The characters prepare() drops (vocab IGNORABLES), found by RARE's scan. */
const IGNORABLE = new Set(IGNORABLES.map((c) => c.charCodeAt(0)));
const FIRST_MARK = 0x300;
const LAST_MARK = 0x36f;
/** Past this many marks and look-alikes, prepare()'s native replace is the faster way. */
const MANY = 2048;

const isMark = (c: number) => c >= FIRST_MARK && c <= LAST_MARK;
const CR = 0x0d;
const LF = 0x0a;

const unicodeEscape = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
/** A look-alike, a line break other than "\n", or a character that prints nothing: each replaced, or left to prepare(), one by one. */
const SINGLES = [...Object.keys(LOOK_ALIKES), ...LINE_BREAKS, ...IGNORABLES].map((c) => c.charCodeAt(0));
const IS_SINGLE = new Uint8Array(0x10000);
for (const c of SINGLES) IS_SINGLE[c] = 1;
/**
 * What may change in preparing a document, as one character class: a single (SINGLES), a Latin
 * combining mark, or a code unit where another script's mark may be (mayBeOtherMark: all from
 * U+0300 to U+1DFF, all from U+2070). One class, which V8 tests at about 12 instructions a
 * character; the three scans it stands for (another script's mark, then SPECIAL, an alternation of
 * classes, then its runs) took about three times that (bench/README.md, session 24). RARE's scan
 * looks for the legacy font signs too (RARE_SOURCE), which change nothing here (signless).
 */
const RARE_CLASS = `${SINGLES.filter((c) => c < FIRST_MARK || (c > 0x1dff && c < 0x2070)).map(unicodeEscape).join("")}${unicodeEscape(FIRST_MARK)}-${unicodeEscape(0x1dff)}${unicodeEscape(0x2070)}-${unicodeEscape(0xffff)}`;
/**
 * Code units RARE's class holds only to join its ranges (the loop passes over each: no single, no mark, no legacy
 * sign): the form feed between "\v" and "\r", "¯°±²³´" and "º" among the legacy signs, the direction marks after the
 * zero-width ones, and the rare punctuation and invisible operators from U+2045 on. irregexp tests a class of at most
 * 16 ranges inline; past that, every character is a call (IsCharacterInRangeArray): RARE with the legacy signs and
 * without these, 21 ranges, cost 194 M instructions a devx5 pass against 24 M (bench/README.md, session 64).
 */
const RARE_JOINS = String.raw`\u000c\u00af-\u00b4\u00ba\u200e\u200f\u2045-\u205f\u2061-\u206f`;
/** RARE's class, as a source: the test counts its ranges (at most 16). */
export const RARE_SOURCE = `[${RARE_CLASS}${LEGACY_SIGN_CLASS}${RARE_JOINS}]`;
const RARE = new RegExp(RARE_SOURCE, "g");
/** RARE's class as it was, without the legacy signs: read on from the first sign met. */
const RARE_UNSIGNED = new RegExp(`[${RARE_CLASS}]`, "g");

/** The look-alikes of a composed run replaced, one for one. */
function repair(s: string): string {
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (IS_LOOK_ALIKE[s.charCodeAt(i)] === 0) continue;
    out += s.slice(last, i) + LOOK_ALIKES[s[i]];
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

const IS_LOOK_ALIKE = new Uint8Array(0x10000);
for (const c of Object.keys(LOOK_ALIKES)) IS_LOOK_ALIKE[c.charCodeAt(0)] = 1;


