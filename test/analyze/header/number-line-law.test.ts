import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

/*
 * A law's copy on a legal database's page that drops the kind line ("LUẬT"): its number line
 * "Luật số: …" is the law's own number (src/analyze/header/number-line.ts, lawNumberLine). Real texts:
 * fixtures/fresh/fresh31b-017 (hethongphapluat, header as table rows) and -021 (thuvienphapluat).
 */
describe("a law's number line without the kind line", () => {
  it("reads 'Luật số: …' under the motto as the law's own number", () => {
    const text = [
      "Độc lập - Tự do - Hạnh phúc",
      "",
      "Luật số: 62/2025/QH15",
      "",
      "Hà Nội, ngày 17 tháng 02 năm 2025",
      "",
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
      "",
      "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội số 57/2014/QH13.",
      "",
    ].join("\n");
    expect(readHeader(text).numberLine).toMatchObject({ number: "62", year: 2025, symbolParts: ["QH15"] });
    const a = analyze(text, { path: "luat.txt" });
    expect(a.self.id).toBe("62/2025/QH15");
    expect(a.citations.filter((c) => c.number !== null).map((c) => `${c.number} ${c.role}`)).toEqual(["62 self", "57 amends"]);
  });

  it("reads it in a header laid out as table rows, the place and date in the next cell", () => {
    const text = [
      "QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
      "Luật số: 83/2025/QH15 | Hà Nội, ngày 24 tháng 6 năm 2025 |",
      "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẦU CỬ ĐẠI BIỂU QUỐC HỘI VÀ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN",
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
      "",
    ].join("\n");
    const a = analyze(text, { path: "luat.txt" });
    expect(a.self.id).toBe("83/2025/QH15");
    expect(a.self.date).toBe("2025-06-24");
  });

  it("reads 'Luật số:' put on the motto's line after its rule, the number there or on the next line", () => {
    // fixtures/fresh/fresh45b-014 and -013 (thuvienphapluat copies whose crawler joined the header's cells)
    const sameLine = [
      "QUỐC HỘI -------",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số: 47/2019/QH14",
      "Hà Nội, ngày 22 tháng 11 năm 2019 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ",
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
      "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ số 76/2015/QH13.",
      "",
    ].join("\n");
    expect(readHeader(sameLine).numberLine).toMatchObject({ number: "47", year: 2019, symbolParts: ["QH14"] });
    const a = analyze(sameLine, { path: "luat.txt" });
    expect(a.self.id).toBe("47/2019/QH14");
    expect(a.self.date).toBe("2019-11-22");
    expect(a.citations.filter((c) => c.number !== null).map((c) => `${c.number} ${c.role}`)).toEqual(["47 self", "76 amends"]);

    const nextLine = [
      "Luật số 56/2024/QH15. QUỐC HỘI --------",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số:",
      "56/2024/QH15 Hà Nội, ngày 29 tháng 11 năm 2024 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT CHỨNG KHOÁN",
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
      "",
    ].join("\n");
    expect(analyze(nextLine, { path: "luat.txt" }).self.id).toBe("56/2024/QH15");
  });

  it("reads no 'Luật số:' after anything but the motto on a line", () => {
    expect(readHeader("QUỐC HỘI ------- Luật số: 47/2019/QH14\nHà Nội, ngày 22 tháng 11 năm 2019\n").numberLine).toBeNull();
  });

  it("reads no other code after 'Luật số:', and no such line past the header's first lines", () => {
    expect(readHeader("Luật số: 12/QĐ-UBND\nHà Nội, ngày 1 tháng 2 năm 2020\n").numberLine).toBeNull();
    const body = `${"Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; ".repeat(8)}\nLuật số: 57/2014/QH13\n`;
    expect(readHeader(body).numberLine).toBeNull();
  });
});
