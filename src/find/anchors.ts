import { ANCHOR, SCAN } from "./patterns.js";
import { IGNORABLES } from "../vocab/look-alikes.js";

/**
 * Offsets (in the caller's text) where a document number may start. The grammar then runs on a
 * small window around each anchor.
 */
export function findAnchors(text: string): number[] {
  const out: number[] = [];
  const re = new RegExp(ANCHOR.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    // Resume right after the number: the year of "61/2018/NĐ" is not a number of its own.
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** What the find stage's one pass over a text marks, as offsets into the caller's text, in order. */
export interface Landmarks {
  /** Where a document number may start (exactly findAnchors). */
  anchors: number[];
  /**
   * Where a short form's number may start: each number not inside a word, a longer number or a
   * ký hiệu that follows spaces or tabs after a letter a kind word or "số" ends with (SCAN); anchors included.
   */
  numbers: number[];
  /** Where "luật" or "lệnh" may end: the rhyme of a law's, code's or ordinance's kind word. */
  lawRhymes: number[];
}

/** The one pass over the whole text: anchors for the grammar, numbers for short forms; then the rhymes for laws by name. */
export function findLandmarks(text: string): Landmarks {
  const anchors: number[] = [];
  const numbers: number[] = [];
  const re = SCAN_ALL;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    numbers.push(m.index);
    if (m[1] !== undefined) {
      anchors.push(m.index);
      re.lastIndex = m.index + 1;
    }
  }
  return { anchors, numbers, lawRhymes: withBrokenRhymes(text, findLawRhymes(text)) };
}

/**
 * "luậ\u00adt", "Pháp l\u200bệnh": a kind word with what prints nothing (IGNORABLES: a soft hyphen,
 * a zero-width space) inside its rhyme, which the literals of findLawRhymes do not match. Each such
 * character (few in any text) is looked at where it stands: a composed "ậ" before "t", or "ệ" after
 * "l" and before "nh", read over such characters, a few characters either side, is a rhyme too,
 * merged into `rhymes` in order (one found by the literals already is the same offset).
 */
function withBrokenRhymes(text: string, rhymes: number[]): number[] {
  let extra: number[] | null = null;
  for (const c of IGNORABLES) {
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      for (let j = Math.max(0, i - 3); j <= i + 4 && j < text.length; j++) {
        const v = text.charCodeAt(j);
        const after = pastIgnorables(text, j + 1);
        const next = text.charCodeAt(after) | 0x20;
        const rhyme =
          v === 0x1ead || v === 0x1eac
            ? next === 0x74
            : (v === 0x1ec7 || v === 0x1ec6) && next === 0x6e && (text.charCodeAt(pastIgnorables(text, after + 1)) | 0x20) === 0x68 && (text.charCodeAt(beforeIgnorables(text, j)) | 0x20) === 0x6c;
        if (rhyme) (extra ??= []).push(j);
      }
    }
  }
  if (extra === null) return rhymes;
  return [...new Set([...rhymes, ...extra])].sort((a, b) => a - b);
}

const IGNORABLE_CODES = new Set(IGNORABLES.map((c) => c.charCodeAt(0)));
/** Past what prints nothing from `i` (at most four). */
export function pastIgnorables(text: string, i: number): number {
  let k = i;
  while (k - i < 4 && IGNORABLE_CODES.has(text.charCodeAt(k))) k++;
  return k;
}
/** The character before `i`, read back over what prints nothing (at most four): its index, -1 at the start. */
export function beforeIgnorables(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && IGNORABLE_CODES.has(text.charCodeAt(k))) k--;
  return k;
}

/**
 * The scan's own regex, made once: a new RegExp of SCAN's 700-character source for every text cost
 * a few microseconds (its source read and looked up in V8's cache), a tenth of the scan on short texts.
 * Nothing calls findLandmarks again while it runs, so its lastIndex is this pass's alone.
 */
const SCAN_ALL = new RegExp(SCAN.source, "g");

/**
 * The rhymes composed ("ật", "ệnh", in lower or upper case), each a literal indexOf finds fast;
 * "ệnh" as "lệnh" and "Lệnh" (LAW_RHYME): `skip` is how many characters come before the rhyme.
 */
const COMPOSED_RHYMES: readonly (readonly [string, number])[] = [["ật", 0], ["lệnh", 1], ["Lệnh", 1], ["ẬT", 0], ["ỆNH", 0]];
/** Decomposed: the dot below and the circumflex, then "t" or "nh" (either case). */
const DECOMPOSED_RHYME = "\u0323\u0302";

/**
 * Where LAW_RHYME (patterns.ts) matches, in order. No two rhymes overlap (each begins with a
 * letter none of them holds after its first), so the hits of each literal, merged, are the regex's.
 */
export function findLawRhymes(text: string): number[] {
  const out: number[] = [];
  let lists = 0;
  for (const [rhyme, skip] of COMPOSED_RHYMES) {
    const before = out.length;
    for (let i = text.indexOf(rhyme); i >= 0; i = text.indexOf(rhyme, i + rhyme.length)) out.push(i + skip);
    if (out.length > before) lists++;
  }
  const before = out.length;
  for (let i = text.indexOf(DECOMPOSED_RHYME); i >= 0; i = text.indexOf(DECOMPOSED_RHYME, i + 1)) {
    const c = text.charCodeAt(i + 2);
    if (c === 0x74 || c === 0x54 || (c === 0x6e && text.charCodeAt(i + 3) === 0x68) || (c === 0x4e && text.charCodeAt(i + 3) === 0x48)) out.push(i);
  }
  if (out.length > before) lists++;
  return lists > 1 ? out.sort((a, b) => a - b) : out;
}
