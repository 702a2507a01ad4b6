import { describe, expect, it } from "vitest";
import { provinceNamed, slugOf } from "../../src/analyze/places.js";
import { heapKeptAfterTexts } from "../helpers/heap.js";

describe("places remembered", () => {
  it("reads a name as findProvince and slugify do, asked again or not", () => {
    for (let i = 0; i < 2; i++) {
      expect(provinceNamed("Thành phố Hồ Chí Minh")?.slug).toBe("ho-chi-minh");
      expect(slugOf("Thành phố Hồ Chí Minh")).toBe("thanh-pho-ho-chi-minh");
    }
  });

  it("keeps no text alive: a name cut from a text (a view on it in V8) is remembered as a copy", () => {
    const kept = heapKeptAfterTexts(
      (i) => `Thành phố Hồ Chí Minh ${i}`,
      (text, i) => {
        const name = text.slice(text.length - 23);
        return provinceNamed(name) === null && slugOf(name) === `thanh-pho-ho-chi-minh-${i}`;
      },
    );
    expect(kept).toBeLessThan(10_000_000);
  });
});
