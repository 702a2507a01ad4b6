import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

/** The document's own relations, "type number", in text order. */
const own = (text: string) => {
  const a = analyze(text);
  const number = new Map(a.citations.map((c) => [c.id, c.number]));
  return a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${number.get(r.to)}`);
};

// The closing article says what the document replaces after how it takes effect or was passed.
describe("the closing article's act after the document names itself", () => {
  const decision = (closing: string) =>
    "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSố: 12/2009/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc quy định mức thủy lợi phí\nQUYẾT ĐỊNH :\nĐiều 1 . Quy định mức thu .\nĐiều 3 . Quy định áp dụng\n" + closing;

  it("the kind word alone, without \"này\", opening the effect clause (Khánh Hòa, seg33-018)", () => {
    const text = decision(
      "- Quyết định có hiệu lực thi hành sau 10 ngày kể từ ngày ký và thay thế các Quyết định số 177/2004/QĐ-UB ngày 01 tháng 10 năm 2004 , Quyết định số 65/2006/QĐ-UB ngày 04 tháng 8 năm 2006 của Uỷ ban nhân dân tỉnh về phân cấp quản lý .\n",
    );
    expect(own(text)).toEqual(["replaces 177", "replaces 65"]);
  });

  it("the kind word alone, a short predicate and a comma before the act (as after \"Quyết định này\")", () => {
    const text = decision("Điều 4 . Quyết định có hiệu lực kể từ ngày ký , thay thế Quyết định số 1673/2012/QĐ-UBND ngày 11/9/2012 .\n");
    expect(own(text)).toEqual(["replaces 1673"]);
  });

  it("another kind's word alone is another document: a decision's \"Chỉ thị có hiệu lực … và thay thế\" is not its act", () => {
    const text = decision("Chỉ thị có hiệu lực kể từ ngày ký và thay thế Chỉ thị số 05/2004/CT-UB ngày 01 tháng 10 năm 2004 .\n");
    expect(own(text)).toEqual([]);
  });

  it("a resolution passed by the council, then its act joined by \"và\" (Nghệ An, seg33-007)", () => {
    const text =
      "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN\nSố: 279/2009/NQ-HĐND\nNGHỊ QUYẾT\nVề chính sách hỗ trợ đầu tư\nQUYẾT NGHỊ :\nĐiều 1 . Ban hành chính sách .\nĐiều 3 . Hiệu lực thi hành\n" +
      "Nghị quyết này đã được Hội đồng nhân dân tỉnh Nghệ An Khoá XV kỳ họp thứ 15 thông qua và thay thế Nghị quyết số 185/2007/NQ-HĐND ngày 25 tháng 7 năm 2007 của Hội đồng nhân dân tỉnh .\n";
    expect(own(text)).toEqual(["replaces 185"]);
  });

  it("a part named down to its \"Tiết 2.1\" opens the list's next member (Hà Nội, seg33c-019)", () => {
    const text =
      "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 96/2009/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc cấp phép xây dựng\nQUYẾT ĐỊNH :\nĐiều 1 . Ban hành Quy định .\n" +
      "Điều 2 . Quyết định này có hiệu lực sau 15 ngày kể từ ngày ký và thay thế Quyết định số 79/2007/QĐ-UB ngày 11/7/2007 ban hành Quy định cấp Giấy phép xây dựng ; Thông báo số 427/TB-UBND ngày 26/12/2007 về việc tạm dừng thực hiện một điểm của Khoản 12 Điều 7 Quy định cấp phép xây dựng ban hành kèm theo Quyết định số 79/2007/QĐ-UB ngày 11/7/2007 và Điều 1 , Khoản V , Điểm 2 , Tiết 2.1 Quyết định số 51/2008/QĐ-UBND ngày 16/12/2008 về việc phân cấp quản lý .\n";
    expect(own(text)).toEqual(["replaces 79", "replaces 427", "replaces 51"]);
  });
});

// Words put in or replaced in a document amend it (vocab WORDING_VERBS, WORDING_WORDS); words repealed
// repeal it, as any part's repeal does (dev-005; fixtures/fresh/CONVENTIONS.md §2).
describe("an act whose object is wording amends the document, a repeal of words repeals it", () => {
  const decree = (article: string) => "CHÍNH PHỦ\nSố: 10/2025/NĐ-CP\nNGHỊ ĐỊNH\nSửa đổi một số nghị định\nĐiều 1. Phạm vi.\n" + article + "\n";

  it("\"Thay thế, bãi bỏ một số từ, cụm từ của Quy định kèm theo Nghị quyết số X\" (Thừa Thiên Huế, full33-007)", () => {
    const text =
      "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ\nSố: 33/2025/NQ-HĐND\nNGHỊ QUYẾT\nSửa đổi quy định\nQUYẾT NGHỊ:\n" +
      "Điều 2. Thay thế, bãi bỏ một số từ, cụm từ của Quy định kèm theo Nghị quyết số 09/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh Thừa Thiên Huế\n";
    expect(own(text)).toEqual(["amends 09", "repeals 09"]);
  });

  it("\"Thay thế, bãi bỏ một số cụm từ của Nghị quyết số X\" amends and repeals X (Hà Nội 12/2025/NQ-HĐND, fresh41d-007)", () => {
    const text =
      "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 12/2025/NQ-HĐND\nNGHỊ QUYẾT\nSửa đổi, bổ sung một số Nghị quyết\nQUYẾT NGHỊ:\n" +
      "Điều 2. Thay thế, bãi bỏ một số cụm từ của Nghị quyết số 27/2024/NQ-HĐND ngày 19 tháng 11 năm 2024 của Hội đồng nhân dân thành phố Hà Nội quy định việc nhường quyền khai thác\n" +
      "1. Thay thế cụm từ “Ủy ban nhân dân quận, huyện, thị xã” thành cụm từ “Ủy ban nhân dân cấp xã” và bãi bỏ cụm từ “của huyện” tại điểm b khoản 5 Điều 3.\n";
    expect(own(text)).toEqual(["amends 27", "repeals 27"]);
  });

  it("\"Bãi bỏ cụm từ … tại khoản 2 Điều 1 của Thông tư số X\" repeals X, amends nothing (21/2026/TT-BCT, fresh45b-002)", () => {
    const text =
      "BỘ CÔNG THƯƠNG\nSố: 21/2026/TT-BCT\nTHÔNG TƯ\nBãi bỏ một phần khoản 2 Điều 1 của một Thông tư\n" +
      "Điều 1. Bãi bỏ một phần khoản 2 Điều 1\n" +
      "Bãi bỏ cụm từ \"dấu hỏa\" tại khoản 2 Điều 1 của Thông tư số 18/2025/TT-BCT.\n";
    expect(own(text)).toEqual(["repeals 18"]);
  });

  it("\"Bãi bỏ, thay thế một số cụm từ tại Nghị định số X\", \"Thay thế một số cụm từ tại …\"", () => {
    expect(own(decree("Điều 23. Bãi bỏ, thay thế một số cụm từ tại Nghị định số 162/2013/NĐ-CP ngày 12 tháng 11 năm 2013 của Chính phủ"))).toEqual(["repeals 162", "amends 162"]);
    expect(own(decree("Điều 9. Thay thế một số cụm từ tại Nghị định số 67/2023/NĐ-CP ngày 6 tháng 9 năm 2023 của Chính phủ"))).toEqual(["amends 67"]);
  });

  it("wording with provisions after it is no wording alone: \"Sửa đổi, bổ sung, thay thế, bãi bỏ một số cụm từ, khoản, điều của Quy định … Quyết định số X\" (Hà Nội 40/2025/QĐ-UBND, fresh41a-015)", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 40/2025/QĐ-UBND\nQUYẾT ĐỊNH\nSửa đổi, bổ sung các Quy định\nQUYẾT ĐỊNH:\n" +
      "Điều 2. Sửa đổi, bổ sung, thay thế, bãi bỏ một số cụm từ, khoản, điều của Quy định về một số nội dung thuộc lĩnh vực đất đai trên địa bàn thành phố Hà Nội ban hành kèm theo Quyết định số 61/2024/QĐ-UBND ngày 27 tháng 9 năm 2024 của Ủy ban nhân dân thành phố Hà Nội\n" +
      "6. Thay thế một số cụm từ tại các Điều, khoản như sau:\n7. Bãi bỏ: Điều 15.\n8. Các biểu mẫu quy định trong Quyết định này thay thế các biểu mẫu tại Phụ lục II.\nĐiều 3. Hiệu lực\n";
    expect(own(text)).toEqual(["amends 61", "replaces 61", "repeals 61"]);
  });

  // The heading's "thay thế" replaces what the article's items replace (roles/wording-series.ts).
  it("a heading's series over wording and provisions whose items replace wording alone amends, not replaces (95/2025/TT-BTC, fresh49b-002)", () => {
    const text =
      "BỘ TÀI CHÍNH\nSố: 95/2025/TT-BTC\nTHÔNG TƯ\nSửa đổi, bổ sung một số Điều của Thông tư số 44/2022/TT-BTC\nĐiều 1. Sửa đổi khoản 2 Điều 3 như sau:\n“2. Nội dung.”\n" +
      "Điều 2. Bổ sung, thay thế, bãi bỏ một số từ, cụm từ, điểm, khoản, điều của \nThông tư số 44/2022/TT-BTC ngày 21 tháng 7 năm 2022 quy định quản lý và \nsử dụng kinh phí chi thường xuyên \n" +
      "1. Thay thế cụm từ “Lao động - Thương binh và Xã hội” bằng cụm từ “Nội \nvụ” tại Thông tư số 44/2022/TT-BTC; thay thế cụm \ntừ “cơ quan Lao động - Thương binh và Xã hội” bằng cụm từ “cơ quan Nội vụ” tại khoản 3 Điều 8 Thông tư số 44/2022/TT-BTC. \n" +
      "2. Bãi bỏ Điều 10, Điều 11 Thông tư số 44/2022/TT-BTC. \nĐiều 3. Hiệu lực thi hành \n1. Thông tư này có hiệu lực thi hành từ ngày 20 tháng 10 năm 2025.\n";
    expect(own(text)).not.toContain("replaces 44");
    expect(own(text)).toContain("amends 44");
    expect(own(text)).toContain("repeals 44");
  });

  it("so with provisions before the wording: \"Thay thế, sửa đổi, bổ sung, bãi bỏ một số điều, khoản, điểm, cụm từ của Nghị quyết số X\" (HĐND Hà Nội, fresh41d-007)", () => {
    const text =
      "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 12/2025/NQ-HĐND\nNGHỊ QUYẾT\nSửa đổi, bổ sung một số Nghị quyết\nQUYẾT NGHỊ:\n" +
      "        Điều 1. Thay thế, sửa đổi, bổ sung, bãi bỏ một số điều, khoản, điểm,\ncụm từ của Nghị quyết số 35/2024/NQ-HĐND ngày 10 tháng 12 năm 2024 của Hội đồng nhân dân Thành phố\n" +
      "        1. Sửa đổi Điều 1 như sau:\n        “Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định thẩm quyền.”\n" +
      "2. Thay thế cụm từ “Chủ tịch Ủy ban nhân dân quận, huyện, thị xã” thành \n“Chủ tịch Ủy ban nhân dân xã, phường” tại khoản 1 Điều 7.\n8. Bãi bỏ Điều 12, Điều 17.\n" +
      "Điều 4. Tổ chức thực hiện\n";
    expect(own(text)).toEqual(["amends 35", "repeals 35"]);
  });

  it("an item that replaces a form keeps the heading's replaces (Hà Nội 40/2025/QĐ-UBND, fresh41a-015)", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 40/2025/QĐ-UBND\nQUYẾT ĐỊNH\nSửa đổi, bổ sung các Quy định\nQUYẾT ĐỊNH:\n" +
      "Điều 2. Sửa đổi, bổ sung, thay thế, bãi bỏ một số cụm từ, khoản, điều của Quy định về một số nội dung thuộc lĩnh vực đất đai trên địa bàn thành phố Hà Nội ban hành kèm theo Quyết định số 61/2024/QĐ-UBND ngày 27 tháng 9 năm 2024 của Ủy ban nhân dân thành phố Hà Nội\n" +
      "1. Thay thế cụm từ “cấp huyện” bằng cụm từ “cấp xã” tại khoản 2 Điều 3.\n7. Bãi bỏ: Điều 15, khoản 2 Điều 16.\n" +
      "\t8. Các biểu mẫu quy định trong Quyết định này thay thế các biểu mẫu tại Phụ lục II kèm theo Quyết định số 61/2024/QĐ-UBND ngày 27 tháng 9 năm 2024.\n" +
      "Điều 3. Hiệu lực thi hành\n";
    expect(own(text)).toContain("replaces 61");
  });

  it("\"từ\" meaning \"from\" is no wording: \"Bãi bỏ từ ngày … Nghị định số X\" repeals X", () => {
    expect(own(decree("Điều 2. Bãi bỏ từ ngày 01/01/2024 Nghị định số 67/2023/NĐ-CP ngày 6 tháng 9 năm 2023"))).toEqual(["repeals 67"]);
  });
});

// A guidance names itself "Hướng dẫn này": its kind's word, which is a guiding cue's word too.
describe("a kind's word that is a cue's word, naming the document itself", () => {
  const guidance = (closing: string) =>
    "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC\nSố: 185/HD-VTLTNN\nHƯỚNG DẪN\nXây dựng cơ sở dữ liệu lưu trữ\nI. QUY ĐỊNH CHUNG\n1 . Phạm vi áp dụng .\nIII. TỔ CHỨC THỰC HIỆN\n" + closing;

  it("\"Hướng dẫn này , thay thế\" replaces; the cue word guides nothing (Cục VTLTNN 2009, seg34-015)", () => {
    const text = guidance("3 . Hướng dẫn này , thay thế Phần III Công văn số 608/LTNN-TTNC ngày 19/11/1999 của Cục Lưu trữ Nhà nước về việc hướng dẫn ứng dụng công nghệ thông tin .\n");
    expect(own(text)).toEqual(["replaces 608"]);
  });

  it("\"Hướng dẫn này thay thế Hướng dẫn …\" (Bộ Xây dựng's BIM guidance, 2021)", () => {
    const text = guidance("Hướng dẫn này thay thế Hướng dẫn tạm thời được công bố kèm theo Quyết định số 1057/QĐ-BXD ngày 11/10/2017 .\n");
    expect(own(text)).toEqual(["replaces 1057"]);
  });

  it("\"Hướng dẫn\" before anything else still guides", () => {
    const text = guidance("Hướng dẫn thực hiện Nghị định số 111/2004/NĐ-CP ngày 08/4/2004 .\n");
    expect(own(text)).toEqual(["guides 111"]);
  });
});

// "thay thế A bằng B" names what takes A's place; a noun that holds "bằng" names nothing (vocab SUBSTITUTE_NOUNS_*).
describe("a noun holding 'bằng' inside what a closing article replaces", () => {
  const decision = (closing: string) =>
    "ĐẠI HỌC QUỐC GIA HÀ NỘI\nSố: 4455/QĐ-ĐHQGHN\nQUYẾT ĐỊNH\nVề việc ban hành Quy định\nQUYẾT ĐỊNH:\n" + closing;

  // fresh41c-013's whole quoted name ("văn bằng, chứng chỉ tại …", past the act's plain reach) is read by RULE_NAMED's
  // opening mark (test/analyze/roles/plain-promulgation.test.ts), not by this rule: the comma was never the stop.
  it("'văn bằng' (a diploma) in the replaced regulation's name (fresh41c-013's drafting)", () => {
    const text = decision(
      "Điều 2. Quyết định có hiệu lực kể từ ngày ký và thay thế “Quy định về quản lý văn bằng” được ban hành theo Quyết định số 3086/QĐ-ĐHQGHN ngày 20 tháng 10 năm 2020.\n",
    );
    expect(own(text)).toEqual(["replaces 3086"]);
  });

  it("'mặt bằng' and 'bằng khen' the same; a real substitute still names what takes the place", () => {
    expect(own(decision("Điều 2. Quyết định này thay thế Quy chế giải phóng mặt bằng ban hành kèm theo Quyết định số 51/2001/QĐ-UB.\n"))).toEqual(["replaces 51"]);
    expect(own(decision("Điều 2. Quyết định này thay thế Quy chế xét tặng bằng khen ban hành kèm theo Quyết định số 52/2001/QĐ-UB.\n"))).toEqual(["replaces 52"]);
    expect(own(decision("Điều 2. Thay thế liên 1 hóa đơn bằng bảng kê chi tiết theo Quyết định số 53/2001/QĐ-UB.\n"))).not.toContain("replaces 53");
  });
});
