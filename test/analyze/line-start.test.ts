/**
 * firstLineMatch (src/analyze/line-start.ts): the first match of a `(?:^|\n)<line>` regex, asked at the
 * text's start and its line breaks only, is the one the unanchored regex gives; a text ending in a line
 * break or in blanks is read to its end and no further.
 */
import { describe, expect, it } from "vitest";
import { firstLineMatch, unitTable } from "../../src/analyze/line-start.js";
import { matchShape, randomPieces, seededRandom } from "../helpers/search-equivalence.js";

const LINE = String.raw`(?:^|\n)[ \t*]*(Ab|ab)[ \t]*:(?:\r?\n|$)`;
const OLD = new RegExp(LINE);
const STICKY = new RegExp(LINE, "y");
const BLANKS = unitTable(" \t*");
const OPENS = unitTable("Aa");
const PIECES = ["\n", "\n", "\r\n", " ", "\t", "*", "A", "a", "b", "Ab", "ab", ":", " :", "x", "\u2028", "_"];

describe("firstLineMatch", () => {
  it("gives the match the unanchored regex gives, in random texts of its pieces", () => {
    const random = seededRandom(541);
    let found = 0;
    for (let r = 0; r < 20000; r++) {
      const s = randomPieces(random, PIECES, Math.floor(random() * 14));
      const expected = matchShape(OLD.exec(s));
      if (expected !== null) found++;
      expect(matchShape(firstLineMatch(STICKY, s, BLANKS, OPENS)), JSON.stringify(s)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("reads a match at the start, after a break that opens the text, and none past the end", () => {
    for (const s of ["Ab:", "\nAb:", "\n\nab :\n", "x\n *ab:", "x\n", "x\n  ", "x\n*\t", "", "\n", "ab:\nAb:", "x\nAbc:\nab:"])
      expect(matchShape(firstLineMatch(STICKY, s, BLANKS, OPENS)), JSON.stringify(s)).toEqual(matchShape(OLD.exec(s)));
  });
});
