import { describe, expect, it } from "vitest";
import { ownCopy } from "../../src/shared/strings.js";

describe("ownCopy", () => {
  it("gives an equal string, the same one when too short to be a view into another", () => {
    const text = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ";
    const cut = text.slice(7, 40);
    expect(ownCopy(cut)).toBe(cut);
    expect(ownCopy("Chính phủ")).toBe("Chính phủ");
    expect(ownCopy("")).toBe("");
    // Lone surrogates and NUL survive the copy.
    expect(ownCopy("\ud800 \u0000 \udfff ".repeat(5))).toBe("\ud800 \u0000 \udfff ".repeat(5));
  });
});
