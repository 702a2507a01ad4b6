import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { analyze } from "../../src/index.js";
import { TABLE_ROW } from "../../src/vocab/bullets.js";

const ROW = new RegExp(`^${TABLE_ROW}`, "u");

// Word and PDF exports leave a tab at a line's end: a row's number there ends no cell, as the
// line's end alone does not; a tab with the row's next cell after it does.
describe("a table row's number ends its cell with a tab only where the row goes on", () => {
  it.each([
    ["1\tQuyết định\t12/2015/QĐ-UBND", true],
    ["1 \tQuyết định", true],
    ["| 1 | Quyết định |", true],
    ["1\n|\nQuyết định", true],
    ["1 \t\nPhí thẩm định", false],
    ["1\t\nPhí thẩm định", false],
    ["1\t \t", false],
    ["1 \nPhí thẩm định", false],
  ])("%j: %s", (line, row) => {
    expect(ROW.test(line)).toBe(row);
  });

  it("a fee table whose lines end in a tab reads each fee's sentence as without it (fresh46b-018)", () => {
    const text = readFileSync(new URL("../../fixtures/fresh/fresh46b/texts/fresh46b-018.txt", import.meta.url), "utf8");
    const evidence = (t: string) => analyze(t).relations.map((r) => `${r.to} ${r.evidence.sentence.replace(/\s+/g, " ")}`);
    expect(evidence(text.replaceAll("\n", "\t\n"))).toEqual(evidence(text));
  });
});
