// The preamble's cue words (src/vocab/cues.ts), as real copies print them.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

const roles = (text: string) =>
  analyze(text).citations.filter((c) => c.form === "full" && c.role !== "self").map((c) => `${c.number} ${c.role}`);

describe("a proposal cue whose words lost their space", () => {
  it("'Theo đềnghị của … tại Văn bản số X' is the proposal the decision answers, as 'Theo đề nghị' is (Đồng Nai 36/2011/QĐ-UBND)", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 36/2011/QĐ-UBND\nĐồng Nai, ngày 07 tháng 6 năm 2011\nQUYẾT ĐỊNH\n" +
      "Căn cứ Nghịđịnh số 93/2009/NĐ-CP ngày 22 tháng 10 năm 2009 của Chính phủ;\n\n" +
      "Theo đềnghị của Giám đốc Sở Kế hoạch và Đầu tư tại Văn bản số 600/SKHĐT-TH ngày 21tháng 4 năm 2011,\n\nQUYẾT ĐỊNH:\n";
    expect(roles(text)).toEqual(["93 based_on", "600 proposed_by"]);
  });
});

describe("'Căn cứ' that lost its 'ứ ' and runs into the document's name", () => {
  it("'Căn cLuật … số 57/2014/QH13 …; Căn cứ …' is a basis, as 'Căn cứ Luật' is (QH 227/2025/QH15 as thuviennhadat copies it)", () => {
    const text =
      "QUỐC HỘI\nNghị quyết số: 227/2025/QH15\nHà Nội, ngày 27 tháng 6 năm 2025\nNGHỊ QUYẾT\nKỲ HỌP THỨ 9, QUỐC HỘI KHÓA XV\nQUỐC HỘI\n\n" +
      "Căn cLuật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14;\n\n" +
      "Căn cứ kết quả Kỳ họp thứ 9, Quốc hội khóa XV;\n\nQUYẾT NGHỊ:\n";
    expect(roles(text)).toEqual(["57 based_on", "65 based_on"]);
  });

  it("'Căn cNghị định số 78/2018/NĐ-CP' opening a preamble item is a basis (BXD 21/2019/TT-BXD as hoatieu copies it)", () => {
    const text =
      "BỘ XÂY DỰNG\nSố: 21/2019/TT-BXD\nHà Nội, ngày 31 tháng 12 năm 2019\nTHÔNG TƯ\nBAN HÀNH QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ NHÀ CHUNG CƯ\n\n" +
      "Căn cNghị định số 78/2018/NĐ-CP ngày 16/5/2018 của Chính phủ;\n\nTheo đề nghị của Vụ trưởng Vụ Khoa học công nghệ và môi trường;\n";
    expect(roles(text)).toEqual(["78 based_on"]);
  });

  it("'căn cước' is another word: a document after it is no basis", () => {
    const text =
      "KẾ HOẠCH\nỨng dụng dữ liệu dân cư\nCấp thẻ căn cước công dân theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ.\n";
    expect(roles(text)).not.toContain("06 based_on");
  });
});

describe("'quy định chỉ tiết', a scan's reading of 'quy định chi tiết'", () => {
  // NQ 106/NQ-CP (2021) as an OCR'd copy prints it (fresh36b-013): the decree's description details a
  // law, and the amending decree after "đã được sửa đổi, bổ sung tại" acts on the decree, not the law.
  const text =
    "CHÍNH PHỦ\nSố: 106/NQ-CP\nHà Nội, ngày 11 tháng 9 năm 2021\nNGHỊ QUYẾT\nVề chính sách thuế đối với hàng hóa nhập khẩu\n\nCHÍNH PHỦ\n\n" +
    "Căn cứ Nghị định số 134/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của\nChính phủ quy định chỉ tiết một số điều và biện pháp thi hành Luật Thuế xuất\n" +
    "khẩu, thuế nhập khẩu đã được sửa đổi, bổ sung tại Nghị định số 18/2021/NĐ-CP\nngày 11 tháng 3 năm 2021 của Chính phủ;\n\n" +
    "Theo đề nghị của Bộ trưởng Bộ Tài chính;\n\nQUYẾT NGHỊ:\n";

  it("the amending decree is a basis, as it is after 'quy định chi tiết'", () => {
    expect(roles(text)).toEqual(["134 based_on", "18 based_on"]);
    expect(roles(text.replace("chỉ tiết", "chi tiết"))).toEqual(["134 based_on", "18 based_on"]);
  });

  it("the amendment is the decree's: 18/2021 amends 134/2016", () => {
    const a = analyze(text);
    const id = (n: string) => a.citations.find((c) => c.number === n)!.id;
    expect(a.relations.some((r) => r.type === "amends" && r.from === id("18") && r.to === id("134"))).toBe(true);
  });
});

describe("'quy định một số điều của X', a circular's or a decree's title without 'chi tiết'", () => {
  // Thông tư 91/2026/TT-BTC as the customs portal lists it twice (listing48 rows 92 and 98): it sets provisions
  // for articles of the law and of the decree detailing it; Nghị định 35/2003/NĐ-CP as dev-020's Căn cứ describes it.
  const circular =
    "BỘ TÀI CHÍNH\nSố: 91/2026/TT-BTC\nHà Nội, ngày 30 tháng 6 năm 2026\nTHÔNG TƯ\n" +
    "Quy định một số điều của Luật Quản lý thuế và Nghị định số 254/2026/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, " +
    "hướng dẫn thi hành Luật Quản lý thuế số 108/2025/QH15 về hóa đơn điện tử, chứng từ điện tử\n\n";

  it("the circular guides the decree and the law whose articles it sets", () => {
    expect(roles(circular)).toContain("254 guides");
    // The law named first by its name is the one numbered in the decree's description.
    const a = analyze(circular);
    const own = a.relations.filter((r) => r.from === a.self.id && r.type === "guides").map((r) => String(r.to));
    expect(own).toEqual(expect.arrayContaining([expect.stringMatching(/^254\/2026\/NĐ-CP/), expect.stringMatching(/^108\/2025\/QH15/)]));
  });

  it("a decree so described in a Căn cứ guides the law it names, and stays the basis", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 20/2009/QĐ-UBND\nBình Dương, ngày 10 tháng 3 năm 2009\nQUYẾT ĐỊNH\n" +
      "Căn cứ Luật Phòng cháy và chữa cháy ngày 29/6/2001 và Nghị định số 35/2003/NĐ-CP ngày 04/4/2003 của Chính phủ quy định một số điều của " +
      "Luật Phòng cháy và chữa cháy;\n\nQUYẾT ĐỊNH:\n";
    const a = analyze(text);
    expect(roles(text)).toEqual(["35 based_on"]);
    const decree = a.citations.find((c) => c.number === "35")!.id;
    expect(a.relations.some((r) => r.type === "guides" && r.from === decree && String(r.to).startsWith("law:phong-chay"))).toBe(true);
  });
});

describe("'quy định (một số) biện pháp thi hành X', a circular's title without 'chi tiết'", () => {
  // Thông tư 02/2026/TT-BCT as the customs portal lists it (listing45 row 114); Thông tư 01/2024/TT-BNV's
  // title; Thông tư 17/2017/TT-BTTTT as fresh30a-001's Căn cứ describes it.
  const circular =
    "BỘ CÔNG THƯƠNG\nSố: 02/2026/TT-BCT\nHà Nội, ngày 17 tháng 01 năm 2026\nTHÔNG TƯ\n" +
    "Quy định một số biện pháp thi hành Luật Hóa chất và Nghị định số 25/2026/NĐ-CP của Chính phủ quy định chi tiết\n\n";

  it("the circular guides the decree whose measures it sets", () => {
    expect(roles(circular)).toEqual(["25 guides"]);
    expect(roles(circular.replace("một số biện pháp", "biện pháp"))).toEqual(["25 guides"]);
  });

  it("a circular so described in a Căn cứ guides the decision it names: 17/2017 guides 45/2016", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 1418/QĐ-UBND\nAn Giang, ngày 20 tháng 6 năm 2019\nQUYẾT ĐỊNH\n" +
      "Căn cứ Thông tư số 17/2017/TT-BTTTT ngày 23/6/2017 của Bộ trưởng Bộ Thông tin và Truyền thông quy định một số nội dung và biện pháp thi hành " +
      "Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ;\n\nQUYẾT ĐỊNH:\n";
    const a = analyze(text);
    const id = (n: string) => a.citations.find((c) => c.number === n)!.id;
    expect(roles(text)).toEqual(["17 based_on", "45 references"]);
    expect(a.relations.some((r) => r.type === "guides" && r.from === id("17") && r.to === id("45"))).toBe(true);
  });

  it("'biện pháp thi hành' without 'quy định' before it stays no cue: a plan's tasks carry a law out", () => {
    const plan =
      "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n" +
      "Xác định các nhiệm vụ, biện pháp thi hành Nghị định số 25/2026/NĐ-CP của Chính phủ\n\n";
    expect(roles(plan)).not.toContain("25 guides");
  });
});

// A scan's OCR changes a mark of "Căn cứ" as it does of the kind words (session 54, fresh54f: the joint circular
// 87/2016/TTLT-BTC-BTNMT's OCR text, fixtures/fresh/fresh54f-006; "Cân cứ" also in full33b-006 and full33b-011).
describe("BASIS_HEAD_WORDS: the basis word with a mark a scan changed", () => {
  const HEAD = "BỘ TÀI CHÍNH\nSố: 87/2016/TTLT-BTC-BTNMT\nHà Nội, ngày 22 tháng 6 năm 2016\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn việc thẩm định dự thảo bảng giá đất\n";
  it("\"Căn củ Nghị định sổ 21/2013/NĐ-CP\" and \"Cân cứ Nghị định số 44/2014/NĐ-CP\" head bases", () => {
    const a = analyze(HEAD + "Căn củ Nghị định sổ 21/2013/NĐ-CP ngày 04 tháng 3 năm 2013 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài nguyên và Môi trường; Cân cứ Nghị định số 44/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về giá đất; Bộ trưởng Bộ Tài chính, Bộ trưởng Bộ Tài nguyên và Môi trường ban hành Thông tư liên tịch.");
    expect(a.citations.filter((c) => c.role !== "self").map((c) => `${c.number} ${c.role}`)).toEqual(["21 based_on", "44 based_on"]);
  });
  // Session 54 (misses54b): the breve of "ă" dropped and "ứ" read as "t"/"tr": Bộ Thương mại's circular 04/2007/TT-BTM
  // (fixtures/fresh/fresh54b-001) and Cục Thuế Hải Phòng's answer of 2018 (fixtures/fresh/pairs44-002).
  it("\"Can ctr Nghi dinh số 29/2004/NĐ-CP\" heads a circular's basis, as \"Căn cứ\" does", () => {
    const text =
      "BỘ THƯƠNG MẠI\nSố: 04/2007/TT-BTM\nHà Nội, ngày 04 tháng 4 năm 2007\nTHÔNG TƯ\nHướng dẫn hoạt động xuất khẩu, nhập khẩu\n\n" +
      "Can ctr Nghi dinh số 29/2004/NĐ-CP ngày 16 tháng 01 năm 2004 của Chính phủ về chức năng, nhiệm vụ của Bộ Thương mại;\n\n" +
      "Căn cứ Nghị định số 12/2006/NĐ-CP ngày 23/01/2006 của Chính phủ;\n\nBộ Thương mại hướng dẫn như sau:\n";
    expect(roles(text)).toEqual(["29 based_on", "12 based_on"]);
  });
  it("\"Can ct Didu 4 Thông tư số 96/2015/TT-BTC\" and \"Can cứ Nghị định …\" head a letter's bases", () => {
    const text =
      "CỤC THUẾ TP HẢI PHÒNG\nSố: 4060/CT-TT&HT\nHải Phòng, ngày 12 tháng 10 năm 2018\nV/v giải đáp chính sách thuế\n" +
      "Kính gửi: Công ty A\n\nCan cứ Nghị định số 218/2013/NĐ-CP ngày 26/12/2013 của Chính phủ;\n\n" +
      "Can ct Didu 4 Thông tư số 96/2015/TT-BTC ngày 22/6/2015 của Bộ Tài chính,\n\n" +
      "Từ các căn cứ nêu trên, những vướng mắc của Công ty được thực hiện như sau:\n";
    expect(roles(text)).toEqual(["218 based_on", "96 based_on"]);
  });
  // Session 60 (fresh60e): a copy that lost every diacritic prints "Can cu": UBND Lào Cai's 3628/QĐ-UBND of 2026
  // (fixtures/fresh/fresh60e-007, an OCR text) and a Cục Thuế's answer of 2021 (fresh54e-008, a VNI-font PDF).
  it("\"Can cu Nghi dinh so 150/2025/ND-CP …; Can cu Thong tu so 37/2025/TT-BCT …\" head a decision's bases", () => {
    const text =
      "  UY BAN NHAN DAN                           CONG HOA XA HOI CHU NGHIA VIET NAM\n    TINH LAO CAI\n\n   So: 3628 /QD-UBND" +
      "                          Lao Cai, ngay 02 thang 10 nam 2026\n\n                                   QUYET DINH\n" +
      "               Ban hanh Quy dinh chuc nang, nhiem vu, quyen han cua So Cong Thuong tinh Lao Cai\n\n" +
      "       Can cu Nghi dinh so 150/2025/ND-CP ngay 12/6/2025 cua Chinh phu quy dinh to chuc cac co quan chuyen mon;\n" +
      "       Can cu Thong tu so 37/2025/TT-BCT ngay 14/6/2025 cua Bo truong Bo Cong Thuong;\n" +
      "                                            QUYET DINH:\n      Dieu 1. Ban hanh kem theo Quyet dinh nay Quy dinh.\n";
    expect(roles(text)).toEqual(["150 based_on", "37 based_on"]);
  });
});

// Session 55 (misses55): a PDF text layer that drops the letters outside Latin-1 ("ự", "ệ", "ị", "ế", "ố", …): Sở
// VHTTDL Phú Thọ's guidance 02/HD-SVHTTDL (fixtures/fresh/fresh29d-010); Sở Tài chính Bắc Ninh's 514/HD-STC
// (fixtures/fresh/fresh38b-005) prints "thc hin" too.
describe("'Thc hin', 'Thực hiện' as such a copy prints it", () => {
  it("\"Thc hin Ngh quyt s 179/2009/NQ-HND …; … Thc hin Ngh quyt s 33-NQ/TW …; Chng trnh hnh ng s 49-CT/TU …\" carry the documents out", () => {
    const text =
      "S VN HO TH THAO V DU LCH\nS: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 nm 2017\nHNG DN\nV vic t chc Chng trnh V min l hi\n\n" +
      "Thc hin Ngh quyt s 179/2009/NQ-HND ngy 20/4/2009 ca Hi ng nhn dn tnh v Quy hoch pht trin vn ha tnh Ph Th n nm 2020.\n" +
      "Thc hin Ngh quyt s 33-NQ/TW ngy 09/6/2014 ca Ban chp hnh Trung ng ng Kha XI v xy dng v pht trin nn vn ha; Chng trnh hnh\n" +
      "ng s 49-CT/TU ngy 19/8/2014 ca Tnh y Ph Th.\n";
    expect(roles(text)).toEqual(["179 implements", "33 implements", "49 implements"]);
  });
});

describe("'bổ sung <part> cho X': the part added goes into X, which it amends", () => {
  it("a subject line adding an appendix, named at length, 'cho QĐ số X' (Bộ Thương mại's 32/2006/QĐ-BTM, listing56 row 125)", () => {
    const row =
      "BỘ THƯƠNG MẠI\nSố: 32/2006/QĐ-BTM\nHà Nội, ngày 04 tháng 10 năm 2006\nQUYẾT ĐỊNH\n" +
      "Về việc bổ sung phụ lục 9 về quy tắc xuất xứ đối với các sản phẩm sắt và thép thuộc Chương 72 cho QĐ số 1420/2004/QĐ-BTM về việc ban hành Quy chế cấp giấy chứng nhận xuất xứ hàng hóa của Việt Nam\n";
    expect(roles(row)).toEqual(["1420 amends"]);
  });

  it("'Quyết định này bổ sung cho Quyết định số X' (seg33b-018) amends X, as before", () => {
    expect(roles("Điều 2 . Quyết định này bổ sung cho Quyết định số 33/2007/QĐ-BCN ngày 26 tháng 7 năm 2007 .\n")).toEqual(["33 amends"]);
  });
});

describe("'Các nội dung khác giữ nguyên theo X': the rest of the document the text changed (CONVENTIONS.md §15)", () => {
  it("after 'Điều 1. Điều chỉnh, bổ sung thành viên …', 'Điều 2. Các nội dung khác giữ nguyên theo Quyết định số X' amends X (fresh57f-007)", () => {
    const text =
      "QUYẾT ĐỊNH\nVề việc điều chỉnh, bổ sung thành viên Hội đồng thẩm định Quy hoạch các khu công nghiệp\n" +
      "QUYẾT ĐỊNH:\nĐiều 1. Điều chỉnh, bổ sung thành viên Hội đồng thẩm định Quy hoạch các khu công nghiệp, cụ thể như sau:\n" +
      "        Điều 2. Các nội dung khác giữ nguyên theo Quyết định số 7/QĐ-BQLCKCN\n ngày 15/01/2026 của Trưởng Ban quản lý các Khu công nghiệp tỉnh Lào Cai.\n";
    expect(roles(text)).toEqual(["07 amends"]);
  });

  it("'Các nội dung khác không đề cập vẫn giữ nguyên như Quyết định số X … và Quyết định số Y' amends both (seg33-014)", () => {
    const text =
      "Điều 3 . Quyết định này có hiệu lực thi hành kể từ ngày ký . \nCác nội dung khác không đề cập vẫn giữ nguyên như Quyết định số 08/2009/QĐ-UBND ngày 22 tháng 01 năm 2009 " +
      "và Quyết định số 54/2009/QĐ-UBND ngày 21 tháng 7 năm 2009 của Uỷ ban nhân dân thành phố về việc điều chỉnh chương trình mục tiêu quốc gia trên địa bàn thành phố năm 2009 . \n";
    expect(roles(text)).toEqual(["08 amends", "54 amends"]);
  });

  it("'Ngoài các nội dung được sửa đổi, bổ sung tại Quyết định này, các nội dung còn lại được giữ nguyên theo quy định tại X và Y' amends both (full32-007)", () => {
    const text =
      "QUYẾT ĐỊNH\nĐiều 3.\nQuyết định này có hiệu lực kể từ ngày ký, ban hành.\n" +
      "Ngoài các nội dung được sửa đổi, bổ sung tại Quyết định này, các nội dung còn lại được giữ nguyên theo quy định tại Quyết định số 4750/QĐ-BYT và Quyết định số 130/QĐ-BYT.\n";
    expect(roles(text)).toEqual(["4750 amends", "130 amends"]);
  });

  it("'giữ nguyên' said of a thing, not of the rest of a document, changes no document", () => {
    const text =
      "QUYẾT ĐỊNH:\nĐiều 1. Điều chỉnh kế hoạch vốn năm 2024 như sau:\nc) Giữ nguyên kế hoạch vốn của 34 dự án theo Quyết định số 120/QĐ-UBND ngày 10/01/2024 của UBND tỉnh.\n";
    expect(roles(text)).not.toContain("120 amends");
  });
});

describe("an act list's item opening with 'Các' before its parts (PINPOINT_LEADS)", () => {
  const head =
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 49/2026/QĐ-UBND\nLào Cai, ngày 30 tháng 6 năm 2026\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI\n" +
    "Điều 2. Hiệu lực thi hành\n2. Quyết định này bãi bỏ các Quyết định sau:\n" +
    "a) Quyết định số 15/2024/QĐ-UBND ngày 20 tháng 9 năm 2024 của Ủy ban nhân dân tỉnh Yên Bái;\n";
  const tail = "k) Quyết định số 22/2025/QĐ-UBND ngày 11 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh Lào Cai.\n";

  it("'i) Các khoản 1, 8, 10, 11 và 12 Điều 3 Quyết định số X' is repealed, and the item after it (Lào Cai's 49/2026/QĐ-UBND, fresh57f-013)", () => {
    const text = head + "i) Các khoản 1, 8, 10, 11 và 12 Điều 3 Quyết định số 59/2025/QĐ-UBND ngày 27 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Lào Cai;\n" + tail;
    expect(roles(text)).toEqual(["15 repeals", "59 repeals", "22 repeals"]);
  });

  it("'Các khoản 1 Điều 3 Quyết định số X' as 'Khoản 1 Điều 3 Quyết định số X' is", () => {
    const text = head + "i) Các khoản 1 Điều 3 Quyết định số 59/2025/QĐ-UBND ngày 27 tháng 6 năm 2025;\n" + tail;
    expect(roles(text)).toEqual(["15 repeals", "59 repeals", "22 repeals"]);
  });

  it("a list with no act ('… tiếp tục có hiệu lực thi hành: … i) Các Điều 7, 8, 9, 10 và 13 Thông tư số X', fresh46h-009) relates its items to nothing", () => {
    const text =
      "THÔNG TƯ\nĐiều 2. Điều khoản chuyển tiếp\n1. Trong thời gian ngưng hiệu lực, các văn bản quy phạm pháp luật và các quy định sau đây tiếp tục có hiệu lực thi hành:\n" +
      "a) Thông tư số 01/2015/TT-BKHĐT ngày 14 tháng 02 năm 2015 của Bộ trưởng Bộ Kế hoạch và Đầu tư.\n" +
      "i) Các Điều 7, 8, 9, 10 và 13 Thông tư số 06/2020/TT-BKHĐT ngày 18 tháng 9 năm 2020 của Bộ trưởng Bộ Kế hoạch và Đầu tư.\n";
    expect(roles(text)).toEqual(["01 references", "06 references"]);
  });
});
