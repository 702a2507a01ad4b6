import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { prepare } from "../../src/prepare/prepare.js";
import { prepareDocument } from "../../src/analyze/prepared.js";
import { LOOK_ALIKES } from "../../src/vocab/look-alikes.js";
import { unifyLineBreaks } from "../../src/prepare/line-breaks.js";

/** The same text, its line breaks unified, and every offset mapped the same way both ways. */
function expectSameAsPrepare(original: string): void {
  const want = prepare(original);
  const got = prepareDocument(original);
  expect(got.text).toBe(unifyLineBreaks(want.text));
  const differing: string[] = [];
  for (let i = 0; i <= want.text.length; i++) {
    if (got.map.toOriginal(i, "start") !== want.map.toOriginal(i, "start")) differing.push(`toOriginal(${i}, start)`);
    if (got.map.toOriginal(i, "end") !== want.map.toOriginal(i, "end")) differing.push(`toOriginal(${i}, end)`);
  }
  for (let i = 0; i <= original.length; i++) if (got.map.fromOriginal(i) !== want.map.fromOriginal(i)) differing.push(`fromOriginal(${i})`);
  expect(differing).toEqual([]);
}

const PIECES = [
  "a", "U", "o", "Đ", "ư", "ệ", " ", "\n", "\r", "\r\n", "\u2028", "\v", "/", "1", "İ", "\u{1d400}", "\ud800", "\udc00",
  "\u0300", "\u0301", "\u0302", "\u0303", "\u0309", "\u0323", "\u031b", "\u0306", "\u036f",
  ...Object.keys(LOOK_ALIKES),
];

describe("prepareDocument", () => {
  it("is prepare() on text of letters, marks, look-alikes and surrogates in any order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => expectSameAsPrepare(pieces.join(""))),
      // Marks NFC only puts in canonical order ("a" + U+036F + U+031B): no run, either way.
      { numRuns: 3000, examples: [[["a", "\u036f", "\u031b"]]] },
    );
  });

  it("is prepare() on the development texts, composed and decomposed, and on many look-alikes", () => {
    const dir = new URL("../../fixtures/dev/texts/", import.meta.url).pathname;
    const texts = readdirSync(dir).sort().slice(0, 12).map((f) => readFileSync(join(dir, f), "utf8"));
    for (const t of texts) {
      expectSameAsPrepare(t);
      // Short enough for prepareDocument's own loop, and whole (prepare() takes over past its limit).
      expectSameAsPrepare(t.slice(0, 1500).normalize("NFD"));
      expectSameAsPrepare(t.normalize("NFD"));
      expectSameAsPrepare(t.slice(0, 3000).replace(/-/g, "\u2013").replace(/(\S) /g, "$1\u00a0"));
      // Windows line ends, in the document's own loop and past its limit.
      expectSameAsPrepare(t.slice(0, 3000).replaceAll("\n", "\r\n"));
      expectSameAsPrepare(t.replaceAll("\n", "\r\n").replaceAll(" ", "\r").normalize("NFD"));
    }
  });
});
