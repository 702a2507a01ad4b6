// A law named in lower case after "thi hành" in a mixed-case text (src/find/named/read-name.ts afterExecution, executedLaw).
import { describe, expect, it } from "vitest";
import { findNamedMentions } from "../../../src/find/named/index.js";
import { analyze, extract } from "../../../src/index.js";

const read = (text: string) => findNamedMentions(text).map((m) => [text.slice(m.start, m.end), text.slice(m.nameStart, m.nameEnd)]);
/** A listing row's named citations, [id, role], the row's own number and date given as its fields are. */
const namedRoles = (subject: string, number: string, date: string) =>
  analyze(subject, { known: { number, date } }).citations.filter((c) => c.form === "named").map((c) => [c.id, c.role]);

describe("a kind word and its name in lower case after 'thi hành', the subject's own number in capitals", () => {
  it("names the law or ordinance where the name ends its clause (listing50b rows 33, 62, 98)", () => {
    expect(read("Nghị định của Chính phủ quy định chi tiết thi hành luật thuế tiêu thụ đặc biệt")).toEqual([
      ["luật thuế tiêu thụ đặc biệt", "thuế tiêu thụ đặc biệt"],
    ]);
    expect(read("Nghị Định của chính phủ số 57/2002/NĐ-CP ngày 03 tháng 6 năm 2002 quy định chi tiết thi hành pháp lệnh phí và lệ phí")).toEqual([
      ["pháp lệnh phí và lệ phí", "phí và lệ phí"],
    ]);
    expect(namedRoles("Nghị định của Chính phủ số 48/2000/NĐ-CP ngày 12 tháng 9 năm 2000 quy định chi tiết thi hành luật dầu khí", "48/2000/NĐ-CP", "12/09/2000")).toEqual([["law:dau-khi@?", "guides"]]);
  });

  it("names the law where 'về' opens the matter a decree details of it (listing50b row 30, fresh41d-007)", () => {
    expect(read("Nghị định 57/1998/NĐ-CP quy định chi tiết thi hành luật thương mại về hoạt động xuất khẩu, nhập khẩu, gia công và đại lý mua bán hàng hoá với nước ngoài")).toEqual([
      ["luật thương mại", "thương mại"],
    ]);
    expect(read("Căn cứ Nghị định số 24/2024/NĐ-CP ngày 27 tháng 02 năm 2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành luật đấu thầu về lựa chọn nhà thầu;")).toEqual([
      ["luật đấu thầu", "đấu thầu"],
    ]);
    expect(namedRoles("Nghị định 57/1998/NĐ-CP quy định chi tiết thi hành luật thương mại về hoạt động xuất khẩu, nhập khẩu, gia công và đại lý mua bán hàng hoá với nước ngoài", "57/1998/NĐ-CP", "31/07/1998")).toEqual([["law:thuong-mai@?", "guides"]]);
    // A list the lower-case name opens still names nothing, a "về" later in it notwithstanding.
    expect(read("Căn cứ Thông tư quy định biện pháp thi hành luật phòng cháy và chữa cháy và luật sửa đổi về phòng cháy;")).toEqual([]);
  });

  it("names nothing where the clause goes on past the name (fresh30i-003, fresh29c-030), nor prose's 'pháp luật'", () => {
    expect(read("Căn cứ Thông tư 149/2020/TT-BCA quy định chi tiết một số điều và biện pháp thi hành luật phòng cháy và chữa cháy và luật sửa đổi, bổ sung một số điều của luật phòng cháy và chữa cháy và nghị định số 136/2020/NĐ-CP;")).toEqual([]);
    expect(read("Căn cứ Nghị định số 57/2002/NĐ-CP của Chính phủ quy định chi tiết thi hành pháp lệnh phí, lệ phí và Nghị định số 24/2006/NĐ-CP;")).toEqual([]);
    expect(read("Tăng cường thi hành pháp luật về thuế trên địa bàn tỉnh.")).toEqual([]);
    // Without "thi hành" a lower-case "luật" in a mixed-case text stays prose, as before.
    expect(read("Nghị định của Chính phủ về luật thuế tiêu thụ đặc biệt")).toEqual([]);
  });
});

describe("a year in brackets after a name without a date (YEAR_IN_BRACKETS)", () => {
  it("is the law's year, the amending law's too", () => {
    // fixtures/fresh/fresh30f-010 (Điện Biên's commendation rules).
    const text = "Căn cứ Luật Thi đua, Khen thưởng (2003) và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng (2013);";
    expect(extract(text).map((c) => [c.id, text.slice(c.start, c.end)])).toEqual([
      ["law:thi-dua-khen-thuong@2003", "Luật Thi đua, Khen thưởng (2003)"],
      ["law:sua-doi-bo-sung-mot-so-dieu-luat-thi-dua-khen-thuong@2013", "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng (2013)"],
    ]);
    // fixtures/dev/texts/dev-047, spaced as the word-segmented source writes it; "(năm 2013)".
    expect(extract("trước khi có Luật Kinh doanh ( 1994 ) ").map((c) => c.id)).toEqual(["law:kinh-doanh@1994"]);
    expect(extract("Căn cứ Luật Đất đai (năm 2013);").map((c) => c.id)).toEqual(["law:dat-dai@2013"]);
  });

  it("is read across a hard-wrapped copy's line break or a tab, as parenthesisFollows reads it", () => {
    for (const text of ["Căn cứ Luật Thi đua, Khen thưởng\n(2003);", "Căn cứ Luật Thi đua, Khen thưởng\r\n(2003);", "Căn cứ Luật Thi đua, Khen thưởng\t(\t2003\t);", "trước khi có Luật Kinh doanh (\n1994 )"]) {
      expect(extract(text).map((c) => c.year), JSON.stringify(text)).toEqual([Number(/\d{4}/.exec(text)![0])]);
    }
  });

  it("is not read from a range, nor over a date the name has", () => {
    expect(extract("theo Luật Đầu tư (2021 - 2025) và").map((c) => c.id)).toEqual(["law:dau-tu@?"]);
    expect(extract("Căn cứ Luật Đất đai ngày 29/11/2013 (2014);").map((c) => c.id)).toEqual(["law:dat-dai@2013"]);
  });
});

describe("a footnote's number glued to a law's name, as a Công báo print anchors its notes (fixtures/fresh/fresh61c-009, fresh47a-002)", () => {
  it("is no part of the name: the law is the one named without it", () => {
    expect(read("Chính phủ ban hành Nghị định quy định chi tiết thi hành một số điều của Luật Thuế giá trị gia tăng2.")).toEqual([
      ["Luật Thuế giá trị gia tăng", "Thuế giá trị gia tăng"],
    ]);
    expect(read("8.2. Đối với đối tượng quy định tại khoản 7 Điều 76 của Luật Nhà ở11 thì đánh dấu vào ô dưới đây")).toEqual([["Luật Nhà ở", "Nhà ở"]]);
  });

  it("leaves a name with no digit glued, and a year written apart, as they were", () => {
    expect(read("Căn cứ Luật Đất đai 2024;")[0][1]).toBe("Đất đai");
    expect(read("theo quy định của Luật Nhà ở.")).toEqual([["Luật Nhà ở", "Nhà ở"]]);
  });
});

// nfd64: the enacting formula before an amending law's name was read on the caller's text uncomposed, so a decomposed
// copy (NFD) of fresh31b-017 and fresh31b-021 gave the amended law's number to the amending law's name.
describe("an amending law's enacting formula, decomposed (read-name.ts enactedHere)", () => {
  it.each([
    ["Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13.\nĐiều 1. Sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "85/2015/QH13"],
    ["Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14.\nĐiều 1. Sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội", "57/2014/QH13"],
  ])("gives the number to the law amended, as the composed copy does", (text, number) => {
    const amended = (t: string) => analyze(t).relations.filter((r) => r.type === "amends").map((r) => r.to);
    expect(amended(text)).toContain(number);
    expect(amended(text.normalize("NFD"))).toEqual(amended(text));
  });
});
