/**
 * src/extract/named-laws.ts numberOfLastListedLaw (session 65, named65): a listing's row that is an amending law's
 * title closed by a number. The row's own number field says whose number it is: the row's own (listing54 row 16,
 * 141/2025/QH15), or the law the title lists last (dut.udn.vn's row of 123/2025/QH15, "… của Luật Giáo dục số
 * 43/2019/QH14", fixtures/fresh/listing65 row 21), whose named citation and number are then one mention.
 */
import { describe, expect, it } from "vitest";
import { analyze, extract } from "../../src/index.js";

const row = (text: string, number: string, date?: string) => analyze(text, { known: { number, ...(date ? { date } : {}) } });
const cited = (text: string, number: string, date?: string) => row(text, number, date).citations.map((c) => [text.slice(c.start, c.end), c.form, c.role, c.id, c.name ?? null]);

describe("a listing row's amending title closed by a number not the row's own", () => {
  it("gives the number to the law the title lists, name and number one mention amended (listing65 row 21)", () => {
    const text = "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/QH14";
    expect(cited(text, "123/2025/QH15", "10/12/2025")).toEqual([
      ["Luật sửa đổi, bổ sung một số điều của", "named", "self", "123/2025/QH15", "sửa đổi, bổ sung một số điều của Luật Giáo dục"],
      ["Luật Giáo dục số 43/2019/QH14", "full", "amends", "43/2019/QH14", "Giáo dục"],
    ]);
    const a = row(text, "123/2025/QH15", "10/12/2025");
    expect(a.relations.filter((r) => r.type !== "references").map((r) => [r.type, r.to])).toEqual([["amends", "43/2019/QH14"]]);
    // An ordinance's title so, the number the ordinance's.
    expect(cited("Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Dân số số 06/2003/PL-UBTVQH11", "08/2008/PL-UBTVQH12").slice(1)).toEqual([
      ["Pháp lệnh Dân số số 06/2003/PL-UBTVQH11", "full", "amends", "06/2003/PL-UBTVQH11", "Dân số"],
    ]);
    // A code's title so (its number reads as a law's).
    expect(cited("Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13", "12/2017/QH14", "20/06/2017").slice(1)).toEqual([
      ["Bộ luật Hình sự số 100/2015/QH13", "full", "amends", "100/2015/QH13", "Hình sự"],
    ]);
    // Two laws listed: the number the last one's, the first named alone.
    expect(cited("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương số 77/2015/QH13", "47/2019/QH14").slice(1).map((c) => [c[0], c[2], c[3]])).toEqual([
      ["Luật Tổ chức Chính phủ", "amends", "law:to-chuc-chinh-phu@?"],
      ["Luật Tổ chức chính quyền địa phương số 77/2015/QH13", "amends", "77/2015/QH13"],
    ]);
  });

  it("keeps the number the row's own where it is (listing54 row 16, listing56 row 156), or where the row gives none", () => {
    const own = "Luật Sửa đổi, bổ sung một số điều của Luật Quản lý nợ công số 141/2025/QH15";
    expect(cited(own, "141/2025/QH15", "2025-12-10")).toEqual([
      ["Luật Sửa đổi, bổ sung một số điều của", "named", "self", "141/2025/QH15", "Sửa đổi, bổ sung một số điều của Luật Quản lý nợ công"],
      ["Luật Quản lý nợ công", "named", "amends", "law:quan-ly-no-cong@?", "Quản lý nợ công"],
      ["số 141/2025/QH15", "full", "self", "141/2025/QH15", null],
    ]);
    expect(cited("Luật sửa đổi, bổ sung một số điều của Luật tổ chức Quốc hội số 83/2007/QH11 của Quốc hội XI", "83/2007/QH11").map((c) => c[2])).toEqual(["self", "amends", "self"]);
    // No known number (a text, not a row): the words alone do not say, and nothing is joined.
    expect(analyze("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/QH14").citations.map((c) => c.form)).toEqual(["named", "named", "full"]);
    // extract() alone is unchanged.
    expect(extract("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/QH14").map((c) => c.raw)).toEqual([
      "Luật sửa đổi, bổ sung một số điều của",
      "Luật Giáo dục",
      "số 43/2019/QH14",
    ]);
  });

  it("not where another word stands between the law and the number, nor a number of another kind", () => {
    // "của Quốc hội" between: the number is read as before (the title's close), nothing joined.
    const between = cited("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục của Quốc hội, số 43/2019/QH14", "123/2025/QH15");
    expect(between.filter((c) => c[1] === "full").map((c) => c[4])).toEqual([null]);
    // A decree's number after a law's name is no number of that law.
    const decree = cited("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục số 43/2019/NĐ-CP", "123/2025/QH15");
    expect(decree.find((c) => c[3] === "43/2019/NĐ-CP")?.[4] ?? null).toBe(null);
  });
});
