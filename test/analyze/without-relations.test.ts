/** analyzeWithoutRelations (what `vncite extract` runs): analyze() to the last field, the relations left out. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze, analyzeWithoutRelations } from "../../src/analyze/index.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("analyzeWithoutRelations", () => {
  it("gives analyze()'s analysis with no relations, for real texts", () => {
    // fresh29b-020's title ("Về tiếp tục triển khai thực hiện Chỉ thị số 16/CT-TTg …") is a citation whose role
    // ownNested sets (implements, not references): it must be set with or without the relations.
    const dirs = [join(ROOT, "fixtures", "dev", "texts"), join(ROOT, "fixtures", "fresh", "fresh29b", "texts")];
    const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f)));
    let relations = 0;
    for (const name of files) {
      const text = readFileSync(name, "utf8");
      const whole = analyze(text, { path: name });
      const without = analyzeWithoutRelations(text, { path: name });
      relations += whole.relations.length;
      expect(without.relations).toEqual([]);
      expect(JSON.stringify({ ...without, relations: null })).toBe(JSON.stringify({ ...whole, relations: null }));
    }
    expect(relations).toBeGreaterThan(100);
  });

  it("takes a listing record's known fields, and odd input, as analyze() does", () => {
    const text = "Căn cứ Luật Đất đai năm 2013;\nCăn cứ Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ;";
    const known = { number: "776/QĐ-UBND", date: "2019-05-24", kind: "Quyết định" };
    expect({ ...analyzeWithoutRelations(text, { path: "a.csv#0", known }), relations: null }).toEqual({ ...analyze(text, { path: "a.csv#0", known }), relations: null });
    expect(analyzeWithoutRelations(undefined as unknown as string, null as unknown as undefined)).toEqual(analyze(undefined as unknown as string, null as unknown as undefined));
  });
});
