/**
 * The role reading (src/analyze/roles/settle.ts): lists of documents in the articles of decisions
 * whose job is to repeal — introduced in other words than "… sau (đây):" (full32-013, fresh30a-027)
 * — and the lists beside them that are NOT repealed (fixtures/fresh/repeal34, full32-013's Điều 1,
 * seg33b-017). Numbers are made up (the 1973 circulars' "12-PC" is written "21/TT-GT" here: the
 * old form is not read as a citation at all); the sentence shapes are the published ones.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { citedRoles } from "../../helpers/roles.js";

/** A decision laid out as published: heading, preamble, enacting line, articles. */
const decision = (articles: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 150/QĐ-UBND\nĐiện Biên, ngày 10 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề việc bãi bỏ văn bản\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n${articles}`;

describe("lists of documents that an article does not repeal", () => {
  it("a suspension's list ('Nay đình chỉ những văn bản … dưới đây:', repeal34-002) names no repealed document", () => {
    const a = analyze(
      decision(
        "Điều 1.- Nay đình chỉ những văn bản pháp quy đã ban hành trong thời kỳ chiến dưới đây:\n\n" +
          "- Thông tư số 21/TT-GT ngày 21-6-1965 của Bộ quy định những biện pháp phòng không;\n\n" +
          "- Thông tư số 22/TT-GT ngày 24-12-1965 của Bộ quy định những biện pháp bảo đảm an toàn giao thông.",
      ),
    );
    expect(citedRoles(a)).toEqual(["21 references", "22 references"]);
  });

  it("numbered items with no act before them (a page that lost the article's lead words, repeal34-005) stay references", () => {
    const a = analyze(
      decision(
        "1. Quyết định số 19/2008/QĐ-UBND ngày 30 tháng 5 năm 2008 của Ủy ban nhân dân tỉnh về việc ban hành Quy định về trình tự, thủ tục xây dựng văn bản.\n" +
          "2. Quyết định số 20/2013/QĐ-UBND ngày 01 tháng 7 năm 2013 của Ủy ban nhân dân tỉnh ban hành Quy chế thẩm định văn bản.",
      ),
    );
    expect(citedRoles(a)).toEqual(["19 references", "20 references"]);
  });

  it("the documents kept in force ('Điều 1. Áp dụng các văn bản …, cụ thể như sau:', full32-013) are not repealed by the next article", () => {
    const a = analyze(
      decision(
        "Điều 1. Áp dụng các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế trên địa bàn tỉnh, cụ thể như sau:\n\n" +
          "1. Quyết định số 23/2016/QĐ-UBND ngày 05 tháng 5 năm 2016 của Ủy ban nhân dân tỉnh Quy định về nội dung chi.\n\n" +
          "2. Quyết định số 24/2020/QĐ-UBND ngày 20 tháng 11 năm 2020 của Ủy ban nhân dân tỉnh Sửa đổi Quyết định số 23/2016/QĐ-UBND.\n\n" +
          "Điều 2. Bãi bỏ Quyết định số 25/2006/QĐ-UBND ngày 20 tháng 10 năm 2006 của Ủy ban nhân dân tỉnh.",
      ),
    );
    expect(citedRoles(a)).toEqual(["23 references", "24 references", "23 references", "25 repeals"]);
  });

  it("under 'Bãi bỏ một số quy định … như sau:' (seg33b-017) the items that repeal say so; the item that points to the rule now applied does not", () => {
    const a = analyze(
      decision(
        "Điều 3 . Bãi bỏ quy định về quản lý nhà nước đối với khu kinh tế cửa khẩu tại các Quy chế hoạt động của các khu kinh tế cửa khẩu như sau : \n" +
          "1 . Bãi bỏ Chương IV Quy chế hoạt động của Khu kinh tế cửa khẩu Lào Cai ban hành kèm theo Quyết định số 41/2008/QĐ-TTg ngày 26 tháng 3 năm 2008 của Thủ tướng Chính phủ . \n" +
          "2 . Quy định về quản lý nhà nước đối với các khu kinh tế cửa khẩu được thống nhất thực hiện theo Chương IV Nghị định số 42/2008/NĐ-CP ngày 14 tháng 3 năm 2008 của Chính phủ . ",
      ),
    );
    expect(citedRoles(a)).toEqual(["41 repeals", "42 references"]);
  });
});

describe("a repeal of two documents' annexes in one sentence", () => {
  it("'Bãi bỏ Phụ lục 5 … ban hành kèm theo Quyết định số A … và Phụ lục 5 … ban hành kèm theo Quyết định số B' repeals both (repeal34-006)", () => {
    const a = analyze(
      decision(
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký, ban hành.\n" +
          "Bãi bỏ Phụ lục 5 danh mục mã xăng, dầu ban hành kèm theo Quyết định số 826/QĐ-BYT ngày 15/02/2023 của Bộ trưởng Bộ Y tế ban hành bổ sung các danh mục mã dùng chung áp dụng trong quản lý và giám định, thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế và Phụ lục 5 danh mục mã đối tượng đến khám bệnh, chữa bệnh ban hành kèm theo Quyết định số 2012/QĐ-BYT ngày 19/6/2025 của Bộ trưởng Bộ Y tế.",
      ),
    );
    expect(citedRoles(a)).toEqual(["826 repeals", "2012 repeals"]);
  });
});

describe("a repeal's list introduced by its object, not by '… sau (đây):'", () => {
  it("'Bãi bỏ các văn bản … trên địa bàn tỉnh, cụ thể như sau:' repeals every numbered item under it, each ending with a full stop (full32-013)", () => {
    const a = analyze(
      decision(
        "Điều 2. Bãi bỏ các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế trên địa bàn tỉnh Đồng Nai, cụ thể\nnhư sau:\n\n" +
          "1. Quyết định số\n31/2006/QĐ-UBND ngày 20 tháng 10 năm 2006 của Ủy ban nhân dân tỉnh Đồng Nai về việc ban hành Quy định thu một phần viện phí.\n\n" +
          "2. Quyết định số 32/1999/QĐ-UB\nngày 04 tháng 01 năm 1999 của Ủy ban nhân dân tỉnh Bình Phước Thành lập Trạm y tế.\n\n" +
          "3. Quyết định số 33/2000/QĐ-UB\nngày 21 tháng 8 năm 2000 của Ủy ban nhân dân tỉnh Bình Phước Thành lập Trạm y tế xã.\n\n" +
          "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
      ),
    );
    expect(citedRoles(a)).toEqual(["31 repeals", "32 repeals", "33 repeals"]);
  });

  it("'Bãi bỏ nội dung công bố thủ tục hành chính nội bộ:' repeals each dashed item's decision, the parts named first (fresh30a-027)", () => {
    const a = analyze(
      decision(
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Bãi bỏ nội dung công bố thủ tục hành chính nội bộ:\n" +
          "- Ban hành kèm theo Quyết định số 1636/QĐ-UBND ngày 14 tháng 5 năm 2024 của Chủ tịch Ủy ban nhân dân Thành phố về việc công bố thủ tục hành chính nội bộ.\n" +
          "- Thứ tự 1 ban hành kèm theo Quyết định số 5919/QĐ-UBND ngày 21 tháng 12 năm 2024 của Chủ tịch Ủy ban nhân dân Thành phố về việc công bố thủ tục hành chính nội bộ.",
      ),
    );
    expect(citedRoles(a)).toEqual(["1636 repeals", "5919 repeals"]);
  });

  it("an amending act's 'cụ thể như sau:' introduces the new wording: the numbers in it are not acted on", () => {
    const a = analyze(
      decision(
        "Điều 1. Sửa đổi, bổ sung một số nội dung của Quy định về quản lý chợ trên địa bàn tỉnh, cụ thể như sau:\n" +
          "1. Khoản 2 Điều 5 được sửa đổi, bổ sung như sau:\n" +
          "a) Hồ sơ đề nghị theo mẫu tại Thông tư số 15/2019/TT-BCT ngày 01/3/2019 của Bộ Công Thương.\n" +
          "b) Thời hạn giải quyết là 10 ngày làm việc.",
      ),
    );
    expect(citedRoles(a)).toEqual(["15 references"]);
  });
});
