import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findCues, findCuesOneRegex, phraseKey } from "../../src/analyze/cue-finder.js";
import { anchorOf, splitByInitial } from "../../src/analyze/cue-scan.js";
import { CUES, CUE_COMMON_INITIALS } from "../../src/vocab/cues.js";

const whole = (text: string) => [{ start: 0, end: text.length }];
const keys = [...new Set(CUES.flatMap((c) => c.phrases.map(phraseKey)))];

/** A seeded generator (mulberry32): the same windows every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the cue scan split by first letter", () => {
  it("leaves the phrases opening with a common letter out of the main regex, anchored on a letter with two marks", () => {
    const { main, anchored } = splitByInitial(keys, CUE_COMMON_INITIALS);
    expect(anchored).toContain("gia hạn thời gian thực hiện");
    expect(anchored).toContain("kéo dài thời hạn áp dụng của");
    expect(main.some((k) => CUE_COMMON_INITIALS.includes(k[0]))).toBe(false);
    expect(main).toContain("căn cứ");
    expect(anchorOf("kéo dài thời hạn")).toEqual({ at: 10, letter: "ờ" });
    expect(anchorOf("gia han")).toBeNull();
    // A phrase with no marked letter stays in the main regex, whatever its first letter.
    expect(splitByInitial(["gia han", "gia hạn"], "g")).toEqual({ main: ["gia han"], anchored: ["gia hạn"] });
  });

  it("anchors only on letters whose two cases are all the case-insensitive regex matches of them", () => {
    const letters = new Set(splitByInitial(keys, CUE_COMMON_INITIALS).anchored.map((k) => anchorOf(k)!.letter));
    for (const letter of letters) {
      for (const flags of ["i", "iu"]) {
        const re = new RegExp(`^${letter}$`, flags);
        const matched: string[] = [];
        for (let c = 0; c < 0x10000; c++) if (re.test(String.fromCharCode(c))) matched.push(String.fromCharCode(c));
        expect(matched.sort()).toEqual([letter, letter.toUpperCase()].sort());
      }
    }
  });

  it("finds what the one regex found, for every phrase in every case and spacing", () => {
    const title = (k: string) => k.replace(/(^|\s)(\S)/g, (_, s: string, c: string) => s + c.toUpperCase());
    for (const key of keys) {
      const spellings = [key, key.toUpperCase(), title(key), key[0].toUpperCase() + key.slice(1), key.replace(/ /g, "  "), key.replace(/ /g, "\n"), key.replace(/ /g, "")];
      for (const spelled of spellings) {
        for (const text of [spelled, `Điều 1. ${spelled} Quyết định số 12/2020/QĐ-UBND`, `người${spelled}`, `ngày ${spelled}thời hạn; ${spelled} ${spelled}`, `thời ${spelled.slice(0, -1)}`]) {
          expect(findCues(text, [], whole(text))).toEqual(findCuesOneRegex(text, [], whole(text)));
        }
      }
    }
  });

  it("finds what the one regex found in random windows of the dev texts (and four that hold the anchored phrases), with random regions and spans", () => {
    const root = join(__dirname, "../../fixtures");
    const dev = readdirSync(join(root, "dev/texts")).sort().map((f) => join(root, "dev/texts", f));
    // Texts that hold the anchored phrases ("Kéo dài thời hạn áp dụng", "gia hạn thời gian thực hiện").
    const holding = ["fresh48a/texts/fresh48a-001.txt", "fresh43a/texts/fresh43a-001.txt", "fresh30r/texts/fresh30r-013.txt", "fresh37a/texts/fresh37a-018.txt"].map((f) => join(root, "fresh", f));
    const next = random(52);
    let compared = 0;
    let anchoredFound = 0;
    for (const file of [...dev, ...holding]) {
      const full = readFileSync(file, "utf8");
      const texts = [full];
      for (let w = 0; w < 8; w++) {
        const start = Math.floor(next() * full.length);
        texts.push(full.slice(start, start + 200 + Math.floor(next() * 4000)));
      }
      for (const text of texts) {
        const spans: { start: number; end: number }[] = [];
        for (let at = Math.floor(next() * 400); at < text.length; at += 50 + Math.floor(next() * 800)) spans.push({ start: at, end: Math.min(text.length, at + 5 + Math.floor(next() * 40)) });
        const regions: { start: number; end: number }[] = [];
        for (let at = Math.floor(next() * 300); at < text.length; at += 100 + Math.floor(next() * 1500)) {
          const end = Math.min(text.length, at + 20 + Math.floor(next() * 900));
          regions.push({ start: at, end });
          at = end;
        }
        for (const [sp, rg] of [[[], whole(text)], [spans, whole(text)], [spans, regions]] as const) {
          const split = findCues(text, sp, rg);
          expect(split).toEqual(findCuesOneRegex(text, sp, rg));
          anchoredFound += split.filter((c) => CUE_COMMON_INITIALS.includes(text[c.start].toLowerCase())).length;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // The dev texts hold the anchored phrases, so the comparison is not empty of them.
    expect(anchoredFound).toBeGreaterThan(0);
  });
});
