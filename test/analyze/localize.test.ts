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
