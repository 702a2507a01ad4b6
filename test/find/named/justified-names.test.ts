import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";

// Blanks doubled between the words (a justified page): the enacting formula before an amending law's name (vocab/laws.ts
// ENACTS_BEFORE, "Quốc hội ban hành") and an amending law's short name's lead ("Luật sửa đổi", amending-short-name.ts)
// were read with one literal space, and the names lost their amended law or took the amending law's year.
const justified = (s: string) => s.replaceAll(" ", "  ");
const ids = (text: string) => extract(text).map((c) => c.id);

describe("named laws: blanks doubled between words", () => {
  it("the amending law's enacting formula (Luật 09/2022/QH15)", () => {
    const line = "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tần số vô tuyến điện số 42/2009/QH12.";
    expect(ids(line)).toEqual(["law:sua-doi-bo-sung-mot-so-dieu-luat-tan-so-vo-tuyen-dien@?", "42/2009/QH12"]);
    expect(ids(justified(line))).toEqual(ids(line));
  });

  it("not after other words: a law told enacted in prose keeps its number", () => {
    const line = "Ngày 20/6/2017, Quốc hội  ban  hành Luật sửa đổi, bổ sung một số điều của Luật Tần số vô tuyến điện số 42/2009/QH12.";
    expect(ids(line)).toEqual(["42/2009/QH12"]);
  });

  it("an amending law's short name: its year is not the last listed law's (fresh45b-007)", () => {
    const line =
      "Luật sửa đổi Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác công tư, Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật Điện lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành án dân sự 2022.";
    expect(ids(line)).not.toContain("law:thi-hanh-an-dan-su@2022");
    expect(ids(justified(line))).toEqual(ids(line));
  });
});
