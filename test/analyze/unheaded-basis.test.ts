import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { ownActs } from "../helpers/roles.js";
import { opensBareBasisItem, opensUnheadedBasis, unheadedBasisStart } from "../../src/analyze/unheaded-basis.js";

const acts = ownActs;

// The header as a page prints it in a table, its kind line, title and basis heading gone (fresh31d-007, -009).
const TABLE_HEADER = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 4547/KH-UBND | Hải Phòng, ngày 25 tháng 12 năm 2015 |\n";
const LIST =
  "- Luật Công nghệ thông tin;\n- Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng CNTT trong hoạt động của cơ quan nhà nước;\n- Quyết định số 1819/QĐ-TTg ngày 26/10/2015 của Thủ tướng Chính phủ ban hành Chương trình quốc gia về ứng dụng công nghệ thông tin.\n";

describe("unheadedBasisStart: a list of documents right under the header's number and date", () => {
  it("finds the list under a number line printed as a table's row (fresh31d-007)", () => {
    const text = TABLE_HEADER + LIST;
    expect(unheadedBasisStart(text)).toBe(TABLE_HEADER.length);
  });

  it("passes over the date on its own line and a title in capitals (fresh29e-005)", () => {
    const head = "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n|\nSố: 0155/KH-UBND |\nĐắk Lắk, ngày 24 tháng 12 năm 2025 |\nCHUYỂN ĐỔI SỐ TỈNH ĐẮK LẮK NĂM 2026\n";
    expect(unheadedBasisStart(head + LIST)).toBe(head.length);
  });

  it("finds nothing where a word introduces what follows, or a section heading does", () => {
    expect(unheadedBasisStart(`${TABLE_HEADER}Căn cứ:\n${LIST}`)).toBe(-1);
    expect(unheadedBasisStart(`${TABLE_HEADER}I. CĂN CỨ PHÁP LÝ\n${LIST}`)).toBe(-1);
    expect(unheadedBasisStart(`${TABLE_HEADER}Kính gửi: Ủy ban nhân dân tỉnh\n${LIST}`)).toBe(-1);
  });

  it("finds nothing for a single item, a list of other things, or no number line", () => {
    expect(unheadedBasisStart(`${TABLE_HEADER}- Nghị định số 64/2007/NĐ-CP ngày 10/4/2007.\nỦy ban nhân dân thành phố ban hành Kế hoạch như sau:\n`)).toBe(-1);
    expect(unheadedBasisStart(`${TABLE_HEADER}- Các sở, ban, ngành;\n- Ủy ban nhân dân các huyện.\n`)).toBe(-1);
    expect(unheadedBasisStart(LIST)).toBe(-1);
  });

  it("finds nothing where the items' kind words are in small letters, prose and no documents' names", () => {
    // Under /iu a \p{Lu} look-ahead matches small letters too: the capital is tested without "i".
    const lower = "- luật sư của các bên được mời dự họp;\n- nghị định mới sẽ được gửi đến các đơn vị.\n";
    expect(unheadedBasisStart(TABLE_HEADER + lower)).toBe(-1);
    expect(unheadedBasisStart(TABLE_HEADER + LIST)).toBe(TABLE_HEADER.length);
  });

  it("a clause opens the list when only the line break stands between them", () => {
    const text = TABLE_HEADER + LIST;
    const at = unheadedBasisStart(text);
    expect(opensUnheadedBasis(text, { start: at, end: at + 20 }, at)).toBe(true);
    expect(opensUnheadedBasis(text, { start: 0, end: at + 20 }, at)).toBe(false);
    expect(opensUnheadedBasis(text, { start: 0, end: 10 }, -1)).toBe(false);
  });
});

describe("analyze: the documents of an unheaded list under the header are the document's basis", () => {
  it("reads each item as based_on (fresh31d-007, fresh29e-005)", () => {
    expect(acts(TABLE_HEADER + LIST)).toEqual(["based_on 1819/QĐ-TTg", "based_on 64/NĐ-CP"]);
  });

  it("ends the basis with the list: a section after it is the document's own (fresh31d-009)", () => {
    const text =
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 78/BC-UBND | Lâm Đồng, ngày 17 tháng 05 năm 2016 |\n" +
      "- Quyết định số 688/QĐ-UBND ngày 10/4/2013 của UBND tỉnh Lâm Đồng về việc ban hành Quy định đánh giá mức độ ứng dụng công nghệ thông tin;\n" +
      "- Quyết định số 476/QĐ-UBND ngày 02/3/2016 của UBND tỉnh Lâm Đồng về việc thành lập Hội đồng Thẩm định.\n" +
      "II. QUÁ TRÌNH KHẢO SÁT, ĐÁNH GIÁ\n1. Đối tượng đánh giá:\n- Quyết định số 1234/QĐ-UBND ngày 05/5/2016 của UBND tỉnh về danh sách đơn vị.\n";
    expect(acts(text)).toEqual(["based_on 476/QĐ-UBND", "based_on 688/QĐ-UBND"]);
  });
});

/** The document's own acts on laws named without a number, "type name@year", sorted. */
const namedActs = (text: string) =>
  [...new Set(analyze(text).citations.filter((c) => c.form === "named" && c.role !== "references").map((c) => `${c.role} ${c.name}@${c.year}`))].sort();

// A page that lost the first words of the preamble's lines, "Căn cứ" with them (fresh30x 019, fresh29g 015).
const LOST_OPENINGS =
  "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 554/QĐ-TTg | Hà Nội, ngày 06 tháng 4 năm 2021 |\n" +
  "PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH CẤP NƯỚC THỦ ĐÔ HÀ NỘI ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2050.\nTHỦ TƯỚNG CHÍNH PHỦ\n" +
  "Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;\n" +
  "Luật Xây dựng ngày 18 tháng 6 năm 2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17 tháng 6 năm 2020;\n" +
  "Căn cứ Luật Quy hoạch đô thị ngày 17 tháng 6 năm 2009;\n" +
  "Nghị định số 37/2010/NĐ-CP ngày 07 tháng 4 năm 2010 của Chính phủ về lập, thẩm định, phê duyệt và quản lý quy hoạch đô thị;\n" +
  "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Điều chỉnh Quy hoạch cấp nước Thủ đô Hà Nội.\n";

describe("opensBareBasisItem: a preamble line that lost its 'Căn cứ', opening with the document it names", () => {
  it("is an item where the clause opens at the line's start, or after the issuer's line in capitals, and ends with ';'", () => {
    const text = "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nLuật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nQUYẾT ĐỊNH:";
    const at = text.indexOf("Luật");
    const end = text.indexOf(";") + 1;
    expect(opensBareBasisItem(text, { start: 0, end }, at)).toBe(true);
    expect(opensBareBasisItem(text, { start: at - 1, end }, at)).toBe(true);
  });

  it("is none mid-line, after words in small letters, in small letters, or without the list's ';'", () => {
    const mid = "Xét đề nghị của Sở Tư pháp về Luật Đất đai ngày 29/11/2013;";
    expect(opensBareBasisItem(mid, { start: 0, end: mid.length }, mid.indexOf("Luật"))).toBe(false);
    const after = "Ủy ban nhân dân tỉnh\nLuật Đất đai ngày 29/11/2013;";
    expect(opensBareBasisItem(after, { start: 0, end: after.length }, after.indexOf("Luật"))).toBe(false);
    const small = "\nluật đất đai ngày 29/11/2013;";
    expect(opensBareBasisItem(small, { start: 0, end: small.length }, 1)).toBe(false);
    const sentence = "\nLuật Đất đai ngày 29/11/2013 quy định về chế độ sở hữu đất đai.";
    expect(opensBareBasisItem(sentence, { start: 0, end: sentence.length }, 1)).toBe(false);
  });
});

describe("analyze: the preamble's lines that lost their 'Căn cứ' are the document's basis as the others are", () => {
  it("reads the laws on the lines before the first 'Căn cứ' as based_on (fresh30x 019)", () => {
    expect(namedActs(LOST_OPENINGS)).toEqual([
      "based_on Quy hoạch đô thị@2009",
      "based_on Xây dựng@2014",
      "based_on sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương@2019",
      "based_on sửa đổi, bổ sung một số điều của Luật Xây dựng@2020",
      "based_on tổ chức Chính phủ@2015",
    ]);
    expect(acts(LOST_OPENINGS)).toEqual(["based_on 37/NĐ-CP"]);
  });

  it("carries the basis on to a line that lost more than its 'Căn cứ' (fresh29g 015)", () => {
    const text =
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |\n" +
      "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n" +
      "ính quyền địa phương ngày 19 tháng 6 năm 2015;\nLuật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\n" +
      "ố 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước;\nQUYẾT ĐỊNH:\n" +
      "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 05/11/2019.\n";
    expect(namedActs(text)).toEqual(["based_on ban hành văn bản quy phạm pháp luật@2015"]);
    expect(acts(text).filter((a) => a.startsWith("based_on"))).toHaveLength(1);
  });

  it("leaves a line of the body that opens with a law's name as it was", () => {
    const text = LOST_OPENINGS + "Luật Đất đai ngày 29/11/2013;\n";
    expect(namedActs(text)).not.toContain("based_on Đất đai@2013");
  });
});
