/**
 * src/analyze/roles/fronted-basis.ts: a "Căn cứ …" fronted before the writer's main clause ("Căn cứ
 * quy định nêu trên, Tổng cục Thuế đồng ý với ý kiến … tại Công văn số …") does not reach a document
 * cited in the main clause. Shapes from full32b-015 (1414/TCT-CS, 2013) and full32b-010 (254/QĐ-UBND Sơn La, 2023).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { roles } from "../../helpers/roles.js";


describe("a fronted 'Căn cứ' ends where the main clause opens", () => {
  it("a reply's 'Căn cứ quy định nêu trên, <writer> đồng ý với ý kiến … tại Công văn số …' does not rest on the letters agreed with", () => {
    const a = analyze(
      "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 1414/TCT-CS\nHà Nội, ngày 04 tháng 05 năm 2013\nKính gửi: Cục Thuế tỉnh Hà Tĩnh.\n" +
        "Căn cứ quy định nêu trên, Tổng cục Thuế đồng ý với ý kiến xử lý của Cục Thuế tỉnh Hà Tĩnh tại Công văn số 1752/CT-THNVDT ngày 07/12/2012 về việc miễn, giảm tiền sử dụng đất gửi UBND tỉnh Hà Tĩnh và Công văn số 262/CT-KTNB ngày 27/2/2012 trả lời đơn thư kiến nghị.\n",
    );
    expect(roles(a)).toEqual(["1414 self", "1752 references", "262 references"]);
  });

  it("'Căn cứ các quy định trên, trường hợp … đáp ứng quy định tại Điều 4 Thông tư số …' rests on the rules quoted before, not on what the answer's condition names", () => {
    // fresh43b-014 (Cục Thuế tỉnh Vĩnh Phúc's reply, 2021); the same opening in fresh36b-015 (966/TCHQ-TXNK) and full32b-015.
    const a = analyze(
      "TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH VĨNH PHÚC\nSố: 12/CTVPH-TTHT\nV/v chính sách thuế\nKính gửi: Công ty TNHH A\n" +
        "Căn cứ các quy định trên, trường hợp Công ty có chi tiền thuê khách sạn cho người lao động nếu\nkhoản chi đáp ứng quy định tại Điều 4 Thông tư số 96/2015/TT-BTC ngày\n22/6/2015 của Bộ Tài chính, khoản 2 Điều 3 Thông tư số 25/2018/TT-BTC ngày\n16/3/2018 của Bộ Tài chính được tính vào chi phí được trừ.\n" +
        "Căn cứ quy định trên và tài liệu Công ty gửi kèm, trường hợp Công ty thực hiện theo Thông tư số 111/2013/TT-BTC thì được trừ.\n",
    );
    expect(roles(a)).toEqual(["12 self", "96 references", "25 references", "111 references"]);
  });

  it("a reply's 'Căn cứ chức năng, nhiệm vụ, <writer> trả lời … như sau:' does not rest on the rules quoted after it", () => {
    // fresh54e-009 (Cục Thuế tỉnh Bắc Ninh's OCR'd reply, 2021), shortened.
    const a = analyze(
      "TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH BẮC NINH\nSố: 20/CTBNI-TTHT\nKính gửi: Công ty TNHH A\n" +
        "Ngày 21/7/2021, Cục Thuế tỉnh Bắc Ninh nhận được Công văn số\n2167/UBND-KTTH ngày 21/7/2021 của UBND tỉnh Bắc Ninh về việc trả lời\nkiến nghị của doanh nghiệp. Căn cứ chức năng, nhiệm vụ, Cục Thuế tỉnh Bắc Ninh trả lời vướng\nmắc của Công ty như sau:\n\n" +
        "Tại khoản 1, điểm 2.30 khoản 2 Điều 6 Thông tư số 78/2014/TT-BTC\nngày 18/6/2014 của Bộ Tài chính (đã được sửa đổi tại Điều 4, Thông tư số\n96/2015/TT-BTC ngày 22/6/2015) quy định các khoản chi được trừ:\n",
    );
    expect(roles(a)).toEqual(["20 self", "2167 references", "78 references", "96 references"]);
  });

  it("a 'Căn cứ' whose pointer follows a document still rests on it: 'Căn cứ Thông tư số … nêu trên, …'", () => {
    const a = analyze("Căn cứ Thông tư số 96/2015/TT-BTC nêu trên, Cục Thuế hướng dẫn như sau:\n");
    expect(roles(a)).toEqual(["96 based_on"]);
  });

  it("a plan's task 'Sở Tài chính: Căn cứ dự toán do Công an tỉnh lập, thực hiện thẩm định … tại Quyết định số …' does not rest on that decision", () => {
    const a = analyze(
      "KẾ HOẠCH\nTHỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023\nIII. PHÂN CÔNG NHIỆM VỤ\n" +
        "6. Sở Tài chính: Căn cứ dự toán do Công an tỉnh lập, thực hiện thẩm định, thông báo, cấp phát kinh phí thực hiện nhiệm vụ bảo vệ BMNN từ nguồn kinh phí đã giao cho Công an tỉnh tại Quyết định số 2566/QĐ-UBND ngày 08/12/2022 của UBND tỉnh.\n",
    );
    expect(roles(a)).toEqual(["2566 references"]);
  });

  it("a preamble's 'Căn cứ' still reaches its document through commas and 'tại' ('Căn cứ ý kiến của …, … tại văn bản số …'; '…, đề nghị của Sở … tại Tờ trình số …')", () => {
    const a = analyze(
      "Căn cứ ý kiến của Bộ Chính trị, Ban Bí thư tại văn bản số 1133-CV/VPTW ngày 25 tháng 6 năm 2021 của Văn phòng Trung ương Đảng;\n" +
        "Căn cứ đề xuất của các địa phương và báo cáo của Tổng công ty Bưu điện Việt Nam (Công văn số 4736/BĐVN-TCBC ngày 20/10/2018), Bộ trưởng đồng ý mở rộng thí điểm.\n",
    );
    expect(roles(a)).toEqual(["1133 based_on", "4736 based_on"]);
  });
});

describe("a 'Căn cứ' on a thing the writer acts on reaches the rule it follows as a reference", () => {
  it("'Căn cứ vào phương thức nộp … theo quy định tại khoản 2 Điều 3 Thông tư số …, công chức … thực hiện như sau:' in a letter's body", () => {
    // fresh54b-003 (Tổng cục Hải quan's 2733/TCHQ-GSQL, 2015), shortened.
    const a = analyze(
      "TỔNG CỤC HẢI QUAN\nSố: 2733/TCHQ-GSQL\nKính gửi: Cục Hải quan tỉnh, thành phố.\n" +
        "Để thống nhất thực hiện, Tổng cục Hải quan hướng dẫn một số nội dung như sau:\n1. Tiếp nhận hồ sơ hải quan\n" +
        "2. Kiểm tra các chứng từ thuộc hồ sơ hải quan do người khai hải quan nộp\n\n" +
        "Căn cứ vào phương thức nộp các chứng từ thuộc hồ so hải quan theo quy định tại khoản 2 Điều 3\nThông tư số 38/2015/TT-BTC, công chức kiểm tra hồ sơ thực hiện như sau:\n",
    );
    expect(roles(a)).toEqual(["2733 self", "38 references"]);
  });

  it("'Căn cứ văn bản từ chối nhận hàng …, <a long subject> thực hiện … theo đúng quy định tại Điều 96 Thông tư …'", () => {
    // body33-002 (its 778/TCHQ-GSQL, 2017): the main clause's subject is longer than basisClauseEnded reads.
    const a = analyze(
      "TỔNG CỤC HẢI QUAN\nSố: 778/TCHQ-GSQL\nKính gửi: Cục Hải quan các tỉnh, thành phố.\n" +
        "Để bảo đảm việc trao đổi thông tin, Tổng cục Hải quan hướng dẫn như sau:\n1. Tiếp nhận thông tin\n" +
        "3. Xử lý hàng hóa bị từ chối nhận\n" +
        "Căn cứ văn bản từ chối nhận hàng và xin xuất trả của chủ hàng, Chi cục Hải quan nơi đang lưu giữ hàng hóa thực hiện việc kiểm tra và xử lý theo đúng quy định tại\nĐiều 96 Thông tư 38/2015/TT-BTC.\n",
    );
    expect(roles(a)).toEqual(["778 self", "38 references"]);
  });

  it("a basis on rules, a provision or a document stays one: 'Căn cứ các quy định …', 'Căn cứ nội dung hướng dẫn theo quy định tại …', 'Căn cứ Quyết định …'", () => {
    const a = analyze(
      "TỔNG CỤC HẢI QUAN\nSố: 12/TCHQ-GSQL\nKính gửi: Cục Hải quan các tỉnh, thành phố.\n" +
        "Căn cứ nội dung hướng dẫn theo quy định tại Điều 5 Thông tư số 39/2018/TT-BTC, Tổng cục Hải quan hướng dẫn như sau:\n" +
        "Căn cứ Quyết định giao dự toán theo quy định tại Nghị định số 08/2015/NĐ-CP, Cục Hải quan thực hiện.\n",
    );
    expect(roles(a)).toEqual(["12 self", "39 based_on", "08 based_on"]);
  });

  it("a preamble's item on a thing still rests on the document: 'Căn cứ tiêu chuẩn, điều kiện … theo quy định tại Quyết định số …;'", () => {
    const a = analyze(
      "ỦY BAN NHÂN DÂN TỈNH A\nSố: 15/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc bổ nhiệm cán bộ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n" +
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n" +
        "Căn cứ tiêu chuẩn, điều kiện bổ nhiệm theo quy định tại Quyết định số 27/2019/QĐ-UBND ngày 10/5/2019 của UBND tỉnh;\n" +
        "QUYẾT ĐỊNH:\nĐiều 1. Bổ nhiệm ông Nguyễn Văn B.\n",
    );
    expect(roles(a)).toContain("27 based_on");
  });
});

describe("a premise's 'Căn cứ … thì:' ends at its 'thì'", () => {
  // pairs32-015 (Bộ Lao động - Thương binh và Xã hội's reply 3208/LĐTBXH-LĐTL, 2008), shortened; the opening "Căn cứ các quy
  // định nêu trên thì:" in fresh50b-003, -015, fresh54e-003; "Căn cứ … Luật Doanh nghiệp thì hợp đồng …" in full32-019.
  const letter =
    "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 3208/LĐTBXH-LĐTL\nV/v trợ cấp thôi việc\nHà Nội, ngày 10 tháng 09 năm 2008\nKính gửi: Công ty dược phẩm OPC\n" +
    "Trả lời công văn số 495/TCHCTH-OPC ngày 29/7/2008 của quý Công ty về việc ghi ở trích yếu, Bộ Lao động - Thương binh và Xã hội có ý kiến như sau:\n" +
    "Căn cứ quy định tại tiết b khoản 2 mục III của Thông tư số 21/2003/TT-BLĐTBXH ngày 22/9/2003 hướng dẫn thi hành một số điều của Nghị định số 44/2003/NĐ-CP ngày 9/5/2003 của Chính phủ về hợp đồng lao động thì: " +
    "ngoài khoản trợ cấp bảo hiểm xã hội một lần do cơ quan bảo hiểm xã hội chi trả, công ty có trách nhiệm trả trợ cấp thôi việc theo quy định tại khoản 1 Điều 42 của Bộ luật Lao động khi chấm dứt hợp đồng lao động đúng pháp luật";

  it("the law the consequent after 'thì:' applies is no basis; the circular before 'thì' is", () => {
    const a = analyze(letter + ".\n");
    expect(roles(a)).toEqual(["3208 self", "495 references", "21 based_on", "44 references"]);
    expect(a.citations.filter((c) => c.form === "named").map((c) => `${c.id} ${c.role}`)).toEqual(["code:lao-dong@? references"]);
  });

  it("a numbered document in the consequent is no basis either", () => {
    const a = analyze(letter + " và Nghị định số 148/2018/NĐ-CP ngày 24/10/2018 của Chính phủ.\n");
    expect(roles(a)).toEqual(["3208 self", "495 references", "21 based_on", "44 references", "148 references"]);
  });

  it("a list of bases after 'Căn cứ' with no 'thì' goes on across the ';' as before", () => {
    const a = analyze("Căn cứ Thông tư số 21/2003/TT-BLĐTBXH ngày 22/9/2003 của Bộ Lao động - Thương binh và Xã hội;\nNghị định số 44/2003/NĐ-CP ngày 9/5/2003 của Chính phủ;\n");
    expect(roles(a)).toEqual(["21 based_on", "44 based_on"]);
  });
});
