/**
 * cuePlaces (find/basis-named.ts) finds each "Căn cứ" cue's first word by its tail ("ăn", "ĂN") and the letter before
 * it, one walk for the spellings sharing a tail (session 66, speed66c: indexOf("căn") stopped at every "c"). Its places
 * must be the ones the indexOf walk of each word found before: over every dev and fresh text, and random strings of
 * the words' pieces, look-alike letters and decomposed spellings.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CUE_WORDS, cuePlaces, findBasisNamed } from "../../src/find/basis-named.js";
import { textsUnder } from "../helpers/search-equivalence.js";

/** The walk before session 66: indexOf of the whole word, going on past each. */
function walk(text: string, word: string): number[] | null {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) out.push(at);
  return out.length === 0 ? null : out;
}
const walks = (text: string) => CUE_WORDS.map((w) => walk(text, w));

const PIECES = ["Căn", "căn", "CĂN", "Căn cứ", "CĂN CỨ", "căn cứ", "ăn", "ĂN", "Ăn", "ăN", "C", "c", "Ă", "ă", "n", "N", "Ca\u0306n", "CA\u0306N", "CăN", "cĂn", " ", "\n", "\t", "-", "Luật", "ăăn", "CCăn", "ccăn"];

describe("cuePlaces", () => {
  it("finds the words' places the whole-word walks found, over every dev and fresh text", () => {
    const texts = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];
    expect(texts.length).toBeGreaterThan(500);
    let found = 0;
    for (const text of texts) {
      const places = cuePlaces(text);
      expect(places).toEqual(walks(text));
      found += places.reduce((n, p) => n + (p?.length ?? 0), 0);
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("finds them in random strings of the words' pieces, at a text's start and end too", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(cuePlaces(text)).toEqual(walks(text));
      }),
      { numRuns: 4000, seed: 66 },
    );
  });

  it("gives one list a spelling, in CUES' order, and the items of each", () => {
    expect(CUE_WORDS).toEqual(["Căn", "CĂN", "căn"]);
    expect(cuePlaces("căn Căn CĂN căn")).toEqual([[4], [8], [0, 12]]);
    // Each spelling's items read: the written cue's, the capitals' and a small cue opening its line.
    const text = "- Căn cứ Điều lệ Đảng;\nCĂN CỨ QUY CHẾ LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH;\ncăn cứ quy chế hoạt động của Hội đồng nhân dân ngày 02 tháng 4 năm 2005;";
    expect(findBasisNamed(text, []).map((m) => m.kind)).toEqual(["charter", "rules", "rules"]);
  });
});
