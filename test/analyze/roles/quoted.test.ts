import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { quotedPassages } from "../../../src/analyze/roles/quoted.js";

// A quotation opens at a mark after a colon with only white space and markup between them; a PDF's layout text
// indents the quoted line as the page sets it, and a copy may indent every line further (fresh57b-006).
describe("a quoted passage after a colon", () => {
  it("opens however far the quoted line is indented: spaces and tabs are not counted", () => {
    for (const indent of ["", " ", "         ", " ".repeat(11), " ".repeat(40), "\t\t\t\t\t\t\t\t\t\t\t\t"]) {
      const text = `1. Sửa đổi Điều 1 như sau:\n${indent}“Điều 1. Phạm vi điều chỉnh”.`;
      expect(quotedPassages(text)).toEqual([{ start: text.indexOf("“"), end: text.indexOf("”") }]);
    }
    // A blank line between, indented (fresh41d-007 with every line indented by two spaces).
    const blank = "1. Sửa đổi Điều 1 như sau:\n  \n          “Điều 1. Phạm vi điều chỉnh”.";
    expect(quotedPassages(blank)).toHaveLength(1);
  });

  it("still not after a dozen line breaks or markup marks", () => {
    expect(quotedPassages(`như sau:${"\n".repeat(12)}“Điều 1.”`)).toEqual([]);
    expect(quotedPassages(`như sau:${"\n".repeat(11)}“Điều 1.”`)).toHaveLength(1);
    expect(quotedPassages(`như sau: ${"* ".repeat(12)}“Điều 1.”`)).toEqual([]);
  });

  it("keeps an amended scope article's 'quy định chi tiết' the amended circular's, its quoted line indented eleven spaces (fresh57b-006)", () => {
    const text =
      "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 08/2025/TT-BNNMT\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 01/2022/TT-BTNMT\n" +
      "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025;\n" +
      "         Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 01/2022/TT-BTNMT\n" +
      "         1. Sửa đổi Điều 1 như sau:\n" +
      "           “Điều 1. Phạm vi điều chỉnh\n" +
      "           Thông tư này quy định chi tiết điểm g khoản 2 Điều 27, khoản 4 Điều 27 và khoản 7 Điều 28 Nghị định số 06/2022/NĐ-CP\n" +
      "   ngày 07 tháng 01 năm 2022 của Chính phủ”.\n";
    expect(analyze(text).citations.filter((c) => c.number === "06").map((c) => c.role)).toEqual(["references"]);
  });
});
