import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasScopePhrase } from "../../../src/analyze/roles/scope-guides.js";

// hasScopePhrase finds the scope heading's words by the rare "ỉ"/"Ỉ" of "chỉnh" and looks behind for the rest: it must
// answer as the plain search it replaces, /phạm\s+vi\s+điều\s+chỉnh/iu, over any text.
const PLAIN = /phạm\s+vi\s+điều\s+chỉnh/iu;

describe("hasScopePhrase answers as the plain case-insensitive search", () => {
  it("on made-up cases: cases mixed, spaces and line breaks, letters near the phrase", () => {
    const cases = [
      "Điều 1. Phạm vi điều chỉnh\n",
      "ĐIỀU 1. PHẠM VI ĐIỀU CHỈNH",
      "phạm  vi\tđiều\n chỉnh",
      "pHạM vI ĐiềU cHỉNh",
      "phạm vi điều chỉnhx",
      "phạm vi điều chinh",
      "phạm vi điềuchỉnh",
      "điều chỉnh giá tỉnh; chỉ thị",
      "ỉ",
      "Ỉ",
      "chỉnh phạm vi điều",
      "",
      "tỉnh phạm vi điều chỉ phạm vi điều CHỈNH",
    ];
    for (const text of cases) expect(hasScopePhrase(text), JSON.stringify(text)).toBe(PLAIN.test(text));
  });

  it("on the dev and fresh texts", () => {
    const dirs = ["fixtures/dev/texts", ...readdirSync("fixtures/fresh").map((s) => join("fixtures/fresh", s, "texts"))];
    let files = 0;
    let found = 0;
    for (const dir of dirs) {
      let names: string[];
      try {
        names = readdirSync(dir).filter((f) => f.endsWith(".txt"));
      } catch {
        continue;
      }
      for (const name of names) {
        const text = readFileSync(join(dir, name), "utf8");
        const plain = PLAIN.test(text);
        expect(hasScopePhrase(text), name).toBe(plain);
        files++;
        if (plain) found++;
      }
    }
    expect(files).toBeGreaterThan(500);
    expect(found).toBeGreaterThan(5);
  });
});
