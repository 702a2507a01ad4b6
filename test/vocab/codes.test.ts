import { describe, expect, it } from "vitest";
import { canonicalCode } from "../../src/vocab/codes.js";
import { extract } from "../../src/extract.js";

describe("codes", () => {
  it("reads ƯBND, an OCR's Ư for the U of UBND, as UBND (fresh30j-001; the Phú Ninh reservoir's rules)", () => {
    expect(["ƯBND", "ưbnd", "Ưbnd"].map(canonicalCode)).toEqual(["UBND", "UBND", "UBND"]);
    // Ư alone or before another code is no such misreading: left as written.
    expect(["Ư", "ƯB", "TƯ"].map(canonicalCode)).toEqual(["Ư", "ƯB", "TW"]);
  });

  it("gives a citation written with ƯBND the id of UBND, its offsets on the text as written", () => {
    const text = "Thực hiện Quyết định số 2582/QĐ-ƯBND ngày 05/6/2015 phân công; Quyết định số 16/2016/QĐ-ƯBND ngày\n09/5/2016 ban hành";
    const found = extract(text);
    expect(found.map((c) => [c.id, c.symbol, c.issuer?.code])).toEqual([
      ["2582/QĐ-UBND@2015", "QĐ-UBND", "UBND"],
      ["16/2016/QĐ-UBND", "QĐ-UBND", "UBND"],
    ]);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual([
      "Quyết định số 2582/QĐ-ƯBND ngày 05/6/2015",
      "Quyết định số 16/2016/QĐ-ƯBND ngày\n09/5/2016",
    ]);
    expect(found.map((c) => c.raw)).toEqual(found.map((c) => text.slice(c.start, c.end)));
    // Decomposed, the Ư is U + horn: the same reading, offsets still into the NFD string.
    const nfd = text.normalize("NFD");
    const fromNfd = extract(nfd);
    expect(fromNfd.map((c) => c.id)).toEqual(found.map((c) => c.id));
    expect(nfd.slice(fromNfd[0].start, fromNfd[0].end).normalize("NFC")).toBe("Quyết định số 2582/QĐ-ƯBND ngày 05/6/2015");
  });
});
