/**
 * Another document's basis list quoted with no quotation mark after "… có căn cứ ban hành như sau:"
 * (src/analyze/roles/quoted.ts, toldBasisPassages; test/analyze/roles/told-basis.test.ts): its items are that document's basis, not the text's.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

/** A consolidated text's preamble, shortened, whose footnote 1 quotes the amending circular's basis list. */
const preamble = (footnote: string) =>
  "THÔNG TƯ \nHướng dẫn quản lý lao động, tiền lương đối với Quỹ Phát triển doanh nghiệp nhỏ và vừa \n" +
  "Căn cứ Nghị định số 106/2012/NĐ-CP ngày 20 tháng 12 năm 2012 của Chính phủ quy định chức năng, nhiệm vụ; \n" +
  "Căn cứ Nghị định số 51/2016/NĐ-CP ngày 13 tháng 6 năm 2016 của Chính phủ quy định quản lý lao động; \n" +
  "Theo đề nghị của Vụ trưởng Vụ Lao động - Tiền lương; \n" +
  "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng dẫn quản lý lao động1. \n" +
  footnote +
  "Mục 1 \nQUY ĐỊNH CHUNG \nĐiều 1. Phạm vi điều chỉnh \nThông tư này hướng dẫn quản lý lao động. \n";

const basis = (text: string) =>
  analyze(text)
    .relations.filter((r) => r.type === "based_on")
    .map((r) => r.to);

describe("another document's basis list quoted with no quotation mark", () => {
  it("'… có căn cứ ban hành như sau: ⏎Căn cứ …; ⏎Theo đề nghị …' is the quoted circular's basis", () => {
    // 468/VBHN-BLĐTBXH (fresh49b-003), 467/VBHN-BLĐTBXH (fresh49b-005), 469/VBHN-BLĐTBXH (pairs48-002), as printed.
    const text = preamble(
      "1 Thông tư số 12/2024/TT-BLĐTBXH ngày 14 tháng 11 năm 2024 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung 10 Thông tư, có hiệu lực từ ngày 29 \ntháng 12 năm 2024 có căn cứ ban hành như sau: \n" +
        "Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ quy định \nchức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương binh và Xã hội; \n" +
        "Căn cứ Nghị định số 21/2024/NĐ-CP ngày 23 tháng 02 năm 2024 của Chính phủ sửa đổi, \nbổ sung một số điều của Nghị định số 51/2016/NĐ-CP; \n" +
        "Theo đề nghị của Cục trưởng Cục Quan hệ lao động và Tiền lương; \n",
    );
    expect(basis(text)).toEqual(["106/2012/NĐ-CP", "51/2016/NĐ-CP"]);
  });

  it("a colon after other words quotes nothing", () => {
    const other = preamble("1 Thông tư số 12/2024/TT-BLĐTBXH quy định như sau: \nCăn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ; \nTheo đề nghị của Cục trưởng; \n");
    expect(basis(other)).toContain("62/2022/NĐ-CP");
  });
});
