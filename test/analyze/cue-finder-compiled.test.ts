import { describe, expect, it } from "vitest";
import { natives, OPTIMIZED } from "../helpers/v8-natives.js";
// vitest.config.ts shares one module cache per worker (isolate: false): a file run before this one may have analysed
// texts already and compiled findCues. A copy of the module of this file's own (another id) starts with no feedback.
const OWN_COPY = "../../src/analyze/cue-finder.js?compiled-test";
const { findCues, shorterCueAt } = (await import(OWN_COPY)) as typeof import("../../src/analyze/cue-finder.js");

const phrases = (text: string) => findCues(text, [], [{ start: 0, end: text.length }]).map((c) => text.slice(c.start, c.end));

describe("findCues compiled before it meets a shorter cue inside a run-in match", () => {
  // V8 internals (Node 20): test/helpers/v8-natives.ts.
  const { prepare, optimizeNext, status } = natives();

  // A shorter cue inside a match run into a word ("Căn công văn": "Căn") is rare: its own path, first taken after
  // TurboFan had compiled findCues over texts without one, threw the compiled code away ("Insufficient type feedback
  // for compare operation", once a process: bench/README.md, session 58). It goes through the span test and the push
  // of a whole match, and shorterCueAt's answer is read on every run-in match ("thực hiệnh": none shorter).
  it("stays compiled and finds what it found interpreted", () => {
    // shorterCueAt's own answer is met first (it may be compiled into findCues): what is asked is findCues' path.
    const runIn = "Căn công văn 167";
    for (let k = 0; k < 30; k++) expect(shorterCueAt(runIn, 0, "Căn c").length).toBe(3);
    prepare(findCues);
    for (let k = 0; k < 30; k++) {
      expect(phrases("Căn cứ Luật; chưa thực hiệnh; xét duyệt")).toEqual(["Căn cứ", "xét"]);
      expect(phrases("Thực hiệnQuyết định số 12/QĐ-UBND;tỉnhCăn cứ Nghị định")).toEqual(["Thực hiện", "Căn cứ"]);
      expect(phrases("Căn cLuật Tổ chức Quốc hội")).toEqual(["Căn c"]);
    }
    optimizeNext(findCues);
    expect(phrases("Căn cứ Luật; chưa thực hiệnh; xét duyệt")).toEqual(["Căn cứ", "xét"]);
    expect(status(findCues) & OPTIMIZED).toBe(OPTIMIZED);
    expect(phrases("Căn công văn 167/SGD&ĐT-VP; Căn cLuật Tổ chức Quốc hội")).toEqual(["Căn", "Căn c"]);
    expect(status(findCues) & OPTIMIZED).toBe(OPTIMIZED);
  });
});
