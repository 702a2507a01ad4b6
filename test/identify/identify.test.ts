import { describe, expect, it } from "vitest";
import { readSymbol } from "../../src/identify/symbol.js";
import { documentId, officialNumber } from "../../src/identify/id.js";
import { isoDate } from "../../src/identify/dates.js";
import { canonicalCode } from "../../src/vocab/codes.js";

describe("identify", () => {
  it("canonicalises codes to their official mixed case", () => {
    expect(["nđ", "ttg", "qđi", "ctr", "thu", "QÐ", "tư", "qh13", "ubnd"].map(canonicalCode)).toEqual([
      "NĐ", "TTg", "QĐi", "CTr", "ThU", "QĐ", "TW", "QH13", "UBND",
    ]);
  });

  it("reads state, party, mixed and công văn ký hiệu", () => {
    expect(readSymbol(["NĐ", "CP"], "slash-first")).toEqual({ symbol: "NĐ-CP", style: "state", typeCode: "NĐ", issuerCode: "CP" });
    expect(readSymbol(["NQ", "TW"], "dash-first")).toEqual({ symbol: "NQ/TW", style: "party", typeCode: "NQ", issuerCode: "TW" });
    expect(readSymbol(["CT", "TU"], "slash-first")).toEqual({ symbol: "CT/TU", style: "party", typeCode: "CT", issuerCode: "TU" });
    expect(readSymbol(["VP.UBND", "NC"], "slash-first")).toEqual({ symbol: "VP.UBND-NC", style: "state", typeCode: null, issuerCode: "VP.UBND" });
    expect(readSymbol(["TTLT", "BTC", "BTP"], "slash-first").symbol).toBe("TTLT-BTC-BTP");
  });

  it("builds ids per the documented format", () => {
    const base = { number: "05", year: null, symbol: "CT/TU", party: true, dateYear: 2021, local: true, provinceSlug: "hau-giang", districtSlug: null };
    expect(documentId(base)).toBe("05-CT/TU@2021~hau-giang");
    expect(documentId({ ...base, symbol: "NĐ-CP", party: false, year: 2018, local: false, number: "61" })).toBe("61/2018/NĐ-CP");
    expect(documentId({ ...base, symbol: "KH-UBND", party: false, dateYear: null, provinceSlug: null })).toBe("05/KH-UBND@?");
  });

  it("pads numbers and validates dates", () => {
    expect(["2", "02", "002", "61", "1031"].map(officialNumber)).toEqual(["02", "02", "02", "61", "1031"]);
    expect(isoDate("29", "2", "2020").date).toBe("2020-02-29");
    expect(isoDate("29", "2", "2021").warning?.code).toBe("invalid-date");
    expect(isoDate("32", "1", "2021").date).toBeNull();
  });
});
