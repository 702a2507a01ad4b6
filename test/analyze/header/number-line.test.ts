/**
 * The document's own number in each shape it is written (src/analyze/header/number-line.ts).
 */
import { describe, expect, it } from "vitest";
import { cpuRatio } from "../../helpers/linear.js";
import { readHeader } from "../../../src/analyze/header/index.js";
import { misreadLabelLine } from "../../../src/analyze/header/number-line.js";
import { analyze } from "../../../src/index.js";
import { NUMBER_LABEL_MISREAD } from "../../../src/vocab/fields.js";
import { noteIfDiffer, seededRandom, textsUnder as texts } from "../../helpers/search-equivalence.js";

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

describe("an older number with nothing where the dash belongs ('Số: 936QĐ/UB', 'Số: 4155QĐ/ BTP': fixtures/fresh/fresh61g-001, fresh52c-006)", () => {
  // UBND Hà Tĩnh's decision of 1992, its header a table flattened by a legal site; Bộ Tư pháp's decision of 2011.
  const province = (number: string) => ["UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", `Số: ${number} | HàTĩnh, ngày 25 tháng 8 năm 1992 |`, "VỀ VIỆC BAN HÀNH QUY ĐỊNH TẠM THỜI VỀ GIAO ĐẤT, THU HỒI ĐẤT.", "UỶ BAN NHÂN DÂN TỈNH HÀ TĨNH", "- Căn cứ Luật đất đai công bố ngày 08 tháng 01 năm 1988.", ""].join("\n");
  const ministry = (number: string) => ["BỘ TƯ PHÁP", "--------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "----------------", "|", `Số: ${number}`, "|", "Hà Nội, ngày 26 tháng 10 năm 2011", "|", "QUYẾT ĐỊNH", "PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG", "BỘ TRƯỞNG BỘ TƯ PHÁP", "Căn cứ Luật Bình đẳng giới;", ""].join("\n");

  it("is the document's own number, as the same number with its dash is", () => {
    expect(readHeader(province("936QĐ/UB")).numberLine).toMatchObject({ number: "936", symbolParts: ["QĐ", "UB"] });
    expect(analyze(province("936QĐ/UB"), { path: "qd.txt" }).self.id).toBe(analyze(province("936-QĐ/UB"), { path: "qd.txt" }).self.id);
    expect(readHeader(ministry("4155QĐ/ BTP")).numberLine).toMatchObject({ number: "4155", symbolParts: ["QĐ", "BTP"] });
    expect(analyze(ministry("4155QĐ/ BTP"), { path: "qd.txt" }).self.id).toBe("4155/QĐ-BTP@2011");
  });

  it("is no number where the letters glued to it are no type code", () => {
    expect(readHeader(province("936UB/TC")).numberLine).toBeNull();
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

  it("is read where the issuer's cell is in sentence case, the bar closing the number's cell ('Chính phủ Số: 152/2024/NĐ-CP |')", () => {
    // trogiupluat.vn's pages (fresh59b-003, fresh31b-018): the site's own lines, then the header flattened cell by cell.
    const page = (numberLine: string) =>
      ["Nghị định 152/2024/NĐ-CP Sửa đổi Nghị định 62/2015/NĐ-CP hướng dẫn Luật Thi hành án dân sự", "152/2024/NĐ-CP", "Nghị định", "15-11-2024", numberLine, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 15 tháng 11 năm 2024 |", "Nghị định", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 62/2015/NĐ-CP NGÀY 18 THÁNG 7 NĂM 2015", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", ""].join("\n");
    expect(readHeader(page("Chính phủ Số: 152/2024/NĐ-CP |")).numberLine).toMatchObject({ number: "152", year: 2024, symbolParts: ["NĐ", "CP"] });
    expect(analyze(page("Chính phủ Số: 152/2024/NĐ-CP |"), { path: "nd.txt" }).self).toMatchObject({ id: "152/2024/NĐ-CP", kind: "decree" });
    const resolution = ["Ủy ban Thường vụ Quốc hội Số: 1187/NQ-UBTVQH14 |", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 11 tháng 01 năm 2021 |", "Nghị quyết", "HƯỚNG DẪN VIỆC XÁC ĐỊNH DỰ KIẾN CƠ CẤU", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", ""].join("\n");
    expect(readHeader(resolution).numberLine).toMatchObject({ number: "1187", symbolParts: ["NQ", "UBTVQH14"] });
    // A tab between the issuer's words, as between its last word and "Số" (session 59's audit): in capitals too.
    for (const issuer of ["Ủy ban\tThường vụ\tQuốc hội", "ỦY BAN\tTHƯỜNG VỤ\tQUỐC HỘI"]) {
      expect(readHeader(resolution.replace("Ủy ban Thường vụ Quốc hội", issuer)).numberLine).toMatchObject({ number: "1187", symbolParts: ["NQ", "UBTVQH14"] });
    }
    // Without the bar the line is prose that opens with a capital, not a header's cell.
    expect(readHeader(page("Chính phủ Số: 152/2024/NĐ-CP")).numberLine).toBeNull();
    expect(readHeader(page("Theo đề nghị tại văn bản Số: 152/2024/NĐ-CP ngày 15/11/2024 của Chính phủ")).numberLine).toBeNull();
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

describe("a copy that lost every letter beyond ASCII, its 'Số:' printed 'S:' (fixtures/fresh/fresh38b-005, fresh30b-026, fresh29d-010)", () => {
  // Sở Tài chính Bắc Ninh's guidance as thuvienphapluat.vn stores it (2015): "UBND TNH BC NINH", "S: 514/HD-STC", "Căn c Thông s …".
  const guidance = (numberLine: string) =>
    [
      "UBND TNH BC NINH",
      "SỞ TÀI CHÍNH",
      "--------",
      "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "---------------",
      "",
      numberLine,
      "",
      "Bắc Ninh, ngày 27 tháng 7 năm 2015",
      "",
      "HƯỚNG DẪN",
      "",
      "XÂY DỰNG DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2016",
      "",
      "Căn c Thông s 102/2015/TT-BTC ngày 30/6/2015 ca B Tài chính",
      "",
    ].join("\n");

  it("reads the line as the document's own number", () => {
    expect(readHeader(guidance("S: 514/HD-STC")).numberLine).toMatchObject({ number: "514", year: null, symbolParts: ["HD", "STC"] });
    expect(analyze(guidance("S: 514/HD-STC"), { path: "hd.txt" }).self.id).toMatch(/^514\/HD-STC@2015/);
    // A customs office's letter (2021): the subject line under it; spaces before the slash (a Sở's guidance, 2017).
    const letter = ["TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN", "", "THÀNH PHỐ HẢI PHÒNG", "-------", "", "S: 5819/HQHP-TXNK", "V/v thực hin công văn số 2687/TCHQ-TXNK ngày 01/6/2021", "", "Hi Phòng, ngày 10 tháng 6 năm 2021", ""].join("\n");
    expect(readHeader(letter).numberLine).toMatchObject({ number: "5819", symbolParts: ["HQHP", "TXNK"] });
    expect(readHeader(guidance("S: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 nm 2017")).numberLine).toMatchObject({ number: "02", symbolParts: ["HD", "SVHTTDL"] });
  });

  it("not where 'S:' does not open the line, or no number and ký hiệu follow it", () => {
    expect(readHeader(guidance("Diện tích S: 514/HD-STC")).numberLine).toBeNull();
    expect(readHeader(guidance("S: 120 ha đất trồng lúa")).numberLine).toBeNull();
    expect(readHeader(guidance("S 514/HD-STC")).numberLine).toBeNull();
  });
});

describe("a flattened header whose font lost its marked letters: '… H nh phúc ------- S : 2087/QĐ-UBTDTT …' (fixtures/fresh/fresh59d-010, fresh55h-013)", () => {
  // The Sports Committee's decision of 2002 as tailieu.vn extracts its PDF: one paragraph, every marked letter lost.
  const decision = (cell: string) =>
    `Nội dung Text: Quyết định số 2087/QĐ-UBTDTT\n\n 1. Y BAN TH D C TH THAO C NG HÒA XÃ H I CH NGHĨA VI T NAM ------ Đ c l p - T do - H nh phúc ------------- ${cell} Hà N i, ngày 26 tháng 12 năm 2002 QUY T Đ NH V VI C BAN HÀNH LU T C U MÂY B TRƯ NG - CH NHI M Y BAN TH D C TH THAO Căn c Ngh đ nh s 03/1998/NĐ-CP ngày 6/1/1998 c a Chính ph v ch c năng. Xét yêu c u v phát tri n môn C u mây.`;

  it("reads the cell after the motto as the document's own number, and the basis after it", () => {
    expect(readHeader(decision("S : 2087/QĐ-UBTDTT")).numberLine).toMatchObject({ number: "2087", symbolParts: ["QĐ", "UBTDTT"] });
    const a = analyze(decision("S : 2087/QĐ-UBTDTT"), { path: "qd.txt" });
    expect(a.self.id).toMatch(/^2087\/QĐ-UBTDTT/);
    expect(a.citations.filter((c) => c.number === "03").map((c) => c.role)).toEqual(["based_on"]);
    // HCM City's decision of 1996: a shorter rule, the Đ of its ký hiệu lost too.
    expect(readHeader(decision("S : 5736/Q -UB-NCVX")).numberLine).toMatchObject({ number: "5736" });
  });

  it("not without the motto right before it, nor where no number and ký hiệu follow", () => {
    expect(readHeader(decision("S : 2087/QĐ-UBTDTT").replace("H nh phúc", "H nh")).numberLine).toBeNull();
    expect(readHeader(decision("S : 120 ha")).numberLine).toBeNull();
  });
});

describe("an OCR pass that misread the 'Số:' label ('So: 4660 /BTC-CST', 'sé; 5452 /TCHQ-GSQL': fixtures/fresh/fresh50b-013, fresh43b-010)", () => {
  // The headers of the two scans as the tax store prints them (Bộ Tài chính 2023, Tổng cục Hải quan 2018).
  const btc = (numberLine: string) => ["BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", numberLine, "V/v đề xuất xây dựng Luật Thuế giá trị gia tăng (sửa đổi)", "", "Kính gửi: Bộ Tư pháp.", ""].join("\n");
  const tchq = ["BO TAI CHINH CONG HOA XA HOI CHU NGHIA VIET NAM", "", "TONG CUC HAI QUAN Độc lập - Ty do ~ Hanh phúc", "sé; 5452 /TCHQ-GSQL Hà Nội, ngày { 0tháng 9 năm 2018", "V/v vướng mắc Luật Quản lý ngoại", "", "Kính gửi: Bộ Công Thương.", ""].join("\n");

  it("reads the line as the document's own number", () => {
    expect(readHeader(btc("So: 4660 /BTC-CST Ha Nội, ngày 23 tháng 02 năm 2023")).numberLine).toMatchObject({ number: "4660", year: null, symbolParts: ["BTC", "CST"] });
    expect(readHeader(tchq).numberLine).toMatchObject({ number: "5452", symbolParts: ["TCHQ", "GSQL"] });
    const a = analyze(tchq, { path: "cv.txt" });
    expect([a.self.number, a.self.symbol, a.self.kind]).toEqual(["5452", "TCHQ-GSQL", "official-letter"]);
  });

  it("not where the label does not open the line, or no digits and ký hiệu follow it", () => {
    expect(readHeader(btc("Ghi chú So: 4660 /BTC-CST")).numberLine).toBeNull();
    expect(readHeader(btc("So: #205 /BTC-CST")).numberLine).toBeNull();
    expect(readHeader(btc("So: 1. Nội dung")).numberLine).toBeNull();
    expect(readHeader(btc("Sa: 4660 /BTC-CST")).numberLine).toBeNull();
  });
});

describe("a court's judgment: its number line names its kind ('Bản án số: 19/2021/HS-ST', 'BẢN ÁN 18/2022/HC-PT NGÀY …')", () => {
  it("reads the judgment's own number where the court prints it, no kind line above it (TAND thành phố Lạng Sơn, 2021)", () => {
    const text = "TÒA ÁN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ LẠNG SƠN Độc lập – Tự do – Hạnh phúc\nTỈNH LẠNG SƠN\nBản án số: 19/2021/HS-ST\nNgày: 10 - 3 - 2021\nNHÂN DANH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTÒA ÁN NHÂN DÂN THÀNH PHỐ LẠNG SƠN, TỈNH LẠNG SƠN\n- Thành phần Hội đồng xét xử sơ thẩm gồm có:";
    const a = analyze(text, { path: "ba.txt" });
    expect([a.self.number, a.self.symbol, a.self.kind]).toEqual(["19", "HS-ST", "judgment"]);
  });

  it("reads it from a judgments database's title line (thuvienphapluat.vn, lawnet.vn)", () => {
    const text = "TÒA ÁN NHÂN DÂN CẤP CAO TẠI ĐÀ NẴNG\n\nBẢN ÁN 18/2022/HC-PT NGÀY 21/02/2022 VỀ KHIẾU KIỆN QUYẾT ĐỊNH HÀNH CHÍNH TRONG LĨNH VỰC QUẢN LÝ ĐẤT ĐAI\n\nNgày 21 tháng 02 năm 2022, tại trụ sở Tòa án nhân dân cấp cao tại Đà Nẵng, xét xử phúc thẩm công khai vụ án hành chính thụ lý số 282/2021/TLPT- HC ngày 12 tháng 5 năm 2021, do Bản án hành chính sơ thẩm số 15/2021/HC-ST ngày 09 - 8 - 2021 của Toà án nhân dân tỉnh Quảng Ngãi bị kháng cáo.";
    const a = analyze(text, { path: "ba.txt" });
    expect([a.self.number, a.self.symbol, a.self.kind]).toEqual(["18", "HC-PT", "judgment"]);
    // The appealed judgment and the case file's number stay references.
    expect(a.citations.filter((c) => c.role !== "self").map((c) => [c.number, c.role])).toEqual([
      ["282", "references"],
      ["15", "references"],
    ]);
  });

  it("not with another ký hiệu, nor a judgment named in a sentence ('Bản án hành chính sơ thẩm số …')", () => {
    const notJudgment = "TÒA ÁN NHÂN DÂN TỈNH X\n\nBản án số 12/2020/QĐ-UBND ngày 01/02/2020\n\nNội dung";
    expect(analyze(notJudgment, { path: "x.txt" }).self.number).toBeNull();
    const named = "Tòa án nhân dân tỉnh Quảng Ngãi\n\nDo Bản án hành chính sơ thẩm số 15/2021/HC-ST ngày 09/8/2021 bị kháng cáo.";
    expect(analyze(named, { path: "y.txt" }).self.number).toBeNull();
  });
});

describe("a scan that printed a glyph for the own number's first digit ('Số: #205 /TCT-DNNCN', 'Số: s14 /BTC-CT': fixtures/fresh/fresh50b-015, pairs50b-002)", () => {
  // Bộ Tài chính's letter asking for comments (2025), its header as the OCR gave it; Tổng cục Thuế's (2022).
  const letter = (numberLine: string) =>
    [
      "BỘ TÀI CHÍNH CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "",
      numberLine,
      "V/v xin ý kiên Hô so dé nghị",
      "xây dựng Luật Quản lý thuế",
      "",
      "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Bộ Tài chính trân trong đề nghị Quý cơ quan có ý kiến.",
      "",
    ].join("\n");

  it("reads the line as the document's own, its ký hiệu read and its number unreadable, not guessed from the digits after the glyph", () => {
    for (const [line, symbol] of [
      ["Số: s14 /BTC-CT Hà Nội, ngay AO tháng 3 năm 2025", ["BTC", "CT"]],
      ["Số: #205 /TCT-DNNCN Hà Noi, ngày 44 thang 11 năm 2022", ["TCT", "DNNCN"]],
    ] as const) {
      expect(readHeader(letter(line)).numberLine).toMatchObject({ number: null, symbolParts: symbol, unreadable: true });
      const a = analyze(letter(line), { path: "cv.txt" });
      expect([a.self.kind, a.self.number, a.self.symbol]).toEqual(["official-letter", null, symbol.join("-")]);
      expect(a.warnings.map((w) => w.code)).toContain("unreadable-number");
      // No citation of "14/BTC-CT" or "205/TCT-DNNCN": only the law the letter is based on (and the draft law it names).
      expect(a.citations.filter((c) => c.number !== null).map((c) => [c.id, c.role])).toEqual([["80/2015/QH13", "based_on"]]);
    }
  });

  it("a number written whole, or left blank, is read as before", () => {
    expect(readHeader(letter("Số: 814 /BTC-CT Hà Nội, ngày 10 tháng 3 năm 2025")).numberLine).toMatchObject({ number: "814", unreadable: false });
    expect(readHeader(letter("Số:      /BTC-CT Hà Nội, ngày   tháng 3 năm 2025")).numberLine).toMatchObject({ number: null, unreadable: false });
    expect(analyze(letter("Số:      /BTC-CT Hà Nội, ngày   tháng 3 năm 2025"), { path: "cv.txt" }).warnings.map((w) => w.code)).toContain("blank-number");
  });
});

/**
 * misreadLabelLine finds the line breaks by indexOf and tries the misread label after each: held to the global
 * regex it replaced, `(?:^|\n)(?=[ \t*]*<label>)`, whose matches it must give one after the other, over random
 * texts of the label's pieces and over the fixtures' texts.
 */

/** The regex as it was (a `g` scan from the text's start; an empty match at 0 stepped past). */
const OLD = new RegExp(String.raw`(?:^|\n)(?=[ \t*]*${NUMBER_LABEL_MISREAD})`, "g");
function oldPlaces(text: string): number[] {
  const out: number[] = [];
  OLD.lastIndex = 0;
  for (let at = OLD.exec(text); at !== null; at = OLD.exec(text)) {
    if (at[0].length === 0) OLD.lastIndex = at.index + 1;
    out.push(at.index);
  }
  return out;
}
function newPlaces(text: string): number[] {
  const out: number[] = [];
  for (let at = misreadLabelLine(text, 0); at >= 0; at = misreadLabelLine(text, at + 1)) out.push(at);
  return out;
}

const MISREAD_PIECES = ["\n", "\n", " ", "\t", "*", "S", "s", "o", "ó", "é", "ệ", "Số", ":", ";", " :", "1", "4660", " /BTC", "x", "\r", "\u2028", "So: 12", "sé; 5452", "\n So:3"];

describe("misreadLabelLine", () => {
  it("gives the places the global regex gave, in random texts of the label's pieces", () => {
    const random = seededRandom(53);
    let found = 0;
    const differ: string[] = [];
    for (let r = 0; r < 30000; r++) {
      let s = "";
      const length = Math.floor(random() * 16);
      for (let i = 0; i < length; i++) s += MISREAD_PIECES[Math.floor(random() * MISREAD_PIECES.length)];
      const expected = oldPlaces(s);
      found += expected.length;
      noteIfDiffer(differ, newPlaces(s), expected, () => JSON.stringify(s));
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(3000);
  });

  it("finds the label at the text's start, after a break that opens the text, and after blanks and stars", () => {
    for (const s of ["So: 4660 /BTC-CST", "\nSo: 4660", "\n\n sé; 5452 /TCHQ", " *So:1", "x\nSo: 1\nsé;2", "", "\n", "So:", "So: x\nSo: 2", "So: 1\n", "a\n  ", "a\n*\t", " ", "\nS"])
      expect(newPlaces(s), JSON.stringify(s)).toEqual(oldPlaces(s));
    expect(newPlaces("So: 4660")).toEqual([0]);
    expect(newPlaces("a\nSo: 4660")).toEqual([1]);
  });

  it("gives the same places over the fixtures' texts", () => {
    for (const t of texts("fixtures")) expect(newPlaces(t)).toEqual(oldPlaces(t));
  });
});

describe("a word after a spaced dash, its first letters read as the ký hiệu's last code", () => {
  it("a title line 'CÔNG VĂN SỐ 6240/BGDĐT-KHCNTT — HƯỚNG DẪN …' (fresh50a-001): the ký hiệu ends before the dash", () => {
    const text =
      "# CÔNG VĂN SỐ 6240/BGDĐT-KHCNTT — HƯỚNG DẪN KẾT NỐI API, ĐỒNG BỘ DỮ LIỆU HEMIS\n\n" +
      "| **BỘ GIÁO DỤC VÀ ĐÀO TẠO** <br><br> Số: 6240 /BGDĐT-KHCNTT <br> V/v hướng dẫn kết nối API | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** <br> *Hà Nội, ngày 15 tháng 09 năm 2026* |\n\n" +
      "**Kính gửi:** Các cơ sở giáo dục đại học.\n";
    expect(analyze(text).self).toMatchObject({ number: "6240", symbol: "BGDĐT-KHCNTT" });
  });

  it("a header's cell cut beside the date, 'Số: 10/2018/TTLT-BTP-BCA-BQP- Hà Nội, ngày …' (fresh31f-023): not '…-BQP-H'", () => {
    const text =
      "BỘ TƯ PHÁP - BỘ CÔNG AN - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 10/2018/TTLT-BTP-BCA-BQP- Hà Nội, ngày 29 tháng 6 năm 2018\n\nBTC-TANDTC-VKSNDTC\n\nTHÔNG TƯ LIÊN TỊCH\nQuy định về phối hợp\n";
    // The rest on the later line is read since session 61 (withWrappedCodes, below): the whole ký hiệu, as the gold has it.
    expect(readHeader(text).numberLine?.symbolParts).toEqual(["TTLT", "BTP", "BCA", "BQP", "BTC", "TANDTC", "VKSNDTC"]);
  });

  it("a code after a spaced dash that ends at a space or the line's end is the ký hiệu's", () => {
    expect(readHeader("Số: 3210/QĐ - UBND\n").numberLine?.symbolParts).toEqual(["QĐ", "UBND"]);
    expect(readHeader("Số: 12/QĐ -UBND Hà Nội, ngày 1 tháng 2 năm 2020\n").numberLine?.symbolParts).toEqual(["QĐ", "UBND"]);
  });
});

describe("a Party header flattened onto one line, in a copy that indents every line", () => {
  const header = "ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020\n";
  it("reads the number after the body and its asterisk (party32-002) indented as it reads it flush", () => {
    expect(analyze(header).self.id).toBe("09-KH/ĐU@2020");
    expect(analyze(`  ${header}`).self.id).toBe("09-KH/ĐU@2020");
    expect(analyze(`\t${header}`).self.id).toBe("09-KH/ĐU@2020");
  });

  it("reads a long run of blanks before a line once (the indent it takes is bounded)", () => {
    // Paired CPU times, stopping at the first pair under the bound (test/helpers/linear.ts; it ran all five until session
    // 64): one wall-clock pair read 3.59 on a loaded CI run where the cost is linear (2.0–2.2 alone).
    const text = (n: number) => `${"\n".padEnd(n, " ")}Số\n`;
    expect(cpuRatio((t) => analyze(t), text(400_000), text(200_000), 3, 3.5)).toBeLessThan(3.5);
  });
});

describe("a number written into a form's dotted blank, the dots left beside it", () => {
  it("'Số : 62...../TBLS.GT' (Long An's labour department, fresh50d-005) is number 62", () => {
    const text = "UBND TỈNH LONG AN  \nSỞ LAO ĐỘNG TB & XH  \nSố : 62...../TBLS.GT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc\n";
    expect(readHeader(text).numberLine).toMatchObject({ number: "62", year: null, symbolParts: ["TBLS.GT"] });
  });

  it("dots on both sides ('Số: ...539.../TTr-SNNMT'); a blank with no digits is no number line", () => {
    expect(readHeader("SỞ NÔNG NGHIỆP\nSố: ...539.../TTr-SNNMT\n").numberLine).toMatchObject({ number: "539", symbolParts: ["TTr", "SNNMT"] });
    expect(readHeader("SỞ NÔNG NGHIỆP\nSố: ....../TTr-SNNMT\n").numberLine?.number ?? null).toBe(null);
  });
});

describe("a Youth Union document run onto one line, the asterisks glued to the body's name (fixtures/fresh/fresh29j-003, fresh39a-012)", () => {
  const decision =
    "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ Quy chế hoạt động … ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn;";
  it("reads the number after the asterisks and the place and date after the Union's name", () => {
    const h = readHeader(decision);
    expect([h.numberLine?.number, h.date, h.place]).toEqual(["367", "2013-10-29", "Hà Nội"]);
    const self = analyze(decision, { path: "qd.txt" }).self;
    expect([self.id, self.symbol, self.date]).toEqual(["367-QĐ/TWĐTN-VP@2013", "QĐ/TWĐTN-VP", "2013-10-29"]);
  });

  it("takes no date after a name that is not the heading's, nor a number not after the body's asterisks", () => {
    // A place and date after words that are no heading's name (only the Party's and the Union's stand there).
    expect(readHeader("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN THANH NIÊN CỘNG SẢN Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNH").date).toBeNull();
    expect(readHeader("Báo cáo của Ban Chấp hành Trung ương***Số: 367 - QĐ/TWĐTN-VP").numberLine).toBeNull();
  });

  // audit61: the body's name before the asterisks was read with spaces only; a tab-separated copy lost the number.
  it("reads the number and the date with a tab or two spaces for every space", () => {
    for (const blank of ["\t", "  "]) expect(readHeader(decision.replaceAll(" ", blank)).numberLine?.number).toBe("367");
    // And the date after the Union's name (header/date-line HEADING_ENDS): lost with two spaces between its words.
    for (const blank of ["\t", "  "]) expect(readHeader(decision.replaceAll(" ", blank)).date).toBe("2013-10-29");
  });
});

describe("a number's cell wrapped at its width, its last codes on a later line (withWrappedCodes)", () => {
  // fixtures/fresh/fresh30j-011 (a district steering committee's report) and fresh31f-023 (a joint circular of six issuers).
  const report = ["UBND HUYỆN NGA SƠN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "BAN CHỈ ĐẠO PCGD, XMC", "", "Độc lập – Tự do – Hạnh phúc", "", "Số: 255 / BC-BCĐPCGD-", "", "Nga Sơn, ngày 13 tháng 11 năm 2020", "", "XMC", "", "BÁO CÁO", "TÌNH HÌNH THỰC HIỆN VÀ KẾT QUẢ", "PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ", "1. Đặc điểm tình hình", ""].join("\n");
  const joint = ["BỘ TƯ PHÁP - BỘ CÔNG AN - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "BỘ QUỐC PHÒNG - BỘ TÀI CHÍNH - Độc lập - Tự do - Hạnh phúc", "", "", "TÒA ÁN NHÂN DÂN TỐI CAO -", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "", "Số: 10/2018/TTLT-BTP-BCA-BQP- Hà Nội, ngày 29 tháng 6 năm 2018", "", "", "BTC-TANDTC-VKSNDTC", " ", "THÔNG TƯ LIÊN TỊCH", "Quy định về phối hợp thực hiện trợ giúp pháp lý trong hoạt động tố tụng", "Căn cứ Luật Trợ giúp pháp lý ngày 20 tháng 6 năm 2017;", ""].join("\n");

  it("reads the codes on the later line as the ký hiệu's rest, and the number line's citation as the document itself", () => {
    expect(readHeader(report).numberLine?.symbolParts).toEqual(["BC", "BCĐPCGD", "XMC"]);
    expect(readHeader(joint).numberLine?.symbolParts).toEqual(["TTLT", "BTP", "BCA", "BQP", "BTC", "TANDTC", "VKSNDTC"]);
    const a = analyze(report);
    expect([a.self.number, a.self.symbol]).toEqual(["255", "BC-BCĐPCGD-XMC"]);
    expect(a.citations.filter((c) => c.number === "255").map((c) => c.role)).toEqual(["self"]);
    expect(analyze(joint).self.symbol).toBe("TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC");
  });

  it("takes no kind line, no word and no ký hiệu ended without a dash", () => {
    // The kind line under a dash-ended number is no code; a number ended without a dash reads as written.
    expect(readHeader(report.replace("\nXMC\n", "\n")).numberLine?.symbolParts).toEqual(["BC", "BCĐPCGD"]);
    expect(readHeader(report.replace("BC-BCĐPCGD-", "BC-BCĐPCGD")).numberLine?.symbolParts).toEqual(["BC", "BCĐPCGD"]);
    expect(readHeader(report.replace("\nXMC\n", "\nXMC và PCGD\n")).numberLine?.symbolParts).toEqual(["BC", "BCĐPCGD"]);
  });
});

describe("a ký hiệu whose code a text layer spaced letter by letter (withSpacedLetters)", () => {
  it("joins the letters after the last code where they make a body's code: full32c-001, pairs29-007", () => {
    const decision = "| ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n| Số: 3210/QĐ - U B ND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |\n\nQUYẾT ĐỊNH\n\nVỀ BAN HÀNH KẾ HOẠCH\n";
    expect(readHeader(decision).numberLine?.symbolParts).toEqual(["QĐ", "UBND"]);
    const letter = "VĂN PHÒNG CHÍNH PHỦ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 4396/V PCP-NC\nV/v Thực hiện ý kiến của Ủy ban Thường vụ Quốc hội\n\nHà Nội, ngày 12 tháng 06 năm 2015\n\nKính gửi: Bộ Nội vụ.\n";
    expect(readHeader(letter).numberLine?.symbolParts).toEqual(["VPCP", "NC"]);
    expect(analyze(letter).self.symbol).toBe("VPCP-NC");
  });

  it("leaves a code that is one, and letters that make none", () => {
    expect(readHeader("Số: 12/UBND V B\nV/v Thực hiện\n").numberLine?.symbolParts).toEqual(["UBND"]);
    expect(readHeader("Số: 12/X PQ-NC\nV/v Thực hiện\n").numberLine?.symbolParts).toEqual(["X"]);
  });
});
