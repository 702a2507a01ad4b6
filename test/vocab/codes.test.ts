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
  it("reads a legislature's two-digit term as a scan prints it, I for its 1 and O for the Q (fresh36b-005, fresh45c-001, fresh50b-013)", () => {
    expect(["UBTVQHI4", "UBTVOHI2", "UBTVOH12", "QHI3", "UBTVQHl5"].map(canonicalCode)).toEqual(["UBTVQH14", "UBTVQH12", "UBTVQH12", "QH13", "UBTVQH15"]);
    // A term that lost a digit ("UBTVOH2") is not guessed; nor is "OH" without the Standing Committee's letters.
    expect(["UBTVOH2", "OHI2", "UBTVQHI"].map(canonicalCode)).toEqual(["UBTVOH2", "OHI2", "UBTVQHI"]);
    const text = "Căn cứ Nghị quyết số 295/2007/NQ-UBTVOHI2 ngày 28/9/2007 của Ủy ban Thường vụ Quốc hội; Nghị quyết số 954/2020/UBTVQHI4 ngày 02/06/2020;";
    expect(extract(text).map((c) => c.id)).toEqual(["295/2007/NQ-UBTVQH12", "954/2020/UBTVQH14"]);
  });
});
