import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { GLUED_WORD_IN_WHOLE, MAY_BE_GLUED_WORD, mayBeGlued } from "../../src/prepare/needs-preparing.js";
import { BEFORE_WORD_CHARS, MAY_BE_GLUED, YEAR_COMPOSED } from "../../src/prepare/changes.js";
import { GLUED_AFTER_CODE } from "../../src/vocab/numbers.js";
import { phraseSource } from "../../src/vocab/phrases.js";

// GLUED_WORD_IN_WHOLE as Session 24 wrote it: a word's letters up to its first mark, in either case, then a
// look-behind for the character before them, or the year's word and "19"/"20" after it. The runs' form must answer as it did.
const heads = [...new Set(GLUED_AFTER_CODE.map((w) => w.normalize("NFC")))].map((w) => w.slice(0, Math.max(0, [...w].findIndex((c) => c.charCodeAt(0) > 0x7f)) + 1));
const yearParts = YEAR_COMPOSED.map((w) => {
  const key = Math.max(0, [...w].findIndex((c) => c.charCodeAt(0) > 0x7f)) + 1;
  return [w.slice(0, key), w.slice(key)];
});
const yearAfterKey = yearParts.map(([head, tail]) => `(?<=${phraseSource([head], { anyCase: true })})${tail ? phraseSource([tail], { anyCase: true }) : ""}(?:19|20)`).join("|");
const KEYED_PAIRS = new RegExp(
  `(?:${phraseSource([...new Set([...heads, ...yearParts.map(([head]) => head)])], { anyCase: true })})(?:(?<=[${BEFORE_WORD_CHARS}]${phraseSource(heads)})|(?<=[0-9]${phraseSource(heads, { anyCase: true })})|${yearAfterKey})`,
);
const texts = (): string[] => {
  const out: string[] = [];
  const add = (dir: URL) => {
    for (const f of readdirSync(dir).filter((name) => name.endsWith(".txt")).sort()) out.push(readFileSync(new URL(f, dir), "utf8"));
  };
  add(new URL("../../fixtures/dev/texts/", import.meta.url));
  const fresh = new URL("../../fixtures/fresh/", import.meta.url);
  for (const set of readdirSync(fresh).sort()) {
    try {
      add(new URL(`${set}/texts/`, fresh));
    } catch {
      // A set without texts (a listing only).
    }
  }
  return out;
};

describe("GLUED_WORD_IN_WHOLE (mayBeGlued's scan for a word run into a number or code)", () => {
  it("is built as the runs themselves, with no look-behind", () => {
    expect(GLUED_WORD_IN_WHOLE.source).not.toContain("(?<=");
  });

  it("answers as the key pairs' form and MAY_BE_GLUED_WORD over random strings of what they read", () => {
    const alphabet = ["0", "1", "2", "9", "5", " ", "\n", "A", "Z", "T", "U", "Đ", "đ", "g", "G", "c", "C", "ủ", "Ủ", "n", "N", "ă", "Ă", "v", "V", "à", "À", "ề", "Ề", "m", "M", "a", "e", "y", "s", "ố", "của", "Của", "CỦA", "về", "và", "năm", "NĂM", "Năm", "TTg", "UBND", "19", "20", "2019"];
    let seed = 17;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    let found = 0;
    for (let k = 0; k < 60000; k++) {
      let s = "";
      for (let i = 1 + random(10); i > 0; i--) s += alphabet[random(alphabet.length)];
      const expected = KEYED_PAIRS.test(s);
      expect(GLUED_WORD_IN_WHOLE.test(s), JSON.stringify(s)).toBe(expected);
      expect(MAY_BE_GLUED_WORD.test(s), JSON.stringify(s)).toBe(expected);
      expect(mayBeGlued(s), JSON.stringify(s)).toBe(MAY_BE_GLUED.test(s) || expected);
      if (expected) found++;
    }
    // Both answers asked often: the strings are no test of one side only.
    expect(found).toBeGreaterThan(5000);
    expect(found).toBeLessThan(55000);
  });

  it("answers as the key pairs' form over the fixtures' texts, whole, in capitals and in windows", () => {
    let asked = 0;
    for (const text of texts()) {
      for (const s of [text, text.toUpperCase(), text.toLowerCase()]) {
        expect(GLUED_WORD_IN_WHOLE.test(s)).toBe(KEYED_PAIRS.test(s));
        asked++;
      }
      for (let at = 0; at < text.length; at += 997) {
        const s = text.slice(at, at + 400);
        expect(GLUED_WORD_IN_WHOLE.test(s), JSON.stringify(s)).toBe(KEYED_PAIRS.test(s));
      }
    }
    expect(asked).toBeGreaterThan(1000);
  });
});
