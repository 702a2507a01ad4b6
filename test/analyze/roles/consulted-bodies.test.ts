import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const roles = (text: string) => Object.fromEntries(analyze(text).citations.map((c) => [c.number, c.role]));

// The Prime Minister's letters weigh a province's proposal and the ministries' opinions in one clause,
// the ministries listed after a colon, each named before its letter in parentheses.
describe("a proposal clause that lists the bodies consulted, each before its paper", () => {
  it("\"và ý kiến của các Bộ: Nông nghiệp … (công văn số …), Tài nguyên … (công văn số … và số …)\" (831/TTg-KTN)", () => {
    const r = roles(
      "Xét đề nghị của Ủy ban nhân dân tỉnh Bắc Ninh (công văn số 10/UBND-NN ngày 07 tháng 4 năm 2011) và ý kiến của các Bộ: Nông nghiệp và Phát triển nông thôn (công văn số 1150/BNN-KH ngày 27 tháng 4 năm 2011), Tài nguyên và Môi trường (công văn số 1556/BTNMT-TCQLĐĐ ngày 13 tháng 5 năm 2011 và số 1412/BTNMT-TCQLĐĐ ngày 29 tháng 4 năm 2011) về việc thu hồi đất để xây dựng công viên, Thủ tướng Chính phủ có ý kiến như sau:\n1. Cho phép Ủy ban nhân dân tỉnh Bắc Ninh thực hiện thu hồi 24,5 ha đất.",
    );
    expect(r).toEqual({ "10": "proposed_by", "1150": "proposed_by", "1556": "proposed_by", "1412": "proposed_by" });
  });

  it("\", ý kiến của các Bộ: Kế hoạch và Đầu tư(Công văn số …), Tài chính (Công văn số …)\" (8041/VPCP-ĐP)", () => {
    const r = roles(
      "Xét đề nghị của Ủy ban nhân dân tỉnh Phú Yên tại Công văn số 152/BC-UBND ngày 29 tháng 9 năm 2008, ý kiến của các Bộ: Kế hoạch và Đầu tư(Công văn số 7354/BKH-KTĐP ngày 09/10/2008), Tài chính (Công văn số 13203/BTC-ĐT ngày 4/11/2008), Giao thông vận tải (Công văn số 8009/BGTVT-KHĐT ngày 31/10/2008), Thủ tướng Chính phủ có ý kiến như sau:",
    );
    expect(r).toEqual({ "152": "proposed_by", "7354": "proposed_by", "13203": "proposed_by", "8009": "proposed_by" });
  });

  it("the last member joined by \"và\": \"…), Bộ Tài chính (công văn số …) và Bộ Xây dựng (công văn số …)\" (3783/VPCP-KTN)", () => {
    const r = roles(
      "Xét đề nghị của Bộ Giao thông vận tải (công văn số 2913/BGTVT-KHĐT ngày 06 tháng 5 năm 2008), ý kiến của các Bộ: Kế hoạch và Đầu tư (công văn số 2539/BKH-TĐ&GSĐT ngày 09 tháng 4 năm 2008), Bộ Tài chính (công văn số 6330/BTC-ĐT ngày 02 tháng 6 năm 2008) và Bộ Xây dựng (công văn số 988/BXD-HĐXD ngày 27 tháng 5 năm 2008) về việc điều chỉnh Giấy phép đầu tư dự án, Phó Thủ tướng Hoàng Trung Hải có ý kiến như sau:",
    );
    expect(r).toEqual({ "2913": "proposed_by", "2539": "proposed_by", "6330": "proposed_by", "988": "proposed_by" });
  });

  it("a body's name before a parenthesis outside a proposal's list carries nothing", () => {
    // After the proposal the letter's own content follows "như sau:"; a task's document stays a reference.
    const r = roles(
      "Xét đề nghị của Bộ Tài chính tại Công văn số 152/BTC-ĐT ngày 29 tháng 9 năm 2008, Thủ tướng Chính phủ có ý kiến như sau:\n1. Bộ Kế hoạch và Đầu tư (Công văn số 7354/BKH-KTĐP ngày 09/10/2008) tổng hợp, báo cáo.",
    );
    expect(r["152"]).toBe("proposed_by");
    expect(r["7354"]).toBe("references");
  });
});
