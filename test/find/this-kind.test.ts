/**
 * "khoản 4 Điều 1 của Nghị định này" on a page that is not a decree: the decree the sentence or quotation before it
 * cited (src/find/this-kind.ts, added by extract/short-mentions.ts withThis); in a decree's own text, the decree itself.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { pointsOut, readPage } from "../../src/find/this-kind.js";
import { cpuRatio } from "../helpers/linear.js";

/** The citation whose span starts at the n-th (from 0) occurrence of `words`, or undefined. */
function at(text: string, words: string, n = 0) {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(words, i + 1);
  return extract(text).find((c) => c.start === i);
}

describe("<kind> này pointing back to a document the page cites", () => {
  it("a ministry's letter: the decree the sentence cites, not the one named in its subject", () => {
    const text =
      "BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 5032/BYT-TCCB | Hà Nội, ngày 15 tháng 9 năm 2022 |\nKính gửi: Sở Y tế các tỉnh\n" +
      "- Ngày 18/10/2021, Chính phủ ban hành Nghị định số 89/2021/NĐ-CP về sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ công chức, viên chức, trong đó tại khoản 4 Điều 1 của Nghị định này (sửa đổi Điều 17 của Nghị định số 101/2017/NĐ-CP) đã quy định như sau:\n";
    const c = at(text, "Nghị định này");
    expect(c?.id).toBe("89/2021/NĐ-CP");
    expect(c?.form).toBe("short");
    expect(c?.pinpoint).toMatchObject({ clause: "4", article: "1" });
  });

  it("an answer to a reader: after the quotation of the decree closes, the decree quoted", () => {
    const text =
      "Về vấn đề này, BHXH Việt Nam trả lời như sau:\n\nTại khoản 2 Điều 5 Nghị định số 188/2025/NĐ-CP ngày 1-7-2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật BHYT quy định:\n\n" +
      '"Người dân các xã an toàn khu cách mạng tham gia BHYT theo nhóm do ngân sách nhà nước đóng" và có mức hưởng 100% chi phí khám bệnh, chữa bệnh theo quy định tại khoản 1 Điều 15 của nghị định này.\n\nNhư vậy, trường hợp bà Lài được thanh toán 100%.';
    const c = at(text, "nghị định này");
    expect(c?.id).toBe("188/2025/NĐ-CP");
    expect(c?.pinpoint).toMatchObject({ clause: "1", article: "15" });
  });

  it("a news item: the decision it reports, sentences after", () => {
    const text =
      "Ngày 24/4/2023, UBND tỉnh ban hành Quyết định số 19/2023/QĐ-UBND về việc bãi bỏ một số văn bản quy phạm pháp luật do UBND tỉnh ban hành. Quyết định này có hiệu lực kể từ ngày 04/5/2023.\n" +
      "Theo đó, 45 văn bản (gồm 41 Quyết định và 04 Chỉ thị) sẽ bị bãi bỏ.\nCác cơ quan rà soát các văn bản quy định tại Điều 1 Quyết định này (nếu có).";
    expect(at(text, "Quyết định này", 1)?.id).toBe("19/2023/QĐ-UBND");
    // Without units pointing into it, the mention adds nothing the citation before it does not give.
    expect(at(text, "Quyết định này", 0)).toBeUndefined();
  });
});

describe("the kind word before 'này', found by its letters' code units (session 60's speed-up)", () => {
  const letter = (kind: string, tail: string) =>
    "Kính gửi: Sở Y tế\nNgày 18/10/2021, Chính phủ ban hành Nghị định số 89/2021/NĐ-CP về đào tạo, trong đó tại khoản 4 Điều 1 của " + kind + " này" + tail + " đã quy định như sau:\n";
  it("reads the kind word in capitals as in small letters, and 'này' before a blank or a mark", () => {
    for (const kind of ["Nghị định", "NGHỊ ĐỊNH", "nghị định"]) for (const tail of ["", ",", " (sửa đổi)"]) expect(at(letter(kind, tail), `${kind} này`)?.id).toBe("89/2021/NĐ-CP");
  });
  it("reads no 'này' that runs on into a letter, a digit or a mark", () => {
    for (const tail of ["y", "5", "\u0301"]) expect(at(letter("Nghị định", tail), "Nghị định này")).toBeUndefined();
  });
});

describe("<kind> này that stays the page's own, or names no one document", () => {
  it("a decree's own text: its own 'Nghị định này', whatever decree it cites before", () => {
    const text =
      "CHÍNH PHỦ\nSố: 15/2020/NĐ-CP\nNGHỊ ĐỊNH\nQuy định xử phạt vi phạm hành chính\nCăn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ;\n" +
      "Chính phủ ban hành Nghị định quy định xử phạt.\nĐiều 1. Phạm vi\nCác hành vi quy định tại Điều 5 Nghị định này bị xử phạt.";
    expect(at(text, "Nghị định này")).toBeUndefined();
    expect(pointsOut(readPage(text), "decree")).toBe(false);
  });

  it("a circular's end copied without its heading: the first 'Thông tư này' comes before any circular is cited", () => {
    const text =
      "1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2017.\n2. Thông tư số 27/2013/TT-BYT hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành. Mẫu tại Phụ lục 1 Thông tư này được áp dụng.";
    expect(at(text, "Thông tư này", 2)).toBeUndefined();
  });

  it("two circulars cited before it: none (never a guess)", () => {
    const text =
      "Ngày 26/8/2020, Bộ Giáo dục và Đào tạo ban hành Thông tư số 26/2020/TT-BGDĐT sửa đổi Quy chế đánh giá học sinh.\n\nCụ thể, so với quy định hiện nay tại Thông tư số 58/2011/TT-BGDĐT, tại Điều 3 Thông tư này có nhiều quy định mới.";
    expect(at(text, "Thông tư này")).toBeUndefined();
  });

  it("a decree's provision told after 'quy định', without quotation marks: the decree's own words", () => {
    const text =
      "Kính gửi: Công ty TNHH A\nCăn cứ khoản 2 Điều 10 Nghị định số 134/2016/NĐ-CP ngày 01/9/2016 của Chính phủ quy định người nộp thuế giao hàng hóa để gia công lại thì được miễn thuế. Sản phẩm nhập khẩu vào nội địa phải nộp thuế theo quy định tại khoản 2 Điều 22 Nghị định này.";
    expect(at(text, "Nghị định này")).toBeUndefined();
  });

  it("inside a quotation of the decree: the quoted decree's own words", () => {
    const text = 'Trả lời công văn của Cục Thuế, Tổng cục Thuế có ý kiến như sau: tại Nghị định số 20/2017/NĐ-CP, Chính phủ nêu: "người nộp thuế có giao dịch liên kết theo quy định tại Điều 5 Nghị định này".';
    expect(at(text, "Nghị định này")).toBeUndefined();
  });

  it("a decree of that kind named with no number between: a draft the page tells of", () => {
    const text =
      "Bộ Kế hoạch và Đầu tư tổ chức Hội thảo để thay thế Nghị định số 57/2018/NĐ-CP.\n\nDự thảo Nghị định gồm 5 Chương, 18 Điều. Các chính sách quy định tại Điều 3 Nghị định này được mở rộng.";
    expect(at(text, "Nghị định này")).toBeUndefined();
  });
});

describe("linear time over many pointing mentions (session 60's audit)", () => {
  // Each mention walked the citations from the text's first (the kind cited before it, its antecedent), walked back to
  // its line's start for an open quotation, and each pointing one copied and sorted every citation: 16,000 mentions on
  // one line took 52 s. A CPU-time ratio: twice the mentions, under three times the cost.
  const make = (n: number) => `Bài viết. ${"Căn cứ Nghị định số 1/2020/NĐ-CP, tại khoản 1 Điều 2 Nghị định này có nêu. ".repeat(n)}`;
  it("reads 8,000 mentions on one line at about twice the cost of 4,000, each pointing to the decree before it", () => {
    const cits = extract(make(50));
    expect(cits.filter((c) => c.form === "short").length).toBe(50);
    expect(new Set(cits.filter((c) => c.form === "short").map((c) => c.id)).size).toBe(1);
    expect(cpuRatio((t) => extract(t), make(8_000), make(4_000), 3, 3)).toBeLessThan(3);
  }, 120_000);

  it("reads an open quotation from its line's start, the mentions asked in text order", () => {
    const line = (article: number, open = "", close = "") => `${open}Căn cứ Nghị định số 1/2020/NĐ-CP, tại khoản 1 Điều ${article} Nghị định này${close} có nêu.\n`;
    const text = `Bài viết.\n${line(2)}${line(3, '"')}${line(4)}${line(5, "“")}${line(6, "“", "”")}${line(7)}`;
    const short = extract(text).filter((c) => c.form === "short").map((c) => c.pinpoint?.article);
    // The third and fifth lines' quotations are open at their mentions: neither is read; a line's break closes none.
    expect(short).toEqual(["2", "4", "7"]);
    expect(extract(text).filter((c) => c.form === "short").every((c) => c.number === "1" || c.number === "01")).toBe(true);
  });
});

describe("'<kind> nêu trên' after a document whose subject names another of its kind (SubjectNamed)", () => {
  const ids = (text: string) => extract(text).filter((c) => c.form === "short").map((c) => c.id);
  it("names the document the sentence is about, not the one its subject amends, units before that one or not", () => {
    // fresh59c-002 (a tax consultancy's news), twice; fresh41b-001 reads "Nghị định này" so (above).
    expect(ids("Ngày 24/6/2020, Chính phủ đã ban hành Nghị định số 68/2020/NĐ-CP sửa đổi, bổ sung khoản 3 Điều 8 Nghị định số 20/2017/NĐ-CP về quản lý thuế đối với các doanh nghiệp có giao dịch liên kết. Nghị định nêu trên đã quy định chi tiết.")).toEqual(["68/2020/NĐ-CP"]);
    expect(ids("Chính phủ ban hành Nghị định số 89/2021/NĐ-CP về sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP về đào tạo. Theo Nghị định nêu trên, …")).toEqual(["89/2021/NĐ-CP"]);
  });
  it("two documents each cited for itself stay two: unresolved (never a guess)", () => {
    // A sentence between them: the second is not in the first's subject.
    expect(ids("Nghị định số 68/2020/NĐ-CP sửa đổi quy định về thuế. Nghị định số 20/2017/NĐ-CP về quản lý thuế. Nghị định nêu trên quy định …")).toEqual(["short:decree@?"]);
    // Joined by "và", no subject between: coordinate.
    expect(ids("Căn cứ Nghị định số 68/2020/NĐ-CP và Nghị định số 20/2017/NĐ-CP, theo Nghị định nêu trên …")).toEqual(["short:decree@?"]);
    // The amended decree cited for itself later as well: still a document the text goes on about.
    expect(ids("Nghị định số 68/2020/NĐ-CP sửa đổi, bổ sung khoản 3 Điều 8 Nghị định số 20/2017/NĐ-CP. Tại Nghị định số 20/2017/NĐ-CP có quy định. Nghị định nêu trên …")).toEqual(["short:decree@?"]);
  });
  it("reads in linear time however many pointing mentions and subjects", () => {
    const make = (n: number) => "Nghị định số 68/2020/NĐ-CP sửa đổi, bổ sung khoản 3 Điều 8 Nghị định số 20/2017/NĐ-CP về thuế. Nghị định nêu trên có hiệu lực. ".repeat(n);
    expect(new Set(ids(make(20)))).toEqual(new Set(["68/2020/NĐ-CP"]));
    expect(cpuRatio((t) => extract(t), make(4_000), make(2_000), 3, 3)).toBeLessThan(3);
  }, 120_000);
});
