import { describe, expect, it } from "vitest";
import { freshText as fresh, relationLines as relations } from "../../helpers/layout.js";
import { NATIONAL_MOTTO } from "../../../src/analyze/header/line-text.js";

// A header's motto broken by a narrow cell or a wrap ("ỦY BAN NHÂN DÂN | CỘNG HÒA ⏎ XÃ HỘI CHỦ NGHĨA VIỆT NAM |"):
// the rest on the next line was read as an issuer's line, a commune "Hội Chủ Nghĩa Việt Nam" under the province, or
// the province lost (23 probe texts with seven words a line: LAYOUT-s70). NATIONAL_MOTTO takes the motto's rest too.
describe("the national motto broken over two lines", () => {
  it.each([
    ["fresh29u", "fresh29u-009", "proposed_by SELF -> 129/TTr-SNV@2010~tuyen-quang"],
    ["fresh29c", "fresh29c-005", "proposed_by SELF -> 18/BC-HĐND-KTNS@2016~binh-phuoc"],
  ])("%s/%s keeps its place", (set, name, relation) => {
    const text = fresh(set, name);
    const broken = text.replace(/\| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \|/, "| CỘNG HÒA\nXÃ HỘI CHỦ NGHĨA VIỆT NAM |");
    expect(broken).not.toBe(text);
    expect(relations(text)).toContain(relation);
    expect(relations(broken)).toEqual(relations(text));
  });

  it("takes the motto's rest from 'chủ nghĩa' on, and no body's or commune's line", () => {
    for (const line of ["XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘI CHỦ NGHĨA VIỆT NAM", "CHỦ NGHĨA VIỆT NAM", "NGHĨA VIỆT NAM", "XÃ  HỘI  CHỦ  NGHĨA", "Xã hội chủ nghĩa Việt Nam"]) {
      expect(NATIONAL_MOTTO().test(line)).toBe(true);
    }
    for (const line of ["XÃ HỘI XUÂN", "HỘI CHỮ THẬP ĐỎ", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "VIỆT NAM", "CHỦ TỊCH", "XÃ HỘI CHỦNGHĨA"]) {
      expect(NATIONAL_MOTTO().test(line)).toBe(false);
    }
  });
});
