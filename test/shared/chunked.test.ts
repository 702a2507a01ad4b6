import { describe, expect, it } from "vitest";
import { StringBuilder, countMatches, replaceInPieces } from "../../src/shared/chunked.js";

describe("work in pieces", () => {
  // Over a megabyte, so that there are several pieces.
  const text = "Số 12/QĐ\u00a0UBND\r\n\u2013 ".repeat(200_000);

  it("replaceInPieces gives what one replace gives", () => {
    expect(replaceInPieces(text, /[\u00a0\u2013]/g, (c) => (c === "\u00a0" ? " " : "-"))).toBe(text.replace(/[\u00a0\u2013]/g, (c) => (c === "\u00a0" ? " " : "-")));
  });

  it("never cuts where canSplit says no, so a two-character match stays whole", () => {
    const lines = "a\r\n".repeat(1_000_000);
    const keep = (t: string, at: number) => !(t[at - 1] === "\r" && t[at] === "\n");
    expect(replaceInPieces(lines, /\r\n?/g, "\n", keep)).toBe("a\n".repeat(1_000_000));
  });

  it("countMatches counts without the array of matches", () => {
    expect(countMatches(text, /\u00a0/g)).toBe(200_000);
    expect(countMatches("", /x/g)).toBe(0);
  });

  it("StringBuilder joins any number of pieces", () => {
    const b = new StringBuilder();
    for (let i = 0; i < 10_000; i++) b.add(String(i % 10));
    b.add("");
    expect(b.length).toBe(10_000);
    expect(b.finish()).toBe("0123456789".repeat(1_000));
  });
});
