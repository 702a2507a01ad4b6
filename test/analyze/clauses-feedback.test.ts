import { describe, expect, it } from "vitest";
import { staysCompiledThrough } from "../helpers/v8-natives.js";
// vitest.config.ts shares one module cache per worker (isolate: false): a file run before this one may have analysed
// texts already and compiled clausesAtBreaks. Copies of the module of this file's own (other ids) start with no feedback.
type Clauses = typeof import("../../src/analyze/clauses.js");
const GIVEN = "../../src/analyze/clauses.js?feedback-given";
const NONE = "../../src/analyze/clauses.js?feedback-none";
const given = (await import(GIVEN)) as Clauses;
const none = (await import(NONE)) as Clauses;
// As splitClauses' first call gives them, before any document: no vector made by the test first.
const answers = given.takeEveryBreakPath();

type Span = { start: number; end: number };
// Texts end with no ";": clausesAtBreaks reads the unit after one, past a text's end there ("out of bounds", its own deopt).
/** A text as splitClauses is handed it: the body one part, the spans of its citations (each given by its words). */
const doc = (text: string, ...cited: string[]): [string, { type: "body"; start: number; end: number }[], Span[]] => [
  text,
  [{ type: "body", start: 0, end: text.length }],
  cited.map((c) => ({ start: text.indexOf(c), end: text.indexOf(c) + c.length })),
];
/** Clauses at ";" and line breaks only, none of the paths below: what the loop is compiled on. */
const ORDINARY = doc("Căn cứ Luật Tổ chức chính quyền địa phương;\nCăn cứ Nghị định số 5/2020/NĐ-CP;\nTheo đề nghị của Sở Tư pháp.", "Nghị định số 5/2020/NĐ-CP");
/** Each of BREAK_PATHS' paths in a text of its own (built at run time, as a document's text is), each citing one document as ORDINARY does. */
const RARE = [
  doc(["Căn cứ Luật Đất đai số 45/2013/QH13 về đất đai", "; quy định chi tiết thi hành Luật."].join(""), "Luật Đất đai số 45/2013/QH13"),
  doc(["Căn cứ Nghị định số 43/2014/NĐ-CP", "\nQuy định chi tiết thi hành Luật."].join(""), "Nghị định số 43/2014/NĐ-CP"),
  doc(["I. MỤC ĐÍCH", " Thực hiện tốt Luật số 5/2020/QH14."].join(""), "Luật số 5/2020/QH14"),
];

describe("splitClauses' first call: clausesAtBreaks' rare paths taken before V8 compiles it", () => {
  // V8 internals (Node 20): test/helpers/v8-natives.ts.
  const staysCompiled = (f: Clauses["clausesAtBreaks"]): boolean => staysCompiledThrough(f, ORDINARY, RARE);

  it("reads BREAK_PATHS as a document's text: the ';' inside the title and the line after the citation join their clauses", () => {
    const [text, parts, spans] = doc(["Căn cứ Luật Đất đai số 45/2013/QH13 về đất đai; quy định chi tiết thi hành Luật;\n", "Căn cứ Nghị định số 43/2014/NĐ-CP\nQuy định chi tiết thi hành một số điều của Luật Đất đai;\n", "I. MỤC ĐÍCH Thực hiện tốt Luật."].join(""), "Luật Đất đai số 45/2013/QH13", "Nghị định số 43/2014/NĐ-CP");
    const clauses = given.clausesAtBreaks(text, parts, spans);
    expect(answers.at(-1)).toEqual(clauses);
    expect(clauses.map((c) => text.slice(c.start, c.end).trim())).toEqual([
      "Căn cứ Luật Đất đai số 45/2013/QH13 về đất đai; quy định chi tiết thi hành Luật;",
      "Căn cứ Nghị định số 43/2014/NĐ-CP\nQuy định chi tiết thi hành một số điều của Luật Đất đai;",
      "I. MỤC ĐÍCH",
      "Thực hiện tốt Luật.",
    ]);
  });

  // Without them, the compiled loop is thrown away at the first rare path (the control: the test can fail). With them,
  // given in the module's own rounds (too few rounds, and the vector made here would hold none), it stays.
  it("keeps clausesAtBreaks compiled, where it is thrown away without them", () => {
    expect(staysCompiled(none.clausesAtBreaks)).toBe(false);
    expect(staysCompiled(given.clausesAtBreaks)).toBe(true);
  });
});
