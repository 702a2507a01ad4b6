import { describe, expect, it } from "vitest";
import { freshText as fresh, relationLines as relations, relationsKeptWhenJustified } from "../helpers/layout.js";

// A justified page doubles the blanks between words. "Theo Tờ trình số …" is a proposal only where a submission's word
// follows "Theo" (cue-finder.ts saidBeforeItsWord: read with startsWith, one space), and "Sở Lao động ⏎- Thương binh và
// Xã hội tại Tờ trình số …" goes on over its dash only where the line ends with the name's first half (clauses.ts
// nameWrappedAtDash: endsWith, one space): doubled, the submission was a basis or a mere reference.

const TEXTS: [string, string, string][] = [
  // "Theo Tờ trình số 1516/CP-CN ngày 05 tháng 11 năm 2003 của Chính phủ, …" (Nghị quyết 23/2003/QH11).
  ["'Theo Tờ trình'", fresh("fresh55i", "fresh55i-003"), "proposed_by SELF -> 1516/CP-CN@2003"],
  // "Theo Tờ trình số 140/TTr-UBND ngày 17 tháng 7 năm 2024 của Ủy ban nhân dân thành phố …" (HĐND Đà Nẵng, 2024).
  ["'Theo Tờ trình' in a council's preamble", fresh("fresh57c", "fresh57c-007"), "proposed_by SELF -> 140/TTr-UBND@2024~da-nang"],
  // "Theo đề nghị của Sở Lao động ⏎- Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH …" (UBND Bình Định, 2021).
  ["a department's name wrapped at its dash", fresh("fresh30c", "fresh30c-017"), "proposed_by SELF -> 92/TTr-SLĐTBXH@2021~binh-dinh"],
];

describe("proposals: blanks doubled between words", () => {
  relationsKeptWhenJustified(TEXTS);

  it("not a word glued to the submission's: 'Theo Tờ trìnhX' is no proposal's cue", () => {
    const text = fresh("fresh57c", "fresh57c-007").replace("Theo Tờ trình số", "Theo Tờ  trìnhđ số");
    expect(relations(text)).not.toContain("proposed_by SELF -> 140/TTr-UBND@2024~da-nang");
  });
});
