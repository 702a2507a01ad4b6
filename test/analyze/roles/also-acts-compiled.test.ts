import { describe, expect, it } from "vitest";
import { natives, OPTIMIZED } from "../../helpers/v8-natives.js";
import { CUES } from "../../../src/vocab/cues.js";
import { binding, SELF } from "../../../src/analyze/roles/reading.js";
import type { RelationType, Role } from "../../../src/types.js";
// A copy of the module of this file's own (another id), with no feedback from texts other files analysed.
const OWN_COPY = "../../../src/analyze/roles/read-roles.js?compiled-test";
const { alsoActsOf } = (await import(OWN_COPY)) as typeof import("../../../src/analyze/roles/read-roles.js");

describe("the further acts of joined verbs, read last", () => {
  // V8 internals (Node 20): test/helpers/v8-natives.ts.
  const { prepare, optimizeNext, status } = natives();
  const cue = CUES.find((c) => c.type === "amends")!;
  const reading = (roles: Role[], also: readonly RelationType[] | null, actor = SELF) => ({
    roles,
    bindingOf: [null, binding("amends", actor, cue, 10, also), binding("amends", 0, cue, 20, also)],
  });

  // `also` is null on most bindings: asked first, the reads after it were first made after V8 had compiled
  // readRoles (alsoActsOf inlined there), and its code was thrown away ("Insufficient type feedback", once a
  // process: bench/README.md, session 58). Read last, every binding of the document's own act reads the same fields.
  it("stays compiled when a binding with joined verbs comes, and gives them only where the role is still the binding's", () => {
    prepare(alsoActsOf);
    for (let k = 0; k < 30; k++) expect(alsoActsOf(reading(["references", "amends", "amends"], null))).toEqual([null, null, null]);
    optimizeNext(alsoActsOf);
    expect(alsoActsOf(reading(["references", "amends", "amends"], null))).toEqual([null, null, null]);
    expect(status(alsoActsOf) & OPTIMIZED).toBe(OPTIMIZED);
    expect(alsoActsOf(reading(["references", "amends", "amends"], ["repeals"]))).toEqual([null, ["repeals"], null]);
    expect(alsoActsOf(reading(["references", "based_on", "amends"], ["repeals"]))).toEqual([null, null, null]);
    expect(status(alsoActsOf) & OPTIMIZED).toBe(OPTIMIZED);
  });
});
