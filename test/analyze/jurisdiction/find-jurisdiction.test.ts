import { describe, expect, it } from "vitest";
import { PROVINCE_WORD } from "../../../src/analyze/jurisdiction/most-named.js";
import { analyze } from "../../../src/analyze/index.js";

describe("the province word scan", () => {
  it("matches what the Unicode case-insensitive regex matches, whatever character stands for each letter", () => {
    const unicode = new RegExp(PROVINCE_WORD.source, "iu");
    const plain = new RegExp(PROVINCE_WORD.source, "i");
    const differ: string[] = [];
    for (const word of ["tỉnh ", "thành phố "]) {
      for (let at = 0; at < word.length - 1; at++) {
        for (let c = 0; c < 0x10000; c++) {
          if (c >= 0xd800 && c <= 0xdfff) continue;
          const s = word.slice(0, at) + String.fromCharCode(c) + word.slice(at + 1);
          if (unicode.test(s) !== plain.test(s)) differ.push(`${word.trim()}[${at}] U+${c.toString(16)}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it("reads the province a plan names most often, in any case", () => {
    const text = "KẾ HOẠCH\nPhát triển du lịch\nCác huyện của TỈNH QUẢNG NAM và tỉnh Quảng Nam; Tỉnh Quảng Ngãi.";
    expect(analyze(text).self.jurisdiction.province).toBe("Quảng Nam");
  });
});

describe("the header's place", () => {
  const plan = (issuer: string) =>
    `${issuer}\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố, ngày 5 tháng 3 năm 2022\n\nKẾ HOẠCH\nPhòng chống thiên tai\n\nCăn cứ Quyết định số 45/QĐ-UBND ngày 1/2/2021 của UBND tỉnh;\n`;

  it("reads 'TP.' and 'TP' as 'THÀNH PHỐ': a centrally-run city is a province, another city a district", () => {
    expect(analyze(plan("UBND TP. HỒ CHÍ MINH")).self).toMatchObject({ id: "12/KH-UBND@2022~ho-chi-minh", jurisdiction: { level: "province", province: "Hồ Chí Minh" } });
    expect(analyze(plan("UBND TP HỒ CHÍ MINH")).self.jurisdiction).toMatchObject({ level: "province", province: "Hồ Chí Minh" });
    expect(analyze(plan("ỦY BAN NHÂN DÂN\nTP. CẦN THƠ")).self.jurisdiction).toMatchObject({ level: "province", province: "Cần Thơ" });
    expect(analyze(plan("UBND TP. VINH")).self.jurisdiction).toMatchObject({ level: "district", district: "thành phố Vinh" });
  });
});

describe("the date line's place", () => {
  // A header set as a table and flattened row by row: the body's cell has lost its place line.
  const flattened = (placeLine: string, header = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |") =>
    `${header}\nSố: 40/KH-UBND | ${placeLine}, ngày 9 tháng 6 năm 2021 |\nThực hiện Quyết định số 77/QĐ-TTg ngày 02/3/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n1. Mục đích\nNâng cao nhận thức của cán bộ.\n`;

  it("names the province when nothing above it does", () => {
    expect(analyze(flattened("Hà Tĩnh")).self).toMatchObject({ id: "40/KH-UBND@2021~ha-tinh", jurisdiction: { province: "Hà Tĩnh" } });
    expect(analyze(flattened("Đồng Nai")).self.jurisdiction.province).toBe("Đồng Nai");
  });

  it("names no province when it is a town's or a district's name", () => {
    expect(analyze(flattened("Mỹ Tho")).self.jurisdiction.province).toBeNull();
    expect(analyze(flattened("Châu Thành")).self.jurisdiction.province).toBeNull();
  });

  it("gives way to the header's own place, and says nothing for a district document", () => {
    expect(analyze(flattened("Hà Tĩnh", "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN")).self.jurisdiction.province).toBe("Nghệ An");
    // huyện Hòa Bình is in Bạc Liêu: its date line names a district, not the province Hòa Bình.
    expect(analyze(flattened("Hòa Bình", "ỦY BAN NHÂN DÂN\nHUYỆN HÒA BÌNH")).self.jurisdiction).toMatchObject({ district: "huyện Hòa Bình", province: null });
  });
});

describe("a header's two columns flattened onto one line", () => {
  const body = "KẾ HOẠCH\nPhòng chống thiên tai năm 2023\nThực hiện Kế hoạch số 8/KH-UBND ngày 3/1/2023 của UBND tỉnh, UBND huyện ban hành Kế hoạch như sau:\n";

  it("reads each cell between bars, or after a tab, as the line it was", () => {
    const bars = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nHUYỆN PHÙ MỸ | Độc lập - Tự do - Hạnh phúc |\nSố: 90/KH-UBND | Phù Mỹ, ngày 9 tháng 1 năm 2023 |\n";
    expect(analyze(bars + body).self).toMatchObject({ id: "90/KH-UBND@2023~?/huyen-phu-my", jurisdiction: { level: "district", district: "huyện Phù Mỹ" } });
    const oneRow = "UBND HUYỆN PHÙ MỸ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 90/KH-UBND | Phù Mỹ, ngày 9 tháng 1 năm 2023 |\n";
    expect(analyze(oneRow + body).self.id).toBe("90/KH-UBND@2023~?/huyen-phu-my");
    // A Word table's cells, a tab apart; the Party's name is no place of the committee's.
    const tabs = "ĐẢNG BỘ TỈNH BÌNH ĐỊNH\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY PHÙ MỸ\t\n*\tPhù Mỹ, ngày 9 tháng 1 năm 2023\nSố 90-KH/HU\n";
    expect(analyze(tabs + body).self).toMatchObject({ id: "90-KH/HU@2023~binh-dinh/huyen-phu-my", jurisdiction: { level: "district", province: "Bình Định" } });
    expect(analyze("TỈNH ỦY BÌNH ĐỊNH | ĐẢNG CỘNG SẢN VIỆT NAM |\nSố 90-KH/TU | Quy Nhơn, ngày 9 tháng 1 năm 2023 |\n" + body).self.id).toBe("90-KH/TU@2023~binh-dinh");
  });
});

describe("a district Party committee under its province's organisation", () => {
  const plan = (body: string) =>
    ["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NAM ĐÀN", "*", "Số 30-KH/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Nam Đàn, ngày 4 tháng 5 năm 2020", "KẾ HOẠCH", "về công tác dân vận năm 2020", "-----", body, ""].join("\n");

  it("is at the district's level: the committee's own bare codes are the district's", () => {
    const a = analyze(plan("Tiếp tục thực hiện Nghị quyết số 07-NQ/HU ngày 2/1/2017 của Ban Chấp hành Đảng bộ huyện và Kế hoạch số 11-KH/TU ngày 3/2/2020."));
    expect(a.self.jurisdiction).toMatchObject({ level: "district", province: "Nghệ An", district: "huyện Nam Đàn" });
    expect(a.citations.filter((c) => c.role !== "self").map((c) => c.id)).toEqual(["07-NQ/HU@2017~nghe-an/huyen-nam-dan", "11-KH/TU@2020~nghe-an"]);
  });

  it("a commune's committee under its district's organisation is the commune's, not the district's", () => {
    const resolution = ["ĐẢNG BỘ HUYỆN YÊN THÀNH", "ĐẢNG ỦY XÃ BẢO THÀNH", "*", "Số 20-NQ/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Bảo Thành, ngày 4 tháng 1 năm 2021", "NGHỊ QUYẾT", "về nhiệm vụ năm 2021", "-----", "Nội dung.", ""].join("\n");
    const a = analyze(resolution);
    expect(a.self.id).toBe("20-NQ/ĐU@2021~?/xa-bao-thanh");
  });

  it("a province's block committee's bare code is the province's", () => {
    const plan = ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*", "Số 45-KH/ĐUK", "Vinh, ngày 4 tháng 1 năm 2021", "KẾ HOẠCH", "về công tác dân vận", "-----", "Tiếp tục thực hiện Nghị quyết số 03-NQ/ĐUK ngày 2/2/2020.", ""].join("\n");
    const a = analyze(plan);
    expect(a.citations.map((c) => c.id)).toEqual(["45-KH/ĐUK@2021~nghe-an", "03-NQ/ĐUK@2020~nghe-an"]);
  });

  it("the province's own committee under the same line stays the province's", () => {
    const own = ["ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY", "*", "Số 30-KH/TU", "Vinh, ngày 4 tháng 5 năm 2020", "KẾ HOẠCH", "về công tác dân vận năm 2020", "-----", "Nội dung.", ""].join("\n");
    expect(analyze(own).self.jurisdiction).toMatchObject({ level: "province", province: "Nghệ An", district: null });
  });
});

describe("a place named in the title", () => {
  it("keeps an apostrophe between letters inside the name ('huyện Krông H’mai')", () => {
    const text = "KẾ HOẠCH\nHoạt động của Tổ công tác cải cách hành chính huyện Krông H’mai năm 2024\nThực hiện Kế hoạch số 9/KH-UBND ngày 5/1/2024 của UBND huyện, Tổ công tác ban hành Kế hoạch.\n";
    const a = analyze(text);
    expect(a.self.jurisdiction.district).toBe("huyện Krông H’mai");
    expect(a.citations.map((c) => c.id)).toEqual(["09/KH-UBND@2024~?/huyen-krong-h-mai"]);
  });

  // A provincial council's resolution on naming streets in one of its cities (HĐND tỉnh Lào Cai, 2005 and 2013).
  const streets = (title: string) =>
    `HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 32/2013/NQ-HĐND\nLào Cai, ngày 13 tháng 12 năm 2013\n\nNGHỊ QUYẾT\n\n${title}\n\nHỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\n\nKHÓA XIV - KỲ HỌP THỨ 9\n\nCăn cứ Nghị định số 91/2005/NĐ-CP ngày 11/7/2005 của Chính phủ;\n\nQUYẾT NGHỊ:\n`;

  it("under a province's heading is where the act applies, not the issuer ('trên địa bàn thành phố Lào Cai')", () => {
    for (const title of ["Về việc đặt tên đường, phố và công trình công cộng trên địa bàn thành phố Lào Cai", "Về việc đặt tên đường, phố trên địa bàn thị xã Sa Pa"]) {
      const { self } = analyze(streets(title));
      expect(self).toMatchObject({ id: "32/2013/NQ-HĐND~lao-cai", jurisdiction: { level: "province", province: "Lào Cai", district: null } });
      expect(self.issuer?.name).toBe("Hội đồng nhân dân tỉnh Lào Cai");
    }
  });

  it("still names the district of a document whose heading names no place", () => {
    const text = "KẾ HOẠCH\nPhát triển du lịch trên địa bàn thị xã Sa Pa năm 2024\nThực hiện Kế hoạch số 9/KH-UBND ngày 5/1/2024 của UBND tỉnh Lào Cai.\n";
    expect(analyze(text).self.jurisdiction).toMatchObject({ level: "district", district: "thị xã Sa Pa" });
  });
});

describe("a department named before 'tại' and its document ('đề nghị của Giám đốc Sở Y tế tại Tờ trình số 41/YT-NV')", () => {
  const doc = (clause: string) =>
    ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM", "Số: 15/2008/QĐ-UBND", "Kon Tum, ngày 10 tháng 3 năm 2008", "QUYẾT ĐỊNH", "Về việc ban hành quy định", "ỦY BAN NHÂN DÂN TỈNH", clause, "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định."].join("\n");
  const cited = (clause: string) => analyze(doc(clause)).citations.filter((c) => c.role !== "self").map((c) => [c.id, c.issuer?.name ?? null]);

  it("issues it where its ký hiệu names no body, or the ministry by the initials a department writes too", () => {
    expect(cited("Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 41/YT-NV ngày 02/3/2008,")).toEqual([["41/YT-NV@2008~kon-tum", "Sở Y tế"]]);
    expect(cited("Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 230/LĐTBXH-BTXH ngày 02/3/2008,")).toEqual([["230/LĐTBXH-BTXH@2008~kon-tum", "Sở Lao động - Thương binh và Xã hội"]]);
  });

  it("'tại' in capitals, decomposed, or before a line break or non-breaking spaces names it too; a comma after it does not", () => {
    for (const sep of [" TẠI ", " ta\u0323i ", " tại\n", " tại\u00a0\u00a0"]) {
      expect(cited(`Xét đề nghị của Giám đốc Sở Y tế${sep}Tờ trình số 41/YT-NV ngày 02/3/2008,`)).toEqual([["41/YT-NV@2008~kon-tum", "Sở Y tế"]]);
    }
    expect(cited("Xét đề nghị của Giám đốc Sở Y tế tại, Tờ trình số 41/YT-NV ngày 02/3/2008,")).toEqual([["41/YT-NV@2008", null]]);
  });

  it("does not where the ministry's own code is written, or a body is named after the number", () => {
    expect(cited("Xét đề nghị của Sở Tài chính tại Công văn số 77/BTC-NSNN ngày 02/3/2008,")).toEqual([["77/BTC-NSNN@2008", "Bộ Tài chính"]]);
    expect(cited("Thực hiện ý kiến của Sở Lao động - Thương binh và Xã hội tại Công văn số 230/LĐTBXH-BTXH ngày 02/3/2008 của Bộ Lao động - Thương binh và Xã hội,")).toEqual([["230/LĐTBXH-BTXH@2008", "Bộ Lao động - Thương binh và Xã hội"]]);
  });
});
