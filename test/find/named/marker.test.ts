// The first date after a name (src/find/named/marker.ts findMarker): a comma is no word of the name, and a
// phrase of the name's own (NAME_GOES_ON) that holds a maker's words ("của Quốc hội") is not taken for its maker.
import { describe, expect, it } from "vitest";
import { analyze, extract } from "../../../src/index.js";

const named = (text: string) => extract(text).filter((c) => c.form === "named").map((c) => [c.id, c.raw]);

describe("a name of twenty words with a comma, then its date", () => {
  it("is read to its date: the comma does not count as a word toward the longest name", () => {
    // fresh29o-002 (Bộ Văn hóa - Thông tin, 1997): the 1996 ordinance, twenty words and one comma.
    const text = "- Căn cứ Pháp lệnh về nhiệm vụ,\nquyền hạn cụ thể của Hội đồng nhân dân và Ủy ban nhân dân ở mỗi cấp ngày 25\ntháng 6 năm 1996;";
    expect(named(text)).toEqual([
      ["ordinance:ve-nhiem-vu-quyen-han-cu-the-hoi-dong-nhan-dan-uy-ban-nhan-dan-o-moi-cap@1996", "Pháp lệnh về nhiệm vụ,\nquyền hạn cụ thể của Hội đồng nhân dân và Ủy ban nhân dân ở mỗi cấp ngày 25\ntháng 6 năm 1996"],
    ]);
  });

  it("still takes no date past twenty words of prose", () => {
    // Twenty-one words, no comma: no name ends at the date, as before.
    expect(named("Căn cứ Pháp lệnh về nhiệm vụ quyền hạn cụ thể của Hội đồng nhân dân và Ủy ban nhân dân ở mỗi cấp xã phường ngày 25 tháng 6 năm 1996;")).toEqual([]);
  });
});

describe("'Luật Hoạt động giám sát của Quốc hội' (05/2003/QH11)", () => {
  it("keeps 'của Quốc hội' in the name, dated or not", () => {
    // full32b-005 (494/NQ-UBTVQH13, 2012): "Căn cứ Luật hoạt động giám sát của Quốc hội;".
    expect(named("Căn cứ Luật hoạt động giám sát của Quốc hội;")).toEqual([["law:hoat-dong-giam-sat-quoc-hoi@?", "Luật hoạt động giám sát của Quốc hội"]]);
    expect(named("Căn cứ Luật Hoạt động giám sát của Quốc hội ngày 17 tháng 6 năm 2003;")).toEqual([
      ["law:hoat-dong-giam-sat-quoc-hoi@2003", "Luật Hoạt động giám sát của Quốc hội ngày 17 tháng 6 năm 2003"],
    ]);
    // The 2015 law's name goes on as before.
    expect(named("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;").map((x) => x[0])).toEqual([
      "law:hoat-dong-giam-sat-quoc-hoi-hoi-dong-nhan-dan@2015",
    ]);
  });

  it("leaves 'của Quốc hội' the maker after any other name", () => {
    expect(named("Căn cứ Luật Tổ chức Quốc hội của Quốc hội ngày 20 tháng 11 năm 2015;").map((x) => x[0])).toEqual(["law:to-chuc-quoc-hoi@2015"]);
    expect(named("Căn cứ Luật Đầu tư nước ngoài tại Việt Nam của Quốc hội ngày 12 tháng 11 năm 1996;").map((x) => x[0])).toEqual(["law:dau-tu-nuoc-ngoai-tai-viet-nam@1996"]);
  });
});

// "số" as a font that lost its "ố" prints it ("s"), or a scan that misread it ("sé"), between a law's name and its number
// (src/find/named/marker.ts, amended-laws.ts LOST_SO): Luật 35/2018/QH14's enacting formula as a PDF gave it
// (fixtures/fresh/fresh61c-001), "Căn cứ Luật các tổ chức tín dụng s 47/2010/QH12" (fresh29h-007), "Luật Quản lý thuế sé
// 38/2019/QH14" (fresh45c-010, -018).
describe("a law's name, then 'số' printed 's' or 'sé', then its number", () => {
  it("is one citation, the name the number's, as with 'số'", () => {
    const full = (text: string) => extract(text).filter((c) => c.form === "full").map((c) => [c.id, c.raw]);
    expect(full("Căn cứ Luật các tổ chức tín dụng s 47/2010/QH12 ngày 16 tháng 6 năm 2010;")).toEqual([["47/2010/QH12", "Luật các tổ chức tín dụng s 47/2010/QH12 ngày 16 tháng 6 năm 2010"]]);
    expect(full("theo quy định của Luật Quản lý thuế sé 38/2019/QH14 (thay thế)").map((c) => c[1])).toEqual(["Luật Quản lý thuế sé 38/2019/QH14"]);
    expect(named("Căn cứ Luật các tổ chức tín dụng s 47/2010/QH12;")).toEqual([]);
  });

  it("lists each law an amending law's enacting formula amends, as with 'số'", () => {
    const text = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường bộ số 23/2008/QH12, Bộ luật Hàng hải Việt Nam s 95/2015/QH13, Luật Đường sắt s\n06/2017/QH14.";
    const a = analyze(text);
    expect(a.relations.filter((r) => r.type === "amends" && r.from === a.self.id).map((r) => r.to)).toEqual(["23/2008/QH12", "95/2015/QH13", "06/2017/QH14"]);
  });

  it("not where the 's' is glued to a digit ('s6 38/2019/QH14', an OCR's 'số')", () => {
    expect(named("theo Luật Quản lý thuê s6 38/2019/QH14;").map((c) => c[0])).not.toContain("38/2019/QH14");
    expect(extract("theo Luật Quản lý thuê s6 38/2019/QH14;").filter((c) => c.id === "38/2019/QH14")).toHaveLength(1);
  });
});

describe("'ngày' typed twice before a law's date", () => {
  it("ends the name before the first 'ngày' and reads the date after the second", () => {
    // fresh60k-002 (Khánh Hòa's commendation rules): the law was named "Thi đua, Khen thưởng ngày".
    expect(named("Căn cứ Luật Thi đua, Khen thưởng ngày ngày 26tháng 11 năm 2003;")).toEqual([
      ["law:thi-dua-khen-thuong@2003", "Luật Thi đua, Khen thưởng ngày ngày 26tháng 11 năm 2003"],
    ]);
    expect(named("Căn cứ Luật Đất đai ngày ngày 29/11/2013;").map((x) => x[0])).toEqual(["law:dat-dai@2013"]);
    // With the law's number left blank before it ("số", blankNumberAt), the name ends before "số" as with one "ngày".
    expect(named("Căn cứ Luật Quy hoạch đô thị số ngày ngày 17/6/2009;").map((x) => x[0])).toEqual(["law:quy-hoach-do-thi@2009"]);
  });

  it("reads one 'ngày' as before", () => {
    expect(named("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;").map((x) => x[0])).toEqual(["law:thi-dua-khen-thuong@2003"]);
    expect(named("Căn cứ Luật Quy hoạch đô thị số ngày 17/6/2009;").map((x) => x[0])).toEqual(["law:quy-hoach-do-thi@2009"]);
  });
});
