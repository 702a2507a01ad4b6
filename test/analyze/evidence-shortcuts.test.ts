import { describe, expect, it } from "vitest";
import { tidy } from "../../src/analyze/sentences.js";
import { shownLength, shownShort } from "../../src/analyze/relations.js";
import { afterConnective } from "../../src/analyze/roles/speaker.js";
import { noteIfDiffer, randomPieces, seededRandom, textsUnder } from "../helpers/search-equivalence.js";

// Session 51 (speed51): three shortcuts held to what they stand for. tidy trims before it folds; shownShort
// answers "not short" from one regex test where the first 80 characters hold no two blanks in a row;
// afterConnective asks AFTER_CONNECTIVE only where the text ends in "i"/"I" and blanks.
const BLANKS = [" ", "  ", "\n", "\t", "\r\n", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u000b", "\u202f"];
const PIECES = ["a", "Đ", "ệ", "9", ",", ";", ".", "đồng", "ĐỒNG", "thời", "THỜI", "Thời", "i", "I", "İ", "ı", "x", ...BLANKS];
const DEV = textsUnder("fixtures/dev/texts");
/** tidy as it was written before Session 51: the test of the whole clause, then fold and trim. */
const tidyBefore = (s: string) => (/[^\S ]|\s\s/.test(s) ? s.replace(/\s{2,}|[^\S ]/g, " ").trim() : s.trim());
const AFTER_CONNECTIVE = /[,;]\s*đồng\s+thời\s*$/iu;

describe("tidy(s) is the fold of the whole clause, trimmed", () => {
  it("over random strings of words and every kind of blank", () => {
    const next = seededRandom(51);
    const differ: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const s = randomPieces(next, PIECES, Math.floor(next() * 20));
      noteIfDiffer(differ, tidy(s), tidyBefore(s), () => JSON.stringify(s));
      noteIfDiffer(differ, tidy(s), s.replace(/\s+/g, " ").trim(), () => `folded: ${JSON.stringify(s)}`);
    }
    expect(differ).toEqual([]);
  });
  it("over stretches of the dev texts", () => {
    const differ: string[] = [];
    for (const text of DEV) for (let i = 0; i < text.length; i += 131) {
      const s = text.slice(i, i + 400);
      noteIfDiffer(differ, tidy(s), tidyBefore(s), () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
  });
  it("trims and folds", () => {
    expect(tidy("\n  Căn cứ  Luật\tsố 1;\n")).toBe("Căn cứ Luật số 1;");
    expect(tidy(" \n ")).toBe("");
  });
});

describe("shownShort is shownLength < 80", () => {
  it("over random strings, from every start", () => {
    const next = seededRandom(52);
    const differ: string[] = [];
    for (let k = 0; k < 3000; k++) {
      const s = randomPieces(next, PIECES, Math.floor(next() * 90));
      for (let from = 0; from < s.length; from += 7) {
        const to = from + Math.floor(next() * (s.length - from + 1));
        noteIfDiffer(differ, shownShort(s, from, to), shownLength(s, from, to) < 80, () => JSON.stringify([s, from, to]));
      }
    }
    expect(differ).toEqual([]);
  });
  it("over the dev texts", () => {
    const differ: string[] = [];
    for (const text of DEV) for (let i = 0; i < text.length; i += 53) {
      for (const len of [60, 79, 80, 81, 95, 200]) {
        const to = Math.min(text.length, i + len);
        noteIfDiffer(differ, shownShort(text, i, to), shownLength(text, i, to) < 80, () => JSON.stringify(text.slice(i, to)));
      }
    }
    expect(differ).toEqual([]);
  });
  it("counts a run of blanks once", () => {
    const s = `${"a".repeat(40)} \n\n ${"a".repeat(39)}`;
    expect(shownLength(s, 0, s.length)).toBe(80);
    expect(shownShort(s, 0, s.length)).toBe(false);
    expect(shownShort(`${"a  ".repeat(30)}`, 0, 90)).toBe(true);
  });
});

describe("afterConnective is AFTER_CONNECTIVE's test", () => {
  it("over random strings", () => {
    const next = seededRandom(53);
    const differ: string[] = [];
    for (let k = 0; k < 30000; k++) {
      const s = randomPieces(next, PIECES, Math.floor(next() * 12));
      noteIfDiffer(differ, afterConnective(s), AFTER_CONNECTIVE.test(s), () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
  });
  it("over the 240 characters before every 7th place of the dev texts", () => {
    const differ: string[] = [];
    for (const text of DEV) for (let i = 0; i < text.length; i += 7) {
      const s = text.slice(Math.max(0, i - 240), i);
      noteIfDiffer(differ, afterConnective(s), AFTER_CONNECTIVE.test(s), () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
  });
  it("reads the connective", () => {
    expect(afterConnective("…, đồng thời ")).toBe(true);
    expect(afterConnective("…; ĐỒNG THỜI\n")).toBe(true);
    expect(afterConnective("… đồng thời")).toBe(false);
  });
});

describe("endsInColon is /:\\s*$/ of the stretch", () => {
  it("over random strings and stretches of the dev texts", async () => {
    const { endsInColon } = await import("../../src/analyze/roles/settle.js");
    const next = seededRandom(54);
    const pieces = [...PIECES, ":", ": ", ":\n", "sau:"];
    const differ: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const s = randomPieces(next, pieces, Math.floor(next() * 10));
      const from = Math.floor(next() * (s.length + 1));
      const to = from + Math.floor(next() * (s.length - from + 1));
      noteIfDiffer(differ, endsInColon(s, from, to), /:\s*$/.test(s.slice(from, to)), () => JSON.stringify([s, from, to]));
    }
    for (const text of DEV) for (let i = 0; i < text.length; i += 41) noteIfDiffer(differ, endsInColon(text, i, i + 60), /:\s*$/.test(text.slice(i, i + 60)), () => JSON.stringify(text.slice(i, i + 60)));
    expect(differ).toEqual([]);
  });
});
