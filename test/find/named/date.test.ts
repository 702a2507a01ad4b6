// The date or year after a name, and what is none (src/find/named/date.ts, marker.ts).
import { describe, expect, it } from "vitest";
import { findNamedMentions } from "../../../src/find/named/index.js";
import { extract } from "../../../src/index.js";

describe("a term or period after the name ('nhiệm kỳ 2026 - 2031', 'giai đoạn 2021-2025')", () => {
  it("ends the name: the term's first year is no year of enactment", () => {
    expect(extract("Tổ chức bầu cử theo đúng Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND nhiệm kỳ 2026 - 2031.").map((c) => [c.id, c.raw])).toEqual([
      ["law:bau-cu-dai-bieu-quoc-hoi-dai-bieu-hoi-dong-nhan-dan@?", "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND"],
    ]);
    expect(extract("Triển khai Luật Thủ đô giai đoạn 2025-2030 trên toàn thành phố.").map((c) => c.id)).toEqual(["law:thu-do@?"]);
  });

  it("reads a year that begins a range of years as none, with or without 'năm'", () => {
    expect(extract("Căn cứ Luật Thủ đô 2024 - 2026;").map((c) => [c.id, c.raw])).toEqual([["law:thu-do@?", "Luật Thủ đô"]]);
    expect(extract("Căn cứ Luật Thủ đô năm 2024 –2026;").map((c) => c.id)).toEqual(["law:thu-do@?"]);
    // A year alone, or before a date's dash-free words, is the law's as before.
    expect(extract("Căn cứ Luật Thủ đô 2024; Luật Thủ đô năm 2012 - Điều 3").map((c) => c.id)).toEqual(["law:thu-do@2024", "law:thu-do@2012"]);
  });
});

describe("a date or year no law has after the name", () => {
  it("ends the name all the same: the law is found, its words only the name's, its year unknown", () => {
    // A typo in the year, a date cut short by a page, a year mistyped with a letter: none is read as the date.
    expect(extract("Căn cứ Luật Tổ chức Quốc hội ngày 4 tháng 7 năm 1881;").map((c) => [c.id, c.raw])).toEqual([["law:to-chuc-quoc-hoi@?", "Luật Tổ chức Quốc hội"]]);
    expect(extract("Căn cứ Luật Tổ chức Quốc hội ngày 25 tháng 12\n\nQuyết định ban hành").map((c) => c.id)).toEqual(["law:to-chuc-quoc-hoi@?"]);
    expect(extract("Căn cứ Luật Đất đai năm 1881;").map((c) => [c.id, c.raw])).toEqual([["law:dat-dai@?", "Luật Đất đai"]]);
    // A date a law can have is read as before.
    expect(extract("Căn cứ Luật Tổ chức Quốc hội ngày 4 tháng 7 năm 1981;").map((c) => c.id)).toEqual(["law:to-chuc-quoc-hoi@1981"]);
  });
});

describe("a law's date with the day run into 'tháng' ('ngày 26tháng 11 năm 2003')", () => {
  it("reads the date and the year", () => {
    const text = "Căn cứ Luật Tổ chức HĐND và UBND ngày 26tháng 11 năm 2003;";
    const [law] = findNamedMentions(text);
    expect([law.year, law.date?.month, text.slice(law.start, law.end)]).toEqual([2003, "11", "Luật Tổ chức HĐND và UBND ngày 26tháng 11 năm 2003"]);
  });
});

describe("'năm' run into the name's last word ('… tố cáonăm 1998')", () => {
  const read = (text: string) => findNamedMentions(text).map((m) => [text.slice(m.start, m.end), text.slice(m.nameStart, m.nameEnd), m.year]);
  // fresh31a 007 and fresh29h 019: a page that joined its lines glued the year's word to the name.
  it("ends the name before 'năm' and reads the year", () => {
    expect(read("Căn cứ Luật Khiếu nại, tố cáonăm 1998; Luật sửa đổi")[0]).toEqual(["Luật Khiếu nại, tố cáonăm 1998", "Khiếu nại, tố cáo", 1998]);
    expect(read("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởngnăm 2005 và")[0]).toEqual([
      "Luật sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởngnăm 2005",
      "sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng",
      2005,
    ]);
  });
  it("is the same law as its name spaced", () => {
    const id = (t: string) => extract(t)[0].id;
    expect(id("Căn cứ Luật Khiếu nại, tố cáonăm 1998;")).toBe(id("Căn cứ Luật Khiếu nại, tố cáo năm 1998;"));
    expect(id("CĂN CỨ LUẬT THI ĐUA, KHEN THƯỞNGNĂM 2003;")).toBe("law:thi-dua-khen-thuong@2003");
  });
  it("leaves 'Việt Nam' and a year range as they were", () => {
    expect(read("Căn cứ Luật Quốc tịch Việt Nam năm 2008;")[0]).toEqual(["Luật Quốc tịch Việt Nam năm 2008", "Quốc tịch Việt Nam", 2008]);
    expect(read("Căn cứ Luật Đất đainăm 2021 - 2025;")[0][2]).toBeNull();
  });
});

describe("the enacting body's words run together where a copy lost the space between them", () => {
  it("still lead to the law's date (fresh30w 015: 'Việt Namthông qua')", () => {
    expect(extract("Căn cứ LuậtTổ chức HĐND và UBND được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Namthông qua ngày 26/11/2003;").map((c) => [c.id, c.raw])).toEqual([
      ["law:to-chuc-hoi-dong-nhan-dan-uy-ban-nhan-dan@2003", "LuậtTổ chức HĐND và UBND được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Namthông qua ngày 26/11/2003"],
    ]);
    expect(findNamedMentions("Căn cứ Luật Đất đai được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIIIthông qua ngày 29/11/2013;")[0].year).toBe(2013);
    // Two words that are no body's run together end the enactment as before.
    expect(findNamedMentions("Căn cứ Luật Đất đai được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Namtỉnh họp ngày 29/11/2013;")[0].year).toBe(null);
  });
});

describe("a law's date with 'ngày' typed again for 'tháng' ('ngày 19 ngày 6 tháng 2015')", () => {
  it("reads the day, the month after the second 'ngày', and the year (fresh55a-006; fresh37b-018, fresh55e-006 write the same slip)", () => {
    const text = "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 ngày 6 tháng 2015;\nCăn cứ Luật Đất đai ngày 28 ngày 11 năm 2013;";
    const laws = findNamedMentions(text);
    expect(laws.map((l) => [l.year, l.date?.day, l.date?.month, text.slice(l.start, l.end)])).toEqual([
      [2015, "19", "6", "Luật tổ chức chính quyền địa phương ngày 19 ngày 6 tháng 2015"],
      [2013, "28", "11", "Luật Đất đai ngày 28 ngày 11 năm 2013"],
    ]);
    // No year after it: no date, the name ends there all the same.
    expect(extract("Căn cứ Luật Đất đai ngày 28 ngày 11;").map((c) => c.id)).toEqual(["law:dat-dai@?"]);
  });
});

describe("a law's date with one of its words typed twice ('ngày 26 tháng tháng 11 năm 2003')", () => {
  it("skips the second word and reads the date (fresh63a-005; fresh60k-002's 'ngày ngày', fresh40b-003's 'năm năm' the same slip)", () => {
    const text = "Căn cứ Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng tháng 11 năm 2003;\nCăn cứ Luật Đất đai ngày 29 tháng 11 năm năm 2013;";
    const laws = findNamedMentions(text);
    expect(laws.map((l) => [l.year, l.date?.day, l.date?.month, text.slice(l.start, l.end)])).toEqual([
      [2003, "26", "11", "Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng tháng 11 năm 2003"],
      [2013, "29", "11", "Luật Đất đai ngày 29 tháng 11 năm năm 2013"],
    ]);
    // A word typed three times is no date: the name ends at "ngày" as before, undated.
    expect(extract("Căn cứ Luật Đất đai ngày 29 tháng tháng tháng 11 năm 2013;").map((c) => c.id)).toEqual(["law:dat-dai@?"]);
  });
});
