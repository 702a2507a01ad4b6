import { describe, expect, it } from "vitest";
import XRegExp from "xregexp/src/xregexp.js";
import { ANCHOR, FREE_SPACED_SOURCES, SCAN, SCAN_PAGE_CUE } from "../../src/find/patterns.js";
import { freeSpacing } from "../../src/shared/free-spacing.js";

describe("freeSpacing", () => {
  it("gives the find stage's patterns the source and flags XRegExp's x flag gives", () => {
    expect(FREE_SPACED_SOURCES).toHaveLength(3);
    for (const source of FREE_SPACED_SOURCES) {
      const native = XRegExp(source, "gx");
      const ours = freeSpacing(source, "g");
      expect(ours.source).toBe(native.source);
      expect(ours.flags).toBe("g");
    }
    expect([ANCHOR, SCAN, SCAN_PAGE_CUE].map((r) => r.source)).toEqual(FREE_SPACED_SOURCES.map((s) => XRegExp(s, "gx").source));
  });

  it("keeps escapes and classes whole and separates tokens as XRegExp does", () => {
    const sources = [
      "a b",
      "(a | b)",
      "(a) \\1 1",
      "a # comment\n+",
      "[ ] x # one\n  # two\n y",
      "(?: a ) (?<= b ) c{2} d {2}",
      "a\\ b \\# c",
      "[\\] #] z",
    ];
    for (const source of sources) expect(freeSpacing(source, "").source, source).toBe(XRegExp(source, "x").source);
  });
});
