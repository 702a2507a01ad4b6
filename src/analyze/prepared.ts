import { OffsetMap } from "../prepare/offset-map.js";
import { mapComposedRun, prepare, type Prepared } from "../prepare/prepare.js";
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
 * prepare() itself, whose native replace handles each faster than this loop.
 */
export function prepareDocument(original: string): Prepared {
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


