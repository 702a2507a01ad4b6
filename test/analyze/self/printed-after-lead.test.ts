import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

// A portal's lead names the document as issued, then prints it with no "toàn văn" said: its heading's kind line of
// the lead's kind (fixtures/fresh/fresh57c-011), or its own opening whose issuer makes a document of that kind "như
// sau:" (fresh63d-013). CONVENTIONS §3: a page that prints the document is the document.
// src/analyze/self/unheaded-page.ts announcedCitation, printedAfterLead.
describe("a lead, then the document it names printed", () => {
  it("takes the lead's document when its kind line follows", () => {
    const a = analyze(
      "Quy định mức thu, nộp lệ phí hộ tịch trên địa bàn tỉnh Thừa Thiên Huế\nNgày cập nhật 28/10/2022\n\nNgày 26/10/2022, HĐND tỉnh Thừa Thiên Huế có ban hành Nghị quyết số 19/2022/NQ-HĐND về việc Quy định mức thu, nộp lệ phí hộ tịch trên địa bàn tỉnh Thừa Thiên Huế.\n\n \n\nNGHỊ QUYẾT\n\nQuy định mức thu, nộp lệ phí hộ tịch\n\ntrên địa bàn tỉnh Thừa Thiên Huế\n\nHỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ\n\nCăn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;\n",
    );
    expect([a.self.kind, a.self.number, a.self.symbol]).toEqual(["resolution", "19", "NQ-HĐND"]);
  });

  it("takes it when the document's own opening makes one of its kind 'như sau:'", () => {
    const plan = analyze(
      "Kế hoạch cải cách hành chính năm 2026\nNgày 30/12/2025, Văn phòng UBND tỉnh Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND về công tác cải cách hành chính năm 2026.\n\nThực hiện Kế hoạch số 8328/KH-UBND ngày 23/12/2025 của UBND tỉnh về cải cách hành chính tỉnh Lai Châu năm 2026; Văn phòng UBND tỉnh xây dựng kế hoạch cải cách hành chính năm 2026 như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n",
    );
    expect([plan.self.kind, plan.self.number, plan.self.symbol]).toEqual(["plan", "1888", "KH-VPUBND"]);
  });

  it("not a lead naming another kind than the one printed, nor a page that carries the document out", () => {
    const decision = analyze(
      "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\nNgày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND về hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn xã\nUBND xã Long Phụng ban hành Kế hoạch cải cách hành chính Nhà nước năm 2025 trên địa bàn xã, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n",
    );
    expect(decision.self.number).toBeNull();
    const carried = analyze(
      "V/v đẩy mạnh triển khai thực hiện Kế hoạch số 24 của Ban Thường vụ Huyện ủy\n\nThực hiện Kết luận 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị. Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 24-KH/HU, ngày 27/4/2021 “Về xây dựng mô hình, gương điển hình tiên tiến”. Nhằm triển khai thực hiện kế hoạch đúng tiến độ, Ban Thường vụ Huyện ủy yêu cầu các cơ quan, đơn vị thực hiện một số nội dung, cụ thể như sau:\n\n1. Các chi, đảng bộ trực thuộc tích cực triển khai.\n",
    );
    expect(carried.self.number).toBeNull();
  });
});
