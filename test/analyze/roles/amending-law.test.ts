/**
 * An amending law's or ordinance's enacting formula names the law it amends, with that law's number
 * after its name (roles/with-self.ts enactsAmendmentOf). The sentences are the published ones: Luật 62/2020/QH14
 * (Luật Xây dựng), Luật 24/2012/QH13 (Luật điện lực), Luật 12/2021/QH15 (Bộ luật Tố tụng hình sự).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";

const roles = (a: Analysis) => a.citations.filter((c) => c.number !== null).map((c) => `${c.number}/${c.symbol} ${c.role}`);
/** A law as printed: its heading, its own number, its kind line and title, the preamble. */
const law = (own: string, title: string, formula: string) =>
  `QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nLuật số: ${own}\nHà Nội, ngày 17 tháng 6 năm 2020\nLUẬT\n${title}\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n${formula}\nĐiều 1. Sửa đổi, bổ sung một số điều\n`;

describe("the enacting formula of an amending law", () => {
  it.each([
    ["62/2020/QH14", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT XÂY DỰNG", "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 50/2014/QH13.", "50/QH13 amends"],
    ["24/2012/QH13", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐIỆN LỰC", "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật điện lực số 28/2004/QH11,", "28/QH11 amends"],
    ["12/2021/QH15", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA BỘ LUẬT TỐ TỤNG HÌNH SỰ", "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng hình sự số 101/2015/QH13.", "101/QH13 amends"],
  ])("Luật %s amends the law its formula numbers", (own, title, formula, expected) => {
    expect(roles(analyze(law(own, title, formula)))).toContain(expected);
  });

  it("an ordinance amending an ordinance, enacted by the Standing Committee", () => {
    const text = "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nPháp lệnh số: 05/2022/UBTVQH15\nHà Nội, ngày 13 tháng 12 năm 2022\nPHÁP LỆNH\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA PHÁP LỆNH CHI PHÍ TỐ TỤNG\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nỦy ban Thường vụ Quốc hội ban hành Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Chi phí tố tụng số 02/2012/UBTVQH13.\n";
    expect(roles(analyze(text))).toContain("02/UBTVQH13 amends");
  });

  it("in a basis the same words name the amending law itself, whose number it is: based_on", () => {
    // "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13": 46/2014/QH13 is the amending law.
    const text = "CHÍNH PHỦ\nSố: 146/2018/NĐ-CP\nHà Nội, ngày 17 tháng 10 năm 2018\nNGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT VÀ HƯỚNG DẪN BIỆN PHÁP THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ\nCăn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật bảo hiểm y tế số 46/2014/QH13 ngày 13 tháng 6 năm 2014;\nChính phủ ban hành Nghị định quy định chi tiết.\n";
    expect(roles(analyze(text))).toContain("46/QH13 based_on");
  });

  it.each([
    [
      "',' between the laws (Luật 56/2024/QH15, fresh45b-013)",
      "56/2024/QH15",
      "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT CHỨNG KHOÁN, LUẬT KẾ TOÁN, LUẬT KIỂM TOÁN ĐỘC LẬP VÀ LUẬT NGÂN SÁCH NHÀ NƯỚC",
      "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán số 54/2019/QH14, Luật Kế toán số 88/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 38/2019/QH14, Luật Kiểm toán độc lập số 67/2011/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 97/2015/QH13, Luật Ngân sách nhà nước số 83/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 59/2020/QH14.",
      ["54/QH14 amends", "88/QH13 amends", "38/QH14 references", "67/QH12 amends", "97/QH13 references", "83/QH13 amends", "59/QH14 references"],
      ["amends 38/2019/QH14 -> 88/2015/QH13", "amends 97/2015/QH13 -> 67/2011/QH12", "amends 59/2020/QH14 -> 83/2015/QH13"],
    ],
    [
      "';' between the laws (Luật 03/2022/QH15, fresh45b-007)",
      "03/2022/QH15",
      "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẦU TƯ CÔNG, LUẬT ĐẦU TƯ THEO PHƯƠNG THỨC ĐỐI TÁC CÔNG TƯ VÀ LUẬT ĐẦU TƯ",
      "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công số 39/2019/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số 64/2020/QH14 và Luật số 72/2020/QH14; Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14; Luật Đầu tư số 61/2020/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số 72/2020/QH14.",
      ["39/QH14 amends", "64/QH14 references", "72/QH14 references", "64/QH14 amends", "61/QH14 amends", "72/QH14 references"],
      ["amends 64/2020/QH14 -> 39/2019/QH14", "amends 72/2020/QH14 -> 39/2019/QH14", "amends 72/2020/QH14 -> 61/2020/QH14"],
    ],
  ])("amends every law its formula names with its number, each law's history between them: %s", (_, own, title, formula, expected, nested) => {
    const a = analyze(law(own, title, formula));
    expect(roles(a)).toEqual([`${own.replace(/\/\d{4}/, "")} self`, ...expected]);
    expect(a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.type} ${r.from} -> ${r.to}`).sort()).toEqual(nested.sort());
  });

  it("a law a history names with its name is that history's, not amended", () => {
    const text = law(
      "99/2024/QH15",
      "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT KẾ TOÁN",
      "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Kế toán số 88/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật Quản lý thuế số 38/2019/QH14.",
    );
    expect(roles(analyze(text))).toEqual(["99/QH15 self", "88/QH13 amends", "38/QH14 references"]);
  });
});
