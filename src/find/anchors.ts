import { ANCHOR, SCAN, SCAN_PAGE_CUE } from "./patterns.js";
import { blankPageLines } from "../prepare/line-breaks.js";
import { IGNORABLE_CLASS, IGNORABLES, UNREAD_AS_WRITTEN, UNREAD_AS_WRITTEN_CLASS } from "../vocab/look-alikes.js";
import { isLegacySign, LEGACY_SIGN_CLASS } from "../shared/legacy-encoding.js";

/** ANCHOR, global: built once, not at each findAnchors call (which resets its lastIndex). */
const ANCHOR_ALL = new RegExp(ANCHOR.source, "g");

/**
 * Offsets (in the caller's text) where a document number may start. The grammar then runs on a
 * small window around each anchor.
 */
export function findAnchors(text: string): number[] {
  const out: number[] = [];
  const re = ANCHOR_ALL;
  re.lastIndex = 0;
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
  /**
   * Whether the text holds a combining mark or the eth for "Đ" (vocab UNREAD_AS_WRITTEN_CLASS), anywhere: the
   * named-basis finder reads only such a text through prepare().
   */
  unreadAsWritten: boolean;
  /**
   * Whether a legacy font sign (a TCVN3 symbol, VNI's đ/ư: shared/legacy-encoding.ts) stands outside a number's
   * match: only then is the text asked whether it is TCVN3 or VNI mojibake (extract(), analyze()). A legacy text
   * has such signs in most of its words; one whose only signs sit inside ký hiệu is not read as legacy.
   */
  legacy: boolean;
}

/**
 * The one pass over the whole text: anchors for the grammar, numbers for short forms; then the rhymes for laws by name.
 * `clean`: the caller knows the text holds no combining mark, no eth and nothing that prints nothing (analyze()'s
 * prepareDocument found nothing to prepare in it: extractListingRead), and the scan does not ask (unreadAsWritten and
 * ignorables false): its class of marks made the scan's search stop at most characters (session 62). `signless`: clean,
 * and no legacy font sign either (legacy false), whose class did the same (session 64): the scan is SCAN alone.
 */
export function findLandmarks(text: string, clean = false, signless = false): Landmarks {
  return scan(text, false, clean ? (signless ? ALL : UNREAD_TOO | IGNORABLE_TOO) : 0)!;
}

/**
 * The text as the find stage reads it, and findLandmarks of it: a PDF page's number and running
 * head blanked (blankPageLines, `lastLine` false: the caller's text may be a chunk whose last line
 * goes on). The scan asks at each number whether a page line may hold it (SCAN_PAGE_CUE); only a
 * text where one may is walked line by line, and scanned again only where a line was blanked.
 */
export function readLandmarks(text: string): { read: string; marks: Landmarks } {
  const marks = scan(text, true);
  if (marks !== null) return { read: text, marks };
  const read = blankPageLines(text, false);
  return { read, marks: scan(read, false)! };
}

/**
 * findLandmarks; with `pageLines`, null where the text has a page line to blank (the caller blanks
 * it and scans again), the marks where it has none. `known`: what the caller knows the text holds none of (UNREAD_TOO),
 * not asked.
 */
function scan(text: string, pageLines: boolean, known = 0): Landmarks | null {
  const anchors: number[] = [];
  const numbers: number[] = [];
  // IGNORABLE_TOO, UNREAD_TOO and LEGACY_TOO, each once the text has shown one or the caller knows it holds none
  // (`known`): the scan asks only for the others.
  let found = known;
  let re = scanFor(asking(found, pageLines));
  re.lastIndex = 0;
  // SCAN's groups 1 and 2 (the ký hiệu, after a kind word's letter or not) are 2 and 3 where the page-line cue opens the regex.
  let symbol = pageLines ? 2 : 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const c = text.charCodeAt(m.index);
    // What prints nothing, or a combining mark or eth (no number starts with one): the first of each says so; the
    // scan goes on without asking for it again. Every character is either tried as a match's start (by this
    // alternative too) or inside a number's match.
    if (c < 0x30 || c > 0x39) {
      found |= FIRSTS[c];
      re = switchTo(re, asking(found, pageLines));
      continue;
    }
    if (pageLines && m[1] !== undefined) {
      // A number a page line may hold: whether one is there is blankPageLines' to say, once.
      // Where none is, this number is scanned again without the cue, as SCAN reads it.
      if (blankPageLines(text, false) !== text) return null;
      pageLines = false;
      symbol = 1;
      re = switchTo(re, asking(found, false));
      re.lastIndex = m.index;
      continue;
    }
    // A number's digits may hold what prints nothing ("Nghị định 17<ZWSP>2"), which the number's match took. A mark or
    // an eth only a ký hiệu holds ("12/QÐ-UB"), and a match with one is an anchor's, scanned again from its second
    // character; asked of the match all the same, one look-up a character as before, should SCAN's shape change.
    if ((found & IN_NUMBERS) !== IN_NUMBERS && re.lastIndex - m.index > 1) {
      const more = firstsIn(text, m.index, re.lastIndex) & IN_NUMBERS & ~found;
      if (more !== 0) {
        found |= more;
        re = switchTo(re, asking(found, pageLines));
      }
    }
    numbers.push(m.index);
    if (m[symbol] !== undefined || m[symbol + 1] !== undefined) {
      anchors.push(m.index);
      re.lastIndex = m.index + 1;
    }
  }
  // What the caller knew absent (`known`) was not asked: found by none.
  const shown = found & ~known;
  return { anchors, numbers, lawRhymes: findLawRhymes(text), ignorables: (shown & IGNORABLE_TOO) !== 0, unreadAsWritten: (shown & UNREAD_TOO) !== 0, legacy: (shown & LEGACY_TOO) !== 0 };
}

/** Which scan asks for what has not been `found` yet, and for the page-line cue where `pageLines`. */
const asking = (found: number, pageLines: boolean): number => (ALL & ~found) | (pageLines ? PAGE_CUE : 0);

/** `to`'s scan, going on where `from` stopped. */
function switchTo(from: RegExp, to: number): RegExp {
  const re = scanFor(to);
  re.lastIndex = from.lastIndex;
  return re;
}

/**
 * The scan's own regexes, made once: a new RegExp of SCAN's 700-character source for every text cost
 * a few microseconds (its source read and looked up in V8's cache), a tenth of the scan on short texts.
 * Nothing calls findLandmarks again while it runs, so their lastIndex is this pass's alone.
 *
 * IGNORABLE_TOO: the regex also asks each character whether it prints nothing (a class of a few
 * characters, no number starts with one): the scan walks the text anyway, and a test of its own for
 * them (HAS_IGNORABLE) walked it again, at about 40 % of the scan's cost; as an alternative of the
 * scan (its first until session 67) it adds a few per cent to it (300 plans, least of 40 rounds: scan 8.6 ms, scan and
 * the test 13.1, this 9.2). PAGE_CUE: SCAN_PAGE_CUE in place of SCAN.
 */
const IGNORABLE_TOO = 1;
const PAGE_CUE = 2;
/**
 * UNREAD_TOO: the same first class asks for a combining mark or an eth (UNREAD_AS_WRITTEN_CLASS) too, for the
 * named-basis finder, whose own regex over every whole text (named61's) cost ~31 M instructions a devx5 warm pass
 * (bench/README.md, session 61's lead and session 62).
 */
const UNREAD_TOO = 4;
/** LEGACY_TOO: the same class asks for a legacy font sign (Landmarks.legacy), outside numbers' matches only. */
const LEGACY_TOO = 8;
/**
 * The scan asking what `k` says, made at its first use: a process uses two to four of the sixteen, and V8 parses each
 * at its making (a new RegExp of SCAN_PAGE_CUE's 10,000 characters cost ~4 M instructions at every process's load).
 */
function scanFor(k: number): RegExp {
  return (SCANS[k] ??= scanAsking(k));
}
const SCANS: (RegExp | undefined)[] = new Array(16).fill(undefined);
function scanAsking(k: number): RegExp {
  const source = (k & PAGE_CUE ? SCAN_PAGE_CUE : SCAN).source;
  const first = `${k & IGNORABLE_TOO ? IGNORABLE_CLASS : ""}${k & UNREAD_TOO ? UNREAD_AS_WRITTEN_CLASS : ""}${k & LEGACY_TOO ? LEGACY_SIGN_CLASS : ""}`;
  // The class after the scan's own alternatives: no digit is in it, so at any place at most one side can match and
  // the matches are the same either way; asked second, a devx5 pass cost 3.3 M instructions less (54.6 against 57.9 M,
  // the regex alone over the 300 texts: bench/README.md, session 67, speed67c).
  return new RegExp(first ? `(?:${source})|[${first}]` : source, "g");
}

const ALL = IGNORABLE_TOO | UNREAD_TOO | LEGACY_TOO;
/** What a number's match is asked for: a legacy sign inside one (a ký hiệu's "Ð") does not make a text legacy. */
const IN_NUMBERS = IGNORABLE_TOO | UNREAD_TOO;

/**
 * By code unit: IGNORABLE_TOO for what prints nothing, UNREAD_TOO for a combining mark or an eth, LEGACY_TOO for a
 * legacy font sign (TCVN3 writes "ư" as the soft hyphen, which prints nothing: both), 0 for the rest.
 */
const FIRSTS = (() => {
  const out = new Uint8Array(0x10000);
  for (const c of IGNORABLES) out[c.charCodeAt(0)] |= IGNORABLE_TOO;
  for (const [from, to] of UNREAD_AS_WRITTEN) for (let c = from; c <= to; c++) out[c] |= UNREAD_TOO;
  for (let c = 0; c < 0x100; c++) if (isLegacySign(c)) out[c] |= LEGACY_TOO;
  return out;
})();

/** FIRSTS of every character of text[from, to), or'd: a look-up a character. */
function firstsIn(text: string, from: number, to: number): number {
  let out = 0;
  for (let i = from; i < to; i++) out |= FIRSTS[text.charCodeAt(i)];
  return out;
}

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
