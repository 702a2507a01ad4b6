/**
 * src/analyze/roles/quoted.ts toldBasisPassages: a consolidated text's footnote "<amending document> …
 * có căn cứ ban hành như sau: ⏎Căn cứ …" gives that document's basis, quoted, even where the copy lost
 * the quotation marks (fixtures/fresh/pairs48-002, 469/VBHN-BLĐTBXH; pairs48-003, 470/VBHN-BLĐTBXH; fresh49b-003
 * and -005, 468 and 467/VBHN-BLĐTBXH).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

const basedOn = (text: string) =>
  new Set(
    analyze(text)
      .relations.filter((r) => r.type === "based_on")
      .map((r) => r.to.split("@")[0]),
  );

/** A consolidated circular whose first footnote follows the enacting formula, as the Công báo prints it. */
const consolidated = (open: string) =>
  [
    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "Số: 469/VBHN-BLĐTBXH",
    "Hà Nội, ngày 10 tháng 02 năm 2025",
    "THÔNG TƯ",
    "Hướng dẫn thực hiện quản lý lao động, tiền lương đối với Quỹ Đổi mới công nghệ quốc gia",
    "Căn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương binh và Xã hội;",
    "Căn cứ Nghị định số 51/2016/NĐ-CP ngày 13 tháng 6 năm 2016 của Chính phủ quy định quản lý lao động, tiền lương và tiền thưởng;",
    "Theo đề nghị của Cục trưởng Cục Quan hệ lao động và Tiền lương;",
    "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng dẫn thực hiện quản lý lao động, tiền lương đối với Quỹ Đổi mới công nghệ quốc gia1.",
    "1 Thông tư số 12/2024/TT-BLĐTBXH ngày 14 tháng 11 năm 2024 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung 10 Thông tư hướng dẫn thực hiện quản lý lao động, tiền lương, có hiệu lực từ ngày 29 tháng 12 năm 2024 có căn cứ ban hành như sau: ",
    `${open}Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương binh và Xã hội;`,
    "Căn cứ Nghị định số 129/2020/NĐ-CP ngày 27 tháng 10 năm 2020 của Chính phủ về chức năng, nhiệm vụ và cơ chế hoạt động của Công ty trách nhiệm hữu hạn một thành viên Mua bán nợ Việt Nam; ",
    "Theo đề nghị của Cục trưởng Cục Quan hệ lao động và Tiền lương; ",
    `Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư sửa đổi, bổ sung 10 Thông tư hướng dẫn thực hiện quản lý lao động, tiền lương.${open ? "”" : ""} `,
    "",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "Thông tư này hướng dẫn quản lý lao động, tiền lương đối với Quỹ Đổi mới công nghệ quốc gia.",
    "",
  ].join("\n");

describe("a consolidated text's footnote giving the amending document's basis (fixtures/fresh/pairs48-002, -003)", () => {
  it("without quotation marks: the footnote's list is not the text's basis", () => {
    const b = basedOn(consolidated(""));
    expect(b.has("62/2022/NĐ-CP")).toBe(false);
    expect(b.has("129/2020/NĐ-CP")).toBe(false);
    expect(b.has("14/2017/NĐ-CP")).toBe(true);
    expect(b.has("51/2016/NĐ-CP")).toBe(true);
  });

  it("with them (fresh47a-009, pairs48-001): the same", () => {
    const b = basedOn(consolidated("“"));
    expect(b.has("62/2022/NĐ-CP")).toBe(false);
    expect(b.has("14/2017/NĐ-CP")).toBe(true);
  });

  it("a Căn cứ list after the phrase with no line ending in a full stop is read as before", () => {
    const text = "QUYẾT ĐỊNH\nVề việc ban hành quy chế\nQuyết định này có căn cứ ban hành như sau:\nCăn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ;\nCăn cứ Nghị định số 129/2020/NĐ-CP ngày 27 tháng 10 năm 2020 của Chính phủ;";
    const b = basedOn(text);
    expect(b.has("62/2022/NĐ-CP")).toBe(true);
    expect(b.has("129/2020/NĐ-CP")).toBe(true);
  });
});

/**
 * The list in straight quotation marks: its closing mark stands after the enacting formula's stop ('."') or
 * after the list's last cue (';"'), so that line does not end in a stop, and none after it may (fresh61c-007,
 * 06/VBHN-BYT, is cut right after the footnote's closing mark; fresh48a-010, 4246/VBHN-BLĐTBXH, closes on ';"',
 * its list printed past a page break).
 */
describe("the footnote's list in straight quotation marks (fixtures/fresh/fresh61c-007, fresh48a-010)", () => {
  const byt = (close: string) =>
    [
      "BỘ Y TẾ",
      "Số: 06/VBHN-BYT",
      "Hà Nội, ngày 29 tháng 4 năm 2018",
      "THÔNG TƯ",
      "Ban hành Danh mục thuốc đông y, thuốc từ dược liệu và vị thuốc y học cổ truyền",
      "Căn cứ Nghị định số 105/2014/NĐ-CP ngày 15 tháng 11 năm 2014 của Chính ",
      "phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật bảo hiểm y tế; ",
      "Căn cứ Nghị định số 63/2012/NĐ-CP ngày 31 tháng 8 năm 2012 của Chính ",
      "phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế; ",
      "Bộ trưởng Bộ Y tế ban hành Thông tư ban hành Danh mục thuốc đông y.1 ",
      "1 Thông tư số 50/2017/TT-BYT có căn cứ ban hành như sau: ",
      '"Căn cứ Luật khám bệnh, chữa bệnh số 40/2009/QH12 ngày 23 tháng 11 năm 2009; ',
      "Căn cứ Luật thống kê số 85/2015/QH13 ngày 23 tháng 11 năm 2015; ",
      "Căn cứ Nghị định số 75/2017/NĐ-CP ngày 20 tháng 6 năm 2017 của Chính phủ quy định chức ",
      "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế; ",
      "Theo đề nghị của Vụ trưởng Vụ Pháp chế; ",
      `Bộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung các quy định liên quan đến thanh toán chi phí khám bệnh, chữa bệnh${close} `,
      "",
      "Chương I ",
      "QUY ĐỊNH CHUNG ",
      "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng ",
      "",
    ].join("\n");

  it("closing after the stop ('.\"'): the amending circular's list is not the text's basis", () => {
    const b = basedOn(byt('."'));
    expect(b.has("40/2009/QH12")).toBe(false);
    expect(b.has("85/2015/QH13")).toBe(false);
    expect(b.has("75/2017/NĐ-CP")).toBe(false);
    expect(b.has("105/2014/NĐ-CP")).toBe(true);
    expect(b.has("63/2012/NĐ-CP")).toBe(true);
  });

  it("closing after the list's last cue (';\"', the formula not quoted): the same, and the body after it is read", () => {
    const text = byt('."').replace(/Theo đề nghị của Vụ trưởng Vụ Pháp chế; \nBộ trưởng[^\n]*\n/, 'Theo đề nghị của Vụ trưởng Vụ Pháp chế;" \n');
    expect(text).toContain(';" \n\nChương I');
    const b = basedOn(text);
    expect(b.has("75/2017/NĐ-CP")).toBe(false);
    expect(b.has("105/2014/NĐ-CP")).toBe(true);
  });

  it("a straight mark never closed is read as before (to the first line ending in a stop)", () => {
    const b = basedOn(byt("."));
    expect(b.has("75/2017/NĐ-CP")).toBe(false);
    expect(b.has("105/2014/NĐ-CP")).toBe(true);
  });
});

/** A consolidated text's preamble, shortened, whose footnote 1 quotes the amending circular's basis list. */
const shortPreamble = (footnote: string) =>
  "THÔNG TƯ \nHướng dẫn quản lý lao động, tiền lương đối với Quỹ Phát triển doanh nghiệp nhỏ và vừa \n" +
  "Căn cứ Nghị định số 106/2012/NĐ-CP ngày 20 tháng 12 năm 2012 của Chính phủ quy định chức năng, nhiệm vụ; \n" +
  "Căn cứ Nghị định số 51/2016/NĐ-CP ngày 13 tháng 6 năm 2016 của Chính phủ quy định quản lý lao động; \n" +
  "Theo đề nghị của Vụ trưởng Vụ Lao động - Tiền lương; \n" +
  "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng dẫn quản lý lao động1. \n" +
  footnote +
  "Mục 1 \nQUY ĐỊNH CHUNG \nĐiều 1. Phạm vi điều chỉnh \nThông tư này hướng dẫn quản lý lao động. \n";

const basisList = (text: string) =>
  analyze(text)
    .relations.filter((r) => r.type === "based_on")
    .map((r) => r.to);

describe("the same footnote in 468 and 467/VBHN-BLĐTBXH (fixtures/fresh/fresh49b-003, -005)", () => {
  it("'… có căn cứ ban hành như sau: ⏎Căn cứ …; ⏎Theo đề nghị …' is the quoted circular's basis", () => {
    // 468/VBHN-BLĐTBXH (fresh49b-003), 467/VBHN-BLĐTBXH (fresh49b-005), 469/VBHN-BLĐTBXH (pairs48-002), as printed.
    const text = shortPreamble(
      "1 Thông tư số 12/2024/TT-BLĐTBXH ngày 14 tháng 11 năm 2024 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung 10 Thông tư, có hiệu lực từ ngày 29 \ntháng 12 năm 2024 có căn cứ ban hành như sau: \n" +
        "Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ quy định \nchức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương binh và Xã hội; \n" +
        "Căn cứ Nghị định số 21/2024/NĐ-CP ngày 23 tháng 02 năm 2024 của Chính phủ sửa đổi, \nbổ sung một số điều của Nghị định số 51/2016/NĐ-CP; \n" +
        "Theo đề nghị của Cục trưởng Cục Quan hệ lao động và Tiền lương; \n",
    );
    expect(basisList(text)).toEqual(["106/2012/NĐ-CP", "51/2016/NĐ-CP"]);
  });

  it("a colon after other words quotes nothing", () => {
    const other = shortPreamble("1 Thông tư số 12/2024/TT-BLĐTBXH quy định như sau: \nCăn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ; \nTheo đề nghị của Cục trưởng; \n");
    expect(basisList(other)).toContain("62/2022/NĐ-CP");
  });
});
