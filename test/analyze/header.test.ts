import { describe, expect, it } from "vitest";
import { readHeader } from "../../src/analyze/header.js";
import { analyze } from "../../src/index.js";
import { cpuRatio } from "../helpers/linear.js";

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

describe("a first line in sentence case whose subject is printed in quotation marks ('Quyết định \" về việc … \"')", () => {
  const doc = (line: string) =>
    [line, "Uỷ ban nhân dân tỉnh hà giang ", "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003 ; ", "Quyết định : ", "Điều 1 . Quyết định này có hiệu lực kể từ ngày ký . ", ""].join("\n");
  it.each([
    ['Quyết định " về việc thu hồi quyết định số 88/2006/qđ-ubnd ngày 02/5/2006 của ubnd tỉnh " ', "88 repeals"],
    ["Quyết định “ về việc sửa đổi quy chế ban hành kèm theo quyết định số 41/2007/qđ-ubnd ” ", "41 amends"],
    ['Chỉ thị " về việc triển khai thực hiện chỉ thị số 25/2008/ct-ttg của thủ tướng chính phủ " ', "25 implements"],
  ])("%s", (line, expected) => {
    const a = analyze(doc(line));
    expect(a.self.kind).not.toBeNull();
    expect(a.citations.filter((c) => c.form === "full").map((c) => `${c.number} ${c.role}`)[0]).toBe(expected);
  });
});

describe("a number in two parts ('Số: 66.7/2025/NQ-CP')", () => {
  it("reads the whole number as the document's own, in the header and where the body names it", () => {
    const text = ["CHÍNH PHỦ", "Số: 66.4/2025/NQ-CP", "Hà Nội, ngày 3 tháng 12 năm 2025", "NGHỊ QUYẾT", "VỀ VIỆC THỬ NGHIỆM MỘT CƠ CHẾ", "Căn cứ Nghị quyết số 206/2025/QH15 của Quốc hội;", "Phụ lục ban hành kèm theo Nghị quyết số 66.4/2025/NQ-CP.", ""].join("\n");
    expect(readHeader(text).numberLine).toMatchObject({ number: "66.4", year: 2025, symbolParts: ["NQ", "CP"] });
    const a = analyze(text, { path: "nq.txt" });
    expect(a.self.id).toBe("66.4/2025/NQ-CP");
    expect(a.citations.map((c) => [c.id, c.role])).toEqual([
      ["66.4/2025/NQ-CP", "self"],
      ["206/2025/QH15", "based_on"],
      ["66.4/2025/NQ-CP", "self"],
    ]);
  });
});

describe("a number with a letter in the header ('Số: 12a/QĐ-UBND')", () => {
  it("reads the letter into the document's own number", () => {
    const text = ["ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH", "Số: 07b/QĐ-UBND", "Châu Thành, ngày 9 tháng 1 năm 2024", "QUYẾT ĐỊNH", "Về việc kiện toàn tổ giúp việc", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", ""].join("\n");
    expect(readHeader(text).numberLine).toMatchObject({ number: "07b", year: null, symbolParts: ["QĐ", "UBND"] });
    expect(analyze(text, { path: "qd.txt" }).self.id).toMatch(/^07b\/QĐ-UBND@2024~/);
  });

  it("reads a letter past d where the year and the code follow it ('Số: 7g/2001/NQ-HĐND'), and none where they do not", () => {
    const head = (number: string) => ["HỘI ĐỒNG NHÂN DÂN", "TỈNH BÌNH ĐỊNH", `Số: ${number}`, "Quy Nhơn, ngày 5 tháng 3 năm 2001", "NGHỊ QUYẾT", "Về việc thu phí chợ", ""].join("\n");
    expect(readHeader(head("7g/2001/NQ-HĐND")).numberLine).toMatchObject({ number: "7g", year: 2001, symbolParts: ["NQ", "HĐND"] });
    expect(analyze(head("7g / 2001 / NQ-HĐND"), { path: "nq.txt" }).self.id).toMatch(/^07g\/2001\/NQ-HĐND~/);
    expect(readHeader(head("7g/NQ-HĐND")).numberLine).toBeNull();
  });
});

describe("a Party document with no kind line the header could read", () => {
  it("names its issuer in the lines above its Party number, so a local committee's 'TƯ' reads as TU", () => {
    const text = ["HUYỆN ỦY CHÂU THÀNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 212-TB/TƯ", "Châu Thành, ngày 4 tháng 3 năm 2024", "T HÔNG BÁO", "ý kiến của Ban Thường vụ về công tác cán bộ", ""].join("\n");
    expect(readHeader(text).issuerLines).toContain("HUYỆN ỦY CHÂU THÀNH");
    expect(analyze(text, { path: "tb.txt" }).self.id).toMatch(/^212-TB\/HU@2024/);
  });
});

describe("an older number with a space where the dash belongs ('Số: 41 NQ/UBTVQH10')", () => {
  const head = (number: string) => ["ỦY BAN THƯỜNG VỤ QUỐC HỘI", `Số: ${number}`, "Hà Nội, ngày 9 tháng 6 năm 1998", "NGHỊ QUYẾT", "Về việc phân bổ kinh phí", "Căn cứ Luật Tổ chức Quốc hội;", ""].join("\n");

  it("is the document's own number, with the id the dashed form gets and a warning saying what was read", () => {
    expect(readHeader(head("41 NQ/UBTVQH10")).numberLine).toMatchObject({ number: "41", symbolParts: ["NQ", "UBTVQH10"], written: "dash-first" });
    const a = analyze(head("41 NQ/UBTVQH10"), { path: "nq.txt" });
    expect(a.self.id).toBe(analyze(head("41-NQ/UBTVQH10"), { path: "nq.txt" }).self.id);
    // A state body's number in the Party's shape: the state's id (as "41/NQ-UBTVQH10" would be).
    expect(a.self.id).toBe("41/NQ-UBTVQH10@1998");
    expect(a.citations[0].role).toBe("self");
    expect(a.citations[0].warnings.map((w) => w.message)).toEqual([
      '"41 NQ/UBTVQH10" read as 41/NQ-UBTVQH10: a space for the dash between number and type code, a state body\'s number in the Party\'s shape',
    ]);
  });

  it("is no number where the word after the space is no type code", () => {
    expect(readHeader(head("41 UB/TC")).numberLine).toBeNull();
  });
});

describe("a notice whose title opens with 'Kết luận của …' under the kind word ('THÔNG BÁO ⏎ Kết luận của Phó Thủ tướng … tại …')", () => {
  const head = (title: string) => ["VĂN PHÒNG CHÍNH PHỦ", "-------", "Số: 41/TB-VPCP", "Hà Nội, ngày 12 tháng 3 năm 2024", "", "THÔNG BÁO", title, "", "Ngày 05 tháng 3 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng đã chủ trì cuộc họp với các bộ, ngành và địa phương về tiến độ dự án; sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:", ""].join("\n");

  it("is a notice whose title is that line, in sentence case or in capitals", () => {
    expect(readHeader(head("Kết luận của Phó Thủ tướng Trần Văn Bình tại cuộc họp về dự án cầu Rạch Miễu 2"))).toMatchObject({ kind: "notice", title: "Kết luận của Phó Thủ tướng Trần Văn Bình tại cuộc họp về dự án cầu Rạch Miễu 2" });
    expect(readHeader(head("KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH BÌNH PHƯỚC"))).toMatchObject({ kind: "notice", title: "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH BÌNH PHƯỚC" });
  });

  it("a kind broken over two lines and ending its line is still one kind line ('CHƯƠNG TRÌNH ⏎ HÀNH ĐỘNG')", () => {
    const h = readHeader(["TỈNH ỦY BÌNH PHƯỚC", "Số 12-CTr/TU", "Bình Phước, ngày 03 tháng 02 năm 2023", "", "CHƯƠNG TRÌNH", "HÀNH ĐỘNG", "THỰC HIỆN NGHỊ QUYẾT SỐ 05-NQ/TU", "", "I. MỤC ĐÍCH, YÊU CẦU"].join("\n"));
    expect(h).toMatchObject({ kind: "program", title: "THỰC HIỆN NGHỊ QUYẾT SỐ 05-NQ/TU" });
  });
});

describe("a print view's first line: the kind word in capitals and the subject in sentence case ('NGHỊ QUYẾT Về việc …')", () => {
  it("is the kind and the title", () => {
    const h = readHeader("NGHỊ QUYẾT Về việc điều chỉnh chủ trương đầu tư dự án đường giao thông xã Tân Phúc.\n\nCăn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2022 của HĐND huyện;");
    expect(h).toMatchObject({ kind: "resolution", title: "Về việc điều chỉnh chủ trương đầu tư dự án đường giao thông xã Tân Phúc." });
    expect(readHeader("QUYẾT ĐỊNH V/v phê duyệt kế hoạch sử dụng đất năm 2021\nCăn cứ Luật Đất đai;")).toMatchObject({ kind: "decision", title: "V/v phê duyệt kế hoạch sử dụng đất năm 2021" });
  });

  it("is not where other words follow the kind word", () => {
    expect(readHeader("KẾ HOẠCH Thực hiện Chỉ thị số 05 đã được triển khai.\nNăm 2023, các xã đã làm.").kind).toBeNull();
  });
});

describe("an older state number with a dash and the issuer's code only ('Số: 212-CP', 'Số: 58-NV')", () => {
  const head = (number: string, issuer = "HỘI ĐỒNG CHÍNH PHỦ") => [`${issuer} | VIỆT NAM DÂN CHỦ CỘNG HÒA |`, `Số: ${number} | Hà Nội, ngày 04 tháng 11 năm 1972 |`, "QUYẾT ĐỊNH", "VỀ VIỆC THÀNH LẬP MỘT SỐ XÃ", "Căn cứ Nghị định số 88-CP ngày 02-05-1970;", ""].join("\n");

  it("is the document's own number, the header's citation of it the document itself", () => {
    expect(readHeader(head("212-CP")).numberLine).toMatchObject({ number: "212", symbolParts: ["CP"] });
    const a = analyze(head("212-CP"), { path: "qd.txt" });
    expect([a.self.id, a.self.kind]).toEqual(["212/CP@1972", "decision"]);
    expect(a.warnings.map((w) => w.code)).not.toContain("no-own-number");
    expect(a.citations.map((c) => [c.role, c.number])).toEqual([["self", "212"], ["based_on", "88"]]);
    // A code vncite does not know as a body's: still the number on the "Số" line.
    expect(analyze(head("58-NV", "BỘ NỘI VỤ"), { path: "qd.txt" }).self.id).toBe("58/NV@1972");
  });

  it("is no such number where a slash follows the code (a Party number) or other words do", () => {
    expect(readHeader(head("12-KH/TU")).numberLine).toMatchObject({ number: "12", symbolParts: ["KH", "TU"] });
    expect(readHeader(head("212-CP ngày 4/11/1972")).numberLine).toBeNull();
  });

  it("is read where the issuer's cell stands before it on the line ('CHÍNH PHỦ Số: 101-CP |')", () => {
    const flat = ["CHÍNH PHỦ Số: 101-CP |", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 23 tháng 9 năm 1997 |", "NGHỊ ĐỊNH", "Của Chính phủ số 101-CP ngày 23 tháng 9 năm 1997 quy định chi tiết thi hành một số điều của Luật ban hành văn bản quy phạm pháp luật", "CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;", ""].join("\n");
    expect(readHeader(flat).numberLine).toMatchObject({ number: "101", symbolParts: ["CP"] });
    expect(analyze(flat, { path: "nd.txt" }).self).toMatchObject({ number: "101", symbol: "CP", kind: "decree" });
  });

  it("is read below a web page's own lines, the national motto just above it, where no kind line is", () => {
    const fields = ["Nghị định 15-CP năm 1993 về nhiệm vụ, quyền hạn và trách nhiệm quản lý Nhà nước của Bộ, cơ quan ngang Bộ", "Số hiệu: | 15-CP | Loại văn bản: | Nghị định |", "Nơi ban hành: | Chính phủ | Người ký: | Võ Văn Kiệt |", "Ngày ban hành: | 02/03/1993 | Ngày hiệu lực: | 02/03/1993 |", "Ngày công báo: | 15/04/1993 | Số công báo: | Số 7 |", "Lĩnh vực: | Doanh nghiệp, Bộ máy hành chính | Tình trạng: |", "Hết hiệu lực", "20/11/2002 |", "TÓM TẮT VĂN BẢN", "Văn bản tiếng việt", "Văn bản tiếng anh"];
    const page = (lines: string[]) => [...fields, ...lines, "Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;", "NGHỊ ĐỊNH :", "Điều 1. Bộ là cơ quan của Chính phủ."].join("\n");
    const withMotto = page(["CHÍNH PHỦ |", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 15-CP |", "Hà Nội, ngày 02 tháng 3 năm 1993 |"]);
    expect(withMotto.indexOf("Số: 15-CP")).toBeGreaterThan(400);
    expect(readHeader(withMotto).numberLine).toMatchObject({ number: "15", symbolParts: ["CP"] });
    expect(analyze(withMotto, { path: "nd.txt" }).self).toMatchObject({ id: "15/CP@1993", kind: "decree" });
    // So far down, a "Số" line with no motto above it is a line of the body, not the header's.
    expect(readHeader(page(["Các văn bản đã ban hành:", "Số: 15-CP |"])).numberLine).toBeNull();
  });

  it("keeps the Prime Minister's code with its lower-case g ('Số: 04-TTg', 1995; 'Số: 43-TTg', 1996)", () => {
    // pairs30-001 (luatminhkhue, 1995) and pairs30-002/003, fresh29o-019: the Prime Minister's older numbers.
    const decision = ["THỦ TƯỚNG CHÍNH PHỦ", "Số: 04-TTg", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 6 tháng 1 năm 1995", "", "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ", "", "Về việc thành lập ban tổ chức kỷ niệm các ngày lễ năm 1995", "", "THỦ TƯỚNG CHÍNH PHỦ", "", "Căn cứ Luật tổ chức Chính phủ ngày 30 tháng 9 năm 1992;", ""].join("\n");
    expect(readHeader(decision).numberLine).toMatchObject({ number: "04", symbolParts: ["TTg"] });
    expect(analyze(decision, { path: "qd.txt" }).self).toMatchObject({ id: "04/TTg@1995", kind: "decision" });
    // No kind line (a page that dropped it): the motto above, the date below.
    const directive = ["Độc lập - Tự do - Hạnh phúc", "", "Số: 43-TTg", "", "Hà Nội, ngày 22 tháng 1 năm 1996", "", "Trong mấy năm gần đây, cuộc đấu tranh kiềm chế lạm phát đã đạt được kết quả.", ""].join("\n");
    expect(analyze(directive, { path: "ct.txt" }).self).toMatchObject({ number: "43", symbol: "TTg" });
    // Another lower-case code stays unread: only the codes vncite knows to end so.
    expect(readHeader(decision.replace("04-TTg", "04-TTx")).numberLine).toBeNull();
  });
});

describe("a web page whose first line names the document it gives ('Chỉ thị số 05/CT-UBND ngày … của UBND tỉnh X về việc …')", () => {
  const page = (first: string) =>
    [first, "Thời gian qua, tình hình cháy rừng trên địa bàn diễn biến phức tạp, gây thiệt hại lớn về tài sản.", "Thực hiện Chỉ thị số 13/CT-TTg ngày 12/5/2019 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện tốt một số nội dung sau:", "1. Tăng cường tuyên truyền."].join("\n");

  it("is that document: its kind, number, date and issuer from the line, the subject its title", () => {
    const a = analyze(page("Chỉ thị số 08/CT-UBND ngày 20/03/2020 của UBND tỉnh Yên Bái về việc tăng cường phòng cháy, chữa cháy rừng"), { path: "ct.txt" });
    expect(a.self).toMatchObject({ id: "08/CT-UBND@2020~yen-bai", kind: "directive", title: "về việc tăng cường phòng cháy, chữa cháy rừng", date: "2020-03-20" });
    expect(a.citations.map((c) => [c.id, c.role])).toEqual([["08/CT-UBND@2020~yen-bai", "self"], ["13/CT-TTg@2019", "implements"]]);
    // No issuer, "V/v" for "về".
    expect(analyze(page("Quyết định số 211/QĐ-UBND ngày 4/5/2021 V/v phê duyệt phương án phòng cháy rừng")).self).toMatchObject({ kind: "decision", title: "V/v phê duyệt phương án phòng cháy rừng", date: "2021-05-04" });
  });

  it("is not where the line is a sentence about the document, or a listing's record gives its own number", () => {
    // A sentence: it ends with a full stop, or its subject does not follow the citation.
    expect(analyze(page("Quyết định số 211/QĐ-UBND ngày 4/5/2021 về phòng cháy rừng đã được ban hành.")).self.kind).toBeNull();
    expect(analyze(page("Chỉ thị số 08/CT-UBND ngày 20/03/2020 của UBND tỉnh Yên Bái được triển khai rộng rãi")).self.kind).toBeNull();
    // A listing's record names its own number beside the summary, which may open with the document it acts on.
    const row = analyze("Quyết định số 346/QĐ-UBND ngày 1/2/2020 về việc thu hồi đất", { known: { number: "3637/UBND-VX", date: "01/09/2021" } });
    expect([row.self.id, row.self.kind]).toEqual(["3637/UBND-VX@2021", "official-letter"]);
  });
});

describe("a page's title over a copy with no heading: the kind word in any capitals, the number, the subject, no date ('Thông Tư số 12/2019/TT-BYT hướng dẫn …')", () => {
  const page = (first: string, next = "Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Y tế;") =>
    [first, next, "Theo đề nghị của Cục trưởng Cục Quản lý dược,", "Bộ trưởng Bộ Y tế ban hành Thông tư hướng dẫn việc đăng ký thuốc.", "Điều 1. Phạm vi điều chỉnh"].join("\n");

  it("is that document when its preamble opens the next line", () => {
    expect(analyze(page("Thông Tư số 12/2019/TT-BYT hướng dẫn việc đăng ký thuốc")).self).toMatchObject({ id: "12/2019/TT-BYT", kind: "circular", title: "hướng dẫn việc đăng ký thuốc" });
    expect(analyze(page("Nghị định số 31/2020/NĐ-CP quy định chi tiết một số điều của Luật Dược", "\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;")).self).toMatchObject({ id: "31/2020/NĐ-CP", kind: "decree" });
  });

  it("is not where a sentence about a document follows it, or its subject opens in capitals", () => {
    expect(analyze(page("Thông tư số 12/2019/TT-BYT hướng dẫn việc đăng ký thuốc", "Theo Thông tư này, hồ sơ được nộp trực tuyến.")).self.id).not.toBe("12/2019/TT-BYT");
    expect(analyze(page("Thông tư số 12/2019/TT-BYT Hướng dẫn việc đăng ký thuốc")).self.id).not.toBe("12/2019/TT-BYT");
  });
});

describe("a heading that numbers the document in the Party's shape ('NGHỊ QUYẾT SỐ 53 NQ/UBTVQH10 NGÀY …')", () => {
  const gazette = (number: string) =>
    [`NGHỊ QUYẾT SỐ ${number} NGÀY 4-3-1999`, "CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI", "VỀ VIỆC PHÊ CHUẨN SỐ ỦY VIÊN", "Căn cứ Luật Tổ chức Quốc hội;", "QUYẾT NGHỊ:", "1. Phê chuẩn danh sách kèm theo."].join("\n");

  it("is the document's own number, a space or a dash for the dash, the id the state's shape gets", () => {
    expect(readHeader(gazette("53 NQ/UBTVQH10")).numberLine).toMatchObject({ number: "53", symbolParts: ["NQ", "UBTVQH10"], written: "dash-first" });
    const spaced = analyze(gazette("53 NQ/UBTVQH10"), { path: "nq.txt" });
    expect(spaced.self.id).toBe("53/NQ-UBTVQH10@1999");
    expect(spaced.citations[0].role).toBe("self");
    expect(spaced.relations.filter((r) => r.to === spaced.self.id)).toEqual([]);
    expect(analyze(gazette("53-NQ/UBTVQH10"), { path: "nq.txt" }).self.id).toBe("53/NQ-UBTVQH10@1999");
  });

  it("is a Party document's own number too, its issuer after 'CỦA' before it", () => {
    const text = ["CHỈ THỊ CỦA BAN BÍ THƯ SỐ 21-CT/TW NGÀY 5 THÁNG 9 NĂM 1998", "VỀ CÔNG TÁC THANH NIÊN", "Thực hiện Nghị quyết số 6-NQ/TW ngày 2/2/1998, Ban Bí thư yêu cầu:", "1. Các cấp ủy chỉ đạo."].join("\n");
    const a = analyze(text, { path: "ct.txt" });
    expect(a.self.id).toBe("21-CT/TW@1998");
    expect(a.citations.map((c) => [c.id, c.role])).toEqual([["21-CT/TW@1998", "self"], ["06-NQ/TW@1998", "implements"]]);
  });

  it("is no number where the word after the space is no type code", () => {
    expect(readHeader(gazette("53 UB/TC")).numberLine).toBeNull();
  });

  it("gives the subject as the title, the number, date and issuer after them ('SỐ … NGÀY … ⏎ CỦA …') read past", () => {
    expect(readHeader(gazette("53 NQ/UBTVQH10")).title).toBe("VỀ VIỆC PHÊ CHUẨN SỐ ỦY VIÊN");
    // On one line, the issuer up to the subject's "VỀ" or "V/V"; a date with dots.
    const line = ["CHỈ THỊ SỐ 07/1999/CT-TTG NGÀY 8-4-1999 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÒNG CHỐNG HẠN HÁN", "Để chủ động đối phó với hạn hán, Thủ tướng Chính phủ chỉ thị:", "1. Các Bộ, ngành thực hiện."].join("\n");
    expect(analyze(line).self).toMatchObject({ id: "07/1999/CT-TTg", title: "VỀ VIỆC PHÒNG CHỐNG HẠN HÁN", date: "1999-04-08" });
    const dotted = ["QUYẾT ĐỊNH SỐ 61/QĐ-UB NGÀY 9.7.1998 CỦA UBND TỈNH BẮC NINH V/V THÀNH LẬP BAN CHỈ ĐẠO", "Căn cứ Luật Tổ chức HĐND và UBND ngày 21/6/1994;", "QUYẾT ĐỊNH:", "Điều 1. Thành lập Ban Chỉ đạo."].join("\n");
    expect(analyze(dotted).self).toMatchObject({ title: "V/V THÀNH LẬP BAN CHỈ ĐẠO", date: "1998-07-09" });
    // "CỦA" and what is no issuer stay the title's: only the number and date are read past.
    const notIssuer = ["NGHỊ QUYẾT SỐ 19 NQ/UBTVQH10 NGÀY 2-3-1999", "CỦA CÁC HỘI ĐỒNG HÒA GIẢI Ở CƠ SỞ", "Căn cứ Luật Tổ chức Quốc hội;"].join("\n");
    expect(readHeader(notIssuer).title).toBe("CỦA CÁC HỘI ĐỒNG HÒA GIẢI Ở CƠ SỞ");
  });
});

describe("older central documents numbered in their heading", () => {
  it("reads the number and date in the heading ('CỦA <issuer> SỐ … NGÀY …') as its own; the title is the subject after them", () => {
    const text = ["BỘ XÂY DỰNG", "", "THÔNG TƯ", "", "CỦA BỘ XÂY DỰNG SỐ 07/2006/TT-BXD NGÀY 10 THÁNG 11", "NĂM 2006 HƯỚNG DẪN ĐIỀU CHỈNH DỰ TOÁN CÔNG TRÌNH", "",
      "Căn cứ Nghị định số 36/2003/NĐ-CP ngày 4/4/2003 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Xây dựng;", ""].join("\n");
    const a = analyze(text, { path: "tt.txt" });
    expect(a.self.id).toBe("07/2006/TT-BXD");
    expect(a.self.title).toBe("HƯỚNG DẪN ĐIỀU CHỈNH DỰ TOÁN CÔNG TRÌNH");
    expect(a.citations.map((c) => c.role)).toEqual(["self", "based_on"]);
  });

  it("a justified copy spaces the heading's words twice ('CỦA  BỘ  XÂY  DỰNG  SỐ …'): the subject is still the title, its cue the document's", () => {
    const text = ["BỘ  XÂY  DỰNG", "", "THÔNG  TƯ", "", "CỦA  BỘ  XÂY  DỰNG  SỐ  08/2006/TT-BXD  NGÀY  12  THÁNG  11  NĂM  2006  HƯỚNG  DẪN  THỰC  HIỆN  QUYẾT  ĐỊNH  SỐ  97/2006/QĐ-TTG", "",
      "Căn  cứ  Nghị  định  số  36/2003/NĐ-CP  ngày  4/4/2003  của  Chính  phủ  quy  định  chức  năng,  nhiệm  vụ  của  Bộ  Xây  dựng;", ""].join("\n");
    const a = analyze(text, { path: "tt.txt" });
    expect(a.self.title).toBe("HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 97/2006/QĐ-TTG");
    expect(a.citations.map((c) => c.role)).toEqual(["self", "guides", "based_on"]);
  });

  it("the heading's ký hiệu with spaced dashes ('08/2006/TT - BXD') or its day typed against 'NGÀY' ('NGÀY12') leaves the subject the title", () => {
    for (const number of ["SỐ 08/2006/TT - BXD NGÀY 12", "SỐ 08/2006/TT-BXD NGÀY12"]) {
      const text = ["BỘ XÂY DỰNG", "", "THÔNG TƯ", "", `CỦA BỘ XÂY DỰNG ${number} THÁNG 11 NĂM 2006 HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 97/2006/QĐ-TTG`, "",
        "Căn cứ Nghị định số 36/2003/NĐ-CP ngày 4/4/2003 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Xây dựng;", ""].join("\n");
      const a = analyze(text, { path: "tt.txt" });
      expect(a.self.title, number).toBe("HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 97/2006/QĐ-TTG");
      expect(a.relations.filter((r) => r.to === "97/2006/QĐ-TTg").map((r) => r.type), number).toEqual(["guides"]);
    }
  });

  it("without an issuer ('NGHỊ ĐỊNH ⏎ SỐ … NGÀY …'), and with the issuer and number flattened onto one line", () => {
    const bare = ["NGHỊ ĐỊNH", "SỐ 31/2009/NĐ-CP NGÀY 2 THÁNG 4 NĂM 2009", "VỀ QUẢN LÝ VẬT LIỆU NỔ", "CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;", ""].join("\n");
    const a = analyze(bare, { path: "nd.txt" });
    expect(a.self.id).toBe("31/2009/NĐ-CP");
    expect(a.self.title).toBe("VỀ QUẢN LÝ VẬT LIỆU NỔ");
    expect(a.relations.map((r) => r.type)).toEqual(["based_on"]);
    const flat = ["BỘ Y TẾ Số: 15/2010/TT-BYT |", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 20 tháng 5 năm 2010 |", "THÔNG TƯ", "Hướng dẫn tổ chức khám sức khỏe", ""].join("\n");
    expect(readHeader(flat).numberLine).toMatchObject({ number: "15", year: 2010, symbolParts: ["TT", "BYT"] });
  });

  it("a number after a kind word in the heading is another document's: 'CỦA HĐND VỀ VIỆC SỬA ĐỔI NGHỊ QUYẾT SỐ …'", () => {
    const text = ["NGHỊ QUYẾT", "CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ VIỆC SỬA ĐỔI NGHỊ QUYẾT SỐ 12/2005/NQ-HĐND", "Căn cứ Luật Tổ chức HĐND và UBND năm 2003;", ""].join("\n");
    expect(readHeader(text).numberLine).toBeNull();
  });
});

describe("a Party document's header", () => {
  const party = (numberLine: string, committee: string) =>
    [committee, "*", numberLine, "", "ĐẢNG CỘNG SẢN VIỆT NAM", "Thừa Thiên Huế, ngày 13 tháng 5 năm 2022", "", "KẾT LUẬN", "về xây dựng hệ thống kết cấu hạ tầng",
      "Thực hiện Nghị quyết số 13-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương."].join("\n");

  it("reads its own number written without a colon, Party-style, and its committee's place", () => {
    for (const line of ["Số 445-KL/TU", "Số: 445-KL/TU"]) {
      const a = analyze(party(line, "TỈNH ỦY THỪA THIÊN HUẾ"), { path: "kl.txt" });
      expect([a.self.id, a.self.issuer?.code, a.self.jurisdiction.province]).toEqual(["445-KL/TU@2022~thua-thien-hue", "TU", "Thừa Thiên Huế"]);
      expect(a.citations.map((c) => c.role)).toEqual(["self", "implements"]);
    }
    const district = analyze(party("Số 12-KH/HU", "HUYỆN ỦY CHÂU THÀNH"), { path: "kh.txt" });
    expect([district.self.jurisdiction.level, district.self.jurisdiction.district]).toEqual(["district", "huyện Châu Thành"]);
  });

  it("reads a kind line with 'HÀNH ĐỘNG' after the kind word as the kind's ('CHƯƠNG TRÌNH HÀNH ĐỘNG')", () => {
    const text = "TỈNH ỦY NINH BÌNH\n*\nSố 09-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nNinh Bình, ngày 2 tháng 3 năm 2023\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương\n-----\nThực hiện Kế hoạch số 11-KH/TW ngày 9/1/2023 của Bộ Chính trị.";
    const a = analyze(text, { path: "ctr.txt" });
    expect([a.self.id, a.self.kind, a.self.jurisdiction.province]).toEqual(["09-CTr/TU@2023~ninh-binh", "program", "Ninh Bình"]);
    expect(a.self.title).toMatch(/^thực hiện Nghị quyết số 29-NQ\/TW/);
  });

  it("a consolidated text is one, whatever kind its heading names", () => {
    const a = analyze("BỘ TÀI CHÍNH\nSố: 07/VBHN-BTC\nHà Nội, ngày 2 tháng 4 năm 2020\nTHÔNG TƯ\nHướng dẫn về phí\nThông tư số 12/2016/TT-BTC ngày 20 tháng 1 năm 2016 của Bộ Tài chính, có hiệu lực kể từ ngày 5 tháng 3 năm 2016.", { path: "vbhn.txt" });
    expect([a.self.id, a.self.kind]).toEqual(["07/VBHN-BTC@2020", "consolidated-text"]);
  });

  it("ends a title at the rule drawn under it ('-----'), not at a wrapped year", () => {
    const t = (title: string) => readHeader(`HUYỆN ỦY CHÂU THÀNH\n*\nSố 87-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nChâu Thành, ngày 10 tháng 5 năm 2023\nKẾ HOẠCH\n${title}\nThực hiện Kế hoạch số 120-KH/TU.`).title;
    expect(t("thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư\n-----")).toBe("thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư");
    expect(t("-----\nthực hiện Chỉ thị số 21-CT/TW của Ban Bí thư")).toBe("thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư");
    expect(t("phát triển nông nghiệp giai đoạn 2021 -\n2025\n-----")).toBe("phát triển nông nghiệp giai đoạn 2021 - 2025");
  });

  it("ends a title at a rule of underscores under it ('______'), before a body that opens with a narrative sentence", () => {
    const t = (rule: string) =>
      readHeader(`UBND TỈNH BẾN TRE\nSố: 05/CT-UB\nBến Tre, ngày 3 tháng 2 năm 2006\n\nCHỈ THỊ\n\nV/v tăng cường phòng chống cháy rừng mùa khô\n\n${rule}\n\nNgày 10 tháng 1 năm 2006, Thủ tướng Chính phủ đã có Chỉ thị số 02/2006/CT-TTg về việc\nphòng cháy rừng. Để chủ động ứng phó, Chủ tịch yêu cầu như sau:\n`).title;
    expect(t("______________________")).toBe("V/v tăng cường phòng chống cháy rừng mùa khô");
    expect(t("___ ")).toBe("V/v tăng cường phòng chống cháy rừng mùa khô");
    // As the dashed rule does.
    expect(t("-----------")).toBe("V/v tăng cường phòng chống cháy rừng mùa khô");
  });

  it("reads 'TƯ' in its own number as the code of the committee its heading names, not TW", () => {
    const a = analyze(party("Số 17-CT/TƯ", "TỈNH ỦY BẮC GIANG"), { path: "ct.txt" });
    expect([a.self.id, a.self.issuer?.code, a.self.jurisdiction.level, a.self.jurisdiction.province]).toEqual(["17-CT/TU@2022~bac-giang", "TU", "province", "Bắc Giang"]);
    const district = analyze(party("Số 08-NQ/TƯ", "HUYỆN ỦY CHÂU THÀNH"), { path: "nq.txt" });
    expect([district.self.issuer?.code, district.self.jurisdiction.level]).toEqual(["HU", "district"]);
    // Under the Central Committee's heading it stays TW.
    expect(analyze(party("Số 21-CT/TƯ", "BAN CHẤP HÀNH TRUNG ƯƠNG"), { path: "tw.txt" }).self.issuer?.code).toBe("TW");
  });

  it("takes the place of a council's heading as of a people's committee's", () => {
    const text = "HỘI ĐỒNG NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 21/NQ-HĐND\nChâu Thành, ngày 07 tháng 9 năm 2022\nNGHỊ QUYẾT\nVỀ KẾ HOẠCH ĐẦU TƯ CÔNG\nCăn cứ Nghị quyết số 24/2021/QH15 ngày 28/7/2021 của Quốc hội;";
    const a = analyze(text, { path: "nq.txt" });
    expect([a.self.jurisdiction.level, a.self.jurisdiction.district]).toEqual(["district", "huyện Châu Thành"]);
  });
});

describe("a header without its kind line", () => {
  it("takes the document's kind from its own number's type code", () => {
    const text = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 63/2006/QĐ-UBND | Phan Thiết, ngày 26 tháng 7 năm 2006 |\nBAN HÀNH QUY ĐỊNH VỀ HOẠT ĐỘNG CỦA CÔNG BÁO TỈNH BÌNH THUẬN\nCăn cứ Nghị định số 104/2004/NĐ-CP ngày 23/3/2004 của Chính phủ;";
    const a = analyze(text, { path: "qd.txt" });
    expect([a.self.id, a.self.kind]).toEqual(["63/2006/QĐ-UBND~binh-thuan", "decision"]);
  });
});

describe("a text with no heading above its kind", () => {
  it("a first line in sentence case, kind word and subject ('Quyết định về …'), names the kind and the title", () => {
    const text = "Quyết định về chế độ thu , nộp quỹ phòng , chống thiên tai trên địa bàn tỉnh \nỦy ban nhân dân tỉnh \nCăn cứ Nghị định số 94/2014/NĐ-CP ngày 17/10/2014 của Chính phủ ;\nQuyết định : \n";
    const h = readHeader(text);
    expect([h.kind, h.title]).toEqual(["decision", "về chế độ thu , nộp quỹ phòng , chống thiên tai trên địa bàn tỉnh"]);
    expect(analyze(text).citations.map((c) => c.role)).toEqual(["based_on"]);
  });

  it("a subject printed as a paragraph is whole on its line; a line after it that ends as a sentence ('… như sau :') is the body's", () => {
    const plan = "Kế hoạch thực hiện nghị quyết số 12-nq/tu ngày 03/5/2021 của ban thường vụ tỉnh ủy về đẩy mạnh phát triển du lịch cộng đồng giai đoạn 2021 - 2025 \nNgày 03/5/2021 , Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết số 12-NQ/TU về đẩy mạnh phát triển du lịch cộng đồng ( sau đây gọi là Nghị quyết số 12-NQ/TU ) . \nI . mục đích , yêu cầu \n";
    const h = readHeader(plan);
    expect([h.kind, h.title]).toEqual(["plan", "thực hiện nghị quyết số 12-nq/tu ngày 03/5/2021 của ban thường vụ tỉnh ủy về đẩy mạnh phát triển du lịch cộng đồng giai đoạn 2021 - 2025"]);
    expect(analyze(plan).relations.map((r) => r.type)).toContain("implements");
    const circular = "Thông tư hướng dẫn thi hành một số quy định của pháp lệnh thú y \nĐể thi hành Pháp lệnh thú y , Bộ Nông nghiệp hướng dẫn như sau : \nI . phạm vi \n";
    expect(readHeader(circular).title).toBe("hướng dẫn thi hành một số quy định của pháp lệnh thú y");
  });

  it("the issuer's line under the subject may open with the head who signs ('Thống đốc …', 'Cục trưởng …', 'Giám đốc …'): no more of the title", () => {
    for (const issuer of ["Thống đốc ngân hàng nhà nước", "Cục trưởng cục hải quan tỉnh", "Giám đốc sở tư pháp", "Tổng cục trưởng tổng cục thống kê"]) {
      const h = readHeader(`Quyết định về việc thành lập hội đồng thẩm định giá \n${issuer} \nCăn cứ Nghị định số 12/2005/NĐ-CP ngày 3/2/2005 ;\n`);
      expect(h.title).toBe("về việc thành lập hội đồng thẩm định giá");
    }
  });

  it("a first line printed from the Official Gazette's heading ('Thông tư của bộ … số … ngày …') gives the number and the date; the subject is the title", () => {
    const text = "Thông tư của bộ tài chính số 85/2003/tt-btc ngày 29 tháng 8 năm 2003 hướng dẫn việc quản lý quỹ hỗ trợ xuất khẩu \nCăn cứ Nghị định số 77/2003/NĐ-CP ngày 01/7/2003 của Chính phủ ;\nĐiều 1 . Phạm vi \n";
    const h = readHeader(text);
    expect([h.kind, h.title, h.numberLine?.number]).toEqual(["circular", "hướng dẫn việc quản lý quỹ hỗ trợ xuất khẩu", "85"]);
    const a = analyze(text);
    expect([a.self.id, a.self.date]).toEqual(["85/2003/TT-BTC", "2003-08-29"]);
    expect(a.relations.map((r) => `${r.type} ${r.to}`)).toEqual(["based_on 77/2003/NĐ-CP"]);
  });

  it("a first line that tells of a document ('Kế hoạch do … ký ban hành, …', 'Quyết định số …') names no kind", () => {
    expect(readHeader("Kế hoạch do Phó Chủ tịch UBND tỉnh ký ban hành , yêu cầu các sở triển khai\nNội dung như sau .\n").kind).toBeNull();
    expect(readHeader("Quyết định số 12/QĐ-UBND ngày 3/4/2020 quy định giá đất\nNội dung như sau .\n").kind).toBeNull();
  });

  it("a basis's date in the preamble ('Căn cứ Pháp lệnh Du lịch , ngày 08 tháng 02 năm 1999 ;') is not the document's", () => {
    const text = "Quyết định ban hành quy chế quản lý khu du lịch \nỦy ban nhân dân tỉnh \nCăn cứ Pháp lệnh Du lịch , ngày 08 tháng 02 năm 1999 ;\nQuyết định : \n";
    expect(readHeader(text).date).toBeNull();
    expect(readHeader("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 5/QĐ-UBND\nAn Giang, ngày 3 tháng 4 năm 2020\nQUYẾT ĐỊNH\nVề việc x\nCăn cứ Pháp lệnh Du lịch, ngày 08 tháng 02 năm 1999;\n").date).toBe("2020-04-03");
  });

  it("a line in capitals after the preamble's first line is the body's ('Chương I ⏎ QUY ĐỊNH CHUNG'), an item's ('I. CĂN CỨ ⏎ KẾ HOẠCH'): not the kind", () => {
    const decree = readHeader("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định.\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\n");
    expect(decree.kind).toBeNull();
    const plan = readHeader("Tăng cường chuyển đổi số\nI. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22/8/2022 của Thủ tướng Chính phủ;\n");
    expect(plan.kind).toBeNull();
    const a = analyze("Nghị định về công tác lưu trữ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;\nChính phủ ban hành Nghị định về công tác lưu trữ.\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\n");
    expect(a.self.kind).toBe("decree");
    expect(a.citations.map((c) => c.role)).toEqual(["based_on", "based_on"]);
  });
});

describe("a citation wrapped before its number ('… tại Tờ trình ⏎ số: 41/TTr-SYT')", () => {
  const text = (above: string) =>
    `Quyết định về việc ban hành quy chế quản lý trạm y tế xã \nỦy ban nhân dân tỉnh hà nam \nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 ;\n${above}\nsố: 41/TTr-SYT ngày 05/3/2018 ,\nQuyết định : \n`;
  it("is no own number line: the copy without its heading stays unnumbered and the submission proposes it", () => {
    for (const above of ["Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình", "Theo đề nghị của Sở Y tế tại công văn", "Xét đề nghị của Sở Y tế tại văn bản"]) {
      const h = readHeader(text(above));
      expect(h.numberLine, above).toBeNull();
      const a = analyze(text(above));
      expect(a.self.number, above).toBeNull();
      expect(a.relations.map((r) => `${r.type} ${r.to}`), above).toContain("proposed_by 41/TTr-SYT@2018~ha-nam");
    }
  });
  it("a heading's kind line above its 'Số:' line still numbers the document", () => {
    for (const kindLine of ["QUYẾT ĐỊNH", "Quyết định"]) {
      const h = readHeader(`ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n${kindLine}\nSố: 41/QĐ-UBND\nHà Nam, ngày 05 tháng 3 năm 2018\nVề việc ban hành quy chế\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n`);
      expect(h.numberLine?.number, kindLine).toBe("41");
    }
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

describe("the own number's ký hiệu with a dot set off by a space", () => {
  const head = (number: string, after = "") =>
    `ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: ${number}${after}\nYên Bái, ngày 9 tháng 8 năm 1999\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n\nCăn cứ Luật Tổ chức HĐND và UBND ngày 21 tháng 6 năm 1994;\n\nQUYẾT ĐỊNH:\nĐiều 1. Giao chỉ tiêu.\n`;

  it("reads the code after the dot as the issuer's where the line ends with it, as the dot written tight", () => {
    expect(analyze(head("27/1999/QĐ .UB"), { path: "a.txt" }).self.id).toBe("27/1999/QĐ-UB~yen-bai");
    expect(analyze(head("27/1999/QĐ .UBND", "  "), { path: "a.txt" }).self.id).toBe("27/1999/QĐ-UBND~yen-bai");
    expect(analyze(head("27/1999/QĐ.UB"), { path: "a.txt" }).self.id).toBe("27/1999/QĐ-UB~yen-bai");
    // The space after the dot ("QĐ. UB"), the number set off from its slash too, as scanned pages give it.
    expect(analyze(head("27/1999/QĐ. UB"), { path: "a.txt" }).self.id).toBe("27/1999/QĐ-UB~yen-bai");
    expect(analyze(head("27 /QĐ. SNN"), { path: "a.txt" }).self.id).toBe("27/QĐ-SNN@1999~yen-bai");
  });

  it("reads the label in lower case with its colon, as OCR gives 'Số:' ('số: 4222 /TCT -PC')", () => {
    expect(analyze(head("27 /QĐ -UB").replace("Số:", "số:"), { path: "a.txt" }).self.id).toBe("27/QĐ-UB@1999~yen-bai");
    // Without the colon, a line opening "số …" is a wrapped sentence's, no label.
    expect(readHeader("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu theo Quyết định\nsố 27/QĐ-UB ngày 9/8/1999\n").numberLine).toBeNull();
  });

  it("leaves a full stop before more words on the line alone", () => {
    const a = analyze(head("27/QĐ-UB", ". Yên Bái, ngày 9 tháng 8 năm 1999"), { path: "a.txt" });
    expect(a.self.symbol).toBe("QĐ-UB");
    expect(analyze(head("27/1999/QĐ .Ủy ban"), { path: "a.txt" }).self.symbol).toBe("QĐ");
    expect(analyze(head("27/QĐ-UB", ". YÊN BÁI"), { path: "a.txt" }).self.symbol).toBe("QĐ-UB");
  });
});

describe("the own number with a slash or a dash typed twice ('Số: 25/2008//QĐ-UBND')", () => {
  const head = (number: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: ${number}\nYên Bái, ngày 9 tháng 8 năm 2008\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n\nCăn cứ Quyết định số 3/2007/QĐ-UBND ngày 2/1/2007 của UBND tỉnh;\n`;

  it("is the document's own number, read as the grammar reads it in a citation, not a reference to itself", () => {
    for (const written of ["25/2008//QĐ-UBND", "25 / 2008 / / QĐ-UBND", "25/2008/QĐ--UBND"]) {
      const a = analyze(head(written), { path: "a.txt" });
      expect(a.self.id, written).toBe("25/2008/QĐ-UBND~yen-bai");
      expect(a.citations.map((c) => [c.id, c.role]), written).toEqual([
        ["25/2008/QĐ-UBND~yen-bai", "self"],
        ["03/2007/QĐ-UBND~yen-bai", "based_on"],
      ]);
    }
    expect(readHeader(head("25/2008/QĐ--UBND")).numberLine?.symbolParts).toEqual(["QĐ", "UBND"]);
    // A spaced "--" goes on no ký hiệu, in the header as in a citation.
    expect(readHeader(head("25/2008/QĐ -- UBND")).numberLine?.symbolParts).toEqual(["QĐ"]);
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

describe("a header flattened onto one line, the number's cell after the national motto", () => {
  // A document's text layer copied page by page: every cell of the header on the first line, in
  // reading order, no bar between the cells (the motto's dashes sometimes lost as well).
  const council =
    "HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH YÊN BÁI Độc lập  Tự do  Hạnh phúc    Số: 41/2019/NQ-HĐND Yên Bái, ngày 9 tháng 8 năm 2019   NGHỊ QUYẾT QUY ĐỊNH MỨC HỖ TRỢ HỌC SINH BÁN TRÚ HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI Căn cứ Nghị định số 116/2016/NĐ-CP ngày 18 tháng 7 năm 2016 của Chính phủ;";
  const letter =
    "UBND HUYỆN MƯỜNG LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG TÀI CHÍNH - KẾ HOẠCH Độc lập - Tự do - Hạnh phúc Số : 215 /TCKH-NS Mường La, ngày 03 tháng 4 năm 2018 V/v rà soát kinh phí sự nghiệp Kính gửi: Ủy ban nhân dân các xã.";

  it("reads the number after the motto and the place and date after the number", () => {
    const h = readHeader(council);
    expect([h.numberLine?.number, h.numberLine?.year, h.numberLine?.symbolParts, h.date, h.place]).toEqual(["41", 2019, ["NQ", "HĐND"], "2019-08-09", "Yên Bái"]);
    const a = analyze(council, { path: "nq.txt" });
    expect([a.self.id, a.self.kind]).toEqual(["41/2019/NQ-HĐND~yen-bai", "resolution"]);
    expect(a.citations.map((c) => `${c.role} ${c.id}`)).toEqual(["self 41/2019/NQ-HĐND~yen-bai", "based_on 116/2016/NĐ-CP"]);
    const l = readHeader(letter);
    expect([l.numberLine?.number, l.numberLine?.symbolParts, l.date, l.place]).toEqual(["215", ["TCKH", "NS"], "2018-04-03", "Mường La"]);
  });

  it("needs the motto right before the number's cell and the colon written", () => {
    // A sentence's "Số" after the motto's words without a colon is no number's cell.
    expect(readHeader("Chúng tôi chúc mọi nhà ấm no, Hạnh phúc Số 12/KH-UBND đã nêu rõ các việc cần làm.").numberLine).toBeNull();
    // A number's line of its own under the motto still reads the date line as before.
    const lines = ["ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc ", "Số: 12/KH-UBND", "Yên Bái, ngày 2 tháng 3 năm 2020", "KẾ HOẠCH", "Phòng chống thiên tai"].join("\n");
    const h = readHeader(lines);
    expect([h.numberLine?.number, h.date, h.place]).toEqual(["12", "2020-03-02", "Yên Bái"]);
  });

  it("reads a long run of blanks and motto words in linear time", () => {
    const hostile = "Hạnh phúc ".repeat(4000) + "Số: " + "1/".repeat(3000);
    const t0 = Date.now();
    readHeader(hostile);
    analyze(hostile, { path: "x.txt" });
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it("reads a long rule of dashes in the heading (or en dashes, repaired to dashes) in linear time, and a short one as before", () => {
    // Fuzzing found the place-and-date line's rule alternative tried at each dash with each length:
    // 0.25 s of analyze() for 2,000 dashes, 0.5 s for 4,000 (the heading's length bounds it).
    for (const dash of ["-", "–"]) {
      const make = (n: number) => `ỦY BAN NHÂN DÂN | CỘNG${dash.repeat(n)} HÒA\nQUYẾT ĐỊNH\nVề việc giao đất`;
      expect(cpuRatio((t) => readHeader(t), make(2000), make(250), 5)).toBeLessThan(24);
    }
    // The rule read whole: the date after it, past 40 characters of the line before it (the place keeps the rule, as before).
    const ruled = readHeader(["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", `Số: 12/QĐ-UBND Độc lập - Tự do - Hạnh phúc ${"-".repeat(30)}Hà Giang, ngày 5 tháng 3 năm 2019`, "QUYẾT ĐỊNH", "Về việc giao đất"].join("\n"));
    expect(ruled.date).toBe("2019-03-05");
  });
});

describe("a flattened header whose motto keeps the rule printed under it ('Hạnh phúc ******* Số: …')", () => {
  // A document-sharing site's text of a PDF: the two columns' lines in reading order on one line, the
  // rules under the issuer and under the motto left between the motto and the number's cell.
  const circular =
    "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- ------- Số: 15/2009/TT-BTC Hà Nội, ngày 20 tháng 1 năm 2009 THÔNG TƯ HƯỚNG DẪN CHẾ ĐỘ THU PHÍ BỘ TRƯỞNG BỘ TÀI CHÍNH Căn cứ Nghị định số 57/2002/NĐ-CP ngày 03 tháng 6 năm 2002 của Chính phủ; Căn cứ Nghị định số 118/2008/NĐ-CP ngày 27 tháng 11 năm 2008 của Chính phủ;";

  it("reads the number and its place and date after the rules, and the first basis after the heading's capitals", () => {
    const h = readHeader(circular);
    expect([h.numberLine?.number, h.numberLine?.year, h.numberLine?.symbolParts, h.date, h.place]).toEqual(["15", 2009, ["TT", "BTC"], "2009-01-20", "Hà Nội"]);
    const a = analyze(circular.replaceAll("-------", "*******"), { path: "tt.txt" });
    expect([a.self.id, a.self.date]).toEqual(["15/2009/TT-BTC", "2009-01-20"]);
    expect(a.citations.map((c) => `${c.role} ${c.id}`)).toEqual(["self 15/2009/TT-BTC", "based_on 57/2002/NĐ-CP", "based_on 118/2008/NĐ-CP"]);
  });

  it("reads the date after the number where the site numbers its pages as a list ('  1. BỘ … Số: …')", () => {
    const page = `Tài liệu: Thông tư số 15/2009/TT-BTC\n\nNội dung Text:\n\n  1. ${circular.replaceAll("-------", "*******")}\n  2. Điều 2. Thông tư này có hiệu lực sau 45 ngày.`;
    const a = analyze(page, { path: "tt.txt" });
    expect([a.self.id, a.self.date]).toEqual(["15/2009/TT-BTC", "2009-01-20"]);
    expect(a.citations.filter((c) => c.role !== "self" && c.role !== "references").map((c) => `${c.role} ${c.id}`)).toEqual(["based_on 57/2002/NĐ-CP", "based_on 118/2008/NĐ-CP"]);
  });

  it("takes no sentence's 'số' after a rule for a number's cell, and stays linear on long runs of rules", () => {
    expect(readHeader("Chúng tôi chúc mọi nhà Hạnh phúc ------- số 12/KH-UBND đã nêu rõ các việc.").numberLine).toBeNull();
    const hostile = ("Hạnh phúc " + "*** ".repeat(3)).repeat(1500) + "Số: " + "1/".repeat(3000);
    const t0 = Date.now();
    readHeader(hostile);
    analyze(hostile, { path: "x.txt" });
    expect(Date.now() - t0).toBeLessThan(3000);
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

describe("a title followed, past a blank line, by the body's first paragraph wrapped as the page wraps it", () => {
  const directive = (body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 07/CT-UBND\nHà Tĩnh, ngày 4 tháng 5 năm 2022\nCHỈ THỊ\nVề tăng cường quản lý hoạt động khai thác cát, sỏi\n\n${body}\nĐể chấn chỉnh tình trạng trên, Chủ tịch UBND tỉnh yêu cầu:`;

  it("ends the title before a paragraph whose line ends as no title does, or that holds a sentence's stop", () => {
    const recount = analyze(directive("Những năm qua, thực hiện Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ về\ntăng cường công tác quản lý hoạt động khai thác cát, sỏi lòng sông,\ncác ngành, địa phương đã có nhiều cố gắng. Tuy nhiên, vẫn còn sai phạm."), { path: "ct.txt" });
    expect(recount.self.title).toBe("Về tăng cường quản lý hoạt động khai thác cát, sỏi");
    const stop = analyze(directive("Thời gian qua, hoạt động khai thác cát, sỏi trên địa bàn tỉnh từng bước\nđi vào nền nếp. Tuy nhiên, tình trạng khai thác trái phép vẫn diễn ra."), { path: "ct.txt" });
    expect(stop.self.title).toBe("Về tăng cường quản lý hoạt động khai thác cát, sỏi");
  });

  it("keeps a title wrapped in small letters, one ending with a full stop, and a short label after it", () => {
    const wrapped = analyze(directive("Những năm qua, thực hiện Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ về\ntăng cường công tác quản lý hoạt động khai thác cát, sỏi lòng sông,\ncác ngành, địa phương đã có nhiều cố gắng.").replace("khai thác cát, sỏi\n", "khai thác cát, sỏi\nlòng sông trên địa bàn tỉnh\n"), { path: "ct.txt" });
    expect(wrapped.self.title).toBe("Về tăng cường quản lý hoạt động khai thác cát, sỏi lòng sông trên địa bàn tỉnh");
    const stopped = readHeader("UBND TỈNH BẮC NINH\nSố: 53/QĐ-UBND\nBắc Ninh, ngày 24 tháng 1 năm 2019\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\n\nBộ phận Tiếp nhận và trả kết quả Sở Kế hoạch và Đầu tư.\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    expect(stopped.title).toBe("Về việc ban hành Quy chế làm việc Bộ phận Tiếp nhận và trả kết quả Sở Kế hoạch và Đầu tư.");
  });
});

describe("an amending circular's title in capitals wrapped past six lines, up to the preamble", () => {
  it("the title runs on to 'Căn cứ' when only its capitals lines stand between", async () => {
    const { analyze } = await import("../../src/index.js");
    const title = [
      "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 78/2021/TT-BTC NGÀY 17 THÁNG 9 NĂM 2021",
      "CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ THUẾ",
      "VÀ NGHỊ ĐỊNH SỐ 123/2020/NĐ-CP NGÀY 19 THÁNG 10 NĂM 2020 CỦA CHÍNH PHỦ QUY ĐỊNH VỀ",
      "HÓA ĐƠN, CHỨNG TỪ VÀ THÔNG TƯ SỐ 39/2014/TT-BTC NGÀY 31 THÁNG 3 NĂM 2014 CỦA BỘ",
      "TRƯỞNG BỘ TÀI CHÍNH HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 51/2010/NĐ-CP NGÀY 14 THÁNG 5",
      "NĂM 2010 VÀ NGHỊ ĐỊNH SỐ 04/2014/NĐ-CP NGÀY 17 THÁNG 01 NĂM 2014 CỦA CHÍNH PHỦ QUY",
      "ĐỊNH VỀ HÓA ĐƠN BÁN HÀNG HÓA, CUNG ỨNG DỊCH VỤ VÀ THÔNG TƯ SỐ 26/2015/TT-BTC NGÀY",
      "27 THÁNG 02 NĂM 2015 CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH",
    ];
    const text = ["BỘ TÀI CHÍNH", "Số: 32/2025/TT-BTC", "Hà Nội, ngày 20 tháng 5 năm 2025", "THÔNG TƯ", ...title,
      "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ;", "Bộ trưởng Bộ Tài chính ban hành Thông tư.", "Điều 1. Sửa đổi khoản 2 Điều 3."].join("\n");
    const a = analyze(text);
    expect(a.self.title).toBe(title.join(" "));
    expect(a.relations.filter((r) => r.from === a.self.id && r.type === "amends").map((r) => r.to)).toEqual(["78/2021/TT-BTC", "39/2014/TT-BTC", "26/2015/TT-BTC"]);
  });

  it("a sentence-case line after six capitals lines still ends the title (no preamble right after)", async () => {
    const { analyze } = await import("../../src/index.js");
    const text = ["BỘ TÀI CHÍNH", "Số: 32/2025/TT-BTC", "Hà Nội, ngày 20 tháng 5 năm 2025", "THÔNG TƯ",
      "QUY ĐỊNH", "VỀ QUẢN LÝ", "VÀ SỬ DỤNG", "KINH PHÍ", "CHI THƯỜNG XUYÊN", "NĂM 2025",
      "Hướng dẫn này áp dụng cho các đơn vị dự toán.", "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ;"].join("\n");
    expect(analyze(text).self.title).toBe("QUY ĐỊNH VỀ QUẢN LÝ VÀ SỬ DỤNG KINH PHÍ CHI THƯỜNG XUYÊN NĂM 2025");
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

describe("a date line whose date words are typed with a capital ('Hà Nội, Ngày 27 tháng 9 năm 1995')", () => {
  it.each([
    ["Hà Nội, ngày 27 tháng 9 năm 1995"],
    ["Hà Nội, Ngày 27 tháng 9 năm 1995"],
    ["HÀ NỘI, NGÀY 27 THÁNG 9 NĂM 1995"],
  ])("%s dates the document", (line) => {
    const a = analyze(`THỦ TƯỚNG CHÍNH PHỦ\nSố: 768-TTg\n${line}\nQUYẾT ĐỊNH\nVề việc thành lập Hội đồng\n`);
    expect([a.self?.date, a.self?.id]).toEqual(["1995-09-27", "768/TTg@1995"]);
  });
});
