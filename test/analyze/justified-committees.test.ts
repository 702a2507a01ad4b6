import { describe, expect, it } from "vitest";
import { freshText as fresh, justified, relationLines as relations, relationsKeptWhenJustified } from "../helpers/layout.js";

// A committee named for its task (Ban Chỉ đạo, Hội đồng / Ban Thi đua - Khen thưởng) is the nation's where "Trung ương"
// or the like follows its name (localize.ts namesNationalCommittee), asked only where the citation ends with the
// committee's name (cited-issuers.ts nationalCommittees: endsWith, one space between the words). A justified page
// doubles the blanks between words: the name's end was not found, and the nation's committee became the citing
// province's (LAYOUT-s68-blanks: "the place read near an issuer").

/** Each case: a text's name and a relation it holds as written, a committee's document without a place. */
const CASES = [
  // "… và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh Nghệ An ban hành …"
  "fresh29a-014 implements SELF -> 16/KH-HĐTĐKT@2021",
  // "Căn cứ Hướng dẫn số 1479/HD-BTĐKT … của Ban Thi đua - Khen thưởng Trung ương" (Yên Bái, 2016).
  "fresh54a-006 based_on SELF -> 1479/HD-BTĐKT@2016",
  // A national steering committee's document (Thái Bình, 2013).
  "fresh30i-018 based_on SELF -> 4488/BCĐ@2013",
];

describe("national committees: blanks doubled between words", () => {
  relationsKeptWhenJustified(
    CASES.map((c) => {
      const name = c.slice(0, c.indexOf(" "));
      return [name, fresh(name.slice(0, name.indexOf("-")), name), c.slice(name.length + 1)];
    }),
  );

  it("a province's council stays the province's, written or justified", () => {
    const text = fresh("fresh29a", "fresh29a-014").replace("Khen thưởng Trung ương, Ủy ban", "Khen thưởng tỉnh, Ủy ban");
    expect(relations(text)).toContain("implements SELF -> 16/KH-HĐTĐKT@2021~nghe-an");
    expect(relations(justified(text))).toEqual(relations(text));
  });
});
