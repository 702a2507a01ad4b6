import { describe, expect, it } from "vitest";
import { parseIgnoreFile } from "../../../src/cli/walk/ignore-files.js";
import { growth } from "../../hostile/timing.js";

describe("parseIgnoreFile", () => {
  it("trims trailing whitespace unless escaped, skips blanks, comments and negations", () => {
    expect(parseIgnoreFile("a.txt  \n\n# c\n!keep\nb\\ \t\r\ndrafts/\t")).toEqual(["a.txt", "b\\ ", "drafts/"]);
  });

  it("takes linear time on a long line of spaces that does not end the line (the regex was quadratic)", async () => {
    // Against a line of letters of the same length: the old trim took 7.8 s on 100,000 spaces.
    const n = 200_000;
    const spaces = " ".repeat(n) + "x\n";
    const letters = "y".repeat(n) + "x\n";
    expect(parseIgnoreFile(spaces)).toEqual([" ".repeat(n) + "x"]);
    expect(await growth(() => parseIgnoreFile(letters), () => parseIgnoreFile(spaces), 5)).toBeLessThan(20);
  });
});
