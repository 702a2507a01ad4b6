import { describe, expect, it } from "vitest";
import { kindByStateCode } from "../../src/vocab/kinds.js";
import { analyze } from "../../src/index.js";

describe("a justice department's appraisal numbered with its own code ('Báo cáo thẩm định số 18/BCTĐ-STP')", () => {
  it("is a report, its code known", () => {
    expect(kindByStateCode("BCTĐ")?.slug).toBe("report");
    const text =
      "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 12/2019/QĐ-UBND\nBắc Kạn, ngày 3 tháng 6 năm 2019\nQUYẾT ĐỊNH\nBan hành quy chế\nỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nTheo đề nghị của Sở Nội vụ tại Tờ trình số 41/TTr-SNV ngày 2/5/2019 và Báo cáo thẩm định số 7/BCTĐ-STP ngày 20/4/2019 của Sở Tư pháp.\nQUYẾT ĐỊNH:\n";
    const a = analyze(text);
    expect(a.warnings.filter((w) => w.code === "unknown-type-code")).toEqual([]);
    const appraisal = a.citations.find((c) => c.number === "07");
    expect([appraisal?.kind, appraisal?.role]).toEqual(["report", "proposed_by"]);
  });
});
