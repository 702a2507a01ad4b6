import type { IToken } from "chevrotain";
import { citationStartIndex, mayContinuePhrase, parseListAt, tokens as citationTokens, TokenStream } from "../../grammars/citation/index.js";
import { preparedAsIs } from "../prepare/prepare.js";
import { WindowPreparer } from "../prepare/window-preparer.js";
import { findAnchors } from "../find/anchors.js";
import { PlaceDateLines } from "../find/place-date-lines.js";
import { toParsed } from "./convert.js";
import type { ParsedCitation } from "./types.js";
import { lastAtOrBefore } from "../shared/search.js";
import { isBreakAt, isDigitCode, isWhitespaceAt } from "../shared/chars.js";

const { KindWord } = citationTokens;

/**
 * Context the grammar needs around a number: a kind word before it, date and issuer after. Back,
 * "Nghị định số " is 13 characters: 12 back, snapped to the word's start, begins the window at the
 * kind word, which may be its first token (startsBeforeCitation). At 20, a window began a word
 * earlier ("Căn | cứ Nghị định số") in one case of two, and lexed it for nothing.
 */
const BACK = 12;
/**
 * Forward, 144 characters: at 112, one window in thirteen on real text was grown forward and parsed
 * again (its settled tokens kept); at 144, one in forty, for a few more characters to check clean.
 */
const FORWARD = 144;
/**
 * How far back a window may reach, doubling, for a start no keyword phrase runs into. Past 320
 * characters it is taken as it is: only contrived text ("và và và …") keeps failing the test, and
 * unbounded, each anchor in it would reach back to the start of the text.
 */
const MAX_BACK = 320;
/** How far a window edge may move to reach whitespace, so no word or letter+marks is cut. */
const SNAP = 32;

/**
 * Island parsing: prepares and lexes only a window around each anchor, growing the window when
 * the parse reaches its edge. Gives the same citations as parseWholeText, at a fraction of the cost.
 */
export function parseIslands(text: string): ParsedCitation[] {
  const out: ParsedCitation[] = [];
  eachIsland(text, (p) => out.push(p));
  return out;
}

/**
 * parseIslands, handing each citation to `emit` as soon as it is parsed, in order: a caller that
 * turns it into something else at once lets it die young (see extract). A caller that has
 * scanned the text already gives its anchors; one whose later pass asks what needs no preparing
 * gives the WindowPreparer, which keeps what the windows found (WindowPreparer.cleanWithin).
 */
export function eachIsland(text: string, emit: (p: ParsedCitation) => void, anchors: readonly number[] = findAnchors(text), preparer = new WindowPreparer(text)): void {
  let covered = 0;
  const stops = new HardStops(text);
  const dateLines = new PlaceDateLines(text);
  for (const anchor of anchors) {
    if (anchor < covered) continue;
    // Two character codes at most for most anchors: a line break inside the number is rare.
    const joined = lineInNumberAt(text, anchor);
    const end = (joined >= 0 ? parseJoined(text, joined, emit, stops, dateLines, preparer) : undefined) ?? parseAround(text, anchor, emit, stops, dateLines, preparer);
    if (end >= 0) covered = end;
  }
}

/**
 * "Nghị định số 61/2⏎018/NĐ-CP", "Quyết định số 12⏎34/QĐ-UBND": a line break inside a number's digits after its first,
 * where a PDF's text wrapped a line mid-token. The anchor is the number after the break ("018/NĐ", "34/QĐ"): where the
 * break right before it follows the digits of a number after "số", or a year's first digits after a number and its
 * slash that with the anchor's make 19xx or 20xx, the anchor's a slash after: the break's offset, else -1. No real
 * text of the sets holds one (grep of 2,800 dev and fresh texts for a digit, a break and a digit inside a citation:
 * none; a digit, a break and a date or a number of the next line's, "năm 2022⏎23/03/2022", "báo 05⏎Nghị quyết
 * 59/2006", often), so the reading is offered only where the joined form parses as a whole citation (parseJoined) and
 * said in a warning (repair "line-in-number"). "… số 12⏎34 hộ", figures a line apart, has no slash after: no anchor.
 */
export function lineInNumberAt(text: string, anchor: number): number {
  if (text.charCodeAt(anchor - 1) !== LF) return -1;
  const brk = anchor - 1;
  // The digits before the break (the CR of a "\r\n" between digits reads as what prints nothing: textAsRead).
  const digitsEnd = text.charCodeAt(brk - 1) === WORD_JOINER ? brk - 1 : brk;
  const digitsStart = digitsBefore(text, digitsEnd);
  if (digitsStart === digitsEnd || digitsEnd - digitsStart > 4) return -1;
  let after = anchor;
  while (after < text.length && after - anchor < 5 && isDigitCode(text.charCodeAt(after))) after++;
  if (text.charCodeAt(after) !== SLASH) return -1;
  if (text.charCodeAt(digitsStart - 1) === SLASH) {
    // A year split: a number right before its slash, the year's pieces four digits, 19xx or 20xx.
    const year = text.slice(digitsStart, digitsEnd) + text.slice(anchor, after);
    const yearly = year.length === 4 && (year.startsWith("19") || year.startsWith("20"));
    return yearly && digitsBefore(text, digitsStart - 1) < digitsStart - 1 ? brk : -1;
  }
  return SO_BEFORE.test(text.slice(Math.max(0, digitsStart - 6), digitsStart)) ? brk : -1;
}
/** Where the run of digits ending at `end` starts (`end` itself where none does). */
function digitsBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 8 && isDigitCode(text.charCodeAt(i - 1))) i--;
  return i;
}
const LF = 0x0a;
const SLASH = 0x2f;
const WORD_JOINER = 0x2060;
/** "số", "số:", "Số :" right before the digits. */
const SO_BEFORE = /(?:^|[^\p{L}])[Ss]ố[ \t]?:?[ \t]?$/u;

/**
 * parseAround with the line break at `brk` read as what prints nothing, so the grammar reads the number's pieces as one
 * (prepare() drops it, its map keeps the offsets the caller's): emitted only where the citation whose number holds the
 * break is whole, a kind word before it where the break splits the number itself, the year read where it splits the
 * year, each with the repair "line-in-number". undefined where it is not: the anchor is read as it is written.
 */
function parseJoined(text: string, brk: number, emit: (p: ParsedCitation) => void, stops: HardStops, dateLines: PlaceDateLines, preparer: WindowPreparer): number | undefined {
  const { from, split } = joinedNumberAt(text, brk);
  const found: ParsedCitation[] = [];
  const end = parseAround(text, from, (p) => found.push(p), stops, dateLines, preparer, brk);
  if (end < 0 || !keptJoined(found, brk, split)) return undefined;
  for (const p of found) emit(p);
  return end;
}

/**
 * Where the number the line break at `brk` splits begins (lineInNumberAt): before the break's digits, and before a
 * number's slash where the break splits its year (`split` false). The island path and the whole-text one
 * (parse/whole-text.ts) read it from there.
 */
export function joinedNumberAt(text: string, brk: number): { from: number; split: boolean } {
  let from = digitsBefore(text, text.charCodeAt(brk - 1) === WORD_JOINER ? brk - 1 : brk);
  const split = text.charCodeAt(from - 1) !== SLASH;
  if (!split) from = digitsBefore(text, from - 1);
  return { from, split };
}

/**
 * Whether the citations read from the joined number's first digit keep the joined reading: the one whose number holds
 * the break is whole (a kind word before it where the break splits the number, its year read where it splits the
 * year). Where it does, that citation gets the repair "line-in-number".
 */
export function keptJoined(found: ParsedCitation[], brk: number, split: boolean): boolean {
  const c = found.find((p) => p.number.start <= brk && brk < p.numberEnd);
  if (c === undefined || (split ? c.kindWord === null : c.year === null || c.year.end <= brk)) return false;
  c.repairs = [...c.repairs, "line-in-number"];
  return true;
}

/** Parses the citations whose first number is at `anchor`, emitting each; returns where the last ends, or -1. */
function parseAround(text: string, anchor: number, emit: (p: ParsedCitation) => void, stops: HardStops, dateLines: PlaceDateLines, preparer: WindowPreparer, joinAt = -1): number {
  let back = BACK;
  let forward = FORWARD;
  // The window before this one, text[from, shorterTo) as it was, when it was grown forward.
  let shorter: TokenStream | null = null;
  let shorterTo = -1;
  for (;;) {
    const from = windowStart(text, anchor, back);
    const stop = firstStop(stops.within(anchor, forward), dateLines.firstAfter(anchor, anchor + forward));
    const clipped = stop >= 0;
    const to = clipped ? stop : snapForward(text, Math.min(text.length, anchor + forward));
    // A line break inside the number (parseJoined) read as what prints nothing, one unit for one: prepare() drops it
    // (WindowPreparer.prepare, its one call of prepare(): a second call site here cost the island loop its compiled code).
    const prepared = preparer.prepare(from, to, joinAt);
    const asIs = preparedAsIs(prepared);
    // Lexed on demand: the tokens before the number now, the rest as the parser looks ahead. A
    // window grown forward over text as it was keeps the tokens the shorter one had settled.
    // (A hard stop found further on may end the grown window before the shorter one ended.)
    const tokens: TokenStream = shorter !== null && asIs && to >= shorterTo ? shorter.grown(prepared.text) : new TokenStream(prepared.text);
    const at = tokens.indexAt(prepared.map.fromOriginal(anchor - from));
    if (at < 0) return -1;
    if (from > 0 && back < MAX_BACK && !startsBeforeCitation(text, from, tokens, at, asIs)) {
      back = Math.min(2 * back, MAX_BACK);
      shorter = null;
      continue;
    }
    const list = parseListAt(tokens, at);
    // The parse looked at or near the window's end, where the text goes on: what it saw there may
    // not be what is there. A hard stop ends the window where nothing can be seen through.
    if (!clipped && to < text.length && !tokens.settled()) {
      forward *= 2;
      shorter = asIs ? tokens : null;
      shorterTo = to;
      continue;
    }
    if (!list) return -1;
    let end = -1;
    for (const c of list.citations) {
      const p = toParsed(c, prepared.map, from);
      emit(p);
      end = p.end;
    }
    return end;
  }
}

/**
 * The nearer of a hard stop and a place and date line's start (-1: neither): no citation reads on
 * into the document's own place and date (find/place-date-lines.ts), and the whole-text path ends
 * its tokens there too (parse/whole-text.ts).
 */
const firstStop = (stop: number, dateLine: number): number => (stop < 0 ? dateLine : dateLine < 0 ? stop : Math.min(stop, dateLine));

/**
 * Whether a window starting at `from` holds the whole beginning of the citation whose number is
 * token `at`: the window's first token is where a token of the whole text begins, so nothing before
 * the window could have lexed otherwise: it follows whitespace (the snap found some) and no
 * keyword phrase begun before the window goes on into it ("…Thông | tư liên tịch số"); and some
 * token comes before the citation's first ("số", a kind word), so none was cut off, or the
 * citation's first is a kind word, before which citationStartIndex never reads.
 */
function startsBeforeCitation(text: string, from: number, tokens: TokenStream, at: number, asIs: boolean): boolean {
  const start = citationStartIndex(tokens.tokens, at);
  if ((start === 0 && tokens.tokens[0].tokenType !== KindWord) || !isWhitespaceAt(text, from - 1)) return false;
  // windowStart asked the same of the text at `from` (a window as it was reads as the text does, up
  // to the number inside it at least): its answer stands, unless it stopped stepping back for another reason.
  return asIs && startAskedAt === from ? true : !tokens.mayStartMidPhrase();
}

/**
 * Where a window may end early: just after a semicolon, or after a full stop that is followed by
 * whitespace and then something other than a digit, and is not the dot of "TP."
 * (isCityAbbreviationAt). No rule reads past either, and no lookahead sees through one (a date
 * reads a dot only when a number follows it, an issuer's place only after "TP"), so tokens after
 * them cannot change the parse.
 *
 * Anchors come in text order, so each kind of stop is looked for once per stretch of text and
 * remembered: the next semicolon and the next such full stop after the last place asked. Read
 * character by character for each anchor, the 112 characters after it were a third of the
 * island loop's own time.
 */
class HardStops {
  /** The first semicolon at or after semicolonFrom (-1: none to the end of the text). */
  private semicolon = -1;
  private semicolonFrom = Infinity;
  /** The first full stop that ends a window, at or after dotFrom, and where the word after it starts (-1: none). */
  private dot = -1;
  private dotNext = -1;
  private dotFrom = Infinity;

  constructor(private readonly text: string) {}

  /** Just after the first stop within `forward` characters of `anchor`, or -1. */
  within(anchor: number, forward: number): number {
    const end = Math.min(this.text.length, anchor + forward);
    const semicolon = this.nextSemicolon(anchor);
    this.nextDot(anchor);
    // A full stop counts only where the word after it starts inside the window: the grammar could not see it otherwise.
    const dot = this.dot >= 0 && this.dotNext < end ? this.dot : -1;
    if (semicolon >= 0 && semicolon < end && (dot < 0 || semicolon < dot)) return semicolon + 1;
    return dot >= 0 ? dot + 1 : -1;
  }

  private nextSemicolon(from: number): number {
    if (from < this.semicolonFrom || (this.semicolon >= 0 && from > this.semicolon)) {
      this.semicolon = this.text.indexOf(";", from);
      this.semicolonFrom = from;
    }
    return this.semicolon;
  }

  private nextDot(from: number): void {
    if (from >= this.dotFrom && (this.dot < 0 || from <= this.dot)) return;
    const text = this.text;
    this.dotFrom = from;
    for (let i = text.indexOf(".", from); i >= 0; i = text.indexOf(".", i + 1)) {
      if (i + 1 >= text.length || !isWhitespaceAt(text, i + 1) || isCityAbbreviationAt(text, i) || mayJoinSymbolAt(text, i)) continue;
      let j = i + 2;
      while (j < text.length && isWhitespaceAt(text, j)) j++;
      if (j < text.length && !isDigitCode(text.charCodeAt(j))) {
        this.dot = i;
        this.dotNext = j;
        return;
      }
    }
    this.dot = -1;
  }
}

/**
 * The dot of "TP." (thành phố abbreviated), which the issuer's place reads past ("UBND TP. Hồ Chí
 * Minh"): "TP" or "Tp" as a word of its own right before it. The grammar's gate (isCityAbbreviation)
 * reads PLACE_TYPE_ABBREVIATIONS; here, on every full stop of every window, two character codes.
 */
function isCityAbbreviationAt(text: string, dot: number): boolean {
  return dot >= 2 && text.charCodeAt(dot - 2) === 0x54 && (text.charCodeAt(dot - 1) | 0x20) === 0x70 && (dot === 2 || !isLetterOrDigitAt(text, dot - 3));
}

/**
 * A dot the grammar may read as a ký hiệu's separator ("45/2008/QĐ . UBND", dotInSymbol): a word
 * right before it (whitespace between or not) that follows a slash (whitespace between or not).
 * The word is read as any run of characters up to whitespace, a slash or a dot: more dots than the
 * grammar's gate reads, never fewer, at the cost of two table reads a character. No scan goes back
 * past the previous dot, so a text of dots stays linear.
 */
function mayJoinSymbolAt(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && isWhitespaceAt(text, i - 1)) i--;
  const wordEnd = i;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x2f || c === 0x2e || isWhitespaceAt(text, i - 1)) break;
  }
  if (i === wordEnd) return false;
  while (i > 0 && isWhitespaceAt(text, i - 1)) i--;
  return i > 0 && text.charCodeAt(i - 1) === 0x2f;
}

const isLetterOrDigitAt = (text: string, i: number): boolean => /[\p{L}\p{N}\p{M}]/u.test(text[i]);

/**
 * About `back` characters before the anchor, at the start of a word that follows whitespace and
 * that no keyword phrase begun before it could go on into: stepping back over "tư liên tịch" to
 * "Thông" costs a few character reads here, where growing the window would lex it again.
 */
function windowStart(text: string, anchor: number, back: number): number {
  let from = snapBack(text, Math.max(0, anchor - back));
  startAskedAt = -1;
  for (let words = 0; from > 0 && words < MAX_STEP_BACK; words++) {
    if (!mayContinuePhrase(text, from)) {
      startAskedAt = from;
      break;
    }
    from = snapBack(text, skipWhitespaceBack(text, from));
  }
  return from;
}

/** Set by windowStart: the start it returned where mayContinuePhrase said no there, else -1. */
let startAskedAt = -1;

/** Words a window start may step back over; past that, the window grows instead. */
const MAX_STEP_BACK = 12;

function skipWhitespaceBack(text: string, i: number): number {
  while (i > 0 && isWhitespaceAt(text, i - 1)) i--;
  return i;
}

/** A window starts and ends at a break between words: not at a U+FEFF inside a word ("Th\uFEFFông tư liên tịch số …"). */
function snapBack(text: string, i: number): number {
  const limit = Math.max(0, i - SNAP);
  while (i > limit && !isBreakAt(text, i - 1)) i--;
  return i;
}

function snapForward(text: string, i: number): number {
  const limit = Math.min(text.length, i + SNAP);
  while (i < limit && !isBreakAt(text, i)) i++;
  return i;
}

const startOf = (t: IToken): number => t.startOffset;

/** Index of the token starting exactly at `offset`, or -1. */
export function tokenAt(tokens: readonly IToken[], offset: number): number {
  const i = lastAtOrBefore(tokens, offset, startOf);
  return i >= 0 && tokens[i].startOffset === offset ? i : -1;
}
