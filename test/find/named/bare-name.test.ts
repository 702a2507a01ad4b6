// Where a name without a date ends (src/find/named/bare-name.ts, name-end.ts, written-out.ts).
import { describe, expect, it } from "vitest";
import { findNamedMentions } from "../../../src/find/named/index.js";
import { analyze, extract } from "../../../src/index.js";

const read = (text: string) => findNamedMentions(text).map((m) => [text.slice(m.start, m.end), text.slice(m.nameStart, m.nameEnd), m.year]);

describe("a long name in lower case with its revision mark after it ('… (sửa đổi);')", () => {
  it("is the law, the mark in its span, however many words the name has", () => {
    const text = "Căn cứ vào Điều 12 của Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi);";
    expect(read(text)).toEqual([["Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi)", "tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi)", null]]);
    expect(extract(text).map((c) => c.id)).toEqual(["law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@?"]);
  });

  it("is no law where the sentence goes on after the mark, as without it", () => {
    expect(read("Thực hiện Luật đất đai (sửa đổi) trên địa bàn, Ủy ban nhân dân tỉnh báo cáo như sau.")).toEqual([]);
    expect(read("Thực hiện Luật đất đai trên địa bàn, Ủy ban nhân dân tỉnh báo cáo như sau.")).toEqual([]);
  });

  it("ends a name at a bracket: the initials after it are a note, not the name", () => {
    expect(read("Căn cứ Luật Ngân sách nhà nước (NSNN);").map((r) => r[1])).toEqual(["Ngân sách nhà nước"]);
  });
});

describe("a name with a term it may write as initials ('đại biểu Quốc hội', ĐBQH)", () => {
  it("counts the term as one word of a bare name, and the initials name the same law", () => {
    // Ten words as written: past the most a bare name takes, it was no law at all.
    expect(extract("Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân;").map((c) => c.id)).toEqual(["law:bau-cu-dai-bieu-quoc-hoi-dai-bieu-hoi-dong-nhan-dan@?"]);
    expect(extract("Căn cứ Luật Bầu cử ĐBQH và đại biểu HĐND năm 2015;").map((c) => c.id)).toEqual(["law:bau-cu-dai-bieu-quoc-hoi-dai-bieu-hoi-dong-nhan-dan@2015"]);
  });
});

describe("the Fatherland Front's law written with its initials (MTTQ, MTTQVN)", () => {
  it("names the same law as the name written out, and takes its number where the text gives it", () => {
    expect(extract("Căn cứ Luật MTTQ Việt Nam; Luật MTTQVN năm 2015;").map((c) => c.id)).toEqual(["law:mat-tran-to-quoc-viet-nam@?", "law:mat-tran-to-quoc-viet-nam@2015"]);
    const t = "Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 ngày 9/6/2015; Ban Thường trực giám sát theo Luật MTTQ Việt Nam, các văn bản hướng dẫn.";
    expect(analyze(t).citations.map((c) => c.id)).toEqual(["75/2015/QH13", "75/2015/QH13"]);
  });
});

describe("a law a letter's subject line writes by its initials (Luật BHYT, Luật KBCB, Luật HQ)", () => {
  it("is the same law as its name written out", () => {
    // Invented subject lines and sentences, each naming the law both ways.
    const ids = (t: string) => extract(t).filter((c) => c.kind === "law").map((c) => c.id);
    expect(ids("V/v thanh toán theo Điều 22 Luật BHYT; theo quy định của Luật Bảo hiểm y tế")).toEqual(["law:bao-hiem-y-te@?", "law:bao-hiem-y-te@?"]);
    expect(ids("V/v cấp giấy phép theo quy định của Luật KBCB và Luật Khám bệnh, chữa bệnh")).toEqual(["law:kham-benh-chua-benh@?", "law:kham-benh-chua-benh@?"]);
    expect(ids("V/v thực hiện Điều 34 Luật HQ năm 2014 và Luật Hải quan năm 2014")).toEqual(["law:hai-quan@2014", "law:hai-quan@2014"]);
    expect(ids("Căn cứ Luật TCCQĐP năm 2015 và Luật Tổ chức chính quyền địa phương năm 2015;")).toEqual(["law:to-chuc-chinh-quyen-dia-phuong@2015", "law:to-chuc-chinh-quyen-dia-phuong@2015"]);
    expect(ids("theo Luật PCCC năm 2001, Luật BHXH năm 2014")).toEqual(["law:phong-chay-chua-chay@2001", "law:bao-hiem-xa-hoi@2014"]);
  });
});

describe("a one-word name and a bare year ('Luật Dược 2016', 'Luật BHYT 2014')", () => {
  it("reads the year as the law's, as after a longer name ('Luật Đất đai 2013')", () => {
    // Invented: a one-word name (or initials) then the year alone; the year was once read as a word of the name.
    expect(extract("Thực hiện Luật Dược 2016 và Luật Đất đai 2013;").map((c) => c.id)).toEqual(["law:duoc@2016", "law:dat-dai@2013"]);
    expect(extract("theo quy định của Luật BHYT 2014 về mức hưởng").map((c) => c.id)).toEqual(["law:bao-hiem-y-te@2014"]);
    expect(extract("Căn cứ Bộ luật Hình sự 2015;").map((c) => c.id)).toEqual(["code:hinh-su@2015"]);
  });
});

describe("'đối với' after a name without a date", () => {
  it("ends the name: whom the law applies to is no word of it, save the ordinance named so", () => {
    // Invented sentences; the ordinance is the real one of 2001.
    const ids = (t: string) => extract(t).map((c) => c.id);
    expect(ids("quy định chi tiết một số điều Luật Bảo hiểm y tế đối với lực lượng vũ trang;")).toEqual(["law:bao-hiem-y-te@?"]);
    expect(ids("thanh toán theo Luật BHYT đối với các chi phí điều trị")).toEqual(["law:bao-hiem-y-te@?"]);
    expect(ids("theo Pháp lệnh Thuế thu nhập đối với người có thu nhập cao và")).toEqual(["ordinance:thue-thu-nhap-doi-voi-nguoi-co-thu-nhap-cao@?"]);
  });
});

describe("'bảo đảm' after a name without a date", () => {
  it("ends the name: how the law is to be carried out is no word of it, save a name opening with it", () => {
    // The Thủ tướng's template for a plan carrying out a law, as Quảng Ngãi's (2024) and Vĩnh Phúc's (2018) plans copy it (fresh30d-006, -009).
    const ids = (t: string) => extract(t).map((c) => c.id);
    expect(ids("a) Tổ chức thi hành Luật Đất đai bảo đảm kịp thời, đồng bộ, thống nhất, hiệu lực, hiệu quả.")).toEqual(["law:dat-dai@?"]);
    expect(ids("trong việc triển khai thi hành Luật Tiếp cận thông tin bảo đảm kịp thời, đồng bộ,")).toEqual(["law:tiep-can-thong-tin@?"]);
    expect(ids("Thực hiện Luật Phòng, chống tham nhũng đảm bảo đúng quy định")).toEqual(["law:phong-chong-tham-nhung@?"]);
    expect(ids("TRIỂN KHAI THI HÀNH LUẬT ĐẤT ĐAI ĐẢM BẢO KỊP THỜI")).toEqual(["law:dat-dai@?"]);
    // Invented: a name that opens with the words keeps them; a dated name is bounded by its date.
    expect(ids("theo Luật Bảo đảm an ninh mạng và")).toEqual(["law:bao-dam-an-ninh-mang@?"]);
  });
});

describe("'theo hợp đồng', a word of a law's own name", () => {
  it.each([
    ["Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng ngày 13 tháng 11 năm 2020;", "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng ngày 13 tháng 11 năm 2020", 2020],
    ["Khoản 7 Điều 46 Luật người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2006 quy định người lao động", "Luật người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2006", 2006],
  ])("%s", (text, whole, year) => {
    expect(read(text).map((m) => [m[0], m[2]])).toEqual([[whole, year]]);
  });
});

describe("kind words listed as kinds, no law named ('Chương trình xây dựng luật, pháp lệnh năm 2021')", () => {
  it.each([
    // A Government resolution on a draft (fresh30e-015) and an ordinance's preamble (fresh29p-012).
    "ký Tờ trình báo cáo bổ sung vào Chương trình xây dựng luật, pháp lệnh năm 2021, Quốc hội khóa XV",
    "Căn cứ vào Nghị quyết của Quốc hội khoá X, kỳ họp thứ 6 về Chương trình xây dựng luật, pháp lệnh năm 2000;",
    "đưa vào Chương trình xây dựng luật năm 2024",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
    // No law or ordinance named; the Quốc hội's resolution named by its session and subject is one
    // (fixtures/fresh/CONVENTIONS.md §9, session 51), the kind words inside its subject still no law.
    expect(extract(text).filter((c) => c.form === "named" && c.kind !== "resolution")).toEqual([]);
  });

  it("the resolution named by its session and subject is a named document of its own (CONVENTIONS.md §9)", () => {
    const named = extract("Căn cứ vào Nghị quyết của Quốc hội khoá X, kỳ họp thứ 6 về Chương trình xây dựng luật, pháp lệnh năm 2000;").filter((c) => c.form === "named");
    expect(named.map((c) => [c.kind, c.name, c.year])).toEqual([
      ["resolution", "Nghị quyết của Quốc hội khoá X, kỳ họp thứ 6 về Chương trình xây dựng luật, pháp lệnh năm 2000", null],
    ]);
  });

  it("a law named, then its year, is read as before", () => {
    expect(read("Căn cứ Luật Đất đai năm 2013; Luật Khiếu nại, tố cáo năm 2011;").map((m) => [m[1], m[2]])).toEqual([
      ["Đất đai", 2013],
      ["Khiếu nại, tố cáo", 2011],
    ]);
  });
});

describe("a name, then ', cụ thể như sau:' ending the sentence (vocab NOT_IN_NAME_AFTER_COMMA)", () => {
  it("ends the name at the comma: 'cụ thể' is no word of a law's name", () => {
    // As fresh38a 010 writes it: ten words as written, the name went on past the most a bare name takes, and was no law.
    const text = "Trách nhiệm xác minh và trả lời các vụ việc mà cử tri nêu được thực hiện theo quy định tại Điều 55 của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân, cụ thể như sau:\n\n1. Đối với vụ việc ở nơi công tác";
    expect(extract(text).map((c) => [c.id, c.pinpoint?.article])).toEqual([["law:bau-cu-dai-bieu-quoc-hoi-dai-bieu-hoi-dong-nhan-dan@?", "55"]]);
    // A shorter name took the words into itself ("law:dat-dai-cu-the").
    expect(read("Việc bồi thường thực hiện theo quy định của Luật Đất đai, cụ thể như sau:").map((r) => r[1])).toEqual(["Đất đai"]);
  });
});

describe("'áp dụng trong' / 'áp dụng đối với' after a name without a date", () => {
  it("ends the name: the field or persons a decree details the law for are no word of it (listing51 row 12, 129/2004/NĐ-CP)", () => {
    const ids = (t: string) => extract(t).map((c) => c.id);
    expect(ids("Quy định chi tiết và hướng dẫn thi hành một số điều\n\ncủa Luật Kế toán áp dụng trong  lĩnh vực kế toán nhà nước")).toEqual(["law:ke-toan@?"]);
    expect(ids("quy định chi tiết và hướng dẫn thi hành một số điều của Luật Kế toán áp dụng đối với các đối tượng quy định tại Điều 2")).toEqual(["law:ke-toan@?"]);
  });
});

describe("a real name longer than a bare name may run (LONG_BARE_NAMES)", () => {
  it("is the law without a date, where nine words of another name would be prose", () => {
    // fresh54g-005's Căn cứ: the 2004 law's name has nine words (its comma aside), one past MAX_BARE_NAME_WORDS.
    const text = "Căn cứ Luật Bảo vệ, chăm sóc và giáo dục trẻ em;\nCăn cứ Nghị định số 36/2005/NĐ-CP";
    expect(read(text)).toEqual([["Luật Bảo vệ, chăm sóc và giáo dục trẻ em", "Bảo vệ, chăm sóc và giáo dục trẻ em", null]]);
    expect(extract(text).map((c) => c.id)).toContain("law:bao-ve-cham-soc-giao-duc-tre-em@?");
    // Dated, the name was read already, and still is.
    expect(extract("Căn cứ Luật Bảo vệ, chăm sóc và giáo dục trẻ em ngày 15 tháng 6 năm 2004;").map((c) => c.id)).toEqual(["law:bao-ve-cham-soc-giao-duc-tre-em@2004"]);
  });

  it("stands in lower case though the sentence goes on after it", () => {
    // listing52 row 90: the ordinance named by its own name and a trailing "sửa đổi".
    const text = "Nghị định 76/2014/NĐ-CP ngày 29/07/2014 của Chính phủ hướng dẫn Pháp lệnh quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ sửa đổi";
    expect(read(text).map((r) => r[1])).toEqual(["quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"]);
  });

  it("reads the ordinance on judges and people's assessors undated, in either accent place (fresh56f-007)", () => {
    // 01/2011/TTLT-TANDTC-BQP-BNV: nine words, no date; the amending ordinance holding the name stays its own.
    const text = "Căn cứ Pháp lệnh Thẩm phán và Hội thẩm Tòa án nhân dân; Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Thẩm phán và Hội thẩm Tòa án nhân dân;";
    expect(extract(text).map((c) => c.id)).toEqual([
      "ordinance:tham-phan-hoi-tham-toa-an-nhan-dan@?",
      "ordinance:sua-doi-bo-sung-mot-so-dieu-phap-lenh-tham-phan-hoi-tham-toa-an-nhan-dan@?",
    ]);
    expect(read("Căn cứ Pháp lệnh Thẩm phán và Hội thẩm Toà án nhân dân;").map((r) => r[1])).toEqual(["Thẩm phán và Hội thẩm Toà án nhân dân"]);
    // Another nine words after "và … nhân dân" are still no name.
    expect(read("Căn cứ Pháp lệnh Kế toán và Thống kê Tòa án nhân dân;")).toEqual([]);
  });

  it("reads the 1990 ordinance on banks, credit cooperatives and finance companies whole (fresh58h-006)", () => {
    // 367/QĐ-NH1: twelve words after a comma, undated, then the order that published it.
    const text =
      "Căn cứ Pháp lệnh Ngân hàng Nhà nước Việt Nam và Pháp lệnh Ngân hàng, Hợp tác xã tín dụng và Công ty tài chính công bố theo Lệnh số 37/LCT-HĐNN8 và Lệnh số 38/LCT-HĐNN8 ngày 24 tháng 5 năm 1990 của Chủ tịch Hội đồng Nhà nước.";
    expect(extract(text).map((c) => c.id)).toContain("ordinance:ngan-hang-hop-tac-xa-tin-dung-cong-ty-tai-chinh@?");
    expect(extract(text).map((c) => c.id)).not.toContain("ordinance:ngan-hang@?");
  });

  it("leaves prose of as many words after another name no law", () => {
    expect(read("Khi đó Luật Bảo vệ trẻ em buộc mọi gia đình nuôi con nhỏ phải khai báo.")).toEqual([]);
    expect(read("Căn cứ Luật Bảo vệ, chăm sóc và giáo dục thanh niên, học sinh;")).toEqual([]);
  });
});

describe("'số' with no number after the name (blankNumberAt)", () => {
  it("ends the name before it where the number was left blank before the date (fresh51b-001)", () => {
    expect(read("Căn cứ Luật Quy hoạch đô thị số ngày 17/6/2009;")).toEqual([["Luật Quy hoạch đô thị số ngày 17/6/2009", "Quy hoạch đô thị", 2009]]);
  });

  it("ends the name before it where the number on the next line is unreadable (fresh54b-002)", () => {
    const text = "Căn cứ điểm d khoản 1 Điều 19 Luật Thuế xuất khẩu, thuế nhập khẩu số\noe bude’ quy định người nộp thuế";
    expect(read(text).map((r) => r[1])).toEqual(["Thuế xuất khẩu, thuế nhập khẩu"]);
  });

  it("stays a word of a name that ends in it, and of 'một số điều'", () => {
    expect(read("Căn cứ Pháp lệnh dân số ngày 09 tháng 01 năm 2003;").map((r) => r[1])).toEqual(["dân số"]);
    expect(read("Căn cứ Luật Chuyển đổi số ngày 14 tháng 6 năm 2025;").map((r) => r[1])).toEqual(["Chuyển đổi số"]);
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số\nđiều của Luật Đất đai ngày 20 tháng 6 năm 2013;").map((r) => r[1])).toEqual(["sửa đổi, bổ sung một số\nđiều của Luật Đất đai"]);
  });
});

describe("a name without a date, then 'và' and the sentence's next predicate ('và thực hiện', 'và chịu trách nhiệm')", () => {
  it("ends the name: the law is read, with the units before it (fresh55g-001, seg34-017)", () => {
    const t = "tăng trưởng xanh theo quy định tại Khoản\n3 - Điều 61 Luật Lâm nghiệp và thực hiện Đề án một triệu ha lúa chuyên canh chất lượng cao, phát thải thấp.";
    expect(read(t)).toEqual([["Luật Lâm nghiệp", "Lâm nghiệp", null]]);
    expect(extract(t).map((c) => [c.id, c.pinpoint?.clause, c.pinpoint?.article])).toEqual([["law:lam-nghiep@?", "3", "61"]]);
    const u = "ban hành quyết định giải quyết bồi thường theo quy định tại Điều 20 Luật Trách nhiệm bồi thường của Nhà nước và chịu trách nhiệm trước pháp luật về quyết định của mình .";
    expect(read(u).map((r) => r[1])).toEqual(["Trách nhiệm bồi thường của Nhà nước"]);
  });

  it("keeps 'và thực hiện' in the names that hold it (treaties and international agreements)", () => {
    expect(read("Căn cứ Luật Ký kết, gia nhập và thực hiện điều ước quốc tế năm 2005;").map((r) => [r[1], r[2]])).toEqual([["Ký kết, gia nhập và thực hiện điều ước quốc tế", 2005]]);
    expect(read("Căn cứ Luật Ký kết, gia nhập và thực hiện điều ước quốc tế;").map((r) => r[1])).toEqual(["Ký kết, gia nhập và thực hiện điều ước quốc tế"]);
    expect(read("Căn cứ Pháp lệnh Ký kết và thực hiện thỏa thuận quốc tế;").map((r) => r[1])).toEqual(["Ký kết và thực hiện thỏa thuận quốc tế"]);
  });
});
