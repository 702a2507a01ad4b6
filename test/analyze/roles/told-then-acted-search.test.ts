/**
 * toldThenGuided's quick check (src/analyze/roles/told-then-acted.ts holdsVerbThenSau, session 65): VERB_THEN_SAU
 * tried only where the guiding verb's first word stands (indexOf), in place of one search of the whole text with the
 * "u" flag. It must answer as that search does, or the writer's "<body> hướng dẫn … như sau:" (fresh41b-001,
 * fresh56f-002) is no longer read.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { holdsVerbThenSau } from "../../../src/analyze/roles/told-then-acted.js";
import { TOLD_PURPOSE_GUIDING } from "../../../src/vocab/cues.js";
import { phraseSource } from "../../../src/vocab/phrases.js";
import { analyze } from "../../../src/index.js";
import { randomPieces, seededRandom, textsUnder } from "../../helpers/search-equivalence.js";

/** The search the check stands for. */
const VERB_THEN_SAU = new RegExp(String.raw`(?:${phraseSource(TOLD_PURPOSE_GUIDING)})(?![\p{L}\p{M}])[^,.;:\d]{0,80}?(?<![\p{L}\p{M}])sau[ \t]*:`, "u");
const FIRST_WORD = TOLD_PURPOSE_GUIDING[0].split(" ")[0];

describe("holdsVerbThenSau", () => {
  it("looks where every match opens: each guiding phrase opens with the first phrase's first word, in lower case", () => {
    for (const phrase of TOLD_PURPOSE_GUIDING) {
      expect(phrase.startsWith(`${FIRST_WORD} `) || phrase === FIRST_WORD).toBe(true);
      expect(phrase).toBe(phrase.toLowerCase());
    }
  });

  it("finds the word by its tail from its 'ớ' on (holdsVerbThenSau's indexOf), its 'hư' checked before it", () => {
    expect(FIRST_WORD).toBe("hướng");
    // "ướng" in other words, "hướng" at the text's start and end, twice over.
    for (const t of ["hướng dẫn như sau:", "Hướng dẫn như sau: trướng hướng dẫn như sau:", "ướng dẫn như sau:", "xhướng dẫn như sau:"]) {
      expect(holdsVerbThenSau(t)).toBe(VERB_THEN_SAU.test(t));
    }
    expect(holdsVerbThenSau("Hướng dẫn như sau: trướng hướng dẫn như sau:")).toBe(true);
    expect(holdsVerbThenSau("Hướng dẫn như sau: trướng ướng dẫn như sau:")).toBe(false);
  });

  it("answers as the search does on every fixture text, and with the clause put in at random", () => {
    const next = seededRandom(6521);
    const clauses = ["Bộ Y tế hướng dẫn cụ thể như sau:", "hướng\ndẫn như sau :", "hướng  dẫn thực hiện sau:", "hướng dẫn, sau:", "hướng dẫnsau:", "hướng dẫn 2 sau:"];
    const texts = [...textsUnder("fixtures/dev/texts"), ...textsUnder("fixtures/fresh")];
    let found = 0;
    for (const text of texts) {
      const at = Math.floor(next() * (text.length + 1));
      const clause = clauses[Math.floor(next() * clauses.length)];
      for (const t of [text, text.slice(0, at) + clause + text.slice(at)]) {
        const want = VERB_THEN_SAU.test(t);
        expect(holdsVerbThenSau(t)).toBe(want);
        if (want) found++;
      }
    }
    expect(found).toBeGreaterThan(texts.length / 3);
  });

  it("answers as the search does on random strings of its pieces", () => {
    const next = seededRandom(6522);
    const pieces = ["hướng", "hướng ", "hư", "ớng", "h", "ư", "dẫn", " dẫn", "\n", " ", "\t", "sau", " sau", ":", ",", "2", "x", "ướng", "Hướng dẫn", "hướng dẫn", "hướng hướng dẫn"];
    for (let i = 0; i < 4000; i++) {
      const s = randomPieces(next, pieces, 1 + Math.floor(next() * 14));
      expect(holdsVerbThenSau(s)).toBe(VERB_THEN_SAU.test(s));
    }
  });

  it("still lets the writer's clause guide what was told issued (fresh41b-001)", () => {
    const a = analyze(readFileSync(new URL("../../../fixtures/fresh/fresh41b/texts/fresh41b-001.txt", import.meta.url), "utf8"));
    const own = a.relations.filter((r) => r.from === a.self.id).map((r) => `${r.type} ${r.to.replace(/@.*/u, "")}`);
    expect(own).toContain("guides 03/2022/TT-BYT");
  });
});
