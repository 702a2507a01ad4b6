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
});
