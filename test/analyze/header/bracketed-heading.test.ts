/**
 * A reprint's heading with its own number in brackets, below a lead paragraph or a site's title line
 * (src/analyze/header/bracketed-heading.ts): fixtures/fresh/fresh39a-007 (Tỉnh đoàn Hưng Yên's plan 98),
 * fresh54h-010 (the Party Secretariat's decision 283-QĐ/TW).
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

describe("the bracketed number under a heading below the page's opening", () => {
  it("under a lead paragraph: the plan's own number", () => {
    const text = "Căn cứ Thông báo số 380-TB/TW ngày 23 tháng 9 năm 2010 Thông báo kết luận của Ban Bí thư Trung ương Đảng về Năm Thanh niên 2011; Thực hiện Thông tri số 31TT/TWĐTN ngày 11 tháng 10 năm 2010 của Ban Bí thư Trung ương Đoàn.\n\nKẾ HOẠCH\nTổ chức Năm Thanh niên 2011\n(Số 98 ngày 22/12/2010)\n\nCăn cứ Thông báo số 380-TB/TW ngày 23 tháng 9 năm 2010;\n";
    expect(readHeader(text)).toMatchObject({ kind: "plan", numberLine: { number: "98", symbolParts: [] } });
    expect(analyze(text).self).toMatchObject({ kind: "plan", number: "98" });
  });

  it("under a site's title line: the decision's number, its kind the heading's", () => {
    const text = "Quy định về sự phối hợp giữa Ban Tuyên giáo Trung ương trong công tác chỉ đạo, quản lý hoạt động xuất bản\n\nQuyết định\n\nban hành Quy định về sự phối hợp giữa Ban Tuyên giáo Trung ương trong công tác chỉ đạo, quản lý hoạt động xuất bản\n\n(Quyết định số 283-QĐ/TW ngày 26-1-2010\n\n của Ban Bí thư Trung ương Đảng\n\n- Căn cứ Điều lệ Đảng;\n";
    const a = analyze(text);
    expect([a.self.kind, a.self.number, a.self.date]).toEqual(["decision", "283", "2010-01-26"]);
  });

  it("not a bracket naming another kind, nor one with no title above it", () => {
    expect(readHeader("Tin tức\n\nKẾ HOẠCH\nTổ chức Năm Thanh niên 2011\n(Quyết định số 98-QĐ/TĐ ngày 22/12/2010)\n").numberLine).toBeNull();
    expect(readHeader("Tin tức\n\nKẾ HOẠCH\n(Số 98 ngày 22/12/2010)\n").numberLine).toBeNull();
  });
});
