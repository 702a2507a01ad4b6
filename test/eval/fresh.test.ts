import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { loadFreshSets, scoreFreshSet } from "./fresh.js";

const TYPES = new Set(["based_on", "implements", "guides", "amends", "replaces", "repeals", "corrects", "proposed_by", "promulgated_by"]);

describe("fresh sets (fixtures/fresh)", () => {
  it.each(loadFreshSets().map((s) => [s.set, s] as const))("%s: every text has one gold entry, every 4th is held, types are the vocabulary's", (_, s) => {
    const texts = readdirSync(join(s.dir, "texts")).filter((f) => f.endsWith(".txt")).sort();
    expect(s.texts.map((d) => d.file).sort()).toEqual(texts.map((f) => `texts/${f}`));
    for (const d of s.texts) {
      const n = Number(/(\d+)\.txt$/.exec(d.file)?.[1]);
      expect({ file: d.file, held: Boolean(d.held) }).toEqual({ file: d.file, held: n % 4 === 0 });
      for (const r of [...d.relations, ...(d.named ?? [])]) expect(TYPES.has(r.type), `${d.file}: ${r.type}`).toBe(true);
    }
  });

  describe("the scorer", () => {
    const root = mkdtempSync(join(tmpdir(), "vncite-fresh-"));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const dir = join(root, "demo");
    mkdirSync(join(dir, "texts"), { recursive: true });
    writeFileSync(
      join(dir, "texts", "demo-001.txt"),
      "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n",
    );
    writeFileSync(join(dir, "texts", "demo-004.txt"), "Thực hiện Chỉ thị số 15/CT-TTg ngày 27 tháng 3 năm 2020 của Thủ tướng Chính phủ.\n");
    const gold = {
      texts: [
        { file: "texts/demo-001.txt", self: { number: "12", symbol: "QĐ-UBND" }, relations: [{ type: "based_on", number: "61", symbol: "NĐ-CP" }, { type: "based_on", number: "9", symbol: "NĐ-CP" }] },
        { file: "texts/demo-004.txt", held: true, self: { number: "7", symbol: "KH-UBND" }, relations: [] },
      ],
    };
    writeFileSync(join(dir, "gold.json"), JSON.stringify(gold));

    it("counts a found edge, a missed one and a false one, probe and held apart, and the self number", () => {
      const [probe, held] = scoreFreshSet(loadFreshSets(root)[0], analyze);
      expect(probe).toMatchObject({ half: "probe", documents: 1, numbered: { total: { tp: 1, fp: 0, fn: 1 } }, self: { right: 1, checked: 1 } });
      expect(held).toMatchObject({ half: "held", documents: 1, numbered: { total: { tp: 0, fp: 1, fn: 0 } }, self: { right: 0, checked: 1 } });
    });
  });
});
