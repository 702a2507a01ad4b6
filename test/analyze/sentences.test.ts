import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FOLDABLE, sentenceAt, sentencesAt, splitSentences, startAfterStop } from "../../src/analyze/sentences.js";
import { noteIfDiffer, randomPieces, seededRandom, textsUnder } from "../helpers/search-equivalence.js";

/** Pieces that make and unmake sentence boundaries: stops, line breaks, list markers, cues. */
const PIECES = [".", ":", "!", "?", "\n", " ", "\t", "-", "(", "*", "#", "_", "a", "b)", "1.", "II.", "Căn cứ", "Thực hiện", "Quyết định số 5/QĐ"];

describe("sentencesAt", () => {
  it("gives each offset the sentence a split of the whole text gives it", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
        const whole = splitSentences(text);
        expect(sentencesAt(text, offsets)).toEqual(offsets.map((x) => sentenceAt(whole, x)));
        // Each offset asked alone, so that none is answered from the sentence found for the one before.
        expect(offsets.map((x) => sentencesAt(text, [x])[0])).toEqual(offsets.map((x) => sentenceAt(whole, x)));
      }),
      { numRuns: 500 },
    );
  });

  it("gives an offset inside a boundary (after its line break) the sentence that boundary ends", () => {
    for (const text of ["x\n  - y", "x\n *(b", "Căn cứ a.\n\n  # Thực hiện b"]) {
      const whole = splitSentences(text);
      for (let x = 0; x <= text.length; x++) expect(sentencesAt(text, [x])[0]).toEqual(sentenceAt(whole, x));
    }
  });

  it("finds the sentence around a citation in a plan", () => {
    const text = "Căn cứ Luật số 47/2019/QH14.\nThực hiện Kế hoạch số 63/KH-UBND: triển khai ngay.";
    const at = text.indexOf("63/KH");
    expect(sentencesAt(text, [at])[0]).toEqual({ start: text.indexOf("Thực"), end: text.indexOf(":") + 1 });
  });
});

describe("startAfterStop", () => {
  const text = "Kỳ họp xem xét các Tờ trình của UBND tỉnh về: điều chỉnh dự toán; sửa đổi Nghị quyết số 47. Tiếp theo";
  const at = text.indexOf("Nghị quyết");

  it("reads no colon as an end: a list's head and its items are one stretch", () => {
    expect(startAfterStop(text, at, ".", 800)).toBe(0);
  });

  it("stops after a stop given, with a space after it, and after a line break", () => {
    expect(text.slice(startAfterStop(text, at, ".;", 800), at)).toBe(" sửa đổi ");
    expect(startAfterStop(text, text.indexOf("Tiếp"), ".", 800)).toBe(text.indexOf(" Tiếp"));
    expect(startAfterStop("a\nb c", 4, ".", 800)).toBe(2);
    // A dot inside a number is no stop.
    expect(startAfterStop("Điều 1.2 khoản", 13, ".", 800)).toBe(0);
  });

  it("looks back no further than the lookback", () => {
    expect(startAfterStop(text, at, ".", 10)).toBe(at - 10);
  });
});

describe("FOLDABLE", () => {
  /** The test as it was written before session 54 (tidy asks it of every clause given as evidence). */
  const OLD = /[^\S ]|\s\s/;
  const BLANKS = [" ", " ", " ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u200b", "\u0085", "a", "ệ", ",", "1"];

  it("finds what `[^\\S ]|\\s\\s` finds in random strings of every kind of blank, letters and signs", () => {
    const random = seededRandom(54);
    let foldable = 0;
    const differ: string[] = [];
    for (let r = 0; r < 40000; r++) {
      const s = randomPieces(random, BLANKS, Math.floor(random() * 8));
      foldable += OLD.test(s) ? 1 : 0;
      noteIfDiffer(differ, FOLDABLE.test(s), OLD.test(s), () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
    expect(foldable).toBeGreaterThan(10000);
  });

  it("finds it beside every code unit", () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const s of [u, ` ${u}`, `${u} `, `a${u}b`, `${u}${u}`]) if (FOLDABLE.test(s) !== OLD.test(s)) differ.push(s);
    }
    expect(differ).toEqual([]);
  });

  it("finds it in every line and every 200 characters of the fixtures' texts", () => {
    const differ: string[] = [];
    let asked = 0;
    for (const t of textsUnder("fixtures")) {
      const pieces = t.split("\n").map((line) => line.trim());
      for (let i = 0; i < t.length; i += 200) pieces.push(t.slice(i, i + 200));
      for (const s of pieces) if ((asked++, FOLDABLE.test(s) !== OLD.test(s))) differ.push(s);
    }
    expect(differ).toEqual([]);
    expect(asked).toBeGreaterThan(10000);
  });
});
