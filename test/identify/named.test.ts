import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tidyName } from "../../src/identify/named.js";

/** What tidyName stands for, whatever its fast path: whitespace folded, no space before a comma, trimmed. */
const tidied = (raw: string) => raw.replace(/\s+/g, " ").replace(/ ,/g, ",").trim();

describe("tidyName", () => {
  it("folds whitespace, drops the space before a comma, trims", () => {
    expect(tidyName(" Tổ chức \n HĐND , UBND\t")).toBe("Tổ chức HĐND, UBND");
    expect(tidyName("Đất đai")).toBe("Đất đai");
    expect(tidyName("Đất\u00a0đai")).toBe("Đất đai");
  });

  it("is the three replacements on any string of words, spaces, breaks and commas", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", ",", " ,", "a", "Đất", "đai");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const raw = pieces.join("");
        expect(tidyName(raw)).toBe(tidied(raw));
      }),
      { numRuns: 1000 },
    );
  });
});
