import { describe, expect, it } from "vitest";
import { natives } from "../helpers/v8-natives.js";
import { CUES, WORDING_AMENDS_CUE, WORDING_REPEALS_CUE, defineCue, type Cue } from "../../src/vocab/cues.js";
import { UNHEADED_BASIS } from "../../src/analyze/unheaded-basis.js";
import { POST_CUE } from "../../src/analyze/roles/post-cue.js";

// findCues, readRoles and settleClause read the fields of every cue: cues written as literals of different optional
// fields were a dozen hidden classes, and findCues' compiled code was thrown away ("wrong map" at cue.type) when a
// cue of a class not met yet came (bench/README, session 57). Every cue is built by defineCue: one set of keys, one
// order, one map.
describe("every cue of one shape", () => {
  const all: Cue[] = [...CUES, WORDING_AMENDS_CUE, WORDING_REPEALS_CUE, UNHEADED_BASIS, POST_CUE];

  it("has the same keys in the same order, the optional ones present", () => {
    const keys = Object.keys(defineCue({ type: "based_on", phrases: ["Căn cứ"], reach: "far" }));
    expect(keys).toContain("untilDate");
    for (const cue of all) expect(Object.keys(cue)).toEqual(keys);
  });

  it("shares one hidden class (V8, Node 20)", () => {
    const { sameMap } = natives();
    for (const cue of all) expect(sameMap(cue, CUES[0])).toBe(true);
    // A demand's cue made to govern a list (roles/head-cue.ts) is built so too.
    expect(sameMap(defineCue({ ...CUES[4], governsList: true }), CUES[0])).toBe(true);
  });

  it("keeps what each cue says", () => {
    expect(WORDING_AMENDS_CUE.type).toBe("amends");
    expect(CUES.includes(WORDING_AMENDS_CUE) && CUES.includes(WORDING_REPEALS_CUE)).toBe(true);
    const correction = CUES.find((c) => c.type === "corrects")!;
    expect(correction.ownAfter).toEqual(["xin"]);
    expect(correction.ownAfterIssuer).toBe(true);
    expect(correction.links).toBeUndefined();
  });
});
