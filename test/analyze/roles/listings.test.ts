/**
 * The role reading (src/analyze/roles/): pages that list documents (status tables, a listing's rows, a law
 * site's related documents).
 * Each way real drafting states a relation (issue 12; DOMAIN.md §4), one sentence shape per test,
 * taken from published documents (the development corpus and the seeds).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";
import { citedRoles, roles } from "../../helpers/roles.js";

const nested = (a: Analysis) => a.relations.filter((r) => r.from !== a.self.id).map((r) => `${r.from} ${r.type} ${r.to}`);

describe("a status table: its rows speak of the document it is the history of", () => {
  it("'Lịch sử hiệu lực: Quyết định X ⏎ 10/02/2018 Được sửa đổi Y ⏎ 03/5/2021 Bị thay thế Z': Y amends X, Z replaces X", () => {
    const text = [
      "Lịch sử hiệu lực: Quyết định 07/2016/QĐ-UBND",
      "Ngày Trạng thái Văn bản nguồn",
      "01/3/2016 Văn bản được ban hành 07/2016/QĐ-UBND",
      "10/02/2018 Được sửa đổi 05/2018/QĐ-UBND",
      "20/6/2019 Được bổ sung 12/2019/QĐ-UBND",
      "03/5/2021 Bị thay thế 16/2021/QĐ-UBND",
      "",
    ].join("\n");
    expect(nested(analyze(text))).toEqual(["05/2018/QĐ-UBND amends 07/2016/QĐ-UBND", "12/2019/QĐ-UBND amends 07/2016/QĐ-UBND", "16/2021/QĐ-UBND replaces 07/2016/QĐ-UBND"]);
  });
});

describe("a listing's row citing its own number of another year", () => {
  // The row's number carries no year; its date does. A cited number with another year is another document.
  it.each([
    ["bãi bỏ quyết định số 17/2019/qđ-ubnd của ubnd tỉnh", { number: "17/QĐ-UBND", date: "08/04/2021" }, "17 repeals"],
    ["thu hồi quyết định số 230/qđ-ubnd ngày 02/02/2020 của ubnd tỉnh", { number: "230/QĐ-UBND", date: "15/03/2021" }, "230 repeals"],
  ])("%s", (line, known, expected) => {
    expect(roles(analyze(line, { known }))).toEqual([expected]);
  });
});

describe("a listing's row acting 'theo' another body's document", () => {
  // The row's number names its issuer; what it adjusts under another body's document it does not amend.
  it.each([
    ["điều chỉnh kế hoạch đầu tư công năm 2022 theo nghị quyết số 41/nq-hđnd ngày 08/7/2022 của hđnd tỉnh", "2150/QĐ-UBND", "41 references"],
    ["bổ sung dự toán chi thường xuyên theo quyết định số 1535/qđ-ttg", "2151/QĐ-UBND", "1535 references"],
    // Its own body's document, or words placed "tại" another's, stay amended.
    ["điều chỉnh danh mục tài sản mua sắm tập trung theo quyết định số 412/qđ-ubnd ngày 20/02/2019", "2152/QĐ-UBND", "412 amends"],
    ["điều chỉnh một số nội dung tại nghị quyết số 41/nq-hđnd ngày 08/7/2022", "25/NQ-HĐND", "41 amends"],
  ])("%s", (line, number, expected) => {
    expect(roles(analyze(line, { known: { number, date: "15/09/2022" } }))).toEqual([expected]);
  });
});

describe("a listing's row naming a project whose name is an act on a document", () => {
  // Sơn La's gazette, 2026 (fixtures/fresh/listing43 rows 2 and 66): the project's name after "dự án" opens with
  // "Sửa đổi"; the land-price table it would amend is the project's object. The row approves the project's
  // outline or budget: it amends nothing, and carries out the project, not the resolution.
  it.each([
    ["Về việc phê duyệt Đề cương - Dự toán dự án Sửa đổi, bổ sung một số nội dung Bảng giá đất quy định tại Nghị quyết 152/2025/NQ-HĐND ngày 29/12/2025 của HĐND tỉnh Sơn La", "1922/QĐ-UBND"],
    ["Về việc phê duyệt chủ trương và dự kiến kinh phí thực hiện dự án Sửa đổi, bảng giá đất quy định tại Nghị quyết 152/2025/NQ-HĐND ngày 29/12/2025 của HĐND tỉnh", "1672/QĐ-UBND"],
  ])("%s", (line, number) => {
    expect(roles(analyze(line, { known: { number, date: "2026-07-06" } }))).toEqual(["152 references"]);
  });
  it("a project's noun ending a line, or a board's name, leaves the cue after it its own ('… các Ban Quản lý dự án ⏎ Xét đề nghị của …')", () => {
    // dev-006 with the ";" at its lines' ends lost (test/eval's rewrite): the proposal is still the decision's.
    const text = "Căn cứ Quyết định số 2001/QĐ-UBND ngày 05 tháng 5 năm 2009 của Chủ tịch Uỷ ban nhân dân thành phố Hồ Chí Minh về kiện toàn bộ máy các Ban Quản lý dự án\nXét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 123/TTr-SNV ngày 10 tháng 6 năm 2009,";
    expect(citedRoles(analyze(text))).toEqual(["2001 based_on", "123 proposed_by"]);
    expect(citedRoles(analyze("kiện toàn Ban quản lý dự án thực hiện Quyết định số 45/QĐ-TTg ngày 10/01/2020", { known: { number: "12/QĐ-UBND", date: "2020-03-01" } }))).toEqual(["45 implements"]);
  });
  it("the act itself on the document stays the row's ('Sửa đổi, bổ sung … Quy định ban hành kèm theo Nghị quyết số X')", () => {
    const line = "Sửa đổi, bổ sung một số nội dung của Quy định ban hành kèm theo Nghị quyết số 25/2021/NQ-HĐND ngày 30/12/2021 của Hội đồng nhân dân tỉnh";
    expect(roles(analyze(line, { known: { number: "09/2026/NQ-HĐND", date: "2026-07-20" } }))).toEqual(["25 amends"]);
  });
});

// fresh28e: pages about list documents (2021-2026). A page that tells of a mass repeal, or a law site's list of
// related documents above a decision, lists documents it does nothing to.
describe("lists a page names but does not act on", () => {
  it("a news page telling which documents a circular repealed ('tại Thông tư số X … đã bãi bỏ …, cụ thể: 1. …'): the page repeals nothing", () => {
    const a = analyze(
      "Cụ thể, tại Thông tư số 47/2025/TT-BYT do Bộ trưởng Bộ Y tế vừa ký ban hành ngày 30/12/2025 đã bãi bỏ toàn bộ 43 văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành, liên tịch ban hành, cụ thể:\n\n" +
        "1. Quyết định số 37-BYT/QĐ ngày 29/01/1972 của Bộ trưởng Bộ Y tế về việc ban hành 5 tiêu chuẩn ngành y tế.\n\n" +
        "2. Quyết định số 1716/1999/QĐ-BYT ngày 04/06/1999 của Bộ trưởng Bộ Y tế về tổ chức và chức năng, nhiệm vụ của Ban phòng chống AIDS.",
    );
    expect(a.self.number).toBeNull();
    expect(roles(a)).toEqual(["47 references", "37 references", "1716 references"]);
  });

  it("'Bộ … vừa ban hành Thông tư số X về việc bãi bỏ …' then 'Các văn bản bị bãi bỏ gồm A; B': the page repeals nothing", () => {
    const a = analyze(
      "Bộ Nội vụ vừa ban hành Thông tư số 02/2026/TT-BNV về việc bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Nội vụ ban hành.\n\n" +
        "Các văn bản bị bãi bỏ gồm Quyết định số 61/2005/QĐ-BNV ngày 15.6.2005 ban hành tạm thời chức danh và mã số ngạch; Thông tư số 09/2007/TT-BNV ngày 26.11.2007 hướng dẫn về kho lưu trữ chuyên dụng.",
    );
    expect(roles(a)).toEqual(["02 references", "61 references", "09 references"]);
  });

  it("a law site's related list above the decision ('- 1Nghị định 63/2010/NĐ-CP về …'): references; the decision's Căn cứ is its basis", () => {
    const a = analyze(
      "- 1Nghị định 63/2010/NĐ-CP về kiểm soát thủ tục hành chính\n- 2Thông tư 01/2018/TT-VPCP hướng dẫn Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa\n" +
        "- 3Quyết định 3279/QĐ-BNN-VP năm 2021 công bố thủ tục hành chính được sửa đổi, bổ sung mức phí, lệ phí\n" +
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1650/QĐ-UBND | Bắc Giang, ngày 03 tháng 8 năm 2021 |\nQUYẾT ĐỊNH\n" +
        "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG MỨC PHÍ, LỆ PHÍ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n" +
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\n",
    );
    expect(a.self.number).toBe("1650");
    expect(roles(a)).toEqual(["63 references", "01 references", "61 references", "3279 references", "1650 self", "63 based_on"]);
  });

  it("a related list's catalogue decision ('- 2Quyết định 318/QĐ-UBND năm 2020 công bố Danh mục văn bản … hết hiệu lực …'): its title's cue is said of the documents it lists", () => {
    // As hethongphapluat prints it above 55/2012/QĐ-UBND (HCM) and 70/2013/NQ-HĐND (Tiền Giang).
    const a = analyze(
      "- 1Quyết định 06/2019/QĐ-UBND bãi bỏ văn bản do thành phố Hồ Chí Minh ban hành\n" +
        "- 2Quyết định 318/QĐ-UBND năm 2020 công bố Danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân thành phố Hồ Chí Minh hết hiệu lực, ngưng hiệu lực toàn bộ hoặc một phần năm 2019\n" +
        "- 3Quyết định 4300/QĐ-UBND năm 2017 công bố danh mục các văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh Tiền Giang hết hiệu lực toàn bộ hoặc một phần năm 2016\n" +
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 55/2012/QĐ-UBND | Thành phố Hồ Chí Minh, ngày 10 tháng 12 năm 2012 |\n" +
        "Căn cứ Quyết định số 1792/QĐ-TTg ngày 30 tháng 11 năm 2012 của Thủ tướng Chính phủ về giao dự toán ngân sách nhà nước năm 2013;\n",
    );
    expect(roles(a)).toEqual(["06 references", "318 references", "4300 references", "55 self", "1792 based_on"]);
  });
});

describe("a listing's row opening with its own kind word and issuer, then 'về việc' and its act", () => {
  // The customs portal's records (fixtures/fresh/listing52 rows 10 and 102): "việc" after the kind, its issuer
  // and "về" marks the subject, as "Quyết định về việc sửa đổi …" does; not the noun of another's work.
  it.each([
    ["Quyết định của Bộ trưởng Bộ Khoa học và Công nghệ   Về việc sửa đổi, bổ sung Quyết định số 28/2004/QĐ-BKHCN ngày 01/10/2004 về phương pháp xác định tỷ lệ nội địa hoá đối với ôtô", "05/2005/QĐ-BKHCN", "28 amends"],
    ["Công văn của Tổng cục Hải quan về việc thực hiện Quyết định số 15/2017/QĐ-TTg", "1589/GSQL-GQ1", "15 implements"],
    // A report's subject tells of the work, with or without its issuer.
    ["Báo cáo của UBND tỉnh về việc thực hiện Nghị quyết số 12/2020/NQ-HĐND", "25/BC-UBND", "12 references"],
    // A noun of the work after "về việc" keeps the act another's.
    ["Công văn của Sở Tài chính về việc báo cáo tình hình thực hiện Quyết định số 15/2017/QĐ-TTg", "30/STC-QLNS", "15 references"],
  ])("%s", (line, number, expected) => {
    expect(roles(analyze(line, { known: { number, date: "01/08/2017" } }))).toEqual([expected]);
  });
});
