import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { DENSE_LIMIT, fill } from "../../bench/hostile.mjs";
import { cpuRatio } from "../helpers/linear.js";

/** The relations the document itself stands in, "type number/symbol", sorted. */
const acts = (text: string) => {
  const a = analyze(text);
  const byId = new Map(a.citations.map((c) => [c.id, c]));
  return [...new Set(a.relations.filter((r) => r.from === a.self.id).map((r) => `${r.type} ${byId.get(r.to)!.number}/${byId.get(r.to)!.symbol}`))].sort();
};

const decision = (title: string, body: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\nSố: 468/QĐ-UBND\nĐắk Nông, ngày 01 tháng 03 năm 2022\nQUYẾT ĐỊNH\n${title}\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\n${body}\n`;
const plan = (title: string, body: string) => `ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 199/KH-UBND\nSơn La, ngày 02 tháng 08 năm 2022\nKẾ HOẠCH\n${title}\n${body}\n`;
const DA06 =
  "Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;";

describe("analyze: a scheme the document carries out by name, approved by a decision of its Căn cứ", () => {
  it("carries out the decision as well as resting on it, where it issues the plan in its own words (fresh30c-001)", () => {
    const text = decision(
      "BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI",
      `${DA06}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025 trên địa bàn tỉnh Đắk Nông.`,
    );
    expect(acts(text)).toEqual(["based_on 06/QĐ-TTg", "implements 06/QĐ-TTg"]);
  });

  it("reads past the plan's year and 'vốn' between 'Kế hoạch' and the cue, in the title and in Điều 1 (fresh30t-002, full32b-011)", () => {
    const basis = "Căn cứ Quyết định số 1256/QĐ-UBND ngày 14/9/2021 của UBND tỉnh phê duyệt Chiến lược phát triển khoa học và công nghệ tỉnh Đắk Nông đến năm 2030;";
    const titled = decision("BAN HÀNH KẾ HOẠCH VỐN NĂM 2022 THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK NÔNG ĐẾN NĂM 2030", `${basis}\nQUYẾT ĐỊNH:\nĐiều 1. Phân bổ vốn.`);
    expect(acts(titled)).toEqual(["based_on 1256/QĐ-UBND", "implements 1256/QĐ-UBND"]);
    const issued = decision("BAN HÀNH KẾ HOẠCH KHOA HỌC", `${basis}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch năm\n2022 triển khai thực hiện Chiến lược phát triển khoa học và công nghệ tỉnh Đắk Nông đến năm 2030.`);
    expect(acts(issued)).toEqual(["based_on 1256/QĐ-UBND", "implements 1256/QĐ-UBND"]);
    // Another word there is no plan's qualifier: the cue is not the plan's own.
    expect(acts(decision("BAN HÀNH KẾ HOẠCH VÀ KINH PHÍ THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK NÔNG", `${basis}\nQUYẾT ĐỊNH:\nĐiều 1. Phân bổ vốn.`))).toEqual(["based_on 1256/QĐ-UBND"]);
  });

  it("reads past 'hành động' between 'Kế hoạch' and the cue: an action plan carrying out the programme by name (fresh62f-002, fresh50c-011, fresh62a-007)", () => {
    const basis =
      "Căn cứ Quyết định số 1999/QĐ-TTg ngày\n07/12/2020 của Thủ tướng Chính phủ về Phê duyệt Chương trình mở rộng tầm soát,\nchẩn đoán, điều trị một số bệnh, tật trước sinh và sơ sinh đến năm 2030, UBND tỉnh ban hành Kế hoạch, cụ thể như sau:";
    // The title, wrapped as the page prints it.
    const titled = plan("HÀNH\nĐỘNG THỰC HIỆN CHƯƠNG TRÌNH MỞ RỘNG TẦM SOÁT, CHẨN ĐOÁN, ĐIỀU TRỊ MỘT SỐ BỆNH,\nTẬT TRƯỚC SINH VÀ SƠ SINH ĐẾN NĂM 2030 CỦA TỈNH SƠN LA", basis);
    expect(acts(titled)).toEqual(["based_on 1999/QĐ-TTg", "implements 1999/QĐ-TTg"]);
    // The plan issued in the document's own words.
    const issued = decision("BAN HÀNH KẾ HOẠCH Y TẾ", `${basis.replace(/, UBND.*$/, ";")}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động thực hiện Chương trình mở rộng tầm soát, chẩn đoán, điều trị một số bệnh, tật trước sinh và sơ sinh trên địa bàn tỉnh.`);
    expect(acts(issued)).toEqual(["based_on 1999/QĐ-TTg", "implements 1999/QĐ-TTg"]);
    // An action plan of another programme carries out nothing the decision approved.
    expect(acts(plan("HÀNH ĐỘNG THỰC HIỆN CHƯƠNG TRÌNH SỨC KHỎE HỌC ĐƯỜNG GIAI ĐOẠN 2022 - 2025", basis))).toEqual(["based_on 1999/QĐ-TTg"]);
  });

  it("ends the name where the province follows it without 'trên địa bàn' (fresh50c-011, fresh31h-017)", () => {
    const basis = "Căn cứ Quyết định số 2351/QĐ-TTg ngày 24/12/2010\ncủa Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về bình đẳng giới giai đoạn\n2011-2020;";
    const text = decision(
      "VỀ\nVIỆC BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI\nTỈNH CÀ MAU TỪ NAY ĐẾN NĂM 2015",
      `${basis}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này “Kế hoạch thực hiện Chiến\nlược quốc gia về bình đẳng giới tỉnh Cà Mau từ nay đến năm 2015”.`,
    );
    expect(acts(text)).toEqual(["based_on 2351/QĐ-TTg", "implements 2351/QĐ-TTg"]);
    // Another scheme before the province is still another scheme.
    const other = decision("BAN HÀNH KẾ HOẠCH", `${basis}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chiến lược phát triển thanh niên tỉnh Cà Mau.`);
    expect(acts(other)).toEqual(["based_on 2351/QĐ-TTg"]);
  });

  it("ends the approving decision's name where its period opens with 'từ năm' (fresh63b-010; fresh30d-002, seg33e-007)", () => {
    const basis =
      "Căn cứ Quyết định số 4061/QĐ-BTP\nngày 14 tháng 10 năm 2001 của Bộ Tư pháp phê duyệt Đề án tuyên truyền, phổ biến\npháp luật về phòng, chống tham nhũng, Công ước của Liên hợp quốc về chống tham\nnhũng trong cán bộ, công chức, viên chức và nhân dân từ năm 2012 đến năm 2016;";
    const text = decision(
      "BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THAM NHŨNG",
      `${basis}\nQUYẾT ĐỊNH\nĐiều 1.\nBan hành kế hoạch triển khai thực hiện đề án “Tuyên\ntruyền, phổ biến pháp luật về phòng, chống tham nhũng, Công ước của Liên hợp quốc\nvề chống tham nhũng trong cán bộ, công chức, viên chức và nhân dân” trên địa\nbàn tỉnh Bà Rịa – Vũng Tàu từ năm 2012 đến năm 2016.`,
    );
    expect(acts(text)).toEqual(["based_on 4061/QĐ-BTP", "implements 4061/QĐ-BTP"]);
    // The period cut on both sides leaves what comes before it to compare: another scheme stays another.
    const other = decision("BAN HÀNH KẾ HOẠCH", `${basis}\nQUYẾT ĐỊNH\nĐiều 1. Ban hành kế hoạch triển khai thực hiện đề án “Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng trong học sinh” từ năm 2012 đến năm 2016.`);
    expect(acts(other)).toEqual(["based_on 4061/QĐ-BTP"]);
  });

  it("reads a set of criteria and a roadmap a decision issued, carried out by the same name (fresh59a-005, fresh60a-001)", () => {
    const criteria = decision(
      "VỀ VIỆC BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN BỘ TIÊU CHÍ GIÁM SÁT ĐÁNH GIÁ CƠ CẤU LẠI NGÀNH NÔNG NGHIỆP ĐẾN NĂM 2020",
      "Căn cứ Quyết định số 678/QĐ-TTg ngày 19/5/2017 của Thủ tướng Chính phủ ban hành Bộ Tiêu chí giám sát, đánh giá về cơ cấu lại ngành nông nghiệp đến năm 2020;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.",
    );
    expect(acts(criteria)).toEqual(["based_on 678/QĐ-TTg", "implements 678/QĐ-TTg"]);
    const roadmap = decision(
      "",
      "Căn cứ Quyết định số 53/QĐ-TTg ngày 22 tháng 11 năm 2012 của Thủ tướng Chính phủ về việc ban hành lộ trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống;\nCăn cứ Quyết định số 113/QĐ-BCT ngày 09 tháng 01 năm 2013 của Bộ Công Thương về việc ban hành Kế hoạch thực hiện lộ trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện lộ trình áp dụng tỷ lệ phối trộn nhiên liệu sinh học với nhiên liệu truyền thống trên địa bàn tỉnh An Giang.",
    );
    // The ministry's plan for the same roadmap issued a plan, not the roadmap: based on only.
    expect(acts(roadmap)).toEqual(["based_on 113/QĐ-BCT", "based_on 53/QĐ-TTg", "implements 53/QĐ-TTg"]);
  });

  it("reads the scheme in a plan's title, its name written with an abbreviation (fresh30c-007)", () => {
    const text = plan(
      "THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2022 TRÊN ĐỊA BÀN TỈNH SƠN LA",
      "Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ về phê duyệt Chương trình MTQG giảm nghèo bền vững giai đoạn 2021-2025.\nCăn cứ Kế hoạch số 147/KH-UBND ngày 31/5/2022 của UBND tỉnh về việc thực hiện Chương trình Mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 trên địa bàn tỉnh Sơn La.",
    );
    // 147/KH-UBND carries out the same programme: it approved nothing, it is a basis only.
    expect(acts(text)).toEqual(["based_on 147/KH-UBND", "based_on 90/QĐ-TTg", "implements 90/QĐ-TTg"]);
  });

  it("reads a scheme in quotation marks, adopted by a council's resolution (fresh30c-019)", () => {
    const text = plan(
      "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “XÂY DỰNG NẾP SỐNG VĂN MINH ĐÔ THỊ VÀ NÔNG THÔN-TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ GIAI ĐOẠN 2021-2025”",
      "Căn cứ Nghị quyết số 14/2020/NQ-HĐND ngày 13 tháng 11 năm 2020 của HĐND tỉnh về việc thông qua Đề án “Xây dựng nếp sống văn minh đô thị và nông thôn trên địa bàn tỉnh giai đoạn 2021-2025”:",
    );
    expect(acts(text)).toEqual(["based_on 14/NQ-HĐND", "implements 14/NQ-HĐND"]);
  });

  it("reads a quoted name a copy glued in one place and not the other as one name (Bình Định 715/QĐ-UBND, fresh65a-005)", () => {
    const basis = "Căn cứ Quyết địnhsố 1270/QĐ-TTg ngày 27/7/2011 của Thủ tướng Chính phủ về việc phê duyệt Đề án“Bảo tồn, phát triển văn hóa các dân tộc thiểu số Việt Nam đến năm 2020”;";
    const glued = decision("VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN “BẢO TỒN, PHÁTTRIỂN VĂN HÓA CÁC DÂN TỘC THIỂU SỐ VIỆT NAM ĐẾN NĂM 2020” TRÊN ĐỊA BÀN TỈNHBÌNH ĐỊNH", `${basis}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Đề án “Bảotồn, phát triển văn hóa các dân tộc thiểu số Việt Nam đến năm 2020” trên địabàn tỉnh Bình Định.`);
    expect(acts(glued)).toEqual(["based_on 1270/QĐ-TTg", "implements 1270/QĐ-TTg"]);
    // Another scheme's words, glued or not, are another name.
    const other = decision("VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN “BẢO TỒN, PHÁTTRIỂN LÀNG NGHỀ TRUYỀN THỐNG ĐẾN NĂM 2020”", `${basis}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.`);
    expect(acts(other)).toEqual(["based_on 1270/QĐ-TTg"]);
  });

  it("leaves a basis alone where the plan carries out another scheme, or none", () => {
    const other = plan("THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM NĂM 2024", DA06);
    expect(acts(other)).toEqual(["based_on 06/QĐ-TTg"]);
    const none = plan("CHUYỂN ĐỔI SỐ TỈNH NĂM 2023", DA06);
    expect(acts(none)).toEqual(["based_on 06/QĐ-TTg"]);
  });

  it("does not read a title that carries out nothing itself: money for carrying out a programme (dev-043, fresh29h-004)", () => {
    const text = `BỘ TÀI CHÍNH\nSố: 07/2010/TTLT-BTNMT-BTC\nHà Nội, ngày 15 tháng 3 năm 2010\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn quản lý, sử dụng kinh phí ngân sách nhà nước thực hiện Chương trình mục tiêu quốc gia ứng phó với biến đổi khí hậu giai đoạn 2009 - 2015\nCăn cứ Quyết định số 158/2008/QĐ-TTg ngày 02 tháng 12 năm 2008 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia ứng phó với biến đổi khí hậu;\n`;
    expect(acts(text)).not.toContain("implements 158/QĐ-TTg");
  });

  it("does not take a plan issued in a cited document's description for the document's own", () => {
    const text = plan(
      "KẾ HOẠCH CHUYỂN ĐỔI SỐ HUYỆN",
      `${DA06}\nCăn cứ Quyết định số 468/QĐ-UBND ngày 01/3/2022 của Chủ tịch UBND tỉnh\nban hành Kế hoạch thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025;`,
    );
    expect(acts(text)).not.toContain("implements 06/QĐ-TTg");
  });

  it("reads a part of the scheme carried out, named before it: 'THỰC HIỆN CÁC MÔ HÌNH TRIỂN KHAI, NHIỆM VỤ TẠI ĐỀ ÁN …' (fresh30c-002, -003)", () => {
    const models = plan("TRIỂN KHAI THỰC HIỆN CÁC MÔ HÌNH TẠI ĐỀ ÁN “PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ PHỤC VỤ CHUYỂN ĐỔI SỐ QUỐC GIA GIAI ĐOẠN 2022- 2025”", DA06);
    expect(acts(models)).toEqual(["based_on 06/QĐ-TTg", "implements 06/QĐ-TTg"]);
    const tasks = plan("THỰC HIỆN CÁC MÔ HÌNH TRIỂN KHAI, NHIỆM VỤ CỦA ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ PHỤC VỤ CHUYỂN ĐỔI SỐ QUỐC GIA", DA06);
    expect(acts(tasks)).toEqual(["based_on 06/QĐ-TTg", "implements 06/QĐ-TTg"]);
  });

  it("does not read a part that names no plural work before the scheme, or runs too long", () => {
    const one = plan("THỰC HIỆN MÔ HÌNH TẠI ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ", DA06);
    expect(acts(one)).toEqual(["based_on 06/QĐ-TTg"]);
    const long = plan("THỰC HIỆN CÁC NỘI DUNG VỀ BẢO ĐẢM AN NINH MẠNG VÀ AN TOÀN THÔNG TIN TẠI ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ", DA06);
    expect(acts(long)).toEqual(["based_on 06/QĐ-TTg"]);
  });
});

describe("analyze: a planning or a set of criteria the document carries out by name (session 60, fresh59a-007, -005)", () => {
  const BK = (title: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 56/KH-UBND\nBắc Kạn, ngày 29 tháng 01 năm 2024\nKẾ HOẠCH\n${title}\nCăn cứ Quyết định số 1288/QĐ-TTg ngày 03/11/2023 của Thủ tướng Chính phủ về phê duyệt Quy hoạch tỉnh Bắc Kạn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.\n`;

  it("carries out the decision that approved the province's planning its title names (fresh59a-007)", () => {
    expect(acts(BK("TRIỂN KHAI THỰC HIỆN QUY HOẠCH TỈNH BẮC KẠN THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050"))).toEqual(["based_on 1288/QĐ-TTg", "implements 1288/QĐ-TTg"]);
    // "UBND tỉnh ban hành Kế hoạch triển khai thực hiện Quy hoạch tỉnh …" in the plan's own words, under another title.
    const issued = BK("QUY HOẠCH TỈNH") + "UBND tỉnh ban hành Kế hoạch triển khai thực hiện Quy hoạch tỉnh Bắc Kạn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 với các nội dung chủ yếu sau:\n";
    expect(acts(issued)).toEqual(["based_on 1288/QĐ-TTg", "implements 1288/QĐ-TTg"]);
  });

  it("leaves the basis alone where another province's planning is carried out, or the planning is only named", () => {
    expect(acts(BK("TRIỂN KHAI THỰC HIỆN QUY HOẠCH TỈNH THÁI NGUYÊN THỜI KỲ 2021 - 2030"))).toEqual(["based_on 1288/QĐ-TTg"]);
    expect(acts(BK("CÔNG BỐ QUY HOẠCH TỈNH BẮC KẠN THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050"))).toEqual(["based_on 1288/QĐ-TTg"]);
  });

  it("carries out the decision that issued the criteria the title names (fresh59a-005); issuing criteria of its own carries out none (pairs59b-002)", () => {
    const qn = (title: string, basis: string) =>
      `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 1852/QĐ-UBND\nQuảng Ngãi, ngày 06 tháng 10 năm 2017\nQUYẾT ĐỊNH\n${title}\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n${basis}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này.\n`;
    const basis = "Căn cứ Quyết định số 678/QĐ-TTg ngày 19/5/2017 của Thủ tướng Chính phủ ban hành Bộ Tiêu chí giám sát, đánh giá về cơ cấu lại ngành nông nghiệp đến năm 2020;";
    const text = qn("VỀ VIỆC BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN BỘ TIÊU CHÍ GIÁM SÁT ĐÁNH GIÁ CƠ CẤU LẠI NGÀNH NÔNG NGHIỆP ĐẾN NĂM 2020 TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI", basis);
    expect(acts(text)).toEqual(["based_on 678/QĐ-TTg", "implements 678/QĐ-TTg"]);
    const own = qn(
      "BAN HÀNH BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI TỈNH ĐIỆN BIÊN GIAI ĐOẠN 2017-2020",
      "Căn cứ Quyết định số 1980/QĐ-TTg ngày 17 tháng 10 năm 2016 của Thủ tướng Chính phủ về việc ban hành Bộ tiêu chí Quốc gia về xã nông thôn mới giai đoạn 2016-2020;",
    );
    expect(acts(own)).toEqual(["based_on 1980/QĐ-TTg"]);
  });
});

describe("analyze: a planning the document adjusts by name, approved by a decision of its Căn cứ (session 31, pairs31)", () => {
  const APPROVED =
    "Căn cứ Quyết định số 499/QĐ-TTg ngày 21 tháng 3 năm 2013 của Thủ tướng Chính phủ về việc Phê duyệt Quy hoạch cấp nước Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2050;";
  const pm = (title: string, body: string) =>
    `THỦ TƯỚNG CHÍNH PHỦ\nSố: 554/QĐ-TTg\nHà Nội, ngày 06 tháng 4 năm 2021\nQUYẾT ĐỊNH\n${title}\nTHỦ TƯỚNG CHÍNH PHỦ\n${body}\n`;

  it("amends the decision as well as resting on it, where the title approves the adjustment (fresh30x-019)", () => {
    const text = pm("PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH CẤP NƯỚC THỦ ĐÔ HÀ NỘI ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2050.", `${APPROVED}\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt nội dung chủ yếu.`);
    expect(acts(text)).toEqual(["amends 499/QĐ-TTg", "based_on 499/QĐ-TTg"]);
  });

  it("reads the first article where the page lost its title (fresh30x-010)", () => {
    const text = decision(
      "",
      "Căn cứ Quyết định số 99/1999/QĐ-UB ngày 10/5/1999 của UBND tỉnh Bình Phước về việc phê duyệt Quy hoạch phát triển giao thông vận tải tỉnh Bình Phước giai đoạn 1997 -2020;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Điều chỉnh Quy hoạch phát triển giao thông vận tải tỉnh Bình Phước đến năm 2020 và định hướng phát triển đến năm 2030, với những nội dung chủ yếu sau:",
    );
    expect(acts(text)).toEqual(["amends 99/QĐ-UB", "based_on 99/QĐ-UB"]);
  });

  // The first article was read by a regex of its own, which wanted a space after "điều chỉnh" and missed "Điều chỉnh, bổ sung".
  it("reads the first article's words as the title's: 'Phê duyệt dự án: Điều chỉnh, bổ sung', not 'nhiệm vụ'", () => {
    const article = (words: string) => pm("", `${APPROVED}\nQUYẾT ĐỊNH:\nĐiều 1. ${words} Quy hoạch cấp nước Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2050.`);
    expect(acts(article("Phê duyệt dự án: Điều chỉnh, bổ sung"))).toEqual(["amends 499/QĐ-TTg", "based_on 499/QĐ-TTg"]);
    expect(acts(article("Phê duyệt nhiệm vụ điều chỉnh"))).toEqual(["based_on 499/QĐ-TTg"]);
  });

  it("does not amend where only the task of adjusting is approved, or another planning is adjusted", () => {
    const task = pm("PHÊ DUYỆT NHIỆM VỤ ĐIỀU CHỈNH QUY HOẠCH CẤP NƯỚC THỦ ĐÔ HÀ NỘI ĐẾN NĂM 2030", APPROVED);
    expect(acts(task)).toEqual(["based_on 499/QĐ-TTg"]);
    const other = pm("PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH THOÁT NƯỚC THỦ ĐÔ HÀ NỘI ĐẾN NĂM 2030", APPROVED);
    expect(acts(other)).toEqual(["based_on 499/QĐ-TTg"]);
  });
});

describe("analyze: a council adopts the adjustment of a planning a resolution adopted 'về' its name (session 60, full33-019)", () => {
  const hg = (article: string, basis: string) =>
    `HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 86/NQ-HĐND\nHà Giang, ngày 19 tháng 7 năm 2017\nNGHỊ QUYẾT\nVỀ QUY HOẠCH\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\n${basis}\nQUYẾT NGHỊ:\n${article}\n`;
  const GOV =
    "Căn cứ Nghị quyết số 20/NQ-CP\nngày 07 tháng 02 năm 2013 của Chính phủ về Quy hoạch sử dụng đất đến năm 2020\nvà Kế hoạch sử dụng đất 5 năm kỳ đầu (2011 - 2015) của tỉnh Hà Giang;";
  const ADJUST = "Điều 1. Thông qua điều chỉnh Quy hoạch sử dụng đất đến\nnăm 2020 và Kế hoạch sử dụng đất kỳ cuối (2016 - 2020) của tỉnh Hà Giang.";

  it("amends the resolution beside resting on it", () => {
    expect(acts(hg(ADJUST, GOV))).toEqual(["amends 20/NQ-CP", "based_on 20/NQ-CP"]);
  });

  it("reads 'về' as adopting for a resolution only, and 'Thông qua' before the adjusting words only", () => {
    const decided = GOV.replace("Nghị quyết số 20/NQ-CP", "Quyết định số 20/QĐ-TTg");
    expect(acts(hg(ADJUST, decided))).toEqual(["based_on 20/QĐ-TTg"]);
    expect(acts(hg("Điều 1. Thông qua Quy hoạch sử dụng đất đến năm 2020 của tỉnh Hà Giang.", GOV))).toEqual(["based_on 20/NQ-CP"]);
  });
});

describe("analyze: a scheme approved and then adjusted for a new period, both decisions in the Căn cứ (fresh64a-002, pairs65-001)", () => {
  const BOTH =
    "Căn cứ Quyết định số 1400/QĐ-TTg ngày 30/9/2008 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân giai đoạn 2008 – 2020”;\n" +
    "Căn cứ Quyết định số 2080/QĐ-TTg ngày 22/12/2017 của Thủ tướng Chính phủ về việc phê duyệt điều chỉnh, bổ sung Đề án dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân giai đoạn 2017 – 2025;";
  const ORIGINAL = BOTH.split("\n")[0];
  const ADJUSTED = BOTH.split("\n")[1];
  const issuing = (basis: string, period: string) => decision("BAN HÀNH KẾ HOẠCH NGOẠI NGỮ", `${basis}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch triển khai Đề án dạy và học ngoại ngữ trong hệ thống giáo dục quốc dân ${period}.`);

  it("carries out the decision whose period the plan names: the adjustment's (fails without the rule: the first approval's)", () => {
    expect(acts(issuing(BOTH, "giai đoạn 2017 – 2025"))).toEqual(["based_on 1400/QĐ-TTg", "based_on 2080/QĐ-TTg", "implements 2080/QĐ-TTg"]);
    // The title in quotes, another first year (fresh64a-002's title says 2018 - 2025): the period's end decides.
    const titled = plan("TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “DẠY VÀ HỌC NGOẠI NGỮ TRONG HỆ THỐNG GIÁO DỤC\nQUỐC DÂN GIAI ĐOẠN 2018 - 2025” TRÊN ĐỊA BÀN TỈNH SƠN LA", BOTH);
    expect(acts(titled)).toEqual(["based_on 1400/QĐ-TTg", "based_on 2080/QĐ-TTg", "implements 2080/QĐ-TTg"]);
  });

  it("carries out the first approval where the plan names its period", () => {
    expect(acts(issuing(BOTH, "giai đoạn 2008 – 2020"))).toEqual(["based_on 1400/QĐ-TTg", "based_on 2080/QĐ-TTg", "implements 1400/QĐ-TTg"]);
  });

  it("carries out both where the plan names no period, or one that agrees with neither", () => {
    const both = ["based_on 1400/QĐ-TTg", "based_on 2080/QĐ-TTg", "implements 1400/QĐ-TTg", "implements 2080/QĐ-TTg"];
    expect(acts(issuing(BOTH, "trên địa bàn tỉnh"))).toEqual(both);
    expect(acts(issuing(BOTH, "giai đoạn 2021 – 2030"))).toEqual(both);
  });

  it("carries out an adjusting decision cited alone, and the approval alone as before", () => {
    expect(acts(issuing(ADJUSTED, "giai đoạn 2017 – 2025"))).toEqual(["based_on 2080/QĐ-TTg", "implements 2080/QĐ-TTg"]);
    expect(acts(issuing(ORIGINAL, "giai đoạn 2017 – 2025"))).toEqual(["based_on 1400/QĐ-TTg", "implements 1400/QĐ-TTg"]);
  });

  it("does not carry out an adjustment of another scheme, nor read a planning's adjustment as its approval", () => {
    const other = ADJUSTED.replace("dạy và học ngoại ngữ", "phát triển giáo dục mầm non");
    expect(acts(issuing(other, "giai đoạn 2017 – 2025"))).toEqual(["based_on 2080/QĐ-TTg"]);
    const planning =
      "Căn cứ Quyết định số 10/QĐ-UBND ngày 25/8/2014 của UBND tỉnh về việc phê duyệt điều chỉnh Quy hoạch phát triển du lịch tỉnh Sơn La đến năm 2020;";
    const carried = decision("BAN HÀNH KẾ HOẠCH DU LỊCH", `${planning}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch thực hiện Quy hoạch phát triển du lịch tỉnh Sơn La đến năm 2020.`);
    expect(acts(carried)).toEqual(["based_on 10/QĐ-UBND"]);
  });
});

describe("analyze: a planning the document supplements by name (session 31, pairs31-007)", () => {
  const APPROVED =
    "Căn cứ Quyết định số 10/2014/QĐ-UBND ngày 25 tháng 8 năm 2014 của UBND tỉnh Phú Thọ về việc phê duyệt Quy hoạch thăm dò, khai thác, sử dụng khoáng sản trên địa bàn tỉnh Phú Thọ đến năm 2020, định hướng đến năm 2030;";
  const pt = (title: string, article: string) =>
    `UBND TỈNH PHÚ THỌ\nSố: 08/2017/QĐ-UBND\nPhú Thọ, ngày 10 tháng 4 năm 2017\nQUYẾT ĐỊNH\n${title}\nỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n${APPROVED}\nQUYẾT ĐỊNH\n${article}\n`;

  it("amends the approving decision: \"V/v bổ sung Quy hoạch …\", \"Điều 1. Bổ sung vào Quy hoạch …\"", () => {
    const both = pt("V/v bổ sung Quy hoạch thăm dò, khai thác, sử dụng khoáng sản trên địa bàn tỉnh Phú Thọ đến năm 2020", "Điều 1. Bổ sung vào Quy hoạch thăm dò, khai thác, sử dụng khoáng sản trên địa bàn tỉnh Phú Thọ đến năm 2020 các điểm mỏ sau:");
    expect(acts(both)).toEqual(["amends 10/QĐ-UBND", "based_on 10/QĐ-UBND"]);
    const article = pt("V/v quản lý khoáng sản", "Điều 1. Bổ sung vào Quy hoạch thăm dò, khai thác, sử dụng khoáng sản trên địa bàn tỉnh Phú Thọ đến năm 2020 các điểm mỏ sau:");
    expect(acts(article)).toEqual(["amends 10/QĐ-UBND", "based_on 10/QĐ-UBND"]);
  });

  it("does not amend where what is supplemented is no planning of the Căn cứ", () => {
    const other = pt("V/v bổ sung danh mục dự án", "Điều 1. Bổ sung 04 điểm mỏ vào danh mục.");
    expect(acts(other)).toEqual(["based_on 10/QĐ-UBND"]);
  });
});

/**
 * Each "ban hành Kế hoạch thực hiện Đề án X" of a plan that rests on a decision approving a scheme
 * is asked whether a citation stands before it in its clause. That question once found the clause's
 * sentence and last ";" afresh, and scanned every citation of the text, for each plan: one long
 * sentence of them, or plans between citations, cost the square of the text (session 32, hostile32).
 */
describe("analyze: many plans issued in the text's own words cost in proportion to the text", () => {
  const head = plan("THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN DU LỊCH", "Căn cứ Quyết định số 1/QĐ-UBND ngày 01/01/2020 của UBND tỉnh phê duyệt Đề án phát triển du lịch;");
  it("in one long sentence", () => {
    const make = (n: number) => head + fill("ban hành Kế hoạch thực hiện Đề án phát triển du lịch, ", n);
    expect(cpuRatio((t) => analyze(t), make(64_000), make(16_000), 3, DENSE_LIMIT)).toBeLessThan(DENSE_LIMIT);
  });

  it("each after a citation", () => {
    const make = (n: number) => head + fill("Quyết định số 5/QĐ-UBND. Ban hành Kế hoạch thực hiện Đề án phát triển du lịch. ", n);
    expect(cpuRatio((t) => analyze(t), make(240_000), make(60_000), 3, DENSE_LIMIT)).toBeLessThan(DENSE_LIMIT);
  });
});
