// Prime Minister's and Government Office documents, 2012–2025 (session 28, set /tmp/fresh28d, probe
// files only): the Government Office's letters conveying the Prime Minister's opinion on what a
// ministry sent, a Công điện's address line. Phrasing as the published pages give it.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { citedRoles } from "../helpers/roles.js";

const letter = (own: string, date: string, body: string) =>
  `VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: ${own}\nHà Nội, ${date}\nKính gửi: Các Bộ, cơ quan ngang Bộ.\n${body}\nVăn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n`;

describe("a Government Office letter weighing a proposal and the ministries' opinions on it", () => {
  it("each paper in parentheses after its sender, in one 'Xét đề nghị …, ý kiến của …' clause, is what the letter answers (11676/VPCP-KTTH, 2017)", () => {
    const a = analyze(letter("11676/VPCP-KTTH", "ngày 02 tháng 11 năm 2017",
      "Xét đề nghị của Bộ Kế hoạch và Đầu tư (Công văn số 7454/BKHĐT-PTDN ngày 12 tháng 9 năm 2017), ý kiến của Bộ Tài chính (Công văn số 13436/BTC-TCDN ngày 06 tháng 10 năm 2017), Bộ Tư pháp (Công văn số 4706/BTP-PLDSKT ngày 10 tháng 10 năm 2017, Bộ Xây dựng (Công văn số 2461/BXD-KHTC ngày 18 tháng 10 năm 2017) về Đề án nghiên cứu nâng cao hiệu quả đầu tư của doanh nghiệp nhà nước, Phó Thủ tướng Vương Đình Huệ có ý kiến như sau:\n" +
      "1. Các Bộ đến nay chưa có báo cáo theo văn bản số 4917/BKHĐT-PTDN ngày 16 tháng 6 năm 2017 của Bộ Kế hoạch và Đầu tư, khẩn trương gửi báo cáo."));
    expect(citedRoles(a)).toEqual(["7454 proposed_by", "13436 proposed_by", "4706 proposed_by", "2461 proposed_by", "4917 references"]);
  });

  it("'Xét báo cáo … tại văn bản số X … và ý kiến của Bộ … tại văn bản số Y': both; a resolution whose tasks the body assigns is a reference (1860/VPCP-KTTH, 2021)", () => {
    const a = analyze(letter("1860/VPCP-KTTH", "ngày 20 tháng 3 năm 2021",
      "Xét báo cáo tổng hợp thông tin của Cổng Thông tin điện tử Chính phủ tại văn bản số 850/BC-TTĐT ngày 23 tháng 11 năm 2020 về Hội thảo “Thúc đẩy kết nối hạ tầng giao thông vùng Đông Nam Bộ” và ý kiến của Bộ Kế hoạch và Đầu tư tại văn bản số 750/BKHĐT-KCHTĐT ngày 09 tháng 02 năm 2021, Thủ tướng Chính phủ có ý kiến như sau:\n" +
      "Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các cơ quan liên quan khẩn trương thực hiện và sớm hoàn thành các nhiệm vụ được giao tại Nghị quyết số 128/NQ-CP ngày 11 tháng 9 năm 2020 của Chính phủ về các nhiệm vụ, giải pháp đẩy mạnh phát triển các vùng kinh tế trọng điểm."));
    expect(citedRoles(a)).toEqual(["850 proposed_by", "750 proposed_by", "128 references"]);
  });

  it("a spaced number in parentheses ('Báo cáo số  279 / BC - BYT'); the dispatch and the letter the ministry is told to enforce are references (2414/VPCP-KGVX, 2016)", () => {
    const a = analyze(letter("2414 / VPCP - KGVX", "ngày 06 tháng 04 năm 2016",
      "Xét kiến nghị của Bộ Y tế (Báo cáo số  279 / BC - BYT  ngày 28 tháng 3 năm 2016 của Bộ Y tế) về tình hình dịch bệnh do vi rút Zika, Phó Thủ tướng Chính phủ Vũ Đức Đam có ý kiến như sau:\n" +
      "Bộ Y tế triển khai, đôn đốc các Bộ, ngành, các cơ quan, địa phương thực hiện nghiêm Công điện số  1632 / CĐ - TTg  ngày 11 tháng 9 năm 2015 của Thủ tướng Chính phủ; ý kiến chỉ đạo của Phó Thủ tướng Vũ Đức Đam tại Công văn số  1060 / VPCP - KGVX  ngày 19 tháng 02 năm 2016 của Văn phòng Chính phủ."));
    expect(a.self.id).toBe("2414/VPCP-KGVX@2016");
    expect(citedRoles(a)).toEqual(["279 proposed_by", "1632 references", "1060 references"]);
  });

  it("a report told of, not weighed ('… có văn bản số X báo cáo Thủ tướng …. Về việc này, Thủ tướng … có ý kiến'), is a reference (6869/VPCP-KGVX, 2021)", () => {
    const a = analyze(letter("6869/VPCP-KGVX", "ngày 25 tháng 9 năm 2021",
      "Tổ công tác đặc biệt của Chính phủ có văn bản số 3681/BC-TCT ngày 22 tháng 9 năm 2021 báo cáo Thủ tướng Chính phủ về công tác phòng, chống dịch COVID-19 trên địa bàn tỉnh Bến Tre (bản chụp kèm theo). Về việc này, Thủ tướng Chính phủ Phạm Minh Chính có ý kiến như sau:\n" +
      "Đồng chí Bí thư Tỉnh ủy Bến Tre chỉ đạo việc triển khai thực hiện nghiêm Công điện số 1099/CĐ-TTg ngày 22 tháng 8 năm 2021 của Thủ tướng Chính phủ."));
    expect(citedRoles(a)).toEqual(["3681 references", "1099 references"]);
  });
});

describe("a Government Office letter weighing a report: 'Xét báo cáo của B …' then B's paper (fixtures/fresh/pairs29)", () => {
  it("the paper in parentheses after the reporter's name, in a copy that glued 'Xét' to 'báo cáo' (2541/VPCP-QHQT, 2009)", () => {
    const a = analyze(letter("2541/VPCP-QHQT", "ngày 20 tháng 04 năm 2009",
      "Xétbáo cáo của Phòng Thương mại và Công nghiệp Việt Nam (công văn số 1033/PTM-SMEngày 15 tháng 4 năm 2009), Phó Thủ tướng Hoàng Trung Hải có ý kiến như sau:\n" +
      "BộCông Thương nghiên cứu giải quyết các đề xuất của Phòng Thương mại và Côngnghiệp Việt Nam nêu tại công văn nói trên và báo cáo Thủ tướng Chính phủ."));
    expect(citedRoles(a)).toEqual(["1033 proposed_by"]);
  });

  it("the paper past the reporter's name, even where the copy glued 'tại' to it (6699/VPCP-XDPL, 2007: fixtures/fresh/fresh29h/texts/fresh29h-034.txt)", () => {
    const a = analyze(letter("6699/VPCP-XDPL", "ngày 19 tháng 11 năm 2007",
      "Xét báo cáo của Bộ Tài chính tạicông văn số 15390/BTC-CST ngày 14 tháng 11 năm 2007 về một số nội dung tiếp thu, chỉnh lý và giải trình ý kiến của đại biểu Quốc hội về Dự án Luật thuế thu nhập cá nhân, Thủ tướng Chính phủ Nguyễn Tấn Dũng có ý kiến như sau:"));
    expect(citedRoles(a)).toEqual(["15390 proposed_by"]);
  });

  it("'Xét báo cáo và đề nghị của B về việc … (Báo cáo số X …)' (the wording of 8297/VPCP-KGVX, 2021, quoted in fixtures/fresh/fresh29h/README.md)", () => {
    const a = analyze(letter("8297/VPCP-KGVX", "ngày 10 tháng 11 năm 2021",
      "Xét báo cáo và đề nghị của Bộ Y tế về việc giải trình, tiếp thu ý kiến (Báo cáo số 1787/BC-BYT ngày 05 tháng 11 năm 2021), Phó Thủ tướng Vũ Đức Đam có ý kiến như sau:"));
    expect(citedRoles(a)).toEqual(["1787 proposed_by"]);
  });

  it("'Xét báo cáo số X …' is still the cited report's own words: the report is what the letter answers (2235/VPCP-KGVX, 2011)", () => {
    const a = analyze(letter("2235/VPCP-KGVX", "ngày 09 tháng 4 năm 2011",
      "Xét báo cáo số 15/BC-VPTWH đến ngày21 tháng 01 năm 2011 của Hội Nạn nhân chất độc da cam/dioxin Việt Nam báo cáoThủ tướng Chính phủ về chuyến công tác của đoàn cán bộ cấp cao của Hội tại Mỹ,Phó Thủ tướng Nguyễn Thiện Nhân có ý kiến chỉ đạo như sau:"));
    expect(citedRoles(a)).toEqual(["15 proposed_by"]);
  });
});

describe("a Công điện's address line, as a news page reprints it", () => {
  // A 2025 report of the Prime Minister's dispatches for the 19-8-2025 ceremonies, opening with the
  // dispatch's address line: the bodies listed are addressees, not documents, and the page states no number.
  const text =
    "Thủ tướng Chính phủ điện: Các Phó thủ tướng Chính phủ; Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ; Bí thư thành ủy, tỉnh ủy các tỉnh, thành phố trực thuộc Trung ương; Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương.\n" +
    "Để chuẩn bị Lễ khánh thành, khởi công các dự án, công trình chào mừng kỷ niệm 80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2-9-1945 / 2-9-2025) vào ngày 19-8-2025, Thủ tướng Chính phủ Phạm Minh Chính đã có 3 Công điện chỉ đạo, giao nhiệm vụ cụ thể cho các Bộ, cơ quan, địa phương có liên quan.\n";
  it("cites nothing and claims no number of its own", () => {
    const a = analyze(text);
    expect([a.self.number, a.citations.length]).toEqual([null, 0]);
  });
});
