/** A code named by its initials (src/find/code-initials.ts, vocab/laws.ts CODE_INITIALS). */
import { describe, expect, it } from "vitest";
import { findCodeInitials } from "../../src/find/code-initials.js";
import { prepare } from "../../src/prepare/prepare.js";
import { analyze, extract } from "../../src/index.js";

const read = (text: string) => findCodeInitials(text, prepare).map((m) => [text.slice(m.start, m.end), m.name, m.year]);

describe("a code named by its initials", () => {
  it.each([
    // fresh31a-022 (HĐTP 01/2003/NQ-HĐTP), after "Bộ luật Dân sự (sau đây viết tắt là BLDS)".
    ["việc đặt cọc chỉ có hiệu lực khi có đủ các điều kiện quy định tại Điều 131 BLDS và phải được lập thành văn bản", "BLDS", "Dân sự", null],
    // pairs46-001, -003, -006: the year after the initials, with "năm" or without it.
    ["Chủ thể của tội phạm tại điều 125 BLHS năm 2015:", "BLHS năm 2015", "Hình sự", 2015],
    ["Theo qui định tại Điều 62 BLTTHS năm 2015, bị hại là cá nhân", "BLTTHS năm 2015", "Tố tụng hình sự", 2015],
    ["tội danh mới được quy định tại Điều 95, BLHS 1999. Tuy tội phạm", "BLHS 1999", "Hình sự", 1999],
    // fresh29r-010 (a procuracy's guidance): a list of codes.
    ["các quy định của BLHS, BLTTHS, Luật tổ chức Cơ quan điều tra hình sự năm 2015", "BLHS", "Hình sự", null],
    ["Căn cứ Điều 45 BLTTDS năm 2005 được sửa đổi", "BLTTDS năm 2005", "Tố tụng dân sự", 2005],
    ["theo Điều 36 BLLĐ 2019", "BLLĐ 2019", "Lao động", 2019],
  ])("%s", (text, whole, name, year) => {
    expect(read(text)[0]).toEqual([whole, name, year]);
  });

  it("reads no other country's code, no list of abbreviations, no longer word", () => {
    // A research article on the draft Civil Code (lapphap.vn, 2015): foreign codes by the same initials.
    expect(read("Điều 313 BLDS Đức (Bürgerliches Gesetzbuch - BGB bản sửa đổi năm 2002) quy định")).toEqual([]);
    expect(read("Nước đi tiên phong là Italy. BLDS Italy năm 1942 đã có quy định")).toEqual([]);
    // A thesis's list of abbreviations: the full name follows.
    expect(read("DANH MỤC CÁC TỪ VIẾT TẮT BLDS Bộ luật Dân sự CTTC Công ty tài chính")).toEqual([]);
    expect(read("mã TBLDS, BLDSX, BLHS2")).toEqual([]);
  });

  it("is a named code's citation, an article's pinpoint into it", () => {
    const text = "Theo quy định tại Điều 130 Bộ luật Dân sự (sau đây viết tắt là BLDS) thì … quy định tại Điều 131 BLDS và phải được lập thành văn bản.";
    const codes = extract(text).filter((c) => c.kind === "code");
    expect(codes.map((c) => [c.raw, c.form, c.name, c.pinpoint?.article])).toEqual([
      ["Bộ luật Dân sự", "named", "Dân sự", "130"],
      ["BLDS", "named", "Dân sự", undefined],
      ["BLDS", "named", "Dân sự", "131"],
    ]);
    const a = analyze("Căn cứ Điều 45 BLTTDS năm 2005;");
    expect(a.citations.map((c) => [c.id, c.role])).toEqual([["code:to-tung-dan-su@2005", "based_on"]]);
  });
});
