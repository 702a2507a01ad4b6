/**
 * speaksForItself asks AGENCIES_OPEN only where the clause's words before the cue hold "các" less its first letter
 * (OTHER_BODIES_TAIL, session 66): the regex's lookahead opens with OTHER_BODIES, "[Cc]ác", so a before without
 * it cannot match. Held here by asking both over the words before every cue of every dev and fresh text.
 */
import { describe, expect, it } from "vitest";
import { AGENCIES_OPEN, agenciesOpen } from "../../../src/analyze/roles/speaker.js";
import { HEAD_REACH, OTHER_BODIES, OTHER_BODIES_TAIL } from "../../../src/analyze/roles/patterns.js";
import { findCues } from "../../../src/analyze/cue-finder.js";
import { textsUnder } from "../../helpers/search-equivalence.js";

const corpus = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];

/** The words before a cue as speaksForItself reads them, from the cue's line start (a clause's start) or HEAD_REACH back. */
function befores(text: string): string[] {
  const out: string[] = [];
  for (const cue of findCues(text, [], [{ start: 0, end: text.length }])) {
    const line = text.lastIndexOf("\n", cue.start - 1) + 1;
    out.push(text.slice(Math.max(line, cue.start - HEAD_REACH), cue.start), text.slice(Math.max(0, cue.start - HEAD_REACH), cue.start));
  }
  return out;
}

describe("agenciesOpen", () => {
  it("opens OTHER_BODIES with the tail it asks for", () => {
    expect(OTHER_BODIES.startsWith(String.raw`[Cc]${OTHER_BODIES_TAIL}`)).toBe(true);
  });

  it("answers as AGENCIES_OPEN before every cue of every dev and fresh text", () => {
    let asked = 0;
    let open = 0;
    const differ: string[] = [];
    for (const text of corpus) {
      for (const before of befores(text)) {
        asked++;
        const old = AGENCIES_OPEN().test(before);
        if (old) open++;
        if (agenciesOpen(before) !== old) differ.push(before);
      }
    }
    expect(differ).toEqual([]);
    expect(asked).toBeGreaterThan(50_000);
    expect(open).toBeGreaterThan(20);
  }, 120_000);

  it("still finds the agencies after list markers, in either case", () => {
    expect(agenciesOpen("- Các sở, ban, ngành, địa phương nắm vững, tổ chức quán triệt và ")).toBe(true);
    expect(agenciesOpen("1. các cấp, các ngành tập trung tổ chức ")).toBe(true);
    expect(agenciesOpen("- Cac so, ban, nganh ")).toBe(false);
  });
});
