import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BREAK_PARTS } from "../../src/analyze/clauses.js";
import { LINE_OPENING_PHRASES, NOT_LINE_OPENING } from "../../src/vocab/cues.js";

/**
 * clauses.ts BREAK reads a line opening with a capitalised cue and a capital after a blank in one branch,
 * OPENING_WORDS written once (session 60, bench/README "Session 60 (helper speed60b)"). Before, two branches:
 * `\n NOT_A_CELL NOT_OPENING (?=[ \t*#(]*(?:WORDS)\s)` and `[FIRSTS](?<=[ \t] NOT_OPENING (?=(?:WORDS)\s).)`.
 * The regex with the two branches is rebuilt here from the same pieces; both must find the same breaks, where
 * and what, in every text of the corpus and in made lines around every opening phrase.
 */
const { BREAK, OPENING_BREAK, NOT_A_CELL, NOT_OPENING, OPENING_WORDS, OPENING_FIRSTS } = BREAK_PARTS;
const TWO_BRANCHES =
  String.raw`\n${NOT_A_CELL}${NOT_OPENING}(?=[ \t*#(]*(?:${OPENING_WORDS})\s)|[${OPENING_FIRSTS}](?<=[ \t]${NOT_OPENING}(?=(?:${OPENING_WORDS})\s).)`;

function withBranch(branch: string): RegExp {
  expect(BREAK.source.endsWith(`|${OPENING_BREAK}`)).toBe(true);
  return new RegExp(BREAK.source.slice(0, BREAK.source.length - OPENING_BREAK.length) + branch, BREAK.flags);
}
const BEFORE = withBranch(TWO_BRANCHES);

const breaks = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

function corpus(): string[] {
  const dirs = ["fixtures/dev/texts", ...readdirSync("fixtures/fresh").map((d) => join("fixtures/fresh", d, "texts"))].filter((d) => existsSync(d));
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8")));
}

/** Each opening phrase (and the names that open none) after every kind of place the branches tell apart. */
function madeLines(): string[] {
  const phrases = [...LINE_OPENING_PHRASES, ...NOT_LINE_OPENING, "Thi hành án dân sự", "Căn cứvào", "CĂN CỨ"];
  const befores = ["", "a", "A ", "ABC ", "x\t", "x  ", "\n", "\n ", "\n\t", "\n* ", "\n# (", "\n|\n", "\n | \n", "\n|x\n", ". ", "; ", "1. ", "\u00a0", "x\u00a0"];
  const afters = [" Luật", "\tLuật", "\nLuật", "", ",", "x", " ", "  "];
  const out: string[] = [];
  for (const p of phrases) for (const form of [p, p.normalize("NFD"), p.toUpperCase(), p.toLowerCase()]) for (const b of befores) for (const a of afters) out.push(`${b}${form}${a}`);
  return out;
}

describe("BREAK's one branch for a line or a capital opening a clause", () => {
  it("finds the breaks the two branches found in every corpus text", () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(3000);
    let n = 0;
    for (const t of texts) {
      const a = breaks(BEFORE, t);
      n += a.length;
      expect(breaks(BREAK, t)).toEqual(a);
    }
    expect(n).toBeGreaterThan(100_000);
  }, 120_000);

  it("finds them in lines made around every opening phrase", () => {
    const lines = madeLines();
    expect(lines.length).toBeGreaterThan(5000);
    for (const l of lines) expect(breaks(BREAK, l), JSON.stringify(l)).toEqual(breaks(BEFORE, l));
    // and as one text, each made line after the one before
    const all = lines.join(" ");
    expect(breaks(BREAK, all)).toEqual(breaks(BEFORE, all));
  });

  it("the comparison sees a branch that is not the same", () => {
    const broken = withBranch(OPENING_BREAK.replace("(?:(?<=\\n)|", "(?:(?<=\\n)x|"));
    const lines = madeLines();
    expect(lines.some((l) => breaks(broken, l).join("|") !== breaks(BEFORE, l).join("|"))).toBe(true);
    const noCell = withBranch(OPENING_BREAK.replace(NOT_A_CELL, ""));
    expect(lines.some((l) => breaks(noCell, l).join("|") !== breaks(BEFORE, l).join("|"))).toBe(true);
  });
});
