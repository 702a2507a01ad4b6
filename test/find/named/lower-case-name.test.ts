// When a name in lower case after a capitalised kind word stands (src/find/named/lower-case-name.ts).
import { describe, expect, it } from "vitest";
import { findNamedMentions } from "../../../src/find/named/index.js";
import { extract } from "../../../src/index.js";

const read = (text: string) => findNamedMentions(text).map((m) => [text.slice(m.start, m.end), text.slice(m.nameStart, m.nameEnd)]);

describe("a name in lower case closed by a bracketed note ('Luật thuế thu nhập doanh nghiệp (TNDN)')", () => {
  it("is the law: the note (its initials, whom it applies to, who certifies) ends the clause as ';' or ',' does", () => {
    // As fresh29o 017, fresh38a 010 and full32b 013 write it.
    expect(read("Căn cứ Luật thuế thu nhập doanh nghiệp (TNDN) và Nghị định số 30/1998/NĐ-CP ngày 13/5/1998 của Chính phủ")).toEqual([
      ["Luật thuế thu nhập doanh nghiệp", "thuế thu nhập doanh nghiệp"],
    ]);
    const pinpointed = extract("- Đọc tiêu chuẩn của đại biểu Hội đồng nhân dân quy định tại Điều 5 của Luật tổ chức chính quyền địa phương (đối với hội nghị lấy ý kiến về người ứng cử đại biểu Hội đồng nhân dân) và những trường hợp không được ứng cử");
    expect(pinpointed.map((c) => [c.id, c.pinpoint?.article])).toEqual([["law:to-chuc-chinh-quyen-dia-phuong@?", "5"]]);
    const ordinance = extract("3. Giảm 70% tiền sử dụng đất cho các đối tượng là: Thân nhân của liệt sỹ quy định tại Khoản 1, Điều 14 của Pháp lệnh ưu đãi người có công với cách mạng (được cơ quan Nhà nước có thẩm quyền cấp “Giấy chứng nhận gia đình liệt sỹ”)");
    expect(ordinance.map((c) => [c.id, c.pinpoint?.clause, c.pinpoint?.article])).toEqual([["ordinance:uu-dai-nguoi-co-cong-voi-cach-mang@?", "1", "14"]]);
  });

  it("is no law where the bracket holds figures, spaced as a word-segmented copy spaces it, or where the sentence goes on", () => {
    // dev 023: the investing country's law, no Vietnamese law's name.
    expect(read("thấp hơn số thuế Doanh nghiệp Việt Nam A đã nộp theo quy định của Luật nước đầu tư ( 340 triệu đồng ) nên")).toEqual([]);
    expect(read("Thực hiện Luật đất đai trên địa bàn (đối với hộ gia đình), Ủy ban nhân dân tỉnh báo cáo như sau.")).toEqual([]);
  });
});
