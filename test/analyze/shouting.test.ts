import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readableCase } from "../../src/analyze/shouting.js";
import { analyze } from "../../src/index.js";

describe("a text typed in capitals", () => {
  const text = [
    "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
    "QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT QUY HOẠCH CHỢ",
    "- CĂN CỨ NGHỊ ĐỊNH SỐ 02/2003/NĐ-CP NGÀY 14/01/2003 CỦA CHÍNH PHỦ;",
    "XÉT ĐỀ NGHỊ CỦA SỞ THƯƠNG MẠI TẠI TỜ TRÌNH SỐ 695/TM-QLTM NGÀY 20/10/2003,",
    "QUYẾT ĐỊNH:",
    "ĐIỀU 1. PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN HỆ THỐNG CHỢ TỈNH NGHỆ AN ĐẾN NĂM 2010 THEO NỘI DUNG SAU ĐÂY, BAO GỒM MẠNG LƯỚI CHỢ ĐẦU MỐI VÀ CHỢ DÂN SINH Ở CÁC HUYỆN.",
    "ĐIỀU 2. QUYẾT ĐỊNH NÀY CÓ HIỆU LỰC KỂ TỪ NGÀY KÝ VÀ THAY THẾ QUYẾT ĐỊNH SỐ 28/2003/QĐ-UB NGÀY 01/03/2003 CỦA UBND TỈNH.",
    "ĐIỀU 3. CHÁNH VĂN PHÒNG UBND TỈNH, GIÁM ĐỐC SỞ THƯƠNG MẠI, THỦ TRƯỞNG CÁC SỞ, BAN, NGÀNH CẤP TỈNH VÀ CHỦ TỊCH UBND CÁC HUYỆN, THÀNH PHỐ, THỊ XÃ CHỊU TRÁCH NHIỆM THI HÀNH QUYẾT ĐỊNH NÀY.",
  ].join("\n");

  it("is read in sentence case: its cue lines open the preamble, and it says what it does", () => {
    expect(analyze(text).citations.map((c) => [c.number, c.role])).toEqual([
      ["02", "based_on"],
      ["695", "proposed_by"],
      ["28", "replaces"],
    ]);
    // The citations themselves are read from the text as given.
    expect(analyze(text).citations[0].raw).toBe("NGHỊ ĐỊNH SỐ 02/2003/NĐ-CP NGÀY 14/01/2003 CỦA CHÍNH PHỦ");
  });

  it("leaves a text with lower case, or a short one (a header alone), as it is", () => {
    expect(readableCase("QUYẾT ĐỊNH\nCăn cứ Luật Đất đai;")).toBe("QUYẾT ĐỊNH\nCăn cứ Luật Đất đai;");
    expect(readableCase("KẾ HOẠCH SỐ 12/KH-UBND")).toBe("KẾ HOẠCH SỐ 12/KH-UBND");
    expect(readableCase(text)).toMatch(/^Ủy ban nhân dân tỉnh nghệ an\nQuyết định về việc .*\n- Căn cứ nghị định số 02\/2003\/nđ-cp/);
  });

  it("keeps every offset: same length, only letters' case changed", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("A", "Đ", "Ệ", "İ", "ß", " ", "\n", "1", "/", "\ud800", "Ω", "X".repeat(50)), { maxLength: 60 }), (pieces) => {
        const s = pieces.join("").repeat(10);
        const out = readableCase(s);
        expect(out.length).toBe(s.length);
        expect(out.toUpperCase()).toBe(s.toUpperCase());
      }),
      { numRuns: 300 },
    );
  });
});
