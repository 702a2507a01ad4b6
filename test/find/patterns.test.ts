import { describe, expect, it } from "vitest";
import { ANCHOR, SCAN, SCAN_PAGE_CUE } from "../../src/find/patterns.js";

describe("the find stage's free-spaced patterns", () => {
  it("run as plain global RegExps, with no property of their own but lastIndex", () => {
    for (const pattern of [ANCHOR, SCAN, SCAN_PAGE_CUE]) {
      expect(pattern.flags).toBe("g");
      expect(Object.getOwnPropertyNames(pattern)).toEqual(["lastIndex"]);
      // XRegExp read the layout away: no space or comment is left to match literally.
      expect(pattern.source).not.toMatch(/ #|\n/);
    }
  });

  it("anchor a document number where it stands (the grammar reads the rest)", () => {
    const text = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018";
    ANCHOR.lastIndex = 0;
    const m = ANCHOR.exec(text);
    expect(m?.index).toBe(text.indexOf("61/"));
    expect(m?.[0]).toMatch(/^61\/2018\//);
  });
});
