import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// grammars/citation/gates/symbol-repairs.ts spacedIssuerCodeAt: a copy that turned the dash between the
// type code and the issuer's code into a space (fresh51e-001's "282/QĐ TTg"; "4041/2005/QĐ UBND",
// "13/2023/NĐ CP" on public web pages).
describe("extract: a space for the dash between type code and issuer's code ('Quyết định số 282/QĐ TTg')", () => {
  it("reads the issuer's code as the ký hiệu's, the id the regular form's, and says what it read", () => {
    const spaced = extract("Căn cứ Quyết định số 282/QĐ TTg ngày 24/2/2011 của Thủ tướng Chính phủ; Quyết định số 4041/2005/QĐ UBND về việc chuyển Công ty; Nghị định 13/2023/NĐ CP về bảo vệ dữ liệu cá nhân");
    const regular = extract("Căn cứ Quyết định số 282/QĐ-TTg ngày 24/2/2011 của Thủ tướng Chính phủ; Quyết định số 4041/2005/QĐ-UBND về việc chuyển Công ty; Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân");
    expect(spaced.map((c) => c.symbol)).toEqual(["QĐ-TTg", "QĐ-UBND", "NĐ-CP"]);
    expect(spaced.map((c) => c.id)).toEqual(regular.map((c) => c.id));
    expect(spaced[0].warnings.map((w) => w.message).join(" ")).toContain("a space for the dash between the type code and the issuer's code");
  });

  it("only a state type code alone, one space, then an issuer's code that starts nothing else", () => {
    expect(extract("Quyết định số 12/QĐ ngày 3/4/2020").map((c) => c.symbol)).toEqual(["QĐ"]);
    expect(extract("Công văn số 5/UBND VX ngày 2/3/2020").map((c) => c.symbol)).toEqual(["UBND"]);
    expect(extract("Quyết định số 7/QĐ-UBND TTg").map((c) => c.symbol)).toEqual(["QĐ-UBND"]);
    expect(extract("Quyết định số 8/QĐ  UBND ngày 1/2/2020").map((c) => c.symbol)).toEqual(["QĐ"]);
    expect(extract("Quyết định số 9/QĐ UBND/2020").map((c) => c.symbol)).toEqual(["QĐ"]);
  });
});
