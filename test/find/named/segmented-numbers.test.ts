// A word segmenter's number spaced at its slashes inside a law's name (src/find/words.ts spacedSlashAt): the
// development corpus's source prints "Nghị định số 197 / 2004 / NĐ-CP" (dev-003) and "Quyết định số 114/2004 / QĐ-UB"
// (dev-031); the amending law of 2024 names the laws it amends with their numbers (fresh41a-001, fresh29f-005).
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const relations = (text: string) => {
  const a = analyze(text);
  return a.relations.map((r) => `${r.type} ${r.from === a.self.id ? "SELF" : r.from} -> ${r.to}`).sort();
};
const spaced = (text: string) => text.replace(/(?<=\d)\/|\/(?=\d)/g, " / ");

describe("a law's name read the same whether its numbers' slashes are spaced or not", () => {
  const amending =
    "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024;\nỦy ban nhân dân tỉnh ban hành Quyết định quy định chi tiết.";

  it("keeps an amending law named by the laws it amends, each with its number, and the laws it amends", () => {
    const plain = relations(amending);
    expect(plain).toContain("amends law:sua-doi-bo-sung-mot-so-dieu-luat-dat-dai-luat-nha-o-luat-kinh-doanh-bat-dong-san-luat-cac-to-chuc-tin-dung@2024 -> 31/2024/QH15");
    expect(relations(spaced(amending))).toEqual(plain);
  });

  it("reads a law named before its spaced number as before its plain one", () => {
    const text = "Căn cứ Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13 ngày 20/6/2017;\nQuyết định:";
    expect(relations(spaced(text))).toEqual(relations(text));
  });
});
