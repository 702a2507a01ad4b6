import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { analyze } from "../../../src/index.js";

// A justified page or a PDF's text layer doubles the blanks between words: the header's words read by a regex that wrote
// one literal space (the motto, "Bản án số:", a record page's "Số hiệu:", "Số / ký hiệu", the consolidated text's
// "XÁC THỰC VĂN BẢN HỢP NHẤT") then read nothing, and the document lost its own number (shared/strings.ts blankRuns).
const fresh = (set: string, name: string) => readFileSync(new URL(`../../../fixtures/fresh/${set}/texts/${name}.txt`, import.meta.url), "utf8");
const lines = (text: string, from: number, to: number) => text.split("\n").slice(from, to).join("\n");
const justified = (s: string) => s.replaceAll(" ", "  ");

const HEADERS: [string, string, string][] = [
  // A header flattened onto one line, the number's cell after the motto (UBND Hà Nội, 2011).
  ["the motto's line", fresh("fresh30i", "fresh30i-011").slice(0, 560), "22/2011/QĐ-UBND~ha-noi"],
  // A court's judgment, its number line naming the kind (TAND thành phố Lạng Sơn, 2021).
  ["'Bản án số:'", lines(fresh("fresh42a", "fresh42a-001"), 0, 8), "19/2021/HS-ST~lang-son"],
  // A legal database's record fields (thuvienphapluat-style page of Quyết định 27/2002/QĐ-BVHTT).
  ["'Số hiệu:'", fresh("fresh56c", "fresh56c-009"), "27/2002/QĐ-BVHTT"],
  // An agency portal's "Số / ký hiệu ⏎ 18/QĐ-MTTQ-BTT" (MTTQ Quảng Trị, 2019).
  ["'Số / ký hiệu'", fresh("fresh62b", "fresh62b-001"), "18/QĐ-MTTQ-BTT@2019~quang-tri"],
  // The consolidated text's number above its authentication heading (468/VBHN-BLĐTBXH, 2025).
  ["'XÁC THỰC VĂN BẢN HỢP NHẤT'", fresh("fresh49b", "fresh49b-003"), "468/VBHN-BLĐTBXH@2025"],
];

describe("header: blanks doubled between the words of the header's lines", () => {
  it.each(HEADERS)("%s: the document's own number as with one space", (_, text, id) => {
    expect(analyze(text).self.id).toBe(id);
    expect(analyze(justified(text)).self.id).toBe(id);
  });
});
