import { describe, expect, it } from "vitest";
import { formNamedBefore } from "../../src/find/forms.js";
import { extract } from "../../src/index.js";

describe("templates, tables and annexes numbered as documents", () => {
  it.each([
    "báo cáo theo Mẫu số 01/BC đính kèm",
    "theo Biểu số 02/TK kèm theo",
    "Phụ lục số 01/PL-KH",
    "theo biểu mẫu số 03/KH",
    "theo mẫu 05/BC",
  ])("are no citations: %s", (text) => {
    expect(extract(text)).toEqual([]);
    expect(extract(text, { strategy: "whole-text" })).toEqual([]);
  });

  it("leave the documents beside them, and a kind word before 'số' is a document's", () => {
    expect(extract("theo mẫu số 03/KH ban hành kèm theo Thông tư số 12/2020/TT-BTC").map((c) => c.id)).toEqual(["12/2020/TT-BTC"]);
    expect(extract("Căn cứ các Nghị định của Chính phủ: số 92/2006/NĐ-CP").map((c) => c.id)).toEqual(["92/2006/NĐ-CP"]);
    expect(formNamedBefore("Phụ lục ban hành kèm theo Quyết định ", 35)).toBe(false);
    expect(formNamedBefore("theo Mẫu số ", 12)).toBe(false);
    expect(formNamedBefore("theo Mẫu ", 9)).toBe(true);
  });
});
