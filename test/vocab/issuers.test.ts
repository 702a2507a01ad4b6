import { describe, expect, it } from "vitest";
import { issuerByCode, issuerByPhrase, OTHER_CODES } from "../../src/vocab/issuers.js";
import { extract } from "../../src/index.js";

describe("issuer vocabulary", () => {
  it.each([
    ["Bộ NN&PTNT", "BNNPTNT"],
    ["Bộ Nông nghiệp & PTNT", "BNNPTNT"],
    ["Bộ Nông nghiệp và PTNT", "BNNPTNT"],
    ["Bộ GD&ĐT", "BGDĐT"],
    ["Bộ TN&MT", "BTNMT"],
    ["Bộ KH&ĐT", "BKHĐT"],
    ["Bộ LĐ-TB&XH", "BLĐTBXH"],
    ["Bộ LĐTBXH", "BLĐTBXH"],
    ["Bộ GTVT", "BGTVT"],
  ])("knows a ministry shortened as running text writes it: %s", (phrase, code) => {
    expect(issuerByPhrase(phrase)?.code).toBe(code);
    expect(extract(`Công văn số 12/BXD-KTQH ngày 3/4/2014 của ${phrase} về việc`)[0].raw).toMatch(new RegExp(`${phrase}$`));
  });

  it("shortens no ministry to fewer than four initials", () => {
    for (const phrase of ["Bộ TC", "Bộ CT", "Bộ XD", "Bộ YT"]) expect(issuerByPhrase(phrase)).toBeNull();
  });

  it("reads a ministry's older or office code as that ministry", () => {
    for (const [other, code] of Object.entries(OTHER_CODES)) expect(issuerByCode(other)?.code).toBe(code);
    const [letter] = extract("Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 về việc xây dựng kế hoạch");
    expect([letter.issuer?.code, letter.issuer?.level, letter.warnings]).toEqual(["BNNPTNT", "central", []]);
  });
});
