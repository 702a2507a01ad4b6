import { describe, it, expect } from "vitest";
import { pageAt } from "../../src/read/index.js";

// Three pages "aaa", "bb", "c" joined by "\n\n": aaa\n\nbb\n\nc
const PAGES = [
  { start: 0, end: 3 },
  { start: 5, end: 7 },
  { start: 9, end: 10 },
];

describe("pageAt", () => {
  it("gives the 1-based page of an offset", () => {
    expect([0, 1, 2].map((o) => pageAt(PAGES, o))).toEqual([1, 1, 1]);
    expect([5, 6].map((o) => pageAt(PAGES, o))).toEqual([2, 2]);
    expect(pageAt(PAGES, 9)).toBe(3);
  });

  it("counts the separator after a page as that page, and the very end as the last page", () => {
    expect(pageAt(PAGES, 3)).toBe(1);
    expect(pageAt(PAGES, 4)).toBe(1);
    expect(pageAt(PAGES, 8)).toBe(2);
    expect(pageAt(PAGES, 10)).toBe(3);
  });

  it("is null without pages or outside them", () => {
    expect(pageAt(undefined, 0)).toBeNull();
    expect(pageAt([], 0)).toBeNull();
    expect(pageAt(PAGES, -1)).toBeNull();
    expect(pageAt(PAGES, 11)).toBeNull();
  });

  it("skips empty pages (a scanned page in a PDF)", () => {
    const pages = [{ start: 0, end: 0 }, { start: 2, end: 5 }];
    expect(pageAt(pages, 0)).toBe(1);
    expect(pageAt(pages, 2)).toBe(2);
  });

  it("agrees with a linear scan on many pages", () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ start: i * 10, end: i * 10 + 8 }));
    for (let offset = 0; offset < 998; offset++) expect(pageAt(many, offset)).toBe(Math.floor(offset / 10) + 1);
  });
});
