import { describe, expect, it } from "vitest";
import { natives, OPTIMIZED } from "../helpers/v8-natives.js";
// vitest.config.ts shares one module cache per worker (isolate: false): a file run before this one in the same
// worker may have given the shared module's functions line breaks already, or had them thrown away and compiled
// again. A copy of the module of this file's own (another id, its own functions) starts with no type feedback.
const OWN_COPY = "../../src/find/words.js?compiled-test";
const { Words } = (await import(OWN_COPY)) as typeof import("../../src/find/words.js");

// Its own copy of the module (above): its functions start here with no type feedback, as in a process that has not
// yet met a line break inside a name's window.
describe("the name reader's compiled code and a line break", () => {
  // V8 internals (Node 20): test/helpers/v8-natives.ts.
  const { prepare, optimizeNext, status } = natives();
  const readAll = (text: string): number => {
    const words = new Words(text, 0);
    let n = 0;
    while (words.get(n) !== undefined) n++;
    return n;
  };

  it("keeps readOne's code, compiled over spaces only, at the first line break between two words (isGapSpace's range asked low bound first)", () => {
    const readOne = (Words.prototype as unknown as { readOne: unknown }).readOne;
    prepare(readOne);
    const spaced = "Luật Tổ chức chính quyền địa phương Đất đai Quy hoạch đô thị Kinh doanh bất động sản";
    for (let k = 0; k < 50; k++) readAll(spaced);
    optimizeNext(readOne);
    readAll(spaced);
    expect(status(readOne) & OPTIMIZED).toBe(OPTIMIZED);
    // A name broken over two lines, as PDFs break them: the first line break a gap holds.
    expect(readAll("Luật Tổ chức chính quyền \nđịa phương")).toBe(7);
    expect(status(readOne) & OPTIMIZED).toBe(OPTIMIZED);
  });
});
