import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Words } from "../../src/find/words.js";

/** The regex the reader stands for, read where the last word ended (sticky). */
const NEXT_WORD = /([ \t\r\n]*(?:[-–][ \t\r\n]+)?)([\p{L}\p{N}]+(?:[&'’/.\-][\p{L}\p{N}]+)*|,)/uy;

function byRegex(text: string, max: number): { text: string; start: number; gap: string }[] {
  const out: { text: string; start: number; gap: string }[] = [];
  let at = 0;
  while (out.length < max) {
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(text);
    if (!m) break;
    at = NEXT_WORD.lastIndex;
    out.push({ text: m[2], start: at - m[2].length, gap: m[1] });
  }
  return out;
}

function byReader(text: string, max: number): { text: string; start: number; gap: string }[] {
  const words = new Words(text, 0);
  return words.slice(max).map((w) => ({ text: w.text, start: w.start, gap: w.gap }));
}

describe("the name reader's words", () => {
  it("are the words the Unicode regex reads, joiners, dashes, commas and blank lines included", () => {
    const t = "Luật Tổ chức HĐND&UBND, sửa-đổi – \n\nBảo vệ 2019 ’s a.b -x ,y 𝐀b";
    expect(byReader(t, 40)).toEqual(byRegex(t, 40));
  });

  it("agree with the regex on any text of name-like pieces, outside the BMP too", () => {
    const piece = fc.constantFrom("Luật", "đất", "đai", "Ð", "2013", " ", "  ", "\n", "\n\n", "\t", ",", "-", "–", "&", "'", "’", "/", ".", "(", "𝐀", "😀", "\u0301", "a", "Z");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const t = pieces.join("");
        expect(byReader(t, 60)).toEqual(byRegex(t, 60));
      }),
      { numRuns: 400 },
    );
  });
});
