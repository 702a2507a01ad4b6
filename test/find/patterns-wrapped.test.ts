import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";

const idOf = (t: string) => extract(t).map((c) => c.id);

// Older numbering typed with a blank between the number and its ký hiệu ("số 4519 BKH/KTĐN", "số 84 QĐ/TWĐTN"): a
// hard-wrapped copy breaks the line at that blank as at any other (patterns.ts SYMBOL_TAIL, the grammar's
// spacedIssuerAt and spacedTypeAt, which take a gap of two characters at most).
describe("a number and its ký hiệu a line break apart (find/patterns.ts ANCHOR)", () => {
  it("is read as with a space", () => {
    // pairs40-005, fresh61g-002, fresh29j-003, fresh51c-007, as wrapped at 60 columns.
    expect(idOf("tại Công văn số 4519\nBKH/KTĐN, ngày 20 tháng 7 năm 2004 về việc")).toEqual(["4519/BKH-KTĐN@2004"]);
    expect(idOf("tại Công văn số 4519 BKH/KTĐN, ngày 20 tháng 7 năm 2004 về việc")).toEqual(["4519/BKH-KTĐN@2004"]);
    expect(idOf("ban hành kèm theo Quyết định số 84\nQĐ/TWĐTN ngày 22/02/2013 của Ban")).toEqual(["84-QĐ/TWĐTN@2013"]);
    expect(idOf("ban hành kèm theo Quyết định số 84\r\nQĐ/TWĐTN ngày 22/02/2013 của Ban")).toEqual(["84-QĐ/TWĐTN@2013"]);
    expect(idOf("thực hiện nghị quyết số 29\nNQ/TW về đổi mới")).toEqual(["29-NQ/TW@?"]);
  });

  it("is no citation without a kind word or 'số' before the number, nor across a blank line", () => {
    expect(idOf("tổng cộng 84\nQĐ/TWĐTN đã ban hành")).toEqual([]);
    expect(idOf("Quyết định số 84\n\nQĐ/TWĐTN ngày 22/02/2013")).toEqual(["short:decision/84@?"]);
  });
});
