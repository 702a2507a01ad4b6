import { describe, expect, it } from "vitest";
import { freshText as fresh, relationLines as relations } from "../../helpers/layout.js";
import { roleOfNumber as roleOf } from "../../helpers/roles.js";
import { pageParagraphs } from "../../../src/analyze/roles/page-lines.js";
import { REWRITES } from "../../eval/rewrites.js";
import { cpuRatio } from "../../helpers/linear.js";

const rewrite = (name: string) => REWRITES.find((r) => r.name === name)!.rewrite;
const sevenWords = rewrite("seven words a line, blank lines");
const wrapped60 = rewrite("wrapped at 60 columns");

// A portal's item whose lead is the document's own opening (prose.ts readsAsProse: its issuer speaks in the first
// paragraph or on the next line) was read line by line: a narrow column or a plain-text export that broke its headline
// or its first paragraph made the page an article and its own acts references (LAYOUT-s70, "Seven words a line").
// Read by paragraphs (page-lines.ts), the lead is the same lead however it is wrapped.
describe("a page's lead read by paragraphs, wrapped or not", () => {
  it.each([
    // "Kỷ niệm 110 năm Ngày sinh đồng chí ⏎ Chu Huy Mân": a headline broken in two; then "Thực hiện Hướng dẫn số 96-HD/BTGTW …"
    // and "Ban Tuyên giáo Tỉnh ủy đề nghị …" on the next paragraph.
    ["fresh39c", "fresh39c-003", "implements SELF -> 96-HD/BTGTW@2023"],
    // "Thực hiện Hướng dẫn số 06-HD/HU …; Ủy ban nhân dân huyện Côn Đảo có ý kiến như sau:", broken after its ";".
    ["fresh58e", "fresh58e-003", "implements SELF -> 06-HD/HU@2021~ba-ria-vung-tau/?"],
    ["fresh61b", "fresh61b-002", "implements SELF -> 31/TB-UBND@2021~dong-thap"],
    // A first line too long for a headline ("Thực hiện ý kiến chỉ đạo … như sau:"), whose first piece is not.
    ["fresh56d", "fresh56d-010", "implements SELF -> 2927-TB/TU@2020"],
    ["fresh47e", "fresh47e-013", "implements SELF -> 87-KH/TU@2022"],
    ["fresh62j", "fresh62j-002", "implements SELF -> 4830/UBND-KTTH@2021"],
  ])("%s/%s keeps its own act, seven words a line and at 60 columns", (set, name, relation) => {
    const text = fresh(set, name);
    const written = relations(text);
    expect(written).toContain(relation);
    expect(relations(sevenWords(text))).toEqual(written);
    expect(relations(wrapped60(text))).toEqual(written);
  });

  it("a basis line is no article's headline", () => {
    const lead = "Thực hiện Chỉ thị số 10-CT/TW ngày 30-3-2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ, trong những năm qua, các chi bộ đảng trên địa bàn đã chú trọng đổi mới.";
    const body = ["Một là, nâng cao chất lượng sinh hoạt chi bộ.", "Hai là, đổi mới nội dung sinh hoạt.", "Ba là, tăng cường kiểm tra.", "Bốn là, sơ kết hằng năm."];
    const text = (headline: string) => [headline, lead, ...body].join("\n");
    expect(roleOf(text("Nâng cao chất lượng sinh hoạt chi bộ"), "10")).toBe("references");
    // A resolution whose header was lost opens with its basis, its first piece no longer than a headline.
    expect(relations(text("Căn cứ Điều lệ Đảng Cộng sản Việt Nam"))).toContain("based_on SELF -> charter:dieu-le-dang-cong-san-viet-nam@?");
  });
});

describe("pageParagraphs", () => {
  const read = (text: string) => [...pageParagraphs(text)];

  it("joins a paragraph broken into lines where the page's paragraphs stand between blank lines", () => {
    const text = "Kỷ niệm 110 năm Ngày sinh đồng chí\nChu Huy Mân\n\nThực hiện Hướng dẫn số 96-HD/BTGTW của\nBan Tuyên giáo Trung ương tuyên truyền\nkỷ niệm ngày sinh.\n\nBan Tuyên giáo Tỉnh ủy đề nghị các địa phương\nquan tâm tuyên truyền.\n";
    expect(read(text)).toEqual([
      "Kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân",
      "Thực hiện Hướng dẫn số 96-HD/BTGTW của Ban Tuyên giáo Trung ương tuyên truyền kỷ niệm ngày sinh.",
      "Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương quan tâm tuyên truyền.",
    ]);
    // The same page with a blank line after each line, as a PDF's copy gives it: the same paragraphs.
    expect(read(text.replaceAll("\n", "\n\n"))).toEqual(read(text));
  });

  it("goes on after ';' there, unless a list's item follows", () => {
    const text = "Tin chỉ đạo\n\nThực hiện Hướng dẫn số 06-HD/HU của Huyện ủy về tuyên truyền;\nỦy ban nhân dân huyện có ý kiến như sau:\n\n1. Phòng Văn hóa chủ trì;\n2. Trung tâm Văn hóa phối hợp thực hiện\nnhiệm vụ.\n\nĐề nghị các cơ quan thực hiện.\n\nTrân trọng.\n";
    expect(read(text)).toEqual([
      "Tin chỉ đạo",
      "Thực hiện Hướng dẫn số 06-HD/HU của Huyện ủy về tuyên truyền; Ủy ban nhân dân huyện có ý kiến như sau:",
      "1. Phòng Văn hóa chủ trì;",
      "2. Trung tâm Văn hóa phối hợp thực hiện nhiệm vụ.",
      "Đề nghị các cơ quan thực hiện.",
      "Trân trọng.",
    ]);
  });

  it("keeps a portal's menu, a posting stamp and a document's mark as lines of their own", () => {
    // Menu lines open with capitals: no wrapped page, whatever blank lines stand below them.
    const menu = "Ban Tuyên giáo\nThông tin tuyên truyền\nQuay lại\n\nRa quân bảo vệ môi trường\n\nThực hiện Chỉ thị số 19-CT/TU, quận tổ chức ra quân.\n\nBan Chỉ đạo đề nghị các phường tham gia.\n";
    expect(read(menu).slice(0, 3)).toEqual(["Ban Tuyên giáo", "Thông tin tuyên truyền", "Quay lại"]);
    const stamped = "Trang chủ Bạn đọc\n19:58 | 07/09/2021 GMT+7\nCập nhật lúc: 16:02 15/06/2022\nThông tư hướng dẫn thủ tục đăng ký công dân ở nước ngoài\nCăn cứ Luật Cơ quan đại diện của\nnước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nĐiều 1. Phạm vi điều chỉnh\n\nThông tư này hướng dẫn thủ tục đăng ký\ncông dân ở nước ngoài.\n";
    expect(read(stamped)).toEqual([
      "Trang chủ Bạn đọc",
      "19:58 | 07/09/2021 GMT+7",
      "Cập nhật lúc: 16:02 15/06/2022",
      "Thông tư hướng dẫn thủ tục đăng ký công dân ở nước ngoài",
      "Căn cứ Luật Cơ quan đại diện của nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
      "Điều 1. Phạm vi điều chỉnh",
      "Thông tư này hướng dẫn thủ tục đăng ký công dân ở nước ngoài.",
    ]);
  });

  it("where every gap is the same, joins only a break plainly inside a sentence", () => {
    const text = "Nâng cao chất lượng sinh hoạt chi bộ\nThực hiện Chỉ thị số 10-CT/TW của\nBan Bí thư về nâng cao chất lượng\nsinh hoạt chi bộ, các chi bộ đã đổi mới.\nTính đến cuối năm 2012, có 3.828 tổ chức cơ sở đảng.\n";
    expect(read(text)).toEqual([
      "Nâng cao chất lượng sinh hoạt chi bộ",
      "Thực hiện Chỉ thị số 10-CT/TW của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ, các chi bộ đã đổi mới.",
      "Tính đến cuối năm 2012, có 3.828 tổ chức cơ sở đảng.",
    ]);
    // The first line, a headline, goes on only where a word links across the break: a text typed in capitals is read in
    // sentence case, and its lead then opens in lower case after the headline (dev-050 in capitals).
    expect(read("Thực hiện dịch vụ công trực tuyến ở Hà Nội\nmột trong những vấn đề trọng tâm là\nthúc đẩy ứng dụng công nghệ thông tin.\n")).toEqual([
      "Thực hiện dịch vụ công trực tuyến ở Hà Nội",
      "một trong những vấn đề trọng tâm là thúc đẩy ứng dụng công nghệ thông tin.",
    ]);
    expect(read("Sửa đổi, bổ sung một số điều\ncủa Quy định tiêu chuẩn cơ sở vật chất\n")).toEqual(["Sửa đổi, bổ sung một số điều của Quy định tiêu chuẩn cơ sở vật chất"]);
    // One stray blank line is no layout: the headline stays a line of its own.
    expect(read(text.replace("đảng.\n", "đảng.\n\nNguồn: Tạp chí Xây dựng Đảng\n"))[0]).toBe("Nâng cao chất lượng sinh hoạt chi bộ");
  });

  it("stays linear on a long line of blanks and a long paragraph", () => {
    // A page's gaps and lines are read once each: 8× the input costs about 8×, a quadratic read 64×.
    const page = (n: number) => `Ngày cập nhật${" ".repeat(6_000 * n)}x\n\n${"Thực hiện kế hoạch của\n".repeat(2_500 * n)}\n\nKết thúc.\n\nHết.\n`;
    expect(cpuRatio((t) => read(t), page(8), page(1), 5, 24)).toBeLessThan(24);
  });
});
