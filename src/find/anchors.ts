import { ANCHOR, SCAN } from "./patterns.js";
import { IGNORABLE_CLASS } from "../vocab/look-alikes.js";
import { hasIgnorableIn } from "../prepare/ignorables.js";

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
  /** Whether the text holds what prints nothing (vocab IGNORABLES), anywhere: the passes that read around it ask. */
  ignorables: boolean;
}

/** The one pass over the whole text: anchors for the grammar, numbers for short forms; then the rhymes for laws by name. */
export function findLandmarks(text: string): Landmarks {
  const anchors: number[] = [];
  const numbers: number[] = [];
  let ignorables = false;
  let re = SCAN_OR_IGNORABLE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const c = text.charCodeAt(m.index);
    // What prints nothing (no number starts with it): the first says so; the scan goes on without asking again.
    // Every character is either tried as a match's start (this alternative first) or inside a number's match.
    if (c < 0x30 || c > 0x39) {
      ignorables = true;
      SCAN_ALL.lastIndex = re.lastIndex;
      re = SCAN_ALL;
      continue;
    }
    // A number's digits may hold one ("Nghị định 17<ZWSP>2"), which the number's match took.
    if (!ignorables && re.lastIndex - m.index > 1 && hasIgnorableIn(text, m.index, re.lastIndex)) {
      ignorables = true;
      SCAN_ALL.lastIndex = re.lastIndex;
      re = SCAN_ALL;
    }
    numbers.push(m.index);
    if (m[1] !== undefined) {
      anchors.push(m.index);
      re.lastIndex = m.index + 1;
    }
  }
  return { anchors, numbers, lawRhymes: findLawRhymes(text), ignorables };
}

/**
 * The scan's own regex, made once: a new RegExp of SCAN's 700-character source for every text cost
 * a few microseconds (its source read and looked up in V8's cache), a tenth of the scan on short texts.
 * Nothing calls findLandmarks again while it runs, so its lastIndex is this pass's alone.
 */
const SCAN_ALL = new RegExp(SCAN.source, "g");
/**
 * The same, first asking each character whether it prints nothing (a class of a few characters, no
 * number starts with one): the scan walks the text anyway, and a test of its own for them
 * (HAS_IGNORABLE) walked it again, at about 40 % of the scan's cost; as the scan's first
 * alternative it adds a few per cent to it (300 plans, least of 40 rounds: scan 8.6 ms, scan and
 * the test 13.1, this 9.2).
 */
const SCAN_OR_IGNORABLE = new RegExp(`[${IGNORABLE_CLASS}]|(?:${SCAN.source})`, "g");

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
