/**
 * The find stage's indexOf walks rewritten to stop at a rarer first character (bench/README, session 49
 * speed49c) find what the walks before them found: the Constitution's "Hiến" starts, looked for from
 * "Hiến"'s end and no longer from "pháp", and the law rhymes' "lệnh", looked for as "ệnh".
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { constitutionStarts, hienBefore } from "../../src/find/constitution.js";
import { findLawRhymes } from "../../src/find/anchors.js";
import { LAW_RHYME } from "../../src/find/patterns.js";

/** The walk before: every "pháp" (and decomposed, if `decomposed`), its "Hiến" read back by hienBefore. */
function startsByPhap(text: string, decomposed: boolean): number[] | null {
  let starts: number[] | null = null;
  for (const phap of decomposed ? ["pháp", "PHÁP", "pha\u0301p", "PHA\u0301P"] : ["pháp", "PHÁP"]) {
    for (let i = text.indexOf(phap); i >= 0; i = text.indexOf(phap, i + phap.length)) {
      const h = hienBefore(text, i);
      if (h >= 0) (starts ??= []).push(h);
    }
  }
  return starts === null ? null : starts.sort((a, b) => a - b);
}

const PIECES = [
  "Hiến", "hiến", "HIẾN", "Hiê\u0301n", "Hie\u0302\u0301n", "HIÊ\u0301N", "Hiê\u0341n", "hie\u0301\u0302n", "HIếN", "chiến",
  "pháp", "PHÁP", "Pháp", "pha\u0301p", "PHA\u0301P", "phápháp", "háp", "p",
  " ", "  ", "    ", "     ", "\t", "\n", "\r\n", "\u00a0",
  "n", "N", "ế", "Ế", "ê", "e", "\u0301", "\u0341", "\u0302", "i", "H", "(", "“", "1", "x", "ă",
  "l", "L", "ệ", "Ệ", "nh", "NH", "ệnh", "lệnh", "Lệnh", "LỆNH", "ật", "ẬT", "luật", "\u0323\u0302", "t",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(""));

/** The dev texts and the fresh sets' texts: real text, whatever its spelling. */
function realTexts(): string[] {
  const dirs = ["fixtures/dev/texts", ...readdirSync("fixtures/fresh").map((s) => `fixtures/fresh/${s}/texts`)];
  const out: string[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of files) out.push(readFileSync(`${dir}/${f}`, "utf8"));
  }
  return out;
}

describe("the Constitution's starts, looked for from Hiến's end", () => {
  it("are the starts the walk of 'pháp' found, in random strings", () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, decomposed) => {
        expect(constitutionStarts(s, decomposed)).toEqual(startsByPhap(s, decomposed));
      }),
      { numRuns: 20000 },
    );
  });

  it("are the same in the dev and fresh texts, and in each decomposed (NFD)", () => {
    for (const t of realTexts()) {
      for (const s of [t, t.normalize("NFD")]) {
        for (const decomposed of [false, true]) expect(constitutionStarts(s, decomposed)).toEqual(startsByPhap(s, decomposed));
      }
    }
  });

  it("find 'Hiến pháp' however 'Hiến' is written", () => {
    expect(constitutionStarts("Căn cứ Hiê\u0341n pháp; HIẾN PHÁP; hie\u0302\u0301n  pháp", false)).toEqual([7, 19, 30]);
    // "Hiến" then five spaces: hienBefore reads back four.
    expect(constitutionStarts("Hiến     pháp", false)).toBeNull();
  });
});

describe("the law rhymes, 'lệnh' looked for as 'ệnh'", () => {
  it("are LAW_RHYME's matches in random strings", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(findLawRhymes(s)).toEqual([...s.matchAll(LAW_RHYME)].map((m) => m.index));
      }),
      { numRuns: 20000 },
    );
  });

  it("are LAW_RHYME's matches in the dev and fresh texts, and in each decomposed (NFD)", () => {
    for (const t of realTexts()) {
      for (const s of [t, t.normalize("NFD")]) expect(findLawRhymes(s)).toEqual([...s.matchAll(LAW_RHYME)].map((m) => m.index));
    }
  });
});
