import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CUE_BY_PHRASE, CUE_RE, phraseCueAt } from "../../src/analyze/cue-finder.js";

// Session 59 (speed59c, issue 15): findCues finds a match's cue by phraseCueAt (the phrase of the match's length and
// first code unit, compared in the text) instead of hashing the match's string into CUE_BY_PHRASE. It must answer as
// CUE_BY_PHRASE.get of the match's string, for every match the cue regex makes and any stretch of any string.

function corpusTexts(): string[] {
  const dirs = ["fixtures/dev/texts", ...readdirSync("fixtures/fresh").map((d) => join("fixtures/fresh", d, "texts"))];
  const out: string[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    } catch {
      continue;
    }
    for (const f of files) out.push(readFileSync(join(dir, f), "utf8"));
  }
  return out;
}

describe("phraseCueAt (analyze/cue-finder.ts)", () => {
  it("answers as CUE_BY_PHRASE.get of the match, for every match of the cue regex in the corpus, either case", () => {
    const folded = new RegExp(CUE_RE.source, "gi");
    let matches = 0;
    let found = 0;
    for (const text of corpusTexts())
      for (const re of [CUE_RE, folded]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const want = CUE_BY_PHRASE.get(m[0]);
          expect(phraseCueAt(text, m.index, m.index + m[0].length)).toBe(want);
          // One code unit shorter or longer: another stretch, another answer (most none).
          expect(phraseCueAt(text, m.index, m.index + m[0].length - 1)).toBe(CUE_BY_PHRASE.get(m[0].slice(0, -1)));
          if (m.index + m[0].length < text.length) expect(phraseCueAt(text, m.index, m.index + m[0].length + 1)).toBe(CUE_BY_PHRASE.get(text.slice(m.index, m.index + m[0].length + 1)));
          matches++;
          if (want) found++;
          re.lastIndex = m.index + 1;
        }
      }
    expect(matches).toBeGreaterThan(50000);
    expect(found).toBeGreaterThan(20000);
  });

  it("finds every phrase inside a longer string, and nothing for a phrase in capitals, cut short or empty", () => {
    for (const [phrase, cue] of CUE_BY_PHRASE) {
      const s = `xx ${phrase} yy`;
      expect(phraseCueAt(s, 3, 3 + phrase.length)).toBe(cue);
      expect(phraseCueAt(phrase, 0, phrase.length)).toBe(cue);
      const upper = phrase.toUpperCase();
      expect(phraseCueAt(upper, 0, upper.length)).toBe(CUE_BY_PHRASE.get(upper));
      expect(phraseCueAt(s, 3, 3 + phrase.length - 1)).toBe(CUE_BY_PHRASE.get(s.slice(3, 3 + phrase.length - 1)));
      expect(phraseCueAt(s, 3, 3)).toBeUndefined();
    }
  });
});
