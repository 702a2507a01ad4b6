import { describe, expect, it } from "vitest";
import { composedText } from "../../src/prepare/composed-text.js";

describe("composedText", () => {
  it("composes a decomposed copy and maps each letter back to its marks", () => {
    const nfd = "của Pháp lệnh khai thác thuỷ lợi".normalize("NFD");
    const { text, map } = composedText(nfd);
    expect(text).toBe("của Pháp lệnh khai thác thuỷ lợi");
    const at = text.indexOf("lệnh");
    expect(nfd.slice(map.toOriginal(at, "start"), map.toOriginal(at + 4, "end"))).toBe("lệnh".normalize("NFD"));
    expect(map.toOriginal(text.length, "end")).toBe(nfd.length);
  });
  it("gives a composed text back as it is", () => {
    const s = "Luật Đất đai năm 2013";
    const { text, map } = composedText(s);
    expect(text).toBe(s);
    expect(map.isIdentity).toBe(true);
  });
});
