/**
 * An article's list of the documents it acts on, read to its end (src/analyze/roles/act-lists.ts): a
 * heading with no colon over the numbered items (fresh46b-005), a page's furniture between two items
 * (fresh46b-005's signature stamp and page number, fresh41d-001's page number), a colon inside an item's
 * description (full32-013). Numbers are made up; the layouts are the published ones.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { citedRoles } from "../../helpers/roles.js";

/** A ministry's circular laid out as the Official Gazette prints it: heading, preamble, articles. */
const circular = (articles: string) =>
  `BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 18/2021/TT-BNNPTNT\nHà Nội, ngày 27 tháng 12 năm 2021\nTHÔNG TƯ\nBãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng ban hành\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nBộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ban hành Thông tư bãi bỏ một số văn bản quy phạm pháp luật.\n${articles}`;
/** A province's decision laid out as published. */
const decision = (articles: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 2830/QĐ-UBND\nĐồng Nai, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc bãi bỏ văn bản\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\n${articles}`;
const STAMP = "Người ký: Cổng Thông tin điện tử Chính phủ\nEmail: thongtinchinhphu@chinhphu.vn\nCơ quan: Văn phòng Chính phủ\nThời gian ký: 14.02.2022 16:05:06 +07:00\n\n \nCÔNG BÁO/Số 59 + 60/Ngày 15-01-2022 \n93 \n \n";

describe("an article's heading over the documents it acts on, no colon after it", () => {
  it("'Điều 1. Bãi bỏ toàn bộ 15 văn bản quy phạm pháp luật ⏎ 1. Chỉ thị số …' repeals each item (fresh46b-005)", () => {
    const a = analyze(
      circular(
        " Điều 1. Bãi bỏ toàn bộ 15 văn bản quy phạm pháp luật \n" +
          "1. Chỉ thị số 31/2005/CT-BTS ngày 07/3/2005 của Bộ trưởng Bộ Thủy sản về \nviệc tăng cường kiểm soát dư lượng hóa chất. \n" +
          "2. Quyết định số 32/2003/QĐ-BNN ngày 07/4/2003 của Bộ trưởng Bộ Nông \nnghiệp và Phát triển nông thôn về việc ban hành Danh mục giống cây trồng. \n" +
          "3. Thông tư số 33/2010/TT-BNNPTNT ngày 22/3/2010 của Bộ trưởng Bộ \nNông nghiệp và Phát triển nông thôn ban hành Danh mục bổ sung giống cây trồng. \n" +
          "Điều 2. Điều khoản thi hành \nThông tư này có hiệu lực thi hành kể từ ngày 10 tháng 02 năm 2022./.",
      ),
    );
    expect(citedRoles(a)).toEqual(["31 repeals", "32 repeals", "33 repeals"]);
  });

  it("an item that opens with its own act, not with a document, takes no heading: each item's act reads it (fresh46b-005's Điều 2)", () => {
    const a = analyze(
      circular(
        "Điều 2. Bãi bỏ một phần một số văn bản quy phạm pháp luật \n" +
          "1. Bãi bỏ Điều 3, Điều 4 Thông tư số 34/2011/TT-BNNPTNT ngày 06/4/2011 của Bộ trưởng sửa đổi, bổ sung một số quy định theo Nghị quyết số 57/NQ-CP \nngày 15/12/2010. \n" +
          "2. Các nội dung khác thực hiện theo Thông tư số 35/2013/TT-BNNPTNT ngày 28/02/2013 của Bộ trưởng. \n",
      ),
    );
    expect(citedRoles(a)).toEqual(["34 repeals", "57 references", "35 references"]);
  });

  it("a heading that names no documents ('Điều 2. Sửa đổi, bổ sung một số điều') governs no list under it", () => {
    const a = analyze(
      circular(
        "Điều 2. Sửa đổi, bổ sung một số điều \n" +
          "1. Thông tư số 36/2015/TT-BNNPTNT ngày 08/6/2015 của Bộ trưởng quy định về quản lý thuốc được dẫn chiếu tại Điều 5. \n",
      ),
    );
    expect(citedRoles(a)).toEqual(["36 references"]);
  });
});

describe("a page's furniture between two items of an act's list", () => {
  it("a digital signature's stamp, the gazette's running head and the page number between items 1 and 2 end no list (fresh46b-005)", () => {
    const a = analyze(
      circular(
        " Điều 1. Bãi bỏ toàn bộ 15 văn bản quy phạm pháp luật \n" +
          "1. Chỉ thị số 31/2005/CT-BTS ngày 07/3/2005 của Bộ trưởng Bộ Thủy sản về \nviệc tăng cường kiểm soát dư lượng hóa chất. \n" +
          STAMP +
          "2. Chỉ thị số 32/2007/CT-BNN ngày 06/9/2007 của Bộ trưởng Bộ Nông \nnghiệp và Phát triển nông thôn về việc tiếp tục đẩy mạnh kiểm soát. \n" +
          "3. Quyết định số 33/2003/QĐ-BNN ngày 07/4/2003 của Bộ trưởng về việc ban hành Danh mục giống cây trồng. \n" +
          "Điều 2. Điều khoản thi hành \nThông tư này có hiệu lực thi hành kể từ ngày 10 tháng 02 năm 2022./.",
      ),
    );
    expect(citedRoles(a)).toEqual(["31 repeals", "32 repeals", "33 repeals"]);
  });

  it("a page number alone on its line between two items ends no list (fresh41d-001)", () => {
    const a = analyze(
      decision(
        "Điều 1. Bãi bỏ toàn bộ các quyết định sau đây:  \n" +
          "1. Quyết định số 21/2012/QĐ-UBND ngày 14 tháng 8 năm 2012 của UBND Thành phố về việc ban hành Quy định về quản lý, thu hồi vốn ngân sách.\n\n2\n" +
          "2. Quyết định số 22/2015/QĐ-UBND ngày 08 tháng 10 năm 2015 của UBND Thành phố ban hành về việc sửa đổi, bổ sung một số điều của Quy định về quản lý vốn.\n" +
          "Điều 2. Quyết định này có hiệu lực thi hành từ ngày 30 tháng 01 năm 2025.",
      ),
    );
    expect(citedRoles(a)).toEqual(["21 repeals", "22 repeals"]);
  });

  it("a stamp under a basis, not an act, changes nothing: the paragraph after it is the body's", () => {
    const a = analyze(
      circular(
        "Điều 1. Phạm vi điều chỉnh \nThông tư này quy định về giống cây trồng.\n" + STAMP + "Điều 2. Đối tượng áp dụng \nCác tổ chức thực hiện theo Thông tư số 37/2016/TT-BNNPTNT ngày 10/6/2016. \n",
      ),
    );
    expect(citedRoles(a)).toEqual(["37 references"]);
  });
});

describe("a colon inside the description of a repealed item", () => {
  it("'… thành 02 phòng: Phòng Tổ chức - Cán bộ và Phòng Hành chính - Quản trị.' ends no list: the items after it are repealed (full32-013)", () => {
    const a = analyze(
      decision(
        "**Điều 2. **Bãi bỏ các văn\nbản quy phạm pháp luật thuộc lĩnh vực Y tế trên địa bàn tỉnh Đồng Nai, cụ thể\nnhư sau:\n\n" +
          "1. Quyết định số 61/2002/QĐ-UB\nngày 27 tháng 9 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước Thành lập trạm y\ntế xã Minh Thắng.\n\n" +
          "2. Quyết định số 62/2002/QĐ-UB\nngày 16 tháng 10 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước Tách phòng tổ\nchức - Hành chính thuộc Sở Y tế thành 02 phòng: Phòng Tổ chức - Cán bộ và Phòng\nHành chính - Quản trị.\n\n" +
          "3. Quyết định số 63/2002/QĐ-UB\nngày 22 tháng 10 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước Thành lập Phòng\nkhám đa khoa khu vực thị trấn Phước Bình.\n\n" +
          "**Điều 3. Hiệu lực thi hành**\n\n1. Quyết định này có hiệu lực\nthi hành kể từ ngày ký.",
      ),
    );
    expect(citedRoles(a)).toEqual(["61 repeals", "62 repeals", "63 repeals"]);
  });

  it("a colon that ends an item's line opens no continuation: the paragraph below it ends the list", () => {
    const a = analyze(
      decision(
        "Điều 2. Bãi bỏ các văn bản sau:\n" +
          "1. Quyết định số 64/2002/QĐ-UB ngày 22 tháng 10 năm 2002 của Ủy ban nhân dân tỉnh về việc thành lập 02 phòng:\n" +
          "Các đơn vị tiếp tục thực hiện theo Quyết định số 65/2020/QĐ-UBND ngày 20 tháng 11 năm 2020 của Ủy ban nhân dân tỉnh.\n",
      ),
    );
    expect(citedRoles(a)).toEqual(["64 repeals", "65 references"]);
  });
});

describe("a repeal list across pdftotext's page-number line, its blanks doubled", () => {
  // pdftotext centres the page's number ("\f" and 42 spaces before "2", fresh57f-011); a copy that doubles every
  // space puts the line past 80 characters, and the list's item after it was read as a reference.
  const text = (space: string) =>
    "    ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n      TỈNH LÀO CAI\n\n    Số: 3556 /QĐ-UBND\n\n                                 QUYẾT ĐỊNH\n     Ban hành Quy chế thu thập dữ liệu\n\n     Điều 2. Điều khoản thi hành\n     1. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n     2. Bãi bỏ các Quyết định sau đây:\n    a) Quyết định số 23/2011/QĐ-UBND ngày 28 tháng 7 năm 2011 của Ủy ban\nnhân dân tỉnh Yên Bái Ban hành Quy chế thu thập dữ liệu tỉnh Yên Bái;\n".replaceAll(" ", space) +
    `\f${space.repeat(42)}2\n\n` +
    "     b) Quyết định số 44/2021/QĐ-UBND ngày 11 tháng 8 năm 2021 của Ủy ban\nnhân dân tỉnh Lào Cai Ban hành Quy chế thu thập dữ liệu.\n".replaceAll(" ", space);
  it.each([["one space", " "], ["two spaces", "  "], ["a tab", "\t"]])("reads item b) as repealed with %s", (_, space) => {
    expect(analyze(text(space)).relations.map((r) => `${r.type} ${r.to}`)).toEqual(["repeals 23/2011/QĐ-UBND~yen-bai", "repeals 44/2021/QĐ-UBND~lao-cai"]);
  });
});
