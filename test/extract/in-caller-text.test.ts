import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { encodeLegacy } from "../../src/shared/legacy-encoding.js";
import { spanProblems } from "../reliability/invariants.js";
import { analyze } from "../../src/analyze/index.js";
import { cpuRatio } from "../helpers/linear.js";
import fc from "fast-check";
import { extractUnguarded } from "../reliability/invariants.js";

/** A real decree's text (fixtures/dev), made legacy mojibake by the tables' inverse: nothing composed. */
const DEV = readFileSync(new URL("../../fixtures/dev/texts/dev-005.txt", import.meta.url), "utf8").normalize("NFC");

describe("extract() of a string in a legacy font encoding", () => {
  for (const encoding of ["tcvn3", "vni"] as const) {
    it(`${encoding}: the citations of the Unicode text, at the caller's offsets, each saying the text was converted`, () => {
      const legacy = encodeLegacy(DEV, encoding);
      const unicode = extract(DEV);
      const found = extract(legacy);
      expect(unicode.length).toBeGreaterThan(5);
      expect(found.map((c) => c.id)).toEqual(unicode.map((c) => c.id));
      expect(spanProblems(legacy, found)).toEqual([]);
      for (const [i, c] of found.entries()) {
        // The caller's own spelling of the mention, the number's, and of the kind word: the Unicode one's, encoded.
        expect(c.raw).toBe(encodeLegacy(unicode[i].raw, encoding));
        expect(legacy.slice(c.numberStart, c.numberEnd)).toBe(encodeLegacy(DEV.slice(unicode[i].numberStart, unicode[i].numberEnd), encoding));
        expect(c.kindText).toBe(unicode[i].kindText === null ? null : encodeLegacy(unicode[i].kindText!, encoding));
        if (unicode[i].pinpoint) expect(legacy.slice(c.pinpoint!.start, c.pinpoint!.end)).toBe(encodeLegacy(DEV.slice(unicode[i].pinpoint!.start, unicode[i].pinpoint!.end), encoding));
        expect(c.warnings.filter((w) => w.code === "legacy-encoding")).toEqual([expect.objectContaining({ start: c.start, end: c.end })]);
      }
    });
  }

  it("gives ordinary text no legacy-encoding warning", () => {
    expect(extract(DEV).flatMap((c) => c.warnings).filter((w) => w.code === "legacy-encoding")).toEqual([]);
  });

  it("stays linear on long runs of legacy signs and of legacy words", () => {
    // Four times the text: about 4x when linear, 16x when quadratic.
    for (const run of ["©®§«»×", "NghÞ ®Þnh sè 15/CP ngµy 02 th¸ng 03 n¨m 1993 ", "Nghò ñònh soá 15/CP ngaøy 02 thaùng 03 naêm 1993 "]) {
      expect(cpuRatio((t) => extract(t), run.repeat(4_000), run.repeat(1_000), 5, 9), run).toBeLessThan(9);
      expect(cpuRatio((t) => analyze(t), run.repeat(2_000), run.repeat(500), 5, 9), run).toBeLessThan(9);
    }
  });

  it("never throws on strings of legacy pieces, and every span it gives is the caller's", () => {
    const pieces = ["NghÞ ®Þnh sè ", "Nghò ñònh soá ", "15/CP", "102/2004/N§CP", " ngµy 02 th¸ng 03 n¨m 1993", " cuûa ", "C¨n cø LuËt Tæ chøc ChÝnh phñ", "Căn cứ ", "\n", " ", "\u00AD", "\u0301", "ö", "aù"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join("")), (text) => {
        expect(() => extractUnguarded(text, "islands")).not.toThrow();
        expect(spanProblems(text, extract(text))).toEqual([]);
        const a = analyze(text);
        expect(a.warnings.filter((w) => w.code === "internal-error")).toEqual([]);
        expect(spanProblems(text, a.citations)).toEqual([]);
        for (const r of a.relations) expect(r.evidence.start >= 0 && r.evidence.start <= r.evidence.end && r.evidence.end <= text.length).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
