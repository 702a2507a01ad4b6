/**
 * src/extract/named-laws.ts: the laws named without a number merged into the citations. Here cutByTextEnd: a
 * preamble's item the text's end cuts inside its name (a page stored to its first characters) names no law.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const ids = (text: string) => extract(text).map((c) => c.id);

describe("a preamble's item cut by the text's end inside a law's name", () => {
  it("reads no law from the cut name (fresh30q-009, fresh30p-014, fresh31g-003, fresh30i-002)", () => {
    expect(ids("ỦY BAN NHÂN DÂN TỈNH SƠN LA\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\nCăn cứ Luật Ban hành văn bản quy \n")).toEqual([
      "law:to-chuc-chinh-quyen-dia-phuong@2015",
    ]);
    expect(ids("ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Tổ chức ")).toEqual([]);
    expect(ids("Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010; Luật sửa đổi, bổ sung một số ")).toEqual(["law:vien-chuc@2010"]);
  });

  it("reads a name the text's end closes elsewhere: dated, ended by its stop, or a subject line's", () => {
    expect(ids("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015")).toEqual(["law:to-chuc-chinh-quyen-dia-phuong@2015"]);
    expect(ids("Căn cứ Luật Đất đai;")).toEqual(["law:dat-dai@?"]);
    expect(ids("V/v triển khai thực hiện các quy định của Luật Thuế XK, thuế NK")).toEqual(["law:thue-xuat-khau-thue-nhap-khau@?"]);
  });
});
