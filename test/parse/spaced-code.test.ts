import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// grammars/citation/gates/symbol-repairs.ts spacedCodeAt: the ministry's code BGDĐT typed "BGD ĐT", a space between its
// name's halves (a school portal's "Thông tư số 23/2015/TTLT-BGD ĐT-BNV", fixtures/fresh/fresh62c-005; Phú Thọ's plan
// 335/KH-UBND, "… của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016", fresh30l-013).
describe("extract: an issuer's code typed with a space inside it ('23/2015/TTLT-BGD ĐT-BNV')", () => {
  it("reads the two pieces as one code, the id the regular form's, and says what it read", () => {
    const spaced = extract("Thông tư số 23/2015/TTLT-BGD ĐT-BNV về quy định chức danh nghề GV; Điều 18 và Điều 20 của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016 của Bộ trưởng");
    const regular = extract("Thông tư số 23/2015/TTLT-BGDĐT-BNV về quy định chức danh nghề GV; Điều 18 và Điều 20 của Thông tư 01/2016/TT-BGDĐT ngày 15/01/2016 của Bộ trưởng");
    expect(spaced.map((c) => c.symbol)).toEqual(["TTLT-BGDĐT-BNV", "TT-BGDĐT"]);
    expect(spaced.map((c) => c.id)).toEqual(regular.map((c) => c.id));
    expect(spaced[1].raw).toBe("Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016");
    expect(spaced[0].warnings.map((w) => w.message).join(" ")).toContain("a space inside an issuer's code");
  });

  it("not a code known alone, nor pieces that join into no code vncite knows", () => {
    expect(extract("Quyết định số 12/QĐ-UBND TỈNH ngày 1/1/2020").map((c) => c.symbol)).toEqual(["QĐ-UBND"]);
    expect(extract("Thông tư số 01/2016/TT-BGD KH ngày 15/01/2016").map((c) => c.symbol)).toEqual(["TT-BGD"]);
    expect(extract("Nghị định 15/2018/NĐ-CP QUY ĐỊNH").map((c) => c.symbol)).toEqual(["NĐ-CP"]);
  });
});
