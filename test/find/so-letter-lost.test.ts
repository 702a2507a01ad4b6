import { describe, expect, it } from "vitest";
import { cpuRatio } from "../helpers/linear.js";
import { analyze, extract } from "../../src/index.js";
import { lex, lexFast } from "../../grammars/citation/index.js";

/** "số" with its "ố" lost, as a page whose font lacked the letter prints it: "s" (SO_LETTER_LOST), read as "số" only in lower case right before a number. */
describe("'s' for 'số' (the letter ố lost)", () => {
  const spans = (t: string) => extract(t).map((c) => [c.raw, c.kindText, c.id]);

  it("joins the kind word to a full citation", () => {
    expect(spans("Căn cứ Nghị định s 17/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ;")).toEqual([
      ["Nghị định s 17/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ", "Nghị định", "17/2017/NĐ-CP"],
    ]);
  });

  it("lets the second document of a Căn cứ line be a basis, as with 'số' (fresh29q-011, fresh29h-007's pages)", () => {
    const t =
      "Căn cứ Nghị định số 127/2007/NĐ-CP ngày 01 tháng 8 năm 2007 của Chính phủ và Nghị định s 78/2018/NĐ-CP ngày 16 tháng 5 năm 2018 sửa đổi, bổ sung một số điều của Nghị định s 127/2007/NĐ-CP;\n";
    const roles = analyze(t).citations.map((c) => [c.id, c.role]);
    expect(roles).toContainEqual(["78/2018/NĐ-CP", "based_on"]);
  });

  it("is a letter where no number follows it, in capitals, or glued to its number", () => {
    for (const lexer of [lex, lexFast]) {
      const names = (t: string) => lexer(t).map((x) => `${x.tokenType.name}:${x.image}`);
      expect(names("s 12 s: 4 s liệu")).toEqual(["So:s", "Number:12", "So:s", "Colon::", "Number:4", "Word:s", "Word:liệu"]);
    }
    expect(spans("Quyết định S 12/QĐ-UBND")[0][1]).toBeNull();
    expect(spans("Kế hoạch s liệu 12/UBND-VX")[0][1]).toBeNull();
  });

  it("reads a number glued to the 's' when the 's' stands whole (fresh30u-001, fresh30n-005, fresh30b-026), its span in the original", () => {
    const t = "Căn cứ Nghị định s08/2014/NĐ-CP ngày 27 tháng 01 năm 2014; Thực hiện công văn s2687/TCHQ-TXNK ngày 01/6/2021";
    expect(spans(t)).toEqual([
      ["Nghị định s08/2014/NĐ-CP ngày 27 tháng 01 năm 2014", "Nghị định", "08/2014/NĐ-CP"],
      ["công văn s2687/TCHQ-TXNK ngày 01/6/2021", "công văn", "2687/TCHQ-TXNK@2021"],
    ]);
    // The "s" ending a word, or after a slash of a unit, in capitals: no number.
    expect(spans("tốc độ 5 m/s2, Ms2/KH và cs1/2020; Quyết định S08/QĐ-UBND")).toEqual([]);
  });

  it("linear on runs of 's ' before a number", () => {
    expect(cpuRatio((x) => extract(x), "Công văn " + "s ".repeat(32000) + "1/UBND", "Công văn " + "s ".repeat(4000) + "1/UBND", 5, 24)).toBeLessThan(24);
  });
});
