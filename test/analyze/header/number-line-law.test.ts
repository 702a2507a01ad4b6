import { describe, expect, it } from "vitest";
import { readHeader } from "../../../src/analyze/header/index.js";
import { analyze } from "../../../src/index.js";

/*
 * A law's copy on a legal database's page that drops the kind line ("LUẬT"): its number line
 * "Luật số: …" is the law's own number (src/analyze/header/number-line.ts, lawNumberLine). Real texts:
 * fixtures/fresh/fresh31b-017 (hethongphapluat, header as table rows) and -021 (thuvienphapluat).
 */
describe("a law's number line without the kind line", () => {
  it.each([
    {
      layout: "under the motto",
      lines: [
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
      ],
      line: { number: "62", year: 2025, symbolParts: ["QH15"] },
      self: { id: "62/2025/QH15", date: "2025-02-17" },
      roles: ["62 self", "57 amends"],
    },
    {
      // fixtures/fresh/fresh45b-014 (a thuvienphapluat copy whose crawler joined the header's cells)
      layout: "on the motto's line after its rule",
      lines: [
        "QUỐC HỘI -------",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số: 47/2019/QH14",
        "Hà Nội, ngày 22 tháng 11 năm 2019 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ",
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
        "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ số 76/2015/QH13.",
        "",
      ],
      line: { number: "47", year: 2019, symbolParts: ["QH14"] },
      self: { id: "47/2019/QH14", date: "2019-11-22" },
      roles: ["47 self", "76 amends"],
    },
  ])("reads 'Luật số: …' $layout as the law's own number", ({ lines, line, self, roles }) => {
    const text = lines.join("\n");
    expect(readHeader(text).numberLine).toMatchObject(line);
    const a = analyze(text, { path: "luat.txt" });
    expect(a.self).toMatchObject(self);
    expect(a.citations.filter((c) => c.number !== null).map((c) => `${c.number} ${c.role}`)).toEqual(roles);
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

  it("reads 'Luật số:' on the motto's line with its number on the next line", () => {
    // fixtures/fresh/fresh45b-013
    const nextLine = [
      "Luật số 56/2024/QH15. QUỐC HỘI --------",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số:",
      "56/2024/QH15 Hà Nội, ngày 29 tháng 11 năm 2024 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT CHỨNG KHOÁN",
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
      "",
    ].join("\n");
    expect(analyze(nextLine, { path: "luat.txt" }).self.id).toBe("56/2024/QH15");
  });

  it("reads the Assembly's 'Nghị quyết số:' so too, its number on the next line", () => {
    // fixtures/fresh/fresh55i-005 (132/2020/QH14) and -006 (61/2022/QH15), the same crawler's copies
    const resolution = [
      "Nghị quyết 132/2020/QH14",
      "QUỐC HỘI -------",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số:",
      "132/2020/QH14",
      "Hà Nội, ngày 17 tháng 11 năm 2020 NGHỊ QUYẾT THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC QUỐC HỘI",
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
      "",
    ].join("\n");
    const a = analyze(resolution, { path: "nq.txt" });
    expect(a.self.id).toBe("132/2020/QH14");
    expect(a.self.kind).toBe("resolution");
    // A Standing Committee's resolution: its code is the legislature's too.
    const committee = resolution.replace(/132\/2020\/QH14/g, "24/2022/UBTVQH15").replace("QUỐC HỘI -------", "ỦY BAN THƯỜNG VỤ QUỐC HỘI -------");
    expect(analyze(committee, { path: "nq.txt" }).self.id).toBe("24/2022/UBTVQH15");
  });

  it("reads no 'Nghị quyết số:' on the motto's line with another issuer's code", () => {
    expect(readHeader("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số:\n12/2020/NQ-HĐND\nHà Nội, ngày 1 tháng 2 năm 2020\n").numberLine).toBeNull();
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
