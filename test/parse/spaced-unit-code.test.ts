import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// grammars/citation/gates/dashes.ts unitCode: a word segmenter sets off every dash of a ký hiệu by spaces, as the
// development corpus's source prints "57/2002/NĐ - CP", "1483/QĐ - TTg", "28/TTr - BCVT". A unit's code after the
// issuer's in mixed case or with digits went unread, and the ký hiệu was cut to another document. Real lines
// (fixtures/fresh/fresh29s-001, fresh30b-021, fresh30w-002, fresh30i-003, fresh30i-015, fresh60h-010), spaced.
const LINES = [
  "Thực hiện Công văn số 4099/BGDĐT-GDTrH ngày 05/8/2014 của Bộ Giáo dục và Đào tạo",
  "theo công văn số 1581/CT-TTrT ngày 15/12/2014 của Cục Thuế",
  "Xét đề nghị của Sở Ngoại vụ tại Tờ trình số 259/TTr-SNgV ngày 09 tháng 02 năm 2023",
  "Căn cứ Kế hoạch số 71/KH-C07-P5 ngày 13/4/2021 của Cục Cảnh sát giao thông",
  "Căn cứ Quyết định số 4060/QĐ-BCA-C41 ngày 26/7/2013 của Bộ trưởng Bộ Công an",
  "Thực hiện Công văn số 3010/VKSTC-V14 ngày 15/8/2017 của Viện kiểm sát nhân dân tối cao",
];
const spaced = (s: string) => s.replace(/([A-ZĐƯ]{1,8}[a-z]?)-(?=[A-ZĐƯ])/g, "$1 - ");

describe("extract: a unit's code after a spaced dash", () => {
  it.each(LINES)("reads %s spaced as written tight", (line) => {
    const tight = extract(line).map((c) => c.id);
    expect(tight[0]).toMatch(/-(GDTRH|TTRT|SNGV|C07-P5|BCA-C41|V14)@/i);
    expect(extract(spaced(line)).map((c) => c.id)).toEqual(tight);
  });

  it("does not join a capitalised word, a letter alone or digits alone after the spaced dash", () => {
    const id = (s: string) => extract(s)[0].id;
    expect(id("Công văn số 584/UBND - ThS Nguyễn Văn A ký")).toBe("584/UBND@?");
    expect(id("Công văn số 584/UBND - Tuyên truyền")).toBe("584/UBND@?");
    expect(id("Tờ trình số 12/TTr - A ngày")).toMatch(/^12\/TTR?@/i);
    expect(id("Công văn số 584/UBND - NC2021X ngày 12/3/2021")).toBe("584/UBND@?");
  });
});
