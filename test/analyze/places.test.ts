import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { provinceNamed, slugOf } from "../../src/analyze/places.js";

describe("places remembered", () => {
  it("reads a name as findProvince and slugify do, asked again or not", () => {
    for (let i = 0; i < 2; i++) {
      expect(provinceNamed("Thành phố Hồ Chí Minh")?.slug).toBe("ho-chi-minh");
      expect(slugOf("Thành phố Hồ Chí Minh")).toBe("thanh-pho-ho-chi-minh");
    }
  });

  it("keeps no text alive: a name cut from a text (a view on it in V8) is remembered as a copy", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    // Texts of their own, flat as a file read gives them (~20 MB each); the name cut from each is a view on the whole text.
    const readOne = (i: number) => {
      const text = Buffer.from(`${"Căn cứ Luật Đất đai; ".repeat(500_000)}Thành phố Hồ Chí Minh ${i}`, "utf8").toString("utf8");
      const name = text.slice(text.length - 23);
      return provinceNamed(name) === null && slugOf(name) === `thanh-pho-ho-chi-minh-${i}`;
    };
    for (let i = 0; i < 3; i++) expect(readOne(i)).toBe(true);
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10_000_000);
  });
});
