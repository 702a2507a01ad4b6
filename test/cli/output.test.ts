/** A citation's ndjson line, spliced from the citation's own JSON: the record's JSON, byte for byte. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { citationHead, citationLine } from "../../src/cli/output.js";
import type { AnalyzedCitation } from "../../src/types.js";
import { ROOT } from "./helpers.js";

/** What the line stands for: the record object as fileRecords builds it, stringified. */
const recordLine = (file: string, c: AnalyzedCitation, page: number | null, line: number) =>
  JSON.stringify({ record: "citation", file, ...c, ...(page !== null ? { page } : {}), line }) + "\n";

describe("citationLine", () => {
  const dir = join(ROOT, "fixtures", "dev", "texts");
  const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, 20);

  it("is the record's JSON for every citation of real texts, with and without a page", () => {
    let citations = 0;
    for (const name of texts) {
      const file = `fixtures/dev/texts/${name}`;
      const a = analyze(readFileSync(join(dir, name), "utf8"), { path: file });
      const head = citationHead(file);
      for (const [i, c] of a.citations.entries()) {
        citations++;
        expect(citationLine(head, c, null, i + 1)).toBe(recordLine(file, c, null, i + 1));
        expect(citationLine(head, c, 3, i + 1)).toBe(recordLine(file, c, 3, i + 1));
      }
    }
    expect(citations).toBeGreaterThan(100);
  });

  it("keeps a named law, a pinpoint and a file name that JSON escapes", () => {
    const file = 'dir "a"\\b\u2028.txt';
    const a = analyze("Căn cứ Luật Đất đai năm 2013;\nĐiều 1. Sửa đổi điểm a khoản 2 Điều 5 Quyết định số 12/2019/QĐ-UBND ngày 3/4/2019 như sau:", { path: file });
    expect(a.citations.some((c) => c.pinpoint)).toBe(true);
    expect(a.citations.some((c) => c.form === "named")).toBe(true);
    for (const c of a.citations) expect(citationLine(citationHead(file), c, null, 7)).toBe(recordLine(file, c, null, 7));
  });

  it("is exact only while a citation has none of the record's own keys", () => {
    // The splice relies on it: a citation field named like the record's would be written twice.
    const a = analyze("Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ;", { path: "a.txt" });
    for (const c of a.citations) for (const key of ["record", "file", "page", "line"]) expect(Object.hasOwn(c, key)).toBe(false);
  });
});
