/**
 * findCues searches the cue phrases as two regexes split by the letter a phrase opens with (CUE_GROUP_LETTERS),
 * merged by CueSearch, where it searched one (CUE_RE's source with "i", session 65): irregexp skips ahead only where
 * at most 16 low-seven-bit values can open a match, and the one regex's 24 first code units made it stop at every
 * character. The merged search must answer what the one regex answers, from any lastIndex, over any text.
 */
import { describe, expect, it } from "vitest";
import { CUE_GROUP_LETTERS, CUE_GROUPS, CUE_SOURCE, CueSearch } from "../../src/analyze/cue-finder.js";
import { CUES } from "../../src/vocab/cues.js";
import { noteIfDiffer, randomPieces, seededRandom, textsUnder } from "../helpers/search-equivalence.js";

const corpus = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];
const ONE = new RegExp(CUE_SOURCE, "gi");
const KEYS = [...new Set(CUES.flatMap((c) => c.phrases).flatMap((p) => [p, p.replace(/, /g, " , ")]))].map((p) => p.toLowerCase().replace(/\s+/g, " ").trim());

/** Every match from `from`, each search going on at `step` of the match (its end, or one past its start). */
function matches(re: { lastIndex: number; exec(s: string): RegExpExecArray | null }, text: string, from: number, step: "end" | "next"): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (step === "next") re.lastIndex = m.index + 1;
  }
  return out;
}

describe("the cue regex searched in two halves", () => {
  it("holds every phrase in one half: each half's letters are first letters no other half holds", () => {
    const firsts = new Set(KEYS.map((p) => p[0]));
    const grouped = CUE_GROUP_LETTERS.join("");
    expect([...firsts].filter((c) => !grouped.includes(c))).toEqual([]);
    expect(new Set(grouped).size).toBe(grouped.length);
    // No two halves' letters match one character under "i" (their capitals differ): at one place only one half can match.
    for (const a of CUE_GROUP_LETTERS) for (const b of CUE_GROUP_LETTERS) if (a !== b) for (const x of a) expect(new RegExp(`[${b}]`, "i").test(x)).toBe(false);
  });

  it("keeps each half's first code units to 16 low-seven-bit values at most, below which irregexp skips ahead", () => {
    for (const letters of CUE_GROUP_LETTERS) {
      const first = new RegExp(`^[${letters}]`, "i");
      const low = new Set<number>();
      for (let c = 0; c <= 0xffff; c++) if (first.test(String.fromCharCode(c))) low.add(c & 0x7f);
      expect(low.size, letters).toBeLessThanOrEqual(16);
    }
  });

  it("finds what the one regex finds over every dev and fresh text, from any place, the search going on at a match's end or past its start", () => {
    let n = 0;
    // 11,000 lists compared: the texts whose lists differ are noted, and expected none once.
    const differ: string[] = [];
    for (const text of corpus) {
      for (const step of ["end", "next"] as const) {
        const want = matches(ONE, text, 0, step);
        noteIfDiffer(differ, matches(new CueSearch(CUE_GROUPS), text, 0, step), want, () => `${step}: ${JSON.stringify(text.slice(0, 60))}`);
        n += want.length;
      }
      const from = text.length >> 1;
      noteIfDiffer(differ, matches(new CueSearch(CUE_GROUPS), text, from, "end"), matches(ONE, text, from, "end"), () => `from ${from}: ${JSON.stringify(text.slice(0, 60))}`);
    }
    expect(differ).toEqual([]);
    expect(n).toBeGreaterThan(10_000);
  });

  it("finds what the one regex finds in random runs of cue words in any case, blanks, commas and other words", () => {
    const next = seededRandom(65);
    const words = KEYS.flatMap((k) => k.split(" ")).filter((w) => w !== ",");
    const pieces = [...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => w[0].toUpperCase() + w.slice(1)), " ", " ", "\n", ",", "  ", "a", "Đ", "đ", "ệ", "K", "s", "1", "/", ";"];
    for (let k = 0; k < 1_500; k++) {
      const text = randomPieces(next, pieces, 30);
      for (const step of ["end", "next"] as const) expect(matches(new CueSearch(CUE_GROUPS), text, 0, step)).toEqual(matches(ONE, text, 0, step));
    }
  });

  it("answers a later, longer piece of one text with what is found in it, not with what the shorter held (none)", () => {
    const text = "Căn cứ 12; ý kiến 3; Thực hiện Quyết định";
    const search = new CueSearch(CUE_GROUPS);
    search.lastIndex = 7;
    expect(search.exec(text.slice(0, 10))).toBeNull();
    search.lastIndex = 7;
    expect(search.exec(text)?.[0]).toBe("Thực hiện");
  });
});
