/**
 * An amending document repeals units of the document its title amends without naming it again
 * (roles/unnamed-repeals.ts): that document is repealed too (fixtures/fresh/CONVENTIONS.md §2, dev-005).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

/** The document's own relations, "type number", each once, sorted. */
const own = (text: string) => {
  const a = analyze(text);
  const number = new Map(a.citations.map((c) => [c.id, c.number]));
  return [...new Set(a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${number.get(r.to)}`))].sort();
};
const circular = (body: string) =>
  "BỘ TÀI CHÍNH\nSố: 56/2026/TT-BTC\nHà Nội, ngày 15 tháng 5 năm 2026\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 52/2025/TT-BTC ngày 24 tháng 6 năm 2025 của Bộ trưởng Bộ Tài chính quy định mức thu phí\n" +
  "Căn cứ Luật Phí và lệ phí số 97/2015/QH13;\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 52/2025/TT-BTC.\n" +
  "Điều 1. Sửa đổi, bổ sung khoản 4 của Điều 5\n“4. Mức thu phí …”\n" + body;

describe("units repealed without naming their document, in a document whose title amends one", () => {
  it("\"Điều 3. Bãi bỏ Điều 7\" repeals the title's document (Thông tư 56/2026/TT-BTC, fresh46b-017)", () => {
    expect(own(circular("Điều 2. Bãi bỏ Điều 7\nĐiều 3. Điều khoản thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 7 năm 2026.\n"))).toEqual(["amends 52", "based_on 97", "repeals 52"]);
  });

  it("an item \"3. Bãi bỏ các điều 5 và 6.\" under an article amending it (fresh46b-014)", () => {
    expect(own(circular("2. Sửa đổi điểm b khoản 1 Điều 8 như sau: …\n3. Bãi bỏ các điều 5 và 6.\nĐiều 2. Hiệu lực thi hành\n"))).toEqual(["amends 52", "based_on 97", "repeals 52"]);
  });

  it("a line that names its document is that document's act, and no repeal line adds nothing", () => {
    expect(own(circular("Điều 2. Bãi bỏ Điều 3 Thông tư số 12/2020/TT-BTC ngày 1 tháng 3 năm 2020.\n"))).toEqual(["amends 52", "based_on 97", "repeals 12"]);
    expect(own(circular("Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 7 năm 2026.\n"))).toEqual(["amends 52", "based_on 97"]);
  });

  it("a title amending two documents leaves the units' owner unsaid: no repeal", () => {
    const text =
      "BỘ TÀI CHÍNH\nSố: 57/2026/TT-BTC\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 52/2025/TT-BTC và Thông tư số 53/2025/TT-BTC\n" +
      "Điều 1. Sửa đổi khoản 4 Điều 5\n“4. Mức thu …”\nĐiều 2. Bãi bỏ Điều 7\n";
    expect(own(text)).toEqual(["amends 52", "amends 53"]);
  });

  // An amending law's own name carries the verbs ("LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA …", "Quốc hội ban hành Luật
  // sửa đổi, bổ sung một số điều của Luật X số N"): X is the title's document all the same (fresh56e-001, -002).
  const ids = (text: string) => {
    const a = analyze(text);
    return [...new Set(a.relations.filter((r) => r.from === a.self.id && r.type !== "references" && r.type !== "based_on").map((r) => `${r.type} ${r.to}`))].sort();
  };
  const law = (body: string) =>
    "QUỐC HỘI\nLuật số: 09/2022/QH15\nHà Nội, ngày 09 tháng 11 năm 2022 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TẦN SỐ VÔ TUYẾN ĐIỆN\n" +
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tần số vô tuyến điện số 42/2009/QH12.\n" +
    "Điều 1. Sửa đổi, bổ sung một số điều của Luật Tần số vô tuyến điện\n1. Sửa đổi, bổ sung khoản 2 Điều 5 như sau:\n“2. …”.\n" + body;

  it("an amending law whose own name holds the verbs: a unit's repeal under its article repeals the law it amends", () => {
    expect(ids(law("2. Bổ sung, thay thế, bãi bỏ từ, cụm từ, khoản tại một số điều sau đây:\na) Thay thế cụm từ “A” bằng cụm từ “B” tại khoản 7 Điều 10;\nb) Bãi bỏ khoản 3 Điều 8 và khoản 3 Điều 19.\nĐiều 2. Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.\n"))).toEqual(["amends 42/2009/QH12", "repeals 42/2009/QH12"]);
    expect(ids(law("Điều 2. Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.\n"))).toEqual(["amends 42/2009/QH12"]);
  });

  it("an amending law named in a preamble's basis is that basis, not the text's own name: no repeal", () => {
    const text =
      "BỘ TÀI CHÍNH\nSố: 58/2026/TT-BTC\nTHÔNG TƯ\nQuy định mức thu phí\n" +
      "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Phí và lệ phí số 97/2015/QH13;\nBộ trưởng Bộ Tài chính ban hành Thông tư quy định mức thu phí.\n" +
      "Điều 1. Phạm vi\n1. Bãi bỏ khoản 2 Điều 4.\n";
    expect(own(text)).not.toContain("repeals 97");
  });
});
