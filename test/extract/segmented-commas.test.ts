/**
 * A word segmenter's comma, set off from the word before it ("sửa đổi , bổ sung", as the development corpus prints it:
 * dev-007, dev-041, dev-057): src/vocab/phrases.ts lets a phrase's comma hold one blank before it, and
 * src/extract/title-listed-laws.ts reads the amending title's head so. Real wording (Luật 56/2024/QH15, fixtures/fresh/
 * fresh45b-013; Luật 90/2025/QH15, pairs59b-001), every comma and semicolon spaced.
 */
import { describe, expect, it } from "vitest";
import { analyze, extract } from "../../src/index.js";
import { phraseSource } from "../../src/vocab/phrases.js";

const segmented = (t: string) => t.replace(/([^\s,;:.!?)])([,;:.!?)]+)(?=[ \t]|$)/gm, "$1 $2");
const relations = (text: string) => {
  const a = analyze(text);
  return a.relations.map((r) => `${r.type} ${r.from === a.self.id ? "SELF" : r.from} -> ${r.to}`).sort();
};

describe("a phrase's comma with a blank before it", () => {
  it("matches as the comma does, one blank at most", () => {
    const re = new RegExp(`^(?:${phraseSource(["sửa đổi, bổ sung"])})$`, "u");
    expect(["sửa đổi, bổ sung", "sửa đổi , bổ sung", "sửa đổi\t, bổ sung"].map((s) => re.test(s))).toEqual([true, true, true]);
    expect(["sửa đổi  , bổ sung", "sửa đổi\n, bổ sung", "sửa đổi bổ sung"].map((s) => re.test(s))).toEqual([false, false, false]);
  });
});

describe("an amending law's title and enacting formula, commas spaced", () => {
  const law = [
    "QUỐC HỘI",
    "Luật số: 56/2024/QH15",
    "LUẬT",
    "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT CHỨNG KHOÁN, LUẬT KẾ TOÁN, LUẬT KIỂM TOÁN ĐỘC LẬP",
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
    "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán số 54/2019/QH14, Luật Kế toán số 88/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 38/2019/QH14, Luật Kiểm toán độc lập số 67/2011/QH12.",
  ].join("\n");

  it("gives the relations of the unspaced text", () => {
    const plain = relations(law);
    expect(plain).toContain("amends SELF -> 67/2011/QH12");
    expect(relations(segmented(law))).toEqual(plain);
  });

  it("reads the title's laws listed with spaced commas as with tight ones", () => {
    const title = "LUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤU THẦU, LUẬT HẢI QUAN VÀ LUẬT ĐẦU TƯ CÔNG\n";
    expect(extract(title.replaceAll(",", " ,")).map((c) => c.name)).toEqual(extract(title).map((c) => c.name));
    expect(extract(title).length).toBe(4);
  });
});
