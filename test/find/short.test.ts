import { describe, expect, it } from "vitest";
import { cpuRatio } from "../helpers/linear.js";
import { analyze, extract } from "../../src/index.js";
import { findAboveMentions } from "../../src/find/short.js";
import { phraseSource } from "../../src/vocab/phrases.js";
import { NAMED_ABOVE_KINDS, NAMED_ABOVE_WORDS } from "../../src/vocab/cues.js";
import { KINDS } from "../../src/vocab/kinds.js";

const shorts = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => [c.raw, c.id, c.warnings.map((w) => w.code)]);

describe("short forms", () => {
  it("read what prints nothing between a number's digits, or by its year's slash, past (a page breaking the number), as full citations do", () => {
    // Fuzzing found them lost: the scan's look-behind and the short form's digits read plain digits only.
    const full = "; Nghị định số 171/2004/NĐ-CP ngày 29/9/2004";
    expect(shorts("theo Nghị định 17\u00ad1 nêu trên" + full)).toEqual([["Nghị định 17\u00ad1", "171/2004/NĐ-CP", []]]);
    expect(shorts("theo Nghị định số 171/20\u200d\u200d04 của Chính phủ" + full)).toEqual([["Nghị định số 171/20\u200d\u200d04", "171/2004/NĐ-CP", []]]);
    expect(shorts("theo Nghị định 17\u200b1\u200b/\u200b2004 của Chính phủ" + full).map((s) => s[1])).toEqual(["171/2004/NĐ-CP"]);
    const [c] = extract("và Nghị định số 17\u200b2/2\u200b004, khác");
    expect([c.id, c.raw, c.numberStart]).toEqual(["short:decree/172@?", "Nghị định số 17\u200b2/2\u200b004", 16]);
    // What prints nothing before a slash the ký hiệu goes on after: no short form (the text cut there, or a year unread).
    expect(shorts("theo Nghị định số 57\u200c/2")).toEqual([]);
    expect(shorts("theo Nghị định số 57\u200b/20")).toEqual([]);
    // Still no fifth digit of a year, nor a seventh of a number.
    expect(shorts("theo Nghị định 171/2004\u200b5 của Chính phủ" + full)).toEqual([]);
    expect(shorts("theo Nghị định 1\u200b71111 nêu trên")).toEqual([]);
  });

  it("never read a number of zeros as a document's: a number broken by a stray space", () => {
    // fresh48b-001: "Quyết định số 0 1/QĐ-VKSTC-V9" — registers number from 01, so "số 0" is a broken number.
    expect(shorts("Thực hiện Quyết định số 0 1/QĐ-VKSTC-V9 , ngày 10 tháng 12 năm 2010 của Viện trưởng")).toEqual([]);
    expect(shorts("theo Nghị định số 00 nêu trên")).toEqual([]);
    // A number with a zero in it is still one.
    const full = "Căn cứ Nghị định số 10/2018/NĐ-CP ngày 07/5/2018; ";
    expect(shorts(full + "thực hiện Nghị định 10.")).toEqual([["Nghị định 10", "10/2018/NĐ-CP", []]]);
  });

  it("read a kind word with what prints nothing inside it as without it", () => {
    const full = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018; ";
    expect(shorts(full + "thực hiện Nghị đ\u00adịnh 61.")).toEqual([["Nghị đ\u00adịnh 61", "61/2018/NĐ-CP", []]]);
    expect(shorts(full + "thực hiện Ngh\u200bị định số 61 nêu trên.")).toEqual([["Ngh\u200bị định số 61", "61/2018/NĐ-CP", []]]);
  });

  it("resolve to the one full citation of the same kind and number in the text, before or after", () => {
    const t = "Căn cứ Nghị định số 64/2018/NĐ-CP ngày 07/5/2018; thực hiện Nghị định 64 và Quyết định số 2210 nêu trên. Quyết định số 2210/QĐ-UBND ngày 01/02/2020.";
    expect(shorts(t)).toEqual([
      ["Nghị định 64", "64/2018/NĐ-CP", []],
      ["Quyết định số 2210", "2210/QĐ-UBND@2020", []],
    ]);
    const [s] = extract(t).filter((c) => c.form === "short");
    expect(s).toMatchObject({ form: "short", kind: "decree", number: "64", year: 2018, symbol: "NĐ-CP", start: t.indexOf("Nghị định 64") });
  });

  it("none or two candidates: unresolved, with a warning, and no typed relation", () => {
    expect(shorts("Thực hiện Quyết định 15;")).toEqual([["Quyết định 15", "short:decision/15@?", ["short-form-unresolved"]]]);
    const two = "Quyết định số 15/QĐ-UBND ngày 1/2/2020; Quyết định số 15/QĐ-UBND ngày 1/2/2021; Thực hiện Quyết định 15.";
    expect(shorts(two)[0][2]).toEqual(["short-form-ambiguous"]);
    expect(analyze("Thực hiện Quyết định 15;").citations.map((c) => c.role)).toEqual(["references"]);
  });

  it("broken across lines, as wrapped or PDF text breaks them; a numbered list item is none", () => {
    const t = "Căn cứ Nghị định số 64/2018/NĐ-CP ngày 07/5/2018; thực hiện Nghị định\n64 và Nghị định số\r\n\r\n64 nêu trên.";
    expect(shorts(t)).toEqual([
      ["Nghị định\n64", "64/2018/NĐ-CP", []],
      ["Nghị định số\r\n\r\n64", "64/2018/NĐ-CP", []],
    ]);
    expect(shorts("Căn cứ Quyết định số 1/2020/QĐ-UBND;\nBan hành kèm theo Quyết định\n1. Phạm vi điều chỉnh")).toEqual([]);
    expect(shorts("kế hoạch\n5 năm; Quyết định số\n15 ngày làm việc")).toEqual([]);
  });

  it("a page's number alone on its line, a blank line under a kind word without 'số', is no short form", () => {
    // fresh49a-019 (a clerk's note over an OCR'd decision), fresh47a-005 (a gazette page's last line, its number, its running head).
    expect(shorts("Lời báo cáo\n\n2\n\nUBND TỈNH LONG AN  \nSỞ LAO ĐỘNG TB&XH")).toEqual([]);
    expect(shorts("vi phạm quy định về Thông tư \n\n \n22 \nCÔNG BÁO/Số 751 + 752/Ngày 10-10-2022 \n")).toEqual([]);
    // With "số", or words after the number on its line, a PDF's blank lines broke a citation: read.
    const t = "Căn cứ Nghị định số 64/2018/NĐ-CP; thực hiện Nghị định\n\n64 nêu trên, Nghị định số\n\n64\n\nvà Nghị định\n64\ncủa Chính phủ.";
    expect(shorts(t).map((s) => s[0])).toEqual(["Nghị định\n\n64", "Nghị định số\n\n64", "Nghị định\n64"]);
  });

  it("a number and its year without the type code ('Nghị định 35/2021'): the one full citation of that number and year", () => {
    const t = "Mức phạt quy định tại Nghị định 35/2021 của Chính phủ. Nghị định số 35/2021/NĐ-CP ngày 12/3/2021; Quyết định số 812/QĐ-UBND ngày 3/5/2022; thực hiện Quyết định 812/2022.";
    expect(shorts(t)).toEqual([
      ["Nghị định 35/2021", "35/2021/NĐ-CP", []],
      ["Quyết định 812/2022", "812/QĐ-UBND@2022", []],
    ]);
    expect(shorts("Nghị định số 35/2021/NĐ-CP ngày 12/3/2021; theo Nghị định 35/2020.")).toEqual([["Nghị định 35/2020", "short:decree/35@?", ["short-form-unresolved"]]]);
    const [alone] = extract("điểm b khoản 2 Điều 9 Thông tư 14/2022 hướng dẫn").filter((c) => c.form === "short");
    expect(alone).toMatchObject({ raw: "Thông tư 14/2022", number: "14", year: 2022, pinpoint: { point: "b", clause: "2", article: "9" } });
  });

  it.each(["Nghị định 35/2021/NĐ-CP", "Nghị định 35/2021 /NĐ-CP", "Quyết định 35/2021-QĐ", "Quyết định 35/2021.UBND", "Kế hoạch 2021/2022", "Quyết định 35/20215"])("no short form with a year: %s", (text) => {
    expect(shorts(text)).toEqual([]);
  });

  it("a kind's initials before 'số' name the kind, as in full citations ('QĐ số 04/2000', 'NĐ số 64'); without 'số' they name none ('QĐ130', 'NQ 26')", () => {
    expect(shorts("Quy chế thực hiện dân chủ ban hành theo QĐ số 04/2000 của Bộ GD&ĐT.")).toEqual([["QĐ số 04/2000", "short:decision/04@?", ["short-form-unresolved"]]]);
    const t = "Căn cứ NĐ số 64/2018/NĐ-CP; Quyết định số 1234/QĐ-UBND ngày 2/3/2020. Theo điểm a khoản 2 Điều 5 NĐ số 64 và KH số: 1234 nêu trên, QĐ Số 1234 của UBND.";
    expect(shorts(t)).toEqual([
      ["NĐ số 64", "64/2018/NĐ-CP", []],
      ["QĐ Số 1234", "1234/QĐ-UBND@2020", []],
    ]);
    // A plan's initials name a plan, and no plan 1234 is cited in full: no decision of that number is taken for it, and
    // initials with a bare number that resolve nowhere are no citation ("CT số 5 đường Lê Lợi", a works' number).
    expect(extract(t).some((c) => c.raw.startsWith("KH số"))).toBe(false);
    expect(shorts("Căn cứ Kế hoạch số 1234/KH-UBND ngày 2/3/2020. Theo KH số 1234 nêu trên.")).toEqual([["KH số 1234", "1234/KH-UBND@2020", []]]);
    expect(shorts("CT số 5 đường Lê Lợi; KH số 2 của xã")).toEqual([]);
    const [pinned] = extract(t).filter((c) => c.raw === "NĐ số 64");
    expect(pinned).toMatchObject({ kind: "decree", kindText: "NĐ", pinpoint: { point: "a", clause: "2", article: "5" } });
    // The same words with the kind word written out find the same documents.
    const written = t.replace(/NĐ số/g, "Nghị định số").replace(/QĐ Số/g, "Quyết định Số");
    expect(shorts(written).map(([, id]) => id)).toEqual(shorts(t).map(([, id]) => id));
  });

  it.each(["Theo QĐ130 của Bộ Y tế", "thực hiện NQ 26 của Trung ương", "các xã thuộc CT 135", "NĐ41 về tín dụng", "mã CT số", "theo QĐ số 1234/QĐ-UBND", "Công ty ct số 5 đường 3", "theo qđ số 12 của ubnd"])("no short form from initials without 'số', with a ký hiệu, or in small letters: %s", (text) => {
    expect(shorts(text)).toEqual([]);
  });

  it("a number and its year with the slash spaced, as a word segmenter writes it ('Nghị định 43 / 2006'): read as unspaced", () => {
    const t = "Căn cứ Nghị định số 35 / 2021 / NĐ-CP ngày 12 / 3 / 2021; thực hiện Nghị định 35 / 2021 của Chính phủ và Nghị định 43 / 2006.";
    expect(shorts(t)).toEqual([
      ["Nghị định 35 / 2021", "35/2021/NĐ-CP", []],
      ["Nghị định 43 / 2006", "short:decree/43@?", ["short-form-unresolved"]],
    ]);
    const [spaced] = extract("điểm b khoản 1 Điều 11 Thông tư 17 / 2024. Cụ thể").filter((c) => c.form === "short");
    expect(spaced).toMatchObject({ raw: "Thông tư 17 / 2024", number: "17", year: 2024, pinpoint: { point: "b", clause: "1", article: "11" } });
    // The same text unspaced finds the same short forms, at the same places but for the spaces.
    expect(shorts(t.replace(/ \/ /g, "/")).map(([raw, id]) => [String(raw).replace("/", " / "), id])).toEqual(shorts(t).map(([raw, id]) => [raw, id]));
  });

  it.each(["Nghị định 35 / 2021 / NĐ-CP", "Nghị định 35 / 2021 /NĐ-CP", "Kế hoạch 2021 / 2022", "Quyết định 35 / 20215", "Quyết định 35 / 2021a", "Nghị định 35  /  2021", "Nghị định 35 / x 2021"])("no short form with a spaced year where the unspaced reading has none, nor over two spaces: %s", (text) => {
    expect(shorts(text)).toEqual([]);
  });

  it("a number and its year written as a word ('Thông tư 24 năm 2014'): the one full citation of that number and year, else nothing without 'số'", () => {
    const t = "Đề nghị xã hướng dẫn hồ sơ theo Thông tư 24 năm 2014 của Bộ Tài nguyên và Môi trường. Căn cứ Thông tư số 24/2014/TT-BTNMT ngày 19/5/2014 về hồ sơ địa chính.";
    expect(shorts(t)).toEqual([["Thông tư 24 năm 2014", "24/2014/TT-BTNMT", []]]);
    const [c] = extract(t).filter((x) => x.form === "short");
    expect([c.start, c.end, c.year]).toEqual([t.indexOf("Thông tư 24"), t.indexOf(" của Bộ"), 2014]);
    // Any case, decomposed too, as web pages and PDF text write it.
    expect(shorts("Căn cứ Nghị định số 106/2014/NĐ-CP; thay thế Nghị Định 106 Na\u0306m 2014.").map((x) => x[1])).toEqual(["106/2014/NĐ-CP"]);
    // Another year is another document: nothing to name, and no guess.
    expect(shorts("Căn cứ Thông tư số 24/2014/TT-BTNMT; theo Thông tư 24 năm 2015 thì khác.")).toEqual([]);
    // With "số" it is a document's number even where the text never cites it in full.
    expect(shorts("Hồ sơ lập theo Quyết định số 17 năm 2009 của tỉnh.")).toEqual([["Quyết định số 17 năm 2009", "short:decision/17@?", ["short-form-unresolved"]]]);
  });

  it("a count of kinds after the verb 'quy định' is no regulation's number ('quy định 07 loại hợp đồng'); a decision's number before 'loại bỏ' is", () => {
    // Bộ KH&ĐT's report on PPP projects (fresh31c-007): "Luật PPP quy định 07 loại hợp đồng gồm: …".
    expect(shorts("Luật PPP quy định 07 loại hợp đồng gồm: Xây dựng - Kinh doanh - Chuyển giao (BOT)")).toEqual([]);
    expect(shorts("Quy định 3 loại HĐLĐ: Không xác định thời hạn, Xác định thời hạn")).toEqual([]);
    expect(shorts("theo Quyết định 12 loại bỏ các thủ tục; Quyết định số 12/2020/QĐ-UBND")).toEqual([["Quyết định 12", "12/2020/QĐ-UBND", []]]);
  });

  it("a period written after a plan's number stays a period, even where a plan of that number is cited ('kế hoạch 5 năm 2021 - 2025')", () => {
    const full = "Thực hiện Kế hoạch số 5/KH-UBND ngày 4/1/2021 của Ủy ban; ";
    expect(shorts(full + "xây dựng Kế hoạch 5 năm 2021 - 2025 của ngành và kế hoạch 5 năm 2021–2025.")).toEqual([]);
    expect(shorts(full + "kế hoạch 5 năm 2016 đến 2020 đã hoàn thành.")).toEqual([]);
    // No document of that number: a period with a year, not a citation.
    expect(shorts("Báo cáo tổng kết Kế hoạch 5 năm 2016 của huyện.")).toEqual([]);
  });

  it("numbers listed after a short form, the kind word written once ('Chỉ thị 05, 08 và 11'), are short forms of that kind", () => {
    const t = "Chỉ thị số 08/CT-UBND ngày 2/3/2021; thực hiện các Chỉ thị 05, 08 và 11 của Ủy ban; Công văn 7,9 đã nêu.";
    expect(shorts(t)).toEqual([
      ["Chỉ thị 05", "short:directive/05@?", ["short-form-unresolved"]],
      ["08", "08/CT-UBND@2021", []],
      ["11", "short:directive/11@?", ["short-form-unresolved"]],
      ["Công văn 7", "short:official-letter/07@?", ["short-form-unresolved"]],
      ["9", "short:official-letter/09@?", ["short-form-unresolved"]],
    ]);
    expect(extract(t).find((c) => c.raw === "08")).toMatchObject({ kind: "directive", kindText: null, form: "short", start: t.indexOf("08 và") });
  });

  it.each(["Kế hoạch 45, 3 đơn vị chưa báo cáo", "Quyết định 15, 16 tháng 3", "Quyết định 15, 2021", "Chỉ thị 15, 16/CT-TTg"])("no number listed: %s", (text) => {
    expect(shorts(text).map((s) => s[0])).not.toContain(text.match(/, (\d+)/)![1]);
  });

  it("a date after the number; an undated mention stands for its dated twin", () => {
    const t = "Căn cứ Nghị định 244/HĐBT ngày 30/6/1990; điều 5 Nghị định 244 ngày 30/6/1990; theo Nghị định 244/HĐBT, quy chế.";
    expect(shorts(t)).toEqual([["Nghị định 244", "244/HĐBT@1990", []]]);
    expect(shorts("trong Quyết định 15 ngày làm việc")).toEqual([]);
  });

  it("an undertaking named by a number, or an amount, is no short form", () => {
    expect(shorts("các xã thuộc chương trình 135 và dự án 5 triệu ha rừng; Đề án 06")).toEqual([]);
    expect(shorts("Chương trình số 135")).toEqual([["Chương trình số 135", "short:program/135@?", ["short-form-unresolved"]]]);
    const full = "Chương trình số 12/CTr-UBND ngày 1/2/2020; thực hiện Chương trình 12.";
    expect(shorts(full)).toEqual([["Chương trình 12", "12/CTr-UBND@2020", []]]);
  });

  it("rules called by the number of the circular they were issued with, or by what they count, are no short form ('Quy chế 11')", () => {
    // fresh30l-013 (Phú Thọ, 2023); a school's page title (thpthuongkhe.hatinh.edu.vn).
    const t =
      "2. Quy chế tuyển sinh THCS và tuyển sinh THPT ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT (sau đây gọi chung là Quy chế 11);\n" +
      "3. Quy chế tổ chức và hoạt động của trường THPT chuyên, ban hành kèm theo Thông tư số 06/2012/TT-BGDĐT (sau đây gọi là Quy chế 06);";
    expect(shorts(t)).toEqual([]);
    expect(shorts("Quy chế 3 công khai theo TT36/2017 thay thế TT09/2009")).toEqual([]);
    // With "số", or where the text cites a rules document of that number in full, it names that document.
    expect(shorts("theo Quy chế số 5 của Đảng ủy")).toEqual([["Quy chế số 5", "short:rules/05@?", ["short-form-unresolved"]]]);
    expect(shorts("Căn cứ Quy chế số 01-QC/TW ngày 5/1/2020; thực hiện Quy chế 01.")).toEqual([["Quy chế 01", "01-QC/TW@2020", []]]);
  });

  it("a list's items named by a kind word and a number before a colon and their titles are no short form ('Báo cáo 1: …')", () => {
    // fresh40b-011 (Sở GDĐT Đồng Tháp, 2011); fresh36c-003 and fresh29h-005 name projects so ("- Dự án 1: Quảng bá …").
    const t = "Thực hiện 2 báo cáo gởi về Sở GDĐT: 1. Báo cáo 1: Báo cáo công tác thực hiện phong trào thi đua. 2. Báo cáo 2: Báo cáo các nội dung theo mẫu đính kèm.";
    expect(shorts(t)).toEqual([]);
    expect(shorts("- Kế hoạch 1: Tuyên truyền; - Kế hoạch 2:Kiểm tra")).toEqual([]);
    // With "số", or resolved, the document; a time after the number is no title.
    expect(shorts("theo Quyết định số 15: nội dung")).toEqual([["Quyết định số 15", "short:decision/15@?", ["short-form-unresolved"]]]);
    expect(shorts("Quyết định số 15/QĐ-UBND ngày 2/3/2020; Quyết định 15: giao Sở Tài chính")).toEqual([["Quyết định 15", "15/QĐ-UBND@2020", []]]);
  });

  it("a number with its ký hiệu written after a space, as pre-2000 texts number a document, is no short form", () => {
    // seg33b-010; a decree's repeal clause ("thông tư số 64 TC/TCT đều bãi bỏ").
    expect(shorts("giao tài sản theo quy định tại Thông tư số 43 TC / QLCS ngày 31/7/1996 , Thông tư số 122/2007/TT-BTC")).toEqual([]);
    expect(shorts("Những quy định tại thông tư số 64 TC/TCT đều bãi bỏ.")).toEqual([]);
    // A capital word with no slash after it is no ký hiệu: "Quyết định 15 UBND tỉnh" names decision 15.
    expect(shorts("thực hiện Quyết định 15 UBND tỉnh ban hành")).toEqual([["Quyết định 15", "short:decision/15@?", ["short-form-unresolved"]]]);
  });

  it("a ruled line under the short form's line is no ký hiệu: a markdown heading's underline, a document heading's rule", () => {
    // fresh64c-001 (an accounting firm's answers, stored as markdown): the heading ends with the short form, its underline below.
    const full = "\n\n* Thông tư 133/2016/TT-BTC: doanh nghiệp vừa và nhỏ. * Thông tư 200/2014/TT-BTC: mọi doanh nghiệp.";
    expect(shorts("1. Doanh nghiệp áp dụng chế độ kế toán theo Thông tư 200 hay Thông tư 133\n------------------------------" + full)).toEqual([
      ["Thông tư 200", "200/2014/TT-BTC", []],
      ["Thông tư 133", "133/2016/TT-BTC", []],
    ]);
    expect(shorts("theo Thông tư 133 \r\n———".replace(/—/g, "–") + full).map((s) => s[1])).toEqual(["133/2016/TT-BTC"]);
    expect(shorts("các Chỉ thị 15, 16\n-------\nChỉ thị số 16/CT-TTg ngày 31/3/2020").map((s) => s[0])).toEqual(["Chỉ thị 15", "16"]);
    // One or two dashes still open a ký hiệu, on the line or the next: no short form.
    expect(shorts("theo Thông tư số 133\n-TT/BTC ngày 1/1/2016")).toEqual([]);
    expect(shorts("theo Thông tư số 133 --TT/BTC ngày 1/1/2016")).toEqual([]);
    expect(shorts("theo Thông tư số 133 - TT/BTC ngày 1/1/2016")).toEqual([]);
  });

  it("a digit a scan split off the number it begins is no short form: 'Thông tư số 1 11/2013/TT-BTC' is one number", () => {
    // pairs44-002 (Cục Thuế Hải Phòng, 2018) and pairs44-005, -007 (Tổng cục Thuế, 2022): 111/2013, 117/2018, 118/2021
    // (grammars/citation/gates/reference-start.ts splitNumberAt; test/parse/grammar.test.ts).
    expect(shorts("Căn cứ Khoản 2 Điều 2 Thông tư số 1 11/2013/TT-BTC ngày 15/8/2013 của Bộ tài Chính quy định")).toEqual([]);
    expect(shorts("Nghị định số 1 17/2018/NĐ-CP ngày 11/9/2018 của Chính phủ")).toEqual([]);
    expect(shorts("V/v triển khai thực hiện Nghị\nđịnh số 1 18/2021/NĐ-CP")).toEqual([]);
    // No year, a state type code after the slash: pairs50b-002 (110/QĐ-BTC, 2025) and fresh48b-001 (01/QĐ-VKSTC-V9, 2010).
    expect(shorts("sửa đổi tổng thể Luật Quản dý thuê; Quyết định số 1 10/QĐ-BTC ngày\n20/01/2025 của Bộ Tài chính")).toEqual([]);
    expect(shorts("và Quyết định số 0 1/QĐ-VKSTC-V9 , ngày 10  tháng 12  năm 2010 của Viện trưởng")).toEqual([]);
    // Two digits, a date or a year in words after it: what it was.
    expect(shorts("theo Nghị định số 12 11/2013/NĐ-CP").map((s) => s[0])).toEqual(["Nghị định số 12"]);
    expect(shorts("theo Chỉ thị số 3 12/3 của Tỉnh ủy").map((s) => s[0])).toEqual(["Chỉ thị số 3"]);
    expect(shorts("theo Quyết định số 5 năm 2020 của UBND").map((s) => s[0])).toEqual(["Quyết định số 5 năm 2020"]);
  });

  it("a form of a kind, numbered among a decree's forms, is no short form: 'mẫu quyết định số 02'", () => {
    // pairs44-007 (Tổng cục Thuế on Nghị định 118/2021/NĐ-CP's forms); "mẫu biên bản số 01, mẫu quyết định số 02" (a note on them).
    expect(shorts("Về biện pháp khắc phục hậu quả tại điểm 6.c Điều | mẫu quyết định số\n02: đề nghị tham khảo")).toEqual([]);
    expect(shorts("mẫu biên bản số 01, mẫu quyết định số 02, xử phạt điện tử")).toEqual([]);
    expect(shorts("theo Quyết định số 02 của UBND").map((s) => s[0])).toEqual(["Quyết định số 02"]);
  });

  it("decomposed text finds the same short forms and pinpoints, at the same places", () => {
    const nfc = "Căn cứ Nghị định số 64/2018/NĐ-CP; theo khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP; thực hiện Nghị định 64.";
    const nfd = nfc.normalize("NFD");
    const pick = (t: string) => extract(t).map((c) => [c.form, c.id, c.pinpoint ? t.slice(c.pinpoint.start, c.pinpoint.end).normalize("NFC") : null, t.slice(c.start, c.end).normalize("NFC")]);
    expect(pick(nfd)).toEqual(pick(nfc));
    expect(pick(nfc).map((x) => x[0])).toEqual(["full", "full", "short"]);
  });

  it.each(["Công văn 1//NĐ", "Báo cáo 6 tháng đầu năm", "kế hoạch 5 năm", "Kế hoạch 2021-2025", "ngày 12/3", "Điều 5 của Luật", "Nghị định 64/2018/NĐ-CP"])(
    "not a short form: %s",
    (text) => {
      expect(shorts(text)).toEqual([]);
    },
  );

  it("a kind word before a share is no short form: the number before '%' or '‰' is a quantity", () => {
    // fresh58b-013 (Bộ Tư pháp's cost-norm circular of 2026): its annex's table cells, a step's name then its share.
    expect(shorts("Phê duyệt, ký ban hành Thông tư \n \n5% \n  \n \n1 Trường hợp")).toEqual([]);
    expect(shorts("ký ban hành; phát hành Thông tư liên tịch 0.5% Văn phòng Bộ thực hiện")).toEqual([]);
    expect(shorts("chỉ đạo trực tiếp xây dựng Thông tư liên tịch 3% 3 Lấy ý kiến")).toEqual([]);
    expect(shorts("Thông tư 1,5%, Nghị định 2 ‰, Quyết định 7 %, Nghị định 3%/ tổng số")).toEqual([]);
    // Nor a number listed after a short form: "Chỉ thị 15, 1,5%" names one directive.
    expect(shorts("theo Chỉ thị 15, 1,5% còn lại").map((s) => s[0])).toEqual(["Chỉ thị 15"]);
    // A document named short beside a share keeps its reading; the full citations read no share either.
    const full = "Căn cứ Nghị định số 64/2018/NĐ-CP; ";
    expect(shorts(full + "theo Nghị định 64, 5% còn lại").map((s) => s[1])).toEqual(["64/2018/NĐ-CP"]);
    expect(extract("theo Quyết định số 5%/QĐ-UBND và Nghị định 5%/2020/NĐ-CP")).toEqual([]);
  });

  it("linear on runs of shares after kind words: 'Thông tư 5%5%5%…'", () => {
    const t = (n: number) => "Thông tư " + "5%".repeat(n) + " Thông tư 0.5% ".repeat(n / 10);
    expect(cpuRatio((x) => extract(x), t(16000), t(2000), 3, 24)).toBeLessThan(24);
  });

  it("linear on runs of 'Nghị định 1 '", () => {
    expect(cpuRatio((x) => extract(x), "Nghị định 1 ".repeat(16000), "Nghị định 1 ".repeat(2000), 3, 24)).toBeLessThan(24);
  });

  it("linear on a long list after one kind word and on runs of numbers with their year", () => {
    const list = (n: number) => "Chỉ thị 1" + ", 2".repeat(n) + " và 3.";
    // Five pairs, not three: the small run is a few milliseconds, and a loaded machine's collector
    // pauses once took every one of three pairs (27 against a linear 8 and a quadratic 64).
    expect(cpuRatio((x) => extract(x), list(16000), list(2000), 5, 24)).toBeLessThan(24);
    expect(cpuRatio((x) => extract(x), "Nghị định 1/2019 ".repeat(16000), "Nghị định 1/2019 ".repeat(2000), 5, 24)).toBeLessThan(24);
    expect(cpuRatio((x) => extract(x), "Nghị định 1 / 2019 ".repeat(16000), "Nghị định 1 / 2019 ".repeat(2000), 5, 24)).toBeLessThan(24);
    expect(cpuRatio((x) => extract(x), "Nghị định số 1 năm 2019 ".repeat(12000), "Nghị định số 1 năm 2019 ".repeat(1500), 5, 24)).toBeLessThan(24);
  });
});

describe("a kind word pointing back with no number ('Thông tư nêu trên')", () => {
  const pointing = (text: string) => extract(text).filter((c) => c.form === "short" && !/\d/.test(c.raw)).map((c) => [c.raw, c.id, c.warnings.map((w) => w.code)]);

  it("names the one document of its kind cited before it, its span the kind word and the pointing words", () => {
    // Invented, in the pattern of provincial decisions: one circular, one decree cited, then each named again without its number.
    const text = "Căn cứ Nghị định số 45/2022/NĐ-CP ngày 7 tháng 7 năm 2022 của Chính phủ;\nCăn cứ Thông tư số 09/2023/TT-BNV ngày 2/6/2023;\nCác cơ quan thực hiện theo Thông tư nêu trên; mức phạt áp dụng theo Nghị định nói trên và Thông tư đã nêu.";
    expect(pointing(text)).toEqual([
      ["Thông tư nêu trên", "09/2023/TT-BNV", []],
      ["Nghị định nói trên", "45/2022/NĐ-CP", []],
      ["Thông tư đã nêu", "09/2023/TT-BNV", []],
    ]);
    const [c] = extract(text).filter((x) => x.raw === "Nghị định nói trên");
    // The document's fields: its date, issuer, ký hiệu.
    expect([c.date, c.symbol, c.number, c.kindText]).toEqual(["2022-07-07", "NĐ-CP", "45", "Nghị định"]);
    expect(text.slice(c.numberStart, c.numberEnd)).toBe("nói trên");
  });

  it("stays unresolved with a warning where two documents of its kind, or none, were cited before it", () => {
    expect(pointing("Căn cứ Quyết định số 11/2020/QĐ-UBND và Quyết định số 14/2021/QĐ-UBND của UBND tỉnh; bãi bỏ Quyết định nêu trên.")).toEqual([
      ["Quyết định nêu trên", "short:decision@?", ["short-form-ambiguous"]],
    ]);
    // Cited only after it: not "above".
    expect(pointing("Thực hiện Quyết định nói trên. Căn cứ Quyết định số 11/2020/QĐ-UBND.")).toEqual([["Quyết định nói trên", "short:decision@?", ["short-form-unresolved"]]]);
    // A decision cited before by a short form that names no full citation: a document all the same, so two.
    expect(pointing("Căn cứ Quyết định 27 của UBND tỉnh và Quyết định số 11/2020/QĐ-UBND; sửa đổi Quyết định nêu trên.").map((p) => p[2])).toEqual([["short-form-ambiguous"]]);
    // The same decision twice, once undated: one document.
    expect(pointing("Căn cứ Quyết định số 11/QĐ-UBND ngày 3/2/2020 của UBND tỉnh; Quyết định số 11/QĐ-UBND; thực hiện Quyết định nêu trên.").map((p) => p[1])).toEqual(["11/QĐ-UBND@2020"]);
    // Five or more: ambiguous, the count said, not every id.
    const five = "Căn cứ " + [1, 2, 3, 4, 5].map((n) => `Quyết định số ${n}/2020/QĐ-UBND`).join(", ") + "; thực hiện Quyết định nêu trên.";
    expect(extract(five).at(-1)!.warnings[0].message).toContain("5 documents");
  });

  it("is not the document's own number, nor several documents, nor a word that names provisions", () => {
    // The header's "Số:" line is the text's own number, not a document it cites.
    const own = "BỘ NỘI VỤ\nSố: 03/2024/TT-BNV\nTHÔNG TƯ\nCăn cứ Thông tư số 09/2023/TT-BNV;\nĐiều 1. Sửa đổi Thông tư nêu trên.";
    expect(pointing(own)).toEqual([["Thông tư nêu trên", "09/2023/TT-BNV", []]]);
    expect(pointing("Số: 03/2024/TT-BNV\nĐiều 1. Theo Thông tư nêu trên.").map((p) => p[1])).toEqual(["short:circular@?"]);
    // Several: "các", "hai", a count.
    const two = "Căn cứ Quyết định số 11/2020/QĐ-UBND; ";
    expect(pointing(two + "bãi bỏ các Quyết định nêu trên.")).toEqual([]);
    expect(pointing(two + "bãi bỏ hai Quyết định nói trên.")).toEqual([]);
    expect(pointing(two + "bãi bỏ 02 Quyết định nói trên.")).toEqual([]);
    // "quy định nêu trên", "kế hoạch nêu trên": provisions, an undertaking; and a kind word in lower case where the text writes capitals.
    expect(pointing("Căn cứ Quy định số 5/QyĐ-UBND và Kế hoạch số 7/KH-UBND; theo Quy định nêu trên và Kế hoạch nêu trên.")).toEqual([]);
    expect(pointing(two + "đã quyết định nêu trên.")).toEqual([]);
    // In a text lower-cased whole, case tells nothing.
    expect(pointing("căn cứ quyết định số 11/2020/qđ-ubnd;\nthực hiện quyết định nêu trên.").map((p) => p[1])).toEqual(["11/2020/QĐ-UBND"]);
    // The short form with its number keeps its own reading.
    expect(extract(two + "Quyết định số 11 nêu trên.").filter((c) => c.form === "short").map((c) => c.raw)).toEqual(["Quyết định số 11"]);
  });

  it("reads a letter named back in small letters, as letters write 'công văn' ('tại công văn nêu trên'); other kinds still need their capital", () => {
    // fresh29i-013 (VPCP, 2008), pairs32-005 (Bộ LĐTBXH, 2003; "đề ngày" dates its letter since identity61, identify/date-after).
    const vpcp = "Xét đề nghị của Bộ Giao thông vận tải (công văn số 8650/BGTVT-QLXD ngày 27 tháng 11 năm 2008) về việc tổ chức khánh thành cầu Rạch Miễu, Phó Thủ tướng có ý kiến như sau:\nĐồng ý về nguyên tắc đề nghị của Bộ Giao thông vận tải tại công văn nêu trên.";
    expect(pointing(vpcp)).toEqual([["công văn nêu trên", "8650/BGTVT-QLXD@2008", []]]);
    const answer = "Trả lời công văn số 162/LĐBTXH đề ngày 24/02/2003, Bộ có ý kiến như sau:\n- Doanh nghiệp tại điểm 2 của công văn nêu trên thuộc phạm vi áp dụng; - Doanh nghiệp tại điểm 1,3,4 của công văn nói trên không thuộc phạm vi áp dụng.";
    expect(pointing(answer).map((p) => [p[0], p[1]])).toEqual([
      ["công văn nêu trên", "162/LĐBTXH@2003"],
      ["công văn nói trên", "162/LĐBTXH@2003"],
    ]);
    // Two letters before it: unresolved, as with a capital; several: none.
    expect(pointing("Căn cứ công văn số 12/UBND-KT và công văn số 15/UBND-KT; thực hiện theo công văn nêu trên.")).toEqual([["công văn nêu trên", "short:official-letter@?", ["short-form-ambiguous"]]]);
    expect(pointing("Căn cứ công văn số 12/UBND-KT; thực hiện các công văn nêu trên.")).toEqual([]);
  });

  it("reads a circular cited as a joint one, and decomposed, wrapped text, its offsets the caller's", () => {
    expect(pointing("Căn cứ Thông tư liên tịch số 14/2016/TTLT-BTC-BNV; thực hiện Thông tư nêu trên.").map((p) => p[1])).toEqual(["14/2016/TTLT-BTC-BNV"]);
    const odd = "Căn cứ Nghị định số 45/2022/NĐ-CP;\ntheo Nghị  định\nnêu  trên.".normalize("NFD");
    const [c] = extract(odd).filter((x) => x.number === "45" && x.form === "short");
    expect([c.raw, c.id]).toEqual(["Nghị  định\nnêu  trên".normalize("NFD"), "45/2022/NĐ-CP"]);
    expect(odd.slice(c.start, c.end)).toBe(c.raw);
  });

  it("finds the pointing words from their 'ê' as ABOVE_WORDS run over the whole text finds them", () => {
    // The vocabulary's shape the search rests on: each phrase's first syllable with "ê" is its first
    // or second, and its other letters are ASCII (compared in either case by code).
    for (const phrase of NAMED_ABOVE_WORDS) {
      const syllables = phrase.toLowerCase().split(/\s+/);
      const key = syllables.findIndex((s) => s.includes("ê"));
      expect(key === 0 || key === 1, phrase).toBe(true);
      expect(/^[a-z]*ê[a-z]*$/.test(syllables[key]), phrase).toBe(true);
      // A phrase that opens with its key: the syllable after it is told by its first two units.
      if (key === 0) expect(syllables[1].length, phrase).toBeGreaterThanOrEqual(2);
    }
    // The reference: the phrases' regex run globally from the text's start, each match inside a longer word looked for again one character on.
    const global = new RegExp(String.raw`(?:${phraseSource([...NAMED_ABOVE_WORDS, ...NAMED_ABOVE_WORDS.map((w) => w.normalize("NFD"))])})(?![\p{L}\p{N}\p{M}])`, "giu");
    const reference = (text: string): number[] => {
      const out: number[] = [];
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) {
        if (m.index > 0 && /[\p{L}\p{N}\p{M}]$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) global.lastIndex = m.index + 1;
        else out.push(m.index, m.index + m[0].length);
      }
      return out;
    };
    // Every phrase's syllables in each case, composed and decomposed, with kind words, whitespace, letters that glue them to a word.
    const syllables = [...new Set(NAMED_ABOVE_WORDS.flatMap((w) => w.split(/\s+/)))];
    const kindsAndPhrases = [", Thông tư ", ", Quyết định ", ...NAMED_ABOVE_WORDS.flatMap((w) => [w, w.toUpperCase(), w.replace(" ", "\n  ")]).flatMap((w) => [w, w.normalize("NFD")])];
    const pieces = [
      ...kindsAndPhrases,
      ...syllables.flatMap((s) => [s, s.toUpperCase(), s[0].toUpperCase() + s.slice(1)]).flatMap((s) => [s, s.normalize("NFD")]),
      "các ", " ", " ", "  ", "\n", "\u00a0", "\t", "x", "ê", "Ê", "e\u0302", "\u0302", "n", "tr", "u", "1", ",", "\u200b", "đ", "\u{1d400}", "\u{1f600}",
    ];
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 16) % n;
    let found = 0;
    const differ: string[] = [];
    for (let n = 0; n < 40000; n++) {
      let text = "";
      for (let k = 1 + random(24); k > 0; k--) text += random(3) === 0 ? kindsAndPhrases[random(kindsAndPhrases.length)] : pieces[random(pieces.length)];
      const expected = reference(text);
      const words = findAboveMentions(text, { starts: [], ends: [] }).map((m) => [m.wordsStart, m.end]);
      // A mention is one of the reference's phrases, and every phrase after a capitalised kind word and a space is one.
      for (const [start, end] of words) if (!expected.some((s, i) => i % 2 === 0 && s === start && expected[i + 1] === end)) differ.push(`no phrase [${start}, ${end}): ${JSON.stringify(text)}`);
      for (let i = 0; i < expected.length; i += 2) {
        const at = expected[i];
        if (!/(?:^|, )(?:Thông tư|Quyết định) $/.test(text.slice(0, at))) continue;
        found++;
        if (!words.some(([s, e]) => s === at && e === expected[i + 1])) differ.push(`phrase at ${at} not a mention: ${JSON.stringify(text)}`);
      }
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(1000);
  });

  it("a number the page's end cuts before its ký hiệu, in a text of several lines, is no short form; a one-line phrase keeps it", () => {
    // fresh30m-030, fresh30x-017 (page openings ending "tại Tờ trình số 31", "… số 465"), fresh30w-002 ("thay thế Quyết định số 73").
    expect(shorts("Căn cứ Luật Đất đai;\nXét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 31\n")).toEqual([]);
    expect(shorts("QUYẾT ĐỊNH:\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 14 tháng 4 năm 2023 và thay thế Quyết định số 73")).toEqual([]);
    expect(shorts("Xét Tờ trình số 31 của Sở.\nTheo Tờ trình số 31 nêu trên,")).toHaveLength(2);
    expect(shorts("Quyết định số 73")).toHaveLength(1);
  });

  it("reads every kind word of the kinds it names, in each case, composed or not, before any blanks (the kind word's last letter asked first)", () => {
    let read = 0;
    for (const kind of KINDS.filter((k) => NAMED_ABOVE_KINDS.includes(k.slug))) {
      for (const word of kind.words) {
        for (const written of [word, word.toUpperCase(), word.normalize("NFD"), word.toUpperCase().normalize("NFD")]) {
          for (const blanks of [" ", "\t", "\u00a0", "\n", "\r\n", " \n  "]) {
            const text = `Căn cứ văn bản; theo ${written}${blanks}nêu trên.`;
            const found = findAboveMentions(text, { starts: [], ends: [] });
            expect(found.map((m) => [m.kind.slug, text.slice(m.start, m.kindEnd)]), JSON.stringify(text)).toEqual([[kind.slug, written]]);
            read++;
          }
        }
      }
    }
    expect(read).toBeGreaterThan(100);
    // A kind word's letter before no blank, or a word that is no kind word, stops it as before.
    expect(findAboveMentions("theo Thông tưnêu trên", { starts: [], ends: [] })).toEqual([]);
    expect(findAboveMentions("theo Thông báo nêu trên", { starts: [], ends: [] })).toEqual([]);
  });

  it("reads in linear time, however many pointing mentions and documents", () => {
    const t = (n: number) => "Căn cứ Quyết định số 1/2020/QĐ-UBND; thực hiện Quyết định nêu trên. ".repeat(n);
    expect(cpuRatio((x) => extract(x), t(8000), t(1000), 5, 24)).toBeLessThan(24);
    const u = (n: number) => "Quyết định nêu trên ".repeat(n);
    expect(cpuRatio((x) => extract(x), u(16000), u(2000), 5, 24)).toBeLessThan(24);
    // Distinct decisions, each named again by its number and pointed back to.
    const v = (n: number) => Array.from({ length: n }, (_, i) => `Quyết định số ${i + 1}/2020/QĐ-UBND; Quyết định 1 và Quyết định nêu trên. `).join("");
    expect(cpuRatio((x) => extract(x), v(4000), v(500), 5, 24)).toBeLessThan(24);
  });
});

describe("a kind word glued to the word before it", () => {
  it("fresh52c-005 \"Nghị định 09 vàThông tư 99\": both short forms, the glued one from its capital", () => {
    expect(shorts("hướng dẫn thực hiện Nghị định 09 vàThông tư 99 về chế độ chính sách cán bộ xã.").map((s) => s[0])).toEqual(["Nghị định 09", "Thông tư 99"]);
  });

  it("a kind word inside a longer word, small after small or capital after capital, is none", () => {
    expect(shorts("xem vàthông tư 99 về chế độ").map((s) => s[0])).toEqual([]);
    expect(shorts("XEM VÀTHÔNG TƯ 99 VỀ CHẾ ĐỘ").map((s) => s[0])).toEqual([]);
  });
});

// nfd64: the kind word before a short mention's number was looked for over 32 code units, which a decomposed copy's
// marks (NFD) stretch: "Chương trình hành động số " is 26 characters composed, 33 units decomposed (fresh30l-017).
describe("a short mention's long kind word, decomposed (short.ts)", () => {
  it.each([
    "Chương trình hành động số 35-CTr/TU ngày 15/01/2014 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 (sau đây viết tắt là Nghị quyết số 29, Chương trình hành động số 35), Ủy ban nhân dân tỉnh xây dựng kế hoạch",
    "Sơ kết việc thực hiện Nghị quyết Trung ương 4 và Chương trình hành động số 15 của Thành ủy",
  ])("is read as in the composed copy, its span the caller's: %s", (text) => {
    const nfd = text.normalize("NFD");
    const cits = extract(nfd);
    expect(cits.map((c) => c.id)).toEqual(extract(text).map((c) => c.id));
    expect(cits.some((c) => nfd.slice(c.start, c.end).normalize("NFC").startsWith("Chương trình hành động số"))).toBe(true);
    for (const c of cits) expect(nfd.slice(c.start, c.end)).toBe(c.raw);
  });
});

// nfd64: "và" between the numbers listed after a short mention was matched composed only (short.ts listedAfter): a
// decomposed copy (NFD) kept the first number alone. "4 Nghị quyết 59, 70, 71 và 72" (pairs45-008).
describe("numbers listed after a short mention, decomposed (short.ts)", () => {
  it.each(["Tinh thần xuyên suốt của 4 Nghị quyết 59, 70, 71 và 72\nĐây là nội dung", "Thực hiện Chỉ thị 15, 16 và 19 của Thủ tướng Chính phủ"])("are read as in the composed copy: %s", (text) => {
    const nfd = text.normalize("NFD");
    const cits = extract(nfd);
    expect(cits.length).toBeGreaterThan(1);
    expect(cits.map((c) => c.id)).toEqual(extract(text).map((c) => c.id));
    for (const c of cits) expect(nfd.slice(c.start, c.end)).toBe(c.raw);
  });
});
