import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/** [raw, id] of each citation, by the islands (the default) and by the whole-text path, which must agree. */
function read(text: string): [string, string][] {
  const islands = extract(text).map((c): [string, string] => [c.raw, c.id]);
  expect(extract(text, { strategy: "whole-text" }).map((c) => [c.raw, c.id])).toEqual(islands);
  return islands;
}

describe("a citation ends before the document's place and date line", () => {
  it.each([
    [
      "V/v thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ\n\nThành phố Hồ Chí Minh, ngày 01 tháng 4 năm 2020\n",
      "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ",
      "16/CT-TTg@2020",
    ],
    // The place was the issuer's: 12/UBND-VX of Hà Nội, a wrong identity.
    ["theo Công văn số 12/UBND-VX của UBND\nHà Nội, ngày 01 tháng 4 năm 2020", "Công văn số 12/UBND-VX của UBND", "12/UBND-VX@?"],
    [
      "V/v triển khai Quyết định số 12/QĐ-UBND ngày 3/1/2020 của UBND tỉnh\n\nĐiện Bàn, ngày 01 tháng 4 năm 2020\n",
      "Quyết định số 12/QĐ-UBND ngày 3/1/2020 của UBND tỉnh",
      "12/QĐ-UBND@2020",
    ],
    [
      "Số: 2279/UBND-VX\nVề áp dụng Chỉ thị số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ tướng Chính phủ\r\n\r\nThành phố Hồ Chí Minh, ngày 08 tháng 7 năm 2021\r\n\r\nKính gửi:",
      "Chỉ thị số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ tướng Chính phủ",
      "16/CT-TTg@2020",
    ],
  ])("%j", (text, raw, id) => {
    expect(read(text)).toContainEqual([raw, id]);
    expect(read(text).some(([r]) => r.includes(", ngày") || /Hà Nội|Hồ Chí Minh|Điện Bàn/.test(r))).toBe(false);
  });

  it("in a real letter: HCMC's 2279/UBND-VX (2021), its subject line over the place and date line (fixtures/fresh/fresh29b, a probe text)", () => {
    const text = readFileSync(new URL("../../fixtures/fresh/fresh29b/texts/fresh29b-018.txt", import.meta.url), "utf8");
    const directive = read(text).find(([, id]) => id === "16/CT-TTg@2020");
    expect(directive).toEqual(["Chỉ thị số 16/CT-TTg ngày 31 tháng 3 năm 2020 của Thủ tướng Chính phủ", "16/CT-TTg@2020"]);
  });

  it("reads the same wherever the window of an island ends (far from the number, the line is still found)", () => {
    const subject = "V/v thực hiện Quyết định số 12/QĐ-UBND ngày 3/1/2020 của Chủ tịch Ủy ban nhân dân tỉnh";
    const text = `${subject}${" ".repeat(130)}\n\nHà Nội, ngày 01 tháng 4 năm 2020\n`;
    expect(read(text)).toEqual([["Quyết định số 12/QĐ-UBND ngày 3/1/2020 của Chủ tịch Ủy ban nhân dân tỉnh", "12/QĐ-UBND@2020"]]);
  });
});

describe("a citation's issuer wrapped across lines keeps its place", () => {
  it.each([
    ["theo Quyết định số 12/QĐ-UBND của UBND tỉnh\nQuảng Nam về việc ban hành quy chế", "Quyết định số 12/QĐ-UBND của UBND tỉnh\nQuảng Nam"],
    // A PDF's text with a blank line after every printed line.
    ["theo Quyết định số 12/QĐ-UBND của UBND tỉnh\n\nQuảng Nam\n\nvề việc ban hành quy chế", "Quyết định số 12/QĐ-UBND của UBND tỉnh\n\nQuảng Nam"],
    // The sentence goes on past the date: no date line.
    ["theo Quyết định số 12/QĐ-UBND của UBND tỉnh\nQuảng Nam, ngày 5/1/2020 về việc ban hành", "Quyết định số 12/QĐ-UBND của UBND tỉnh\nQuảng Nam"],
    // On one line, the place before a date is the issuer's.
    ["theo Quyết định số 12/QĐ-UBND của UBND tỉnh Quảng Nam, ngày 5/1/2020 về việc ban hành", "Quyết định số 12/QĐ-UBND của UBND tỉnh Quảng Nam"],
    ["theo Quyết định số 12/QĐ-UBND của UBND tỉnh Quảng Nam, ngày 5 tháng 1 năm 2020\n", "Quyết định số 12/QĐ-UBND của UBND tỉnh Quảng Nam"],
  ])("%j", (text, raw) => {
    expect(read(text)).toEqual([[raw, "12/QĐ-UBND@?~quang-nam"]]);
  });

  it("a ký hiệu wrapped after its dash, with the citation's date on the next line, stays whole", () => {
    expect(read("Căn cứ Quyết định 93/QĐ-\nBNV, ngày 08/08/2016\nvề việc")).toEqual([["Quyết định 93/QĐ-\nBNV, ngày 08/08/2016", "93/QĐ-BNV@2016"]]);
  });
});

describe("a line break inside a number's digits after its first (audit55)", () => {
  // The whole-text path reads it as the islands do, with the same warning (crlf56: it read the number as written).
  const view = (t: string) => {
    const islands = extract(t);
    expect(extract(t, { strategy: "whole-text" })).toEqual(islands);
    return islands.map((c) => [c.id, t.slice(c.start, c.end) === c.raw, c.warnings.some((w) => w.message.includes("a line break inside the number's digits"))]);
  };

  it("reads the number whole where the joined form is a whole citation, with a warning, offsets the caller's", () => {
    expect(view("Căn cứ Nghị định số 61/2\n018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;")).toEqual([["61/2018/NĐ-CP", true, true]]);
    expect(view("Căn cứ Quyết định số 12\n34/QĐ-UBND ngày 1 tháng 2 năm 2020 của UBND tỉnh;")).toEqual([["1234/QĐ-UBND@2020", true, true]]);
    expect(view("Căn cứ Nghị định số 61/2\r\n018/NĐ-CP ngày 23 tháng 4 năm 2018;")).toEqual([["61/2018/NĐ-CP", true, true]]);
    expect(view("Căn cứ Quyết định số: 12\r\n34/QĐ-UBND ngày 1/2/2020;")).toEqual([["1234/QĐ-UBND@2020", true, true]]);
  });

  it("never joins two numbers a line apart: a date, a number of the next line's, figures, a number after no 'số'", () => {
    expect(view("Tin ngày 2022\n23/03/2022 08:00 AM")).toEqual([]);
    expect(view("Thông báo 05\nNghị quyết 59/2006/NQ-HĐND")).toContainEqual(["59/2006/NQ-HĐND", true, false]);
    expect(view("Thông báo 05\nNghị quyết 59/2006/NQ-HĐND").some((c) => c[2])).toBe(false);
    expect(view("Điều 5\n12/2020/NĐ-CP")).toEqual([["12/2020/NĐ-CP", true, false]]);
    expect(view("xã có số 12\n34 hộ dân")).toEqual([]);
    // A year of five digits, or one not of 19xx or 20xx: no join.
    expect(view("Căn cứ Nghị định số 61/20\n018/NĐ-CP;").some((c) => c[2])).toBe(false);
    expect(view("Căn cứ Nghị định số 61/3\n018/NĐ-CP;").some((c) => c[2])).toBe(false);
  });

  it("gives the one-line citation wherever a break splits the number or its year after its first digit", () => {
    const cases = [
      ["Căn cứ Nghị định số ", "161/2018/NĐ-CP", " ngày 29 tháng 12 năm 2018 của Chính phủ;", "161/2018/NĐ-CP"],
      ["Căn cứ Quyết định số ", "2345/QĐ-UBND", " ngày 5 tháng 6 năm 2021 của UBND tỉnh;", "2345/QĐ-UBND@2021"],
      ["Căn cứ Thông tư số ", "1994/2019/TT-BTC", " ngày 1/1/2019;", "1994/2019/TT-BTC"],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.nat(), fc.constantFrom("\n", "\r\n"), ([before, number, after, id], k, br) => {
        // A break after any digit but the last of the number, or inside the year after its first digit.
        const cuts = [...number].map((ch, i) => i).filter((i) => i > 0 && /[0-9]/.test(number[i - 1]) && /[0-9]/.test(number[i]));
        const at = cuts[k % cuts.length];
        const text = before + number.slice(0, at) + br + number.slice(at) + after;
        expect(view(text)).toEqual([[id, true, true]]);
      }),
      { numRuns: 200 },
    );
  });
});
