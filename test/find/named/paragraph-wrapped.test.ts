// A cue phrase a hard-wrapped copy broke at a line's end goes on past it (src/find/named/paragraph.ts cueRunsAcross).
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";

const raws = (text: string) => extract(text).map((c) => `${c.raw.replace(/\s+/g, " ")} | ${c.id}`);

describe("a title in capitals broken inside its cue phrase", () => {
  // Luật 09/2022/QH15 (fresh56e-002) and 47/2019/QH14 (fresh45b-014), their title on the date line as a crawler joins
  // them, wrapped at 60 columns: "MỘT ⏎SỐ ĐIỀU CỦA" was a new paragraph, the capital "SỐ" after the line break.
  const line = "Hà Nội, ngày 09 tháng 11 năm 2022 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TẦN SỐ VÔ TUYẾN ĐIỆN\nCăn cứ Hiến pháp;";
  it("reads the title and the law it amends as on one line", () => {
    const one = raws(line);
    expect(one.slice(0, 2)).toEqual(["LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA | " + one[0].split(" | ")[1], "LUẬT TẦN SỐ VÔ TUYẾN ĐIỆN | law:tan-so-vo-tuyen-dien@?"]);
    for (const at of ["MỘT SỐ", "BỔ SUNG", "ĐỔI, BỔ", "SỬA ĐỔI"]) {
      const wrapped = raws(line.replace(at, at.replace(" ", "\n")));
      expect(wrapped.slice(1), at).toEqual(one.slice(1));
      expect(wrapped[0].split(" | ")[0], at).toBe("LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA");
    }
  });

  it("still ends a name in capitals at a line break that is inside no phrase", () => {
    expect(raws("KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT TIẾP CẬN THÔNG TIN\nỦY BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ Luật Tổ chức chính quyền địa phương;")[0]).toBe(
      "LUẬT TIẾP CẬN THÔNG TIN | law:tiep-can-thong-tin@?",
    );
  });
});
