/**
 * The "Số:" label a PDF's font printed without its "ố", its place left blank ("S :"), opening the number's line
 * (src/vocab/fields.ts NUMBER_LABELS_LETTERS_LOST): UBND Cần Thơ's decision 1266/QĐ-UBND of 2019 as its text layer
 * gives it (fixtures/fresh/fresh63f-006); the same label after the motto (fresh55h-013, fresh59d-010).
 */
import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

const HEAD = "Trang 1Ủ\nTHÀNH PH C N THỐ Ầ Ơ\nC NG HÒA XÃ H I CH NGHĨA VI T NAMỘ Ộ Ủ Ệ\nĐ c l p T do H nh phúc ộ ậ ự ạ\n";

describe("the label 'S :' opening the number's line", () => {
  it("is the document's own number, its lost dash read back", () => {
    const text = `${HEAD}S : 1266/QĐUBNDố C n Th , ngày 30 tháng 5 năm 2019 ầ ơ\nQUY T Đ NHẾ Ị\nCăn c Lu t T ch c chính quy n đ a ph ứ ậ ổ ứ ề ị ươ ng ngày 19 tháng 6 năm 2015;\n`;
    expect(readHeader(text).numberLine).toMatchObject({ number: "1266" });
    const a = analyze(text);
    expect([a.self.number, a.self.symbol]).toEqual(["1266", "QĐ-UBND"]);
  });

  it("not 'S :' inside a line, nor one with no number and ký hiệu after it", () => {
    expect(readHeader(`${HEAD}Di n tích S : 1266 m2 đ t ố\n`).numberLine).toBeNull();
    expect(readHeader(`${HEAD}T ng di n tích đ t S : 1266/QĐUBND\n`).numberLine).toBeNull();
  });
});
