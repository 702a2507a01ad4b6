import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";

/** Each citation's text (by its offsets), kind, type code, id and warning codes. */
const read = (t: string) => extract(t).map((c) => [t.slice(c.start, c.end), c.kind, c.typeCode, c.id, c.warnings.map((w) => w.code)]);

describe("a type code another kind's word shares (KindEntry.sharedCodes)", () => {
  it("reads TT after 'Tờ trình' as the submission's own initials: no kind-mismatch", () => {
    const t = "Xét đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 669/TT-STNMT ngày 23/11/2009 ,";
    expect(read(t)).toEqual([["Tờ trình số 669/TT-STNMT ngày 23/11/2009", "submission", "TT", "669/TT-STNMT@2009", []]]);
    const spaced = "Xét đề nghị của Sở Nội vụ tại Tờ trình số : 213/TT-SNV ngày 03/6/2005 ;";
    expect(read(spaced)).toEqual([["Tờ trình số : 213/TT-SNV ngày 03/6/2005", "submission", "TT", "213/TT-SNV@2005", []]]);
  });

  it("reads TC after 'Công văn' as the finance body's code: no kind-mismatch", () => {
    const t = "Căn cứ Công văn số 1066-TC/TCT ngày 23 tháng 10 năm 1991 của Tổng cục Thuế ;";
    expect(read(t)).toEqual([["Công văn số 1066-TC/TCT ngày 23 tháng 10 năm 1991 của Tổng cục Thuế", "official-letter", "TC", "1066/TC-TCT@1991", ["irregular-separator"]]]);
    const hcsn = "Theo đề nghị của Sở Tài chính tại Công văn số 6573/TC-HCSN ngày 06 tháng 10 năm 2004 ;";
    expect(read(hcsn)).toEqual([["Công văn số 6573/TC-HCSN ngày 06 tháng 10 năm 2004", "official-letter", "TC", "6573/TC-HCSN@2004", []]]);
  });

  it("keeps the warning where the number carries a year, for another kind's word, and for a code not shared", () => {
    // A submission's number has no year: with one, TT is a circular's.
    expect(read("theo Tờ trình số 12/2010/TT-BTC ngày 1/2/2010")[0][4]).toEqual(["kind-mismatch"]);
    // TT is shared with Tờ trình only, TC with Công văn only.
    expect(read("theo Nghị định số 205/TT ngày 11-10-2001 của Thủ tướng Chính phủ")[0][4]).toEqual(["kind-mismatch"]);
    expect(read("theo Tờ trình số 12/TC-HCSN ngày 1/2/2010")[0][4]).toEqual(["kind-mismatch"]);
    expect(read("theo Công văn số 2173/TTr-TNMT-VP ngày 27 tháng 8 năm 2009")[0][4]).toEqual(["kind-mismatch"]);
    // A Party number's TT is a thông tri.
    expect(read("theo Tờ trình số 12-TT/TU ngày 1/2/2010")[0][4]).toEqual(["kind-mismatch"]);
  });
});
