import { phraseSource } from "../vocab/phrases.js";
import { WHITESPACE } from "../shared/chars.js";

/*
 * The cue regex, split by first letter. A regex of phrases (a trie, vocab/phrases.ts) stops at every
 * character that opens one of its top branches and tries it there: a phrase opening with a letter that is
 * common in the text ("g" of every "ng", "k" of "không", "khoản") costs the scan a try at each of them,
 * ~1.2 % of an analyze() pass for one entry of two phrases (bench/README.md, Session 51 speed51c). Such
 * phrases are left out of the main regex and found by an anchor of their own instead: their rarest letter
 * (one bearing two marks, "ờ" of "thời"), looked for by one scan of every anchor letter, each phrase's letters before it read
 * back from there, and the phrase's match confirmed by a sticky regex of those phrases at the start so
 * found. Which phrases go so is computed from the vocabulary (a first letter in the given set and a letter
 * to anchor on), so a new phrase takes the path its first letter gives it.
 */

/** Where a regex (or the split scan) matched: RegExpExecArray's index and whole match. */
export interface CueMatch {
  index: number;
  0: string;
}

/** A phrase's anchor: its letter with the most marks (longest NFD: "ờ", "ấ" before "é", "ạ"), the first among equals; null for none marked. */
export function anchorOf(key: string): { at: number; letter: string } | null {
  let best: { at: number; letter: string } | null = null;
  let marks = 1;
  for (let i = 0; i < key.length; i++) {
    const letter = key[i];
    if (letter <= "\u007f") continue;
    const upper = letter.toUpperCase();
    // Found by indexOf of its two cases: only a letter whose cases are one character each, each other's.
    if (upper.length !== 1 || upper === letter || upper.toLowerCase() !== letter) continue;
    const n = letter.normalize("NFD").length;
    if (n > marks) {
      best = { at: i, letter };
      marks = n;
    }
  }
  return best;
}


/**
 * The phrase keys (lower case, single spaces, vocab/phrases.ts's units) split: `main` the ones the
 * main regex keeps, `anchored` the others (a first letter in `initials` and a marked letter to anchor on).
 */
export function splitByInitial(keys: readonly string[], initials: string): { main: string[]; anchored: string[] } {
  const main: string[] = [];
  const anchored: string[] = [];
  for (const key of keys) (initials.includes(key[0]) && anchorOf(key) !== null ? anchored : main).push(key);
  return { main, anchored };
}

/**
 * A scan with the interface findCues uses of a global regex (lastIndex, exec): each exec returns what
 * one regex of all the phrases would, the leftmost match at or after lastIndex. At a start only
 * phrases of one first letter can match, so the main regex's match and the anchored phrases' match
 * never start at one place, and the earlier of the two is the one regex's.
 */
export class SplitScan {
  lastIndex = 0;
  private readonly main: RegExp;
  private readonly sticky: RegExp | null;
  /** Any anchor letter in either case: one scan finds them all (an indexOf per letter and case cost a scan each). */
  private readonly anchor: RegExp | null;
  /** Of each anchor letter (lower case), each distinct run of units before it in a phrase, reversed: letters, "," or " " (any run of whitespace, none included). */
  private readonly befores = new Map<string, string[]>();
  private from = 0;
  /** The anchored phrases' matches in the piece from `from`, by start; null until asked. */
  private found: CueMatch[] | null = null;
  private next = 0;

  /** `flags`: the one regex's ("gi"); `keys` the phrase keys, `initials` the first letters to anchor. */
  constructor(keys: readonly string[], initials: string, flags: string) {
    const { main, anchored } = splitByInitial(keys, initials);
    this.main = new RegExp(phraseSource(main, { runTogether: true }), flags);
    this.sticky = anchored.length === 0 ? null : new RegExp(phraseSource(anchored, { runTogether: true }), flags.replace("g", "") + "y");
    const byLetter = new Map<string, Set<string>>();
    for (const key of anchored) {
      const { at, letter } = anchorOf(key)!;
      if (!byLetter.has(letter)) byLetter.set(letter, new Set());
      byLetter.get(letter)!.add([...key.slice(0, at)].reverse().join(""));
    }
    for (const [letter, befores] of byLetter) this.befores.set(letter, [...befores]);
    const letters = [...byLetter.keys()].map((l) => l + l.toUpperCase()).join("");
    this.anchor = letters === "" ? null : new RegExp(`[${letters}]`, "g");
  }

  /** A new piece (the text up to where the scan may read; exec is handed it), scanned from `from` on. */
  begin(from: number): void {
    this.from = from;
    this.found = null;
    this.next = 0;
    this.lastIndex = from;
  }

  /** The next match at or after lastIndex in the piece begun (`piece` is that piece: the regex's signature). */
  exec(piece: string): CueMatch | null {
    const from = this.lastIndex;
    // lastIndex only moves on within a piece; a caller that set it back is served from there.
    if (from < this.from) this.begin(from);
    this.main.lastIndex = from;
    const m = this.main.exec(piece);
    const found = this.found ?? (this.found = this.anchoredIn(piece, this.from));
    while (this.next < found.length && found[this.next].index < from) this.next++;
    const a = this.next < found.length ? found[this.next] : null;
    if (a !== null && (m === null || a.index < m.index)) {
      this.lastIndex = a.index + a[0].length;
      return a;
    }
    if (m !== null) this.lastIndex = this.main.lastIndex;
    return m;
  }

  /** Every start at or after `from` where the anchored phrases match in `piece`, with the match, by start. */
  private anchoredIn(piece: string, from: number): CueMatch[] {
    const out: CueMatch[] = [];
    const sticky = this.sticky;
    const anchor = this.anchor;
    if (sticky === null || anchor === null) return out;
    anchor.lastIndex = from;
    for (let hit = anchor.exec(piece); hit !== null; hit = anchor.exec(piece)) {
      const a = hit.index;
      for (const before of this.befores.get(hit[0].toLowerCase())!) {
        const start = readBack(piece, a, before);
        if (start < from) continue;
        sticky.lastIndex = start;
        const m = sticky.exec(piece);
        if (m !== null && !out.some((o) => o.index === start)) out.push({ index: start, 0: m[0] });
      }
    }
    if (out.length > 1) out.sort((x, y) => x.index - y.index);
    return out;
  }
}

/**
 * Where a phrase whose units before its anchor are `before` (reversed) starts, if the anchor at `a`
 * is its: each letter read back in any case (a superset of what the regex's "i" flag matches; the
 * sticky regex confirms), each space any run of whitespace, as the regex's `\s*` reads it; -1 if not.
 */
function readBack(text: string, a: number, before: string): number {
  let i = a;
  for (const unit of before) {
    if (unit === " ") {
      while (i > 0 && WHITESPACE[text.charCodeAt(i - 1)] === 1) i--;
      continue;
    }
    if (i === 0) return -1;
    const c = text[i - 1];
    if (c !== unit && c.toLowerCase() !== unit && c.toUpperCase() !== unit.toUpperCase()) return -1;
    i--;
  }
  return i;
}
