import { describe, expect, it } from "vitest";
import { IN_FORCE_NOUN, IN_FORCE_WORDS } from "../../src/vocab/parts.js";

describe("the phrases of a document's effect (the closing article's)", () => {
  it("each holds the noun looked for first, so an article without the noun is passed over rightly", () => {
    for (const phrase of IN_FORCE_WORDS) expect(phrase).toContain(IN_FORCE_NOUN);
  });
});
