/**
 * src/extract/title-listed-laws.ts: an amending law's title in capitals that a hard-wrapped copy broke between any two
 * words of its head ("SỬA ĐỔI, BỔ SUNG MỘT ⏎SỐ ĐIỀU CỦA"), read as on one line: the title, and each law it lists.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const read = (text: string) => extract(text).map((c) => `${c.raw.replace(/\s+/g, " ")} | ${c.name ?? ""}`);

const TITLE = "LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG";
const page = (title: string) => `Luật số: 47/2019/QH14\nHà Nội, ngày 22 tháng 11 năm 2019 ${title}\nCăn cứ Hiến pháp;`;

describe("an amending law's title wrapped inside its head (Luật 47/2019/QH14, fresh45b-014)", () => {
  it("lists the same laws wherever the line breaks", () => {
    const one = read(page(TITLE));
    expect(one.slice(1, 4)).toEqual([
      "LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA | SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG",
      "LUẬT TỔ CHỨC CHÍNH PHỦ | TỔ CHỨC CHÍNH PHỦ",
      "LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG | TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG",
    ]);
    for (const at of ["SỬA ĐỔI", "BỔ SUNG", "SUNG MỘT", "MỘT SỐ", "SỐ ĐIỀU", "ĐIỀU CỦA"]) {
      const wrapped = read(page(TITLE.replace(at, at.replace(" ", "\n"))));
      expect(wrapped.map((r) => r.replace(/ \| .*$/, (n) => n.replace(/\s+/g, " "))), at).toEqual(one);
    }
  });

  it("reads the title under its kind line alike with '\\n', '\\r\\n' and '\\r' line ends (a CRLF's CR read as U+2060 after a code)", () => {
    const lines = (nl: string) => read(`LUẬT${nl}SỬA${nl}ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT TỔ CHỨC CHÍNH PHỦ VÀ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG${nl}Căn cứ Hiến pháp;`);
    const lf = lines("\n");
    expect(lf.map((r) => r.split(" | ")[0])).toEqual(["LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA", "LUẬT TỔ CHỨC CHÍNH PHỦ", "LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG", "Hiến pháp"]);
    expect(lines("\r\n")).toEqual(lf);
    expect(lines("\r")).toEqual(lf);
  });
});
