/**
 * src/extract/title-listed-laws.ts: an amending law's own title in capitals names the laws it amends by
 * name; each is a mention of its own, the title's mention keeps the whole name. The titles are the
 * published ones (Luật 47/2019/QH14, fresh45b-014; Luật 56/2024/QH15, fresh45b-013), in a crawler's layout
 * (the title on the date line) and in the official one (the kind line "LUẬT", the title under it).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const read = (text: string) => extract(text).map((c) => `${c.raw} | ${c.name ?? ""}`);

const TITLE_014 = "LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG";

describe("the laws an amending law's own title lists by name", () => {
  it("each law listed is a mention; the title's mention ends before the first, its name whole (the title on the date line)", () => {
    expect(read(`Luật số: 47/2019/QH14\nHà Nội, ngày 22 tháng 11 năm 2019 ${TITLE_014}\nCăn cứ Hiến pháp;`)).toEqual([
      "Luật số: 47/2019/QH14 | ",
      "LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA | SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG",
      "LUẬT TỔ CHỨC CHÍNH PHỦ | TỔ CHỨC CHÍNH PHỦ",
      "LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG | TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG",
      "Hiến pháp | Hiến pháp",
    ]);
  });

  it("reads the list so under the kind line too, wrapped; a ',' inside a law's name is no join (Luật 56/2024/QH15)", () => {
    const text = "LUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT CHỨNG KHOÁN, LUẬT QUẢN LÝ, SỬ DỤNG TÀI SẢN CÔNG,\nLUẬT QUẢN LÝ THUẾ VÀ\nLUẬT DỰ TRỮ QUỐC GIA\n";
    expect(extract(text).map((c) => c.raw)).toEqual([
      "LUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA",
      "LUẬT CHỨNG KHOÁN",
      "LUẬT QUẢN LÝ, SỬ DỤNG TÀI SẢN CÔNG",
      "LUẬT QUẢN LÝ THUẾ",
      "LUẬT DỰ TRỮ QUỐC GIA",
    ]);
  });

  it("an amending law cited by name elsewhere stays one mention, its name whole", () => {
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;")).toHaveLength(1);
    // In capitals in another document's title, after the words that cite it.
    expect(read("KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG\n")).toHaveLength(1);
  });

  it("a listing's subject line opening with the title in mixed case lists the laws too (listing50 row 54, listing50b rows 5 and 52)", () => {
    expect(read("Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Quản lý, sử dụng tài sản công của Quốc hội, số 90/2025/QH15")).toEqual([
      "Luật sửa đổi, bổ sung một số điều của | sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Quản lý, sử dụng tài sản công",
      "Luật Đấu thầu | Đấu thầu",
      "Luật Hải quan | Hải quan",
      "Luật Thuế xuất khẩu, thuế nhập khẩu | Thuế xuất khẩu, thuế nhập khẩu",
      "Luật Quản lý, sử dụng tài sản công | Quản lý, sử dụng tài sản công",
      "số 90/2025/QH15 | ",
    ]);
    expect(read("Luật sửa đổi , bổ sung một số điều của Luật thuế tiêu thụ đặc biệt")).toEqual([
      "Luật sửa đổi , bổ sung một số điều của | sửa đổi, bổ sung một số điều của Luật thuế tiêu thụ đặc biệt",
      "Luật thuế tiêu thụ đặc biệt | thuế tiêu thụ đặc biệt",
    ]);
    // The year after the list is the last law's: the title (19/2000/QH10) is undated.
    expect(extract("Luật Sửa đổi, bổ sung một số điều của Luật dầu khí 1993").map((c) => `${c.raw} | ${c.id}`)).toEqual([
      "Luật Sửa đổi, bổ sung một số điều của | law:sua-doi-bo-sung-mot-so-dieu-luat-dau-khi@?",
      "Luật dầu khí 1993 | law:dau-khi@1993",
    ]);
  });

  it("a listing's title closed by its own number right after the one law it amends lists that law, the number its own citation (listing54 row 16, listing56 row 156)", () => {
    expect(read("Luật Sửa đổi, bổ sung một số điều của Luật Quản lý nợ công số 141/2025/QH15")).toEqual([
      "Luật Sửa đổi, bổ sung một số điều của | Sửa đổi, bổ sung một số điều của Luật Quản lý nợ công",
      "Luật Quản lý nợ công | Quản lý nợ công",
      "số 141/2025/QH15 | ",
    ]);
    expect(read("Luật sửa đổi, bổ sung một số điều của Luật tổ chức Quốc hội số 83/2007/QH11 của Quốc hội XI")).toEqual([
      "Luật sửa đổi, bổ sung một số điều của | sửa đổi, bổ sung một số điều của Luật tổ chức Quốc hội",
      "Luật tổ chức Quốc hội | tổ chức Quốc hội",
      "số 83/2007/QH11 của Quốc hội XI | ",
    ]);
    // Cited by name and number after other words, the amending law stays one citation, the number its name's.
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13 ngày 13 tháng 6 năm 2014;")).toEqual([
      "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13 ngày 13 tháng 6 năm 2014 | sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế",
    ]);
  });

  it("a mixed-case amending name after other words stays one mention", () => {
    expect(read("Quy định chi tiết thi hành Luật Sửa đổi, bổ sung một số điều của Luật Thuế xuất khẩu, thuế nhập khẩu")).toHaveLength(1);
    expect(read("V/v Lấy ý kiến hồ sơ dự án Luật sửa đổi, bổ sung một số điều của Luật Hải quan")).toHaveLength(1);
    // Opening the text, but a sentence's subject, no title: other words follow it on its line.
    expect(read("Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở đã quy định rõ.")).toHaveLength(1);
  });
});

// nfd64: a title whose window needed preparing was left whole, and a decomposed copy's (NFD) always does: pairs59b-001's
// title ("LUẬT ⏎SỬA ĐỔI, … CỦA LUẬT ĐẤU THẦU, …") and fresh45b-014's lost every law they list. Read composed, mapped back.
describe("the laws an amending law's own title lists, decomposed (title-listed-laws.ts)", () => {
  it.each([
    "LUẬT\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤU THẦU, LUẬT ĐẦU TƯ THEO PHƯƠNG THỨC ĐỐI TÁC CÔNG TƯ, LUẬT HẢI QUAN, LUẬT THUẾ GIÁ TRỊ GIA TĂNG, LUẬT THUẾ XUẤT KHẨU, THUẾ NHẬP KHẨU, LUẬT ĐẦU TƯ, LUẬT ĐẦU TƯ CÔNG, LUẬT QUẢN LÝ; SỬ DỤNG TÀI SẢN CÔNG\n",
    `${TITLE_014}\n`,
  ])("reads each law listed as the composed copy does, spans the caller's", (text) => {
    const nfd = text.normalize("NFD");
    const composed = extract(text);
    expect(composed.length).toBeGreaterThan(2);
    const cits = extract(nfd);
    expect(cits.map((c) => c.id)).toEqual(composed.map((c) => c.id));
    expect(cits.map((c) => c.raw.normalize("NFC"))).toEqual(composed.map((c) => c.raw));
    for (const c of cits) expect(nfd.slice(c.start, c.end)).toBe(c.raw);
  });
});
