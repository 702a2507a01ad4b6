import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, CitationGraph } from "../../src/index.js";

describe("laws named without a number in the graph", () => {
  it("one node for a law whatever way it is named; the number learned from a file that states both", () => {
    const g = CitationGraph.from([
      analyze("Căn cứ Luật Đất đai năm 2003;", { path: "a.txt" }),
      analyze("Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;", { path: "b.txt" }),
      analyze("Căn cứ Luật Đất đai số 13/2003/QH11;", { path: "c.txt" }),
      analyze("Căn cứ Luật Đất đai;", { path: "d.txt" }),
    ]);
    expect(g.resolve("Luật Đất đai 2003").matches).toEqual(["13/2003/QH11"]);
    expect(g.citedBy("luật đất đai năm 2003").map((h) => h.id).sort()).toEqual(["file:a.txt", "file:b.txt", "file:c.txt", "file:d.txt"]);
  });

  it("two numbered laws of one name and year are a doubt: nothing is merged", () => {
    const g = CitationGraph.from([
      analyze("Căn cứ Luật Đất đai năm 2003;", { path: "a.txt" }),
      analyze("Căn cứ Luật Đất đai số 13/2003/QH11;", { path: "b.txt" }),
      analyze("Căn cứ Luật Đất đai số 14/2003/QH11;", { path: "c.txt" }),
    ]);
    expect(g.resolve("Luật Đất đai 2003").matches).toEqual(["13/2003/QH11", "14/2003/QH11", "law:dat-dai@2003"]);
  });

  it("the development texts: one node for Luật Đất đai 2003 with its based_on edges", () => {
    const dir = join(import.meta.dirname, "..", "..", "fixtures", "dev", "texts");
    const g = CitationGraph.from(readdirSync(dir).sort().map((f) => analyze(readFileSync(join(dir, f), "utf8"), { path: f })));
    const hits = g.citedBy("Luật Đất đai 2003");
    expect(hits.filter((h) => h.relations.includes("based_on")).length).toBeGreaterThanOrEqual(5);
    expect(g.resolve("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm 2003").matches).toEqual(["law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003"]);
  });
});
