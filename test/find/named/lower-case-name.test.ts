// When a name in lower case after a capitalised kind word stands (src/find/named/lower-case-name.ts).
import { describe, expect, it } from "vitest";
import { findNamedMentions } from "../../../src/find/named/index.js";
import { analyze, extract } from "../../../src/index.js";

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

describe("a name in lower case right after the units pointing into it ('khoản 3, Điều 58 Luật đất đai và các văn bản …')", () => {
  it("is the law or ordinance, its name ending where a capitalised one's would, the units its pinpoint", () => {
    // fresh37a 018: nothing closes the name, "và các văn bản …" goes on.
    const law = extract("4. Chỉ đạo thực hiện đủ điều kiện theo quy định tại khoản 3, Điều 58 Luật đất đai và các văn bản quy phạm pháp luật có liên quan.");
    expect(law.map((c) => [c.raw, c.id, c.pinpoint?.clause, c.pinpoint?.article])).toEqual([["Luật đất đai", "law:dat-dai@?", "3", "58"]]);
    // seg33c 006: the ordinance, then how it was promulgated.
    const ordinance = extract("Căn cứ Điều 14 Pháp lệnh chất lượng hàng hoá được công bố theo lệnh số 49 - LTC / HĐNN ngày 02/0l/1991 của Chủ tịch Hội đồng Nhà nước ;");
    expect(ordinance.map((c) => [c.raw, c.pinpoint?.article ?? null])).toEqual([
      ["Pháp lệnh chất lượng hàng hoá", "14"],
      // The order's date as the OCR read it, "02/0l/1991", is its date (find/misread-date.ts).
      ["lệnh số 49 - LTC / HĐNN ngày 02/0l/1991", null],
    ]);
    // fresh38a 010: "của" between, the law's "và" kept, "và các Điều …" of the next document not.
    expect(read("theo quy định tại Điều 54 và Điều 55 của Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân và các Điều 3, 4 của Nghị quyết")).toEqual([
      ["Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"],
    ]);
  });

  it("is no law where no unit's label comes right before, or the name is a single word", () => {
    expect(read("Thực hiện Luật đất đai và các văn bản quy phạm pháp luật có liên quan, Ủy ban nhân dân tỉnh")).toEqual([]);
    expect(read("theo Điều 5 Luật này và Điều 3 của Luật khác")).toEqual([]);
  });
});

describe("a name in lower case after 'thi hành … của' and a capitalised kind word, 'về' and the matter after it", () => {
  it("is the law or code a document details on that matter (listing51 row 117, fresh30t-008, pairs32-003)", () => {
    expect(read("Thông tư liên tịch hướng dẫn thi hành quy định của Bộ luật tố tụng hình sự về tiếp nhận, giải quyết tố giác, tin báo về tội phạm và kiến nghị khởi tố")).toEqual([
      ["Bộ luật tố tụng hình sự", "tố tụng hình sự"],
    ]);
    expect(read("Căn cứ Nghị định số 58/2009/NĐ-CP ngày 13 tháng 7 năm 2009 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật thi hành án dân sự về thủ tục thi hành án dân sự,")).toEqual([
      ["Luật thi hành án dân sự", "thi hành án dân sự"],
    ]);
    expect(read("quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật lao động về tiền lương, sau khi trao đổi ý kiến")).toEqual([["Bộ luật lao động", "lao động"]]);
    const row = analyze("Thông tư liên tịch hướng dẫn thi hành quy định của Bộ luật tố tụng hình sự về tiếp nhận, giải quyết tố giác, tin báo về tội phạm và kiến nghị khởi tố", {
      known: { number: "06/2013/BCA-BQP-BTC-BNNPTNN-VKSNDTC", date: "02/08/2013" },
    });
    expect(row.citations.filter((c) => c.form === "named").map((c) => [c.id, c.role])).toEqual([["code:to-tung-hinh-su@?", "guides"]]);
  });

  it("is the code whose provisions a court's or a joint circular's guidance applies, 'áp dụng' for 'thi hành' (fresh60h-009, fresh58g-003)", () => {
    const line = "Thông tư liên tịch 09/2011/TTLT-BCA-BQP-BTP-NHNNVN-VKSNDTC-TANDTC hướng dẫn áp dụng quy định của Bộ luật hình sự về tội chứa chấp hoặc tiêu thụ tài sản do người khác phạm tội mà có và tội rửa tiền";
    expect(read(line)).toEqual([["Bộ luật hình sự", "hình sự"]]);
    expect(read("Nghị quyết hướng dẫn áp dụng một số quy định của Bộ luật dân sự về trách nhiệm bồi thường thiệt hại ngoài hợp đồng")).toEqual([["Bộ luật dân sự", "dân sự"]]);
    const row = analyze(line, { known: { number: "09/2011/TTLT-BCA-BQP-BTP-NHNNVN-VKSNDTC-TANDTC", date: "30/11/2011" } });
    expect(row.citations.filter((c) => c.form === "named").map((c) => [c.id, c.role])).toEqual([["code:hinh-su@?", "guides"]]);
  });

  it("is no law after 'áp dụng' without the provisions 'của' it: applying a law on a matter is prose too", () => {
    expect(read("Tòa án áp dụng Luật đất đai về thời hiệu khởi kiện")).toEqual([]);
  });

  it("is the law or code a decree details some articles of, 'chi tiết' without 'thi hành' (listing52b row 21, repeal34-001)", () => {
    const title = "Nghị định quy định chi tiết một số điều của Luật quản lý ngoại thương về các biện pháp phòng vệ thương mại";
    expect(read(title)).toEqual([["Luật quản lý ngoại thương", "quản lý ngoại thương"]]);
    expect(read("Căn cứ Nghị định 162/1999/NĐ-CP ngày 9/11/1999 về việc sửa đổi, bổ sung một số điều của Nghị định số 06/CP ngày 20 tháng 01 năm 1995 quy định chi tiết một số điều của Bộ Luật lao động về an toàn lao động, vệ sinh lao động;")).toEqual([
      ["Bộ Luật lao động", "lao động"],
    ]);
    const row = analyze(title, { known: { number: "10/2018/NĐ-CP", date: "15/01/2018" } });
    expect(row.citations.filter((c) => c.form === "named").map((c) => [c.id, c.role])).toEqual([["law:quan-ly-ngoai-thuong@?", "guides"]]);
    // The articles "của" the law are asked for: "chi tiết" right before the law reads no matter after "về".
    expect(read("Thông tư hướng dẫn chi tiết Luật giáo dục về nhiều việc.")).toEqual([]);
  });

  it("is no name where no 'thi hành … của' comes before it: 'về' then goes on a sentence", () => {
    expect(read("Thông tư hướng dẫn Luật giáo dục về nhiều việc.")).toEqual([]);
    expect(read("tuyên truyền các quy định của Bộ luật lao động về tiền lương, sau khi")).toEqual([]);
  });
});

describe("a name in lower case followed by 'và' and a document cited by kind word and number", () => {
  it("ends before 'và': the next document of the list (listing52 row 9, full32b-002, fresh49a-006)", () => {
    expect(read("Thông tư 19/2005/TT-BVHTT hướng dẫn Pháp lệnh quảng cáo và Nghị quyết 12/2000/NQ-CP về cấm quảng cáo thuốc lá")).toEqual([
      ["Pháp lệnh quảng cáo", "quảng cáo"],
    ]);
    expect(read("hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với cách mạng và Nghị định số 89/2008/NĐ-CP ngày 13/8/2008")).toEqual([
      ["Pháp lệnh ưu đãi người có công với cách mạng", "ưu đãi người có công với cách mạng"],
    ]);
    expect(read("về việc hướng dẫn thi hành một số điều của Pháp lệnh ưu đãi người có công với cách mạng và Thông tư số 07/2006/TT-BLĐTBXH ngày 26/7/2006")).toEqual([
      ["Pháp lệnh ưu đãi người có công với cách mạng", "ưu đãi người có công với cách mạng"],
    ]);
    const row = analyze("Thông tư 19/2005/TT-BVHTT hướng dẫn Pháp lệnh quảng cáo và Nghị quyết 12/2000/NQ-CP về cấm quảng cáo thuốc lá", {
      known: { number: "19/2005/TT-BVHTT", date: "12/05/2005" },
    });
    expect(row.citations.filter((c) => c.form === "named").map((c) => [c.id, c.role])).toEqual([["ordinance:quang-cao@?", "guides"]]);
  });

  it("is no name where 'và' and a kind word have no number after them: the sentence goes on", () => {
    expect(read("hướng dẫn Pháp lệnh quảng cáo và Nghị quyết của Hội đồng nhân dân tỉnh")).toEqual([]);
  });
});
