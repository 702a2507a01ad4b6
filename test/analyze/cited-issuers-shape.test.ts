import { describe, expect, it } from "vitest";
import { natives, OPTIMIZED } from "../helpers/v8-natives.js";
import { ISSUERS, OTHER_CODES, TERM_CODES, issuerByCode } from "../../src/vocab/issuers.js";
import type { Citation } from "../../src/types.js";
// A copy of the module of this file's own (another id), with no feedback from texts other files analysed.
const OWN_COPY = "../../src/analyze/cited-issuers.js?shape-test";
const { nationalCommittees, NAMED_FOR_TASK } = (await import(OWN_COPY)) as typeof import("../../src/analyze/cited-issuers.js");

describe("the committees named for their task, asked by entry", () => {
  // Every entry issuerByCode gives: ISSUERS' codes, the other spellings, a legislature's term, a tax department's
  // division, a council's term, a joint and a desk's code.
  const codes = [
    ...ISSUERS.map((e) => e.code),
    ...Object.keys(OTHER_CODES),
    ...[...TERM_CODES].map((c) => `${c}14`),
    "CT-TTHT",
    "CTHN-TTHT",
    "HĐND16",
    "BGD&ĐT",
    "UBND.VX",
    "BCĐ.VX",
  ];
  it("holds an entry exactly where the entry is namedForTask (what nationalCommittees read before)", () => {
    let named = 0;
    for (const code of codes) {
      const entry = issuerByCode(code);
      if (entry === null) continue;
      expect(NAMED_FOR_TASK.has(entry), code).toBe(entry.namedForTask === true);
      if (entry.namedForTask) named++;
    }
    expect(named).toBeGreaterThanOrEqual(3);
  });

  // V8 internals (Node 20): test/helpers/v8-natives.ts.
  const { prepare, optimizeNext, status } = natives();
  const cited = (code: string): Citation => ({ issuer: { code, place: null, level: null } }) as unknown as Citation;

  // Entries come in many shapes (optional fields; a tax department's division and a legislature's term are spread
  // copies): reading namedForTask of one of a shape not met before threw nationalCommittees' compiled code away
  // ("wrong map", bench/README.md, session 58).
  it("stays compiled when an entry of another shape comes, and sets a national committee's level", () => {
    const text = "Hướng dẫn số 4488/BCĐ ngày 14/11/2013 của Ban Chỉ đạo an ninh Tổ quốc Trung ương.";
    const spans = [{ start: 0, end: text.indexOf(" an ninh") }];
    prepare(nationalCommittees);
    for (let k = 0; k < 30; k++) nationalCommittees(text, [cited("UBND")], spans);
    optimizeNext(nationalCommittees);
    nationalCommittees(text, [cited("UBND")], spans);
    expect(status(nationalCommittees) & OPTIMIZED).toBe(OPTIMIZED);
    for (const code of ["CT-TTHT", "QH14", "BHXH"]) nationalCommittees(text, [cited(code)], spans);
    expect(status(nationalCommittees) & OPTIMIZED).toBe(OPTIMIZED);
    const committee = cited("BCĐ");
    nationalCommittees(text, [committee], spans);
    expect(committee.issuer?.level).toBe("central");
  });
});
