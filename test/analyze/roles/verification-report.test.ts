import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const rolesOf = (text: string, n: string) => analyze(text).citations.filter((c) => c.number === n).map((c) => c.role);

// DOMAIN.md §4 puts a committee's verification report in the preamble beside the submission ("Trên cơ sở
// xem xét Tờ trình …; Báo cáo thẩm tra …"): it proposes, even where the cue's list broke before it.
describe("a verification report in a preamble proposes", () => {
  const council = "HỘI ĐỒNG NHÂN DÂN\nTỈNH SƠN LA\nSố: 38/2012/NQ-HĐND\nNGHỊ QUYẾT\nVề Chương trình giải quyết việc làm tỉnh Sơn La năm 2013\nHỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA\n\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\n\n";

  it("after a full stop typed for the list's \";\" (fresh30o-006)", () => {
    const text =
      council +
      "Xét Tờ trình số 232/TTr-UBND ngày 29 tháng 11 năm 2012 của UBND tỉnh Sơn La về việc đề nghị ban hành Nghị quyết về Chương trình giải quyết việc làm tỉnh Sơn La năm 2013. Báo cáo thẩm tra số 154/BC-HĐND ngày 07 tháng 12 năm 2012 của Ban Văn hoá - Xã hội HĐND tỉnh; tổng hợp ý kiến thảo luận của các vị đại biểu HĐND tỉnh tại kỳ họp,\n\nQUYẾT NGHỊ:\n\nĐiều 1. Chương trình giải quyết việc làm tỉnh Sơn La năm 2013 với những nội dung sau:\n";
    expect(rolesOf(text, "232")).toEqual(["proposed_by"]);
    expect(rolesOf(text, "154")).toEqual(["proposed_by"]);
  });

  it("\"các báo cáo thẩm tra số A và số B\" after a member the cue did not carry over (fresh42b-002)", () => {
    const text =
      "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 20/NQ-HĐND\nNGHỊ QUYẾT\nVề dự toán ngân sách năm 2021\n\nCăn cứ Luật Ngân sách nhà nước năm 2015;\nXét các báo cáo số 341/BC-UBND ngày 23/11/2020 và số 560/BC-UBND ngày 01/12/2020 của UBND Thành phố về đánh giá tình hình thực hiện ngân sách năm 2020; các báo cáo bổ sung, giải trình số 365/BC-UBND và số 367/BC-UBND ngày 07/12/2020 của UBND Thành phố; các báo cáo thẩm tra số 76/BC-HĐND và số 78/BC-HĐND ngày 02/12/2020 của Ban Kinh tế - Ngân sách HĐND Thành phố; ý kiến thảo luận và kết quả biểu quyết của đại biểu HĐND Thành phố,\nQUYẾT NGHỊ:\nĐiều 1. Giao dự toán.\n";
    expect(rolesOf(text, "76")).toEqual(["proposed_by"]);
    expect(rolesOf(text, "78")).toEqual(["proposed_by"]);
  });

  it("not a report of another kind, nor a verification report named in the body", () => {
    const text =
      council +
      "Xét Tờ trình số 232/TTr-UBND ngày 29 tháng 11 năm 2012 của UBND tỉnh. Báo cáo số 150/BC-UBND ngày 01 tháng 12 năm 2012 của UBND tỉnh; ý kiến thảo luận của đại biểu,\n\nQUYẾT NGHỊ:\n\nĐiều 1. Giao Ủy ban nhân dân tỉnh tiếp thu các ý kiến nêu tại Báo cáo thẩm tra số 154/BC-HĐND ngày 07 tháng 12 năm 2012 của Ban Văn hoá - Xã hội.\n";
    expect(rolesOf(text, "150")).toEqual(["references"]);
    expect(rolesOf(text, "154")).toEqual(["references"]);
  });
});
