import { describe, expect, it } from "vitest";
import { bareId, isBareId, readBare } from "../../src/identify/bare.js";
import { parseId } from "../../src/identify/id.js";

/** readBare from right after `number`'s first occurrence in `text`. */
const after = (text: string, number: string) => readBare(text, text.indexOf(number) + number.length);

describe("readBare: the date and issuer after a number cited without a ký hiệu", () => {
  it("reads the date written out, with dashes, with slashes, and the body the issuer table knows", () => {
    const t = "Công điện số 1409 ngày 15 tháng 9 năm 2021 của Bộ Y tế.";
    expect(after(t, "1409")).toMatchObject({ date: "2021-09-15", issuerKey: "BYT", local: false, end: t.indexOf(".") });
    expect(after("Quyết định số 213 ngày 24-10-1991 của Bộ Tài chính về giá", "213")).toMatchObject({ date: "1991-10-24", issuerKey: "BTC" });
    expect(after("Công văn số 1234 ngày 05/6/2020 của Sở Tài chính;", "1234")).toMatchObject({ date: "2020-06-05", issuerKey: "STC", local: true });
  });

  it("reads a date a comma sets off from the number, as Party texts write it", () => {
    // fixtures/fresh/fresh54h-001, fresh50e-014.
    const t = "và Kế hoạch số 155, ngày 07/7/2019 của Thành ủy Hà Nội về tổ chức đại hội";
    expect(after(t, "155")).toMatchObject({ date: "2019-07-07", issuerKey: "TU" });
    expect(after("tại Nghị quyết số 27, ngày 2/12/2024 của Ban Chấp hành Đảng bộ tỉnh khóa XVI", "27")).toMatchObject({ date: "2024-12-02" });
    expect(after("quán triệt Kết luận 123, ngày 24/1/2025 về Đề án bổ sung", "123")).toMatchObject({ date: "2025-01-24", issuer: null });
    // The comma and "ngày" only: a comma before anything else reads no date.
    expect(after("Quyết định số 012, năm 2010 của chủ tịch nước", "012")).toBeNull();
    expect(after("các Kế hoạch số 15, 16 ngày 07/7/2019", "15")).toBeNull();
    // A date after a comma with neither issuer nor subject after it opens the next clause (fresh53a-002).
    expect(after("được phê duyệt ngày 3/6/2020 tại Quyết định 749, ngày 31/12/2020, Tỉnh ủy Thái Nguyên đã ban hành", "749")).toBeNull();
    expect(after("theo Kế hoạch số 8, ngày 5/3/2021 Ban Thường vụ đã", "8")).toBeNull();
  });

  it("no full date, an impossible one, or a date with mixed separators: nothing", () => {
    expect(after("Thông tư số 06 năm 1986 của Bộ Nội thương", "06")).toBeNull();
    expect(after("Thông tư số 06 ngày 31 tháng 2 năm 1986", "06")).toBeNull();
    expect(after("Thông tư số 06 ngày 16/7-1986", "06")).toBeNull();
    expect(after("Thông tư số 06 ngày 16 tháng 7", "06")).toBeNull();
  });

  it("a body the table does not know is named up to the word that opens the subject, or a mark", () => {
    expect(after("Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Nội thương ;", "06")).toMatchObject({ issuerKey: "bo-noi-thuong", local: false });
    expect(after("Tờ trình số 46 ngày 23 tháng 4 năm 1993 của Cục thuế tỉnh Lào Cai về giá thu thuế", "46")).toMatchObject({
      issuerKey: "cuc-thue-tinh-lao-cai",
      provinceSlug: "lao-cai",
      local: true,
      issuer: { code: null, name: "Cục thuế tỉnh Lào Cai", level: "province", place: "Lào Cai" },
    });
    // Not a body's name: no issuer, the date alone.
    expect(after("Tờ trình số 78 ngày 10 tháng 5 năm 1999 của ông Giám đốc,", "78")).toMatchObject({ issuer: null, issuerKey: null, local: true });
  });

  it("a name running on with no end is not read; nor a number after 'của'", () => {
    const long = `Tờ trình số 5 ngày 1/2/2020 của Cục ${"Kiểm Tra ".repeat(10)}`;
    expect(after(long, "5")).toMatchObject({ issuerKey: null });
    expect(after("Tờ trình số 5 ngày 1/2/2020 của Ban 12/QĐ-UBND", "5")).toMatchObject({ issuerKey: null });
  });

  it("no issuer named: the date ends it, and the document is read as a local one", () => {
    const t = "tại Tờ trình số 78 ngày 10 tháng 5 năm 1999,";
    expect(after(t, "78")).toMatchObject({ date: "1999-05-10", issuer: null, local: true, end: t.indexOf(",") });
  });
});

describe("bare ids", () => {
  it("never take the form of an id built from a ký hiệu, and parse back", () => {
    const r = after("Tờ trình số 46 ngày 23 tháng 4 năm 1993 của Cục thuế tỉnh Lào Cai về", "46")!;
    const id = bareId("submission", "46", r);
    expect(id).toBe("bare:submission/46@1993-04-23/cuc-thue-tinh-lao-cai~lao-cai");
    expect(isBareId(id)).toBe(true);
    expect(isBareId("46/TTr-UBND@1993~lao-cai")).toBe(false);
    expect(parseId(id)).toMatchObject({ number: "46", symbol: null, style: null, dateYear: 1993, province: "lao-cai", district: null });
    expect(parseId("bare:circular/06@1986-07-16/bo-noi-thuong")).toMatchObject({ number: "06", dateYear: 1986, province: null });
    expect(parseId("bare:submission/78@1999-05-10~nghe-an/huyen-yen-thanh")).toMatchObject({ province: "nghe-an", district: "huyen-yen-thanh" });
    expect(parseId("bare:submission/78@1999-5-10")).toBeNull();
  });
});
