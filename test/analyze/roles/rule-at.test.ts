import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const roles = (text: string) => Object.fromEntries(analyze(text).citations.map((c) => [c.number, c.role]));

// Answers and Q&A pages on construction say which law provides for an adjustment: the adjusting is
// the subject, the document the place its rule stands. An act adjusting a document names it otherwise.
describe("\"điều chỉnh … được quy định tại / theo quy định tại\" names where the rule stands", () => {
  it("\"Việc điều chỉnh dự án đầu tư xây dựng được quy định tại Điều 61 Luật Xây dựng số 50/2014/QH13\" (1264/BXD-GĐ)", () => {
    const r = roles("Về vấn đề này, Bộ Xây dựng có ý kiến như sau:\n\nViệc điều chỉnh dự án đầu tư xây dựng được quy định tại Điều 61 Luật Xây dựng số 50/2014/QH13. Đề nghị Tập đoàn nghiên cứu, thực hiện.");
    expect(r["50"]).not.toBe("amends");
  });

  it("\"• Điều chỉnh hợp đồng thi công … được quy định tại Điều 7 Thông tư 09/2016/TT-BXD\", \"1. Điều chỉnh khối lượng … theo quy định tại Điều 37 của Nghị định 37/2015/NĐ-CP\"", () => {
    const r = roles(
      "  • Điều chỉnh hợp đồng thi công xây dựng công trình được quy định tại Điều 7 Thông tư 09/2016/TT-BXD hướng dẫn hợp đồng thi công xây dựng công trình như sau:\n\n   1. Điều chỉnh khối lượng công việc trong hợp đồng thi công theo quy định tại Điều 37 của Nghị định 37/2015/NĐ-CP, Điều 10 của Thông tư này và các quy định sau:",
    );
    expect(r["09"] ?? r["9"]).not.toBe("amends");
    expect(r["37"]).not.toBe("amends");
  });

  it("an act's \"Điều chỉnh … đã được phê duyệt tại\" and \"… đã được quy định tại\" still amend", () => {
    const a = roles("QUYẾT ĐỊNH:\nĐiều 1. Điều chỉnh tổng mức đầu tư của dự án đầu tư xây dựng công trình đã được phê duyệt tại Quyết định số 1234/QĐ-UBND ngày 12/5/2020 của UBND tỉnh.");
    expect(a["1234"]).toBe("amends");
    const b = roles("QUYẾT ĐỊNH:\nĐiều 1. Điều chỉnh mức hỗ trợ cho các hộ gia đình đã được quy định tại khoản 2 Điều 3 Quyết định số 567/QĐ-UBND ngày 02/3/2021 của UBND tỉnh.");
    expect(b["567"]).toBe("amends");
  });
});
