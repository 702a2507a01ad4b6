import { describe, expect, it } from "vitest";
import { lostOpeningCues } from "../../src/analyze/lost-opening.js";
import { CUES, LOST_OPENING_BASIS_CUE, LOST_OPENING_CUE } from "../../src/vocab/cues.js";

describe("lostOpeningCues", () => {
  it("gives the basis cue to a clause that opens with 'n cứ' (fresh30m-030, fresh66a-009), and to no other", () => {
    const text = "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\n\nn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n\nCăn cứ Luật A; nay cứ thế";
    const at = text.indexOf("n cứ");
    const clauses = [{ start: 0 }, { start: at }, { start: text.indexOf("\nCăn") + 1 }, { start: text.indexOf("nay") }];
    expect(lostOpeningCues(text, clauses)).toEqual([{ start: at, end: at + 4, cue: LOST_OPENING_CUE }]);
    // "n cứ" run into the next word, or a word that opens with "n", is none.
    expect(lostOpeningCues("n cứu trợ; ncứ", [{ start: 0 }, { start: 11 }])).toEqual([]);
  });

  it("reads 'n  cứ' with its blank widened, as a justified copy prints it (fresh30m-030, fresh66a-009)", () => {
    const text = "n  cứ  Luật  Tổ  chức  HĐND  và  UBND;";
    expect(lostOpeningCues(text, [{ start: 0 }])).toEqual([{ start: 0, end: 5, cue: LOST_OPENING_CUE }]);
  });

  it("is not a phrase of the cue regex, which it slowed standing inside every 'căn cứ'", () => {
    expect(CUES.some((c) => c.phrases.includes(LOST_OPENING_BASIS_CUE))).toBe(false);
  });
});
