/**
 * isLowerCased (src/analyze/lower-case.ts) settles most texts on their ASCII capitals before counting
 * every letter (settlesOnAsciiCapitals): held to the count alone (countLetterCase, as isLowerCased read
 * it before), over random texts of capitals and small letters in and past ASCII, and the fixtures' texts.
 */
import { describe, expect, it } from "vitest";
import { isLowerCased } from "../../src/analyze/lower-case.js";
import { countLetterCase, MIN_LETTERS } from "../../src/analyze/shouting.js";
import { seededRandom, textsUnder } from "../helpers/search-equivalence.js";

const byCount = (text: string): boolean => {
  const { upper, lower } = countLetterCase(text, (u, l) => u > 50 && u * 100 > l, "upper");
  return lower >= MIN_LETTERS && upper * 100 <= lower;
};

/** Small letters, ASCII or not, and what is neither; then capitals (the Kelvin sign, a titlecase "ǅ"): the counts' every branch. */
const SMALL = ["a", "ạ", "đ", "ố", "xyz ", "µ", "ß", " ", "\n", "1", "—", "x".repeat(40), "y".repeat(200), "ệ".repeat(120)];
const CAPITALS = ["A", "Đ", "Ố", "İ", "\u212a", "ǅ", "Căn cứ Luật ", "UBND ", "ĐỀ ÁN "];

describe("isLowerCased", () => {
  it("answers as the count of every letter over random texts", () => {
    const random = seededRandom(48);
    let lowered = 0;
    let settled = 0;
    for (let r = 0; r < 3000; r++) {
      // Small letters and capitals, at a rate drawn per text: many texts near the one capital in a hundred letters that decides.
      const capitals = random() * random() * 0.5;
      let s = "";
      const length = 50 + Math.floor(random() * 900);
      for (let i = 0; i < length; i++) {
        s += random() < capitals ? CAPITALS[Math.floor(random() * CAPITALS.length)] : SMALL[Math.floor(random() * SMALL.length)];
      }
      const expected = byCount(s);
      if (expected) lowered++;
      else settled++;
      expect(isLowerCased(s), JSON.stringify(s.slice(0, 200))).toBe(expected);
    }
    expect(lowered).toBeGreaterThan(100);
    expect(settled).toBeGreaterThan(100);
  });

  it("answers as the count where the capitals come near one in a hundred letters", () => {
    // The 51st capital after n small letters settles the count when 5,100 > n: around that bound, and
    // with what is neither (digits, blanks) or small letters past ASCII among the small ones.
    for (const n of [3000, 4000, 5000, 5049, 5050, 5051, 5098, 5099, 5100, 5101, 5102, 5200, 6000, 8000])
      for (const small of ["a", "ạ", "a ", "1a"])
        for (const capitals of [50, 51, 52, 60])
          for (const capital of ["A", "Đ", "AĐ"]) {
            const s = small.repeat(Math.ceil(n / small.length)).slice(0, n) + capital.repeat(capitals) + "b".repeat(3000);
            expect(isLowerCased(s), `${n} ${small} ${capitals} ${capital}`).toBe(byCount(s));
          }
  });

  it("answers as the count near the sample's end (20,000 letters)", () => {
    for (const at of [19_000, 19_900, 19_990, 20_000, 20_010, 21_000])
      for (const capitals of [0, 50, 51, 200, 260]) {
        const s = "a".repeat(at) + "A".repeat(capitals) + "b".repeat(500);
        expect(isLowerCased(s)).toBe(byCount(s));
      }
  });

  it("answers as the count over the fixtures' texts, whole and lower-cased", () => {
    for (const t of textsUnder("fixtures")) {
      expect(isLowerCased(t)).toBe(byCount(t));
      const lower = t.toLowerCase();
      expect(isLowerCased(lower)).toBe(byCount(lower));
    }
  });
});
