// A name a hard-wrapped copy broke where a list of laws goes on (src/find/named/lower-case-name.ts WRAP, oneLineBreak)
// or right after a law's kind word (src/find/named/paragraph.ts kindWordBefore): one line break is a blank there.
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";

const raws = (text: string) => extract(text).map((c) => `${c.raw.replace(/\s+/g, " ")} | ${c.id}`);

describe("a lower-case name, then 'và' and the next document, a line break about 'và'", () => {
  // 94/2013/NĐ-CP's title as fresh64b-007 cites it, and 54/2006/NĐ-CP's in fresh49a-006, wrapped: the name stood only
  // where "và" and the next document followed on the same line.
  const cases = [
    "Căn cứ Nghị định số 94/2013/NĐ-CP quy định chi tiết thi hành Luật dự trữ quốc gia và Nghị định số 128/2015/NĐ-CP ngày 15 tháng 12 năm 2015;",
    "Căn cứ Nghị định số 54/2006/NĐ-CP hướng dẫn một số điều của Pháp lệnh ưu đãi người có công với cách mạng và Thông tư số 07/2006/TT-BLĐTBXH;",
    "Nghị định quy định chi tiết thi hành một số điều của Luật di sản văn hóa và Luật sửa đổi, bổ sung một số điều của Luật di sản văn hóa;",
  ];
  for (const line of cases) {
    const law = line.includes("di sản") ? "Luật di sản văn hóa | law:di-san-van-hoa@?" : line.includes("dự trữ") ? "Luật dự trữ quốc gia | law:du-tru-quoc-gia@?" : "Pháp lệnh ưu đãi người có công với cách mạng | ordinance:uu-dai-nguoi-co-cong-voi-cach-mang@?";
    it(`reads ${law} wrapped before or after 'và'`, () => {
      const one = raws(line);
      expect(one).toContain(law);
      expect(raws(line.replace(" và ", " và\n")), "after").toEqual(one);
      expect(raws(line.replace(" và ", "\nvà ")), "before").toEqual(one);
      expect(raws(line.replace(" và ", " và\r\n  ")), "CRLF, indented").toEqual(one);
    });
  }
  it("not across a blank line", () => {
    expect(raws(cases[0].replace(" và ", " và\n\n")).some((r) => r.startsWith("Luật dự trữ quốc gia"))).toBe(false);
  });
});

describe("a law's kind word at a line's end, its name on the next line", () => {
  // fresh30t-019, fresh59b-003: "Thi hành" opens a cue too, and the capital after the line break ended the name.
  it("goes on into the name", () => {
    expect(raws("Căn cứ Luật Thi hành án dân sự ngày 14/11/2008 và Luật Sửa đổi, bổ sung một số điều của Luật\nThi hành án dân sự ngày 25/11/2014;")[1]).toBe(
      "Luật Sửa đổi, bổ sung một số điều của Luật Thi hành án dân sự ngày 25/11/2014 | law:sua-doi-bo-sung-mot-so-dieu-luat-thi-hanh-an-dan-su@2014",
    );
  });
  it("not after 'pháp luật', in capitals neither", () => {
    expect(raws("LUẬT BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Hiến pháp;")[0]).toBe("LUẬT BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT | law:ban-hanh-van-ban-quy-pham-phap-luat@?");
    expect(raws("Căn cứ Luật Phổ biến, giáo dục pháp luật\nThực hiện Kế hoạch số 12/KH-UBND;")[0]).toBe("Luật Phổ biến, giáo dục pháp luật | law:pho-bien-giao-duc-phap-luat@?");
  });
});

describe("an initialism after a line break that ends a lower-case name", () => {
  // fresh36b-014, fresh50b-001, fresh45c-010: the tax laws named by their initials, the line broken before them.
  it("goes on into the name where the sentence goes on right after it", () => {
    expect(raws("5% (theo quy định tại Luật thuế\nGTGT) và 10% (theo quy định tại Nghị định số 15/2022/NĐ-CP)")[0]).toBe("Luật thuế GTGT | law:thue-gtgt@?");
    expect(raws("Luật số 106/2016/QH13 sửa đổi, bổ sung một số điều của Luật thuế\nGTGT,\nLuật thuế TTĐB và Luật Quản lý thuế.").slice(1, 3)).toEqual([
      "Luật thuế GTGT | law:thue-gtgt@?",
      "Luật thuế TTĐB | law:thue-ttdb@?",
    ]);
  });
  it("not where a blank follows it (a body in capitals), nor after a line in capitals", () => {
    expect(raws("Căn cứ Luật Dược\nUBND huyện xây dựng kế hoạch;")[0]).toBe("Luật Dược | law:duoc@?");
    expect(raws("KẾ HOẠCH TRIỂN KHAI LUẬT DƯỢC\nUBND, các sở thực hiện;")[0]).toBe("LUẬT DƯỢC | law:duoc@?");
  });
});
