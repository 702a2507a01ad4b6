import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";

/** The document's own relations, "type number", in text order; a listing row's subject read with its own number known. */
const own = (text: string, number?: string) => {
  const a = analyze(text, number ? { known: { number } } : {});
  const numbers = new Map(a.citations.filter((c) => c.number !== null).map((c) => [c.id, c.number]));
  return a.relations.filter((r) => r.from === a.self.id && r.type !== "references").map((r) => `${r.type} ${numbers.get(r.to)}`);
};

// fixtures/fresh/CONVENTIONS.md §33: a part of a document replaced is replaces of the document, beside amends where the
// text amends it too. Đại học Đà Nẵng's listing (fixtures/fresh/listing65 rows 69, 88) writes both in one subject.
describe("amended parts, then 'và thay thế' a part of the same document: amends and replaces", () => {
  it("a circular's subject (07/2024/TT-BGDĐT, listing65 row 69)", () => {
    const text =
      "Thông tư sửa đổi, bổ sung Điều 7 và thay thế Phụ lục II, III của Thông tư số 13/2021/TT-BGDĐT ngày 15/4/2021 của Bộ Giáo dục và Đào tạo quy định về điều kiện, trình tự, thủ tục, thẩm quyền công nhận văn bằng do cơ sở nước ngoài cấp";
    expect(own(text, "07/2024/TT-BGDĐT")).toEqual(["amends 13", "replaces 13"]);
  });

  it("a decision's subject, the part issued with the document (4495/QĐ-ĐHĐN, listing65 row 88)", () => {
    const text =
      "Sửa đổi, bổ sung một số điều của Quy chế tuyển sinh trình độ tiến sĩ và thay thế Phụ lục IV ban hành kèm theo Quyết định số 3297/QĐ-ĐHĐN ngày 29/9/2021 của Giám đốc Đại học Đà Nẵng";
    expect(own(text, "4495/QĐ-ĐHĐN")).toEqual(["amends 3297", "replaces 3297"]);
  });

  it("an annex replaced alone is replaces only (listing65 rows 73, 94)", () => {
    const text =
      "Quyết định ban hành Phụ lục thay thế Phụ lục đã được ban hành kèm theo Quyết định số 3092/QĐ-ĐHBK ngày 08 tháng 8 năm 2022 Quy định chế độ làm việc của giảng viên";
    expect(own(text, "800/QĐ-ĐHBK")).toEqual(["replaces 3092"]);
  });

  it("leaves the amending verb alone where the second verb replaces a wording or another document", () => {
    // A phrase's substitution is no part replaced (§2's "Left"; wording-series.ts).
    const wording =
      "Thông tư sửa đổi, bổ sung Điều 7 và thay thế cụm từ “cơ sở giáo dục” của Thông tư số 13/2021/TT-BGDĐT ngày 15/4/2021 của Bộ Giáo dục và Đào tạo";
    expect(own(wording, "07/2024/TT-BGDĐT")).toEqual(["amends 13"]);
    // A stop between the amended parts and "thay thế": another sentence.
    const stopped =
      "Thông tư sửa đổi, bổ sung Điều 7. Việc thay thế Phụ lục II của Thông tư số 13/2021/TT-BGDĐT ngày 15/4/2021 được thực hiện sau";
    expect(own(stopped, "07/2024/TT-BGDĐT")).not.toContain("amends 13");
  });
});
