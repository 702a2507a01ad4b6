import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { enactedKind } from "../../../src/analyze/self/own-kind.js";
import { cpuRatio } from "../../helpers/linear.js";
import { citedRoles } from "../../helpers/roles.js";

// A copy that lost its heading block (no kind line, no "Số:" line): its enacting formula tells what it is.
describe("the kind of a text printed without its heading, from its enacting formula", () => {
  const decision = (formula: string) =>
    [
      "VỀ VIỆC GIAO CHỈ TIÊU TUYỂN SINH CHO CÁC TRƯỜNG TRUNG CẤP",
      "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
      "Căn cứ Nghị định số 99/2019/NĐ-CP ngày 30 tháng 12 năm 2019 của Chính phủ;",
      "Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo,",
      formula,
      "Điều 1. Giao chỉ tiêu tuyển sinh năm học 2020 - 2021.",
    ].join("\n");

  it("a decision's \"QUYẾT ĐỊNH:\" makes it a decision", () => {
    expect(analyze(decision("QUYẾT ĐỊNH:")).self.kind).toBe("decision");
  });

  it("the formula's two words wrapped over two lines, as a narrow table cell copies them, still tell", () => {
    expect(analyze(decision("QUYẾT\nĐỊNH:")).self.kind).toBe("decision");
    expect(analyze(decision("** QUYẾT \r\n ĐỊNH **:")).self.kind).toBe("decision");
  });

  it("a council's \"QUYẾT NGHỊ:\" makes it a resolution, a word segmenter's \"Quyết nghị :\" too", () => {
    const council = (formula: string) =>
      ["HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG", "KHÓA XVI, KỲ HỌP THỨ 9", "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;", "Xét Tờ trình số 15/TTr-UBND ngày 2 tháng 3 năm 2019 của Ủy ban nhân dân tỉnh;", formula, "Điều 1. Thông qua dự toán."].join("\n");
    expect(analyze(council("QUYẾT NGHỊ:")).self.kind).toBe("resolution");
    expect(analyze(council("Quyết nghị :")).self.kind).toBe("resolution");
  });

  it("a kind line or an own number tells first", () => {
    expect(analyze(`KẾ HOẠCH\nTriển khai công tác dân vận năm 2020\n${decision("QUYẾT ĐỊNH:")}`).self.kind).toBe("plan");
    expect(analyze(`Số: 41/CT-UBND\n${decision("QUYẾT ĐỊNH:")}`).self.kind).toBe("directive");
  });

  it("the Government's \"NGHỊ ĐỊNH:\" makes it a decree, an older copy's \"NGHỊ ĐỊNH :\" too", () => {
    const decree = (formula: string) => ["CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;", "Theo đề nghị của Tổng Thanh tra Nhà nước,", formula, "Chương 1:", "NHỮNG QUY ĐỊNH CHUNG"].join("\n");
    expect(analyze(decree("NGHỊ ĐỊNH:")).self.kind).toBe("decree");
    expect(analyze(decree("NGHỊ ĐỊNH :")).self.kind).toBe("decree");
  });

  it("the formula tells over a letter's kind guessed from an older number with no type code ('Số: 15-CP')", () => {
    // Its own number stands without a kind word or a type code: a letter's, had the text no formula.
    const copy = (formula: string) => ["CHÍNH PHỦ |", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 15-CP |", "Hà Nội, ngày 02 tháng 3 năm 1993 |", "Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;", formula, "Điều 1. Bộ là cơ quan của Chính phủ."].join("\n");
    expect(analyze(copy("NGHỊ ĐỊNH :")).self).toMatchObject({ number: "15", symbol: "CP", kind: "decree" });
    expect(analyze(copy("Đề nghị các Bộ thực hiện.")).self).toMatchObject({ number: "15", kind: "official-letter" });
  });

  it("the words inside a sentence, or without the colon, are no formula", () => {
    expect(enactedKind("Hội nghị đã thống nhất quyết định: giao Sở Tài chính chủ trì.\n")).toBeNull();
    expect(enactedKind("Căn cứ kết quả họp,\nQUYẾT ĐỊNH\nĐiều 1. Giao nhiệm vụ.\n")).toBeNull();
    expect(enactedKind("Ban hành kèm theo Quyết định:\n")).toBeNull();
    expect(analyze(decision("Điều 0. Các nội dung sau:")).self.kind).toBeNull();
  });

  it("reads a long run of the formula's first word and line breaks in linear time", () => {
    const hostile = (n: number) => "\nQUYẾT \n \t".repeat(n) + "ĐỊNH";
    expect(cpuRatio(enactedKind, hostile(200_000), hostile(50_000), 3, 10)).toBeLessThan(10);
  });
});

// A listing's subject line is a title without its heading's kind word; its number field is the document's own.
describe("the kind and date of a listing's record, from its number and date fields", () => {
  it("the number's type code, not a kind word opening the subject line (Hậu Giang's 47/2016/QĐ-UBND, a 253/TB-VPCP)", () => {
    const decision = analyze("QUY ĐỊNH VỀ CHÍNH SÁCH KHUYẾN KHÍCH XÃ HỘI HÓA ĐỐI VỚI CÁC HOẠT ĐỘNG TRONG LĨNH VỰC GIÁO DỤC - ĐÀO TẠO, DẠY NGHỀ, Y TẾ TRÊN ĐỊA BÀN TỈNH HẬU GIANG", {
      known: { number: "47/2016/QĐ-UBND", date: "27/12/2016" },
    });
    expect([decision.self.kind, decision.self.title]).toEqual(["decision", "QUY ĐỊNH VỀ CHÍNH SÁCH KHUYẾN KHÍCH XÃ HỘI HÓA ĐỐI VỚI CÁC HOẠT ĐỘNG TRONG LĨNH VỰC GIÁO DỤC - ĐÀO TẠO, DẠY NGHỀ, Y TẾ TRÊN ĐỊA BÀN TỈNH HẬU GIANG"]);
    const notice = analyze("Kết luận cuộc họp Thường trực Chính phủ về phòng, chống dịch Covid - 19", { known: { number: "253/TB-VPCP", date: "25/7/2020" } });
    expect([notice.self.id, notice.self.kind]).toEqual(["253/TB-VPCP@2020", "notice"]);
  });

  it("the subject's kind where the number has no type code, or the Party numbers a regulation with QĐ", () => {
    expect(analyze("Kế hoạch tổ chức hội nghị sơ kết công tác dân vận", { known: { number: "1829/UBND-VX", date: "24/05/2019" } }).self.kind).toBe("plan");
    expect(analyze("Quy định về kiểm tra, giám sát và kỷ luật của Đảng", { known: { number: "22-QĐ/TW", date: "28/07/2021" } }).self.kind).toBe("regulation");
  });

  it("a date copied with its heading's \"ngày\" (\"ngày 03 tháng 09 năm 2019\", \"ngày 21 tháng 10 năm 2021\")", () => {
    const amending = analyze("VỀ VIỆC SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 4631/QĐ-UBND NGÀY 19 THÁNG 10 NĂM 2018", {
      known: { number: "3728/QĐ-UBND", date: "ngày 03 tháng 09 năm 2019" },
    });
    expect([amending.self.id, amending.self.date]).toEqual(["3728/QĐ-UBND@2019", "2019-09-03"]);
    expect(analyze("THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021", { known: { number: "594/KH-UBND", date: "Ngày 21 tháng 10 năm 2021" } }).self.date).toBe("2021-10-21");
  });

  it("a stop typed between the number and its slash (\"711./QĐ-BTC\", the customs portal; \"203./KH-UBND\", listing43 row 156): the number without it; a decimal part stays", () => {
    const decision = analyze("Quyết định về việc công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực Hải quan", { known: { number: "711./QĐ-BTC", date: "31/03/2026" } });
    expect([decision.self.id, decision.self.number, decision.self.symbol, decision.self.date]).toEqual(["711/QĐ-BTC@2026", "711", "QĐ-BTC", "2026-03-31"]);
    expect(analyze("tổ chức các hoạt động hưởng ứng tháng cao điểm", { known: { number: "203./KH-UBND" } }).self.number).toBe("203");
    expect(analyze("V/v Quy định về công bố, đăng ký sản phẩm thực phẩm", { known: { number: "66.13/2026/NQ-CP", date: "27/01/2026" } }).self.number).toBe("66.13");
  });

  it("a kind's initials glued to the number field (\"QĐ157/QĐ-BTC\", \"TT04/2009/TT-BTC\": the customs portal's Đồng Nai records, listing51; listing50b): read as with a space (\"QĐ 151/QĐ-BTC\", listing46)", () => {
    const corrects = analyze("Về việc đính chính Quyết định số 107/2007/QĐ-BTC ngày 25/12/2007", { known: { number: "QĐ157/QĐ-BTC", date: "23/01/2008" } });
    expect([corrects.self.id, corrects.self.kind]).toEqual(["157/QĐ-BTC@2008", "decision"]);
    expect(analyze("Quy định chi tiết", { known: { number: "NĐ24/2006/NĐ-CP", date: "06/03/2006" } }).self.id).toBe("24/2006/NĐ-CP");
    expect(analyze("Hướng dẫn việc nhập khẩu ô tô", { known: { number: "TTLT03/2006/TTLT-BTM-BGTVT-BTC-BCA", date: "31/03/2006" } }).self.kind).toBe("joint-circular");
    // The circular's kind decides how its subject line reads (CONVENTIONS §6): guides, as the same row
    // under the number "04/2009/TT-BTC" reads (listing51 rows 56 and 58, one circular's two records).
    const circular = analyze("V/v Hướng dẫn thực hiện hoàn thuế giá trị gia tăng theo Nghị quyết 30/2008/NQ-CP ngày 11/12/2008 của Chính phủ", {
      known: { number: "TT04/2009/TT-BTC", date: "13/01/2009" },
    });
    expect([circular.self.id, ...citedRoles(circular)]).toEqual(["04/2009/TT-BTC", "30 guides"]);
    // A number field opening with its digits is read as before.
    expect(analyze("Thông tư hướng dẫn", { known: { number: "07/2010/TT-BTC", date: "14/01/2010" } }).self.id).toBe("07/2010/TT-BTC");
  });

  it("the date field read alone where the number carries no date: a bare \"57\" (listing45 row 127), a ký hiệu going on past the citation (\"22/QĐ-TT HĐND\", listing45 row 9)", () => {
    expect(analyze("Công bố công khai việc giao dự toán thu, chi NSNN năm 2026", { known: { number: "57", date: "14/01/2026" } }).self.date).toBe("2026-01-14");
    const standing = analyze("Ban hành Danh mục Nghị quyết của Hội đồng nhân dân tỉnh quy định chi tiết văn bản quy phạm pháp luật", { known: { number: "22/QĐ-TT HĐND", date: "2026-08-04" } });
    expect([standing.self.id, standing.self.date]).toEqual(["22/QĐ-TT@2026", "2026-08-04"]);
    expect(analyze("Kế hoạch tổ chức hội nghị", { known: { number: "57", date: "ngày 03 tháng 09 năm 2019" } }).self.date).toBe("2019-09-03");
    // An ISO date-time a JSON store exported (listing50 rows 142-152; vanbanphapluat.co's API): its date as written.
    const decree = analyze("Về tổ hợp tác.", { known: { number: "294/2026/NĐ-CP", date: "2026-07-23T00:00:00+07:00" } });
    expect([decree.self.id, decree.self.date]).toEqual(["294/2026/NĐ-CP", "2026-07-23"]);
    expect(analyze("Phê duyệt Kế hoạch phát triển công nghiệp sinh học", { known: { number: "1466/QĐ-TTg", date: "2026-07-31T00:00:00+07:00" } }).self.id).toBe("1466/QĐ-TTg@2026");
    expect(analyze("Về kiểm soát thủ tục hành chính", { known: { number: "63/2010/NĐ-CP", date: "2010-06-08T00:00:00Z" } }).self.date).toBe("2010-06-08");
    expect(analyze("Kế hoạch tổ chức hội nghị", { known: { number: "57", date: "2026-07-24T00:00:00" } }).self.date).toBe("2026-07-24");
    // A date that cannot be is none.
    expect(analyze("Kế hoạch tổ chức hội nghị", { known: { number: "57", date: "31/02/2026" } }).self.date).toBeNull();
  });
});
