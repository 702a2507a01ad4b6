import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { factsFromId, mergeDocument, newDocument, type DocumentFacts } from "../../src/graph/facts.js";

// newDocument is the two merges a new node used to take (the id's facts, then the observation) in
// one: the same attributes, key order included, for ids of every shape and facts that agree with
// the id, add to it or contradict it (a province the id does not name, another number).
const IDS = [
  "61/2018/NĐ-CP",
  "76/NQ-CP@2021",
  "103/KH-UBND@2021~tra-vinh",
  "12/QĐ-UBND@2020~ha-noi~ba-dinh",
  "05-CT/TU@2021~hau-giang",
  "law:dat-dai@2013",
  "file:plans/a.txt",
  "text:0123456789abcdef",
];
const JURISDICTIONS = [
  null,
  { level: "central", province: null, provinceSuccessor: null, district: null },
  { level: "province", province: "Trà Vinh", provinceSuccessor: "Vĩnh Long", district: null },
  { level: "province", province: "Hậu Giang", provinceSuccessor: "Cần Thơ", district: null },
  { level: "district", province: "Hà Nội", provinceSuccessor: null, district: "Ba Đình" },
] as const;
const ISSUERS = [null, { code: "UBND", name: "Ủy ban nhân dân tỉnh Trà Vinh", level: "province", place: "Trà Vinh" }, { code: "CP", name: "Chính phủ", level: "central", place: null }] as const;

const facts: fc.Arbitrary<DocumentFacts> = fc.record({
  kind: fc.constantFrom(null, "plan", "decision", "document", "decree", "law", "directive"),
  number: fc.constantFrom(null, "61", "103", "12", "05"),
  year: fc.constantFrom(null, 2013, 2018, 2020, 2021),
  symbol: fc.constantFrom(null, "NĐ-CP", "KH-UBND", "QĐ-UBND", "CT/TU"),
  style: fc.constantFrom(null, "state", "party"),
  date: fc.constantFrom(null, "2021-04-12", "2018-04-24"),
  title: fc.constantFrom(null, "Đất đai", "Kế hoạch A", "Văn bản"),
  issuer: fc.constantFrom(...ISSUERS),
  jurisdiction: fc.constantFrom(...JURISDICTIONS),
}) as fc.Arbitrary<DocumentFacts>;

describe("newDocument", () => {
  it("gives what merging the observation into the id's own facts gives", () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), facts, fc.constantFrom(null, "a.txt", "plans/b.txt"), fc.nat(3), (id, f, file, citations) => {
        const start = mergeDocument(id, undefined, factsFromId(id), null, 0);
        const expected = mergeDocument(id, start, f, file, citations);
        const got = newDocument(id, f, file, citations);
        expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
        expect(got).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("starts from the id's facts: the id's number and province stand when the observation has none", () => {
    const a = newDocument("103/KH-UBND@2021~tra-vinh", { kind: null, number: null, year: null, symbol: null, style: null, date: null, title: null, issuer: null, jurisdiction: null }, null, 0);
    expect([a.number, a.symbol, a.jurisdiction?.province, a.files, a.citedBy]).toEqual(["103", "KH-UBND", "Trà Vinh", [], 0]);
    expect(a.label).toBe(mergeDocument("103/KH-UBND@2021~tra-vinh", undefined, factsFromId("103/KH-UBND@2021~tra-vinh"), null, 0).label);
  });
});
