/**
 * Documents as a document-sharing site's preview shows them: the text flattened onto few lines and
 * short words dropped ("cứ", "của", "và", "số"), so "Căn cứ" reads "Căn". Phrasing from a hospital's
 * decision (Nghệ An, 2023) and a 2011 circular's preview.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { citedRoles } from "../helpers/roles.js";


describe("'Căn' for 'Căn cứ' before the document it names", () => {
  it("a flattened heading and preamble on one line: each 'Căn <kind> …' is a basis", () => {
    const a = analyze(
      "SỞ Y TẾ NGHỆ AN BỆNH VIỆN NỘI TIẾT Số: /QĐ-BVNT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự – Hạnh phúc Nghệ An, ngày tháng 01 năm 2023 QUYẾT ĐỊNH Ban hành quy chế Tổ chức hoạt động Hội đồng quản lý chất lượng GIÁM ĐỐC BỆNH VIỆN NỘI TIẾT NGHỆ AN Căn Thông tư 19/2013/BYT ngày 12/7/2013 Bộ Y tế việc Hướng dẫn thực quản lý chất lượng; Căn vào Quyết định số 23/2021/QĐ-UBND ngày 12/08/2021 ủy ban nhân dân tỉnh Nghệ An; Xét đề nghị ông Trưởng phòng QUYẾT ĐỊNH Điều Ban hành quy chế",
    );
    expect(citedRoles(a)).toEqual(["19 based_on", "23 based_on"]);
  });

  it("one per line, as a preview that kept its line breaks shows them", () => {
    const a = analyze(
      "THÔNG TƯ\nBan hành Chương trình bồi dưỡng thường xuyên giáo viên\nCăn Nghị định số 178/2007/NĐ-CP ngày 03 tháng 12 năm 2007 của Chính phủ quy định chức năng;\nCăn Nghị định số 32/2008/NĐ-CP ngày 19 tháng năm 2008 của Chính phủ quy định chức năng;\nTheo đề nghị Cục trưởng Cục Nhà giáo,\nBộ trưởng Bộ Giáo dục Đào tạo Quyết định:\n",
    );
    expect(citedRoles(a)).toEqual(["178 based_on", "32 based_on"]);
  });

  it("'căn' as a classifier names no basis: a document a few words after it is a reference", () => {
    const a = analyze(
      "KẾ HOẠCH\nBố trí nhà ở công vụ\nGiao căn hộ số 12 cho cán bộ theo Quyết định số 45/QĐ-UBND ngày 02/3/2020 của UBND huyện.\n",
    );
    expect(citedRoles(a)).toEqual(["45 references"]);
  });
});
