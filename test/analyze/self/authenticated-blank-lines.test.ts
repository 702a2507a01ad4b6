import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { analyze } from "../../../src/index.js";

// A consolidated text's number above its authentication heading, "Số: 468/VBHN-BLĐTBXH ⏎ ⏎ ⏎XÁC THỰC VĂN BẢN HỢP NHẤT"
// (fixtures/fresh/fresh49b-003): a PDF's text with a blank line after each line doubles the breaks between them, and
// a justified one the blanks between the heading's words (self/authenticated.ts AUTHENTICATES_BELOW).
const text = readFileSync(new URL("../../../fixtures/fresh/fresh49b/texts/fresh49b-003.txt", import.meta.url), "utf8");

describe("authenticated: the number-first block laid out otherwise", () => {
  it("a blank line after each line", () => {
    expect(analyze(text.replaceAll("\n", "\n\n")).self.id).toBe("468/VBHN-BLĐTBXH@2025");
  });
  it("nine breaks are more than the block's", () => {
    const far = text.replace(/(Số: 468\/VBHN-BLĐTBXH[ \t]*)\n[\s.]*\n(XÁC THỰC)/, `$1${"\n".repeat(9)}$2`);
    expect(far).not.toBe(text);
    expect(analyze(far).self.id).not.toBe("468/VBHN-BLĐTBXH@2025");
  });
});
