// A word segmenter's spacing in the dates date-after.ts reads (the development corpus's source writes "ngày 03/12 /
// 2004", dev-003, "ngày 02 / 02/2010", dev-057, and "( ODA )", a blank inside brackets): the same date as unspaced.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";

const idOf = (t: string) => extract(t).map((c) => c.id);

describe("a date after the ký hiệu, its slashes or brackets spaced by a word segmenter", () => {
  it("dates the citation after 'đề ngày' and a damaged 'ngày' as unspaced", () => {
    expect(idOf("Trả lời công văn số 162 / LĐBTXH đề ngày 24 / 02 / 2003 về nội dung")).toEqual(idOf("Trả lời công văn số 162/LĐBTXH đề ngày 24/02/2003 về nội dung"));
    expect(idOf("Trả lời công văn số 162/LĐBTXH đề ngày 24/02 / 2003 về nội dung")[0]).toBe("162/LĐBTXH@2003");
    expect(idOf("ban hành tại Quyết định số 90 / QĐ-TTg gày 18 / 1 / 2022 của Thủ tướng")[0]).toBe("90/QĐ-TTg@2022");
  });

  it("dates a number without its year from a bracketed date, blanks inside the brackets", () => {
    expect(idOf("Nghị quyết số 72-NQ/TW ( 09/9/2025 ) về đột phá")[0]).toBe("72-NQ/TW@2025");
    expect(idOf("Nghị quyết số 72-NQ/TW ( 09 / 9 / 2025 ) về đột phá")[0]).toBe("72-NQ/TW@2025");
  });

  it("reads no date with two blanks around a slash, nor a bracket that holds more than the date", () => {
    expect(idOf("công văn số 162/LĐBTXH đề ngày 24  / 02/2003 về")[0]).toBe("162/LĐBTXH@?");
    expect(idOf("Nghị quyết số 72-NQ/TW (  09/9/2025 ) về đột phá")[0]).toBe("72-NQ/TW@?");
    expect(idOf("Nghị quyết số 72-NQ/TW ( 09/9/2025 , sửa đổi ) về đột phá")[0]).toBe("72-NQ/TW@?");
  });
});
