import { describe, expect, it } from "vitest";
import { isWhitespaceAt, WHITESPACE } from "../../src/shared/chars.js";

describe("whitespace table", () => {
  it("agrees with /\\s/ on every UTF-16 code unit", () => {
    let disagreements = 0;
    for (let c = 0; c < 0x10000; c++) if ((WHITESPACE[c] === 1) !== /\s/.test(String.fromCharCode(c))) disagreements++;
    expect(disagreements).toBe(0);
  });

  it("reads a character of a string, line breaks and odd spaces included", () => {
    expect(["a b", "a\u00a0b", "a\u3000b", "a\ufeffb", "a\u200bb", "a-b"].map((s) => isWhitespaceAt(s, 1))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
