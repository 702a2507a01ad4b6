/**
 * A first line in sentence case that names the document (src/analyze/header/sentence-title.ts).
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

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

  it("is not where the page prints nothing of the document below the line (a page telling of it, CONVENTIONS §3)", () => {
    // A magazine's item that is the decree's line alone (fresh59b-010).
    const line = "Nghị định số 31/2011/NĐ-CP ngày 11/5/2011 của Chính phủ về Sửa đổi, bổ sung một số điều của Nghị định số 75/2006/NĐ-CP ngày 02 tháng 8 năm 2006 của Chính phủ quy định chi tiết";
    const alone = analyze(line, { path: "item.txt" });
    expect(alone.self.kind).toBeNull();
    expect(alone.citations.map((c) => [c.id, c.role])).toEqual([["31/2011/NĐ-CP", "references"], ["75/2006/NĐ-CP", "references"]]);
    // The line again, a download link's, a database's fields and the page's short labels are not the document's text.
    const fields = [line, "", `Tải về: ${line}`, "- Loại văn bản: Nghị định", "- Thời gian duy trì hiệu lực: 591 ngày (1 năm 7 tháng 16 ngày)", "Văn bản bị sửa đổi, bổ sung (1)"].join("\n");
    expect(readHeader(fields).kind).toBeNull();
    // The line printed again with a tab or two spaces where the first has one is still the line (session 59's audit).
    for (const blank of ["\t", "  "]) expect(readHeader([line, "", line, "- Loại văn bản: Nghị định"].join("\n").replaceAll(" ", blank)).kind).toBeNull();
    // A preamble or a paragraph under the line is the document's: the line is its title.
    expect(readHeader([line, "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;"].join("\n")).kind).toBe("decree");
    // So is a text wrapped in short lines, once they add up past a page's labels.
    const wrapped = "Thời gian qua, tình hình cháy rừng trên địa bàn diễn biến phức tạp, gây thiệt hại lớn về tài sản của Nhà nước và của nhân dân. ".repeat(4).match(/.{1,50}(?:\s|$)/g) ?? [];
    expect(readHeader([line, ...wrapped].join("\n")).kind).toBe("decree");
    expect(analyze(page("Chỉ thị số 08/CT-UBND ngày 20/03/2020 của UBND tỉnh Yên Bái về việc tăng cường phòng cháy, chữa cháy rừng")).self.kind).toBe("directive");
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

describe("a site's label line above the sentence-case title ('Tư liệu', 'Trích yếu', a site's name)", () => {
  it("reads the title under the label (fresh59g-001, party32-010)", () => {
    const h = readHeader("Tư liệu\n\nChương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX, nhiệm kỳ 2025-2030\n\nĐể triển khai thực hiện nghiêm túc Nghị quyết Đại hội, Tỉnh ủy ban hành Chương trình hành động như sau:\n");
    expect(h).toMatchObject({ kind: "program", title: "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX, nhiệm kỳ 2025-2030" });
    const a = analyze("Trích yếu\nChương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng \"về tiếp tục xây dựng đội ngũ trí thức\".");
    expect(a.self.kind).toBe("program");
    expect(a.citations.filter((c) => c.form === "full").map((c) => `${c.number} ${c.role}`)).toEqual(["45 implements"]);
  });

  it("is not a label in capitals, a sentence, or a line with a number", () => {
    expect(readHeader("QUỐC HỘI\nNghị quyết số: 133/2020/QH14\n").title).toBeNull();
    expect(readHeader("Tin tức sự kiện hôm nay nóng\nKế hoạch thực hiện Chỉ thị số 05-CT/TW\n").kind).toBeNull();
    expect(readHeader("Ngày 12/5\nKế hoạch thực hiện Chỉ thị số 05-CT/TW\n").kind).toBeNull();
  });
});
