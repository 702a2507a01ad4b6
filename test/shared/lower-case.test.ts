import { describe, expect, it } from "vitest";
import { heapKeptAfterTexts } from "../helpers/heap.js";
import { capitalUnit, CHANGES_WHEN_LOWERCASED, inLowerCase, smallUnit } from "../../src/shared/lower-case.js";

describe("inLowerCase", () => {
  it("flags exactly the code units toLowerCase changes (surrogates left to toLowerCase)", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      const changes = c >= 0xd800 && c < 0xe000 ? true : s.toLowerCase() !== s;
      if ((CHANGES_WHEN_LOWERCASED[c] === 1) !== changes) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("capitalUnit tells a capital as comparing a word's first letter with its lower case does", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (capitalUnit(c) !== (s !== s.toLowerCase())) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    // A word's first unit past its end (NaN), and the first half of an astral capital ("𐐀" lower-cases to "𐐨"): none.
    expect(capitalUnit("".charCodeAt(0))).toBe(false);
    expect(capitalUnit("𐐀".charCodeAt(0))).toBe("𐐀"[0] !== "𐐀"[0].toLowerCase());
  });

  it("is toLowerCase, and returns a word already in lower case as it is", () => {
    for (const w of ["luật", "Luật", "LUẬT", "ĐẤT", "đất", "İstanbul", "ΣΑΣ", "𐐀b", "x1/2", ""]) expect(inLowerCase(w)).toBe(w.toLowerCase());
    const word = "quyền".slice(0);
    expect(inLowerCase(word)).toBe(word);
  });

  it("is toLowerCase for words asked again, and past the most it remembers", () => {
    // More distinct words than LOWERED keeps (4096), each asked twice, some in between others: the remembered lowering is the word's own.
    const syllables = ["Luật", "ĐẤT", "Đai", "Tổ", "CHỨC", "Chính", "Phủ", "Ủy", "ΣΑΣ", "İ", "𐐀"];
    const words: string[] = [];
    for (let i = 0; i < 6000; i++) words.push(`${syllables[i % syllables.length]}${syllables[(i * 7) % syllables.length]}${i % 97}X`);
    for (let round = 0; round < 2; round++) for (let i = 0; i < words.length; i++) expect(inLowerCase(words[(i * 13) % words.length])).toBe(words[(i * 13) % words.length].toLowerCase());
  });
});

describe("smallUnit", () => {
  it("tells a small letter as comparing a letter with its upper case does, over every code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (smallUnit(c) !== (s !== s.toUpperCase())) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(smallUnit("".charCodeAt(0))).toBe(false);
  });

  it("keeps no text alive: a long word (a view on its text in V8) is remembered as a copy", () => {
    const kept = heapKeptAfterTexts(
      (i) => `NGHỊĐỊNHQUYĐỊNHCHITIẾT${i}`,
      (text) => {
        const word = text.slice(text.length - 23);
        return inLowerCase(word) === word.toLowerCase();
      },
    );
    expect(kept).toBeLessThan(10_000_000);
  });
});
