/**
 * The rule under the issuer's name glued to the number's "Số:" label (src/analyze/header/number-line.ts RULE_BEFORE,
 * GLUED_RULE): fixtures/fresh/fresh30g-009 ("-Số: 04/2013/TT-NHNN", the rule's last dash left at the line's start),
 * fixtures/fresh/fresh64b-006 ("BỘ GIÁO DỤC VÀ ĐÀO TẠO ——-Số: 20/2018/TT-BGDĐT |", the issuer's cell on the line).
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

describe("a rule glued to the 'Số:' label", () => {
  it("opening the number's line: the document's own number", () => {
    const text = "(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh phúc\n-Số: 04/2013/TT-NHNN Hà Nội, ngày 01 tháng 03 năm 2013\nTHÔNG TƯ\nQUY ĐỊNH VỀ HOẠT ĐỘNG CHIẾT KHẤU CÔNG CỤ CHUYỂN NHƯỢNG\nCăn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12 ngày 16 tháng 6 năm 2010;\n";
    expect(readHeader(text).numberLine).toMatchObject({ number: "04", year: 2013 });
    const a = analyze(text);
    expect([a.self.number, a.self.symbol, a.self.kind]).toEqual(["04", "TT-NHNN", "circular"]);
  });

  it("after the issuer's cell on one line: the document's own number", () => {
    const text = "BỘ GIÁO DỤC VÀ ĐÀO TẠO ——-Số: 20/2018/TT-BGDĐT |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nHà Nội, ngày 22 tháng 8 năm 2018\nTHÔNG TƯ\nBAN HÀNH QUY ĐỊNH CHUẨN NGHỀ NGHIỆP GIÁO VIÊN CƠ SỞ GIÁO DỤC PHỔ THÔNG\nCăn cứ về Nghị định số 69/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ;\n";
    const a = analyze(text);
    expect([a.self.number, a.self.symbol, a.self.issuer?.code]).toEqual(["20", "TT-BGDĐT", "BGDĐT"]);
    expect(a.citations.find((c) => c.number === "20")?.role).toBe("self");
  });

  it("not a bullet typed with its space, nor a dash inside a line of prose", () => {
    expect(readHeader("Danh sách văn bản\n- Số: 12/QĐ-UBND ngày 3/1/2020\n").numberLine).toBeNull();
    expect(analyze("Theo hướng dẫn tại Thông tư số 04/2013/TT-NHNN -Số liệu được cập nhật hằng tháng.\n").self.number).toBeNull();
  });
});
