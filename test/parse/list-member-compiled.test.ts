import { describe, expect, it } from "vitest";
import { setFlagsFromString } from "node:v8";
import type { IToken } from "chevrotain";
// Its own copy of the module (another id, as test/find/words-compiled.test.ts does): the parses' object shape and its
// fields' state start here as in a process that has not yet read a list whose member writes no kind word.
const OWN_COPY = "../../grammars/citation/results.js?compiled-test";
const { citationParse, listMember } = (await import(OWN_COPY)) as typeof import("../../grammars/citation/results.js");

describe("a list member's inherited kind word and the compiled code that reads parses", () => {
  // V8 internals (Node 20), as test/shared/strings.test.ts uses them: %GetOptimizationStatus's bit 16 is "optimized".
  setFlagsFromString("--allow-natives-syntax");
  const prepare = new Function("f", "%PrepareFunctionForOptimization(f)") as (f: unknown) => void;
  const optimizeNext = new Function("f", "%OptimizeFunctionOnNextCall(f)") as (f: unknown) => void;
  const status = new Function("f", "return %GetOptimizationStatus(f)") as (f: unknown) => number;
  const OPTIMIZED = 16;
  const tok = (image: string, startOffset: number) => ({ image, startOffset, endOffset: startOffset + image.length - 1 }) as IToken;
  const parse = (kind: string | null, number: string) => {
    const n = tok(number, 20);
    const last = tok("CP", 30);
    return citationParse(kind === null ? null : tok(kind, 0), null, { number: n, year: null, written: "slash-first", parts: [tok("NĐ", 27), last], repairs: [], last }, null, null, null);
  };
  // What toParsed reads of a parse, in a function of the test's own.
  const read = (c: ReturnType<typeof parse>): string => `${c.kindWord === null ? "" : c.kindWord.image}${c.inherited ? "*" : ""} ${c.number.image} ${c.first.image}`;

  it("gives the member a parse of its own with the kind word before it, and code compiled over parses stays compiled", () => {
    prepare(read);
    for (let k = 0; k < 50; k++) {
      read(parse("Nghị định", "61"));
      read(parse(null, "62"));
    }
    optimizeNext(read);
    read(parse("Nghị định", "61"));
    expect(status(read) & OPTIMIZED).toBe(OPTIMIZED);
    const before = parse("Thông tư", "61");
    const next = parse(null, "90");
    const member = listMember(next, before);
    expect(read(member)).toBe("Thông tư* 90 90");
    // The member as the parse read it is left as it was (a new parse, not its fields set: setting them made the fields
    // V8 had kept as constants variables, and threw away the code that had read them).
    expect(read(next)).toBe(" 90 90");
    expect(status(read) & OPTIMIZED).toBe(OPTIMIZED);
    // A member that writes its own kind word is itself; one after a member with none inherits nothing.
    const own = parse("Nghị định", "5");
    expect(listMember(own, before)).toBe(own);
    expect(read(listMember(parse(null, "7"), parse(null, "6")))).toBe(" 7 7");
    expect(Object.keys(member)).toEqual(Object.keys(before));
  });
});
