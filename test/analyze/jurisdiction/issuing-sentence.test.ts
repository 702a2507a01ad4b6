import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ISSUING, issuingIn } from "../../../src/analyze/jurisdiction/issuing-sentence.js";
import { seededRandom as random } from "../../../src/view/layout.js";

/** ISSUING's first match over the whole head, as issuingIn asked it before it asked only the lines a match can stand on. */
function wholeHead(head: string): { type: string; name: string | undefined } | null {
  const m = ISSUING().exec(head);
  return m === null ? null : { type: m[1], name: m[2] };
}

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
const NOISE = ["x", ",", ".", " ", "\t", "\n", "\r\n", "\u00a0", "ban", "hành", "Xban", "bban", "Ban", "hànhh", "kế hoạch", "UBND", "Hà"];
const SENTENCE: readonly (readonly string[])[] = [
  ["Ủy ban nhân dân", "Uỷ  ban\tnhân dân", "ủy ban nhân dân", "UBND", "Ủy ban\nnhân dân"],
  ["", "", " (UBND)", "(UBND)", "\t(UBND)"],
  [" ", "\t", "  ", "\n"],
  ["tỉnh", "thành phố", "thành  phố", "huyện", "quận", "thị xã", "xã"],
  ["", " Hà Nội", " Long Hồ", " Cư M'gar", "\tTrà Vinh", " An Giang Xa Xa Xa", " hà nội", "\nHà"],
  [" ", "\n", " \n\n ", "\r\n", "\u00a0", "", "\t"],
  ["ban", "Ban", "xban"],
  [" ", "  ", "\n", "", "\u2028"],
  ["hành", "hành kế hoạch", "hanh"],
];
/** Heads of noise and sentences shaped as ISSUING's, each part now and then another's or noise (near misses, breaks anywhere). */
function text(next: () => number): string {
  let s = "";
  const n = 1 + Math.floor(next() * 4);
  for (let k = 0; k < n; k++) {
    for (let i = Math.floor(next() * 4); i > 0; i--) s += pick(next, NOISE);
    for (const part of SENTENCE) s += next() < 0.1 ? pick(next, NOISE) : pick(next, part);
  }
  return s;
}

describe("issuingIn", () => {
  it("finds what ISSUING finds over the whole head, on random heads of its words, breaks and whitespace", () => {
    const next = random(68);
    const differ: string[] = [];
    let hits = 0;
    for (let n = 0; n < 20000; n++) {
      const head = text(next);
      if (wholeHead(head) !== null) hits++;
      if (JSON.stringify(issuingIn(head)) !== JSON.stringify(wholeHead(head))) differ.push(JSON.stringify(head));
    }
    expect(differ.slice(0, 5)).toEqual([]);
    // Matches as well as near misses (1,178 of the 20,000 heads match).
    expect(hits).toBeGreaterThan(500);
  });

  it("finds what ISSUING finds over the whole head of each dev text and fixture, and each fresh set's first text", () => {
    const differ: string[] = [];
    let found = 0;
    const sets = readdirSync("fixtures/fresh", { withFileTypes: true }).filter((d) => d.isDirectory());
    const files = [
      ...readdirSync("fixtures").filter((f) => f.endsWith(".txt")).map((f) => join("fixtures", f)),
      ...readdirSync("fixtures/dev/texts").filter((f) => f.endsWith(".txt")).map((f) => join("fixtures/dev/texts", f)),
      // The first text of a set is never held (every 4th is).
      ...sets.map((d) => join("fixtures/fresh", d.name, "texts", `${d.name}-001.txt`)),
    ];
    for (const file of files) {
      if (!existsSync(file)) continue;
      const head = readFileSync(file, "utf8").slice(0, 6000);
      const want = wholeHead(head);
      if (want !== null) found++;
      if (JSON.stringify(issuingIn(head)) !== JSON.stringify(want)) differ.push(file);
    }
    expect(differ).toEqual([]);
    // 27 of the 354 heads hold a match.
    expect(found).toBeGreaterThan(10);
  });
});
