import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";

// District and commune documents printed without a heading that names their place (portal pages,
// legal databases' flattened tables): the committee is named elsewhere. Phrasing from real texts
// (session 27, set fresh27b).

describe("the line in capitals above the preamble, where the heading has lost its place", () => {
  // phapluatcongdong.vn, Quyết định 03/2017/QĐ-UBND of huyện Bình Chánh: the header table flattened
  // to "ỦY BAN NHÂN DÂN |", the body named again above "Căn cứ".
  const decision = (authority: string) =>
    `ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 03/2017/QĐ-UBND |\nBình Chánh, ngày 25 tháng 02 năm 2017 |\n` +
    `BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH NHIỆM KỲ 2016 - 2021\n${authority}\n` +
    `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n`;

  it("names the district: 'ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH ⏎ Căn cứ …'", () => {
    const self = analyze(decision("ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH")).self;
    expect(self.jurisdiction).toMatchObject({ level: "district", district: "huyện Bình Chánh" });
    expect(self.id).toBe("03/2017/QĐ-UBND~?/huyen-binh-chanh");
  });

  it("reads past the signer's title: 'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 9'", () => {
    expect(analyze(decision("CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN 9")).self.jurisdiction).toMatchObject({ level: "district", district: "quận 9" });
  });

  it("names nothing when the line above the preamble is not a body's (the title's last line)", () => {
    expect(analyze(decision("NHIỆM KỲ 2016 - 2021")).self.jurisdiction.level).toBeNull();
  });

  it("cuts a council's session off its line (HĐND quận Tân Phú, 41/2006/NQ-HĐND)", () => {
    const text =
      "HỘI ĐỒNG NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/2006/NQ-HĐND |\nTân Phú, ngày 23 tháng 11 năm 2006 |\nNGHỊ QUYẾT\n" +
      "VỀ ĐỀ ÁN PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH 11 PHƯỜNG QUẬN TÂN PHÚ\nHỘI ĐỒNG NHÂN DÂN QUẬN TÂN PHÚ KHÓA I, KỲ HỌP LẦN THỨ 7\n" +
      "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n";
    const self = analyze(text).self;
    // The text names no city; quận Tân Phú was Hồ Chí Minh City's (vocab/urban-districts.ts).
    expect(self.jurisdiction).toMatchObject({ level: "district", province: "Hồ Chí Minh", district: "quận Tân Phú" });
    expect(self.id).toBe("41/2006/NQ-HĐND~ho-chi-minh/quan-tan-phu");
  });

  it("gives way to a heading that names its place", () => {
    const text = decision("ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH").replace("ỦY BAN NHÂN DÂN |", "ỦY BAN NHÂN DÂN |\nTỈNH LONG AN |");
    expect(analyze(text).self.jurisdiction).toMatchObject({ level: "province", province: "Long An" });
  });
});

describe("the committee's own sentence: 'Ủy ban nhân dân xã X thông báo …'", () => {
  it("names the commune of a notice without its heading (xã Tân Đoàn, Lạng Sơn, 2025)", () => {
    const text =
      "Thông báo Lịch tiếp công dân của UBND xã Tân Đoàn năm 2026\nTHÔNG BÁO\nLịch tiếp công dân của UBND xã Tân Đoàn năm 2026\n" +
      "Căn cứ Luật Tiếp công dân ngày 25/11/2013;\nCăn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ;\n" +
      "Ủy ban nhân dân xã Tân Đoàn thông báo lịch tiếp công dân như sau:\n1. Lịch tiếp công dân\n";
    const self = analyze(text).self;
    expect(self.jurisdiction).toMatchObject({ level: "commune", district: "xã Tân Đoàn" });
    expect(self.issuer).toMatchObject({ code: "UBND", name: "Ủy ban nhân dân xã Tân Đoàn", level: "commune" });
  });

  it("names the level alone where the place is not named: 'Ủy ban nhân dân huyện yêu cầu …', 'Vậy, UBND huyện thông báo …'", () => {
    // huyện Văn Lâm's letter and huyện Phú Vang's notice, as their portals print them.
    const letter = "Để chủ động kiểm soát tốt tình hình dịch Covid-19 trên địa bàn.\n\nỦy ban nhân dân huyện yêu cầu các phòng, ban ngành, đoàn thể huyện, UBND các xã, thị trấn thực hiện tốt một số nội dung sau:";
    expect(analyze(letter).self.jurisdiction).toMatchObject({ level: "district", district: null });
    const notice =
      "Theo Thông báo số 658/TB-UBND ngày 31 tháng 12 năm 2019 của UBND huyện Phú Vang về việc bố trí Lịch tiếp công dân. Tuy nhiên, nay thay đổi địa điểm.\nVậy, UBND huyện thông báo để các cơ quan, đơn vị, tổ chức liên quan và nhân dân được biết./.";
    expect(analyze(notice).self.jurisdiction.level).toBe("district");
  });

  it("a header that names its place comes first (xã Sơn Vĩ's notice quoting the district)", () => {
    const text =
      "ỦY BAN NHÂN DÂN\n\nXÃ SƠN VĨ\n\nSố:   07 /TB-UBND\n\nSơn Vĩ, ngày  21 tháng 7  năm 2021\n\nTHÔNG BÁO\n\nV/v Tạm dừng họp chợ phiên xã Sơn Vĩ\n\n" +
      "Thực hiện Kết luận số 867-KL/HU ngày 20 tháng 7 năm 2021, UBND huyện thông báo.\n\nUỷ ban nhân dân xã Sơn Vĩ thông báo tạm dừng.";
    expect(analyze(text).self.jurisdiction).toMatchObject({ level: "commune", district: "xã Sơn Vĩ" });
  });

  it("is not read where the committee is the object of another's verb ('đề nghị UBND huyện X thông báo')", () => {
    const text = "Sở Nội vụ đề nghị UBND huyện Châu Thành thông báo kết quả về Sở trước ngày 15/7.";
    expect(analyze(text).self.jurisdiction.level).toBeNull();
  });

  it("is not read from a numbered list item ('1. UBND huyện A thông báo …' in a province's report)", () => {
    const text = "Kết quả thực hiện như sau:\n1. UBND huyện Mỹ Tú thông báo kết quả rà soát.\n2. UBND huyện Châu Thành chưa báo cáo.";
    expect(analyze(text).self.jurisdiction.level).not.toBe("district");
  });

  it("names no level for a bare 'thành phố' (a centrally-run city or a provincial one)", () => {
    expect(analyze("Để đảm bảo an toàn.\nUBND thành phố thông báo lịch tiếp công dân như sau:").self.jurisdiction.level).toBeNull();
  });
});

describe("a heading whose columns run together row by row, one space apart", () => {
  it("reads the body and its place apart from the motto (haugiang.gov.vn's copy of a district letter)", () => {
    const text =
      "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN CHÂU THÀNH Độc lập - Tự do - Hạnh phúc\n\n\n" +
      "Số: 476/UBND Châu Thành, ngày 14 tháng 6 năm 2017\n\nV/v hưởng ứng ngày ASEAN phòng, chống sốt xuất huyết lần thứ 7\n\nKính gửi:\n\n- Trung tâm Y tế huyện;\n";
    const self = analyze(text).self;
    expect(self.jurisdiction).toMatchObject({ level: "district", district: "huyện Châu Thành" });
    expect(self).toMatchObject({ kind: "official-letter", number: "476", id: "476/UBND@2017~?/huyen-chau-thanh" });
  });

  it("a province's letter laid out so stays the province's (TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc)", () => {
    const text = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc\n\n\nSố: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n\nV/v tiếp tục phối hợp tuyên truyền\n";
    expect(analyze(text).self.jurisdiction).toMatchObject({ level: "province", province: "Hậu Giang" });
  });
});

// Drafting of plans32-009 (quận Tân Phú's plan carrying out "Kế hoạch số 84/KH-UBND … của Ủy ban
// nhân dân Thành phố", the city never named) and plans32-014 (a ward's notice under "Công văn số
// 137/UBND-YT … của Ủy ban nhân dân Quận 1"), fresh30d-019 (Quận 5's plan): a quận is in the
// centrally-run city its name belongs to (vocab/urban-districts.ts), the text naming it or not.
describe("a quận's city, which its text need not name", () => {
  it("places a quận's own document, and the city's documents it carries out, in the city", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nQUẬN TÂN PHÚ\n\nSố: 51/KH-UBND\n\nTân Phú, ngày 01 tháng 3 năm 2022\n\nKẾ HOẠCH\n\nTỔ CHỨC THỰC HIỆN CHỦ ĐỀ NĂM 2022\n\n" +
      "Thực hiện Kế hoạch số 84/KH-UBND ngày 11/01/2022 của Ủy ban nhân dân Thành phố tổ chức thực hiện chủ đề năm 2022.\n\n" +
      "Ủy ban nhân dân (UBND) quận Tân Phú xây dựng Kế hoạch thực hiện với những nội dung cụ thể, như sau:\n";
    const a = analyze(text);
    expect([a.self.id, a.self.jurisdiction.province]).toEqual(["51/KH-UBND@2022~ho-chi-minh/quan-tan-phu", "Hồ Chí Minh"]);
    expect(a.citations.filter((c) => c.role === "implements").map((c) => c.id)).toEqual(["84/KH-UBND@2022~ho-chi-minh"]);
  });

  it("places a quận's document a ward cites, and one a province elsewhere cites", () => {
    const ward =
      "Căn cứ Công văn số 137/UBND-YT ngày 28 tháng 04 năm 2023 của Ủy ban nhân dân Quận 1 về tăng cường phòng, chống dịch COVID-19;\n" +
      "Ủy ban nhân dân phường thông báo đến các ban ngành, đoàn thể thực hiện một số nội dung như sau:\n";
    expect(analyze(ward).citations.find((c) => c.number === "137")?.id).toBe("137/UBND-YT@2023~ho-chi-minh/quan-1");
    // A province's plan citing a quận's decision: the quận's city, not the citing province.
    const province =
      "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 12/KH-UBND\n\nNghệ An, ngày 5 tháng 3 năm 2021\n\nKẾ HOẠCH\n\n" +
      "Căn cứ Quyết định số 2458/QĐ-UBND ngày 28 tháng 8 năm 2009 của Chủ tịch Uỷ ban nhân dân quận 5;\n";
    expect(analyze(province).citations.find((c) => c.number === "2458")?.id).toBe("2458/QĐ-UBND@2009~ho-chi-minh/quan-5");
  });

  it("leaves a huyện's province unread where the text does not name it (district names repeat across provinces)", () => {
    const text = "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ\n\nSố: 7/KH-UBND\n\nTân Phú, ngày 5 tháng 3 năm 2021\n\nKẾ HOẠCH\n\nPHÒNG CHỐNG THIÊN TAI\n";
    expect(analyze(text).self.id).toBe("07/KH-UBND@2021~?/huyen-tan-phu");
  });
});
