/**
 * An amending law's own title names the laws it amends (extract/title-listed-laws.ts): named amends of
 * the law itself, the title's mention the law's own (roles/with-self.ts ownAmendingTitle) where a crawler's
 * page prints it on the date line and the header reads no title. Luật 47/2019/QH14 as
 * johnPa02/thuvienphapluat-crawler stores it (fresh45b-014), its heading line left out.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const TEXT_014 =
  "QUỐC HỘI -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số: 47/2019/QH14\nHà Nội, ngày 22 tháng 11 năm 2019 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ số 76/2015/QH13 và Luật Tổ chức chính quyền địa phương số 77/2015/QH13.\n";

describe("the laws an amending law's title lists by name", () => {
  it("are amended by the law; the title is the law's own mention, not another law's", () => {
    const a = analyze(TEXT_014);
    expect(a.self.id).toBe("47/2019/QH14");
    const named = a.citations.filter((c) => c.form === "named").map((c) => `${c.raw.replace(/\s+/g, " ")} ${c.role} ${c.id}`);
    expect(named).toEqual([
      "LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA self 47/2019/QH14",
      "LUẬT TỔ CHỨC CHÍNH PHỦ amends 76/2015/QH13",
      "LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG amends 77/2015/QH13",
      "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam based_on constitution:hien-phap@?",
      "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ self 47/2019/QH14",
    ]);
  });

  it("a plan's title citing an amending law in capitals gives the listed laws no edge", () => {
    const a = analyze("ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 4 tháng 8 năm 2020\nKẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG\n");
    expect(a.citations.filter((c) => c.role === "amends")).toEqual([]);
  });
});
