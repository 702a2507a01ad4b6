// Where a name at a line's end stops: a database's field on the next line (src/find/named/paragraph.ts opensField).
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";

const named = (text: string) => extract(text).filter((c) => c.form === "named").map((c) => [c.name, c.id]);

describe("a site's title line that ends with a law's name, then the database's fields", () => {
  it("ends the name before the 'Số hiệu:' label, after a blank line (thuvienphapluat.vn, fresh59d-003)", () => {
    expect(named("Nghị định 111/2002/NĐ-CP hướng dẫn thi hành Pháp lệnh Thể dục, thể thao\n\nSố hiệu: 111/2002/NĐ-CP Loại văn bản: Nghị định")).toEqual([
      ["Thể dục, thể thao", "ordinance:the-duc-the-thao@?"],
    ]);
  });

  it("ends it before a label in a row of cells on the next line (pairs58-002)", () => {
    const text = "Nghị định 18/2011/NĐ-CP sửa đổi khoản 6 Điều 2 Nghị định 20/2010/NĐ-CP hướng dẫn Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số\nSố hiệu: | 18/2011/NĐ-CP | Loại văn bản: | Nghị định |";
    expect(named(text)).toEqual([["sửa đổi Điều 10 của Pháp lệnh Dân số", "ordinance:sua-doi-dieu-10-phap-lenh-dan-so@?"]]);
  });

  it("gives the law no date of the field's: 'Ngày ban hành' with its colon or the date after it", () => {
    expect(named("Kế hoạch 12/KH-UBND triển khai thi hành Luật Đất đai\nNgày ban hành: 17/03/2011\nLoại văn bản: Kế hoạch")).toEqual([["Đất đai", "law:dat-dai@?"]]);
    expect(named("Kế hoạch 12/KH-UBND triển khai thi hành Luật Đất đai\nNgày ban hành 17/03/2011")).toEqual([["Đất đai", "law:dat-dai@?"]]);
  });

  it("still reads a name a PDF wrapped across a blank line", () => {
    expect(named("Căn cứ Luật Ngân sách\n\nNhà nước ngày 25 tháng 6 năm 2015;").map((r) => r[1])).toEqual(["law:ngan-sach-nha-nuoc@2015"]);
  });
});
