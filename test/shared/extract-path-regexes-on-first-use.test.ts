import { describe, expect, it } from "vitest";
import { constantRegexesAskingForClass, repositoryProgram } from "../../scripts/lazy-regexps.mjs";

/**
 * Regexes of the extract path (src/find, identify, prepare …) that ask ICU for a `\p{…}` class, and that neither an
 * extract() nor an analyze() pass over /tmp/devx5 ever ran (session 58, speed58c: a copy of the dist counting
 * RegExp.prototype.exec by source, bench/README): made on first use (shared/lazy-regexp.ts), not in every process as
 * the bundle loads. The rest of the extract path's stay constants: extract() makes them anyway, and a call at each
 * read would cost its warm pass.
 */
const MADE_ON_FIRST_USE = [
  "src/extract/title-listed-laws.ts:TITLE_CLOSES",
  "src/find/basis-named.ts:CLAUSE_AFTER_COMMA",
  "src/find/code-initials.ts:CAPITALISED_WORD",
  "src/find/forms.ts:COPY_STAMP",
  "src/find/lost-cue.ts:LOST_CUE_BEFORE",
  "src/find/named/date.ts:LETTER",
  "src/find/named/lower-case-name.ts:DETAILED_BEFORE",
  "src/find/named/paragraph.ts:LETTER",
  "src/find/pinpoint.ts:CAPITAL_AFTER_FIRST",
  "src/find/shared-symbol.ts:KIND_SO_BEFORE",
  "src/find/shared-symbol.ts:NOT_BEFORE_NUMBER",
  "src/find/short.ts:MEMBER_END",
  "src/find/short/after-number.ts:RANGE_AFTER",
  "src/find/short/after-number.ts:YEAR_ENDS",
  "src/find/words.ts:ASTRAL_CAPITAL",
  "src/find/words.ts:ASTRAL_WORD_CHAR",
  "src/graph/party-term.ts:OTHER_DOCUMENT",
  "src/graph/party-term.ts:TERM_AFTER",
  "src/identify/identify.ts:MODIFIED_KIND_WORD",
  "src/identify/short.ts:OWN_NUMBER",
  "src/parse/island.ts:SO_BEFORE",
  "src/prepare/composed-run.ts:IS_MARK",
  "src/prepare/line-breaks.ts:MARK",
  "src/prepare/segmented-words.ts:LETTER",
  "src/prepare/segmented-words.ts:LETTER_OR_MARK",
  "src/read/pdf.ts:ANY_LETTER",
];

describe("the extract path's regexes asking for a \\p{…} class that no devx5 pass ran", () => {
  it("are made on first use, not as module constants at load", () => {
    const { program, checker } = repositoryProgram();
    const atLoad = constantRegexesAskingForClass(program, checker, "src/").map((r) => r.where.replace(/:\d+ /, ":"));
    expect(atLoad.length).toBeGreaterThan(30); // the check sees the extract path's others, made at load on purpose
    expect(atLoad.filter((w) => MADE_ON_FIRST_USE.includes(w))).toEqual([]);
  }, 120_000);
});
