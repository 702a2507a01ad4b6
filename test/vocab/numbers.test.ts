import { describe, expect, it } from "vitest";
import { GLUED_HEADING_WORD, gluedHeadingWordAt } from "../../src/vocab/numbers.js";

describe("a heading run into a ký hiệu (GLUED_HEADING_WORD, gluedHeadingWordAt)", () => {
  const regex = new RegExp(GLUED_HEADING_WORD, "g");
  const byRegex = (text: string) => [...text.matchAll(regex)].map((m) => m.index);
  const byHand = (text: string) => [...text].map((_, i) => i).filter((i) => gluedHeadingWordAt(text, i));

  it("finds the motto's and the Youth Union's first word right after a code's capital or digit", () => {
    const text = "02 /KHLT/LĐLĐ-TĐTNCỘNG HOÀ XÃ; QĐ/TWĐTN-VPĐOÀN TNCS HỒ; KH-UBND5CỘNG\tHÒA";
    expect(byHand(text)).toEqual([text.indexOf("CỘNG HOÀ"), text.indexOf("ĐOÀN TNCS"), text.indexOf("CỘNG\tHÒA")]);
    expect(byRegex(text)).toEqual(byHand(text));
  });

  it("not after a small or marked letter, nor before another word, nor without the space", () => {
    for (const text of ["cộng hòa", "HOÀĐOÀN TNCS", "ngĐOÀN TNCS", "TỈNH ĐOÀN TNCS", "TĐTNCỘNG HOÀNG", "TĐTNCỘNGHOÀ", "XCỘNG", "XĐOÀN THANH", "aCỘNG HÒA"]) {
      expect(byHand(text), text).toEqual([]);
      expect(byRegex(text), text).toEqual([]);
    }
  });
});
