// A ký hiệu after a space makes the number a full citation's, no short form (src/find/short/after-number.ts
// symbolAfterSpace): a hard-wrapped copy's line break stands for the space.
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";

const ids = (text: string) => extract(text).map((c) => c.id);

describe("a number, a line break, then its ký hiệu in capitals and a slash", () => {
  it("is no short form, as with a space (fresh61g-002: 'Công văn số 9203 KH/TC', wrapped at 60 columns)", () => {
    const one = "Xét đề nghị của Bộ Giáo dục và Đào tạo (Công văn số 9203 KH/TC ngày 29-12-1994 và";
    expect(ids(one)).toEqual([]);
    expect(ids(one.replace("9203 ", "9203\n"))).toEqual([]);
    expect(ids(one.replace("9203 ", "9203\r\n"))).toEqual([]);
  });

  it("still reads a short form whose next line opens with other words", () => {
    expect(ids("theo Công văn số 9203\nngày 29-12-1994 của Bộ")).toEqual(["bare:official-letter/9203@1994-12-29"]);
    expect(ids("theo Công văn số 9203\n\nKH/TC ngày 29-12-1994")).toEqual(["short:official-letter/9203@?"]);
  });
});
