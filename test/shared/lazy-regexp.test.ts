import { describe, expect, it } from "vitest";
import { lazyRegExp } from "../../src/shared/lazy-regexp.js";

describe("lazyRegExp", () => {
  it("makes its regex at the first call, not before, and returns that one regex at every call", () => {
    let made = 0;
    const X = lazyRegExp(() => {
      made++;
      return /\p{Lu}\p{Ll}+/gu;
    });
    expect(made).toBe(0);
    const first = X();
    expect(first).toBeInstanceOf(RegExp);
    expect(X()).toBe(first);
    expect(X()).toBe(first);
    expect(made).toBe(1);
  });

  it("keeps a global regex's lastIndex between calls, as a module constant does", () => {
    const X = lazyRegExp(() => /\d+/g);
    expect(X().exec("a 12 b 34")?.[0]).toBe("12");
    expect(X().exec("a 12 b 34")?.[0]).toBe("34");
  });
});
