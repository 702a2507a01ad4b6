import { describe, expect, it } from "vitest";
import { cpuRatio } from "../helpers/linear.js";
import { extract } from "../../src/index.js";

describe("short mentions resolved (extract/short-mentions.ts)", () => {
  it("resolves a listed short form to the one full citation of its kind and number", () => {
    const found = extract("Quyết định số 5/2020/QĐ-UBND và Quyết định số 6/2021/QĐ-UBND; Quyết định 5 nêu trên, Quyết định 7.");
    expect(found.filter((c) => c.form === "short").map((c) => [c.raw, c.id])).toEqual([["Quyết định 5", "05/2020/QĐ-UBND"], ["Quyết định 7", "short:decision/07@?"]]);
  });

  it("stays linear on text dense with short forms listed before full citations", () => {
    // Each mention once searched every full citation of the text: 8 times the text cost ~60 times the time.
    const dense = (n: number) => "Quyết định 1, 2 và 3/QĐ-UBND, ".repeat(n);
    expect(cpuRatio((x) => extract(x), dense(8000), dense(1000), 3, 24)).toBeLessThan(24);
  });
});
