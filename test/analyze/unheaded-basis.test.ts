import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { opensUnheadedBasis, unheadedBasisStart } from "../../src/analyze/unheaded-basis.js";

/** The acts of the document itself on numbered documents (plain references aside), "type number/symbol", sorted. */
const acts = (text: string) => {
  const a = analyze(text);
  const byId = new Map(a.citations.map((c) => [c.id, c]));
  return [
    ...new Set(
      a.relations
        .filter((r) => r.from === a.self.id && r.type !== "references" && byId.get(r.to)?.number)
        .map((r) => `${r.type} ${byId.get(r.to)!.number}/${byId.get(r.to)!.symbol}`),
    ),
  ].sort();
};

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
