/**
 * trailingIn and endsWithKemTheo (src/find/pinpoint.ts) stand for TRAILING's unanchored search and
 * ISSUED_WITH's ending: held to the regexes themselves over strings built from a pinpoint's pieces,
 * and over the 120 characters before every number of the fixtures' texts.
 */
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { matchShape as shape, seededRandom, textsUnder as texts } from "../helpers/search-equivalence.js";
import { endsWithKemTheo, ISSUED_WITH, TRAILING, trailingIn } from "../../src/find/pinpoint.js";

const PIECES = [
  "Điều", "điều", "ĐIỀU", "khoản", "Khoản", "điểm", "tiết", "chi tiết", "mục", "Mục", "chương", "Chương", "phần", "Phần", "phụ lục", "Phụ lục", "PHỤ LỤC",
  " ", "  ", "\n", ", ", " , ", " và ", " đến ", "của ", "- ", "– ", "5", "12a", "a", "đ", "II", "C", "2.1", "thứ hai", "số ", "kèm theo ", "ban hành ", "được ",
  "Kèm Theo ", "theo", "x", "các ", "(", ")", "Nghị định", "tại ", "cứ ", "pháp", " hoặc ", "( đối với a ) ", "b.2",
];
const UNITS = ["Điều", "điều", "khoản", "điểm", "tiết", "chi tiết", "mục", "Chương", "Phần", "Phụ lục", "phụ  lục", "Phụ lục số"];
const SPACES = [" ", "  ", "\n", ""];
const LABELS = ["5", "12a", "a", "đ", "II", "C", "2.1", "thứ hai", "1, 2", "3 và 4", "8 đến 13", "x"];
const SEPARATORS = [" ", ", ", " , ", " và ", " đến ", "", "\n", " hoặc ", " (đối với x) ", " ( a ) , "];
const ENDINGS = ["của ", "- ", "– ", "kèm theo ", "ban hành kèm theo ", "được ban hành kèm theo ", "KÈM THEO  ", "ban hành kèm ", "BAN HÀNH KÈM  ", "kèm "];
const pick = (list: readonly string[], random: () => number): string => list[Math.floor(random() * list.length)];

describe("the pinpoint's searches", () => {
  it("trailingIn finds TRAILING's match, and no ISSUED_WITH match ends otherwise than endsWithKemTheo says, in texts made of a pinpoint's pieces", () => {
    const random = seededRandom(11);
    let matched = 0;
    let issued = 0;
    const differ: string[] = [];
    for (let r = 0; r < 40000; r++) {
      let s = "";
      const length = 1 + Math.floor(random() * 16);
      for (let i = 0; i < length; i++) s += PIECES[Math.floor(random() * PIECES.length)];
      // Most strings end as a pinpoint before a citation does: units, labels, separators, a link word.
      const units = Math.floor(random() * 4);
      for (let u = 0; u < units; u++) s += pick(UNITS, random) + pick(SPACES, random) + pick(LABELS, random) + pick(SEPARATORS, random);
      if (random() < 0.3) s += pick(ENDINGS, random);
      const expected = shape(TRAILING.exec(s));
      if (expected) matched++;
      if (!isDeepStrictEqual(shape(trailingIn(s)), expected)) differ.push(s);
      if (ISSUED_WITH.test(s)) {
        issued++;
        if (!endsWithKemTheo(s)) differ.push(`kèm theo: ${s}`);
      }
    }
    expect(differ).toEqual([]);
    // The pieces make matches often enough for the comparison to say something.
    expect(matched).toBeGreaterThan(2000);
    expect(issued).toBeGreaterThan(50);
  });

  // 176,000 numbers: an expect() for each cost four times the searches it checked, so the ones that differ are
  // gathered and checked once; a digit is told by its code unit, not by a regex asked of every character.
  it("agrees with the regexes before every number of the fixtures' texts", () => {
    let compared = 0;
    const differ: string[] = [];
    const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
    for (const text of texts(join(__dirname, "../../fixtures"))) {
      for (let at = text.search(/[0-9]/); at >= 0 && at < text.length; at++) {
        if (!isDigit(text.charCodeAt(at)) || (at > 0 && isDigit(text.charCodeAt(at - 1)))) continue;
        const before = text.slice(Math.max(0, at - 120), at);
        if (!isDeepStrictEqual(shape(trailingIn(before)), shape(TRAILING.exec(before)))) differ.push(before);
        if (ISSUED_WITH.test(before) && !endsWithKemTheo(before)) differ.push(`kèm theo: ${before}`);
        compared++;
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(10000);
  });
});
