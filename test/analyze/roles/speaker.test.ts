import { describe, expect, it } from "vitest";
import { rolesByNumber as rolesOf } from "../../helpers/roles.js";
import { analyze } from "../../../src/index.js";

// A page with no heading of its own whose first lines name a meeting by what it is held for: the cue is the
// meeting's name, the page tells of it (session 45, pairs45: fixtures/fresh/pairs45-006, a news site's
// headline, an essay).
describe("a meeting named by what it is held for, on a page with no heading of its own", () => {
  it("\"… tại Hội nghị toàn quốc quán triệt và triển khai thực hiện 04 Nghị quyết …, gồm: Nghị quyết số 59-NQ/TW …\" (a news teaser)", () => {
    const text =
      "Là yêu cầu của Tổng Bí thư Tô Lâm tại Hội nghị toàn quốc quán triệt và triển khai thực hiện 04 Nghị quyết của Bộ Chính trị, gồm: Nghị quyết số 59-NQ/TW về hội nhập quốc tế trong tình hình mới, Nghị quyết số 70-NQ/TW về bảo đảm an ninh năng lượng quốc gia diễn ra vào sáng 16/9.";
    expect(rolesOf(text)).toEqual({ "59": "references", "70": "references" });
  });

  it("a headline, and an essay's \"Hội nghị toàn quốc quán triệt, triển khai …\"", () => {
    expect(
      rolesOf("Phát biểu của Tổng Bí thư Tô Lâm tại Hội nghị toàn quốc quán triệt và triển khai thực hiện Nghị quyết số 79-NQ/TW, Nghị quyết số 80-NQ/TW của Bộ Chính trị"),
    ).toEqual({ "79": "references", "80": "references" });
    expect(
      rolesOf(
        "Trong bài phát biểu tại Hội nghị toàn quốc quán triệt, triển khai tổng kết việc thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Tổng Bí thư nhấn mạnh yêu cầu tinh gọn bộ máy.",
      ),
    ).toEqual({ "18": "references" });
  });

  it("a plan that organises the meeting, and a page's own \"Triển khai thực hiện X\", keep implements", () => {
    expect(
      rolesOf("KẾ HOẠCH\nTổ chức Hội nghị quán triệt, triển khai thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương"),
    ).toEqual({ "18": "implements" });
    expect(rolesOf("Triển khai thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương")).toEqual({ "18": "implements" });
  });
});

// A letter's clause headed by the word of another kind of document, left unnumbered, then a cue: the cue is said of
// that document, not of the letter (session 54, fresh54f: Văn phòng Chính phủ's 98/VPCP-NN, fixtures/fresh/fresh54f-009,
// "… đối với việc ban hành 02 Thông tư …, gồm: Thông tư quy định chi tiết thi hành một số điều của Luật Bảo vệ môi
// trường, …"). src/analyze/roles/speaker.ts namesAnotherAtHead, vocab OTHER_DOCUMENT_HEAD_KINDS.
describe("a body's clause headed by another kind's word: the unnumbered document the cue is said of", () => {
  const LETTER = "VĂN PHÒNG CHÍNH PHỦ\nSố: 98/VPCP-NN\nV/v áp dụng trình tự, thủ tục rút gọn\nKính gửi: Bộ Tài nguyên và Môi trường\n";
  it("a letter's \"gồm: Thông tư quy định chi tiết … Luật X\" does not guide the law", () => {
    const a = analyze(LETTER + "Đồng ý cho phép áp dụng trình tự, thủ tục rút gọn đối với việc ban hành 02 Thông tư, gồm: Thông tư quy định chi tiết thi hành một số điều của Luật Bảo vệ môi trường, Thông tư hướng dẫn Luật Tài nguyên nước.");
    expect(a.citations.filter((c) => c.kind === "law").map((c) => c.role)).toEqual(["references", "references"]);
  });
  it("… nor a numbered decree (\"gồm: Thông tư hướng dẫn Nghị định số X\"; a joint circular's word too)", () => {
    expect(rolesOf(LETTER + "Đồng ý ban hành 02 văn bản, gồm: Thông tư hướng dẫn Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ; Thông tư liên tịch hướng dẫn thi hành Nghị định số 45/2022/NĐ-CP."))
      .toEqual({ "98": "self", "08": "references", "45": "references" });
  });
  it("a circular's own title and a joint circular calling itself \"Thông tư\" keep guides", () => {
    expect(rolesOf("BỘ TÀI CHÍNH\nSố: 12/2023/TT-BTC\nTHÔNG TƯ\nHướng dẫn Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ")).toEqual({ "12": "self", "08": "guides" });
    expect(rolesOf("BỘ TÀI CHÍNH - BỘ NỘI VỤ\nSố: 12/2023/TTLT-BTC-BNV\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn thi hành Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ\nCăn cứ Nghị định số 08/2022/NĐ-CP;\nĐiều 1. Thông tư hướng dẫn thi hành Nghị định số 08/2022/NĐ-CP.")).toEqual({ "12": "self", "08": "guides" });
  });
});

// An issuing article that names the attached text at length, then what it is for: "Điều 1: Ban hành kèm theo quyết
// định này Kế hoạch thực hiện nâng cao hiệu lực, … của Ủy ban Dân tộc để thực hiện Chỉ thị số 28/CT-TTg …" (Ủy ban Dân
// tộc 456/QĐ-UBDT, fixtures/fresh/fresh61a-001), "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động tăng
// cường công tác quản lý, bảo vệ và phát triển rừng trên địa bàn tỉnh nhằm thực hiện Chỉ thị số 13-CT/TW …" (Quảng
// Nam, fresh30m-024). The purpose is the decision's own past the sixteen words a subject may take (session 61,
// fresh61a): src/analyze/roles/speaker.ts issuedForPurpose, head-cue.ts (a cue inside the text's name first).
describe("an issuing article's long text name, then \"để / nhằm thực hiện X\"", () => {
  const HEAD = "ỦY BAN DÂN TỘC\nSố: 456/QĐ-UBDT\nHà Nội, ngày 07 tháng 11 năm 2014\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH NÂNG CAO HIỆU LỰC\nBỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC\nCăn cứ Nghị định số 84/2012/NĐ-CP ngày 12/10/2012 của Chính phủ;\nXét đề nghị của Vụ trưởng Vụ Tổng hợp,\nQUYẾT ĐỊNH:\n";
  const TAIL = "\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n";
  it("\"… Kế hoạch … của Ủy ban Dân tộc để thực hiện Chỉ thị số 28/CT-TTg … và Thông báo số 286/TB-VPCP\" implements both", () => {
    expect(rolesOf(HEAD + "Điều 1: Ban hành kèm theo quyết định này Kế hoạch thực\nhiện nâng cao hiệu lực, hiệu quả quản lý nhà nước về công tác dân tộc của Ủy\nban Dân tộc để thực hiện Chỉ thị số 28/CT-TTg, ngày 10/9/2014 của Thủ tướng Chính phủ và Thông báo số 286/TB-VPCP, ngày 24/7/2014 của Văn phòng Chính phủ." + TAIL))
      .toEqual({ "456": "self", "84": "based_on", "28": "implements", "286": "implements" });
  });
  it("\"Chương trình hành động … trên địa bàn tỉnh nhằm thực hiện Chỉ thị số 13-CT/TW\" (no cue inside the name)", () => {
    expect(rolesOf(HEAD + "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động tăng cường công tác quản lý, bảo vệ và phát triển rừng trên địa bàn tỉnh nhằm thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư." + TAIL))
      .toEqual({ "456": "self", "84": "based_on", "13": "implements" });
  });
  it("without the purpose word, or with a stop in the name, the cue stays another's", () => {
    expect(rolesOf(HEAD + "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch nâng cao hiệu lực quản lý nhà nước về công tác dân tộc của Ủy ban Dân tộc thực hiện Chỉ thị số 28/CT-TTg ngày 10/9/2014." + TAIL)["28"])
      .toBe("references");
    expect(rolesOf(HEAD + "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch nâng cao hiệu lực. Các Vụ, đơn vị thuộc Ủy ban Dân tộc, Ban Dân tộc các tỉnh phối hợp để thực hiện Chỉ thị số 28/CT-TTg ngày 10/9/2014." + TAIL)["28"])
      .toBe("references");
  });
});

// A letter's closing that sums up its own guidance, "Trên đây là (một số ý kiến) hướng dẫn …" (session 63, misses63d:
// Bộ Công Thương 3109/BCT-KHCN, fixtures/fresh/fresh63c-007; Tổng cục Thuế's letter on 954/2020/UBTVQH14,
// fresh45c-001). src/analyze/roles/speaker.ts SUMMING_UP, vocab SUMMING_UP_OPENERS.
describe("a letter's closing \"Trên đây là … hướng dẫn …\"", () => {
  it("guides the decree its guidance is under, across wrapped lines and after a scan's stray mark", () => {
    const text =
      "Kính gửi: Sở Công Thương các tỉnh/thành phố\n\nĐối với 01 siêu thị vừa sản xuất vừa kinh doanh thực phẩm, cơ quan quản lý nhà\nnước chỉ cấp 01 Giấy chứng nhận cho cả\nhai hoạt động (sản xuất và kinh doanh). l\n\n" +
      "Trên đây là một số ý kiến hướng dẫn thực hiện công tác quản lý an toàn thực\nphẩm theo quy định tại Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của\nChính phủ quy định chỉ tiết thi hành một số điều của Luật an toàn thực phâm, đề nghị\nSở Công Thương các tỉnh/thành phố thực hiện theo chức năng quản lý nhà nước của\nđơn vị.\n";
    expect(rolesOf(text)).toEqual({ "15": "guides" });
  });

  it("guides the resolution whose provisions it carries out", () => {
    const text =
      "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\nCơ quan thuế hướng dẫn người nộp thuế xác định lại số thuế phải nộp.\n\n" +
      "Trên đây là hướng dẫn triển khai nội dung quy định tại Nghị quyết số\n954/2020/UBTVQH14 ngay 02/06/2020 của Uy ban Thường vụ Quốc hội. Tổng\nCục Thuế đề nghị các Cơ quan thuế nghiêm túc thực hiện.\n";
    expect(rolesOf(text)).toEqual({ "954": "guides" });
  });

  it("another's guidance told mid-sentence stays a reference", () => {
    const text = "Kính gửi: Sở Tài chính\n\nNội dung trên đây là hướng dẫn của Bộ Tài chính tại Thông tư số 78/2014/TT-BTC.\n";
    expect(rolesOf(text)).toEqual({ "78": "references" });
  });
});
