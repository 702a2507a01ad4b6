import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

// A portal's line naming the letter above its body, whose first paragraph speaks as the letter's issuer ("… có ý kiến
// như sau:"): fixtures/fresh/fresh54f-010 (vinanet.vn), fresh29m-003 (Lạng Sơn's portal). The mirror of the source line
// below the body (CONVENTIONS §17 (a)). src/analyze/self/unheaded-page.ts headedOpinionCitation.
describe("a portal's line naming the letter over a body in its issuer's voice", () => {
  it("names the letter, the line opening with it or closing with it in brackets", () => {
    const opens = analyze(
      "menu search\nĐóng menu\n\nDự thảo Báo cáo của Chính phủ về công tác bảo vệ môi trường trên phạm vi cả nước năm 2021\n\n11:41 23/05/2022\n\nCông văn số: 3150/VPCP-NN về việc dự thảo Báo cáo của Chính phủ về công tác bảo vệ môi trường trên phạm vi cả nước năm 2021.\n \nVề đề nghị của Bộ Tài nguyên và Môi trường tại Công văn số 2509/BTNMT-TCMT ngày 13/5/2022 về việc gửi Báo cáo công tác bảo vệ môi trường, Phó Thủ tướng Lê Văn Thành có ý kiến như sau:\n1. Bộ Tài nguyên và Môi trường nghiên cứu tiếp thu ý kiến.\n",
    );
    expect([opens.self.number, opens.self.symbol]).toEqual(["3150", "VPCP-NN"]);
    const closes = analyze(
      "Về việc báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn (3585/VP-KTN, ngày 23/10/2017).\n\nThực hiện Công văn số 11034/VPCP-KGVX ngày 17/10/2017 của Văn phòng Chính phủ về “tình hình ô nhiễm môi trường”, đồng chí Lý Vinh Quang, Phó Chủ tịch UBND tỉnh có ý kiến như sau:\n\nGiao Sở Tài nguyên và Môi trường chủ trì thực hiện.\n",
    );
    expect([closes.self.number, closes.self.symbol, closes.self.date]).toEqual(["3585", "VP-KTN", "2017-10-23"]);
  });

  it("not the letter answered in the opinion's own sentence, nor a line whose next paragraph only tells", () => {
    const answers = analyze("Kính gửi: Cục Thuế thành phố Đà Nẵng\n \nTrả lời công văn số 1579/CT-THNVDT ngày 21/05/2015 của Cục Thuế thành phố Đà Nẵng, Tổng cục Thuế có ý kiến như sau:\n\n1. Về chính sách.\n");
    expect(answers.self.number).toBeNull();
    const told = analyze("Công văn số: 3150/VPCP-NN về việc dự thảo Báo cáo của Chính phủ.\n\nVăn phòng Chính phủ vừa gửi các bộ công văn này. Theo đó, các bộ rà soát báo cáo.\n");
    expect(told.self.number).toBeNull();
  });
});
