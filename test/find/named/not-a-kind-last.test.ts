import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayEndNotAKind, NOT_A_KIND_BEFORE } from "../../../src/find/named/kind-word.js";
import { composedWord } from "../../../src/shared/chars.js";

/** Pieces of what stands before a kind word: the words NOT_A_KIND_BEFORE knows in every case and spelling, and others. */
const PIECES = ["pháp", "PHÁP", "Pháp", "pha\u0301p", "dự", "DỰ", "dư\u0323", "d\u01b0\u0323", "trái", "TRÁI", "phạm", "PHẠM", "kỷ", "KỶ", "ky\u0309", "quy", "QUY", "Quy",
  "đại học", "ĐẠI HỌC", "trung cấp", "cao đẳng", "cao\u00a0đẳng", "Trường", "cứ", "của", "theo", "các", "và", "số", "Căn cứ", "tư", "tu\u031b", "x", "ſ", "K", "\u212a",
  "\u0301", "\u0323", "\u0309", "\u031b", "1", "20", ",", ";", "(", " ", "  ", "\t", "\n", "\u00a0", "\u2000", "\u2028", "\ufeff", "🙂", "\ud83d", "ı", "İ"];

describe("mayEndNotAKind", () => {
  it("is true wherever NOT_A_KIND_BEFORE matches the string, composed or as written", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (pieces) => {
        const s = pieces.join("");
        if (NOT_A_KIND_BEFORE.test(s) || NOT_A_KIND_BEFORE.test(composedWord(s))) expect(mayEndNotAKind(s, 0, s.length)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it("is true wherever NOT_A_KIND_BEFORE matches the 12 and 16 characters before any place of the dev texts", () => {
    const texts = readdirSync("fixtures/dev/texts").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`fixtures/dev/texts/${f}`, "utf8"));
    let matched = 0;
    for (const t of texts) {
      for (let at = 1; at < t.length; at++) {
        for (const reach of [12, 16]) {
          const from = Math.max(0, at - reach);
          const s = t.slice(from, at);
          if (NOT_A_KIND_BEFORE.test(s) || NOT_A_KIND_BEFORE.test(composedWord(s))) {
            matched++;
            expect(mayEndNotAKind(t, from, at)).toBe(true);
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it("is false after the words that most often stand before a kind word (not 'các': 'học' ends in its letter)", () => {
    for (const s of ["Căn cứ ", "của ", "theo ", "và ", "về ", "số ", ""]) expect(mayEndNotAKind(s, 0, s.length)).toBe(false);
    for (const s of ["pháp ", "dự ", "kỷ\t", "đại học ", "dư\u0323 "]) expect(mayEndNotAKind(s, 0, s.length)).toBe(true);
  });
});
