import { describe, expect, it } from "vitest";
import { splitClauses } from "../../src/analyze/clauses.js";
import { generateText } from "../../bench/corpus.mjs";

const whole = (text: string) => [{ type: "body" as const, start: 0, end: text.length }];
const pieces = (text: string) => splitClauses(text, whole(text), []).map((c) => text.slice(c.start, c.end));

describe("splitClauses", () => {
  it("ends clauses at ';', ':', a full stop, a list item and a capitalised cue on its own line", () => {
    const text = "Căn cứ Luật A; Nghị định B.\nThực hiện Chỉ thị C:\n- Kế hoạch D\nvà E.";
    expect(pieces(text)).toEqual(["Căn cứ Luật A;", " Nghị định B.", "\nThực hiện Chỉ thị C:", "\n- Kế hoạch D\nvà E."]);
  });

  it("reads a list item's own stop as no full stop when the item goes on on its line", () => {
    expect(pieces("1. Nghị quyết số 5;\n2.\nQuyết định 7.")).toEqual(["1. Nghị quyết số 5;", "\n2.", "\nQuyết định 7."]);
  });

  /**
   * The break regex is one scan of the text: its look-arounds must be tried only at the characters
   * that can end a clause. A look-behind opening a branch is tried at every character instead; that
   * made the split 15–19 times a plain scan for the same marks (and analyze() twice as slow). CPU
   * time of both, back to back, the smallest of five pairs: a ratio, not a duration.
   */
  it("costs about what a plain scan for the marks that end clauses costs", () => {
    const text = generateText({ seed: 11, bytes: 1_000_000 }).text;
    const marks = /[;:.!?\n]/g;
    const plain = () => {
      let n = 0;
      marks.lastIndex = 0;
      while (marks.test(text)) n++;
      return n;
    };
    const split = () => splitClauses(text, whole(text), []).length;
    const cpu = (f: () => number) => {
      const before = process.cpuUsage();
      f();
      const used = process.cpuUsage(before);
      return Math.max(1, used.user + used.system);
    };
    split();
    plain();
    let best = Infinity;
    for (let i = 0; i < 5; i++) best = Math.min(best, cpu(split) / cpu(plain));
    expect(best, `split / plain scan: ${best.toFixed(1)}x`).toBeLessThan(6);
  });
});
