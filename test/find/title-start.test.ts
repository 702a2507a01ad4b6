/**
 * titleStart (find/basis-named.ts) copies and compares only a line whose first character past its blanks opens a
 * heading (session 65, speed65: every line of every text's head was sliced, trimmed and compared with each heading).
 * The answer must be the old reading's for every text: held here to that reading, written out as it stood, over every
 * dev and fresh text, copies whose heading line is put behind blanks of every kind, and random lines.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { titleStart } from "../../src/find/basis-named.js";
import { NAMED_TITLE_HEADINGS } from "../../src/vocab/named-documents.js";
import { seededRandom, textsUnder } from "../helpers/search-equivalence.js";

/** nextLine as basis-named.ts writes it: the first line from `at` with words on it, past at most `blanks` empty lines. */
function nextLine(text: string, at: number, blanks: number): number {
  for (let p = at, empty = 0; p < text.length && empty <= blanks; ) {
    let nl = text.indexOf("\n", p);
    if (nl < 0) nl = text.length;
    const line = text.slice(p, Math.min(nl, p + 120));
    const lead = line.length - line.trimStart().length;
    if (lead < line.length) return p + lead;
    empty++;
    p = nl + 1;
  }
  return -1;
}

/** The reading before session 65. */
function oldTitleStart(text: string): number {
  const limit = Math.min(text.length, 3000);
  for (let at = 0; at < limit; ) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, Math.min(nl, at + 120));
    const words = line.trim();
    for (const h of NAMED_TITLE_HEADINGS) {
      if (!words.startsWith(h)) continue;
      if (words.length === h.length && nl - at < 120) return nextLine(text, nl + 1, 2);
      if (words.charCodeAt(h.length) === 0x20) return at + line.indexOf(h) + h.length + 1;
    }
    at = nl + 1;
  }
  return -1;
}
const sameAs = (text: string): void => {
  expect(titleStart(text)).toBe(oldTitleStart(text));
};

const corpus = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];
const BLANKS = [" ", "\t", "\u00a0", "\u3000", "\ufeff", "\u2028", "\r", "\v", "\f", "\u200b"];

describe("titleStart", () => {
  it("finds the heading the old reading found, over every dev and fresh text and copies with blanks before their heading", () => {
    const next = seededRandom(65);
    let found = 0;
    for (const text of corpus) {
      sameAs(text);
      if (oldTitleStart(text) !== -1) found++;
      const blank = BLANKS[Math.floor(next() * BLANKS.length)];
      sameAs(text.replace(/^(CHỈ THỊ|KẾ HOẠCH|NGHỊ QUYẾT|QUYẾT ĐỊNH|THÔNG BÁO)/m, `${blank}${blank}$1`));
    }
    expect(found).toBeGreaterThan(100);
  });

  it("on random lines of headings, their first letters, blanks and words", () => {
    const piece = fc.constantFrom(...NAMED_TITLE_HEADINGS, ...NAMED_TITLE_HEADINGS.map((h) => h[0]), ...BLANKS, "\n", " THỰC HIỆN", "Căn cứ", "x", "Đ", "C", "K", "😀", "a".repeat(130));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        sameAs(pieces.join(""));
      }),
      { numRuns: 5000 },
    );
  });
});
