import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

// Newspapers and portals put Party documents on the web under an intro of their own, no heading:
// the body "đã/vừa ban hành" the document, then its full text "toàn văn …" or "Nội dung … như sau".
describe("a page that prints, under no heading, the document its opening announces", () => {
  const ninhThuan = [
    "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIII về huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng cấp thiết giai đoạn 2016-2020",
    "",
    "LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng cấp thiết giai đoạn 2016-2020. Báo Ninh Thuận trân trọng giới thiệu toàn văn nội dung Nghị quyết.",
    "",
    "I- Khái quát tình hình",
    "Những năm qua, công tác huy động nguồn lực đầu tư xây dựng kết cấu hạ tầng đã đạt được kết quả tích cực.",
  ].join("\n");

  it("is that document, dated by the intro's narrative", () => {
    const a = analyze(ninhThuan);
    expect([a.self.kind, a.self.number, a.self.symbol, a.self.date]).toEqual(["resolution", "10", "NQ/TU", "2016-11-14"]);
    expect(a.citations[0].role).toBe("self");
    expect(a.relations).toEqual([]);
  });

  it("\"vừa ban hành\" and \"Trân trọng giới thiệu toàn văn Chỉ thị:\", a spaced hyphen in the number", () => {
    const a = analyze(
      "Ban Bí thư ra chỉ thị về lãnh đạo Đại hội Đoàn Thanh niên các cấp\n\nBan Bí thư Trung ương Đảng vừa ban hành Chỉ thị số 06- CT/TW về lãnh đạo đại hội đoàn các cấp, tiến tới Đại hội đại biểu toàn quốc Đoàn Thanh niên Cộng sản Hồ Chí Minh lần thứ XI, nhiệm kỳ 2017-2022. Trân trọng giới thiệu toàn văn Chỉ thị:\n\nTrong 5 năm qua, Đoàn Thanh niên Cộng sản Hồ Chí Minh tiếp tục phát huy những truyền thống quý báu.",
    );
    expect([a.self.kind, a.self.number, a.self.symbol]).toEqual(["directive", "06", "CT/TW"]);
  });

  it("\"Nội dung Chỉ thị như sau:\" after a number with no ký hiệu", () => {
    const a = analyze(
      "CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo của các cấp ủy, tổ chức đảng đối với công tác điều tra, nắm bắt, nghiên cứu, định hướng dư luận xã hội trong tình hình mới.\nNội dung Chỉ thị như sau:\nTrong những năm qua, quán triệt và thực hiện Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư, công tác điều tra dư luận xã hội đạt nhiều kết quả.",
    );
    expect([a.self.kind, a.self.number]).toEqual(["directive", "17"]);
    expect(a.citations.find((c) => c.number === "100")?.role).toBe("references");
  });

  it("a news item about a document it does not print stays unnumbered", () => {
    // Another kind named as the printed text ("toàn văn Hướng dẫn" after a plan), or no such words.
    const other = analyze(
      "Ngày 8/6/2021, Ban Thường vụ Thành ủy Hà Nội đã ban hành Kế hoạch số 30-KH/TU về sơ kết thực hiện Nghị quyết Trung ương 4. Trân trọng giới thiệu toàn văn Hướng dẫn của Ban Tuyên giáo.\nKế hoạch nêu rõ, việc sơ kết được tiến hành từ cấp cơ sở.",
    );
    expect(other.self.number).toBeNull();
    const none = analyze(
      "TTTĐ - Ban Thường vụ Thành ủy Hà Nội vừa ban hành Kế hoạch số 30-KH/TU ngày 8/6/2021 về sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII).\nKế hoạch nêu rõ, việc sơ kết được tiến hành từ cấp cơ sở.",
    );
    expect(none.self.number).toBeNull();
    expect(none.citations[0].role).toBe("references");
    // A link to the text is no text printed.
    const linked = analyze(
      "Kinhtedothi - Ngày 17/3/2021, Thành uỷ Hà Nội đã ban hành Chương trình số 01-CTr/TU về “Tăng cường công tác xây dựng, chỉnh đốn Đảng”. Mục tiêu của chương trình là tổ chức thực hiện Nghị quyết Đại hội XIII của Đảng. Xem toàn văn Chương trình số 01-CTr/TU TẠI ĐÂY",
    );
    expect(linked.self.number).toBeNull();
  });

  it("a heading's own number comes first", () => {
    const a = analyze(
      "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 97-QĐ/TW\nHà Nội, ngày 07 tháng 02 năm 2023\nQUY ĐỊNH\nChức năng, nhiệm vụ của đảng đoàn, ban cán sự đảng ở Trung ương\nBộ Chính trị đã ban hành Quy định số 172-QĐ/TW. Trân trọng giới thiệu toàn văn Quy định:\n",
    );
    expect([a.self.number, a.self.symbol]).toEqual(["97", "QĐ/TW"]);
  });
});

// A department's or an office's portal prints its own letter under a dated lead that names it and
// says its text follows, no kind word again: "cụ thể như sau:" closing the lead, or "Toàn văn như sau:".
describe("a portal's dated lead that names its letter and says the text follows", () => {
  it("'Ngày …, Sở Tư pháp ban hành Văn bản số …, cụ thể như sau:' (Sở Tư pháp Bắc Kạn): that letter, dated by the lead", () => {
    const a = analyze(
      "image banner\nHướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2020\nNgày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2020, cụ thể như sau:\n\nThực hiện Văn bản số 979/BTP-PBGDPL ngày 19/3/2020 của Bộ Tư pháp về việc hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật, Sở Tư pháp hướng dẫn một số nội dung như sau:\n",
    );
    expect([a.self.kind, a.self.number, a.self.symbol, a.self.date]).toEqual(["official-letter", "473", "STP-PBGDPL", "2020-03-25"]);
    expect(a.citations.map((c) => [c.number, c.role])).toEqual([
      ["473", "self"],
      ["979", "implements"],
    ]);
  });

  it("the portal's headline in sentence case above the lead ('Hướng dẫn thực hiện …') names what the letter does, not its kind", () => {
    const headline = "Hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật năm 2020\n";
    const lead = "Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật năm 2020, cụ thể như sau:\n\nSở Tư pháp hướng dẫn một số nội dung như sau:\n";
    for (const top of ["", "image banner\n"]) expect(analyze(top + headline + lead).self.kind).toBe("official-letter");
  });

  it("'… đã ký ban hành văn bản số …, V/v …. Toàn văn như sau:' (Tuyên Quang): the sentence after the lead may say it", () => {
    const a = analyze(
      "UBND tỉnh có ý kiến về đề xuất của Sở Tài nguyên & Môi trường\n\nNgày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh Tuyên Quang Nguyễn Thanh đã ký ban hành văn bản số 3653/UBND-TNMT, V/v đề xuất của Sở TM & MT. Toàn văn như sau:",
    );
    expect([a.self.kind, a.self.number, a.self.symbol, a.self.date]).toEqual(["official-letter", "3653", "UBND-TNMT", "2018-11-23"]);
  });

  it("a news item that tells of a letter stays unnumbered: no words that its text follows, or 'cụ thể như sau' in a later sentence", () => {
    const told = "Ngày 10/4/2020, UBND tỉnh ban hành văn bản số 1153/UBND-VP về việc không thực hiện tổ chức đối thoại với cộng đồng doanh nghiệp trên địa bàn tỉnh trong 6 tháng đầu năm 2020.";
    const none = analyze(`${told}\n\nTheo đó, trước tình dịch bệnh Covid-19 bùng phát và diễn biến ngày càng phức tạp.`);
    expect(none.self.number).toBeNull();
    expect(none.citations[0].role).toBe("references");
    const later = analyze(`${told} Theo đó, các cơ quan thực hiện cụ thể như sau:\n1. Sở Kế hoạch và Đầu tư có văn bản gửi các doanh nghiệp.`);
    expect(later.self.number).toBeNull();
    expect(later.citations[0].role).toBe("references");
  });
});

// A portal's lead names the letter, as what was issued or as its own subject, and its next sentence,
// closing the lead, says "Nội dung (…) như sau:": the page prints that letter.
describe("a lead closed by 'Nội dung … như sau:'", () => {
  it("'… đã ký ban hành văn bản số …, chỉ đạo …. Nội dung văn bản chỉ đạo như sau:' (Tuyên Quang): that letter, dated by the lead", () => {
    const a = analyze(
      "UBND tỉnh chỉ đạo tăng cường các biện pháp phòng, chống dịch, nhất là tại các khu đô thị, khu vực tập trung đông người, khu công nghiệp\n\nNgày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Thế Giang đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo các sở, ban, ngành, cơ quan, đơn vị thuộc tỉnh; UBND các huyện, thành phố tăng cường các biện pháp phòng, chống dịch, nhất là tại các khu đô thị, khu vực tập trung đông người, khu công nghiệp. Nội dung văn bản chỉ đạo như sau:",
    );
    expect([a.self.kind, a.self.number, a.self.symbol, a.self.date]).toEqual(["official-letter", "2508", "UBND-KGVX", "2020-08-11"]);
  });

  it("'Công văn số … gửi UBND các tỉnh … về việc …. Nội dung như sau:' (a ministry's portal): the letter the lead is about, its bases its own", () => {
    const a = analyze(
      "Báo cáo kết quả thực hiện Chương trình nông thôn mới 6 tháng đầu năm 2017 (07/07/2017)\n\nCông văn số 5468/BNN-VPĐP ngày 3/7/2017 của Bộ Nông nghiệp và PTNT gửi UBND các tỉnh, thành phố trực thuộc TW về việc báo cáo kết quả thực hiện Chương trình nông thôn mới 6 tháng đầu năm 2017. Nội dung như sau:\n\nCăn cứ Quyết định số 41/2016/QĐ-TTg ngày 10/10/2016 của Thủ tướng Chính phủ ban hành quy chế quản lý, điều hành thực hiện Chương trình mục tiêu quốc gia (MTQG);\n\nBộ Nông nghiệp và Phát triển nông thôn đề nghị Ủy ban Nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới 6 tháng đầu năm.",
    );
    expect([a.self.number, a.self.symbol, a.self.date]).toEqual(["5468", "BNN-VPĐP", "2017-07-03"]);
    expect(a.citations.map((c) => [c.number, c.role])).toEqual([
      ["5468", "self"],
      ["41", "based_on"],
    ]);
  });

  it("stays unnumbered when the letter is what the lead carries out, the closing names another kind, or a sentence comes between", () => {
    const carried = analyze("Thực hiện Công văn số 5468/BNN-VPĐP ngày 3/7/2017 của Bộ Nông nghiệp và PTNT, UBND tỉnh chỉ đạo các sở báo cáo kết quả. Nội dung như sau:\n\n1. Sở Nông nghiệp tổng hợp.");
    expect(carried.self.number).toBeNull();
    const other = analyze("Ngày 11/8/2020, UBND tỉnh đã ký ban hành văn bản số 2508/UBND-KGVX về phòng, chống dịch. Nội dung Kế hoạch như sau:\n\n1. Mục đích.");
    expect(other.self.number).toBeNull();
    const between = analyze("Công văn số 5468/BNN-VPĐP ngày 3/7/2017 của Bộ Nông nghiệp và PTNT gửi UBND các tỉnh. Theo đó, các tỉnh báo cáo. Nội dung như sau:\n\n1. Kết quả.");
    expect(between.self.number).toBeNull();
  });
});

// A board's portal writes its lead with the verb bare ("Ban Tuyên giáo Trung ương ban hành Hướng dẫn số
// …") and then introduces the text in the publisher's words: "trân trọng giới thiệu toàn văn (bản) Hướng dẫn".
describe("a lead with a bare 'ban hành' whose page introduces the text ('giới thiệu toàn văn …')", () => {
  it("'… ban hành Hướng dẫn số 55-HD/BTGTW … trân trọng giới thiệu toàn văn bản Hướng dẫn.' (Tuyên giáo Cần Thơ): that guidance", () => {
    const a = analyze(
      "Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 55-HD/BTGTW về tuyên truyền kỷ niệm 100 năm Ngày sinh đồng chí Võ Văn Kiệt (23/11/1922 - 23/11/2022). Trang thông tin điện tử Tuyên giáo Cần Thơ trân trọng giới thiệu toàn văn bản Hướng dẫn.\nHướng dẫn tuyên truyền kỷ niệm 100 năm Ngày sinh đồng chí Võ Văn Kiệt\n\nCăn cứ Kết luận số 88-KL/TW, ngày 18/2/2014 của Bộ Chính trị về tổ chức kỷ niệm 100 năm ngày sinh, Ban Tuyên giáo Trung ương hướng dẫn công tác tuyên truyền như sau:",
    );
    expect([a.self.kind, a.self.number, a.self.symbol]).toEqual(["guidance", "55", "HD/BTGTW"]);
    expect(a.citations.map((c) => [c.number, c.role])).toEqual([
      ["55", "self"],
      ["88", "based_on"],
    ]);
  });

  it("'Ngày …, … ban hành Hướng dẫn số … trân trọng giới thiệu toàn văn Hướng dẫn và Đề cương tuyên truyền.': that guidance, dated by the lead", () => {
    const a = analyze(
      "Ngày 21/3/2023, Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 147-HD/BTGTW về tuyên truyền kỷ niệm 120 năm Ngày sinh đồng chí Trần Phú. Trang tin điện tử Đảng bộ Tổng công ty trân trọng giới thiệu toàn văn Hướng dẫn và Đề cương tuyên truyền.\n\nI. MỤC ĐÍCH, YÊU CẦU",
    );
    expect([a.self.number, a.self.symbol, a.self.date]).toEqual(["147", "HD/BTGTW", "2023-03-21"]);
  });

  it("stays unnumbered with the verb bare and no publisher's introduction, or another kind introduced", () => {
    const told = analyze(
      "Ban Tuyên giáo Trung ương ban hành Hướng dẫn 132-HD/BTGTW ngày 10/4/2020 về báo chí tuyên truyền đại hội đảng bộ các cấp. Xem chi tiết tại Hướng dẫn 132-HD/BTGTW.\nTheo đó, nội dung tuyên truyền chia thành 03 đợt.",
    );
    expect(told.self.number).toBeNull();
    const other = analyze(
      "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 30-KH/TU về sơ kết. Báo tỉnh trân trọng giới thiệu toàn văn Hướng dẫn của Ban Tuyên giáo.\nKế hoạch nêu rõ, việc sơ kết được tiến hành từ cấp cơ sở.",
    );
    expect(other.self.number).toBeNull();
    // Bare "ban hành" and a plain "Toàn văn Kế hoạch" with no "giới thiệu" stay as they were: no self.
    const plain = analyze("UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về phòng chống dịch. Toàn văn Kế hoạch được đăng trên Cổng thông tin.\n1. Mục đích.");
    expect(plain.self.number).toBeNull();
  });
});
