import { describe, expect, it } from "vitest";
import { lastAtOrBefore } from "../../src/shared/search.js";

describe("lastAtOrBefore", () => {
  const starts = [0, 10, 10, 25];
  const id = (n: number) => n;
  it("finds the last item at or before x, the last of equal keys", () => {
    expect([-1, 0, 9, 10, 24, 25, 99].map((x) => lastAtOrBefore(starts, x, id))).toEqual([-1, 0, 0, 2, 2, 3, 3]);
  });
  it("returns -1 on an empty list", () => {
    expect(lastAtOrBefore([], 5, id)).toBe(-1);
  });
});
