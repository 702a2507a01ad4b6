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
