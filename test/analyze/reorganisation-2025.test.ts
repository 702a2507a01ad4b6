import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { readHeader } from "../../src/analyze/header/index.js";
import type { Analysis } from "../../src/types.js";

/**
 * Plans and letters written after the 2025 reorganisation (two tiers of local government, merged
 * ministries, new Party committees), in their drafting patterns; the sentences are the tests' own.
 */
const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.type} ${r.from} -> ${r.to}`);
const cited = (a: Analysis) => a.citations.map((c) => `${c.role} ${c.id}`);

describe("a committee named after what it carries out", () => {
  it("'Ban Chỉ đạo quốc gia triển khai Nghị quyết …' names a body: the notice before it carries nothing out", () => {
    const a = analyze(
      "Văn phòng Chính phủ có Thông báo số 45/TB-VPCP kết luận của Phó Thủ tướng, Trưởng Ban Chỉ đạo quốc gia triển khai Nghị quyết số 68-NQ/TW của Bộ Chính trị tại phiên họp thứ hai.",
    );
    expect(nested(a)).toEqual([]);
  });

  it("so 'Ban Chỉ đạo thực hiện …' after a document, and 'Tổ công tác triển khai …'", () => {
    for (const text of [
      "Quyết định số 310/QĐ-UBND ngày 02/3/2025 về việc kiện toàn Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của xã.",
      "Kế hoạch số 14/KH-UBND ngày 9/4/2025 của Tổ công tác triển khai Đề án số 06/ĐA-UBND trên địa bàn phường.",
      // A Party committee's working group for a directive (fresh56b-013: "Bộ phận giúp việc thực hiện Chỉ thị 03 của Tỉnh ủy").
      "Báo cáo số 12-BC/TU ngày 5/3/2019 của Bộ phận giúp việc thực hiện Chỉ thị số 05-CT/TW của Tỉnh ủy về kết quả một năm.",
    ]) {
      expect(nested(analyze(text))).toEqual([]);
    }
  });

  it("a committee's plan 'về thực hiện' a resolution still carries it out", () => {
    const a = analyze(
      "Các đơn vị thực hiện theo Kế hoạch số 33-KH/BCĐ ngày 03 tháng 3 năm 2026 của Ban Chỉ đạo về phát triển khoa học, công nghệ của xã về thực hiện Nghị quyết số 57-NQ/TW trên địa bàn xã.",
    );
    expect(nested(a)).toEqual(["implements 33-KH/BCĐ@2026 -> 57-NQ/TW@?"]);
  });
});

describe("places a commune's or ward's plan names", () => {
  const plan = (body: string) =>
    `ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nĐẢNG ỦY PHƯỜNG KIM LIÊN\n*\nSố 14-KH/ĐU\n\nHà Nội, ngày 20 tháng 8 năm 2025\n\nKẾ HOẠCH\ntổ chức hội nghị\n\n${body}`;

  it("a name holding 'Chương' after its first word is read whole (phường Văn Chương)", () => {
    const a = analyze(plan("Thực hiện Kế hoạch số 21-KH/ĐU ngày 02/8/2025 của Đảng ủy phường Văn Chương về phối hợp công tác, Đảng ủy phường ban hành Kế hoạch như sau:"));
    expect(cited(a)).toContain("implements 21-KH/ĐU@2025~ha-noi/phuong-van-chuong");
  });

  it("a part's heading 'Chương I' still ends the place before it", () => {
    const a = analyze("(Ban hành kèm theo Quyết định số 15/2024/QĐ-UBND ngày 04/3/2024 của UBND tỉnh Quảng Nam\nChương I\nQUY ĐỊNH CHUNG");
    expect(a.citations[0].issuer?.place).toBe("Quảng Nam");
  });

  it("'Đại hội', 'Hội nghị' in sentence case after a name, its 'về' left out, end the place", () => {
    const a = analyze(plan("Thực hiện Kế hoạch số 110-KH/QU ngày 05/8/2024 của Quận ủy Hai Bà Trưng Đại hội Đảng bộ các cấp nhiệm kỳ 2025-2030; Đảng ủy phường ban hành Kế hoạch như sau:"));
    expect(cited(a)).toContain("implements 110-KH/QU@2024~ha-noi/quan-hai-ba-trung");
  });

  it("a special zone (đặc khu) is a place at the commune's level, in a heading and after a body", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nĐẶC KHU VÂN ĐỒN\n\nSố: 31/KH-UBND\n\nVân Đồn, ngày 5 tháng 9 năm 2025\n\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số\n\n" +
      "Thực hiện Kế hoạch số 150/KH-UBND ngày 20/8/2025 của UBND tỉnh Quảng Ninh; Công văn số 12-CV/ĐU ngày 25/8/2025 của Đảng ủy đặc khu Vân Đồn, Ủy ban nhân dân đặc khu ban hành Kế hoạch như sau:";
    const a = analyze(text);
    expect(a.self.jurisdiction.level).toBe("commune");
    expect(a.self.jurisdiction.district).toBe("đặc khu Vân Đồn");
    expect(cited(a)).toContain("implements 12-CV/ĐU@2025~quang-ninh/dac-khu-van-don");
  });
});

describe("Party committees that number with ĐU and are not the citing commune's", () => {
  const communePlan = (body: string) =>
    `ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ NAM ĐÀN\n*\nSố 22-KH/ĐU\n\nNam Đàn, ngày 15 tháng 9 năm 2025\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 66-NQ/TW\n\n${body}`;

  it("the Government's Party committee is one body nationwide: its plan is no commune's, and no mismatch is warned", () => {
    const a = analyze(communePlan("Thực hiện Kế hoạch số 09-KH/ĐU ngày 12/6/2025 của Đảng ủy Chính phủ về thực hiện Nghị quyết số 66-NQ/TW, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:"));
    expect(cited(a)).toContain("implements 09-KH/ĐU@2025");
    const c = a.citations.find((x) => x.id === "09-KH/ĐU@2025")!;
    expect(c.issuer).toMatchObject({ code: "ĐU", name: "Đảng ủy Chính phủ", level: "central" });
    expect(c.warnings.map((w) => w.code)).not.toContain("issuer-mismatch");
  });

  it("a plan headed by the Government's Party committee is central, whatever place its date line names", () => {
    const a = analyze("ĐẢNG BỘ CHÍNH PHỦ\nĐẢNG ỦY CHÍNH PHỦ\n*\nSố 31-KH/ĐU\n\nHà Nội, ngày 20 tháng 5 năm 2025\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 66-NQ/TW\n\nThực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị, Ban Thường vụ Đảng ủy ban hành Kế hoạch như sau:");
    expect([a.self.id, a.self.jurisdiction.level, a.self.issuer?.name]).toEqual(["31-KH/ĐU@2025", "central", "Đảng ủy Chính phủ"]);
  });

  it("the province's People's Committee's Party committee is the province's, not the commune's own Đảng ủy", () => {
    const a = analyze(
      communePlan("Thực hiện Kế hoạch số 18-KH/ĐU ngày 03/7/2025 của Ban Thường vụ Đảng ủy UBND tỉnh và Nghị quyết số 04-NQ/ĐU ngày 01/8/2025 của Đảng ủy xã, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:"),
    );
    expect(cited(a)).toEqual(expect.arrayContaining(["implements 18-KH/ĐU@2025~nghe-an", "implements 04-NQ/ĐU@2025~nghe-an/xa-nam-dan"]));
  });
});

describe("headers as the pages users copy them write them", () => {
  it("a Party header flattened onto one line: the body, its asterisk, the number, then the Party's name and the date", () => {
    const text = "BAN CHẤP HÀNH TRUNG ƯƠNG * Số 71-NQ/TW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 22 tháng 8 năm 2025\n\nNGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nvề đột phá phát triển giáo dục\n\nNhững năm qua, giáo dục có bước phát triển.";
    const a = analyze(text);
    expect([a.self.id, a.self.kind, a.self.date]).toEqual(["71-NQ/TW@2025", "resolution", "2025-08-22"]);
  });

  it("a legal database's field table: 'Số hiệu:' is the document's own number, 'Ngày ban hành:' its date", () => {
    const text =
      "Thông tư 05/2025/TT-BNNMT hướng dẫn quản lý giống cây trồng\n| Cơ quan ban hành: | Bộ Nông nghiệp và Môi trường |\n| Số hiệu: | 05/2025/TT-BNNMT | Ngày đăng công báo: | Đang cập nhật |\n| Loại văn bản: | Thông tư |\nNgày ban hành:\n18/07/2025 |\nCăn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;\n";
    // The circular's own text follows its fields (a page of fields alone tells of the document:
    // CONVENTIONS §20 (a), test/analyze/header/record-page.test.ts).
    const h = readHeader(text);
    expect(h.date).toBe("2025-07-18");
    const a = analyze(text);
    expect([a.self.id, a.self.kind, a.self.issuer?.name]).toEqual(["05/2025/TT-BNNMT", "circular", "Bộ Nông nghiệp và Môi trường"]);
  });

  it("the field's label alone, without a number after it, reads nothing", () => {
    expect(readHeader("Số hiệu: | Đang cập nhật |\nNgày ban hành: | Đang cập nhật |").numberLine).toBeNull();
  });
});

describe("a unit renamed before the merger (Thừa Thiên Huế, thành phố Huế from 1 January 2025)", () => {
  const plan = (year: number, unit: string) =>
    `ỦY BAN NHÂN DÂN\n${unit}\nSố: 31/KH-UBND\nHuế, ngày 12 tháng 3 năm ${year}\nKẾ HOẠCH\nTriển khai chuyển đổi số\nThực hiện Kế hoạch số 5-KH/TU ngày 2/3/${year} của Thành ủy, UBND thành phố ban hành Kế hoạch như sau:\n`;
  it("names its own committee as the unit was named on the document's date; the id keeps the province's slug", () => {
    const after = analyze(plan(2025, "THÀNH PHỐ HUẾ"));
    expect([after.self.id, after.self.issuer?.name]).toEqual(["31/KH-UBND@2025~thua-thien-hue", "Ủy ban nhân dân thành phố Huế"]);
    expect(analyze(plan(2024, "TỈNH THỪA THIÊN HUẾ")).self.issuer?.name).toBe("Ủy ban nhân dân tỉnh Thừa Thiên Huế");
  });
});

describe("action programmes and plans named with 'hành động'", () => {
  it("'Chương trình hành động số …', 'Kế hoạch hành động số …': the kind's words belong to the citation", () => {
    const a = analyze("Thực hiện Chương trình hành động số 25-CTr/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch hành động số 7/KH-UBND ngày 2/4/2025 của UBND xã.");
    expect(a.citations.map((c) => [c.raw.split(" số")[0], c.kind, c.role])).toEqual([
      ["Chương trình hành động", "program", "implements"],
      ["Kế hoạch hành động", "plan", "implements"],
    ]);
  });
});

describe("'theo hướng dẫn tại' a document: its guidance is followed, the document is carried out", () => {
  it("a letter that has its departments act 'theo hướng dẫn tại' a ministry's letter carries that letter out; it guides nothing", () => {
    const a = analyze(
      "Tại Công văn số 512/UBND-NC ngày 03/8/2025, Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì, triển khai thực hiện các nội dung theo hướng dẫn tại Công văn số 2210/BNV-CQĐP ngày 20/7/2025 của Bộ Nội vụ.",
    );
    expect(nested(a)).toEqual(["implements 512/UBND-NC@2025 -> 2210/BNV-CQĐP@2025"]);
  });

  it("'theo hướng dẫn của <body> tại' a document, at the head of the plan's clause, is the plan's own", () => {
    const a = analyze(
      "ỦY BAN NHÂN DÂN\nXÃ TÂN HÀ\n\nSố: 12/KH-UBND\n\nTân Hà, ngày 5 tháng 9 năm 2025\n\nKẾ HOẠCH\nChuyển đổi số năm 2025\n\nTheo hướng dẫn của Sở Khoa học và Công nghệ tại Công văn số 400/SKHCN-CĐS ngày 10/8/2025, Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
    );
    expect(a.citations.find((c) => c.number === "400")?.role).toBe("implements");
  });
});

describe("a basis named as amending the Constitution", () => {
  it("'… sửa đổi, bổ sung một số điều của Hiến pháp …, Luật … số …, Kết luận số …': the Constitution is amended alone; the documents after it are bases too", () => {
    const a = analyze(
      "BỘ TÀI CHÍNH\nSố: 512/BTC-NSNN\nV/v hướng dẫn lập dự toán năm 2026\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố.\nCăn cứ Nghị quyết số 20/2025/QH15 ngày 01/6/2025 của Quốc hội sửa đổi, bổ sung một số điều của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam, Luật Ngân sách nhà nước số 89/2025/QH15, Kết luận số 12-KL/TW ngày 03/6/2025 của Bộ Chính trị, Bộ Tài chính hướng dẫn như sau:\n",
    );
    expect(cited(a).slice(1)).toEqual(["based_on 20/2025/QH15", "references constitution:hien-phap@?", "based_on 89/2025/QH15", "based_on 12-KL/TW@2025"]);
    expect(nested(a)).toEqual(["amends 20/2025/QH15 -> constitution:hien-phap@?"]);
  });

  it("a law amending others still names them: '… sửa đổi, bổ sung một số điều của Luật A, Luật B số …' lists B as amended", () => {
    const a = analyze("Căn cứ Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ, Luật Tổ chức chính quyền địa phương số 77/2015/QH13;\n");
    expect(a.citations.filter((c) => c.number !== null).map((c) => `${c.role} ${c.id}`)).toEqual(["based_on 47/2019/QH14", "references 77/2015/QH13"]);
  });
});
