import { OffsetMap } from "../prepare/offset-map.js";
import { mapComposedRun, mayBeGlued, prepare, type Prepared } from "../prepare/prepare.js";
import { toNFC } from "../prepare/normalize.js";
import { StringBuilder } from "../shared/chunked.js";
import { IGNORABLES, LOOK_ALIKES } from "../vocab/look-alikes.js";
import { isLineBreak, LINE_BREAKS, unifyLineBreaks } from "../prepare/line-breaks.js";

/**
 * prepare() of a whole document, its line breaks unified (unifyLineBreaks: "\r\n", "\r", U+2028 …
 * as "\n", one unit for one): the same text and the same offset map (a test holds it to
 * unifyLineBreaks(prepare()) on random and real text), in one pass instead of five. prepare() is built for the
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
export function prepareDocument(original: string): Prepared {
  // Most documents hold nothing past the Latin letters and the punctuation block: one cheap scan says so.
  if (MAY_HOLD_OTHER_MARK.test(original) && OTHER_MARK.test(original)) return preparedWhole(original);
  // "Quyết định số1234/QĐ-UBND", "ngày 06/9/2005củaỦy ban": prepare() puts the glued space back, as
  // it does in the windows extract() reads; the document's title, header and clauses read the same words.
  if (mayBeGlued(original)) return preparedWhole(original);
  SPECIAL.lastIndex = 0;
  let m = SPECIAL.exec(original);
  if (m === null) return { text: original, map: new OffsetMap() };
  const map = new OffsetMap();
  const out = new StringBuilder();
  let last = 0;
  let found = 0;
  for (; m !== null; m = SPECIAL.exec(original)) {
    if (++found > MANY) return preparedWhole(original);
    const at = m.index;
    const c = original.charCodeAt(at);
    // What prints nothing inside a word (a soft hyphen, a zero-width space) is dropped by prepare() alone.
    if (IGNORABLE.has(c)) return preparedWhole(original);
    if (c < FIRST_MARK || c > LAST_MARK) {
      // A look-alike or a line break; left for its run when a mark follows it (prepare composes before it repairs).
      if (isMark(original.charCodeAt(at + 1))) continue;
      out.add(original.slice(last, at));
      out.add(isLineBreak(c) ? unifyLineBreaks(original.slice(at, at + 2))[0] : LOOK_ALIKES[original[at]]);
      last = at + 1;
      continue;
    }
    // Marks at the very start have no letter to join: prepare leaves them where they are.
    if (at === 0) continue;
    // The letter before the marks and the marks: prepare's combining run.
    const run = original.slice(at - 1, at + m[0].length);
    // A line break before marks is no letter, and no composition moves it: it is unified in its run.
    const nfc = toNFC(run);
    const composed = unifyLineBreaks(repair(nfc));
    out.add(original.slice(last, at - 1));
    // Recorded as prepare records it; repair and line breaks change no length.
    mapComposedRun(map, out.length, at - 1, run, nfc);
    out.add(composed);
    last = at + m[0].length;
  }
  if (last === 0) return { text: original, map };
  out.add(original.slice(last));
  return { text: out.finish(), map };
}

/** prepare() with its line breaks unified: the way a text with many marks or look-alikes goes. */
function preparedWhole(original: string): Prepared {
  const p = prepare(original);
  return { text: unifyLineBreaks(p.text), map: p.map };
}

/**
 * A character outside U+0000-U+036F and U+1E00-U+206F (which hold no mark but the Latin block's):
 * where another script's mark may be. A class of two ranges: about 1 ns a character, ~0.5 % of a warm analyze().
 */
const MAY_HOLD_OTHER_MARK = /[^\u0000-\u036f\u1e00-\u206f]/;
/** A mark of any script but the Latin combining block (astral ones too), looked for only where MAY_HOLD_OTHER_MARK found a character that may be one. */
const OTHER_MARK = /(?![\u0300-\u036f])\p{M}/u;

/** The characters prepare() drops (vocab IGNORABLES), found by SPECIAL's scan. */
const IGNORABLE = new Set(IGNORABLES.map((c) => c.charCodeAt(0)));
const FIRST_MARK = 0x300;
const LAST_MARK = 0x36f;
/** Past this many marks and look-alikes, prepare()'s native replace is the faster way. */
const MANY = 2048;

const isMark = (c: number) => c >= FIRST_MARK && c <= LAST_MARK;

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
const SINGLES = [...Object.keys(LOOK_ALIKES), ...LINE_BREAKS, ...IGNORABLES];
const inRange = (from: number, to: number) => SINGLES.filter((c) => c.charCodeAt(0) >= from && c.charCodeAt(0) < to);
/**
 * A look-alike, a line break other than "\n", a character that prints nothing, or a run of combining marks. Branches by range rather
 * than one class, ASCII ("\r", vertical tab) last: V8 scans this shape faster (one class: about 27 µs
 * against 19 µs for a 12 KB document; "\r" in the first class doubled the scan).
 */
const SPECIAL = new RegExp(
  [inRange(0x80, 0x100), inRange(0x100, 0x10000)]
    .filter((cs) => cs.length > 0)
    .map((cs) => `[${cs.map(unicodeEscape).join("")}]`)
    .concat(`[${unicodeEscape("\u0300")}-${unicodeEscape("\u036f")}]+`, `[${inRange(0, 0x80).map(unicodeEscape).join("")}]`)
    .join("|"),
  "g",
);

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


