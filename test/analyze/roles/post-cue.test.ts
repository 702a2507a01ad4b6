import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

/** The document's own relations, "type number", in text order. */
const own = (text: string) => {
  const a = analyze(text);
  const number = new Map(a.citations.map((c) => [c.id, c.number]));
  return a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${number.get(r.to)}`);
};

// "không còn hiệu lực" names a state: the text's own act only where it says from when (vocab STATE_REPEAL_WORDS).
describe("\"X … không còn hiệu lực\": a state told, or the text's act", () => {
  const letter = (body: string) =>
    "BỘ CÔNG THƯƠNG\nSố: 3109/BCT-KHCN\nV/v hướng dẫn thực hiện công tác quản lý an toàn thực phẩm\nKính gửi: Sở Công Thương các tỉnh/thành phố\n\n" + body;

  it("a ministry's guidance concludes that a circular has ended (Bộ Công Thương 3109/BCT-KHCN, fresh63c-007)", () => {
    const text = letter(
      "Đối tượng áp dụng quy định tại Thông tư số 57/2015/TT-BCT đã được bãi bỏ\ntheo quy định tại Khoản 1 Điều 12 Nghị định số 15/2018/NĐ-CP.\n\n" +
        "Dó đó, Thông tư số 57/2015/TT-BCT ngày 31 tháng 12 năm 2015 của Bộ Công\nThương không còn hiệu lực.\n",
    );
    expect(own(text)).toEqual([]);
  });

  it("a report that a circular has ended, \"đã chính thức không còn hiệu lực pháp lý\" (Thời báo Tài chính, pairs64-001)", () => {
    const text = letter(
      "Thông tư số 39/2003/TT- BTC ngày 29/4/2003 của Bộ Tài chính hướng dẫn cơ chế tài chính đối với các doanh nghiệp vận tải hành khách công cộng bằng xe buýt tại các đô thị đã chính thức không còn hiệu lực pháp lý.\n",
    );
    expect(own(text)).toEqual([]);
  });

  it("from when it ends, the text's own act: \"… không còn hiệu lực kể từ ngày ký ban hành Kế hoạch này\"", () => {
    const text =
      "ỦY BAN NHÂN DÂN TỈNH\nSố: 12/KH-UBND\nKẾ HOẠCH\nCông tác cải cách hành chính năm 2024\nI. MỤC ĐÍCH\nHoàn thành các chỉ tiêu.\nII. TỔ CHỨC THỰC HIỆN\nSở Nội vụ theo dõi, đôn đốc.\n" +
      "Kế hoạch số 77/KH-UBND ngày 05/01/2023 của UBND tỉnh không còn hiệu lực kể từ ngày ký ban hành Kế hoạch này.\n";
    expect(own(text)).toEqual(["repeals 77"]);
  });

  it("in the closing article, the text's own act even without a date", () => {
    const text =
      "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\nSố: 02/2009/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Quy định về hoạt động quảng cáo\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về hoạt động quảng cáo.\n" +
      "Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký. Quyết định số 12/2005/QĐ-UBND ngày 10 tháng 3 năm 2005 của UBND tỉnh không còn hiệu lực.\n";
    expect(own(text)).toEqual(["repeals 12"]);
  });

  it("\"hết hiệu lực\" names the act: a closing article's \"Quyết định số X … hết hiệu lực thi hành\" repeals X", () => {
    const text =
      "BỘ BƯU CHÍNH, VIỄN THÔNG\nSố: 20/2004/QĐ-BBCVT\nQUYẾT ĐỊNH\nVề việc ban hành quy định\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy định.\n" +
      "Điều 2. Quyết định này có hiệu lực sau 15 ngày kể từ ngày đăng Công báo. Quyết định số 154/2003/QĐ-BBCVT ngày 10 tháng 10 năm 2003 hết hiệu lực thi hành.\n";
    expect(own(text)).toEqual(["repeals 154"]);
  });
});
