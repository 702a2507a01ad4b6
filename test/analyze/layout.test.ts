import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { blankPageLines, unescapeLineBreaks } from "../../src/prepare/line-breaks.js";

/* Headers and line breaks as users paste them from web pages that lay a document out badly. */

describe("layout: line breaks a page shows as escapes", () => {
  it("reads the header of a text whose lines end in a literal \\r\\n", () => {
    const lines = ["ỦY BAN NHÂN DÂN | ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | ", " Số: 77/KH-UBND ", " | ", " Hà Giang, ngày 04 tháng 5 năm 2021 ", " | ", "KẾ HOẠCH", "Phòng, chống dịch bệnh năm 2021", "Thực hiện Chỉ thị số 05/CT-TTg ngày 28/01/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:"];
    const text = lines.join("\\r\\n");
    const a = analyze(text);
    expect(a.self.id).toBe("77/KH-UBND@2021~ha-giang");
    expect(a.self.title).toBe("Phòng, chống dịch bệnh năm 2021");
    expect(a.relations.filter((r) => r.from === a.self.id).map((r) => `${r.type} ${r.to}`)).toEqual(["implements 05/CT-TTg@2021"]);
    const own = a.citations.find((c) => c.role === "self")!;
    expect(text.slice(own.start, own.end)).toBe("Số: 77/KH-UBND");
  });

  it("replaces each escape one unit for one, so offsets stay put", () => {
    const s = "Số: 1/KH-UBND\\r\\nngày 2\\nx\\r";
    const u = unescapeLineBreaks(s);
    expect(u.length).toBe(s.length);
    expect(u.split("\n").map((l) => l.trim())).toEqual(["Số: 1/KH-UBND", "ngày 2", "x", ""]);
    expect(unescapeLineBreaks("a \\ b")).toBe("a \\ b");
  });
});

describe("layout: a header's rule left on the number's line", () => {
  it("reads 'Luật số:' after the rule under the issuer", () => {
    const text = "QUỐC HỘI\n\n——————-Luật số : 45/2019 / QH14\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nLUẬT\n\nTHI ĐUA, KHEN THƯỞNG\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban hành Luật Thi đua, khen thưởng.\n";
    const a = analyze(text);
    expect(a.self.id).toBe("45/2019/QH14");
    // The enacting formula names the law itself, not one more basis after "Căn cứ Hiến pháp …;": the Constitution is the only one.
    expect(a.relations.filter((r) => r.type === "based_on").map((r) => r.to)).toEqual(["constitution:hien-phap@?"]);
  });

  it("reads 'Số:' after a rule of dashes or underscores", () => {
    for (const rule of ["-------", "_____", "———"]) {
      const a = analyze(`ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n${rule} Số: 12/2021/QĐ-UBND\nHà Giang, ngày 04 tháng 5 năm 2021\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n`);
      expect(a.self.id, rule).toBe("12/2021/QĐ-UBND~ha-giang");
    }
  });
});

describe("layout: a header table flattened in other orders", () => {
  const body = "KẾ HOẠCH\nPhòng, chống thiên tai năm 2021\nThực hiện Chỉ thị số 05/CT-TTg ngày 28/01/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH";
  const headers = {
    "all its cells on one line between bars":
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | TỈNH HÀ GIANG | Độc lập - Tự do - Hạnh phúc | Số: 77/KH-UBND | Hà Giang, ngày 04 tháng 5 năm 2021 |",
    "its rows between tabs": "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 77/KH-UBND\tHà Giang, ngày 04 tháng 5 năm 2021",
    "its right column first": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Giang, ngày 04 tháng 5 năm 2021\nỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 77/KH-UBND",
  };
  for (const [name, header] of Object.entries(headers)) {
    it(`reads the number, the date and the place (${name})`, () => {
      const a = analyze(`${header}\n${body}`);
      expect(a.self.id).toBe("77/KH-UBND@2021~ha-giang");
      expect(a.relations.map((r) => `${r.type} ${r.to}`)).toEqual(["implements 05/CT-TTg@2021"]);
    });
  }

  it("a table's cell 'Số 12/2015/QĐ-UBND' without a colon is no own number", () => {
    const a = analyze(`KẾ HOẠCH\nRà soát văn bản\n| 1 | Số 12/2015/QĐ-UBND ngày 05/3/2015 | Quyết định |\n`);
    expect(a.self.number).toBeNull();
  });
});

describe("layout: the enacting formula after the preamble's list", () => {
  it("'Quốc hội ban hành Bộ luật …' is no basis of the list before it", () => {
    const text = "QUỐC HỘI\nLuật số: 45/2019/QH14\nHà Nội, ngày 20 tháng 11 năm 2019\nBỘ LUẬT\nLAO ĐỘNG\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Bộ luật Lao động.\n";
    expect(analyze(text).relations.filter((r) => r.type === "based_on").map((r) => r.to)).toEqual(["constitution:hien-phap@?"]);
  });

  it("a basis after the formula's issuer named as a basis's issuer still continues the list", () => {
    const text = "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 12/2021/QĐ-UBND\nHà Giang, ngày 04 tháng 5 năm 2021\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nNghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy chế.";
    expect(analyze(text).relations.filter((r) => r.type === "based_on").map((r) => r.to)).toEqual(["law:to-chuc-chinh-quyen-dia-phuong@2015", "30/2020/NĐ-CP"]);
  });
});

describe("layout: a document said to be replaced, in the passive", () => {
  it("'A đã bị thay thế bởi B', 'A … bị bãi bỏ, thay thế bởi B': B replaces A", () => {
    for (const verb of ["đã bị thay thế bởi", "bị bãi bỏ, thay thế bởi", "đã được thay thế bởi"]) {
      const text = `Báo cáo kết quả rà soát\n1. Quyết định số 08/2016/QĐ-UBND ngày 14/4/2016 của UBND tỉnh ${verb} Quyết định số 19/2018/QĐ-UBND ngày 02/8/2018.\n`;
      const a = analyze(text);
      expect(a.relations.filter((r) => r.type === "replaces").map((r) => `${r.from} -> ${r.to}`), verb).toEqual(["19/2018/QĐ-UBND -> 08/2016/QĐ-UBND"]);
    }
  });
});

describe("layout: a PDF page's number and running head inside a sentence", () => {
  const text = (between: string) =>
    [
      "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
      "Số: 12/2021/QĐ-UBND",
      "Hà Giang, ngày 04 tháng 5 năm 2021",
      "QUYẾT ĐỊNH",
      "Về việc bãi bỏ một quy chế",
      "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
      "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều",
      between,
      "và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật;",
      "QUYẾT ĐỊNH:",
      "Điều 1. Bãi bỏ các văn bản sau:",
      "a) Quyết định số 05/2015/QĐ-UBND ngày 10/3/2015 của Ủy ban nhân dân tỉnh về quy chế phối hợp;",
      between,
      "b) Quyết định số 07/2016/QĐ-UBND ngày 11/4/2016 của Ủy ban nhân dân tỉnh về quy chế thi đua.",
    ].join("\n");
  const read = (t: string) => analyze(t).relations.map((r) => `${r.type} ${r.from} -> ${r.to}`).sort();

  for (const between of ["- 2 -", "– 12 –", "Trang 2", "Trang 2/5", "CÔNG BÁO/Số 1023 + 1024/Ngày 25-12-2021 3", "15 CÔNG BÁO/Số 7 + 8/Ngày 05-01-2022"]) {
    it(`'${between}' is read as a blank line`, () => {
      const a = analyze(text(between));
      expect(read(text(between))).toEqual(read(text("")));
      expect(a.relations.map((r) => r.type)).toEqual(expect.arrayContaining(["guides", "repeals"]));
      expect(a.relations.filter((r) => r.type === "repeals")).toHaveLength(2);
    });
  }

  it("a line that only looks so stays: a table's row number, a dash before a number in a sentence", () => {
    expect(blankPageLines("1\n|\nQuyết định\n|")).toBe("1\n|\nQuyết định\n|");
    expect(blankPageLines("- 2 học sinh -")).toBe("- 2 học sinh -");
    expect(blankPageLines("giai đoạn 2021 - 2025\n- 3 -\nkế hoạch")).toBe("giai đoạn 2021 - 2025\n     \nkế hoạch");
    // Asked to leave the last line, as for a chunk of a longer text, whose last line may go on.
    expect(blankPageLines("kế hoạch\n- 3 -", false)).toBe("kế hoạch\n- 3 -");
    expect(blankPageLines("kế hoạch\n- 3 -\n", false)).toBe("kế hoạch\n     \n");
  });
});

describe("layout: characters that print nothing inside a word", () => {
  const plan = (line: string) => `UBND TỈNH HÀ GIANG\nSố: 77/KH-UBND\nHà Giang, ngày 05 tháng 5 năm 2021\nKẾ HOẠCH\nPhòng chống thiên tai\n${line}\n`;
  it("a soft hyphen or a zero-width joiner inside a cue or a ký hiệu changes nothing read", () => {
    for (const line of [
      "Thực hi\u00adện Quyết định số 12/2021/QĐ-UBND ngày 04/5/2021 của UBND tỉnh.",
      "Thực hiện Quyết định số 12/2021/Q\u00adĐ-UBND ngày 04/5/2021 của UBND tỉnh.",
      "Thực hiện Quyết\u200b định số 12/2021/QĐ-UB\u200dND ngày 04/5/2021 của UBND tỉnh.",
    ]) {
      const text = plan(line);
      const a = analyze(text);
      expect(a.relations.map((r) => `${r.type} ${r.to}`), JSON.stringify(line)).toEqual(["implements 12/2021/QĐ-UBND~ha-giang"]);
      const c = a.citations.find((x) => x.number === "12")!;
      // The span covers the text as given, soft hyphen and all.
      expect(text.slice(c.start, c.end).replace(/[\u00ad\u200b-\u200d]/g, "")).toBe("Quyết định số 12/2021/QĐ-UBND ngày 04/5/2021 của UBND tỉnh");
    }
  });
});

/*
 * A page that lost its line breaks, its heading and title in capitals on the same line as the
 * sentence under them ("… THUỘC HỆ THỐNG TÒA ÁN NHÂN DÂN Căn cứ Luật …", "… ________ Căn cứ Nghị định
 * …", "… CỦA THỦ TƯỚNG CHÍNH PHỦ Thực hiện Quyết định …"): the capitalised cue after a word in capitals
 * or a rule opens its clause, as at a line's start. Own sentences in that pattern.
 */
describe("a capitalised cue right after a heading's word in capitals, on one line", () => {
  const own = (t: string) => analyze(t).relations.filter((r) => r.type !== "references").map((r) => `${r.type} ${r.to}`);

  it("'… TÒA ÁN NHÂN DÂN Căn cứ Luật … số 83/2015/QH13 …;': the first basis too", () => {
    expect(own("Văn bản gốc tải về tại đây. TÒA ÁN NHÂN DÂN TỐI CAO Số: 52/TANDTC-KHTC V/v: Hướng dẫn quản lý kinh phí năm 2021 Hà Nội, ngày 10 tháng 3 năm 2021 HƯỚNG DẪN QUẢN LÝ KINH PHÍ NĂM 2021 THUỘC HỆ THỐNG TÒA ÁN NHÂN DÂN Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015; Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ;"))
      .toEqual(["based_on 83/2015/QH13", "based_on 163/2016/NĐ-CP"]);
  });

  it("'… ________________ Căn cứ Nghị định số …': after the rule under the title, a basis", () => {
    expect(own("THÔNG TƯ LIÊN TỊCH Hướng dẫn quản lý kinh phí phong trào văn hóa ________________ Căn cứ Nghị định số 60/2003/NĐ-CP ngày 06 tháng 6 năm 2003 của Chính phủ; Căn cứ Nghị định số 215/2013/NĐ-CP ngày 23 tháng 12 năm 2013 của Chính phủ;"))
      .toEqual(["based_on 60/2003/NĐ-CP", "based_on 215/2013/NĐ-CP"]);
  });

  it("a cue after a word in small letters is read as before", () => {
    // "phối hợp Thực hiện …": the word before is in small letters, no heading's.
    const a = analyze("ỦY BAN NHÂN DÂN TỈNH BÌNH AN Số: 07/CT-UBND ngày 10/3/2024 CHỈ THỊ Về tăng cường kỷ luật Đề nghị các sở, ngành phối hợp Thực hiện theo Chỉ thị số 05/CT-TTg ngày 01/3/2024 của Thủ tướng Chính phủ.");
    expect(a.relations.map((r) => `${r.type} ${r.to}`)).toEqual(["references 05/CT-TTg@2024"]);
  });
});
