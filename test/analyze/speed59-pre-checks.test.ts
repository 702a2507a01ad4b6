import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spacedWords, wordsJoined } from "../../src/analyze/header/enacting.js";
import { numberMayOpen } from "../../src/analyze/reach.js";
import { thisWordMayFollow } from "../../src/analyze/roles/cue.js";
import { opensBasisClause } from "../../src/analyze/roles/retold.js";
import { THIS_WORD, BASIS_CLAUSE_WORDS, CUES, type Cue } from "../../src/vocab/cues.js";

// Session 59 (speed59, issue 15): a cheap look before a regex that most calls fail, and a cue's phrases read once.
// Each pre-check may only say "no" where the regex it stands before says "no": asked here of every code unit in the
// places the regex reads, and of every position of the fixtures', dev and fresh texts.

// The regexes as src/analyze writes them (roles/cue.ts THIS_NEXT, reach.ts NUMBER_FIRST).
const THIS_NEXT = new RegExp(String.raw`^\s+${THIS_WORD}(?![\p{L}\p{N}])`, "iu");
const THIS_NEXT_CHARS = 12;
const NUMBER_FIRST = /^(?:số(?!\p{L})|\p{N})/iu;

function corpusTexts(): string[] {
  const dirs = ["fixtures/dev/texts", ...readdirSync("fixtures/fresh").map((d) => join("fixtures/fresh", d, "texts"))];
  const out: string[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    } catch {
      continue;
    }
    for (const f of files) out.push(readFileSync(join(dir, f), "utf8"));
  }
  return out;
}
const TEXTS = corpusTexts();

const units = (): string[] => Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

describe("thisWordMayFollow (roles/cue.ts namesItself): \"này\" after white space", () => {
  const regexAt = (text: string, at: number) => THIS_NEXT.test(text.slice(at, at + THIS_NEXT_CHARS));

  it("says no only where THIS_NEXT does not match, whatever code unit follows the spaces", () => {
    const wrong: string[] = [];
    for (const spaces of ["", " ", "\t \u00a0", "\ufeff", " ".repeat(10), " ".repeat(11)]) {
      for (const u of units()) {
        for (const tail of ["ày", "ÀY "]) {
          const text = "Hướng dẫn" + spaces + u + tail;
          const at = "Hướng dẫn".length;
          if (!thisWordMayFollow(text, at) && regexAt(text, at)) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("says yes where the regex matches (\"này\" in either case, after any of \\s)", () => {
    for (const [text, at] of [["Hướng dẫn này thay thế", 9], ["Quy chế\tNÀY", 7], ["Kế hoạch \u00a0 Này.", 8], ["Đề án\nnày", 5]] as const) {
      expect(regexAt(text, at)).toBe(true);
      expect(thisWordMayFollow(text, at)).toBe(true);
    }
  });

  // A match at `at` reads "này" (any case) starting inside (at, at + THIS_NEXT_CHARS): every position before each one is asked.
  it("says yes at every position of the fixtures', dev and fresh texts where the regex matches", () => {
    let matched = 0;
    for (const text of TEXTS) {
      for (const m of text.matchAll(/này/giu)) {
        for (let at = Math.max(0, m.index! - THIS_NEXT_CHARS); at < m.index!; at++) {
          if (!regexAt(text, at)) continue;
          matched++;
          if (!thisWordMayFollow(text, at)) expect.fail(`at ${at}: ${JSON.stringify(text.slice(at, at + THIS_NEXT_CHARS))}`);
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});

describe("numberMayOpen (reach.ts, before NUMBER_FIRST)", () => {
  const regexAt = (text: string, at: number) => NUMBER_FIRST.test(text.slice(at, at + 4));

  it("says no only where NUMBER_FIRST does not match, whatever the first code unit", () => {
    const wrong: string[] = [];
    for (const u of units()) {
      for (const tail of ["ố ", "Ố1", "ố", "", "1", "x"]) {
        const text = "Nghị định " + u + tail;
        const at = "Nghị định ".length;
        if (!numberMayOpen(text, at) && regexAt(text, at)) wrong.push(u + tail);
      }
    }
    expect(wrong).toEqual([]);
    expect(numberMayOpen("abc", 3)).toBe(false);
    expect(regexAt("abc", 3)).toBe(false);
  });

  // A match opens with an "s" (either case, or "ſ") or a number: every such position is asked.
  it("says yes at every position of the fixtures', dev and fresh texts where the regex matches", () => {
    let matched = 0;
    for (const text of TEXTS) {
      for (const m of text.matchAll(/[sSſ]|\p{N}/gu)) {
        if (!regexAt(text, m.index!)) continue;
        matched++;
        if (!numberMayOpen(text, m.index!)) expect.fail(`at ${m.index}: ${JSON.stringify(text.slice(m.index!, m.index! + 4))}`);
      }
    }
    expect(matched).toBeGreaterThan(100_000);
  });
});

describe("opensBasisClause (roles/retold.ts basisOfOthersAct)", () => {
  const direct = (cue: Cue) => cue.phrases.some((p) => new Set(BASIS_CLAUSE_WORDS).has(p.toLowerCase()));

  it("answers for every cue of the vocabulary as the phrases' own test does, asked twice", () => {
    expect(CUES.some((c) => direct(c))).toBe(true);
    expect(CUES.some((c) => !direct(c))).toBe(true);
    for (const cue of CUES) {
      expect(opensBasisClause(cue)).toBe(direct(cue));
      expect(opensBasisClause(cue)).toBe(direct(cue));
    }
  });
});

describe("spacedWords and wordsJoined (header/enacting.ts enactingIssuerLines): a line's words and their runs", () => {
  const asSplit = (t: string) => t.split(" ").filter((w) => w !== "");
  // The lines it got wrong (none), and the runs compared.
  const check = (t: string, wrong: string[]): number => {
    const { words, starts } = spacedWords(t);
    const split = asSplit(t);
    if (words.length !== split.length || words.some((w, i) => w !== split[i] || !t.startsWith(w, starts[i]))) wrong.push(t);
    const single = !t.includes("  ");
    let runs = 0;
    for (let from = 0; from <= Math.min(split.length, 4); from++) {
      for (let to = from; to <= Math.min(split.length, from + 12); to++) {
        if (wordsJoined(t, words, starts, from, to, single) !== split.slice(from, to).join(" ")) wrong.push(`${t} ${from}-${to}`);
        runs++;
      }
    }
    return runs;
  };

  it("are split(\" \") without its empty words, and their joins, for lines of every spacing", () => {
    const wrong: string[] = [];
    for (const t of ["", " ", "  ", "a", " a", "a ", "  a  b   c ", "Ủy ban nhân dân tỉnh", "BỘ  TRƯỞNG BỘ NỘI VỤ", "a\tb  c", "\u00a0x y\u00a0"]) check(t, wrong);
    expect(wrong).toEqual([]);
  });

  it("are so for every line of the fixtures', dev and fresh texts an enacting line may be (200 characters at most)", () => {
    const lines = new Set<string>();
    for (const text of TEXTS) for (const line of text.split("\n")) if (line.length <= 200) lines.add(line.replace(/[ \t]+,/g, ","));
    const wrong: string[] = [];
    let runs = 0;
    for (const line of lines) runs += check(line, wrong);
    expect(wrong).toEqual([]);
    expect(runs).toBeGreaterThan(1_000_000);
  });
});
