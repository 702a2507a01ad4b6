import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { binding, moved, SELF } from "../../../src/analyze/roles/reading.js";
import type { Cue } from "../../../src/vocab/cues.js";

// V8's own test of an object's hidden class ("map"), allowed for this process only.
setFlagsFromString("--allow-natives-syntax");
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

const AMENDS: Cue = { type: "amends", phrases: ["sửa đổi"], reach: "near" };
const AMENDED_BY: Cue = { type: "amends", phrases: ["được sửa đổi bởi"], reach: "near", passive: true };

describe("bindings of one shape", () => {
  // Code compiled for bindings of one map is thrown away when a binding of another reaches it: a
  // spread copy ({ ...b, actor, end }) had a map of its own, and settleClause, alsoActsOf and
  // proseActsOnNothing (then proseCarriesOutNothing) deoptimized on it ("wrong map") in every run over a few hundred texts.
  it("a moved binding has binding()'s map, and its act, cue and second act", () => {
    for (const cue of [AMENDS, AMENDED_BY]) {
      for (const also of [null, ["repeals"] as const]) {
        const b = binding(cue.type, 3, cue, 40, also);
        const m = moved(b, SELF, 57);
        expect(sameMap(b, m)).toBe(true);
        expect(sameMap(m, moved(m, 1, 60))).toBe(true);
        expect(m).toEqual({ ...b, actor: SELF, end: 57 });
      }
    }
  });
});
