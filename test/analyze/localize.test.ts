import { describe, expect, it } from "vitest";
import { namesNationalCommittee } from "../../src/analyze/localize.js";
import { analyze } from "../../src/analyze/index.js";

const at = (text: string, phrase: string) => text.indexOf(phrase) + phrase.length;

describe("a steering committee's name that says it is the nation's ('… của Ban Chỉ đạo … Trung ương')", () => {
  it("is read from the words after the committee's phrase to the clause's stop", () => {
    const cases: [string, boolean][] = [
      ["của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng;", true],
      ["của Ban Chỉ đạo quốc gia về phòng, chống dịch;", true],
      ["của Ban Chỉ đạo thực hiện cuộc vận động xây dựng nông thôn mới Trung ương;", true],
      ["của Ban Chỉ đạo phòng, chống thiên tai tỉnh;", false],
      ["của Ban Chỉ đạo các chương trình mục tiêu quốc gia;", false],
      ["của Ban Chỉ đạo thực hiện Nghị quyết Trung ương;", false],
      ["của Ban Chỉ đạo về việc tổng kết Nghị quyết Trung ương;", false],
    ];
    for (const [text, central] of cases) expect(namesNationalCommittee(text, at(text, "Ban Chỉ đạo")), text).toBe(central);
  });

  it("a name running past the reach with no stop is not read", () => {
    const text = `của Ban Chỉ đạo ${"phòng chống ".repeat(40)}Trung ương`;
    expect(namesNationalCommittee(text + " và nhiều nội dung khác nữa của tỉnh", at(text, "Ban Chỉ đạo"))).toBe(false);
  });

  it("makes the committee's document central in a province's decision; the province's own committee keeps the province", () => {
    const text = [
      "ỦY BAN NHÂN DÂN",
      "TỈNH HƯNG YÊN",
      "Số: 21/QĐ-UBND",
      "Hưng Yên, ngày 8 tháng 5 năm 2016",
      "QUYẾT ĐỊNH",
      "Về việc kiện toàn tổ công tác",
      "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
      "Căn cứ Công văn số 215/BCĐ ngày 2/3/2016 của Ban Chỉ đạo thực hiện cuộc vận động xây dựng nông thôn mới Trung ương;",
      "Căn cứ Quyết định số 3/QĐ-BCĐ ngày 4/3/2016 của Ban Chỉ đạo phòng, chống thiên tai tỉnh;",
      "QUYẾT ĐỊNH:",
    ].join("\n");
    const ids = analyze(text).citations.filter((c) => c.role === "based_on").map((c) => [c.id, c.jurisdiction?.level]);
    expect(ids).toEqual([
      ["215/BCĐ@2016", "central"],
      ["03/QĐ-BCĐ@2016~hung-yen", "province"],
    ]);
  });
});

describe("a document cited without a ký hiệu (bare id): its place", () => {
  const decision = (province: string, body: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH ${province.toUpperCase()}\nSố: 65/1999/QĐ-UB\n${province}, ngày 29 tháng 6 năm 1999\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH\nỦY BAN NHÂN DÂN TỈNH ${province.toUpperCase()}\n${body}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n`;
  const edges = (text: string) => analyze(text).relations.map((r) => [r.type, r.to]);

  it("no issuer named: the citing province's, so two provinces' submissions of one number and day stay two", () => {
    const body = "Xét đề nghị của Giám đốc Sở Công nghiệp tại Tờ trình số 78 ngày 10 tháng 5 năm 1999,";
    expect(edges(decision("Nghệ An", body))).toEqual([["proposed_by", "bare:submission/78@1999-05-10~nghe-an"]]);
    expect(edges(decision("Hà Tĩnh", body))).toEqual([["proposed_by", "bare:submission/78@1999-05-10~ha-tinh"]]);
  });

  it("a local body the table knows, or one named with its place, takes that place; a central body's is the nation's", () => {
    expect(edges(decision("Nghệ An", "Căn cứ Công văn số 1234 ngày 05/6/1999 của Sở Tài chính;"))).toEqual([["based_on", "bare:official-letter/1234@1999-06-05/STC~nghe-an"]]);
    expect(edges(decision("Nghệ An", "Căn cứ Tờ trình số 46 ngày 23 tháng 4 năm 1999 của Cục thuế tỉnh Lào Cai;"))).toEqual([
      ["based_on", "bare:submission/46@1999-04-23/cuc-thue-tinh-lao-cai~lao-cai"],
    ]);
    expect(edges(decision("Nghệ An", "Căn cứ Thông tư số 06 ngày 16 tháng 7 năm 1986 của Bộ Nội thương;"))).toEqual([["based_on", "bare:circular/06@1986-07-16/bo-noi-thuong"]]);
    expect(edges(decision("Nghệ An", "Căn cứ Công điện số 1409 ngày 15 tháng 9 năm 1999 của Bộ Y tế;"))).toEqual([["based_on", "bare:dispatch/1409@1999-09-15/BYT"]]);
  });
});
