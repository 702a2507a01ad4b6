import { describe, expect, it } from "vitest";
import { PAGE_NUMBER_LINE } from "../../../src/find/named/find.js";
import { PAGE_LINES } from "../../../src/vocab/page-lines.js";
import { randomPieces, seededRandom, textsUnder } from "../../helpers/search-equivalence.js";

// The page number's line in a name, its line break before it taken and given back (Session 53, speed53b),
// not asked by a look-behind: the same text after the replace as the look-behind's form gives.
const LOOK_BEHIND = new RegExp(String.raw`(?<=[\r\n])[ \t]*(?:${PAGE_LINES[0]})[ \t]*(?=[\r\n])`, "g");
const PIECES = ["\n", "\r", "\r\n", " ", "\t", "-", "–", "—", "3", "12", "9999", "12345", "a", "chính", "quyền", "\n- 3 -\n", "\n– 12 –\r\n", "- 4 -", "\u2028"];

describe("PAGE_NUMBER_LINE blanks what the look-behind's form blanks", () => {
  it("over random strings", () => {
    const next = seededRandom(53);
    for (let k = 0; k < 40000; k++) {
      const s = randomPieces(next, PIECES, Math.floor(next() * 12));
      expect(s.replace(PAGE_NUMBER_LINE, "$1"), JSON.stringify(s)).toBe(s.replace(LOOK_BEHIND, ""));
    }
  });

  it("over every 200 characters of the dev and fresh texts", () => {
    for (const dir of ["fixtures/dev/texts", "fixtures/fresh"]) {
      for (const text of textsUnder(dir)) {
        for (let i = 0; i < text.length; i += 50) {
          const s = text.slice(i, i + 200);
          expect(s.replace(PAGE_NUMBER_LINE, "$1")).toBe(s.replace(LOOK_BEHIND, ""));
        }
      }
    }
  });

  it("blanks a page's number between two lines of a name", () => {
    expect("Tổ chức chính\n- 3 -\nquyền".replace(PAGE_NUMBER_LINE, "$1")).toBe("Tổ chức chính\n\nquyền");
    expect("a\n- 3 -\n- 4 -\nb".replace(PAGE_NUMBER_LINE, "$1")).toBe("a\n\n\nb");
    expect("- 3 -\nb".replace(PAGE_NUMBER_LINE, "$1")).toBe("- 3 -\nb");
  });
});
