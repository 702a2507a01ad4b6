import { describe, expect, it } from "vitest";
import { PathCache } from "../../src/shared/memo.js";

describe("PathCache", () => {
  it("computes once per key path and tells paths apart part by part", () => {
    const calls: string[][] = [];
    const cache = new PathCache((key: readonly string[]) => {
      calls.push([...key]);
      return { joined: key.join("|") };
    });
    const read = (...key: string[]) => cache.get(key, key[0], key, 1);
    const ab = read("A", "B");
    expect(read("A", "B")).toBe(ab);
    expect(read("AB").joined).toBe("AB");
    expect(read("A").joined).toBe("A");
    expect(read("A", "B", "C").joined).toBe("A|B|C");
    expect(calls).toEqual([["A", "B"], ["AB"], ["A"], ["A", "B", "C"]]);
  });

  it("starts afresh when full, so no input grows it without bound", () => {
    let computed = 0;
    const cache = new PathCache((n: number) => ({ n, at: ++computed }), 3);
    const keys = ["a", "b", "c", "d"];
    keys.forEach((k, i) => cache.get(i, k, []));
    expect(computed).toBe(4);
    // "d" came in after the clear; "a" went out with it.
    expect(cache.get(3, "d", []).at).toBe(4);
    expect(cache.get(0, "a", []).at).toBe(5);
  });
});
