/**
 * A text with no heading above its kind: the enacting body on the line above the preamble
 * (src/analyze/header/enacting.ts).
 */
import { describe, expect, it } from "vitest";
import { councilPassedOn, readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

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

describe("a council's resolution dated in its closing formula only (councilPassedOn)", () => {
  // fresh44b-001 (HĐND tỉnh Trà Vinh, July 2017), printed without its heading: the day passed is written in figures.
  const council = [
    "NGHỊ QUYẾT",
    "QUY ĐỊNH VỀ VIỆC PHÂN CẤP NHIỆM VỤ CHI KINH PHÍ",
    "SỰ NGHIỆP BẢO VỆ MÔI TRƯỜNG TRÊN ĐỊA BÀN TỈNH TRÀ VINH",
    "HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH ",
    "KHOÁ IX - KỲ HỌP THỨ 4",
    "Căn cứ Luật Tổ chức chính quyền",
    "địa phương ngày 19/6/2015;",
    "QUYẾT NGHỊ",
    "Điều 4. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.",
    "Nghị quyết này đã",
    "được Hội đồng nhân dân tỉnh Trà Vinh khoá IX, kỳ họp thứ 4 thông qua ngày 13/7/2017 và có",
    "hiệu lực từ ngày 24/7/2017./.",
  ].join("\n");

  it("reads the day in figures as it reads it in words, the formula cut by line breaks", () => {
    expect(councilPassedOn(council)).toBe("2017-07-13");
    expect(analyze(council).self.date).toBe("2017-07-13");
    // fresh44b-013 and fresh37a-009: a space after the second slash, the date on the next line.
    expect(councilPassedOn(council.replace("thông qua ngày 13/7/2017", "thông qua ngày\n13/7/ 2017"))).toBe("2017-07-13");
    expect(councilPassedOn(council.replace("ngày 13/7/2017", "ngày 13 tháng 7 năm 2017"))).toBe("2017-07-13");
  });

  it("the date in force, a day without its year, or a formula that is not the resolution's own date nothing", () => {
    // Only the day passed dates it: "có hiệu lực từ ngày 24/7/2017" is not read without "thông qua".
    expect(councilPassedOn(council.replace("thông qua ngày 13/7/2017", "thông qua"))).toBeNull();
    expect(councilPassedOn(council.replace("13/7/2017", "13/7"))).toBeNull();
    // Another body's document passed on a day is not the resolution's formula.
    expect(councilPassedOn("Luật Đất đai được Quốc hội thông qua ngày 29/11/2013;")).toBeNull();
  });
});
