import { describe, expect, it } from "vitest";
import { PROVINCE_WORD } from "../../src/analyze/jurisdiction.js";
import { analyze } from "../../src/analyze/index.js";

describe("the province word scan", () => {
  it("matches what the Unicode case-insensitive regex matches, whatever character stands for each letter", () => {
    const unicode = new RegExp(PROVINCE_WORD.source, "iu");
    const plain = new RegExp(PROVINCE_WORD.source, "i");
    const differ: string[] = [];
    for (const word of ["tỉnh ", "thành phố "]) {
      for (let at = 0; at < word.length - 1; at++) {
        for (let c = 0; c < 0x10000; c++) {
          if (c >= 0xd800 && c <= 0xdfff) continue;
          const s = word.slice(0, at) + String.fromCharCode(c) + word.slice(at + 1);
          if (unicode.test(s) !== plain.test(s)) differ.push(`${word.trim()}[${at}] U+${c.toString(16)}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it("reads the province a plan names most often, in any case", () => {
    const text = "KẾ HOẠCH\nPhát triển du lịch\nCác huyện của TỈNH QUẢNG NAM và tỉnh Quảng Nam; Tỉnh Quảng Ngãi.";
    expect(analyze(text).self.jurisdiction.province).toBe("Quảng Nam");
  });
});
