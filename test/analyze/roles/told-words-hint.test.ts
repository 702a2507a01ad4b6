/** Equivalence of givesToldWords' "nêu rõ" pre-test (TOLD_WORDS_HINT) with its full check (speed51c). */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TOLD_WORDS_BEFORE_CUE, TOLD_WORDS_HINT } from "../../../src/analyze/roles/news-event.js";

const DIR = "fixtures/dev/texts";

describe("TOLD_WORDS_HINT", () => {
  it("passes every window the full check matches, in any case", () => {
    for (const w of ["Công văn nêu rõ: Thực hiện", "CÔNG VĂN NÊU RÕ: THỰC HIỆN", "Thông báo Nêu Rõ:\nĐể thực hiện"]) {
      expect(TOLD_WORDS_BEFORE_CUE.test(w)).toBe(true);
      expect(TOLD_WORDS_HINT.test(w)).toBe(true);
    }
  });
  it("never rejects an 80-character window the full check matches (every window ending at a letter of the dev texts)", () => {
    let matched = 0;
    for (const f of readdirSync(DIR).filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(join(DIR, f), "utf8");
      for (let at = text.indexOf(" rõ"); at >= 0; at = text.indexOf(" rõ", at + 1)) {
        for (let end = at + 3; end < Math.min(text.length, at + 60); end++) {
          const w = text.slice(Math.max(0, end - 80), end);
          if (TOLD_WORDS_BEFORE_CUE.test(w)) {
            matched++;
            expect(TOLD_WORDS_HINT.test(w)).toBe(true);
          }
        }
      }
    }
    expect(matched).toBeGreaterThanOrEqual(0);
  });
});
