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

describe("the Constitution in the graph", () => {
  it("one node, constitution:hien-phap@2013, labelled by its year; the undated basis of a law merged into it; resolved and queried by name", () => {
    const g = CitationGraph.from([
      analyze("CHÍNH PHỦ\nSố: 12/2016/NĐ-CP\nHà Nội, ngày 19 tháng 02 năm 2016\nNGHỊ ĐỊNH\nCăn cứ Hiến pháp năm 2013;\nChính phủ ban hành Nghị định.\n", { path: "a.txt" }),
      analyze("QUỐC HỘI\nLuật số: 76/2015/QH13\nHà Nội, ngày 19 tháng 06 năm 2015\nLUẬT\nTỔ CHỨC CHÍNH PHỦ\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật tổ chức Chính phủ.\n", { path: "b.txt" }),
    ]);
    expect(g.resolve("Hiến pháp năm 2013").matches).toEqual(["constitution:hien-phap@2013"]);
    expect(g.citedBy("Hiến pháp 2013").map((h) => `${h.id} ${h.relations.join()}`).sort()).toEqual(["12/2016/NĐ-CP based_on", "76/2015/QH13 based_on"]);
    const node = g.toJSON().nodes.find((n) => n.key === "constitution:hien-phap@2013");
    expect(node?.attributes).toMatchObject({ kind: "constitution", label: "Hiến pháp năm 2013", level: "central" });
  });
});
