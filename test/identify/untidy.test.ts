import { describe, expect, it } from "vitest";
import { UNTIDY, untidy } from "../../src/identify/named.js";
import { randomPieces, seededRandom, textsUnder } from "../helpers/search-equivalence.js";

// tidyName asks by code unit what UNTIDY asks (Session 53, speed53b): the same answer for every string.
const PIECES = [" ", "  ", "\t", "\n", "\r", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u200b", ",", ".", "a", "Luật", "Đất", "đai", "😀", "\ud835"];

describe("untidy answers what UNTIDY answers", () => {
  it("over random strings", () => {
    const next = seededRandom(53);
    for (let k = 0; k < 40000; k++) {
      const s = randomPieces(next, PIECES, Math.floor(next() * 8));
      expect(untidy(s), JSON.stringify(s)).toBe(UNTIDY.test(s));
    }
  });

  it("for every code unit at each end, alone and beside a space", () => {
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const s of [u, `a${u}`, `${u}a`, `a ${u}b`, `a${u} b`, `a${u}${u}b`]) {
        if (untidy(s) !== UNTIDY.test(s)) expect([c, s, untidy(s)]).toEqual([c, s, UNTIDY.test(s)]);
      }
    }
  });

  it("over every 60 characters of the dev texts", () => {
    for (const text of textsUnder("fixtures/dev/texts")) {
      for (let i = 0; i < text.length; i += 11) {
        const s = text.slice(i, i + 60);
        expect(untidy(s), JSON.stringify(s)).toBe(UNTIDY.test(s));
      }
    }
  });
});
