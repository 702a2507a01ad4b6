import { describe, expect, it } from "vitest";
import { analyze, CitationGraph } from "../../../src/index.js";

/** The document's own relations, "type number", in text order. */
const own = (text: string) => {
  const a = analyze(text);
  const number = new Map(a.citations.map((c) => [c.id, c.number]));
  return a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${number.get(r.to)}`);
};

// An article that amends a document and repeals parts of it says both with one series of verbs before
// the document, named once. The dev gold records both edges for such a series (dev-035: "sửa đổi, bổ
// sung và thay thế Quyết định số 40/2006/QĐ-UBND" is amends and replaces), as it records a repeal of
// a part (dev-005: "Bãi bỏ điểm e khoản 3 Điều 6 …").
describe("two acts joined before one document: \"sửa đổi, bổ sung, bãi bỏ … X\"", () => {
  it("a council's resolution (Vĩnh Long 60/2007/NQ-HĐND, Điều 1)", () => {
    const text =
      "QUYẾT NGHỊ:\n\nĐiều 1. Nay sửa đổi, bổ sung, bãi bỏ một số nội dung Nghị quyết số 47/2007/NQ -HĐND ngày 25 tháng 01 năm 2007 của Hội đồng nhân dân tỉnh về một số loại phí, lệ phí như sau:";
    expect(own(text)).toEqual(["amends 47", "repeals 47"]);
  });

  it("a decree (48/2013/NĐ-CP, Điều 1: \"Sửa đổi, bổ sung, bãi bỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP\")", () => {
    const text =
      "Điều 1. Sửa đổi, bổ sung, bãi\nbỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của\nChính phủ về kiểm soát thủ tục hành chính như sau:\n1. Sửa đổi Điều\n5:";
    expect(own(text)).toEqual(["amends 63", "repeals 63"]);
  });

  it("three acts joined, each kept; \"thay thế\" over provisions and wording whose items replace phrases only is the wording's (HĐND Hà Nội 12/2025/NQ-HĐND, Điều 1: \"Thay thế, sửa đổi, bổ sung, bãi bỏ một số điều, khoản, điểm, cụm từ của Nghị quyết số 35/2024/NQ-HĐND\", fresh41d-007, whose gold reads no replaces)", () => {
    const text =
      "Hội đồng nhân dân ban hành Nghị quyết sửa đổi, bổ sung một số Nghị quyết.\n\n        Điều 1. Thay thế, sửa đổi, bổ sung, bãi bỏ một số điều, khoản, điểm,\ncụm từ của Nghị quyết số 35/2024/NQ-HĐND ngày 10 tháng 12 năm 2024\ncủa Hội đồng nhân dân thành phố Hà Nội quy định một số thẩm quyền.\n\n        1. Sửa đổi Điều 1 như sau:\n2. Thay thế cụm từ “Chủ tịch Ủy ban nhân dân quận, huyện, thị xã” thành “Chủ tịch Ủy ban nhân dân cấp xã”.\n8. Bãi bỏ Điều 12.\nĐiều 2. Hiệu lực thi hành";
    expect(own(text)).toEqual(["amends 35", "repeals 35"]);
    // An item that replaces a provision keeps the heading's replaces.
    expect(own(text.replace("8. Bãi bỏ Điều 12.", "8. Thay thế Phụ lục II bằng Phụ lục ban hành kèm theo Nghị quyết này.\n9. Bãi bỏ Điều 12."))).toEqual(["replaces 35", "amends 35", "repeals 35"]);
  });

  it("\"Bổ sung, thay thế, bãi bỏ một số từ, cụm từ, điểm, khoản, điều của Thông tư số 44/2022/TT-BTC\", items replacing phrases only: amends and repeals (Thông tư 95/2025/TT-BTC, fresh49b-002)", () => {
    const text =
      "BỘ TÀI CHÍNH\nSố: 95/2025/TT-BTC\nTHÔNG TƯ\nSửa đổi, bổ sung một số Điều của Thông tư số 44/2022/TT-BTC\nĐiều 2. Bổ sung, thay thế, bãi bỏ một số từ, cụm từ, điểm, khoản, điều của \nThông tư số 44/2022/TT-BTC ngày 21 tháng 7 năm 2022 quy định quản lý \n1. Thay thế cụm từ “Lao động - Thương binh và Xã hội” bằng cụm từ “Nội vụ”; thay thế cụm \ntừ “cơ quan Lao động - Thương binh và Xã hội” bằng cụm từ “cơ quan Nội vụ”. \n3. Bãi bỏ Điều 10, Điều 11. \nĐiều 3. Hiệu lực thi hành \n";
    expect([...new Set(own(text))]).toEqual(["amends 44", "repeals 44"]);
  });

  it("the citation keeps its first act as its role; the second is a relation of its own, and an edge of the graph", () => {
    const a = analyze("QUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ, sửa đổi một số điều của Quyết định số 12/2010/QĐ-UBND ngày 02/3/2010 của UBND tỉnh như sau:");
    expect(a.citations.find((c) => c.number === "12")!.role).toBe("repeals");
    const graph = new CitationGraph();
    graph.add(a);
    const to = a.citations.find((c) => c.number === "12")!.id;
    expect(graph.citedBy(to).find((h) => h.id === a.self.id)!.relations).toEqual(expect.arrayContaining(["amends", "repeals"]));
  });

  it("the members of the list the series governs take both acts", () => {
    const text = "QUYẾT ĐỊNH:\nĐiều 1. Sửa đổi, bổ sung và bãi bỏ một số điều của Quyết định số 12/2010/QĐ-UBND và Quyết định số 15/2011/QĐ-UBND của UBND tỉnh như sau:";
    expect(own(text)).toEqual(["amends 12", "repeals 12", "amends 15", "repeals 15"]);
  });

  it("verbs of one act give one relation: \"Thu hồi, hủy bỏ\", \"sửa đổi, bổ sung\"", () => {
    expect(own("QUYẾT ĐỊNH:\nĐiều 1. Thu hồi, hủy bỏ Quyết định số 12/2010/QĐ-UBND ngày 02/3/2010 của UBND tỉnh.")).toEqual(["repeals 12"]);
    expect(own("QUYẾT ĐỊNH:\nĐiều 1. Sửa đổi, bổ sung một số điều của Quyết định số 12/2010/QĐ-UBND ngày 02/3/2010 của UBND tỉnh như sau:")).toEqual(["amends 12"]);
  });

  it("a second act said of the next document is that document's alone (\"thay thế X và bãi bỏ Y\")", () => {
    const text = "Điều 3. Quyết định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 12/2010/QĐ-UBND và bãi bỏ Quyết định số 15/2011/QĐ-UBND của UBND tỉnh.";
    expect(own(text)).toEqual(["replaces 12", "repeals 15"]);
  });
});
