import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { analyze } from "../../src/index.js";

// The amending law's title in capitals, "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤU THẦU, LUẬT …" (Luật 90/2025/QH15,
// fixtures/fresh/pairs59b-001): title-listed-laws.ts AMENDING_TITLE_HEAD read its words with one literal space, so a
// justified copy (blanks doubled) lost the laws the title lists and amends.
const text = readFileSync(new URL("../../fixtures/fresh/pairs59b/texts/pairs59b-001.txt", import.meta.url), "utf8");
const amended = (t: string) => {
  const a = analyze(t);
  return a.relations.filter((r) => r.type === "amends" && r.from === a.self.id).map((r) => r.to).sort();
};

describe("title-listed laws: blanks doubled between the title's words", () => {
  it("amends the laws the title lists, as written", () => {
    const written = amended(text);
    expect(written).toContain("law:thue-gia-tri-gia-tang@?");
    expect(amended(text.replaceAll(" ", "  "))).toEqual(written);
  });
});
