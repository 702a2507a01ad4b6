/**
 * readRoles reads no clause past the last citation, and no cue of a clause with no citation that passes none on and
 * has no list or document's line after it (session 66); the cue search reads only the pieces of its regions whose
 * cues can act on a citation (cue-pieces.ts, session 68): none of these can change a citation's role, binding or
 * nesting. Held here by reading each text both ways (readEveryClause turns all of them off) and comparing the whole
 * analysis.
 */
import { afterEach, describe, expect, it } from "vitest";
import { analyze } from "../../../src/index.js";
import { readEveryClause } from "../../../src/analyze/roles/read-roles.js";
import { textsUnder } from "../../helpers/search-equivalence.js";

// The dev texts and every eighth fresh text (the whole corpus, read twice, took minutes; bench/same-output.mjs
// compares the whole of it with the build before the skips).
const corpus = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh").filter((_, i) => i % 8 === 0)];

/** The analysis read with the skips, and read with every clause and cue. */
function bothWays(text: string): [string, string] {
  readEveryClause(false);
  const skipped = JSON.stringify(analyze(text, { path: "t" }));
  readEveryClause(true);
  const every = JSON.stringify(analyze(text, { path: "t" }));
  readEveryClause(false);
  return [skipped, every];
}

describe("readRoles' skips", () => {
  afterEach(() => readEveryClause(false));

  it("change nothing in any dev or fresh text", () => {
    expect(corpus.length).toBeGreaterThan(400);
    const differ: string[] = [];
    for (const text of corpus) {
      const [skipped, every] = bothWays(text);
      if (skipped !== every) differ.push(text.slice(0, 80));
    }
    expect(differ).toEqual([]);
  }, 180_000);

  it("still read the cue of a clause with no citation that a clause with none carries on to a citation", () => {
    // Neither ";" clause holds a citation or may head a list; the cue "Thực hiện" reaches the third clause's document.
    const text = "Điều 1. Thực hiện các chủ trương của Ủy ban nhân dân tỉnh về công tác cải cách hành chính; về công tác phòng chống tham nhũng năm 2024; và Quyết định số 12/2020/QĐ-UBND ngày 5/3/2020 của UBND tỉnh Lào Cai, Sở Tư pháp hướng dẫn như sau.\n";
    const [skipped, every] = bothWays(text);
    expect(skipped).toEqual(every);
    expect((JSON.parse(skipped) as { citations: { role: string }[] }).citations.map((c) => c.role)).toEqual(["implements"]);
  });

  it("still search a heading's cue that a stop parts from the list under it", () => {
    // The search of the first item's piece starts past ")" (cue-pieces.ts): the heading's own piece holds its cue.
    const text = "I. CĂN CỨ PHÁP LÝ (2 VĂN BẢN)\n- Quyết định số 12/2020/QĐ-UBND ngày 5/3/2020 của UBND tỉnh Lào Cai;\n- Quyết định số 14/2021/QĐ-UBND ngày 6/3/2021 của UBND tỉnh Lào Cai.\n";
    const [skipped, every] = bothWays(text);
    expect(skipped).toEqual(every);
    expect((JSON.parse(skipped) as { citations: { role: string }[] }).citations.map((c) => c.role)).toEqual(["based_on", "based_on"]);
  });

  it("still read a heading's cue with no citation of its own when its list follows", () => {
    // The heading's clause holds no citation and ends with no ";" or ":": its cue governs the items under it.
    const text = "Điều 1. Bãi bỏ các văn bản sau đây\n- Quyết định số 12/2020/QĐ-UBND ngày 5/3/2020 của UBND tỉnh Lào Cai;\n- Quyết định số 14/2021/QĐ-UBND ngày 6/3/2021 của UBND tỉnh Lào Cai.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký. Bãi bỏ các quy định trái với Quyết định này.\n";
    const [skipped, every] = bothWays(text);
    expect(skipped).toEqual(every);
    expect((JSON.parse(skipped) as { citations: { role: string }[] }).citations.map((c) => c.role)).toEqual(
      (JSON.parse(every) as { citations: { role: string }[] }).citations.map((c) => c.role),
    );
  });
});
