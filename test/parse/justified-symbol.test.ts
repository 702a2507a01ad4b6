import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// grammars/citation/gates/symbol-repairs.ts spaceApart: a justified page (each space widened) types the one space of a
// split ký hiệu as two. Real wording, every space doubled: Quảng Ninh's plan "Pháp lệnh … số 19/2004/PL-UBTVQH 11"
// (fixtures/fresh/fresh30i-014), "Luật Ngân sách nhà nước số 83/2015/QH 13" (fresh31a-025), "văn bản số 103/BKH-KTĐP &LT"
// (fresh31c-019), "Công văn số 96/LĐTBXH-BH &BĐG" (fresh30b-023), "Quyết định số 103/QĐ /BVHTTDL" (fresh29e-002).
const LINES = [
  "Căn cứ Pháp lệnh Dân quân tự vệ số 19/2004/PL-UBTVQH 11 ngày 29/4/2004 của Ủy ban Thường vụ Quốc hội;",
  "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015;",
  "tại các văn bản số 103/BKH-KTĐP &LT ngày 7 tháng 01 năm 2008 và số 219/BKH-KCHT &ĐT ngày 10 tháng 1 năm 2008",
  "Trả lời Công văn số 96/LĐTBXH-BH &BĐG ngày10/02/2010 của quý Sở xin",
  "Căn cứ Quyết định số 103/QĐ /BVHTTDL ngày 12 tháng 01 năm 2016 của Bộ Văn hóa",
];
const justified = (s: string) => s.replaceAll(" ", "  ");

describe("extract: a ký hiệu's typed space doubled on a justified page", () => {
  it.each(LINES)("reads %s as its one-space form", (line) => {
    const one = extract(line);
    const two = extract(justified(line));
    expect(one.length).toBeGreaterThan(0);
    expect(two.map((c) => c.id)).toEqual(one.map((c) => c.id));
  });

  it("reads the symbols whole", () => {
    expect(extract(justified(LINES[0])).map((c) => c.symbol)).toEqual(["PL-UBTVQH11"]);
    expect(extract(justified(LINES[2])).map((c) => c.symbol)).toEqual(["BKH-KTĐP&LT", "BKH-KCHT&ĐT"]);
  });

  it("not three spaces, nor a space after the '&'", () => {
    expect(extract("Luật số 83/2015/QH   13 ngày 25 tháng 6 năm 2015").map((c) => c.symbol)).toEqual(["QH"]);
    expect(extract("văn bản số 103/BKH-KTĐP  & LT ngày 7 tháng 01 năm 2008").map((c) => c.symbol)).toEqual(["BKH-KTĐP"]);
  });
});
