import { describe, expect, it } from "vitest";
import { readSymbol } from "../../src/identify/symbol.js";
import { documentId, officialNumber } from "../../src/identify/id.js";
import { isoDate } from "../../src/identify/dates.js";
import { canonicalCode } from "../../src/vocab/codes.js";
import { extract } from "../../src/extract.js";

describe("identify", () => {
  it("canonicalises codes to their official mixed case", () => {
    expect(["nđ", "ttg", "qđi", "ctr", "thu", "QÐ", "tư", "qh13", "ubnd"].map(canonicalCode)).toEqual([
      "NĐ", "TTg", "QĐi", "CTr", "ThU", "QĐ", "TW", "QH13", "UBND",
    ]);
  });

  it("reads state, party, mixed and công văn ký hiệu", () => {
    expect(readSymbol(["NĐ", "CP"], "slash-first")).toEqual({ symbol: "NĐ-CP", style: "state", typeCode: "NĐ", issuerCode: "CP", jointIssuerCodes: [] });
    expect(readSymbol(["NQ", "TW"], "dash-first")).toEqual({ symbol: "NQ/TW", style: "party", typeCode: "NQ", issuerCode: "TW", jointIssuerCodes: [] });
    expect(readSymbol(["CT", "TU"], "slash-first")).toEqual({ symbol: "CT/TU", style: "party", typeCode: "CT", issuerCode: "TU", jointIssuerCodes: [] });
    expect(readSymbol(["VP.UBND", "NC"], "slash-first")).toEqual({ symbol: "VP.UBND-NC", style: "state", typeCode: null, issuerCode: "VP.UBND", jointIssuerCodes: [] });
    expect(readSymbol(["TTLT", "BTC", "BTP"], "slash-first").symbol).toBe("TTLT-BTC-BTP");
    expect(readSymbol(["TTLT", "BTC", "BGD&ĐT"], "slash-first").jointIssuerCodes).toEqual(["BTC", "BGD&ĐT"]);
    // A drafting unit after the issuer is not a second issuer.
    expect(readSymbol(["QĐ", "UBND", "HC"], "slash-first").jointIssuerCodes).toEqual([]);
  });

  it("names the National Assembly with its term, and every issuer of a joint ký hiệu", () => {
    const [law] = extract("Căn cứ Luật số 45/2013/QH13 ngày 29 tháng 11 năm 2013;");
    expect(law.issuer).toEqual({ code: "QH13", name: "Quốc hội khóa XIII", level: "central", place: null });
    expect(extract("Pháp lệnh số 02/2022/UBTVQH15")[0].issuer?.name).toBe("Ủy ban Thường vụ Quốc hội khóa XV");
    expect(law.issuers).toBeUndefined();
    const [joint] = extract("Thông tư liên tịch số 12/2015/TTLT-BTC-BGD&ĐT ngày 21/01/2015");
    expect(joint.issuer?.name).toBe("Bộ Tài chính");
    expect(joint.issuers?.map((i) => i.name)).toEqual(["Bộ Tài chính", "Bộ Giáo dục và Đào tạo"]);
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
