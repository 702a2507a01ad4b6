import { describe, expect, it } from "vitest";
import { staysCompiledThrough } from "../helpers/v8-natives.js";
// vitest.config.ts shares one module cache per worker (isolate: false): a file run before this one may have analysed
// texts already. Copies of the module of this file's own (other ids) start with no feedback.
type BasisHeading = typeof import("../../src/analyze/basis-heading.js");
const GIVEN = "../../src/analyze/basis-heading.js?feedback-given";
const NONE = "../../src/analyze/basis-heading.js?feedback-none";
const given = (await import(GIVEN)) as BasisHeading;
const none = (await import(NONE)) as BasisHeading;
// As readRoles' first document gives them, before any other: no vector made by the test first.
const found = given.takeEveryBasisPath(given.basisHeadingCues);

type Span = { start: number; end: number };
type Clause = { start: number; end: number; part: string; opensList: boolean };
/** A text cut into clauses at each ";" (as splitClauses makes them), with the span of the document it cites. */
const doc = (text: string, cited: string): [string, Span[], Clause[]] => {
  const clauses: Clause[] = [];
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf(";", start) < 0 ? text.length : text.indexOf(";", start) + 1;
    clauses.push({ start, end, part: "body", opensList: end < text.length });
    start = end;
  }
  return [text, [{ start: text.indexOf(cited), end: text.indexOf(cited) + cited.length }], clauses];
};
/** No "pháp lý": mayHoldBasisHeading says no, as in most texts. */
const ORDINARY = doc("Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13; theo đề nghị về quản lý, ý kiến của Sở.", "Luật Tổ chức chính quyền địa phương số 77/2015/QH13");
/** "pháp lý" in prose, a clause opening with "Cơ sở" on a long line; "PHÁP LÝ" (built at run time, as a document's text is). */
const RARE = [
  doc(["Căn cứ Luật số 5/2020/QH14 làm cơ sở pháp lý để các cơ quan, đơn vị, địa phương tổ chức triển khai thực hiện nhiệm vụ được giao", " theo đúng quy định; Cơ sở dữ liệu."].join(""), "Luật số 5/2020/QH14"),
  doc(["CĂN CỨ PHÁP LÝ", ": Luật số 5/2020/QH14."].join(""), "Luật số 5/2020/QH14"),
];

describe("readRoles' first document: basisHeadingCues' paths past mayHoldBasisHeading taken before V8 compiles it", () => {
  // V8 internals (Node 20): test/helpers/v8-natives.ts.
  const staysCompiled = (f: BasisHeading["basisHeadingCues"]): boolean => staysCompiledThrough(f, ORDINARY, RARE);

  it("finds no heading in FEEDBACK_TEXTS, where the rare texts' words hold 'pháp lý'", () => {
    expect(found).toBe(0);
    expect(RARE.map(([text]) => given.mayHoldBasisHeading(text))).toEqual([true, true]);
    expect(given.mayHoldBasisHeading(ORDINARY[0])).toBe(false);
  });

  // Without them, the compiled code is thrown away at the first "pháp lý" (the control: the test can fail). With them,
  // given in the module's own rounds (too few rounds, and the vector made here would hold none), it stays.
  it("keeps basisHeadingCues compiled, where it is thrown away without them", () => {
    expect(staysCompiled(none.basisHeadingCues)).toBe(false);
    expect(staysCompiled(given.basisHeadingCues)).toBe(true);
  });
});
