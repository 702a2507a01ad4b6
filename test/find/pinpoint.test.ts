import { describe, expect, it } from "vitest";
import { cpuRatio } from "../helpers/linear.js";
import { extract } from "../../src/index.js";

const pins = (text: string) => extract(text).map((c) => [c.number ?? c.name, c.pinpoint ? { ...c.pinpoint, words: text.slice(c.pinpoint.start, c.pinpoint.end) } : null]);

describe("pinpoints", () => {
  it("reads the units written right before a citation, in the text's own numbering", () => {
    expect(pins("Sửa đổi điểm a khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 và khoản 1, khoản 2 Điều 4 Thông tư số 02/2017/TT-VPCP")).toEqual([
      ["61", { point: "a", clause: "2", article: "5", start: 8, end: 29, words: "điểm a khoản 2 Điều 5" }],
      ["02", { clause: "1, 2", article: "4", start: 75, end: 98, words: "khoản 1, khoản 2 Điều 4" }],
    ]);
    expect(pins("theo Điều 3 của Quyết định số 15/2020/QĐ-UBND")[0][1]).toMatchObject({ article: "3", words: "Điều 3" });
    expect(pins("quy định tại Chương II Luật Đất đai năm 2003")[0][1]).toMatchObject({ chapter: "II", words: "Chương II" });
  });

  it("lists of bare labels, points numbered with digits, sections with letters, a dash before the citation", () => {
    expect(pins("tại các khoản 3 , 4 , 5 và 9 Điều 38 Luật Đất đai năm 2003")[0][1]).toMatchObject({ clause: "3, 4, 5, 9", article: "38", words: "khoản 3 , 4 , 5 và 9 Điều 38" });
    expect(pins("khoản 1, 2 và 5 Điều 50 của Luật Đất đai năm 2003")[0][1]).toMatchObject({ clause: "1, 2, 5", article: "50" });
    expect(pins("nêu tại mục C điểm 1 phần III Nghị quyết số 30/2008/NQ-CP")[0][1]).toMatchObject({ section: "C", point: "1", part: "III" });
    expect(pins("khoản 1 , mục I , Điều 1 Quyết định số 15/2020/QĐ-UBND")[0][1]).toMatchObject({ clause: "1", section: "I", article: "1" });
    expect(pins("quy định tại Điều 1 - Quyết định số 1057/QĐ-UB ngày 27 tháng 3 năm 2004")[0][1]).toMatchObject({ article: "1", words: "Điều 1" });
  });

  it("a pinpoint into the Constitution is read as into any document named after its units; the law after it keeps its own", () => {
    // fresh29o 015 (Nghị quyết của Quốc hội, 1992): the Constitution's article, then a law's.
    const t = "Căn cứ vào Điều 91 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992, Điều 6 của Luật tổ chức Quốc hội;";
    expect(pins(t)).toEqual([
      ["Hiến pháp", expect.objectContaining({ article: "91", words: "Điều 91" })],
      ["tổ chức Quốc hội", expect.objectContaining({ article: "6", words: "Điều 6" })],
    ]);
    // Lệnh 07/2025/L-CTN: two articles, no year.
    expect(pins("Căn cứ Điều 88 và Điều 120 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")).toEqual([
      ["Hiến pháp", expect.objectContaining({ article: "88, 120" })],
    ]);
  });

  it("an appendix 'ban hành kèm' a document, without 'theo', as a form's heading writes it; 'kèm' alone is not read", () => {
    // body33-002: a form of the circular's appendix.
    expect(pins("(theo mẫu số 03/KBS/GSQL Phụ lục V ban hành kèm Thông tư 38/2015/TT- BTC) có xác nhận")).toEqual([
      ["38", { appendix: "V", start: 25, end: 34, words: "Phụ lục V" }],
    ]);
    // An invoice's heading (Thông tư 153/2010/TT-BTC's forms).
    expect(pins("Phụ lục 5 ban hành kèm Thông tư số 153/2010/TT-BTC ngày 28/9/2010 của Bộ Tài chính")[0][1]).toMatchObject({ appendix: "5", words: "Phụ lục 5" });
    expect(pins("gửi Phụ lục I kèm Thông tư số 153/2010/TT-BTC")).toEqual([["153", null]]);
    expect(pins("Điều 5 Quy chế ban hành kèm Quyết định số 12/2020/QĐ-UBND")).toEqual([["12", null]]);
  });

  it("a comma after the last label, as many texts write it before the citation, is not the pinpoint's", () => {
    expect(pins("bị xử phạt theo điểm c, khoản 3, Điều 7, Nghị định số 12/2020/NĐ-CP")[0][1]).toMatchObject({ point: "c", clause: "3", article: "7", words: "điểm c, khoản 3, Điều 7" });
    expect(pins("theo khoản 4 , Điều 9 , Luật Đất đai năm 2003")[0][1]).toMatchObject({ clause: "4", article: "9", words: "khoản 4 , Điều 9" });
    expect(pins("xem Điều 6 và Nghị định số 12/2020/NĐ-CP")[0][1]).toMatchObject({ article: "6", words: "Điều 6" });
  });

  it("a range written with 'đến' is one label, 'from-to'; an amending article's longer lists are read whole", () => {
    expect(pins("Bãi bỏ từ Điều 12 đến Điều 16 Thông tư số 08/2019/TT-BNV")[0][1]).toMatchObject({ article: "12-16", words: "Điều 12 đến Điều 16" });
    expect(pins("theo các khoản 2 đến 4 Điều 7 Nghị định số 12/2020/NĐ-CP")[0][1]).toMatchObject({ clause: "2-4", article: "7" });
    expect(pins("từ điểm b đến điểm e khoản 1 Điều 3 Luật Đất đai năm 2013")[0][1]).toMatchObject({ point: "b-e", clause: "1", article: "3" });
    const list = "Sửa đổi khoản 2, khoản 4 đến khoản 7, khoản 9, khoản 11, khoản 12 và khoản 14 Điều 2 Nghị định số 12/2020/NĐ-CP";
    expect(pins(list)[0][1]).toMatchObject({ clause: "2, 4-7, 9, 11, 12, 14", article: "2", words: "khoản 2, khoản 4 đến khoản 7, khoản 9, khoản 11, khoản 12 và khoản 14 Điều 2" });
  });

  it("a chain its line breaks after ';' goes on where the next line's unit goes on with the chain; a heading's full stop ends it", () => {
    // Văn bản hợp nhất 462/VBHN-BLĐTBXH (fresh47a-009) and Thông tư 18/2022/TT-BLĐTBXH's annex (fresh47a-005, twenty-two units).
    const t = "theo quy định tại Mục 2; \nĐiều 9, Điều 10, Điều 13 Mục 3 và Mục 4 Thông tư số 26/2016/TT-BLĐTBXH";
    expect(pins(t)[0][1]).toMatchObject({ section: "2, 3, 4", article: "9, 10, 13", start: 18 });
    const u = "Mục 1, Mục 2, Mục 3, Mục 4, Mục 5, Mục 6 Chương I; Điều 24, khoản 1 \nĐiều 26 Mục 7 Chương I; Mục 8, Mục 9, Mục 10, Mục 11, Mục 12 Chương I; \nChương II; Điều 52, Điều 53 Chương III Thông tư số 05/2013/TT-BLĐTBXH";
    expect(pins(u)[0][1]).toMatchObject({ section: "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12", chapter: "I, I, I, II, III", article: "24, 26, 52, 53", clause: "1", start: 0 });
    // A list's item ending with ";" at its line's end, the next line an article's heading: not one chain.
    const v = "c) Thực hiện theo khoản 2 Điều 3;\nĐiều 4 Nghị định số 10/2020/NĐ-CP quy định";
    expect(pins(v)[0][1]).toMatchObject({ article: "4", words: "Điều 4" });
  });

  it("a chain of thirteen or fifteen units, longer than the look-back, is read whole", () => {
    // Văn bản hợp nhất 462/VBHN-BLĐTBXH (fresh47a-009): thirteen units; Nghị định 141/2026/NĐ-CP (fresh46g-010):
    // fifteen units, 128 characters, past the 120 read before every citation.
    const t = "theo quy định tại Điều 3, Điều 9, Điều 10, Điều 12, Điều 14, Điều 15, Điều 16, \nĐiều 17, Điều 18, Điều 19 và khoản 1, khoản 2 Điều 11 Thông tư số 27/2016/TT-BLĐTBXH";
    expect(pins(t)[0][1]).toMatchObject({ article: "3, 9, 10, 12, 14, 15, 16, 17, 18, 19, 11", clause: "1, 2", start: 18 });
    const u = "Sửa đổi cụm từ “500 triệu đồng” thành “01 tỷ đồng” tại Điều 3, Điều \n4, khoản 1 Điều 8, Điều 9, Điều 10, khoản 3 Điều 11, khoản 1 và khoản 2 \nĐiều 12, khoản 4 Điều 17, khoản 3 Điều 18 Nghị định số 68/2026/NĐ-CP";
    expect(pins(u)[0][1]).toMatchObject({ article: "3, 4, 8, 9, 10, 11, 12, 17, 18", clause: "1, 3, 1, 2, 4, 3", words: u.slice(u.indexOf("Điều 3"), u.indexOf(" Nghị định")) });
  });

  it("an appendix: right before the document, or issued with it ('ban hành kèm theo'); rules issued with it are no appendix", () => {
    expect(pins("lập theo Phụ lục III Thông tư số 08/2019/TT-BNV")[0][1]).toMatchObject({ appendix: "III", words: "Phụ lục III" });
    expect(pins("khai theo mẫu tại Phụ lục số 02 ban hành kèm theo Nghị định số 12/2020/NĐ-CP")[0][1]).toMatchObject({ appendix: "02", words: "Phụ lục số 02" });
    expect(pins("ghi tại Mục 3 Phụ lục IV được ban hành kèm theo Quyết định số 7/2021/QĐ-UBND")[0][1]).toMatchObject({ section: "3", appendix: "IV" });
    expect(pins("xem phụ lục 1 kèm theo Thông tư số 08/2019/TT-BNV".normalize("NFD"))[0][1]).toMatchObject({ appendix: "1" });
    expect(pins("theo Điều 4 của Quy chế ban hành kèm theo Quyết định số 7/2021/QĐ-UBND")[0][1]).toBeNull();
    expect(pins("theo mẫu ban hành kèm theo Quyết định số 7/2021/QĐ-UBND")[0][1]).toBeNull();
  });

  it("a chain past twelve units and the 120 characters looked back: a replacement list read whole", () => {
    // Nghị định amending Nghị định 68/2026/NĐ-CP (fresh46g-010): fourteen units, 128 characters.
    const t = "1. Sửa đổi cụm từ “500 triệu đồng” thành “01 tỷ đồng” tại Điều 3, Điều \n4, khoản 1 Điều 8, Điều 9, Điều 10, khoản 3 Điều 11, khoản 1 và khoản 2 \nĐiều 12, khoản 4 Điều 17, khoản 3 Điều 18 Nghị định số 68/2026/NĐ-CP.";
    expect(pins(t)[0][1]).toMatchObject({ article: "3, 4, 8, 9, 10, 11, 12, 17, 18", clause: "1, 3, 1, 2, 4, 3", words: t.slice(t.indexOf("Điều 3"), t.indexOf(" Nghị định")) });
    // Units far back that are no chain stay out: the window is read again only where units open it.
    expect(pins("Điều 5. " + "x".repeat(130) + " theo khoản 2 Điều 6 Nghị định số 68/2026/NĐ-CP")[0][1]).toMatchObject({ clause: "2", article: "6", words: "khoản 2 Điều 6" });
  });

  it("units of a document's one appendix, 'Phụ lục' with no label before '(ban hành) kèm theo': the document's units, no appendix label", () => {
    // Thông tư 05/2025/TT-BNV's guidance (fresh46g-014), "Phụ ⏎lục" broken across lines as the page has it.
    expect(pins("theo quy định tại khoản 2 Phụ \nlục kèm theo Thông tư số 26/2016/TT-BLĐTBXH để xác định")[0][1]).toEqual({ clause: "2", start: 18, end: 25, words: "khoản 2" });
    expect(pins("quy định tại Điều 5, khoản 2 Điều 6 Phụ lục ban hành kèm theo Nghị định số 102/2024/NĐ-CP")[0][1]).toMatchObject({ clause: "2", article: "5, 6", words: "Điều 5, khoản 2 Điều 6" });
    // No unit before it, nothing to point with.
    expect(pins("theo Mẫu số 10 tại Phụ lục ban hành kèm theo Nghị định số 102/2024/NĐ-CP")[0][1]).toBeNull();
  });

  it("an appendix numbered within its group after a dot ('Phụ lục V.4'), the label whole; a heading's 'Phụ lục I.' is no such label", () => {
    // fresh48a-007 (Thông tư 11/2023/TT-BLĐTBXH's appendix), a form's heading quoting Nghị định 178/2024/NĐ-CP.
    expect(pins("việc làm được quy định tại Phụ lục V.4 kèm theo Thông tư số 11/2023/TT-BLĐTBXH ngày 5/5/2023")[0][1]).toMatchObject({ appendix: "V.4", words: "Phụ lục V.4" });
    expect(pins("(Phụ lục I.1 kèm theo Nghị định số 178/2024/NĐ-CP của Chính phủ)")[0][1]).toMatchObject({ appendix: "I.1", words: "Phụ lục I.1" });
    expect(pins("Phụ lục I. Danh mục kèm theo Nghị định số 178/2024/NĐ-CP")[0][1]).toBeNull();
  });

  it("an appendix split by a capital after its numeral ('Phụ lục IA', 'Phụ lục IB'), as decrees 123/2020 and 70/2025 name theirs", () => {
    // fresh63c-002 (an answer on Nghị định 70/2025/NĐ-CP's invoice forms), four times.
    expect(pins("theo Mẫu số 01/TB-RSĐT Phụ lục IB ban hành kèm theo Nghị định 70/2025/NĐ-CP để người bán kiểm tra")[0][1]).toMatchObject({ appendix: "IB", words: "Phụ lục IB" });
    expect(pins("thay thế Mẫu 04/SS-HĐĐT tại Phụ lục IA ban hành kèm theo Nghị định 123/2020/NĐ-CP.")[0][1]).toMatchObject({ appendix: "IA", words: "Phụ lục IA" });
    // A word after the numeral is no part of the label; a plain numeral stays as it was.
    expect(pins("tại Phụ lục II ban hành kèm theo Nghị định 70/2025/NĐ-CP")[0][1]).toMatchObject({ appendix: "II", words: "Phụ lục II" });
    expect(pins("tại Phụ lục IAB ban hành kèm theo Nghị định 70/2025/NĐ-CP")[0][1]).toBeNull();
  });

  it("a document's units and its appendix's before 'ban hành kèm theo': one chain, as long as any chain, not cut at four units", () => {
    // fresh57b-006 (Thông tư 08/2025/TT-BNNMT amending Thông tư 01/2022/TT-BTNMT): seven units before the appendix.
    const t = "Thay thế cụm từ tại khoản 1 Điều 5, khoản 3 Điều 7, khoản 2 Điều 21,\nmục II của Phụ lục I.2 ban hành kèm theo Thông tư số 01/2022/TT-BTNMT";
    expect(pins(t)[0][1]).toMatchObject({ clause: "1, 3, 2", article: "5, 7, 21", section: "II", appendix: "I.2", words: "khoản 1 Điều 5, khoản 3 Điều 7, khoản 2 Điều 21,\nmục II của Phụ lục I.2" });
    // fresh63d-002 (Lào Cai's decision 904/QĐ-UBND) cites Nghị định 146/2025/NĐ-CP so, six units; its "và điểm ii" (a
    // point in small Roman figures, read in no other text) left out here: five.
    const d = "theo quy định tại khoản 5 Điều 37 Chương XIV, Mục 3, Phần VII,\nPhụ lục XI ban hành kèm theo Nghị định số 146/2025/NĐ-CP";
    expect(pins(d)[0][1]).toMatchObject({ clause: "5", article: "37", chapter: "XIV", section: "3", part: "VII", appendix: "XI", words: "khoản 5 Điều 37 Chương XIV, Mục 3, Phần VII,\nPhụ lục XI" });
  });

  it("a range of appendices, 'từ Phụ lục số 01 đến Phụ lục số 32', in brackets after the word that names them or not", () => {
    // Hà Nội's amending land-price decision (fresh41a-015); its land-price decision writes the same bracket (fresh41a-011).
    const t = "Bảng giá đất tại các Phụ lục (từ Phụ lục số 01 đến Phụ lục số 32) ban hành kèm theo Quyết định số 71/2024/QĐ-UBND ngày 20 tháng 12 năm 2024";
    expect(pins(t)[0][1]).toMatchObject({ appendix: "01-32", words: "Phụ lục số 01 đến Phụ lục số 32" });
    expect(pins(t.replace("(", "").replace(")", ""))[0][1]).toMatchObject({ appendix: "01-32", words: "Phụ lục số 01 đến Phụ lục số 32" });
    // A bracket that holds a title, not the units, closes before "ban hành kèm theo": no pinpoint read through it.
    expect(pins("tại Phụ lục I (Danh mục thủ tục) ban hành kèm theo Quyết định số 71/2024/QĐ-UBND")[0][1]).toBeNull();
  });

  it("an appendix with its title before 'ban hành kèm theo': words, commas, a dash; never another name, a number or a sentence end", () => {
    const repeal = "Bãi bỏ Phụ lục 5 danh mục mã xăng, dầu ban hành kèm theo Quyết định số 824/QĐ-BYT ngày 15/02/2023 của Bộ trưởng Bộ Y tế và Phụ lục 5 danh mục mã đối tượng đến khám bệnh, chữa bệnh ban hành kèm theo Quyết định số 2010/QĐ-BYT ngày 19/6/2025";
    expect(pins(repeal).map((p) => p[1])).toMatchObject([{ appendix: "5", words: "Phụ lục 5" }, { appendix: "5", words: "Phụ lục 5" }]);
    expect(pins("Điều 10. Sửa đổi, bổ sung Phụ lục I - Danh mục hồ sơ khai thuế kèm theo Nghị định số 126/2020/NĐ-CP như sau:")[0][1]).toMatchObject({ appendix: "I", words: "Phụ lục I" });
    expect(pins("theo Phụ lục II và mẫu ban hành kèm theo Quyết định số 7/2021/QĐ-UBND")[0][1]).toBeNull();
    expect(pins("lập theo Phụ lục I của Thông tư này, mẫu ban hành kèm theo Quyết định số 7/2021/QĐ-UBND")[0][1]).toBeNull();
    expect(pins("ghi tại Phụ lục II. Danh mục hồ sơ ban hành kèm theo Quyết định số 7/2021/QĐ-UBND")[0][1]).toBeNull();
    expect(pins("ghi tại Phụ lục II danh mục Bộ Tài chính ban hành kèm theo Quyết định số 7/2021/QĐ-UBND")[0][1]).toBeNull();
  });

  it("an appendix's heading: the appendix on its line, its title's lines, '(Kèm theo …)' opening the next", () => {
    // full33b-018 (Bắc Giang's council, 2017): its own appendices' headings, one title wrapped over two lines.
    const heading = "Đơn vị: đồng\n \nPHỤ LỤC III\nGIÁ CÁC DỊCH VỤ KỸ THUẬT VÀ XÉT NGHIỆM ÁP DỤNG CHO CÁC\nHẠNG BỆNH VIỆN\n(Kèm theo Nghị quyết số\n18/2017/NQ-HĐND ngày 13 tháng 7 năm 2017 của\nHĐND tỉnh Bắc Giang)";
    expect(pins(heading)[0][1]).toMatchObject({ appendix: "III", words: "PHỤ LỤC III" });
    // Nghị quyết 22/2026/NQ-CP as vbpl.vn prints it: no title between.
    expect(pins("Phụ lục I\n(Kèm theo Nghị quyết số 22/2026/NQ-CP ngày 29 tháng 4 năm 2026 của Chính phủ)")[0][1]).toMatchObject({ appendix: "I", words: "Phụ lục I" });
    expect(pins("Phụ lục II:\nMẪU BÁO CÁO\n(Ban hành kèm theo Thông tư số 12/2020/TT-BTC)")[0][1]).toMatchObject({ appendix: "II" });
    // No label, the appendix inside a sentence, a bracket in between: none.
    expect(pins("PHỤ LỤC\nDANH MỤC\n(Ban hành kèm theo Quyết định số 12/2020/QĐ-UBND ngày 1/2/2020)")[0][1]).toBeNull();
    expect(pins("chi tiết tại Phụ lục II.\nCác đơn vị (kèm theo Quyết định số 12/2020/QĐ-UBND)")[0][1]).toBeNull();
    expect(pins("Phụ lục II\nMẪU (SỐ 1)\n(Kèm theo Thông tư số 12/2020/TT-BTC)")[0][1]).toBeNull();
  });

  it("older circulars: points numbered with decimals, parts with letters ('điểm 3.2 mục IV phần C')", () => {
    expect(pins("được hướng dẫn tại điểm 3.2 mục IV phần C Thông tư số 60/2007/TT-BTC")[0][1]).toMatchObject({ point: "3.2", section: "IV", part: "C", words: "điểm 3.2 mục IV phần C" });
    expect(pins("theo điểm 1.1, điểm 1.4 khoản 2 Điều 3 Quyết định số 7/2021/QĐ-UBND")[0][1]).toMatchObject({ point: "1.1, 1.4", clause: "2", article: "3" });
    expect(pins("theo điểm 4.1 Thông tư số 60/2007/TT-BTC")[0][1]).toMatchObject({ point: "4.1" });
    expect(pins("kê khai theo tiết c điểm 4.1 mục III Thông tư số 60/2007/TT-BTC")[0][1]).toMatchObject({ subpoint: "c", point: "4.1", section: "III", words: "tiết c điểm 4.1 mục III" });
    expect(pins("ban hành văn bản quy định chi tiết 2 Nghị định số 12/2020/NĐ-CP")[0][1]).toBeNull();
  });

  it("an item of a point lettered like the point, with a number after a dot ('tiết b.6', 'Tiết a.1')", () => {
    // Cục Thuế Hà Nội's answer (fresh45c-007) and Bộ Tài chính's correction letter (pairs40-001).
    expect(pins("theo hướng dẫn tại tiết b.6, điểm b khoản 2 Điều 2 Thông tư 111/2013/TT-BTC. Đối với")[0][1]).toMatchObject({ subpoint: "b.6", point: "b", clause: "2", article: "2", words: "tiết b.6, điểm b khoản 2 Điều 2" });
    expect(pins("có sai sót tại Tiết a.1, Điểm 1, Mục II, Thông tư số 96/2006/TT-BTC")[0][1]).toMatchObject({ subpoint: "a.1", point: "1", section: "II" });
  });

  it("'hoặc' between units or labels, either of which applies: one pinpoint; never before the citation", () => {
    // full32-006 (Bộ Y tế, 2021): "Quỹ BHYT thanh toán theo mức hưởng quy định tại khoản 3 hoặc khoản 6 Điều 22 Luật BHYT".
    expect(pins("thanh toán theo mức hưởng quy định tại khoản 3 hoặc khoản 6 Điều 22 Luật Bảo hiểm y tế năm 2008")[0][1]).toMatchObject({ clause: "3, 6", article: "22", words: "khoản 3 hoặc khoản 6 Điều 22" });
    expect(pins("theo khoản 2 hoặc 3 Điều 7 Nghị định số 12/2020/NĐ-CP")[0][1]).toMatchObject({ clause: "2, 3", article: "7" });
    expect(pins("xem Điều 6 hoặc Nghị định số 12/2020/NĐ-CP")[0][1]).toBeNull();
  });

  it("units each qualified in brackets ('khoản 1 ( đối với … ) hoặc khoản 2 ( đối với … ) Điều 8'): one pinpoint, the brackets' words no labels", () => {
    // seg34-019 (Bộ Khoa học và Công nghệ, a guidance of Nghị định 54/2009/NĐ-CP), twice; full32-006 (Bộ Y tế, 2021).
    const measure = "bị áp dụng quy định tại khoản 1 ( đối với phương tiện đo có giá trị nhỏ hơn 500.000 đồng ) hoặc khoản 2 ( đối với phương tiện đo có giá trị từ 500.000 đồng trở lên ) Điều 8 Nghị định số 54/2009/NĐ-CP để xử phạt";
    expect(pins(measure)[0][1]).toMatchObject({ clause: "1, 2", article: "8", words: measure.slice(24, measure.indexOf(" Nghị định")) });
    const trade = "thì áp dụng quy định tại Điều 10 ( đối với sản xuất , nhập khẩu ) , Điều 11 ( đối với buôn bán ) của Nghị định số 54/2009/NĐ-CP để xử phạt";
    expect(pins(trade)[0][1]).toMatchObject({ article: "10, 11", words: "Điều 10 ( đối với sản xuất , nhập khẩu ) , Điều 11" });
    expect(pins("theo quy định tại điểm a (đối với bệnh viện tuyến trung ương) hoặc điểm b khoản 3 và khoản 6 Điều 22 Luật Bảo hiểm y tế năm 2008")[0][1]).toMatchObject({
      point: "a, b",
      clause: "3, 6",
      article: "22",
    });
    // A bracket's units are its own words, not the chain's: "Chương II (từ Điều 5 đến Điều 10)" is chapter II.
    expect(pins("theo Chương II (từ Điều 5 đến Điều 10) Luật Đất đai năm 2013")[0][1]).toEqual({ chapter: "II", start: 5, end: 14, words: "Chương II" });
  });

  it("a clause's or section's point written inside its label, number first: 'khoản 12.c', 'khoản 1.e', 'mục 2.b'", () => {
    // fresh43b-011 (Tổng cục Thuế's reply to Cục Thuế Đà Nẵng, 2015) and fresh43b-005 (978/TCHQ-GSQL, 2018).
    expect(pins("Về nội dung này, tại khoản 12.c Điều 1 Thông tư số 26/2015/TT-BTC ngày 27/02/2015 của Bộ Tài chính hướng dẫn")[0][1]).toMatchObject({ clause: "12.c", article: "1", words: "khoản 12.c Điều 1" });
    expect(pins("Tại khoản 1.e Điều 2 Thông tư số 26/2015/TT-BTCsửa đổi, bổ sung khoản 6 Điều 11 Thông tư số 156/2013/TT-BTC")[0][1]).toMatchObject({ clause: "1.e", article: "2" });
    expect(pins("căn cứ hướng dẫn của Bộ Tài chính tại mục 2.b công văn số 1537/BTC-TCHQ ngày 29/12/2017 để thực hiện.")[0][1]).toMatchObject({ section: "2.b" });
  });

  it("a clause numbered by its section, 'khoản 3.1': the label kept whole", () => {
    // fresh53b-007 (a university's notice, 2020); brokerage contracts write "tại khoản 2.1 Điều 2 của Hợp đồng này".
    expect(pins("- Sinh viên thực hiện theo Khoản 3.1 Điều 3 của Hướng dẫn số 784/ĐHVN-ĐT ngày 09/10/2020 về Tổ chức giảng dạy")[0][1]).toMatchObject({ clause: "3.1", article: "3", words: "Khoản 3.1 Điều 3" });
    // A number running on past three digits is no clause label: the dot is not read as the label's.
    expect(JSON.stringify(pins("theo khoản 3.2020 Điều 4 Nghị định số 15/2020/NĐ-CP"))).not.toContain('"3.202');
  });

  it("a point's item numbered after its letter: 'điểm b.2', 'điểm d.1'", () => {
    // body33-002 (Tổng cục Hải quan): "… quy định tại điểm b.2 khoản 7 Điều 52 Thông tư 38/2015/TT-BTC";
    // full32-017 (Nghị định 91/2022/NĐ-CP): "Quy định tại điểm d.1 khoản 5 Điều 7 Nghị định số 126/2020/NĐ-CP".
    expect(pins("thực hiện các nội dung quy định tại điểm b.2 khoản 7 Điều 52 Thông tư 38/2015/TT-BTC và cập nhật")[0][1]).toMatchObject({ point: "b.2", clause: "7", article: "52", words: "điểm b.2 khoản 7 Điều 52" });
    expect(pins("Quy định tại điểm d.1 khoản 5 Điều 7 Nghị định số 126/2020/NĐ-CP được thực hiện")[0][1]).toMatchObject({ point: "d.1", clause: "5", article: "7" });
    expect(pins("theo điểm d.1 Nghị định số 126/2020/NĐ-CP")[0][1]).toMatchObject({ point: "d.1", words: "điểm d.1" });
  });

  it("an item of a point labelled as points are, a letter or number and a number after a dot: 'Tiết a.1', 'Tiết 2.1'", () => {
    // pairs40-001 (Bộ Tài chính 13158/BTC-VP): "… có sai sót tại Tiết a.1, Điểm 1, Mục II, Thông tư số 96/2006/TT-BTC";
    // seg33c-019: "… và Điều 1 , Khoản V , Điểm 2 , Tiết 2.1 Quyết định số 51/2008/QĐ-UBND" (its clause in Roman
    // figures: the next test).
    expect(pins("Do sơ xuất nên có sai sót tại Tiết a.1, Điểm 1, Mục II, Thông tư số 96/2006/TT-BTC, Bộ Tài chính xin đính chính")[0][1]).toMatchObject({ subpoint: "a.1", point: "1", section: "II", words: "Tiết a.1, Điểm 1, Mục II" });
    expect(pins("và Điều 1 , Khoản V , Điểm 2 , Tiết 2.1 Quyết định số 51/2008/QĐ-UBND ngày 16/1/2008")[0][1]).toMatchObject({ subpoint: "2.1", point: "2" });
    // The letter alone, as before; "chi tiết", in detail, still no unit.
    expect(pins("theo tiết b khoản 3 Điều 1 Thông tư số 130/2008/TT-BTC")[0][1]).toMatchObject({ subpoint: "b", clause: "3", article: "1" });
    expect(pins("ban hành văn bản quy định chi tiết 2.1 Nghị định số 12/2020/NĐ-CP")[0][1]).toBeNull();
  });

  it("a clause numbered in Roman figures, the next unit right after it: 'Khoản V , Điểm 2', 'khoản I Điều 5'", () => {
    // seg33c-019 (a district's decision): the whole chain, from its article; fresh60e-011 (Lào Cai's OCR'd decision):
    // "bổ sung tại khoản I Điều 5 Quyết định số 49/2024 …", the clause as written.
    expect(pins("và Điều 1 , Khoản V , Điểm 2 , Tiết 2.1 Quyết định số 51/2008/QĐ-UBND ngày 16/1/2008")[0][1]).toMatchObject({ article: "1", clause: "V", point: "2", subpoint: "2.1", words: "Điều 1 , Khoản V , Điểm 2 , Tiết 2.1" });
    expect(pins("được sửa đổi, bổ sung tại khoản I Điều 5 Quyết định số 49/2024/QĐ-UBND ngày 27/11/2024")[0][1]).toMatchObject({ clause: "I", article: "5", words: "khoản I Điều 5" });
    expect(pins("tại khoản II, Mục 3 Thông tư số 12/2015/TT-BTC")[0][1]).toMatchObject({ clause: "II", section: "3" });
    // Not with no unit after it (a word of the sentence may be an "I" or a "V"), nor "c" or "l" (no Roman letters here).
    expect(pins("các khoản V Quyết định số 49/2024/QĐ-UBND ngày 27/11/2024")[0][1]).toBeNull();
    expect(pins("tại khoản c mục 4 phần II Thông tư số 12/2015/TT-BTC")[0][1]).not.toHaveProperty("clause");
  });

  it("a clause's number glued to 'Điều', as pages lose the space: 'khoản 4Điều 12'", () => {
    // fresh30l-019 (Hà Nội's council, 2013): "(Theo khoản 4Điều 12 Luật Thủ đô)".
    expect(pins("CAO TRÊN ĐỊA BÀNTHỦ ĐÔ\n\n(Theo khoản 4Điều 12 Luật Thủ đô)\n\nHỘI ĐỒNG")[0][1]).toMatchObject({ clause: "4", article: "12", words: "khoản 4Điều 12" });
    expect(pins("tại điểm a khoản 2Điều 5 Nghị định số 12/2019/NĐ-CP có")[0][1]).toMatchObject({ point: "a", clause: "2", article: "5" });
    // Only a digit before "Điều" and a space after it: a word glued to it is no label.
    expect(pins("tại khoản aĐiều 5 Nghị định số 12/2019/NĐ-CP có")[0][1]).toBeNull();
  });

  it("a unit word glued to its number, as pages lose the space: 'đến Điều21', 'điểm11'", () => {
    // fresh60h-003 (Bộ Tư pháp's 12/1999/TT-BTP, as a database prints it): the range of articles, read as "Điều 17 đến 21".
    expect(pins("quy định tại các điều từ Điều 17 đến Điều21 của Nghị định số 83/1998/NĐ-CP ngày 10 tháng 10 năm 1998")[0][1]).toMatchObject({ article: "17-21", words: "Điều 17 đến Điều21" });
    // fresh29a-023 (a Party regulation as a database stores it): "tại Điều 3, điểm11 Quy chế làm việc …", before a citation.
    expect(pins("uỷ nhiệm tại Điều 3, điểm11 Quyết định số 15/2020/QĐ-UBND")[0][1]).toMatchObject({ article: "3", point: "11", words: "Điều 3, điểm11" });
    expect(pins("theo khoản2 Điều 5 Nghị định số 83/1998/NĐ-CP")[0][1]).toMatchObject({ clause: "2", article: "5" });
    // Only digits: a letter glued to a unit word makes another word.
    expect(pins("theo mụca Nghị định số 83/1998/NĐ-CP")[0][1]).toBeNull();
    expect(pins("theo điểma khoản 2 Điều 5 Nghị định số 83/1998/NĐ-CP")[0][1]).toMatchObject({ clause: "2", article: "5", words: "khoản 2 Điều 5" });
  });

  it("a scan's 'khoán' with its number and 'Điều' after it is the clause: 'điểm b khoán 1 Điều 9'", () => {
    // pairs44-007 (Tổng cục Thuế, 2022); "khoán 2 Điều" is among an OCR'd Nghị định 145/2020/NĐ-CP's scanning errors.
    expect(pins("trở lên theo quy định tại điểm b khoán 1 Điều 9 Nghị định số 118/2021/NĐ-CP. Các")[0][1]).toMatchObject({ point: "b", clause: "1", article: "9", words: "điểm b khoán 1 Điều 9" });
    // "khoán" is a word of its own: no clause without "Điều" after its number.
    expect(pins("chi theo mức khoán 2 Nghị định số 118/2021/NĐ-CP")[0][1]).toBeNull();
    expect(pins("theo điểm b khoán 1, Nghị định số 118/2021/NĐ-CP")[0][1]).toBeNull();
  });

  it("a scan's 'khoân' (a circumflex for the hook) with its number and 'Điều' after it is the clause", () => {
    // fresh54e-003 and -014 (Tổng cục Thuế's OCR'd letters of 2021), as wrapped there.
    expect(pins("- Tại khoân 1 Điều 2 Nghị dịnh số 20/2017/NĐ-CP ngày 24/02/2017 của")[0][1]).toMatchObject({ clause: "1", article: "2", words: "khoân 1 Điều 2" });
    expect(pins("- Tại Khoân 2 Điều 9 Luật số 32/2013/QH13 ngày 19/6/2013 sửa đổi")[0][1]).toMatchObject({ clause: "2", article: "9", words: "Khoân 2 Điều 9" });
    // With no "Điều" after its number it is no unit.
    expect(pins("mức khoân 2 Nghị định số 118/2021/NĐ-CP")[0][1]).toBeNull();
  });

  it("a scan's 'Điêu' (the grave of 'ề' lost) with a number after it is the article", () => {
    // fresh36b-007 (Bộ Công Thương's OCR'd circular), fresh45c-018 (a tax store's OCR'd letter), fresh54e-003.
    expect(pins("áp dụng Điêu 6 Phụ lục I ban hành kèm theo Thông tư số 20/2014/TT-BCT")[0][1]).toMatchObject({ article: "6", appendix: "I", words: "Điêu 6 Phụ lục I" });
    expect(pins("thực hiện theo quy định tại Điêu 33 Luật Quan lý thuế số\n38/2019/QH14")[0][1]).toMatchObject({ article: "33", words: "Điêu 33" });
    expect(pins("tại điểm a khoản 3\nĐiêu 8 Nghị định sô 20/2017/NĐ-CP")[0][1]).toMatchObject({ point: "a", clause: "3", article: "8" });
    // "điêu" is a word of its own ("điêu khắc"): no unit without a number right after it.
    expect(pins("nghệ thuật điêu khắc 3 tác phẩm theo Thông tư số 20/2014/TT-BCT")[0][1]).toBeNull();
  });

  it("a scan's 'Diéu' (the bar of 'Đ' lost, 'ề' read as 'é') with a number after it is the article", () => {
    // fresh54b-009 (Tổng cục Hải quan's OCR'd letter), wrapped as the text is; fresh45c-018, fresh50b-015 and
    // fresh54e-003 write it too.
    expect(pins("phối hợp thu và Điều 10, Diéu 17 Thông tư số\n184/2015/TT-BTC.")[0][1]).toMatchObject({ article: "10, 17", words: "Điều 10, Diéu 17" });
    expect(pins("Diéu 17 Thông tư số 184/2015/TT-BTC")[0][1]).toMatchObject({ article: "17", words: "Diéu 17" });
    expect(pins("từ Điều 30 đến Diéu 41 Luật Quản lý thuế số 38/2019/QH14")[0][1]).toMatchObject({ article: "30-41" });
    // Without a number right after it, no unit.
    expect(pins("Diéu lệ Thông tư số 184/2015/TT-BTC")[0][1]).toBeNull();
  });

  it("'của' between units, the smaller of the larger, as 'tại' is; not before a charter named after the units", () => {
    // fresh36b-007 (Bộ Công Thương's OCR'd circular), wrapped as the text is: three articles of appendix V.
    const t = "phù hợp với Điêu 14, Điêu\n15 và Điêu 16 của Phụ lục V ban hành kèm theo Thông tư số 20/2014/TT-BCT.";
    expect(pins(t)[0][1]).toMatchObject({ article: "14, 15, 16", appendix: "V", words: "Điêu 14, Điêu\n15 và Điêu 16 của Phụ lục V" });
    // seg33-023's and fresh46b-017's drafting, into a cited law.
    expect(pins("theo quy định tại điểm b, c khoản 2 của Điều 21 Luật Đất đai năm 2013")[0][1]).toMatchObject({ point: "b, c", clause: "2", article: "21", words: "điểm b, c khoản 2 của Điều 21" });
    // fresh41d-002's units point into a charter ("Điều lệ" is no unit with a label): the decision after it takes none of them.
    expect(pins("tại tiết a điểm 5.1 khoản 5 điều 9 của Điều lệ tổ chức và hoạt động của Quỹ theo Quyết định số 12/2019/QĐ-UBND")[0][1]).toBeNull();
    // "của" before the document stays as it was.
    expect(pins("theo Điều 3 của Quyết định số 15/2020/QĐ-UBND")[0][1]).toMatchObject({ article: "3", words: "Điều 3" });
  });

  it("a point inserted after another, its letter and a number with no dot: 'Điểm b3', 'điểm d1'", () => {
    // fresh37a-005 (Trà Vinh's council, 2017), wrapped as the text is; Nghị định 50/2021/NĐ-CP writes its
    // inserted points so ("Bổ sung điểm d1, d2 vào sau điểm d khoản 2").
    const t = "Điều 2. Nghị quyết này thay thế Điểm b3 Khoản 1 Điều 1 Nghị quyết số\n70/2006/NQ-HĐND ngày 08/12/2006 về việc quy định mức thu phí";
    expect(pins(t)[0][1]).toMatchObject({ point: "b3", clause: "1", article: "1", words: "Điểm b3 Khoản 1 Điều 1" });
    expect(pins("theo quy định tại điểm d1, d2 khoản 2 Điều 3 Nghị định số 37/2015/NĐ-CP ngày 22/4/2015")[0][1]).toMatchObject({ point: "d1, d2", clause: "2", article: "3" });
    // A letter and digits run on into a word stay no label: "điểm b3x" is none.
    expect(pins("tại điểm b3x khoản 1 Điều 1 Nghị quyết số 70/2006/NQ-HĐND")[0][1]).toMatchObject({ clause: "1", article: "1", words: "khoản 1 Điều 1" });
  });

  it("groups joined by ';', each with its own article, all of the document after the last: one pinpoint", () => {
    // full33-005, wrapped as the text is.
    const decree = "theo quy định tại điểm đ khoản 2 Điều 7; điểm đ khoản 2 Điều 11\nvà điểm b, c khoản 2, khoản 3 Điều 12 Nghị định số 155/2025/NĐ-CP ngày\n16/6/2025 của Chính phủ";
    expect(pins(decree)[0][1]).toMatchObject({ point: "đ, đ, b, c", clause: "2, 2, 2, 3", article: "7, 11, 12", words: "điểm đ khoản 2 Điều 7; điểm đ khoản 2 Điều 11\nvà điểm b, c khoản 2, khoản 3 Điều 12" });
    // A residence form's notes (Luật Cư trú): three groups, nine units.
    const law = "quy định tại khoản 2, khoản 3, khoản 5, khoản 6 Điều 20; khoản 1 Điều 25; điểm a khoản 1 Điều 26 Luật Cư trú năm 2020.";
    expect(pins(law)[0][1]).toMatchObject({ point: "a", clause: "2, 3, 5, 6, 1, 1", article: "20, 25, 26", words: "khoản 2, khoản 3, khoản 5, khoản 6 Điều 20; khoản 1 Điều 25; điểm a khoản 1 Điều 26" });
    // No unit after the ";": the citation opens a new item; a ";" at a line's end ends a list's item.
    expect(pins("Căn cứ Điều 5; Nghị định số 12/2019/NĐ-CP ngày 1/2/2019")[0][1]).toBeNull();
    expect(pins("a) theo Điều 5;\nkhoản 2 Điều 7 Nghị định số 12/2019/NĐ-CP")[0][1]).toMatchObject({ clause: "2", article: "7", words: "khoản 2 Điều 7" });
  });

  it("a group opened by 'các' after a comma or 'và' goes on with the chain: one pinpoint", () => {
    // fresh46b-013 (Thông tư 02/2023/TT-BLĐTBXH), wrapped as the text is.
    const decree = "quy định tại các khoản 9, 10, 11, 12 và 13 \nĐiều 3 Chương I, các điều 21, 22, 23 và 24 Chương V Nghị định số 27/2022/NĐ-CP \nngày 19 tháng 4 năm 2022";
    expect(pins(decree)[0][1]).toMatchObject({ clause: "9, 10, 11, 12, 13", article: "3, 21, 22, 23, 24", chapter: "I, V", words: "khoản 9, 10, 11, 12 và 13 \nĐiều 3 Chương I, các điều 21, 22, 23 và 24 Chương V" });
    // Nghị định 21/2021/NĐ-CP's own cross-reference, its document named by number here.
    expect(pins("áp dụng quy định tại khoản 1 và khoản 2 Điều 9, các khoản 1, 2 và 3 Điều 10 Nghị định số 21/2021/NĐ-CP")[0][1]).toMatchObject({ clause: "1, 2, 1, 2, 3", article: "9, 10" });
    // No unit word after "các": no chain back past it.
    expect(pins("thu theo Điều 5, các khoản thu khác theo Nghị định số 21/2021/NĐ-CP")[0][1]).toBeNull();
    expect(pins("tại Điều 5, các khoản 2 và 3 Điều 7 Nghị định số 21/2021/NĐ-CP")[0][1]).toMatchObject({ clause: "2, 3", article: "5, 7" });
  });

  it("a list of more than eight units is read whole, not from its second", () => {
    const law = "theo quy định tại Điều 38, Điều 39, Điều 43, Điều 44, Điều 48, Điều 49, Điều 50, Điều 53, Điều 56 của Luật Bầu cử năm 2015 (được sửa đổi";
    expect(pins(law)[0][1]).toMatchObject({ article: "38, 39, 43, 44, 48, 49, 50, 53, 56", start: 18 });
    const decree = "Nghị định này quy định chi tiết các Điều 8, Điều 12, Điều 19, Điều 20, khoản 2 Điều 42, Điều 43, khoản 1 Điều 45, Điều 47 Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025";
    expect(pins(decree)[0][1]).toMatchObject({ clause: "2, 1", article: "8, 12, 19, 20, 42, 43, 45, 47" });
  });

  it("no pinpoint: an article heading, a unit that belongs to another document, or none", () => {
    expect(pins("Điều 3. Quyết định số 15/2020/QĐ-UBND")[0][1]).toBeNull();
    expect(pins("Căn cứ Nghị định số 61/2018/NĐ-CP")[0][1]).toBeNull();
    expect(pins("Sửa đổi khoản 2 Điều 5 của Quy định ban hành kèm theo Quyết định số 24/2019/QĐ-UBND")[0][1]).toBeNull();
  });

  it("a part numbered by an ordinal word: 'Phần thứ hai', in capitals or decomposed; no word, no part", () => {
    expect(pins("theo Phần thứ hai Nghị định số 61/2018/NĐ-CP")[0][1]).toMatchObject({ part: "thứ hai" });
    expect(pins("theo Phần thứ II Nghị định số 61/2018/NĐ-CP")[0][1]).toMatchObject({ part: "thứ II" });
    expect(pins("theo Phần thứ tư Nghị định số 61/2018/NĐ-CP".normalize("NFD"))[0][1]).toMatchObject({ part: "thứ tư" });
    expect(pins("theo Phần thứ \u0000 Nghị định số 61/2018/NĐ-CP")[0][1]).toBeNull();
    expect(pins("theo Phần thứ (a) Nghị định số 61/2018/NĐ-CP")[0][1]).toBeNull();
  });

  it("units joined by 'tại', the smaller in the larger, are one chain", () => {
    // fresh45c-017 (Cục Thuế Long An, 2023) and fresh41a-011 (Hà Nội's 71/2024/QĐ-UBND).
    expect(pins("khai căn cứ miễn trừ tại mục I,\nmục II tại Phụ lục I ban hành kèm theo Nghị định 132/2020/NĐ-CP")[0][1]).toMatchObject({ section: "I, II", appendix: "I", words: "mục I,\nmục II tại Phụ lục I" });
    const t = "nhóm đất thuộc: Mục a, b, c, d, đ, e, g, h, k tại khoản 4; Mục a, c, tại khoản 5 và khoản 6, 7, 8, 9, 10 tại Điều 5 Nghị định 102/2024/NĐ-CP ngày 30/7/2024";
    expect(pins(t)[0][1]).toMatchObject({ section: "a, b, c, d, đ, e, g, h, k, a, c", clause: "4, 5, 6, 7, 8, 9, 10", article: "5", words: "Mục a, b, c, d, đ, e, g, h, k tại khoản 4; Mục a, c, tại khoản 5 và khoản 6, 7, 8, 9, 10 tại Điều 5" });
  });

  it("'tại' between the last unit and the document, after a blank on the label's line, as 'của' is; not after a comma or a line's end", () => {
    // fresh62h-003 (a bank news page on Thông tư 22/2011/TT-NHNN) and fresh64c-001 (an accounting firm's answers).
    expect(pins("NHNN đã ban hành Thông tư 22/2011/TT-NHNN. Theo điểm c, Điều 1 tại Thông tư 22 công bố ngày 30-8, NHNN nêu rõ")[1][1]).toMatchObject({ point: "c", article: "1", words: "điểm c, Điều 1" });
    expect(pins("quy định tại Điều 5 tại Nghị định số 12/2020/NĐ-CP")[0][1]).toMatchObject({ article: "5", words: "Điều 5" });
    expect(pins("theo khoản 2 Điều 3 tại \nThông tư số 12/2020/TT-BTC")[0][1]).toMatchObject({ clause: "2", article: "3", words: "khoản 2 Điều 3" });
    expect(pins("theo khoản 2 Điều 3 ta\u0323i Thông tư số 12/2020/TT-BTC")[0][1]).toMatchObject({ clause: "2", article: "3" });
    // After a comma or a line's end, "tại" may open a clause of its own: the units are another document's.
    expect(pins("theo quy định tại Điều 5, tại Nghị định số 12/2020/NĐ-CP hướng dẫn")[0][1]).toBeNull();
    expect(pins("theo quy định tại Điều 5\ntại Nghị định số 12/2020/NĐ-CP hướng dẫn")[0][1]).toBeNull();
    // A word, not a label, before "tại": no pinpoint ("quy định tại", "Hội nghị tại").
    expect(pins("theo quy định tại Nghị định số 12/2020/NĐ-CP")[0][1]).toBeNull();
    expect(pins("Điều 5 Luật Đất đai tại Nghị định số 12/2020/NĐ-CP")[1][1]).toBeNull();
    // "tại" inside a longer word is no link: "Điều 5 tạiX" is not it.
    expect(pins("theo Điều 5 ngtại Nghị định số 12/2020/NĐ-CP")[0][1]).toBeNull();
  });

  it("linear on runs of 'Điều 1 tại '", () => {
    const t = (n: number) => "Điều 1 tại ".repeat(n) + "Nghị định số 1/2020/NĐ-CP ".repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("a clause inserted after another ('khoản 1a') and units joined by a spaced dash ('Khoản 2c - Điều 1 - Nghị định …')", () => {
    expect(pins("theo quy định tại khoản 1a Điều 31 Luật Đấu thầu năm 2023")[0][1]).toMatchObject({ clause: "1a", article: "31", words: "khoản 1a Điều 31" });
    // fresh29o-017 (Bộ Tài chính's 96/1999/TT-BTC).
    expect(pins("Căn cứ vào Khoản 2c - Điều 1 - Nghị định số 30/1998/NĐ-CP ngày 13/5/1998 của Chính phủ")[0][1]).toMatchObject({ clause: "2c", article: "1", words: "Khoản 2c - Điều 1" });
    expect(pins("C.3.5. Kết quả xử lý vi phạm (Khoản 2 - Điều 94 Luật Phòng, chống tham nhũng năm 2018)")[0][1]).toMatchObject({ clause: "2", article: "94", words: "Khoản 2 - Điều 94" });
    // A dash before a word that is no unit ends the chain, as before.
    expect(pins("Mục 3 - Tổ chức thực hiện; Điều 1 - Quyết định số 1057/QĐ-UB ngày 27 tháng 3 năm 2004")[0][1]).toMatchObject({ article: "1", words: "Điều 1" });
  });

  it("a section numbered in outline form, letter, Roman and Arabic numerals joined by dots, is read whole", () => {
    // fresh58b-013 (Bộ Tư pháp's cost-norm circular of 2026): its annex points into a resolution's and a decree's annexes so.
    expect(pins("(100% định mức quy định tại Mục III.8 Phụ lục II Nghị quyết số 197/2025/QH15) 1 Soạn")[0][1]).toMatchObject({ section: "III.8", appendix: "II", words: "Mục III.8 Phụ lục II" });
    expect(pins("hoạt động, sản phẩm tại Mục C.II.2 Phụ lục I kèm theo Nghị định số 289/2025/NĐ-CP, tương ứng")[0][1]).toMatchObject({ section: "C.II.2", appendix: "I" });
    expect(pins("theo quy định tại footnote số 10 và Mục C.II.1.8 Phụ lục I ban hành kèm theo Nghị định số 289/2025/NĐ-CP")[0][1]).toMatchObject({ section: "C.II.1.8", appendix: "I", words: "Mục C.II.1.8 Phụ lục I" });
    expect(pins("định mức quy định tại Mục A.1.1 Phụ \nlục I ban hành kèm theo Nghị \nđịnh \nsố \n289/2025/NĐ-CP")[0][1]).toMatchObject({ section: "A.1.1", appendix: "I" });
    // The section last before the citation (fresh38a-003 writes "tại Mục II.4 Kế hoạch này"); a Arabic outline (fresh38a-004's "mục 8.1 của Hướng dẫn này").
    expect(pins("số lượng quy định tại Mục II.4 Thông tư số 08/2019/TT-BNV.")[0][1]).toMatchObject({ section: "II.4", words: "Mục II.4" });
    expect(pins("các nội dung thi đua nêu tại mục 8.1 của Hướng dẫn số 13/HD-MTTQ-BTT")[0][1]).toMatchObject({ section: "8.1", words: "mục 8.1" });
    // As before: a section's point after its number, a Roman section in a chain, and a dot that ends the sentence.
    expect(pins("căn cứ hướng dẫn tại mục 2.b công văn số 1537/BTC-TCHQ")[0][1]).toMatchObject({ section: "2.b" });
    expect(pins("khoản 1 , mục I , Điều 1 Quyết định số 15/2020/QĐ-UBND")[0][1]).toMatchObject({ clause: "1", section: "I", article: "1" });
    expect(pins("tại Mục 1. Thông tư số 08/2019/TT-BNV.")[0][1]).toBeNull();
  });

  it("linear on runs of sections in outline form: 'Mục I.I.I.I…', 'Mục C.II.1.8 Phụ lục I '", () => {
    const t = (n: number) => ("Mục " + "I.".repeat(n / 10) + "I Phụ lục I Nghị định số 1/2020/NĐ-CP ").repeat(10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
    const u = (n: number) => ("Mục I.I.I.I.I.I.I.I.I " + "Mục C.II.1.8 Phụ lục I.I.I kèm theo Nghị định số 1/2020/NĐ-CP ").repeat(n / 10);
    expect(cpuRatio((x) => extract(x), u(16000), u(2000), 3, 24)).toBeLessThan(24);
  });

  it("linear on runs of 'khoản 1a - Điều 1 - '", () => {
    const t = (n: number) => "khoản 1a - Điều 1 - ".repeat(n) + "Nghị định số 1/2020/NĐ-CP ".repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("linear on runs of 'mục 1 tại khoản 1 '", () => {
    const t = (n: number) => "mục 1 tại khoản 1 , tại ".repeat(n) + "Nghị định số 1/2020/NĐ-CP ".repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("linear on runs of ranges and appendices: 'khoản 1 đến khoản 2 ', 'Phụ lục I kèm theo '", () => {
    const t = (unit: string) => (n: number) => unit.repeat(n) + "Nghị định số 1/2020/NĐ-CP ".repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t("khoản 1 đến khoản 2 ")(16000), t("khoản 1 đến khoản 2 ")(2000), 3, 24)).toBeLessThan(24);
    expect(cpuRatio((x) => extract(x), t("Phụ lục I kèm theo ")(16000), t("Phụ lục I kèm theo ")(2000), 3, 24)).toBeLessThan(24);
  });

  it("linear on runs of units before appendices issued with a document: 'khoản 1 Điều 1, Phụ lục I ban hành kèm theo '", () => {
    const t = (n: number) => ("khoản 1 Điều 1, ".repeat(9) + "Phụ lục I ban hành kèm theo Nghị định số 1/2020/NĐ-CP ").repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("linear on runs of appendices with titles: 'Phụ lục 1 danh mục '", () => {
    const t = (n: number) => ("Phụ lục 1 danh mục ".repeat(10) + "ban hành kèm theo Nghị định số 1/2020/NĐ-CP ").repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("linear on runs of bracketed units and 'hoặc': 'khoản 1 ( đối với a ) hoặc '", () => {
    const t = (n: number) => "khoản 1 ( đối với a ) hoặc ".repeat(n) + "Nghị định số 1/2020/NĐ-CP ".repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("linear on runs of 'Điều 1 khoản 1 '", () => {
    const t = (n: number) => "Điều 1 khoản 1 ".repeat(n) + "Nghị định số 1/2020/NĐ-CP ".repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("linear on runs of glued units: 'Điều1 khoản2 đến khoản3 '", () => {
    const t = (n: number) => "Điều1 khoản2 đến khoản3 ".repeat(n) + "Nghị định số 1/2020/NĐ-CP ".repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("an appendix whose 'lục' lost its dot below, 'Phụ luc I', as a scan writes it", () => {
    // fresh36b-007 (Bộ Công Thương's circular, OCR'd), three times; fresh45c-008 writes "Phụ luc | ban hành kèm theo Thông tư này".
    expect(pins("đối với hàng hóa áp dụng Điều 6 Phụ luc I ban hành kèm theo Thông tư số 20/2014/TT-BCT")[0][1]).toMatchObject({ article: "6", appendix: "I", words: "Điều 6 Phụ luc I" });
    expect(pins("theo Phụ luc 02 kèm theo Thông tư số 20/2014/TT-BCT")[0][1]).toMatchObject({ appendix: "02", words: "Phụ luc 02" });
    // "luc" after no "Phụ" is no unit word.
    expect(pins("theo luc 02 Thông tư số 20/2014/TT-BCT")[0][1]).toBeNull();
  });

  it("linear on runs of groups joined by ';': 'Điều 1; khoản 1 '", () => {
    const t = (n: number) => "Điều 1; khoản 1 ".repeat(n) + "Nghị định số 1/2020/NĐ-CP ".repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });
  it("units written as markdown links are read as their labels, the span in the caller's text; the tail of a longer list is none", () => {
    // fresh55e-002 (Thông tư 43/2023/TT-BTC as a public crawl stores it, each annex's form a link).
    const a = (n: string) => `(https://files.thuvienphapluat.vn/uploads/DocForms/5/7/1/0/571083//Ph%E1%BB%A5%20l%E1%BB%A5c%20${n}-46%202014%20TT-BTC.doc)`;
    const t1 = `Bãi bỏ cụm từ “Người đại diện (Ký, họ tên)” tại  [Phụ lục số 02a]${a("2a")},  [Phụ lục số 03]${a("3")} ban hành kèm theo Thông tư số 46/2014/TT-BTC .`;
    const p1 = pins(t1)[0][1] as { appendix: string; start: number; words: string };
    expect(p1).toMatchObject({ appendix: "02a, 03" });
    expect(p1.start).toBe(t1.indexOf("Phụ lục số 02a"));
    expect(p1.words.endsWith("Phụ lục số 03")).toBe(true);
    expect(pins(`Thay thế cụm từ “Nơi đăng ký:” tại điểm 5  [Phụ lục số IV]${a("4")} Thông tư số 197/2015/TT-BTC   bằng cụm từ “Nơi thường trú:"`)[0][1]).toMatchObject({ point: "5", appendix: "IV", words: "điểm 5  [Phụ lục số IV" });
    // full32-017 (Nghị định 91/2022/NĐ-CP as the crawl stores it): the appendix inside the link's label.
    expect(pins(`thay thế  [Mẫu số 04-1/CC tại Phụ lục III]${a("x")} ban hành kèm theo Nghị định số 126/2020/NĐ-CP`).find((c) => c[0] === "126")?.[1]).toMatchObject({ appendix: "III", words: "Phụ lục III" });
    // Two groups joined by "và tại" (fresh55e-002, Điều 6): the look-back reads only "điểm 1, mục II [Phụ lục V]", a tail.
    expect(pins(`tại điểm 1, mục I  [Phụ lục I]${a("1")} và tại điểm 1, mục II  [Phụ lục V]${a("5")} ban hành kèm theo Thông tư số 97/2020/TT-BTC`)[0][1]).toBeNull();
    // Without links nothing changes: the same words as a page prints them.
    expect(pins("tại Phụ lục số 02a, Phụ lục số 03 ban hành kèm theo Thông tư số 46/2014/TT-BTC")[0][1]).toMatchObject({ appendix: "02a, 03" });
  });

  it("linear on runs of links before citations: '[Phụ lục số 1](https://a.b/c.doc) '", () => {
    const t = (n: number) => ("[Phụ lục số 1](https://a.b/c.doc), ".repeat(10) + "ban hành kèm theo Nghị định số 1/2020/NĐ-CP ").repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });
  it("units inside an amending law's or ordinance's own name point into the law it amends; the name stays whole", () => {
    // pairs58-002/-003, fresh30e-017: the ordinance of 2008 that amends Điều 10 of Pháp lệnh Dân số, cited by its name.
    const t = "Căn cứ Pháp lệnh sửa đổi Điều 10 của Pháp lệnh dân số ngày 27 tháng 12 năm 2008;";
    const [c] = extract(t);
    expect(c.name).toContain("sửa đổi Điều 10 của Pháp lệnh dân số");
    expect(c.pinpoint).toEqual({ article: "10", start: t.indexOf("Điều 10"), end: t.indexOf("Điều 10") + 7, amendedAt: t.indexOf("Pháp lệnh dân") });
    // A title in capitals, and "sửa đổi, bổ sung" with an article and an appendix.
    const u = "QUY ĐỊNH CHI TIẾT THI HÀNH PHÁP LỆNH SỬA ĐỔI ĐIỀU 10 CỦA PHÁP LỆNH DÂN SỐ";
    expect(extract(u)[0].pinpoint).toMatchObject({ article: "10", start: u.indexOf("ĐIỀU 10"), amendedAt: u.lastIndexOf("PHÁP LỆNH") });
    const v = "Căn cứ Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 của Luật Phí và lệ phí ngày 22 tháng 11 năm 2016;";
    expect(extract(v)[0].pinpoint).toMatchObject({ article: "6", appendix: "4", start: v.indexOf("Điều 6") });
    // No labels ("một số điều"), or a title between the units and the amended law (fresh51a-009): no pinpoint.
    expect(extract("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai ngày 29 tháng 6 năm 2024;")[0].pinpoint).toBeUndefined();
    const w = "Căn cứ Luật sửa đổi, bổ sung Điều 6 và Phụ lục 4 về Danh mục ngành, nghề đầu tư kinh doanh có điều kiện của Luật Đầu tư ngày 22 tháng 11 năm 2016;";
    expect(extract(w).every((c) => c.pinpoint === undefined)).toBe(true);
  });

  it("linear on runs of amending names: 'Pháp lệnh sửa đổi Điều 1 của Pháp lệnh '", () => {
    const t = (n: number) => "Căn cứ Pháp lệnh sửa đổi Điều 1 của Pháp lệnh dân số năm 2008; ".repeat(n / 10) + "sửa đổi Điều 1 của Pháp lệnh ".repeat(n);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });
});
