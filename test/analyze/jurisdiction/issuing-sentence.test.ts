import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ANNOUNCING, ISSUING, announcingBody, issuingIn } from "../../../src/analyze/jurisdiction/issuing-sentence.js";
import { seededRandom as random } from "../../../src/view/layout.js";

/** ISSUING's first match over the whole head, as issuingIn asked it before it asked only the lines a match can stand on. */
function wholeHead(head: string): Reading {
  const m = ISSUING().exec(head);
  return m === null ? null : { type: m[1], name: m[2] };
}

/** announcingBody as it read ANNOUNCING's global search's every match, before it tried the regex only where a match can start. */
function everyAnnouncing(text: string): Reading {
  const re = ANNOUNCING();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[2].trim();
    if (!/^(?:[ \t]+\p{Lu}[^\s]*)*$/u.test(m[2])) continue;
    if (name === "" && m[1].replace(/\s+/g, " ").toLowerCase() === "thành phố") continue;
    return { type: m[1], name: name === "" ? undefined : name };
  }
  return null;
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
/** Texts of noise and sentences of the parts given, each part now and then noise (near misses, breaks anywhere). */
function shapedText(next: () => number, noise: readonly string[], sentence: readonly (readonly string[])[]): string {
  let s = "";
  const n = 1 + Math.floor(next() * 4);
  for (let k = 0; k < n; k++) {
    for (let i = Math.floor(next() * 4); i > 0; i--) s += pick(next, noise);
    for (const part of sentence) s += next() < 0.1 ? pick(next, noise) : pick(next, part);
  }
  return s;
}
/** Heads shaped as ISSUING's sentences. */
const text = (next: () => number): string => shapedText(next, NOISE, SENTENCE);

const ANNOUNCING_NOISE = ["x", ",", ".", " ", "\t", "\n", "\r\n", "1", "ban", "UBND", "Hà", "ban nhân dân", "thông báo", "; "];
const ANNOUNCING_SENTENCE: readonly (readonly string[])[] = [
  ["\n", ", ", ". ", "1. ", "2, ", "x, ", ",\t", "", " "],
  ["", "", "Vậy, ", "Vậy ", "Vậy ,\t", "\t"],
  ["UBND", "Ủy ban nhân dân", "Uỷ  ban\tnhân dân", "ủy ban nhân dân", "UBND\n", "Ủy ban\nnhân dân", "ủy  ban"],
  [" ", "\t", "  ", "\n"],
  ["tỉnh", "thành phố", "thành  phố", "huyện", "xã", "phường", "thị  trấn", "đặc khu", "Tỉnh"],
  ["", "", " Hà Nội", " Tân Đoàn", " abc", " Long Hồ An Phú Xa", "\tĐức Hợp", " A, B"],
  [" ", "\t", "\n", "", "  "],
  ["thông báo", "THÔNG\nBÁO", "ban hành", "yêu cầu", "xây dựng kế hoạch", "xây dựng\n\nkế hoạch", "thông báox", "Ban  hành", "yêu cầuđ"],
];
/** Texts shaped as ANNOUNCING's sentences. */
const announcingText = (next: () => number): string => shapedText(next, ANNOUNCING_NOISE, ANNOUNCING_SENTENCE);

type Reading = { type: string; name: string | undefined } | null;
/** The texts among 20,000 made by `make` where `read` and `reference` differ (the first five), and how many `reference` reads something in. */
function compareOnRandom(seed: number, make: (next: () => number) => string, read: (t: string) => Reading, reference: (t: string) => Reading) {
  const next = random(seed);
  const differ: string[] = [];
  let hits = 0;
  for (let n = 0; n < 20000; n++) {
    const t = make(next);
    const want = reference(t);
    if (want !== null) hits++;
    if (JSON.stringify(read(t)) !== JSON.stringify(want) && differ.length < 5) differ.push(JSON.stringify(t));
  }
  return { differ, hits };
}

describe("announcingBody", () => {
  it("reads the match ANNOUNCING's global search reads, on random texts of its words, breaks and openings", () => {
    const { differ, hits } = compareOnRandom(69, announcingText, announcingBody, everyAnnouncing);
    expect(differ).toEqual([]);
    // Matches read as well as near misses (1,472 of the 20,000 texts give one).
    expect(hits).toBeGreaterThan(500);
  });
});

describe("issuingIn", () => {
  it("finds what ISSUING finds over the whole head, on random heads of its words, breaks and whitespace", () => {
    const { differ, hits } = compareOnRandom(68, text, issuingIn, wholeHead);
    expect(differ).toEqual([]);
    // Matches as well as near misses (1,178 of the 20,000 heads match).
    expect(hits).toBeGreaterThan(500);
  });
});

describe("issuingIn and announcingBody over real heads", () => {
  it("read what ISSUING and ANNOUNCING read over the whole head of each dev text and fixture, and each fresh set's first text", () => {
    const differ: string[] = [];
    let issuing = 0;
    let announcing = 0;
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
      if (want !== null) issuing++;
      if (JSON.stringify(issuingIn(head)) !== JSON.stringify(want)) differ.push(`issuingIn ${file}`);
      const announced = everyAnnouncing(head);
      if (announced !== null) announcing++;
      if (JSON.stringify(announcingBody(head)) !== JSON.stringify(announced)) differ.push(`announcingBody ${file}`);
    }
    expect(differ).toEqual([]);
    // 27 of the 354 heads hold ISSUING's match, 17 give announcingBody's.
    expect(issuing).toBeGreaterThan(10);
    expect(announcing).toBeGreaterThan(5);
  });
});
