import { describe, expect, it } from "vitest";
import { natives, OPTIMIZED } from "../../helpers/v8-natives.js";
import { searchEveryPath } from "../../../src/analyze/roles/cue-feedback.js";
// vitest.config.ts shares one module cache per worker (isolate: false): a file run before this one may have analysed
// texts already and compiled findCues. Copies of the module of this file's own (other ids) start with no feedback.
type CueFinder = typeof import("../../../src/analyze/cue-finder.js");
const GIVEN = "../../../src/analyze/cue-finder.js?feedback-given";
const NONE = "../../../src/analyze/cue-finder.js?feedback-none";
const given = (await import(GIVEN)) as CueFinder;
const none = (await import(NONE)) as CueFinder;
// As readRoles' first call gives them, before any document: no vector made by the test first.
const answers = searchEveryPath(given.findCues);

/** A text with none of findCues' rare paths, and one text for each of them (cue-feedback.ts's PATHS and CASES). */
const ORDINARY = "Căn cứ Luật Tổ chức chính quyền địa phương; Thực hiện Quyết định số 5/QĐ-UBND; theo đề nghị";
const RARE = ["xcăn cứ", "tỉnhCăn cứ", "Căn công văn 167", "chưa thực hiệnh", "Thực hiệnQuyết định", "thực hiệný kiến", "thay\nthế", "HƯỚNG DẪN\nThực hiện", "căn cứ tính thuế", "Theo Tờ trình số 5", "\u0130 Căn cứ", "\u212a Căn cứ"];

describe("giveCueSearchFeedback: findCues' rare paths taken before V8 compiles it", () => {
  // V8 internals (Node 20): test/helpers/v8-natives.ts.
  const { prepare, optimizeNext, status } = natives();
  /** Whether `find`, compiled after ordinary texts, stays compiled through every rare path. */
  const staysCompiled = (find: CueFinder["findCues"]): boolean => {
    prepare(find);
    for (let k = 0; k < 30; k++) find(ORDINARY, [], [{ start: 0, end: ORDINARY.length }]);
    optimizeNext(find);
    find(ORDINARY, [], [{ start: 0, end: ORDINARY.length }]);
    expect(status(find) & OPTIMIZED).toBe(OPTIMIZED);
    for (const t of RARE) find(t, [], [{ start: 0, end: t.length }]);
    return (status(find) & OPTIMIZED) === OPTIMIZED;
  };

  it("finds each path's cue (or none) as a document's text would", () => {
    const [paths, ...rest] = answers.slice(-3);
    expect(paths.map((c) => c.cue.type)).toEqual(["based_on", "based_on", "based_on", "implements", "implements", "replaces", "implements", "proposed_by"]);
    expect(rest.map((found) => found.length)).toEqual([1, 1]);
  });

  // Without them, the compiled code is thrown away at the first rare path (the control: the test can fail). With them,
  // given in the module's own rounds (too few rounds, and the vector made here would hold none), it stays.
  it("keeps findCues compiled, where it is thrown away without them", () => {
    expect(staysCompiled(none.findCues)).toBe(false);
    expect(staysCompiled(given.findCues)).toBe(true);
  });
});
