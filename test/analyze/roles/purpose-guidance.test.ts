/**
 * A guiding document's purpose line (session 32, helper pairs32): "Để thi hành đúng quy định của Luật
 * …", "Để áp dụng thống nhất các quy định của Luật …". In a circular, a joint circular or a resolution of
 * the Supreme People's Court's Council of Judges it names what the document guides (DOMAIN.md §4), and
 * after a Căn cứ item it is a clause of its own, not another basis. Real texts: fresh31a-015 (joint
 * circular, no Căn cứ), fresh31a-021 (HĐTP resolution, after a Căn cứ item), pairs32-001 (1988 joint circular).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import type { Analysis } from "../../../src/types.js";
import { freshText, relationLines } from "../../helpers/layout.js";
import { REWRITES } from "../../eval/rewrites.js";

/** The relations to documents named without a number (laws, codes), as "type target". */
const named = (a: Analysis) => a.relations.filter((r) => r.to.startsWith("law:") || r.to.startsWith("code:")).map((r) => `${r.type} ${r.to.replace(/@.*/u, "")}`);

const jointCircular = (body: string) =>
  `BỘ CÔNG AN - BỘ QUỐC PHÒNG - TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: 04/2013/TTLT-BCA-BQP-TANDTC-VKSNDTC\nHà Nội, ngày 30 tháng 05 năm 2013\nTHÔNG TƯ LIÊN TỊCH\nHƯỚNG DẪN THỰC HIỆN TRÍCH XUẤT PHẠM NHÂN\n${body}\nChương 1.\nNHỮNG QUY ĐỊNH CHUNG\n`;
const councilResolution = (preamble: string) =>
  `HỘI ĐỒNG THẨM PHÁN TOÀ ÁN NHÂN DÂN TỐI CAO\nSố: 02/2000/NQ-HĐTP\nHà Nội, ngày 23 tháng 12 năm 2000\nNGHỊ QUYẾT\nVỀ VIỆC ÁP DỤNG MỘT SỐ QUY ĐỊNH\nHỘI ĐỒNG THẨM PHÁN TOÀ ÁN NHÂN DÂN TỐI CAO\n${preamble}\nQUYẾT NGHỊ\n1. Điều kiện kết hôn\n`;
const decision = (preamble: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nSố: 15/2020/QĐ-UBND\nBình Dương, ngày 10 tháng 3 năm 2020\nQUYẾT ĐỊNH\nBan hành Quy định về quản lý\nỦY BAN NHÂN DÂN TỈNH\n${preamble}\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n`;

describe("a guiding document's purpose line", () => {
  it("'Để thi hành đúng quy định của Luật X …, [the bodies] ban hành Thông tư liên tịch hướng dẫn' guides X (fresh31a-015)", () => {
    const a = analyze(jointCircular(
      "Để thi hành đúng quy định của Luật Thi hành án hình sự về thực hiện trích xuất phạm nhân ra khỏi trại giam; Bộ Công an, Bộ Quốc phòng, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao ban hành Thông tư liên tịch hướng dẫn thực hiện trích xuất phạm nhân như sau:",
    ));
    expect(named(a)).toEqual(["guides law:thi-hanh-an-hinh-su"]);
  });

  it("after a Căn cứ item, 'Để áp dụng thống nhất các quy định của Luật X' guides X and is no basis (fresh31a-021)", () => {
    const a = analyze(councilResolution(
      "Căn cứ vào Điều 20 và Điều 21 Luật tổ chức Toà án nhân dân năm 1992;\nĐể áp dụng thống nhất các quy định của Luật hôn nhân và gia đình được Quốc hội thông qua ngày 09/6/2000 và có hiệu lực từ ngày 01/01/2001;",
    ));
    expect(named(a)).toEqual(["based_on law:to-chuc-toa-an-nhan-dan", "guides law:hon-nhan-gia-dinh"]);
  });

  it("'Để bảo đảm thi hành đúng các quy định của Bộ luật …' after a Căn cứ item guides the code", () => {
    const a = analyze(jointCircular(
      "Căn cứ Luật Tổ chức Tòa án nhân dân năm 2014;\nĐể bảo đảm thi hành đúng các quy định của Bộ luật tố tụng hình sự năm 2003 về việc bắt, tạm giữ hình sự, Bộ trưởng Bộ Công an và Viện trưởng Viện kiểm sát nhân dân tối cao thống nhất hướng dẫn thực hiện như sau:",
    ));
    expect(named(a)).toEqual(["based_on law:to-chuc-toa-an-nhan-dan", "guides code:to-tung-hinh-su"]);
  });

  it("a province's decision opening 'Để thi hành Luật X' is read as before: no guides", () => {
    const a = analyze(decision("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nĐể thi hành Luật Đất đai năm 2013 trên địa bàn tỉnh;"));
    expect(named(a).filter((r) => r.startsWith("guides"))).toEqual([]);
  });

  it("a purpose line that names no law adds nothing ('Để phục vụ công tác điều tra …')", () => {
    const a = analyze(jointCircular("Căn cứ Bộ luật Tố tụng hình sự ngày 27 tháng 11 năm 2015;\nĐể phục vụ công tác điều tra, truy tố, xét xử và thi hành án hình sự;"));
    expect(named(a)).toEqual(["based_on code:to-tung-hinh-su"]);
  });
});

/** The relations of the text to the documents it acts on or by (references left out), as "type target". */
const edges = (a: Analysis) => a.relations.filter((r) => r.type !== "references").map((r) => `${r.type} ${r.to.replace(/@.*/u, "")}`);

const letter = (number: string, heading: string, body: string) =>
  `${heading}\nSố: ${number}\nV/v: Hướng dẫn thực hiện\nHà Nội, ngày 13 tháng 6 năm 2002\nKính gửi: Cục Hải quan các tỉnh, thành phố\n${body}\n1. Về cách ghi kết quả kiểm tra hàng hóa trên tờ khai hải quan:\n`;

describe("a letter guiding the uniform carrying out of what it names (session 42, helper pairs42)", () => {
  it("'Để đảm bảo việc thực hiện Thông tư X thống nhất …, Ngân hàng Nhà nước có ý kiến giải đáp' guides X (fresh41b-011)", () => {
    const a = analyze(letter("6248/NHNN-TD", "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
      "Vừa qua Ngân hàng Nhà nước có nhận được một số ý kiến của TCTD đề nghị được giải đáp.\nĐể đảm bảo việc thực hiện Thông tư 02/2023/TT-NHNN thống nhất trong toàn hệ thống tổ chức tín dụng, chi nhánh ngân hàng nước ngoài, Ngân hàng Nhà nước có ý kiến giải đáp về các vấn đề TCTD được kiến nghị.",
    ));
    expect(edges(a)).toEqual(["guides 02/2023/TT-NHNN"]);
  });

  it("'Sau một thời gian thực hiện Luật X, Nghị định số Y …, để việc triển khai thực hiện được thống nhất …, Tổng cục Hải quan hướng dẫn' guides X and Y (pairs42-002)", () => {
    const a = analyze(letter("2695/TCHQ-GSQL", "TỔNG CỤC HẢI QUAN",
      "Sau một thời gian thực hiện Luật Hải quan, Nghị định số 101/2001/NĐ-CP ngày 31/12/2001 của Chính phủ quy định chi tiết thi hành một số điều của Luật Hải quan về thủ tục hải quan và các Quyết định tạm thời của Tổng cục trưởng Tổng cục Hải quan, để việc triển khai thực hiện được thống nhất trong toàn ngành, Tổng cục Hải quan hướng dẫn Cục Hải quan các tỉnh, thành phố một số nội dung như sau:",
    ));
    expect([...new Set(edges(a))].sort()).toEqual(["guides 101/2001/NĐ-CP", "guides law:hai-quan"]);
  });

  it("a basis in the same sentence stays a basis: 'Căn cứ Quyết định số X …, để việc thực hiện … được thống nhất, Tổng cục Thuế hướng dẫn thêm' (pairs42-001)", () => {
    const a = analyze(letter("4715/TCT-KK", "BỘ TÀI CHÍNH",
      "Căn cứ Quyết định số 33/2008/QĐ-BTC ngày 02/6/2008 của Bộ trưởng Bộ Tài chính về việc ban hành hệ thống mục lục ngân sách nhà nước, để việc thực hiện hệ thống MLNSNN được thống nhất, Tổng cục Thuế hướng dẫn thêm về việc hạch toán kế toán thuế như sau:",
    ));
    expect(edges(a)).toEqual(["based_on 33/2008/QĐ-BTC"]);
  });

  it("a letter that asks ('…, Bộ Tài chính đề nghị … chỉ đạo thực hiện') carries out what it names, as before (fresh30b-027)", () => {
    const a = analyze(letter("12166/BTC-TCHQ", "BỘ TÀI CHÍNH",
      "Để thực hiện thống nhất những quy định mới của Thông tư số 38/2015/TT-BTC, Bộ Tài chính đề nghị đồng chí Cục trưởng Cục Hải quan các tỉnh, thành phố chú ý chỉ đạo thực hiện một số nội dung như sau:",
    ));
    expect(edges(a).some((e) => e.startsWith("guides"))).toBe(false);
  });

  it("a province's decision saying the same is read as before: no guides", () => {
    const a = analyze(decision("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nĐể việc thực hiện Nghị định số 101/2001/NĐ-CP được thống nhất trên địa bàn tỉnh, Ủy ban nhân dân tỉnh hướng dẫn như sau;"));
    expect(edges(a).some((e) => e.startsWith("guides"))).toBe(false);
  });
});

// A letter's "Để đảm bảo việc thực hiện Thông tư 02/2023/TT-NHNN thống nhất trong toàn hệ thống …, Ngân hàng Nhà nước có
// ý kiến giải đáp …" (fixtures/fresh/fresh41b-011) was read within one line: wrapped at 60 columns or seven words a line,
// the sentence's break lost the circular's "guides" (LAYOUT-s71-prose).
describe("a letter's guiding sentence, wrapped", () => {
  it("fresh41b-011 guides the circular, seven words a line and at 60 columns", () => {
    const text = freshText("fresh41b", "fresh41b-011");
    const written = relationLines(text);
    expect(written).toContain("guides SELF -> 02/2023/TT-NHNN");
    for (const name of ["seven words a line, blank lines", "wrapped at 60 columns"]) {
      expect(relationLines(REWRITES.find((r) => r.name === name)!.rewrite(text)), name).toEqual(written);
    }
  });
});
