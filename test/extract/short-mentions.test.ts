import { describe, expect, it } from "vitest";
import { cpuRatio } from "../helpers/linear.js";
import { extract } from "../../src/index.js";

describe("short mentions resolved (extract/short-mentions.ts)", () => {
  it("resolves a listed short form to the one full citation of its kind and number", () => {
    const found = extract("Quyết định số 5/2020/QĐ-UBND và Quyết định số 6/2021/QĐ-UBND; Quyết định 5 nêu trên, Quyết định 7.");
    expect(found.filter((c) => c.form === "short").map((c) => [c.raw, c.id])).toEqual([["Quyết định 5", "05/2020/QĐ-UBND"], ["Quyết định 7", "short:decision/07@?"]]);
  });

  it("reads a kind word spelled as a verb, in lower case and with no 'số', as a citation only where the number resolves", () => {
    // plans32-014 and fresh47a-005 (the verb, then the gazette's page number): no document named.
    const shortOf = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => [c.raw, c.id]);
    expect(shortOf("Ủy ban nhân dân phường thông báo 12 đến Trạm Y tế phường, các ban ngành.")).toEqual([]);
    expect(shortOf("đối với hành vi vi phạm quy định \n\n \n22 \nCÔNG BÁO/Số 751 + 752/Ngày 10-10-2022 \n")).toEqual([]);
    // Capitalised, with "số", or resolved to a full citation of the text, it names the document as before.
    expect(shortOf("theo Quy định 22 của Ban Thường vụ.")).toEqual([["Quy định 22", "short:regulation/22@?"]]);
    expect(shortOf("theo quy định số 22 của Ban Thường vụ.")).toEqual([["quy định số 22", "short:regulation/22@?"]]);
    expect(shortOf("Thông báo số 12/TB-UBND ngày 5/5/2023 của UBND phường; thực hiện thông báo 12 nêu trên.")).toEqual([["thông báo 12", "12/TB-UBND@2023"]]);
  });

  it("reads a number on a line after a kind word in lower case ending its line as a table's cell, a citation only where it resolves", () => {
    // fresh49b-011 (148/2025/TT-BTC's spending norms, one cell a line): the row's words, then its amount, the next row's number, a footnote's.
    const shortOf = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => [c.raw, c.id]);
    expect(shortOf("Thứ trưởng phụ trách đơn vị chủ trì soạn thảo thông tư \n7 \n1.3.3 \nCác thành viên Ban Thường vụ")).toEqual([]);
    expect(shortOf("Thứ trưởng phụ trách đơn vị chủ trì soạn thảo thông tư liên tịch \n4,5 \n1.1.3.3 \nCác thành viên")).toEqual([]);
    expect(shortOf("Các hoạt động hỗ trợ trực tiếp cho công tác soạn thảo thông tư \n \n \n7 Mỗi đơn vị tính tối đa 01 lần tham gia ý kiến.")).toEqual([]);
    // Capitalised, on one line, with "số", or resolved to a full citation of the text, it names the document as before.
    expect(shortOf("theo Thông tư \n7 của Bộ Tài chính.")).toEqual([["Thông tư \n7", "short:circular/07@?"]]);
    expect(shortOf("theo thông tư 7 của Bộ Tài chính.")).toEqual([["thông tư 7", "short:circular/07@?"]]);
    expect(shortOf("theo thông tư \nsố 7 của Bộ Tài chính.")).toEqual([["thông tư \nsố 7", "short:circular/07@?"]]);
    expect(shortOf("Thông tư số 7/2020/TT-BTC ngày 5/5/2020; theo thông tư \n7 nêu trên.")).toEqual([["thông tư \n7", "07/2020/TT-BTC"]]);
  });

  it("reads a bare number that is a year after a kind word ('Nghị quyết 2005') as a citation only where it resolves", () => {
    const shortOf = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => [c.raw, c.id]);
    // seg33-006: the council's resolution of that year, no document numbered 2005.
    expect(shortOf("Các công trình, dự án sử dụng đất đã ghi trong Nghị quyết 2005 chưa thực hiện được nay chuyển sang năm 2006.")).toEqual([]);
    // A number out of the years' range, or with "số", names the document as before; so does one the text cites in full.
    expect(shortOf("đã ghi trong Nghị quyết 1592 chưa thực hiện.")).toEqual([["Nghị quyết 1592", "short:resolution/1592@?"]]);
    expect(shortOf("đã ghi trong Nghị quyết số 2005 chưa thực hiện.")).toEqual([["Nghị quyết số 2005", "short:resolution/2005@?"]]);
    expect(shortOf("Quyết định số 2005/QĐ-UBND ngày 5/5/2023 của UBND tỉnh; Quyết định 2005 nêu trên.")).toEqual([["Quyết định 2005", "2005/QĐ-UBND@2023"]]);
  });

  it("reads a scheme called by its approving decision's number as a name, with 'số' too ('Đề án số 06'): CONVENTIONS §30 (a)", () => {
    // fresh63a-007 (Hà Giang's plan on Đề án 06): the plan coins the name from the decision's number, then uses it.
    const shortOf = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => [c.raw, c.id]);
    const t =
      "Thực hiện Quyết định số 06/QĐ-TTg\nngày 06/01/2022 của Thủ tướng Chính phủ về việc Phê duyệt Đề án phát triển ứng\ndụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc\n" +
      "gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (sau đây viết tắt là Đề án\nsố 06). Ủy ban nhân dân tỉnh Hà Giang ban hành Kế hoạch triển khai thực hiện\nnhư sau:\n" +
      "các mục tiêu, nhiệm vụ giải pháp của Đề án số 06 phục vụ yêu cầu chuyển đổi số\nQuốc gia";
    expect(shortOf(t)).toEqual([]);
    expect(shortOf("Quyết định số 135/1998/QĐ-TTg của Thủ tướng Chính phủ; các xã thuộc Chương trình số 135")).toEqual([]);
    // No document of another kind numbered so: a scheme or programme numbered in its own right may be meant, as a Party
    // committee numbers its own ("Đề án số 09-ĐA/TU", fresh55g-003; "Chương trình hành động số 15 của Thành ủy", fresh59g-002).
    expect(shortOf("việc thực hiện Nghị quyết Trung ương 4 và Chương trình hành động số 15 của Thành ủy")).toEqual([["Chương trình hành động số 15", "short:program/15@?"]]);
    expect(shortOf("Chương trình số 135")).toEqual([["Chương trình số 135", "short:program/135@?"]]);
    // Cited in full by its own number, or dated after the number (a document of its own), it is named as before.
    expect(shortOf("Căn cứ Đề án số 08-ĐA/TU ngày 5/1/2021 của Tỉnh ủy; thực hiện Đề án số 08.")).toEqual([["Đề án số 08", "08-ĐA/TU@2021"]]);
    expect(shortOf("thực hiện Đề án số 06 ngày 06/01/2022 của Thủ tướng Chính phủ")).toEqual([["Đề án số 06 ngày 06/01/2022 của Thủ tướng Chính phủ", "bare:scheme/06@2022-01-06/TTg"]]);
  });

  it("reads a site's title line naming the page's own document by kind and number as no citation: CONVENTIONS §30 (b)", () => {
    const shortOf = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => [c.raw, c.id]);
    // fresh62b-005: the item title over the plan's own "Số" line (no full citation of it in the text).
    const plan =
      "Kế hoạch 77: Tổ chức các hoạt động tuyên truyền Đại hội đại biểu phụ nữ các cấp (10:01 23/01/2021)\n\nHỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI\n\n" +
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBAN THƯỜNG VỤ\n\nĐộc lập – Tự do – Hạnh phúc\n\n   \n\nSố    77  /KH-BTV\n\nHà Nội, ngày     tháng 11 năm 2020\n\n \n\nKẾ HOẠCH\n\n" +
      "Tổ chức các hoạt động tuyên truyền\n\nThực hiện Kế hoạch số 888/KH-ĐCT, ngày 10/8/2020 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam";
    expect(shortOf(plan)).toEqual([]);
    // fresh62i-007: the title line over the letter's addressee line, no heading printed.
    const letter =
      "Công văn 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc đánh giá chất lượng đảng viên năm 2012\n\n" +
      "Kính gửi: Ban tổ chức các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương\n\nBan Tổ chức Trung ương nhận được ý kiến của một số ban tổ chức tỉnh ủy";
    expect(shortOf(letter)).toEqual([]);
    // A news headline: the page prints no document (its headline's decree resolves where the text cites it in full).
    expect(shortOf("Nghị định 100 phạt nặng tài xế uống rượu bia\nTheo quy định mới, tài xế")).toEqual([["Nghị định 100", "short:decree/100@?"]]);
    expect(shortOf("Nghị định 15 tự công bố sản phẩm: Những điều doanh nghiệp nên biết\nNghị định 15/2018/NĐ-CP quy định")).toEqual([["Nghị định 15", "15/2018/NĐ-CP"]]);
    // A page that is another kind's document; a mention that does not open the text.
    expect(shortOf("Kế hoạch 77 tổ chức tuyên truyền Đại hội\nQUYẾT ĐỊNH\nSố: 12/QĐ-UBND")).toEqual([["Kế hoạch 77", "short:plan/77@?"]]);
    expect(shortOf("Theo Công văn 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc đánh giá\n\nKính gửi: Ban tổ chức các tỉnh ủy")).toEqual([["Công văn 3676", "short:official-letter/3676@?"]]);
  });

  it("reads the title line over a letter's addressee as no citation whatever ends its lines or composes its marks (audit63)", () => {
    // fresh62i-007's page: the letter's lines after the title were found by "\n" and in composed letters only, so a page
    // saved with U+2028 line ends or in NFD kept "Công văn 3676" as a short form of nothing.
    const shortOf = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => c.raw);
    const letter = "Công văn 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc đánh giá chất lượng đảng viên năm 2012\n\nKính gửi: Ban tổ chức các tỉnh ủy, thành ủy\n\nBan Tổ chức Trung ương nhận được ý kiến";
    for (const text of [letter, letter.replaceAll("\n", "\u2028"), letter.replaceAll("\n", "\r"), letter.replaceAll("\n", "\r\n"), letter.normalize("NFD")]) expect(shortOf(text)).toEqual([]);
  });

  it("stays linear on text dense with short forms listed before full citations", () => {
    // Each mention once searched every full citation of the text: 8 times the text cost ~60 times the time.
    const dense = (n: number) => "Quyết định 1, 2 và 3/QĐ-UBND, ".repeat(n);
    expect(cpuRatio((x) => extract(x), dense(8000), dense(1000), 3, 24)).toBeLessThan(24);
  });
});
