import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { phraseSetSource, phraseSource } from "../../src/vocab/phrases.js";
import { DOCUMENT_CUES, LINE_OPENING_PHRASES } from "../../src/vocab/cues.js";
import { KINDS } from "../../src/vocab/kinds.js";

/**
 * phraseSetSource matches the strings phraseSource's trie matches, and no other (session 60, bench/README
 * "Session 60 (helper speed60c)"): clauses.ts and sentences.ts ask it whether a cue opens a line, inside
 * look-aheads, where only whether some phrase matches counts.
 */
const LISTS: [string, readonly string[], { keepCase?: boolean; anyCase?: boolean; runTogether?: boolean }][] = [
  ["line openings", LINE_OPENING_PHRASES, { keepCase: true }],
  ["document cues", DOCUMENT_CUES.flatMap((c) => c.phrases), { keepCase: true }],
  ["document cues, lower case", DOCUMENT_CUES.flatMap((c) => c.phrases), {}],
  ["kinds, any case", KINDS.flatMap((k) => k.words), { anyCase: true }],
  ["made", ["a b", "a c", "d b", "d c", "d", "e", "e f g", "a  b c", "x, y", "x", "g h"], { runTogether: true }],
];

const words = (p: string): string[] => p.trim().split(/\s+/).filter(Boolean);

describe("phraseSetSource", () => {
  for (const [name, list, options] of LISTS) {
    it(`matches what phraseSource matches, whole, for every first word and rest of a phrase: ${name}`, () => {
      const trie = new RegExp(`^(?:${phraseSource(list, options)})$`, "u");
      const set = new RegExp(`^(?:${phraseSetSource(list, options)})$`, "u");
      // The set source writes each phrase as a first word, a space and the rest: every string it can
      // match is one of the list's first words followed (or not) by one of the list's rests.
      const heads = [...new Set(list.map((p) => words(p)[0] ?? ""))];
      const tails = [...new Set(list.map((p) => words(p).slice(1).join(" ")))];
      const spaces = options.runTogether === true ? [" ", "", "\n "] : [" ", "\n  "];
      let matched = 0;
      for (const h of heads) {
        for (const t of tails) {
          for (const s of t === "" ? [""] : spaces) {
            for (const form of [`${h}${s}${t}`, `${h}${s}${t}`.toUpperCase(), `${h}${s}${t}`.toLowerCase()]) {
              const want = trie.test(form);
              expect(set.test(form), form).toBe(want);
              if (want) matched++;
            }
          }
        }
      }
      expect(matched).toBeGreaterThanOrEqual(new Set(list.map((p) => words(p).join(" "))).size);
    });
  }

  it("writes each kind once behind the first words that share it (shorter than the trie)", () => {
    expect(phraseSetSource(LINE_OPENING_PHRASES, { keepCase: true }).length).toBeLessThan(phraseSource(LINE_OPENING_PHRASES, { keepCase: true }).length * 0.85);
    expect(phraseSetSource([])).toBe("(?:)");
  });

  it("finds a cue where the trie does, at every letter of every corpus text", () => {
    const dirs = ["fixtures/dev/texts", ...readdirSync("fixtures/fresh").map((d) => join("fixtures/fresh", d, "texts"))].filter((d) => existsSync(d));
    const texts = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8")));
    expect(texts.length).toBeGreaterThan(3000);
    for (const [list, options] of [[LINE_OPENING_PHRASES, { keepCase: true }], [DOCUMENT_CUES.flatMap((c) => c.phrases), { keepCase: true }]] as const) {
      const trie = new RegExp(`(?=(?:${phraseSource(list, options)})\\s)`, "y");
      const set = new RegExp(`(?=(?:${phraseSetSource(list, options)})\\s)`, "y");
      const firsts = new Set(list.map((p) => p.trim()[0]));
      let found = 0;
      for (const t of texts) {
        for (let i = 0; i < t.length; i++) {
          if (!firsts.has(t[i])) continue;
          trie.lastIndex = i;
          set.lastIndex = i;
          const want = trie.test(t);
          if (set.test(t) !== want) expect(`${i}: ${t.slice(i, i + 60)}`).toBe(want ? "found" : "not found");
          if (want) found++;
        }
      }
      expect(found).toBeGreaterThan(10_000);
    }
  });
});
