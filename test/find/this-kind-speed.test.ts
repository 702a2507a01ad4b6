/**
 * Session 61's speed-ups of "<kind> này" (src/find/this-kind.ts), each held to what it replaces: the kind word read
 * back from where it ends (a look-behind, sticky) against the search of the 40 characters before "này"; the first
 * citation of each kind by one walk of the citations against a walk for each kind; a page's kind lines by tries before
 * each kind word in capitals against the search of the whole text. The loops over the corpus and random strings
 * gather what differs and expect none once: 80,000 expect() calls cost more than the readings they checked.
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { KIND_BEFORE_THIS_SEARCH_SOURCE, KIND_LINE_SOURCE, firstCitedOfKinds, kindEndingAt, kindLines } from "../../src/find/this-kind.js";

const KIND_BEFORE_THIS_SEARCH = new RegExp(KIND_BEFORE_THIS_SEARCH_SOURCE, "iu");
const KIND_LINE = new RegExp(KIND_LINE_SOURCE, "gu");
import { KINDS } from "../../src/vocab/kinds.js";
import { NAMED_THIS_KINDS } from "../../src/vocab/cues.js";
import { extract } from "../../src/extract.js";
import type { Citation } from "../../src/types.js";
import { randomPieces, seededRandom, textsUnder } from "../helpers/search-equivalence.js";

const LOOK_BEFORE = 40;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d || c === 0x0a;

/** Both readings of the characters before the "này" at `at`, `b` where findThisMentions finds the blanks before it start. */
function both(text: string, at: number): { search: (string | undefined)[] | null; back: (string | undefined)[] | null } {
  let b = at;
  while (b > 0 && at - b <= 4 && isBlank(text.charCodeAt(b - 1))) b--;
  const from = Math.max(0, at - LOOK_BEFORE);
  const before = text.slice(from, at);
  const s = KIND_BEFORE_THIS_SEARCH.exec(before);
  const k = kindEndingAt(before, b - from);
  return { search: s === null ? null : [s[1], s[2]], back: k === null ? null : [k[1], k[2]] };
}

/** Every "này" of `text` (each "n" before "ày"), its offset. */
function thisAt(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf("này"); i >= 0; i = text.indexOf("này", i + 1)) out.push(i);
  return out;
}

const corpus = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];

describe("the kind word before 'này', read back from its end", () => {
  it("reads what the search of the 40 characters before reads, at every 'này' of the dev and fresh texts", () => {
    let n = 0;
    let found = 0;
    const differ: string[] = [];
    for (const text of corpus) {
      for (const at of thisAt(text)) {
        const { search, back } = both(text, at);
        if (!isDeepStrictEqual(back, search)) differ.push(text.slice(Math.max(0, at - 60), at + 3));
        n++;
        if (search !== null) found++;
      }
    }
    expect(differ).toEqual([]);
    expect(n).toBeGreaterThan(4000);
    expect(found).toBeGreaterThan(500);
  });

  it("reads what the search reads in random runs of kind words, words, numbers, blanks and marks", () => {
    const kindWords = KINDS.filter((k) => NAMED_THIS_KINDS.includes(k.slug)).flatMap((k) => k.words);
    const pieces = [
      ...kindWords, ...kindWords.map((w) => w.toUpperCase()), ...kindWords.map((w) => w.toLowerCase()), ...kindWords.map((w) => w.replace(" ", "  ")),
      ...kindWords.map((w) => w.replace(" ", "\n")), "các", "những", "41", "1", "Điều", "khoản", "tại", "abcdefghijkl", "abcdefghijklm", "x",
      " ", " ", " ", "  ", "\t", "\u00a0", "\n", "\r\n", ",", ".", "(", "\u0301", "ệ", "Đ", "2025", "liên", "tịch", "bộ", "định", "Nghị",
    ];
    const next = seededRandom(61);
    let found = 0;
    const differ: string[] = [];
    for (let i = 0; i < 40000; i++) {
      const text = randomPieces(next, pieces, 1 + Math.floor(next() * 12)) + randomPieces(next, [" ", "  ", "\t", "\n", " \u00a0", "     ", "      "], 1) + "này";
      const { search, back } = both(text, text.length - 3);
      if (!isDeepStrictEqual(back, search)) differ.push(text);
      if (search !== null) found++;
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(4000);
  });
});

/** firstCitedOfKinds as it was: a walk of the citations for each kind its word names. */
function firstCitedByKind(cited: readonly Citation[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of KINDS) {
    const kinds = [k.slug, ...KINDS.filter((f) => f.formOf === k.slug).map((f) => f.slug)];
    const c = cited.find((x) => x.number !== null && kinds.includes(x.kind));
    if (c) out.set(k.slug, c.start);
  }
  return out;
}
const sorted = (m: Map<string, number>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

describe("the first citation of each kind, by one walk of the citations", () => {
  it("is where a walk for each kind finds it, over the dev texts' citations and shuffles of them", () => {
    const next = seededRandom(14);
    let kinds = 0;
    for (const text of textsUnder("fixtures/dev/texts")) {
      const cited = extract(text);
      expect(sorted(firstCitedOfKinds(cited))).toEqual(sorted(firstCitedByKind(cited)));
      kinds += firstCitedOfKinds(cited).size;
      // Out of text order too (the walk takes the first in the array's order, as the walks by kind did).
      const shuffled = [...cited].sort(() => next() - 0.5);
      expect(sorted(firstCitedOfKinds(shuffled))).toEqual(sorted(firstCitedByKind(shuffled)));
    }
    expect(kinds).toBeGreaterThan(100);
  });

  it("counts a form of a kind as that kind (a joint circular is a circular), and no citation without a number", () => {
    const cite = (kind: string, start: number, number: string | null = "1"): Citation => ({ kind, start, number }) as unknown as Citation;
    const cited = [cite("circular", 5, null), cite("joint-circular", 10), cite("circular", 20), cite("decree", 30)];
    expect(sorted(firstCitedOfKinds(cited))).toEqual(sorted(firstCitedByKind(cited)));
    expect(firstCitedOfKinds(cited).get("circular")).toBe(10);
    expect(firstCitedOfKinds(cited).get("joint-circular")).toBe(10);
  });
});

/** The kind words KIND_LINE's search of the whole text matches, in order (what readPage read before kindLines). */
function searched(text: string): string[] {
  const out: string[] = [];
  KIND_LINE.lastIndex = 0;
  for (let m = KIND_LINE.exec(text); m; m = KIND_LINE.exec(text)) out.push(m[1] ?? m[2]);
  return out;
}

describe("a page's kind lines, the search tried only before a kind word in capitals", () => {
  it("finds what the search of the whole text finds, in every dev and fresh text", () => {
    let found = 0;
    const differ: string[] = [];
    for (const text of corpus) {
      const lines = kindLines(text);
      if (!isDeepStrictEqual(lines, searched(text))) differ.push(text.slice(0, 80));
      found += lines.length;
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  });

  it("finds a kind word as far after its line's start as the search does: up to eight blanks or marks, and none past", () => {
    const kindWords = KINDS.filter((k) => NAMED_THIS_KINDS.includes(k.slug)).flatMap((k) => k.words).map((w) => w.toUpperCase());
    let found = 0;
    for (const kind of kindWords) {
      for (let lead = 0; lead <= 10; lead++) {
        for (const mark of [" ", "\t", "|", "#", "*"]) {
          for (const before of ["", "x\n", "Số: 1\r\n", "a, "]) {
            for (const after of ["", "\n", ":", " : x", "\r\nĐiều 1.", "x"]) {
              const text = before + mark.repeat(lead) + kind + after;
              const lines = kindLines(text);
              expect(lines, JSON.stringify(text)).toEqual(searched(text));
              found += lines.length;
            }
          }
        }
      }
    }
    expect(found).toBeGreaterThan(2000);
  });

  it("finds what the search finds in random runs of kind words in capitals, their first words, blanks, marks and line breaks", () => {
    const kindWords = KINDS.filter((k) => NAMED_THIS_KINDS.includes(k.slug)).flatMap((k) => k.words).map((w) => w.toUpperCase());
    const pieces = [
      ...kindWords, ...kindWords.map((w) => w.split(" ")[0]), ...kindWords.map((w) => w.replace(" ", "\n")), "Nghị định", "QUYẾT ĐỊNH:", "THÔNGHỊ",
      " ", "  ", "\t", "\n", "\r\n", "\n\n", "|", "#", "*", "**", ":", " :", ",", ".", "x", "Điều 1.", "1", "        ", "V", "\u2028",
    ];
    const next = seededRandom(610);
    let found = 0;
    const differ: string[] = [];
    for (let i = 0; i < 30000; i++) {
      const text = randomPieces(next, pieces, 1 + Math.floor(next() * 16));
      const lines = kindLines(text);
      if (!isDeepStrictEqual(lines, searched(text))) differ.push(text);
      found += lines.length;
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(3000);
  });
});
