import { describe, expect, it } from "vitest";
import { freshText as fresh, justified, relationLines as relations, relationsKeptWhenJustified } from "../helpers/layout.js";

// clauses.ts reads the word right before a blank: a capitalised cue after a word in capitals or a rule opens a clause
// (capitalsBefore), a "Căn cứ" after a year (yearBeforeBasis), and a ";" that a title's second part follows one blank
// after is asked whether the title goes on (SECOND_PART_FIRST). A justified page doubles the blank, and the word
// before it was read as the blank: the clause ran on over the cue, or broke inside the title.
describe("clauses: the word before a run of blanks", () => {
  relationsKeptWhenJustified([
    // A decision flattened to a line: "… CHO NGƯỜI CÓ ĐẤT THU HỒI Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; …".
    ["a cue after a title in capitals", fresh("fresh55e", "fresh55e-001"), "based_on SELF -> law:to-chuc-chinh-phu@2015"],
    // A scan's ".___ Căn cứ quy định về quan hệ liên kết tại điểm d khoản 2 Điều 5 Nghị định ⏎ sô 132/2020/NĐ-CP …".
    ["a cue after a rule", fresh("fresh54e", "fresh54e-005"), "based_on SELF -> 132/2020/NĐ-CP"],
    // "… Nghị định số 152/2025/NĐ-CP … quy định về phân cấp, phân quyền …; quy định chi tiết và hướng dẫn một số điều của
    // Luật Thi đua, khen thưởng; Quy chế làm việc …": the decree's title goes on over its ";", the list after it the basis.
    ["a title's second part after ';'", fresh("fresh39c", "fresh39c-005"), "guides 152/2025/NĐ-CP -> law:thi-dua-khen-thuong@2022"],
  ]);

  it("a 'Căn cứ' after a year, on a line a transcript flattened", () => {
    const text = "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC\nSố: 02/KH-UBND\nKẾ HOẠCH\nTriển khai thực hiện Luật Tín ngưỡng, tôn giáo năm 2016 Căn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016; Căn cứ Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ;\n";
    const lines = relations(text);
    expect(lines).toContain("based_on SELF -> 02/2016/QH14");
    expect(relations(justified(text))).toEqual(lines);
  });
});
