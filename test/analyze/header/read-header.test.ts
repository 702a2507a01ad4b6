/**
 * The heading read as a whole (src/analyze/header/read-header.ts): kind, title, number, date, place and
 * issuer together.
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

/** A header laid out as a table whose cells wrapped: the lines break inside "Số: …" and inside the date. */
const TABLE_HEADER = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH LẠNG SƠN",
  "-------",
  "|",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "|",
  "Số:",
  "07/KH-UBND",
  "|",
  "Lạng Sơn, ngày 13",
  "tháng 01 năm 2020",
  "|",
  "KẾ HOẠCH",
  "TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN",
  "Thực hiện Chỉ thị số 8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
].join("\n");
describe("the document's own header", () => {
  it("reads the number and the date where a wrapped table cell breaks their lines", () => {
    const h = readHeader(TABLE_HEADER);
    expect(h.date).toBe("2020-01-13");
    expect(h.numberLine).not.toBeNull();
    const a = analyze(TABLE_HEADER, { path: "kh-07.txt" });
    expect(a.self.id).toBe("07/KH-UBND@2020~lang-son");
    expect(a.citations.map((c) => c.role)).toEqual(["self", "implements"]);
  });

  it("a kind line 'CHƯƠNG TRÌNH HÀNH ĐỘNG' or 'KẾ HOẠCH HÀNH ĐỘNG' heads the title, whose cues are the document's own", () => {
    const text = (kindLine: string, code: string) =>
      `ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 17/${code}-UBND\nHà Nam, ngày 02 tháng 3 năm 2023\n${kindLine}\nTHỰC HIỆN CHỈ THỊ SỐ 03/CT-TTG NGÀY 10/02/2023 CỦA THỦ TƯỚNG CHÍNH PHỦ\nVỀ CÔNG TÁC BẢO VỆ RỪNG\nI. MỤC ĐÍCH\n`;
    for (const [line, code, kind] of [["CHƯƠNG TRÌNH HÀNH ĐỘNG", "CTr", "program"], ["KẾ HOẠCH HÀNH ĐỘNG", "KH", "plan"]]) {
      const h = readHeader(text(line, code));
      expect([h.kind, h.title]).toEqual([kind, "THỰC HIỆN CHỈ THỊ SỐ 03/CT-TTG NGÀY 10/02/2023 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ CÔNG TÁC BẢO VỆ RỪNG"]);
      expect(analyze(text(line, code)).citations.map((c) => c.role)).toEqual(["self", "implements"]);
    }
    // A title's own line that merely opens with the words is no kind line.
    expect(readHeader("UBND TỈNH X\nSố: 5/KH-UBND\nKẾ HOẠCH\nKẾ HOẠCH HÀNH ĐỘNG VÌ TRẺ EM\n").title).toBe("KẾ HOẠCH HÀNH ĐỘNG VÌ TRẺ EM");
  });

  it("a title opening with a kind word as its verb, the kind line dropped: the own number's type code tells the kind", () => {
    const head = (code: string, line: string) => `HỘI ĐỒNG NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 12/2024/${code}\nYên Bái, ngày 10 tháng 7 năm 2024\n${line}\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n`;
    const h = readHeader(head("NQ-HĐND", "QUY ĐỊNH MỨC HỖ TRỢ CÁN BỘ Y TẾ THÔN, BẢN"));
    expect([h.kind, h.title]).toEqual(["resolution", "QUY ĐỊNH MỨC HỖ TRỢ CÁN BỘ Y TẾ THÔN, BẢN"]);
    expect(analyze(head("NQ-HĐND", "QUY ĐỊNH MỨC HỖ TRỢ CÁN BỘ Y TẾ THÔN, BẢN")).self.kind).toBe("resolution");
    // The number agreeing, or a kind word alone on its line, the heading's kind stands.
    expect(readHeader(head("KH-UBND", "KẾ HOẠCH HÀNH ĐỘNG VÌ TRẺ EM")).kind).toBe("plan");
    expect(readHeader(head("CT-UBND", "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH BÌNH ĐẲNG GIỚI")).kind).toBe("decision");
  });

  it("a page that dropped the kind line keeps the title in capitals under the place and date: it is read, and its cues are the document's own", () => {
    // The header as a flattened table ("HỘI ĐỒNG NHÂN DÂN |"), the date on the number's line or under it.
    const page = (numberAndDate: string, title: string, below = "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI\nKHÓA XVIII, KỲ HỌP THỨ 9\n") =>
      `HỘI ĐỒNG NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n${numberAndDate}\n${title}\n${below}Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;\n`;
    const repealing = page("Số: 15/2021/NQ-HĐND |\nYên Bái, ngày 10 tháng 7 năm 2021 |", "BÃI BỎ ĐIỀU 2 NGHỊ QUYẾT SỐ 20/2018/NQ-HĐND NGÀY 14 THÁNG 12 NĂM 2018 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH");
    const h = readHeader(repealing);
    expect([h.kind, h.title]).toEqual(["resolution", "BÃI BỎ ĐIỀU 2 NGHỊ QUYẾT SỐ 20/2018/NQ-HĐND NGÀY 14 THÁNG 12 NĂM 2018 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH"]);
    expect(analyze(repealing).citations.filter((c) => c.number !== null).map((c) => `${c.number} ${c.role}`)).toEqual(["15 self", "20 repeals"]);
    const amending = page("Số: 16/2021/NQ-HĐND | Yên Bái, ngày 10 tháng 7 năm 2021 |", "VỀ VIỆC SỬA ĐỔI, BỔ SUNG NGHỊ QUYẾT SỐ 09/2019/NQ-HĐND NGÀY 05 THÁNG 7 NĂM 2019\nCỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ MỨC THU PHÍ");
    expect(readHeader(amending).title).toBe("VỀ VIỆC SỬA ĐỔI, BỔ SUNG NGHỊ QUYẾT SỐ 09/2019/NQ-HĐND NGÀY 05 THÁNG 7 NĂM 2019 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ MỨC THU PHÍ");
    expect(analyze(amending).citations.filter((c) => c.number !== null).map((c) => `${c.number} ${c.role}`)).toEqual(["16 self", "09 amends"]);
    // The page dropped the title too: the line under the date names the enacting body, no title.
    expect(readHeader(page("Số: 17/2021/NQ-HĐND |\nYên Bái, ngày 10 tháng 7 năm 2021 |", "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI", "KHÓA XVIII, KỲ HỌP THỨ 9\n")).title).toBeNull();
    // Capitals under the date that neither the enacting body, its session nor the preamble follows: a table's row, no title.
    expect(readHeader(page("Số: 18/2021/NQ-HĐND |\nYên Bái, ngày 10 tháng 7 năm 2021 |", "DANH MỤC CÁC KHOẢN PHÍ", "Phí tham quan di tích: 20.000 đồng.\n")).title).toBeNull();
  });

  it("a kind line 'HƯỚNG DẪN LIÊN NGÀNH' or 'HƯỚNG DẪN LIÊN TỊCH' heads a joint guidance's title", () => {
    for (const [line, code] of [["HƯỚNG DẪN LIÊN NGÀNH", "HDLN"], ["HƯỚNG DẪN LIÊN TỊCH", "HDLT"]]) {
      const text = `SỞ TÀI CHÍNH - SỞ NỘI VỤ\nSố: 03/${code}-STC-SNV\nBắc Ninh, ngày 12 tháng 5 năm 2011\n${line}\nTHỰC HIỆN CHẾ ĐỘ PHỤ CẤP CHO CÁN BỘ XÃ\nCăn cứ Nghị định số 92/2009/NĐ-CP ngày 22/10/2009 của Chính phủ;\n`;
      const h = readHeader(text);
      expect([h.kind, h.title]).toEqual(["guidance", "THỰC HIỆN CHẾ ĐỘ PHỤ CẤP CHO CÁN BỘ XÃ"]);
      expect(analyze(text).citations.map((c) => [c.role, c.kind])).toEqual([["self", "guidance"], ["based_on", "decree"]]);
    }
  });

  it("a title in sentence case that opens with a cue is the title when its lines end as a title's, before the body's first cue", () => {
    const head = "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 09/KH-UBND\nPhú Lộc, ngày 04 tháng 4 năm 2023\nKẾ HOẠCH\n";
    const title = "Thực hiện Kế hoạch số 31/KH-UBND ngày 20/3/2023 của UBND huyện về phòng,\nchống thiên tai năm 2023 trên địa bàn xã";
    const h = readHeader(`${head}${title}\n\nCăn cứ Luật Phòng, chống thiên tai năm 2013;\n`);
    expect(h.title).toBe(title.replace("\n", " "));
    // The body's first sentence, with no title above it: it ends as a sentence ends.
    expect(readHeader(`${head}Thực hiện Kế hoạch số 31/KH-UBND ngày 20/3/2023 của UBND huyện, UBND xã ban hành\nKế hoạch như sau:\nI. MỤC ĐÍCH\n`).title).toBeNull();
    expect(readHeader(`${head}Thực hiện Kế hoạch số 31/KH-UBND ngày 20/3/2023 của UBND huyện;\nCăn cứ tình hình thực tế của địa phương;\n`).title).toBeNull();
  });

  it("a công văn has no kind line: its issuer above its number, its subject line ('V/v …', wrapped in its column) below", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nHUYỆN PHÚ TÂN\nSố: 1482/UBND-VP\nV/v triển khai thực hiện Kế hoạch số 77/KH-UBND\nngày 02/6/2023 của UBND tỉnh\n\n" +
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhú Tân, ngày 09 tháng 6 năm 2023\nKính gửi: Các cơ quan, đơn vị.\n" +
      "Ủy ban nhân dân huyện đề nghị các cơ quan báo cáo theo Quyết định số 15/QĐ-UBND ngày 03/01/2023 của UBND huyện.\n";
    const h = readHeader(text);
    expect([h.kind, h.title, h.issuerLines]).toEqual([
      "official-letter", "triển khai thực hiện Kế hoạch số 77/KH-UBND ngày 02/6/2023 của UBND tỉnh", ["ỦY BAN NHÂN DÂN", "HUYỆN PHÚ TÂN"],
    ]);
    const a = analyze(text);
    expect([a.self.id, a.self.jurisdiction.district]).toEqual(["1482/UBND-VP@2023~?/huyen-phu-tan", "huyện Phú Tân"]);
    expect(a.citations.map((c) => `${c.number} ${c.role} ${c.id}`)).toEqual([
      "1482 self 1482/UBND-VP@2023~?/huyen-phu-tan", "77 implements 77/KH-UBND@2023", "15 references 15/QĐ-UBND@2023~?/huyen-phu-tan",
    ]);
    // Without a subject line, the lines above the number still name the issuer and its place.
    const bare = analyze("ỦY BAN NHÂN DÂN\nHUYỆN PHÚ TÂN\nSố: 1483/UBND-VP\nPhú Tân, ngày 09 tháng 6 năm 2023\nKính gửi: Các xã.\nĐề nghị báo cáo theo Quyết định số 15/QĐ-UBND ngày 03/01/2023 của UBND huyện.\n");
    expect(bare.citations.map((c) => c.id)).toEqual(["1483/UBND-VP@2023~?/huyen-phu-tan", "15/QĐ-UBND@2023~?/huyen-phu-tan"]);
    // A subject line far below the number, after "Kính gửi", is no header's.
    expect(readHeader("UBND HUYỆN X\nSố: 5/UBND\nKính gửi: Phòng Nội vụ\nV/v báo cáo\n").title).toBeNull();
  });

  // Session 54 (misses54b): scans whose OCR left the own number unreadable ("Số: ups /TCT-PC", Tổng cục Thuế 2022,
  // fixtures/fresh/pairs44-007; "Số: 3 70 /TCHQ-TXNK", fresh36b-014; "Số: 443? /BTC-TCT", fresh45c-010).
  it("a công văn whose number the scan garbled: its subject line under the national motto is still its title", () => {
    const text =
      "BỘ TÀI CHÍNH | CONG HOA XÃ HỌI CH.. SŸï,ÏA VIET NAM\nTONG CUC THUE Độc lập - Tự do - Hạnh phúc\n" +
      "Số: ups /TCT-PC Hà Nội, ngày Od thang 42. néim 2022\n\nV/v triển khai thực hiện Nghị\nđịnh số 118/2021/NĐ-CP\n\n" +
      "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n" +
      "Ngày 23/12/2021, Chính phủ ban hành Nghị định số 118/2021/NĐ-CP; Tổng cục Thuế đề nghị các Cục Thuế lưu ý Điều 5 Nghị định số 125/2020/NĐ-CP.\n";
    const h = readHeader(text);
    expect([h.kind, h.title]).toEqual(["official-letter", "triển khai thực hiện Nghị định số 118/2021/NĐ-CP"]);
    expect(analyze(text).citations.map((c) => `${c.number} ${c.role}`)).toEqual(["118 implements", "118 references", "125 references"]);
    // A "V/v" line after "Kính gửi" is the body's, motto or not.
    expect(readHeader("TONG CUC THUE Độc lập - Tự do - Hạnh phúc\nSố: ups /TCT-PC\nKính gửi: Cục Thuế\nV/v báo cáo\n").title).toBeNull();
  });

  it("a title in capitals wrapped before an issuer's name ('… CỦA ⏎ TỈNH ỦY VỀ …') and over four lines is read whole", () => {
    const lines = [
      "THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 14-CTR/TU NGÀY 02/3/2022 CỦA",
      "TỈNH ỦY VỀ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XX VỀ PHÁT TRIỂN",
      "NÔNG NGHIỆP HỮU CƠ, NÔNG NGHIỆP ỨNG DỤNG CÔNG NGHỆ CAO GẮN VỚI XÂY DỰNG NÔNG THÔN",
      "MỚI GIAI ĐOẠN 2022 - 2025",
    ];
    const h = readHeader(`ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 77/KH-UBND\nKẾ HOẠCH\n${lines.join("\n")}\nThực hiện Chương trình hành động số 14-CTr/TU, UBND tỉnh ban hành Kế hoạch như sau:\n`);
    expect(h.title).toBe(lines.join(" "));
    // A title in sentence case still takes three lines at most.
    expect(readHeader("UBND HUYỆN X\nSố: 5/KH-UBND\nKẾ HOẠCH\nmột\nhai\nba\nbốn\n").title).toBe("một hai ba");
  });

  it("a title in sentence case wrapped onto four or five lines runs on to the rule printed under it", () => {
    const lines = [
      "Sửa đổi, bổ sung một số nhiệm vụ trong Kế hoạch hành động của Bộ",
      "thực hiện Nghị quyết số 29-NQ/TW ngày 17 tháng 11 năm 2022 về",
      "đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030",
      "và tầm nhìn đến năm 2045",
    ];
    const head = "BỘ CÔNG THƯƠNG\nSố: 812/QĐ-BCT\nHà Nội, ngày 04 tháng 4 năm 2024\nQUYẾT ĐỊNH\n";
    const h = readHeader(`${head}${lines.join("\n")}\n_________\nBỘ TRƯỞNG BỘ CÔNG THƯƠNG\nCăn cứ Luật A;\n`);
    expect(h.title).toBe(lines.join(" "));
    // The plan is what is amended; the resolution is what the plan carries out.
    expect(analyze(`${head}${lines.join("\n")}\n_________\nBỘ TRƯỞNG BỘ CÔNG THƯƠNG\nCăn cứ Luật A;\n`).citations.map((c) => c.role)).toEqual(["self", "references", "based_on"]);
    // A dashed rule ("–––––") closes one too; a fourth line ending a sentence is no title's.
    expect(readHeader(`${head}một\nhai\nba\nbốn\n–––––\nCăn cứ Luật A;\n`).title).toBe("một hai ba bốn");
    expect(readHeader(`${head}một\nhai\nba\nbốn.\n–––––\nCăn cứ Luật A;\n`).title).toBe("một hai ba");
    // No rule under it: three lines at most, as before.
    expect(readHeader(`${head}một\nhai\nba\nbốn\nCăn cứ Luật A;\n`).title).toBe("một hai ba");
    // The enacting body's line in capitals closes it as a rule does (a gazette page prints no rule).
    expect(readHeader(`${head}một\nhai\nba\nbốn\n\nBỘ TRƯỞNG BỘ CÔNG THƯƠNG\nCăn cứ Luật A;\n`).title).toBe("một hai ba bốn");
    // Not past a line that ended a sentence: those lines are the body's.
    expect(readHeader(`${head}một\nhai.\nba\nbốn\nBỘ TRƯỞNG BỘ CÔNG THƯƠNG\nCăn cứ Luật A;\n`).title).not.toContain("bốn");
  });

  it("a kind word opening the title's line ('KẾ HOẠCH THỰC HIỆN …') is the kind line; a title in capitals ends at a line in sentence case", () => {
    const head = "ỦY BAN NHÂN DÂN\nHUYỆN MỸ ĐỨC\nSố: 61/KH-UBND\nMỹ Đức, ngày 07 tháng 4 năm 2023\n";
    const text = `${head}KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 04/CT-TTG NGÀY 11/02/2023\nCỦA THỦ TƯỚNG CHÍNH PHỦ\n\nĐể triển khai có hiệu quả Chỉ thị, UBND huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n`;
    const h = readHeader(text);
    expect([h.kind, h.title]).toEqual(["plan", "THỰC HIỆN CHỈ THỊ SỐ 04/CT-TTG NGÀY 11/02/2023 CỦA THỦ TƯỚNG CHÍNH PHỦ"]);
    const a = analyze(text);
    expect([a.self.id, a.citations.map((c) => c.role)]).toEqual(["61/KH-UBND@2023~?/huyen-my-duc", ["self", "implements"]]);
    // A code in mixed case ("QĐ-TTg") on a title's line in capitals is no sentence: the title goes on.
    expect(readHeader(`${head}KẾ HOẠCH\nTRIỂN KHAI QUYẾT ĐỊNH\nSỐ 1316/QĐ-TTg NGÀY 22/7/2021\nCăn cứ Luật\n`).title).toBe("TRIỂN KHAI QUYẾT ĐỊNH SỐ 1316/QĐ-TTg NGÀY 22/7/2021");
    // The enacting line is no kind line.
    expect(readHeader("UBND TỈNH X\nSố: 5/QĐ-UBND\nQUYẾT ĐỊNH:\nĐiều 1.\n").kind).toBeNull();
  });

  it("reads the date on one line as before, and a blank day as a draft's", () => {
    expect(readHeader("UBND TỈNH X\nSố: 5/KH-UBND\nHà Nội, ngày 2 tháng 3 năm 2021\nKẾ HOẠCH\n").date).toBe("2021-03-02");
    const draft = readHeader("UBND TỈNH X\nSố: /KH-UBND\nHà Nội, ngày    tháng 3 năm 2021\nKẾ HOẠCH\n");
    expect([draft.date, draft.warnings.map((w) => w.code)]).toEqual([null, ["blank-number", "blank-date"]]);
  });

  it("an older decision names its issuer on the kind line ('QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH …'); its enacting 'QUYẾT ĐỊNH', colon left out, heads nothing", () => {
    const older = [
      "UỶ BAN NHÂN DÂN", "TỈNH HÀ TÂY", "Số: 31/2003/QĐ-UB", "Hà Đông, ngày 4 tháng 6 năm 2003",
      "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH HÀ TÂY", "V/v ban hành quy định về phí chợ",
      "UỶ BAN NHÂN DÂN TỈNH HÀ TÂY",
      "- Căn cứ Nghị định số 57/2002/NĐ-CP ngày 3/6/2002 của Chính phủ;",
      "- Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 88/TTr-STC ngày 20/5/2003,",
      "QUYẾT ĐỊNH", "Điều 1. Ban hành kèm theo Quyết định này Quy định về phí chợ.", "",
    ].join("\n");
    const h = readHeader(older);
    expect([h.kind, h.title]).toEqual(["decision", "V/v ban hành quy định về phí chợ"]);
    expect(analyze(older, { path: "qd.txt" }).citations.map((c) => c.role)).toEqual(["self", "based_on", "proposed_by"]);
    // Without any kind line above, the enacting line is still none.
    const bare = ["Quyết định về phí chợ", "Căn cứ Nghị định số 57/2002/NĐ-CP ngày 3/6/2002 của Chính phủ;", "QUYẾT ĐỊNH", "Điều 1. Ban hành quy định về phí chợ.", ""].join("\n");
    expect(analyze(bare, { path: "qd.txt" }).citations.map((c) => c.role)).toEqual(["based_on"]);
  });

  it("an older directive or decision names its issuer on the line under the kind word ('CHỈ THỊ ⏎ CỦA CHỦ TỊCH UBND TỈNH'): the title is the subject under it", () => {
    const directive = [
      "UBND TỈNH PHÚ YÊN", "Số: 07/2005/CT-UB", "Tuy Hòa, ngày 2 tháng 3 năm 2005",
      "CHỈ THỊ", "CỦA CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH", "V/v triển khai thi hành Nghị định số 12/2004/NĐ-CP của Chính phủ",
      "Để các cấp, các ngành trong tỉnh thực hiện tốt Nghị định và các văn bản hướng dẫn thi hành Nghị định, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", "1. Sở Tư pháp hướng dẫn.", "",
    ].join("\n");
    expect(readHeader(directive).title).toBe("V/v triển khai thi hành Nghị định số 12/2004/NĐ-CP của Chính phủ");
    expect(analyze(directive, { path: "ct.txt" }).relations.filter((r) => r.type !== "references").map((r) => `${r.type} ${r.to}`)).toEqual(["implements 12/2004/NĐ-CP"]);
    const decision = ["BỘ TÀI CHÍNH", "Số: 40/2004/QĐ-BTC", "Hà Nội, ngày 2 tháng 3 năm 2004", "QUYẾT ĐỊNH", "CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH", "Về việc ban hành mức thu phí", "BỘ TRƯỞNG BỘ TÀI CHÍNH", "Căn cứ Nghị định số 57/2002/NĐ-CP ngày 3/6/2002 của Chính phủ;", ""].join("\n");
    expect(readHeader(decision).title).toBe("Về việc ban hành mức thu phí");
    // A title that itself opens with "CỦA" after a kind word and names no body stays the title.
    expect(readHeader(["UBND TỈNH X", "Số: 5/KH-UBND", "KẾ HOẠCH", "CỦA NĂM 2021 VỀ PHÒNG CHÁY", ""].join("\n")).title).toBe("CỦA NĂM 2021 VỀ PHÒNG CHÁY");
  });

  it("a Party conference's resolution names the conference under the kind word; its subject in sentence case is the title", () => {
    const lines = (title: string[]) =>
      ["TỈNH ỦY QUẢNG TRỊ", "*", "Số 09-NQ/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hà, ngày 2 tháng 6 năm 2022", "NGHỊ QUYẾT", ...title, "-----", "Hội nghị thống nhất những nội dung sau đây về phát triển du lịch của tỉnh trong giai đoạn tới, với các mục tiêu cụ thể như sau.", ""].join("\n");
    const resolution = lines(["HỘI NGHỊ LẦN THỨ TÁM", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVII)", "về tiếp tục thực hiện Kết luận số 16-KL/TW ngày 2/3/2021 của Bộ Chính trị"]);
    expect(readHeader(resolution).title).toBe("về tiếp tục thực hiện Kết luận số 16-KL/TW ngày 2/3/2021 của Bộ Chính trị");
    const a = analyze(resolution, { path: "nq.txt" });
    expect(a.relations.map((r) => `${r.type} ${r.to}`)).toEqual(["implements 16-KL/TW@2021"]);
    // A title in capitals that opens with the conference's name is the title, whole.
    expect(readHeader(lines(["HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "VỀ PHÁT TRIỂN DU LỊCH"])).title).toBe("HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH VỀ PHÁT TRIỂN DU LỊCH");
  });

  it("an older council's resolution names itself and its session between the kind word and the subject: the subject is the title, its cue opens the clause", () => {
    const resolution = (heading: string[]) =>
      ["HỘI ĐỒNG NHÂN DÂN", "TỈNH HƯNG YÊN", "Số: 09/2009/NQ-HĐND", "Hưng Yên, ngày 2 tháng 7 năm 2009", ...heading, "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;", "QUYẾT NGHỊ:", "Điều 1. Thông qua.", ""].join("\n");
    const subject = "Về việc bãi bỏ Nghị quyết số 21/2006/NQ-HĐND ngày 10/12/2006 của HĐND tỉnh";
    for (const heading of [
      ["NGHỊ QUYẾT", "CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN", "KHÓA XIV - KỲ HỌP THỨ 16", subject],
      ["NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN", "KHOÁ XIV, KỲ HỌP THỨ 16", subject],
      ["NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN", subject],
    ]) {
      const text = resolution(heading);
      expect(readHeader(text).title).toBe(subject);
      expect(analyze(text, { path: "nq.txt" }).relations.filter((r) => r.type !== "based_on").map((r) => `${r.type} ${r.to}`)).toEqual(["repeals 21/2006/NQ-HĐND~hung-yen"]);
    }
  });

  it("reads the number and the date of a header table flattened onto one line, after a cell's bar or a rule", () => {
    const flat = "ỦY BAN NHÂN DÂN TỈNH KON TUM ------- Số: 17/2016/QĐ-UBND | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Kon Tum, ngày 3 tháng 5 năm 2016\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ PHÍ\nCăn cứ Nghị định số 120/2016/NĐ-CP ngày 23/8/2016 của Chính phủ;\n";
    const h = readHeader(flat);
    expect([h.numberLine?.number, h.numberLine?.year, h.date]).toEqual(["17", 2016, "2016-05-03"]);
    expect(analyze(flat, { path: "qd.txt" }).citations.map((c) => c.role)).toEqual(["self", "based_on"]);
    // In a sentence, "số" has no colon: no header line.
    expect(readHeader("KẾ HOẠCH\nVỀ VIỆC X\nThực hiện văn bản | số 12/UBND-VX của tỉnh\n").numberLine).toBeNull();
  });

  it("a title that opens with a cue ends where 'Căn cứ:' opens its list on a line of its own", () => {
    const plan = ["SỞ TÀI CHÍNH", "Số: 12/KH-STC", "Đà Nẵng, ngày 2 tháng 3 năm 2009", "KẾ HOẠCH", "Thực hiện công tác cải cách hành chính năm 2009", "Căn cứ:", "- Quyết định số 94/2006/QĐ-TTg ngày 27/4/2006 của Thủ tướng Chính phủ;", ""].join("\n");
    expect(readHeader(plan).title).toBe("Thực hiện công tác cải cách hành chính năm 2009");
    expect(analyze(plan, { path: "kh.txt" }).citations.map((c) => c.role)).toEqual(["self", "based_on"]);
  });

  it("reads the National Assembly's own number written after its kind ('Nghị quyết số: …', 'Luật số: …'), never a body line without the colon", () => {
    const resolution = ["QUỐC HỘI", "Nghị quyết số: 21/2023/QH15", "Hà Nội, ngày 5 tháng 6 năm 2023", "NGHỊ QUYẾT", "VỀ VIỆC THÍ ĐIỂM MỘT SỐ CƠ CHẾ", "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;", ""].join("\n");
    expect(readHeader(resolution).numberLine).toMatchObject({ number: "21", year: 2023, symbolParts: ["QH15"] });
    const a = analyze(resolution, { path: "nq.txt" });
    expect(a.self.id).toBe("21/2023/QH15");
    expect(a.citations.map((c) => c.role)).toEqual(["self", "based_on"]);
    expect(readHeader("QUỐC HỘI\nLUẬT SỐ: 9/2022/QH15\nLUẬT\nTHANH NIÊN\n").numberLine?.number).toBe("9");
    // A line of the body naming another document is no header line, colon or not (a wrapped line
    // may open with "Tờ trình số: …").
    expect(readHeader("QUỐC HỘI\nNGHỊ QUYẾT\nVỀ VIỆC X\nNghị quyết số 12/2021/QH15 ngày 1/2/2021 đã quy định\n").numberLine).toBeNull();
    expect(readHeader("QUYẾT ĐỊNH V/V GIAO ĐẤT\nCĂN CỨ LUẬT ĐẤT ĐAI; XÉT ĐỀ NGHỊ CỦA SỞ TẠI\nTỜ TRÌNH SỐ : 213/TT-SNV NGÀY 03/6/2005,\n").numberLine).toBeNull();
  });
});

describe("a Party document with no kind line the header could read", () => {
  it("names its issuer in the lines above its Party number, so a local committee's 'TƯ' reads as TU", () => {
    const text = ["HUYỆN ỦY CHÂU THÀNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 212-TB/TƯ", "Châu Thành, ngày 4 tháng 3 năm 2024", "T HÔNG BÁO", "ý kiến của Ban Thường vụ về công tác cán bộ", ""].join("\n");
    expect(readHeader(text).issuerLines).toContain("HUYỆN ỦY CHÂU THÀNH");
    expect(analyze(text, { path: "tb.txt" }).self.id).toMatch(/^212-TB\/HU@2024/);
  });
});

describe("a header without its kind line", () => {
  it("takes the document's kind from its own number's type code", () => {
    const text = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 63/2006/QĐ-UBND | Phan Thiết, ngày 26 tháng 7 năm 2006 |\nBAN HÀNH QUY ĐỊNH VỀ HOẠT ĐỘNG CỦA CÔNG BÁO TỈNH BÌNH THUẬN\nCăn cứ Nghị định số 104/2004/NĐ-CP ngày 23/3/2004 của Chính phủ;";
    const a = analyze(text, { path: "qd.txt" });
    expect([a.self.id, a.self.kind]).toEqual(["63/2006/QĐ-UBND~binh-thuan", "decision"]);
  });
});

describe("a commune's document", () => {
  it("is the commune's, its id apart from the province's document of the same number", () => {
    const plan = (head: string) =>
      analyze(`${head}\nSố: 12/KH-UBND\nTân Phú, ngày 5 tháng 9 năm 2025\nKẾ HOẠCH\nTriển khai chuyển đổi số\nThực hiện Kế hoạch số 45/KH-UBND ngày 1/8/2025 của UBND tỉnh Đồng Nai;\n`, { path: "kh.txt" });
    const commune = plan("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ");
    expect([commune.self.id, commune.self.jurisdiction.level, commune.self.jurisdiction.district]).toEqual(["12/KH-UBND@2025~dong-nai/xa-tan-phu", "commune", "xã Tân Phú"]);
    expect(plan("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI").self.id).toBe("12/KH-UBND@2025~dong-nai");
    expect(plan("ỦY BAN NHÂN DÂN\nPHƯỜNG 10").self.id).toBe("12/KH-UBND@2025~dong-nai/phuong-10");
    const party = analyze("ĐẢNG ỦY XÃ TÂN PHÚ\n*\nSố 05-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Phú, ngày 5 tháng 9 năm 2025\nKẾ HOẠCH\nthực hiện Nghị quyết số 57-NQ/TW\n", { path: "kh.txt" });
    expect([party.self.id, party.self.jurisdiction.level]).toEqual(["05-KH/ĐU@2025~?/xa-tan-phu", "commune"]);
  });
});

describe("a provincial capital named after its province", () => {
  it("is a district-level city of that province, for its own documents and for those citing it", () => {
    const text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ TĨNH\nSố: 12/KH-UBND\nHà Tĩnh, ngày 5 tháng 9 năm 2020\nKẾ HOẠCH\nTriển khai\nThực hiện Kế hoạch số 45/KH-UBND ngày 1/8/2020 của UBND tỉnh;\n";
    const a = analyze(text, { path: "kh.txt" });
    expect([a.self.id, a.self.jurisdiction.level, a.self.jurisdiction.district]).toEqual(["12/KH-UBND@2020~ha-tinh/thanh-pho-ha-tinh", "district", "thành phố Hà Tĩnh"]);
    expect(a.citations[1].id).toBe("45/KH-UBND@2020~ha-tinh");
    const ids = (t: string) => analyze(t).citations.map((c) => c.id);
    expect(ids("Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND thành phố Hà Tĩnh; Quyết định số 13/QĐ-UBND ngày 5/3/2020 của UBND TP Cà Mau")).toEqual([
      "12/QĐ-UBND@2020~ha-tinh/thanh-pho-ha-tinh",
      "13/QĐ-UBND@2020~ca-mau/thanh-pho-ca-mau",
    ]);
    // A centrally-run city is a province.
    expect(ids("Quyết định số 12/QĐ-UBND ngày 5/3/2020 của UBND thành phố Đà Nẵng")).toEqual(["12/QĐ-UBND@2020~da-nang"]);
  });
});

describe("a central body's own document", () => {
  it("is central, whatever provinces the documents it cites name", () => {
    const circular = analyze("BỘ TÀI CHÍNH\n-------\nSố: 12/2020/TT-BTC\nHà Nội, ngày 5 tháng 3 năm 2020\nTHÔNG TƯ\nHướng dẫn thực hiện\nThực hiện Kế hoạch số 5/KH-UBND ngày 1/2/2020 của UBND tỉnh Hậu Giang;", { path: "tt.txt" });
    expect([circular.self.id, circular.self.jurisdiction.level, circular.self.jurisdiction.province]).toEqual(["12/2020/TT-BTC", "central", null]);
    const directive = analyze("Số: 12/CT-TTg\nHà Nội, ngày 5 tháng 3 năm 2020\nCHỈ THỊ\nVề việc\nThực hiện Kế hoạch số 5/KH-UBND ngày 1/2/2020 của UBND tỉnh Hậu Giang;", { path: "ct.txt" });
    expect(directive.self.jurisdiction.level).toBe("central");
  });
});

describe("a scanned page's number above the heading ('12.' alone on the first line)", () => {
  const page = (first: string) =>
    [first, "ỦY BAN NHÂN DÂN", "HUYỆN TÂN HƯNG", "", "Số: 215/QĐ-UBND", "", "Tân Hưng, ngày 14 tháng 3 năm 2011", "", "QUYẾT ĐỊNH", "Về việc chi trả trợ cấp một lần", "", "ỦY BAN NHÂN DÂN HUYỆN TÂN HƯNG", "", "Căn cứ Nghị định số 54/2006/NĐ-CP ngày 26/5/2006 của Chính phủ;", ""].join("\n");

  it("is no section opening the body: the date line under it is the document's", () => {
    for (const first of ["12.  ", "12.", "12. ", "IV.\t"]) {
      const h = readHeader(page(first));
      expect(h.date, JSON.stringify(first)).toBe("2011-03-14");
      expect(h.kind).toBe("decision");
    }
    expect(analyze(page("12.  ")).self).toMatchObject({ number: "215", date: "2011-03-14" });
    expect(analyze(page("12.  ")).self.id).toMatch(/^215\/QĐ-UBND@2011~/);
  });

  it("a section's number with its heading on the line still opens the body", () => {
    const h = readHeader("KẾ HOẠCH\nTriển khai công tác năm 2021\n\n1. Mục đích\nNgày 05 tháng 3 năm 2021, các xã báo cáo.\n");
    expect(h.date).toBeNull();
  });
});

describe("an agreement's own header ('THỎA THUẬN' as its kind line)", () => {
  it("gives the kind, the title and the own number", () => {
    const text = [
      "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
      "Số: 12/BTT-UBND",
      "Lào Cai, ngày 5 tháng 6 năm 2022",
      "THỎA THUẬN",
      "Hợp tác phát triển du lịch giữa tỉnh Lào Cai và tỉnh Yên Bái",
      "Căn cứ Nghị quyết số 11/NQ-CP ngày 5/2/2018 của Chính phủ;",
    ].join("\n");
    const a = analyze(text);
    expect([a.self.id, a.self.kind, a.self.title]).toEqual(["12/BTT-UBND@2022~lao-cai", "agreement", "Hợp tác phát triển du lịch giữa tỉnh Lào Cai và tỉnh Yên Bái"]);
  });

  it("'THÔNG TƯ' over a joint circular's number ('Số: 08/2013/TTLT-BCT-BKHCN'): the document is a joint circular", () => {
    const head = (kindLine: string, number: string) =>
      `BỘ CÔNG THƯƠNG - BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: ${number}\nHà Nội, ngày 4 tháng 3 năm 2013\n${kindLine}\nQUY ĐỊNH VỀ NHÃN HÀNG HÓA\nCăn cứ Nghị định số 89/2006/NĐ-CP ngày 30 tháng 8 năm 2006 của Chính phủ;\n`;
    expect(readHeader(head("THÔNG TƯ", "08/2013/TTLT-BCT-BKHCN")).kind).toBe("joint-circular");
    expect(readHeader(head("THÔNG TƯ LIÊN TỊCH", "08/2013/TTLT-BCT-BKHCN")).kind).toBe("joint-circular");
    expect(analyze(head("THÔNG TƯ", "08/2013/TTLT/BCT-BKHCN")).self.kind).toBe("joint-circular");
    // A circular's own code, or another kind's line, is left as the line says.
    expect(readHeader(head("THÔNG TƯ", "08/2013/TT-BCT")).kind).toBe("circular");
    expect(readHeader(head("QUYẾT ĐỊNH", "08/2013/TTLT-BCT-BKHCN")).kind).toBe("decision");
  });
});

describe("a header whose two columns a page keeps aligned with spaces, under a page's own lines", () => {
  // The issuer's column and the motto's on one line, a run of spaces between them; "CỘNG HOÀ" with the
  // older placement of the tone mark.
  const header = [
    " UBND HUYỆN ĐÔ LƯƠNG              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc",
    "",
    "  Số:   45/PGD&ĐT                          Đô Lương, ngày 12 tháng 3 năm 2016",
    "  V/v kiểm tra nề nếp dạy học",
    "Kính gửi: Hiệu trưởng các trường tiểu học",
    "Thực hiện Công văn số 300/SGDĐT-GDTH ngày 02/3/2016 của Sở Giáo dục và Đào tạo, Phòng đề nghị các trường báo cáo.",
  ].join("\n");
  // A site's lines above the document, longer than a header's top is (ISSUER_REACH).
  const site = [
    "Trang chủ > Văn bản > Công văn của phòng",
    "Bạn đang xem văn bản do đơn vị đăng tải. Để tải bản đầy đủ, bạn cần đăng nhập tài khoản của trang; nếu chưa có tài khoản, hãy đăng ký theo hướng dẫn ở cột bên phải. Mọi thắc mắc xin gửi về hộp thư của ban quản trị trang để được giải đáp trong thời gian sớm nhất có thể.",
    "Văn bản liên quan: Công văn 45/PGD&ĐT năm 2016 về kiểm tra nề nếp dạy học trên địa bàn huyện, do phòng ban hành",
    "",
  ].join("\n");

  it("reads the district's line apart from the motto's, the page's lines above or not", () => {
    for (const text of [header, site + header]) {
      const a = analyze(text, { path: "cv.txt" });
      expect([a.self.id, a.self.issuer?.name, a.self.issuer?.level, a.self.jurisdiction.district]).toEqual([
        "45/PGD&ĐT@2016~?/huyen-do-luong", "Phòng Giáo dục và Đào tạo huyện Đô Lương", "district", "huyện Đô Lương",
      ]);
    }
  });

  it("reads no body's headings in capitals as the issuer where no motto stands above a far number line", () => {
    const body = `${site}I. TÌNH HÌNH CHUNG\nPHÒNG GIÁO DỤC HUYỆN ĐÔ LƯƠNG\nSố: 45/PGD&ĐT\nNăm học này các trường đã thực hiện tốt.`;
    expect(readHeader(body).issuerLines).toEqual([]);
    expect(readHeader(site + header).issuerLines).toEqual(["UBND HUYỆN ĐÔ LƯƠNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"]);
  });
});

describe("a letter copied from its salutation on, its heading left on the page", () => {
  it("is a letter, with no number", () => {
    const a = analyze("Kính gửi:\n- Các bộ, cơ quan ngang bộ;\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\nĐể triển khai Quyết định số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ, Bộ Tư pháp đề nghị các cơ quan thực hiện các nội dung sau:\n1. Rà soát văn bản.", { path: "cv.txt" });
    expect([a.self.kind, a.self.number]).toEqual(["official-letter", null]);
    expect(readHeader("Kính gửi: Sở Tài chính\nSở Y tế đề nghị Sở Tài chính thẩm định dự toán.").kind).toBe("official-letter");
  });

  it("is no letter where the salutation stands below a heading of another kind, or inside the text", () => {
    expect(readHeader("TỜ TRÌNH\nVề việc phê duyệt dự toán\nKính gửi: Ủy ban nhân dân tỉnh\nSở Tài chính trình dự toán.").kind).toBe("submission");
    expect(readHeader("Sở Y tế đề nghị các đơn vị báo cáo.\nKính gửi các đơn vị để biết.").kind).toBeNull();
  });
});

describe("the own number in brackets under a heading's kind line and title (a reprint without the number line)", () => {
  it("'KẾ HOẠCH ⏎ Hành động Tháng thanh niên năm 2010 ⏎ (Số 61-KH/TĐ ngày 26/01/2010)' (fresh39a-006) is plan 61-KH/TĐ", () => {
    const text =
      "Năm 2010 là năm diễn ra nhiều sự kiện chính trị quan trọng.\n\nKẾ HOẠCH\nHành động Tháng thanh niên năm 2010\n(Số 61-KH/TĐ ngày 26/01/2010)\n----------\n\n" +
      "Năm 2010 là năm diễn ra nhiều sự kiện chính trị quan trọng của quê hương, đất nước.\n";
    expect(readHeader(text).numberLine).toMatchObject({ number: "61", symbolParts: ["KH", "TĐ"], written: "dash-first" });
    expect(analyze(text, { path: "kh.txt" }).self).toMatchObject({ kind: "plan", number: "61", symbol: "KH/TĐ" });
  });

  it("'(Số 97 ngày 16/12/2010)' with no ký hiệu (fresh39a-005) gives the number alone", () => {
    const text =
      "Thực hiện Thông tri số 31 TT/TWĐTN ngày 11 tháng 10 năm 2010 của Ban Bí thư Trung ương Đoàn.\n\nKẾ HOẠCH\nTổ chức các hoạt động khởi động Năm Thanh niên - 2011\n(Số 97 ngày 16/12/2010)\n\n" +
      "I. MỤC ĐÍCH, YÊU CẦU\n\n- Phát động các hoạt động.\n";
    expect(readHeader(text).numberLine).toMatchObject({ number: "97", symbolParts: [] });
    expect(analyze(text, { path: "kh.txt" }).self).toMatchObject({ kind: "plan", number: "97", symbol: null });
  });

  it("a bracket that names another kind, or no date, or stands in the body, is no number line", () => {
    const other = "KẾ HOẠCH\nHành động năm 2010\n(Quyết định số 12-QĐ/TU ngày 26/01/2010)\n\nNội dung.\n";
    expect(readHeader(other).numberLine).toBeNull();
    const undated = "KẾ HOẠCH\nHành động năm 2010\n(số 22-QC/TU)\n\nNội dung.\n";
    expect(readHeader(undated).numberLine).toBeNull();
  });
});

describe("a text layer's page marker glued to the issuer's name at the heading's top", () => {
  // 123docz's copy of a minister's directive (fixtures/fresh/fresh60j-003): a site summary line, then the page's
  // "(1)" before the issuer's cell and the number's on one line.
  const DIRECTIVE = "Tăng cường nền nếp, kỷ cương trong nhà trường[r]\n(1)BỘ GIÁO DỤC VÀ ĐÀO TẠO Số: 2699/CT-BGDĐT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự - Hạnh phúc\nHà Nội, ngày 08 tháng năm 2017\nCHỈ THỊ\nVề nhiệm vụ chủ yếu năm học 2017 - 2018 ngành Giáo dục\nTrên sở kết bước đầu đạt năm học 2016 - 2017.\n";
  it("reads the number on the issuer's line as without the marker", () => {
    const h = readHeader(DIRECTIVE);
    expect([h.numberLine?.number, h.numberLine?.symbolParts.join("-")]).toEqual(["2699", "CT-BGDĐT"]);
  });
  it("reads the issuer's line a circular's copy opens with (fresh30g-009), offsets unchanged", () => {
    const text = "(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh phúc\nSố: 04/2013/TT-NHNN Hà Nội, ngày 01 tháng 03 năm 2013\nTHÔNG TƯ\nQUY ĐỊNH VỀ HOẠT ĐỘNG CHIẾT KHẤU\n";
    const h = readHeader(text);
    expect(h.issuerLines[0]).toBe("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM");
    expect(text.slice(h.numberLine!.start, h.numberLine!.end)).toMatch(/^Số: 04\/2013\/TT-NHNN/);
  });
  it("leaves a bracketed number that opens a list's item, or sits below the heading's top, as it is", () => {
    const h = readHeader("UBND TỈNH X\nSố: 5/KH-UBND\nKẾ HOẠCH\nKẾ HOẠCH HÀNH ĐỘNG VÌ TRẺ EM\n(1)Tổ chức tuyên truyền\n");
    expect(h.issuerLines).toEqual(["UBND TỈNH X"]);
  });
});
