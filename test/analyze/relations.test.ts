import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";

describe("relations' evidence", () => {
  it("leaves out the units inside an amending law's name: they are the amended law's, not the amending one's", () => {
    // fresh30e-017 (Nghị định 176/2013/NĐ-CP's Căn cứ): the relation reaches the amending ordinance by its whole name.
    const t = "NGHỊ ĐỊNH\nQuy định xử phạt vi phạm hành chính trong lĩnh vực y tế\n\nCăn cứ Pháp lệnh dân số ngày 09 tháng 01 năm 2003;\nCăn cứ Pháp lệnh sửa đổi Điều 10 của Pháp lệnh dân số ngày 27 tháng 12 năm 2008;\n";
    const a = analyze(t);
    const amending = a.citations.find((c) => c.name?.includes("sửa đổi Điều 10"));
    expect(amending?.pinpoint).toMatchObject({ article: "10" });
    const r = a.relations.find((x) => x.to === amending!.id);
    expect(r?.type).toBe("based_on");
    expect(r?.evidence.pinpoint).toBeUndefined();
  });
});
