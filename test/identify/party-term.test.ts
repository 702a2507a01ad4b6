import { describe, expect, it } from "vitest";
import { partyTermAfter } from "../../src/identify/party-term.js";
import { analyze } from "../../src/index.js";

// nfd64: the term was looked for within 72 code units, which a decomposed copy's marks (NFD) stretch: "Hội nghị lần thứ
// chín Ban chấp hành Trung ương Đảng khóa XI" (fresh62f-005) fell outside the window there, and the number kept no term.
describe("the Party term after a mention, decomposed (party-term.ts)", () => {
  it.each([
    [" Hội nghị lần thứ chín Ban chấp hành Trung ương Đảng khóa XI về “Xây dựng và phát triển văn hóa", "XI"],
    [" của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII", "XII"],
  ])("reads the term in the same letters as composed: %s", (after, roman) => {
    expect(partyTermAfter(after)?.roman).toBe(roman);
    expect(partyTermAfter(after.normalize("NFD"))?.roman).toBe(roman);
  });

  it("bounds the undated number by it in the decomposed copy too", () => {
    const text = "Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 599/KH-UBND thực hiện Chương trình hành động số 33-Ctr/TU của Tỉnh ủy về thực hiện Nghị quyết số 33-NQ/TW Hội nghị lần thứ chín Ban chấp hành Trung ương Đảng khóa XI về “Xây dựng và phát triển văn hóa, con người Việt Nam”.";
    const ids = (t: string) => analyze(t).citations.map((c) => c.id).filter((id) => id.startsWith("33-NQ"));
    expect(ids(text)).toEqual(["33-NQ/TW@2011-2016"]);
    expect(ids(text.normalize("NFD"))).toEqual(ids(text));
  });
});

// A justified copy widens the window's blanks: "… Ban  chấp  hành  Trung  ương  Đảng  khóa  XI" is past 72 code units
// (LAYOUT-s68-blanks' windows in characters). Each run of blanks is read as one.
describe("the Party term after a mention, blanks doubled (party-term.ts)", () => {
  it("reads the term within the window as the single-spaced text counts it, and not past it", () => {
    const after = " Hội nghị lần thứ chín Ban chấp hành Trung ương Đảng khóa XI về “Xây dựng và phát triển văn hóa";
    expect(partyTermAfter(after.replaceAll(" ", "  "))?.roman).toBe("XI");
    expect(partyTermAfter(after.replaceAll(" ", "\t "))?.roman).toBe("XI");
    expect(partyTermAfter(" của Ban Chấp hành Trung ương về công tác cán bộ và các nhiệm vụ trọng tâm của Đảng khóa XI")).toBeUndefined();
  });
});
