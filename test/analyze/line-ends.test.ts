import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/index.js";
import { loadFreshSets } from "../eval/fresh.js";
import { checkLineEnds, FILES } from "./line-ends.js";

describe("analyze() of a text saved with other line ends", () => {
  it("gives with \\r\\n (Windows, every text of the sets) and with \\r alone (old Mac, every third) the analysis of \\n, offsets into its own text", () => {
    // The texts a fresh set scores are checked in test/eval/fresh.test.ts, with the analysis their score takes.
    const scored = new Set(loadFreshSets().flatMap((s) => s.texts.filter((d) => !d.duplicate_of).map((d) => join(s.dir, d.file))));
    const differ: Record<string, string[]> = { "\r\n": [], "\r": [] };
    let checked = 0;
    for (const [i, f] of FILES.entries()) {
      if (scored.has(f)) continue;
      const lf = readFileSync(f, "utf8").replace(/\r\n?/g, "\n");
      checkLineEnds(i, lf, analyze(lf), differ);
      checked++;
    }
    expect(FILES.length).toBeGreaterThan(2800);
    // The fixtures, the dev texts and the fresh copies a set marks duplicate_of (92 in session 63).
    expect(checked).toBeGreaterThan(80);
    expect(differ).toEqual({ "\r\n": [], "\r": [] });
  }, 600_000);
});

describe("a part of a CRLF text", () => {
  it("ends before its line's CR, as at the \\n of the text written with \\n (crlf56)", () => {
    // A one-line title, the body after a blank line: the title ended after the CR (fresh29a-012 saved with CRLF).
    const lf = readFileSync(new URL("../../fixtures/fresh/fresh29a/texts/fresh29a-012.txt", import.meta.url), "utf8");
    const crlf = lf.replaceAll("\n", "\r\n");
    const parts = analyze(crlf).parts ?? [];
    expect(parts.map((p) => p.type)).toEqual((analyze(lf).parts ?? []).map((p) => p.type));
    expect(parts[0]?.end).toBe(lf.indexOf("\n"));
    expect(crlf.slice(parts[0]?.end, (parts[0]?.end ?? 0) + 2)).toBe("\r\n");
  });
});
