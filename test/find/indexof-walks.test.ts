/**
 * The find stage's indexOf walks rewritten to stop at a rarer first character (bench/README, session 49
 * speed49c) find what the walks before them found: the Constitution's "Hiến" starts, looked for from
 * "Hiến"'s end and no longer from "pháp", and the law rhymes' "lệnh", looked for as "ệnh".
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { kindStarts } from "../../src/find/named/repeated.js";
import { KIND_WORDS_SOURCE } from "../../src/find/named/kind-word.js";
import { WHITESPACE } from "../../src/shared/chars.js";

const KIND_STARTS = new RegExp(KIND_WORDS_SOURCE, "iuy");
const kindStartAt = (text: string, at: number): boolean => {
  KIND_STARTS.lastIndex = at;
  return KIND_STARTS.test(text);
};
/** kindStarts before: a walk of each of "ậ", "Ậ", "ệ", "Ệ". */
function kindStartsByVowel(text: string): number[] {
  const starts: number[] = [];
  for (const vowel of ["ậ", "Ậ", "ệ", "Ệ"]) {
    const luat = vowel === "ậ" || vowel === "Ậ";
    for (let i = text.indexOf(vowel); i >= 0; i = text.indexOf(vowel, i + 1)) {
      const l = luat ? i - 2 : i - 1;
      if (l < 0 || (text.charCodeAt(l) | 0x20) !== 0x6c || (luat && (text.charCodeAt(l + 1) | 0x20) !== 0x75)) continue;
      if (luat && kindStartAt(text, l)) starts.push(l);
      let j = l;
      while (j > 0 && WHITESPACE[text.charCodeAt(j - 1)] === 1) j--;
      const before = j - (luat ? 2 : 4);
      if (j < l && before >= 0 && kindStartAt(text, before)) starts.push(before);
    }
  }
  return starts.sort((a, b) => a - b);
}

const PIECES = [
  "Hiến", "hiến", "HIẾN", "Hiê\u0301n", "Hie\u0302\u0301n", "HIÊ\u0301N", "Hiê\u0341n", "hie\u0301\u0302n", "HIếN", "chiến",
  "pháp", "PHÁP", "Pháp", "pha\u0301p", "PHA\u0301P", "phápháp", "háp", "p",
  " ", "  ", "    ", "     ", "\t", "\n", "\r\n", "\u00a0",
  "n", "N", "ế", "Ế", "ê", "e", "\u0301", "\u0341", "\u0302", "i", "H", "(", "“", "1", "x", "ă",
  "bộ", "BỘ", "Bộ", "pháp lệnh", "Pháp Lệnh", "PHÁP LỆNH", "pHáP lỆnH", "Bộ luật", "LUậT", "lUẬT", "lỆ", "LỆ", "Lệ", "lệ", "u", "U", "ậ", "Ậ",
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

describe("the kind words' starts, 'ệ' after 'l' looked for as 'lệ' and 'Lệ'", () => {
  it("are the starts the walks of each vowel found, in random strings", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(kindStarts(s)).toEqual(kindStartsByVowel(s));
      }),
      { numRuns: 20000 },
    );
  });

  it("are the same in the dev and fresh texts, and in each in capitals", () => {
    for (const t of realTexts()) {
      for (const s of [t, t.toUpperCase()]) expect(kindStarts(s)).toEqual(kindStartsByVowel(s));
    }
  });
});
