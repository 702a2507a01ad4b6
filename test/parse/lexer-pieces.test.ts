import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pieces, piecesIn, tables } from "../../grammars/citation/lexer-tables.js";

/** The count the lexer made over a keyword's image (a slice of its window), before it counted in the window itself. */
const overSlice = (text: string, from: number, to: number) => pieces(text.slice(from, to), tables().charClass);

const devTexts = readdirSync("fixtures/dev/texts")
  .filter((f) => f.endsWith(".txt"))
  .slice(0, 40)
  .map((f) => readFileSync(`fixtures/dev/texts/${f}`, "utf8"));

describe("piecesIn", () => {
  it("counts in text[from, to) what pieces counts in that slice", () => {
    const { charClass } = tables();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "Đ", "ị", "5", " ", "\t", "\n", "/", "-", ".", "&", "\u0301", "\u00a0"), maxLength: 40 }), fc.nat(), fc.nat(), (s, a, b) => {
        const from = a % (s.length + 1);
        const to = from + (b % (s.length - from + 1));
        expect(piecesIn(s, from, to, charClass)).toBe(overSlice(s, from, to));
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees with pieces over stretches of the dev texts", () => {
    const { charClass } = tables();
    for (const t of devTexts) {
      for (let from = 0; from < t.length; from += 97) {
        const to = Math.min(t.length, from + 1 + (from % 41));
        expect(piecesIn(t, from, to, charClass)).toBe(overSlice(t, from, to));
      }
    }
  });
});
