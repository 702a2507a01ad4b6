import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";

const idOf = (t: string) => extract(t).map((c) => c.id);

// A hard-wrapped copy (a PDF's or an e-mail's text, broken near a column wherever a word falls) puts a line break
// between any two words: inside "đề ngày", before it, between "năm" and its year (date-after.ts BLANK).
describe("a date after the ký hiệu across a line break (date-after.ts)", () => {
  it("reads 'đề ngày' broken before it or inside it, as on one line", () => {
    // As pairs44-002 and fresh54e-007 write the forwarding slip, wrapped at 60 and 70 columns.
    const one = "Cục Thuế nhận được Phiếu chuyển số 724/PC-TCT đề ngày 19/9/2018 của Tổng cục Thuế";
    expect(idOf(one)).toEqual(["724/PC-TCT@2018"]);
    expect(idOf(one.replace(" đề ngày", "\nđề ngày"))).toEqual(["724/PC-TCT@2018"]);
    expect(idOf(one.replace("đề ngày ", "đề\nngày\n"))).toEqual(["724/PC-TCT@2018"]);
    expect(idOf(one.replace(" đề ngày", "\r\nđề ngày"))).toEqual(["724/PC-TCT@2018"]);
  });

  it("reads 'năm' and the year, and the subject after it, across one line break each", () => {
    // As fresh53d-003 names Quyết định 2356/QĐ-BTC, wrapped.
    const text = "Căn cứ theo Điều 1 Quyết định 2356/QĐ-BTC năm\n2025 quy định về vị trí, chức năng";
    const [c] = extract(text);
    expect(c.id).toBe("2356/QĐ-BTC@2025");
    expect(text.slice(c.start, c.end)).toBe("Quyết định 2356/QĐ-BTC năm\n2025");
    expect(idOf("Quyết định 2356/QĐ-BTC\r\nnăm 2025 quy định về vị trí")).toEqual(["2356/QĐ-BTC@2025"]);
    expect(idOf("Quyết định 2356/QĐ-BTC năm 2025\nquy định về vị trí")).toEqual(["2356/QĐ-BTC@2025"]);
  });

  it("reads no date across a blank line, two line breaks, or a year with no subject after it", () => {
    expect(idOf("Quyết định 2356/QĐ-BTC\n\nnăm 2025 quy định về vị trí")).toEqual(["2356/QĐ-BTC@?"]);
    expect(idOf("Quyết định 2356/QĐ-BTC năm\n\n2025 quy định về vị trí")).toEqual(["2356/QĐ-BTC@?"]);
    expect(idOf("Quyết định 2356/QĐ-BTC\nnăm 2025 tỉnh đã")).toEqual(["2356/QĐ-BTC@?"]);
    expect(idOf("Phiếu chuyển số 724/PC-TCT đề\n\nngày 19/9/2018")).toEqual(["724/PC-TCT@?"]);
  });
});
