import { cueLineWithin, type Clause } from "./clauses.js";
import { CUES, LEVY_BASE_TAILS, type Cue } from "../vocab/cues.js";
import { phraseSource } from "../vocab/phrases.js";
import { LETTER_OR_DIGIT } from "../shared/chars.js";
import { BoundedCache } from "../shared/memo.js";
import { lazyRegExp } from "../shared/lazy-regexp.js";
import { phraseAt } from "../shared/strings.js";

/*
 * Where the cue phrases of src/vocab/cues.ts stand in a text, as whole words outside the citations,
 * looked for only in the clauses whose cues the role reader can use.
 */

/** Word-segmented sources write "sửa đổi , bổ sung": each phrase with a comma also matches so. */
const withSpacedCommas = (phrases: readonly string[]) => phrases.flatMap((p) => (p.includes(", ") ? [p, p.replace(/, /g, " , ")] : [p]));
const CUE_BY_PHRASE = new Map<string, Cue>();
for (const cue of CUES) for (const p of withSpacedCommas(cue.phrases)) CUE_BY_PHRASE.set(phraseKey(p), cue);
/**
 * The phrases with their words run together ("thaythế", "HƯỚNGDẪN THI HÀNH"): some copies lose the space
 * between two syllables of a word, as others lose it between words (gluedAt). The first cue of a
 * spelling keeps it.
 */
const runTogether = (key: string): string => key.replace(/ /g, "");
const CUE_BY_RUN_TOGETHER = new Map<string, Cue>();
for (const [key, cue] of CUE_BY_PHRASE) if (!CUE_BY_RUN_TOGETHER.has(runTogether(key))) CUE_BY_RUN_TOGETHER.set(runTogether(key), cue);
/**
 * The cue phrases, lower case. CUE_RE_FOLDED (no "u" flag; searched as CUE_GROUPS) matches a text character against a
 * phrase's letter exactly when the character's lower case is that letter, the Kelvin sign
 * excepted (a test holds it to that over every UTF-16 unit): it reads the text as CUE_RE reads the
 * lower-cased text, without the cost of lower-casing it. CUE_RE_ANY_CASE serves the rare text whose
 * lower case changes its length ("İ").
 */
const CUE_RE = new RegExp(phraseSource([...CUE_BY_PHRASE.keys()], { runTogether: true }), "g");
const CUE_RE_ANY_CASE = new RegExp(CUE_RE.source, "giu");
/**
 * CUE_RE_FOLDED (CUE_RE's source with "i") in two, by the letter its phrases open with: the searches of the two, merged
 * by CueSearch, find what the one regex finds. Its phrases open with twelve letters, 24 code units with their capitals,
 * and irregexp skips ahead by the low seven bits of a code unit only where at most 16 can open a match (bench/README.md,
 * sessions 64 and 65): so the one regex was tried at every character of the regions (~60 instructions each, the
 * largest cost of analyze()'s own), and each half skips to the characters its letters' low seven bits share (some
 * two fifths of a Vietnamese text's between the two). Each half holds the letters of about half the text's share of
 * them, for irregexp skips only where the values it stops at are under half of the 128 code units it samples of the
 * first text it compiles for (a sample crowded with a half's letters turns its skip off: the two then cost 67 M a devx5
 * pass in a micro, against the one regex's 76 M and 62 M with both skips). At one place
 * only one half can match (no two phrases' first letters have one capital), and there each matches what the one regex
 * matches (its branch of the trie, the same alternatives in the same order).
 * @public exported for test/analyze/cue-groups.test.ts.
 */
export const CUE_GROUP_LETTERS = ["nhbks", "cgtqvxđ"] as const;
/** @public exported for test/analyze/cue-groups.test.ts. */
export const CUE_GROUPS: readonly RegExp[] = CUE_GROUP_LETTERS.map(
  (letters) => new RegExp(phraseSource([...CUE_BY_PHRASE.keys()].filter((p) => letters.includes(p[0])), { runTogether: true }), "gi"),
);
/** CUE_RE's source: the one regex the halves stand for (test/analyze/cue-groups.test.ts). @public */
export const CUE_SOURCE = CUE_RE.source;

/**
 * The leftmost match at or after lastIndex of any of `res` (global regexes, no two matching at one place), as one
 * regex's exec: lastIndex is then the match's end. Each regex's last answer is kept with where it was searched from, and
 * serves while lastIndex has not passed the match (none found serves from there on): most answers are asked once.
 * Every piece searched is a prefix of one text whose end no match crosses (findCues), and a new length drops the
 * answers kept: none found in a shorter piece may be found in a longer one.
 * @public exported for test/analyze/cue-groups.test.ts.
 */
export class CueSearch {
  lastIndex = 0;
  private length = -1;
  private readonly from: number[];
  private readonly found: (RegExpExecArray | null)[];
  constructor(private readonly res: readonly RegExp[]) {
    this.from = res.map(() => -1);
    this.found = res.map(() => null);
  }
  exec(piece: string): RegExpExecArray | null {
    if (piece.length !== this.length) {
      this.length = piece.length;
      this.from.fill(-1);
    }
    const at = this.lastIndex;
    let best: RegExpExecArray | null = null;
    for (let i = 0; i < this.res.length; i++) {
      let m = this.found[i];
      const from = this.from[i];
      if (from < 0 || from > at || (m !== null && m.index < at)) {
        const re = this.res[i];
        re.lastIndex = at;
        m = re.exec(piece);
        this.found[i] = m;
        this.from[i] = at;
      }
      if (m !== null && (best === null || m.index < best.index)) best = m;
    }
    this.lastIndex = best === null ? 0 : best.index + best[0].length;
    return best;
  }
  /** Forgets the answers kept: a new text. */
  reset(): void {
    this.length = -1;
  }
}
/** One search of each kind, reset for each text: findCues made one a call, and its compiled code met a new map each time. */
const BY_GROUPS = new CueSearch(CUE_GROUPS);
const ANY_CASE = new CueSearch([CUE_RE_ANY_CASE]);
const LOWER_CASED = new CueSearch([CUE_RE]);
/** A letter or a digit at `i` (`/[\p{L}\p{N}]/u` of the unit alone), by table: the scan asks it of a few characters around every match. */
const wordishAt = (text: string, i: number): boolean => LETTER_OR_DIGIT[text.charCodeAt(i)] === 1;
/**
 * A word in lower case run into a capitalised one ("Thực hiệnQuyết định số …", "tỉnhCăn cứ"): some
 * sites' copies drop the space where a format changed. The cue stands on its own there.
 */
function gluedAt(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i];
  return (before !== before.toUpperCase() && after !== after.toLowerCase()) || (toneBefore(text, i) && toneAfter(text, i));
}
/**
 * A syllable bears one tone mark at most: letters run together with a tone mark on each side of `i`
 * ("Xétbáo cáo", "thực hiệný kiến") are two syllables whose space a copy lost, in any case.
 */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
/** How far from `i` a syllable's letters are looked at: the longest syllable ("nghiêng") has 7. */
const SYLLABLE = 7;
const toned = (ch: string): boolean => ch > "\u00bf" && TONE_MARK.test(ch.normalize("NFD"));
function toneBefore(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - SYLLABLE && wordishAt(text, k); k--) if (toned(text[k])) return true;
  return false;
}
function toneAfter(text: string, i: number): boolean {
  for (let k = i; k < text.length && k < i + SYLLABLE && wordishAt(text, k); k++) if (toned(text[k])) return true;
  return false;
}

/**
 * The cue a match spelled otherwise than its phrase stands for ("Căn cứ", "THAY THẾ", "thay  thế"): its
 * key once lower-cased unless it holds odd whitespace (phraseKey folds that too). Kept by spelling
 * across documents (a BoundedCache, emptied when full): a third of a pass's matches open a sentence in
 * capitals, and lower-casing a Vietnamese string is a call into ICU each time.
 */
const cueOfSpelling = (matched: string): Cue | undefined => CUE_BY_SPELLING.get(matched, spelledCue) ?? undefined;
const spelledCue = (matched: string): Cue | null =>
  CUE_BY_PHRASE.get(matched.toLowerCase()) ?? CUE_BY_PHRASE.get(phraseKey(matched)) ?? CUE_BY_RUN_TOGETHER.get(runTogether(phraseKey(matched))) ?? null;
/** Bounded (the default 4,096 kept): a match may hold any run of whitespace, so spellings are not a closed set. */
const CUE_BY_SPELLING = new BoundedCache<Cue | null>();

/**
 * The longest cue phrase that is a proper prefix of `matched` and ends at a word's end in the text, or NO_SHORTER
 * (cue null): an object of one shape either way, whose fields findCues reads wherever it asks (see there).
 * @public exported for test/analyze/cue-finder-compiled.test.ts, which imports a copy of this module knip cannot follow.
 */
export function shorterCueAt(text: string, start: number, matched: string): ShorterCue {
  for (let k = matched.length - 1; k > 0; k--) {
    const end = start + k;
    if (!wordishAt(text, end - 1)) continue;
    if (wordishAt(text, end) && !gluedAt(text, end)) continue;
    const key = phraseKey(matched.slice(0, k));
    const cue = CUE_BY_PHRASE.get(key) ?? CUE_BY_RUN_TOGETHER.get(runTogether(key));
    if (cue) return { length: k, cue };
  }
  return NO_SHORTER;
}
interface ShorterCue {
  length: number;
  cue: Cue | null;
}
const NO_SHORTER: ShorterCue = { length: 0, cue: null };

/** What follows "căn cứ" when it is the noun of a levy's base ("căn cứ tính thuế"), and how far it is read. */
const LEVY_BASE_AFTER = lazyRegExp(() => new RegExp(String.raw`^\s+(?:${phraseSource(LEVY_BASE_TAILS)})(?![\p{L}\p{N}])`, "iu"));
const LEVY_BASE_LOOK = 32;

/** Parts in which no document states a relation: its own header, who signs it, who receives it. */
export const isSilent = (part: Clause["part"]) => part === "header" || part === "signature" || part === "recipients" || part === "other";

export interface FoundCue {
  start: number;
  end: number;
  cue: Cue;
}

/**
 * How far before a clause the cue scan starts. Cue matches never overlap, so a scan started
 * anywhere finds the same matches as a scan of the whole text from the first match that starts
 * after the last one straddling its start; only a cue phrase longer than this (whitespace runs
 * of hundreds of characters inside one) could straddle it and reach into the clause.
 */
export const CUE_LOOKBACK = 256;

/**
 * Characters no cue phrase holds (cue phrases are letters, whitespace and commas; a test holds them
 * to that): ASCII digits and punctuation. No match reaches across one.
 */
export const NOT_IN_CUES = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x80; c++) if (!/[\sA-Za-z,]/.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/**
 * The stretches of text whose cues readRoles can use, merged and in order: the clauses that hold
 * a citation and those that pass their cue on to the next (";" or ":"), up to the last citation, each with
 * CUE_LOOKBACK before it. Scanning only these, not the whole text, saves most of the cue regex's work on long
 * documents. (A heading's cue reaches the list items under it through that lookback: which cues
 * are found there is part of what readRoles reads, so the lookback is not cut shorter.)
 */
export function cueRegions(clauses: readonly Clause[], spans: readonly { start: number }[], toLastCitation = true): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let c = 0;
  for (const clause of clauses) {
    while (c < spans.length && spans[c].start < clause.start) c++;
    // No citation from here on: readRoles reads no clause past its last citation.
    if (c === spans.length && toLastCitation) break;
    const cited = c < spans.length && spans[c].start < clause.end;
    if (isSilent(clause.part) || (!cited && !clause.opensList)) continue;
    const start = Math.max(0, clause.start - CUE_LOOKBACK);
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, clause.end);
    else out.push({ start, end: clause.end });
  }
  return out;
}

/** Every cue phrase standing as whole words outside the citations, in text order, that starts inside a region. */
export function findCues(text: string, spans: readonly { start: number; end: number }[], regions: readonly { start: number; end: number }[]): FoundCue[] {
  const out: FoundCue[] = [];
  if (regions.length === 0) return out;
  // The case-insensitive regex finds what CUE_RE finds in the lower-cased text, without lower-casing it,
  // except where the text holds "İ" (whose lower case is longer) or the Kelvin sign (whose is "k").
  let re = BY_GROUPS;
  let haystack = text;
  if (text.includes("\u0130")) re = ANY_CASE;
  else if (text.includes("\u212a")) {
    re = LOWER_CASED;
    haystack = text.toLowerCase();
  }
  re.reset();
  let s = 0;
  // Where a scan of the whole text would stand: past the last match read, or at the next match
  // not yet read (the next region may start before it, and must then read it as that scan would).
  let at = 0;
  let to = -1;
  for (const region of regions) {
    // A match of the previous region may already reach past this one's start.
    const from = Math.max(at, region.start);
    if (from >= region.end) continue;
    // The scan reads no further than the first character no cue holds after the region: a match
    // that starts in the region ends before it, and one that starts after the region is not
    // needed yet; without the bound each region's last search ran on to the next cue of the text.
    // The last bound found serves while it lies past this region's end (no such character lies
    // between), so that a long stretch without one is walked once, not once for each region in it.
    if (to < region.end) {
      to = region.end;
      while (to < text.length && NOT_IN_CUES[text.charCodeAt(to)] !== 1) to++;
    }
    const piece = to < haystack.length ? haystack.slice(0, to) : haystack;
    // Unless a match past the region is found first, the whole-text scan's next match is at or after `to`.
    at = to;
    re.lastIndex = from;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      if (m.index >= region.end) {
        at = m.index;
        break;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (start > 0 && wordishAt(text, start - 1) && !gluedAt(text, start)) {
        re.lastIndex = start + 1;
        continue;
      }
      // Where the cue read ends, and its cue: undefined until looked up by the match's phrase.
      let stop = end;
      let cue: Cue | null | undefined;
      if (end < text.length && wordishAt(text, end) && !gluedAt(text, end)) {
        // The regex takes the longest phrase; one that runs into a word may hold a shorter one that
        // stands whole: "Căn công văn 167/…" is "Căn" (a preview's "Căn cứ"), not "Căn c" (a copy's
        // "Căn cứ" run into the name it heads, "Căn cLuật …"). The scan goes on at the next character.
        // The shorter cue goes through the same span test and push as a whole match (below), and its
        // fields are read whether or not there is one: a path of its own, first taken by few
        // documents, threw findCues' compiled code away when one first came after V8 had compiled it
        // ("Insufficient type feedback", bench/README.md, session 58).
        const shorter = shorterCueAt(text, start, m[0]);
        re.lastIndex = start + 1;
        stop = start + shorter.length;
        cue = shorter.cue;
        if (cue === null) continue;
      } else {
        // "HƯỚNG DẪN ⏎ Thực hiện …": no phrase runs into a line that opens a clause with its own cue.
        const cut = m[0].includes("\n") ? cueLineWithin(text, start, end) : -1;
        if (cut >= 0) {
          re.lastIndex = cut + 1;
          continue;
        }
      }
      while (s < spans.length && spans[s].end <= start) s++;
      if (s < spans.length && spans[s].start < stop) continue;
      if (cue === undefined) {
        cue = CUE_BY_PHRASE.get(m[0]) ?? cueOfSpelling(m[0]);
        // "Căn cứ tính thuế …": the noun, a levy's base (LEVY_BASE_TAILS), not a basis.
        if (cue && cue.type === "based_on" && LEVY_BASE_AFTER().test(text.slice(end, end + LEVY_BASE_LOOK))) continue;
      }
      if (cue && saidBeforeItsWord(text, stop, cue)) out.push({ start, end: stop, cue });
    }
  }
  return out;
}

/** How far after a cue said only before a kind's word (Cue.before) that word is looked for: the longest word and a space. */
const BEFORE_CHARS = 40;
/**
 * Whether a cue said only before a kind's word (Cue.before: "Theo" before "Tờ trình") has one right after `end`; any
 * other cue has no such condition. Asked here, not when the cue is read, so that "theo", one of a text's commonest
 * words, is no cue wherever no submission follows it: neither read nor seen by the cues around it. The word's own words
 * may be parted by any short run of blanks, as a justified copy prints them ("Tờ  trình": phraseAt).
 */
function saidBeforeItsWord(text: string, end: number, cue: Cue): boolean {
  if (!cue.before) return true;
  const s = text.slice(end, end + BEFORE_CHARS).trimStart();
  return cue.before.some((w) => {
    const e = phraseAt(s, w, 0);
    return e >= 0 && !LETTER_MARK_DIGIT().test(s.charAt(e));
  });
}
const LETTER_MARK_DIGIT = lazyRegExp(() => /[\p{L}\p{M}\p{N}]/u);

export function phraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, " ").trim();
}
